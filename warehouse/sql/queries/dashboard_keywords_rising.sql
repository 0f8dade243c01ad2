-- dashboard_keywords_rising: keywords of the archive's latest month against the average of the
-- three months before it (articles having the keyword), biggest rise first.
with monthly as (
    select keyword, month, articles
    from v_keyword_trends_monthly
),

latest as (
    select max(month) as m from monthly
),

scored as (
    select
        keyword,
        coalesce(sum(articles) filter (where month = (select m from latest)), 0) as this_month,
        coalesce(sum(articles) filter (where month < (select m from latest)
                                         and month >= (select m from latest) - interval 3 month), 0) / 3.0 as avg_before
    from monthly
    group by keyword
),

final as (
    select
        (select m from latest) as month,
        keyword,
        this_month,
        avg_before,
        this_month - avg_before as rise
    from scored
    where this_month > 0
)

select * from final
order by rise desc, this_month desc, keyword
limit $limit
