-- tokens: One row per jieba token of an article (headline, then body).
create or replace view tokens as
with source as (
    select * from read_parquet(__FILES__, hive_partitioning = false)
),

final as (
    select
        article_id,
        issue_id,
        year,
        position,
        token,
        pos,
        source_sha256,
        run_id,
        pipeline_version
    from source
)

select * from final;

comment on view tokens is 'One row per jieba token of an article (headline, then body).';
comment on column tokens.article_id is 'article the token belongs to';
comment on column tokens.issue_id is 'issue of the article';
comment on column tokens.year is 'year of the issue date (the lake partition)';
comment on column tokens.position is '0-based position over headline then body';
comment on column tokens.token is 'the token text';
comment on column tokens.pos is 'jieba part-of-speech tag, e.g. nr person name, ns place, nt organisation';
comment on column tokens.source_sha256 is 'SHA-256 of the delivered file the row came from (lineage)';
comment on column tokens.run_id is 'pipeline run that loaded the row (lineage; see runs)';
comment on column tokens.pipeline_version is 'version of the pipeline code that produced the row (lineage)';
