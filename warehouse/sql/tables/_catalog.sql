-- _catalog: which lake manifest this catalog file was built from (one row).
create table _catalog (
    generation bigint,
    run_id varchar,
    pipeline_version varchar,
    committed_at varchar,
    lake varchar
);

comment on table _catalog is 'Which lake manifest (lake/_current.json) this catalog was built from.';
comment on column _catalog.generation is 'manifest generation, +1 per committed run';
comment on column _catalog.run_id is 'run that committed that generation';
comment on column _catalog.pipeline_version is 'pipeline version of that run';
comment on column _catalog.committed_at is 'commit time (UTC, ISO 8601)';
comment on column _catalog.lake is 'absolute path of the Parquet lake the views read';
