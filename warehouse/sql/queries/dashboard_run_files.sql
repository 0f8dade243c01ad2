-- dashboard_run_files: what happened to every file a run looked at, with the reason.
with source as (
    select source_file, source_sha256, bytes, status, reason, issue_id, logged_at
    from ingest_events
    where run_id = $run_id
),

final as (
    select
        source_file,
        status,
        -- the reason a person reads: why a file was not loaded (null when loaded); a failed file's
        -- reason is its one-line error followed by the traceback, shown apart
        split_part(reason, chr(10), 1) as reason,
        nullif(substr(reason, length(split_part(reason, chr(10), 1)) + 2), '') as traceback,
        issue_id,
        bytes,
        left(source_sha256, 12) as sha256_prefix,
        logged_at
    from source
)

select * from final
order by
    -- what needs a person's attention first
    list_position(['failed', 'quarantined', 'replaced', 'duplicate', 'loaded'], status) nulls last,
    source_file
