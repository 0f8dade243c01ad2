-- dashboard_keyword_monthly: articles per month having each keyword in $keywords (a list), with
-- 0 for the archive's months without it (so a trend line does not bridge months it was absent).
with chosen as (
    select unnest(cast($keywords as varchar[])) as keyword
),

months as (
    select distinct cast(date_trunc('month', date) as date) as month
    from v_calendar
),

counted as (
    select month, keyword, articles, total_weight
    from v_keyword_trends_monthly
    where keyword in (select keyword from chosen)
),

final as (
    select
        m.month,
        c.keyword,
        coalesce(k.articles, 0) as articles,
        coalesce(k.total_weight, 0) as total_weight
    from months m
    cross join chosen c
    left join counted k on k.month = m.month and k.keyword = c.keyword
)

select * from final
order by month, keyword
