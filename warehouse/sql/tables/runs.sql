-- runs: One row per committed pipeline run.
create or replace view runs as
with source as (
    -- union_by_name: files written before a column was added read it as null
    select * from read_parquet(__FILES__, hive_partitioning = false, union_by_name = true)
),

final as (
    select
        run_id,
        pipeline_version,
        status,
        started_at,
        finished_at,
        files_seen,
        files_new,
        files_loaded,
        files_duplicate,
        files_skipped,
        files_quarantined,
        files_failed,
        issues_loaded,
        issues_replaced,
        articles_loaded,
        coalesce(articles_flagged, 0) as articles_flagged,
        landing,
        generation,
        details
    from source
)

select * from final;

comment on view runs is 'One row per pipeline run that had work to do (a run with nothing new writes nothing); failed runs included.';
comment on column runs.run_id is 'run id';
comment on column runs.pipeline_version is 'version of the pipeline code';
comment on column runs.status is 'final status of the run';
comment on column runs.started_at is 'when the run started (UTC)';
comment on column runs.finished_at is 'when the run finished (UTC)';
comment on column runs.files_seen is 'files found in the landing folder';
comment on column runs.files_new is 'file versions this run had not seen before (parsed, or recognised as duplicates)';
comment on column runs.files_loaded is 'files loaded into the warehouse';
comment on column runs.files_duplicate is 'files whose content was already delivered under another name';
comment on column runs.files_skipped is 'files passed over by discovery: hidden, partial uploads, symlinks leading outside landing';
comment on column runs.files_quarantined is 'files set aside as unparseable or failing critical checks';
comment on column runs.files_failed is 'files that failed unexpectedly';
comment on column runs.issues_loaded is 'issues added or replaced by the run';
comment on column runs.issues_replaced is 'existing issues whose rows were replaced or removed';
comment on column runs.articles_loaded is 'articles loaded by the run';
comment on column runs.landing is 'landing folder the run read (baozhi status checks it); null for runs before it was recorded';
comment on column runs.articles_flagged is 'of those, articles published with quality_flags (0 for runs before flags existed)';
comment on column runs.generation is 'lake manifest generation the run committed';
comment on column runs.details is 'other run facts as JSON';
