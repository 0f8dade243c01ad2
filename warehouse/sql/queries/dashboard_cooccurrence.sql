-- dashboard_cooccurrence: who and what appears in the same articles as $entity (of $entity_type):
-- other people, places and organisations, by the number of shared articles. Names are canonical
-- (entities.canonical: 辽源 and 辽源市 are one place), as in the v_ views; flagged articles are
-- left out, as in the v_ views the rest of the page counts from.
with anchor as (
    select distinct e.article_id
    from entities e
    join articles a using (article_id)
    where e.canonical = $entity and e.entity_type = $entity_type
      and len(a.quality_flags) = 0
),

others as (
    select e.canonical as entity, e.entity_type, e.article_id
    from entities e
    join anchor a using (article_id)
    where e.entity_type in ('person', 'place', 'org')
      and not (e.canonical = $entity and e.entity_type = $entity_type)
),

final as (
    select entity, entity_type, count(distinct article_id) as shared_articles
    from others
    group by all
)

select * from final
order by shared_articles desc, entity_type, entity
limit $limit
