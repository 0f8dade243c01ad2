-- dashboard_entity_articles: the articles mentioning $entity (a canonical name, of $entity_type),
-- newest first, with the name as written there; flagged ones too (quality_flags says so), since a
-- reader looks for what was printed.
with source as (
    select article_id, string_agg(entity, '、' order by entity) as written, any_value(role) as role,
           sum(mentions) as mentions
    from entities
    where canonical = $entity and entity_type = $entity_type
    group by article_id
),

final as (
    select a.issue_date, a.paper, a.headline, s.written, s.role, s.mentions, a.quality_flags, a.article_id
    from source s
    join articles a using (article_id)
)

select * from final
order by issue_date desc nulls last, article_id
limit $limit
