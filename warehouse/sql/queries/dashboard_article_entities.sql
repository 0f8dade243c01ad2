-- dashboard_article_entities: the people, places, organisations and reporters of one article.
with final as (
    select entity, entity_type, role, mentions
    from entities
    where article_id = $article_id
)

select * from final
order by list_position(['person', 'place', 'org', 'reporter'], entity_type), mentions desc, entity
