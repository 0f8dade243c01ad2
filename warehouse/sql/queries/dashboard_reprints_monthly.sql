-- dashboard_reprints_monthly: reprinted articles per month and outlet between $date_from and $date_to.
with final as (
    select month, outlet, sum(articles)::bigint as articles
    from v_reprints
    where ($date_from is null or month >= date_trunc('month', cast($date_from as date)))
      and ($date_to is null or month <= cast($date_to as date))
    group by month, outlet
)

select * from final
order by month, outlet
