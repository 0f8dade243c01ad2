-- dashboard_reprints: outlets reprinted from, by articles, between $date_from and $date_to.
with source as (
    select paper, outlet, month, articles
    from v_reprints
    where ($date_from is null or month >= date_trunc('month', cast($date_from as date)))
      and ($date_to is null or month <= cast($date_to as date))
),

final as (
    select
        outlet,
        string_agg(distinct paper, ', ' order by paper) as papers,
        sum(articles)::bigint as articles,
        min(month) as first_month,
        max(month) as last_month
    from source
    group by outlet
)

select * from final
order by articles desc, outlet
