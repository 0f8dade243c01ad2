-- dashboard_reprint_articles: the articles reprinted from $outlet, newest first.
with final as (
    select issue_date, paper, headline, byline, article_id
    from articles
    where source_outlet = $outlet
)

select * from final
order by issue_date desc nulls last, article_id
limit $limit
