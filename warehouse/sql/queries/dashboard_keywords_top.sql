-- dashboard_keywords_top: keywords of most articles between $date_from and $date_to (either may be null).
with source as (
    select keyword, month, articles, total_weight
    from v_keyword_trends_monthly
    where ($date_from is null or month >= date_trunc('month', cast($date_from as date)))
      and ($date_to is null or month <= cast($date_to as date))
),

final as (
    select keyword, sum(articles)::bigint as articles, sum(total_weight) as total_weight
    from source
    group by keyword
)

select * from final
order by articles desc, total_weight desc, keyword
limit $limit
