-- keywords: Top keywords of an article (TF-IDF over the archive).
create or replace view keywords as
with source as (
    select * from read_parquet(__FILES__, hive_partitioning = false)
),

final as (
    select
        article_id,
        issue_id,
        year,
        keyword,
        weight,
        rank,
        source_sha256,
        run_id,
        pipeline_version
    from source
)

select * from final;

comment on view keywords is 'Top keywords of an article (TF-IDF over the archive).';
comment on column keywords.article_id is 'article the keyword describes';
comment on column keywords.issue_id is 'issue of the article';
comment on column keywords.year is 'year of the issue date (the lake partition)';
comment on column keywords.keyword is 'the keyword';
comment on column keywords.weight is 'TF-IDF weight (higher is more characteristic)';
comment on column keywords.rank is 'rank within the article, 1 = best';
comment on column keywords.source_sha256 is 'SHA-256 of the delivered file the row came from (lineage)';
comment on column keywords.run_id is 'pipeline run that loaded the row (lineage; see runs)';
comment on column keywords.pipeline_version is 'version of the pipeline code that produced the row (lineage)';
