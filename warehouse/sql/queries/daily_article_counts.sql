-- daily_article_counts: articles per issue date of one paper over a window ending $until.
with source as (
    select issue_date, n_articles
    from issues
    where paper = $paper
      and issue_date > cast($until as date) - cast($days as integer)
      and issue_date <= cast($until as date)
),

final as (
    select issue_date, sum(n_articles)::bigint as n_articles
    from source
    group by issue_date
)

select * from final order by issue_date
