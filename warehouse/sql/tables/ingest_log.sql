-- ingest_log: the latest status of every delivered file version (the pipeline's ledger).
create or replace view ingest_log as
with source as (
    select * from ingest_events
),

ranked as (
    select
        *,
        row_number() over (
            partition by source_file, source_sha256 order by logged_at desc, run_id desc, status
        ) as newest,
        min(logged_at) over (partition by source_file, source_sha256) as first_seen_at,
        max(logged_at) over (partition by source_file, source_sha256) as updated_at
    from source
),

final as (
    select source_file, source_sha256, bytes, status, reason, run_id, issue_id, first_seen_at, updated_at
    from ranked
    where newest = 1
)

select * from final;

comment on view ingest_log is 'The latest status of every delivered file version (one row per source_file and source_sha256); the full history is ingest_events.';
comment on column ingest_log.source_file is 'path of the delivered file, relative to the landing folder';
comment on column ingest_log.source_sha256 is 'SHA-256 of the file''s bytes; a corrected re-delivery is a new row';
comment on column ingest_log.bytes is 'file size in bytes';
comment on column ingest_log.status is 'latest status, loaded, duplicate, quarantined, failed (retried next run) or replaced (a newer delivery of its issue was loaded)';
comment on column ingest_log.reason is 'why, for anything but loaded';
comment on column ingest_log.run_id is 'run that logged the latest status';
comment on column ingest_log.issue_id is 'issue the file produced, if any';
comment on column ingest_log.first_seen_at is 'when this file version was first logged (UTC)';
comment on column ingest_log.updated_at is 'when its latest status was logged (UTC)';
