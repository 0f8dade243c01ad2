-- search: ranked articles for `baozhi search`; every value is a bound parameter.
with ranked as (
    select article_id, issue_date, headline, score
    from search_articles($query)
),

final as (
    select r.article_id, r.issue_date, r.headline, r.score, a.body
    from ranked r
    join articles a using (article_id)
    where ($date_from is null or r.issue_date >= cast($date_from as date))
      and ($date_to is null or r.issue_date <= cast($date_to as date))
)

select * from final
order by score desc, article_id
limit $limit
