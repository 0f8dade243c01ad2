-- ingest_events: Append-only log of what happened to every delivered file, one row per event.
create or replace view ingest_events as
with source as (
    select * from read_parquet(__FILES__, hive_partitioning = false)
),

final as (
    select
        source_file,
        source_sha256,
        bytes,
        status,
        reason,
        issue_id,
        run_id,
        pipeline_version,
        logged_at
    from source
)

select * from final;

comment on view ingest_events is 'Append-only log of what happened to every delivered file, one row per event.';
comment on column ingest_events.source_file is 'path of the delivered file, relative to the landing folder';
comment on column ingest_events.source_sha256 is 'SHA-256 of the file''s bytes (a corrected re-delivery has a new one)';
comment on column ingest_events.bytes is 'file size in bytes';
comment on column ingest_events.status is 'what happened, loaded, duplicate, quarantined, failed (retried next run) or replaced (a newer delivery of its issue was loaded)';
comment on column ingest_events.reason is 'why, for anything but loaded (e.g. empty file)';
comment on column ingest_events.issue_id is 'issue the file produced, if any';
comment on column ingest_events.run_id is 'run that logged the event';
comment on column ingest_events.pipeline_version is 'pipeline version of that run';
comment on column ingest_events.logged_at is 'when the event was logged (UTC)';
