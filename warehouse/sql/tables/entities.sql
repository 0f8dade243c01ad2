-- entities: People, places, organisations and reporters found in an article.
create or replace view entities as
with source as (
    select * from read_parquet(__FILES__, hive_partitioning = false)
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
        source_sha256,
        run_id,
        pipeline_version
    from source
)

select * from final;

comment on view entities is 'People, places, organisations and reporters found in an article.';
comment on column entities.article_id is 'article the entity was found in';
comment on column entities.issue_id is 'issue of the article';
comment on column entities.year is 'year of the issue date (the lake partition)';
comment on column entities.entity is 'the entity as written, e.g. 柴伟';
comment on column entities.entity_type is 'person, place, org or reporter';
comment on column entities.role is 'post written next to a person, e.g. 市委书记; null if none';
comment on column entities.mentions is 'times the entity is mentioned in the article';
comment on column entities.source_sha256 is 'SHA-256 of the delivered file the row came from (lineage)';
comment on column entities.run_id is 'pipeline run that loaded the row (lineage; see runs)';
comment on column entities.pipeline_version is 'version of the pipeline code that produced the row (lineage)';
