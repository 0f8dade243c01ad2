-- dashboard_entity_articles: the articles mentioning $entity (of $entity_type), newest first;
-- flagged ones too (quality_flags says so), since a reader looks for what was printed.
with source as (
    select article_id, role, mentions
    from entities
    where entity = $entity and entity_type = $entity_type
),

final as (
    select a.issue_date, a.paper, a.headline, s.role, s.mentions, a.quality_flags, a.article_id
    from source s
    join articles a using (article_id)
)

select * from final
order by issue_date desc nulls last, article_id
limit $limit
