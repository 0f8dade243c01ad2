-- dashboard_reporters: reporters (byline authors) by articles between $date_from and $date_to.
with source as (
    select paper, reporter, month, articles, characters
    from v_reporter_output_monthly
    where ($date_from is null or month >= date_trunc('month', cast($date_from as date)))
      and ($date_to is null or month <= cast($date_to as date))
),

final as (
    select
        reporter,
        string_agg(distinct paper, ', ' order by paper) as papers,
        sum(articles)::bigint as articles,
        sum(characters)::bigint as characters,
        round(sum(characters) / sum(articles))::bigint as characters_per_article,
        min(month) as first_month,
        max(month) as last_month
    from source
    group by reporter
)

select * from final
order by articles desc, characters desc, reporter
limit $limit
