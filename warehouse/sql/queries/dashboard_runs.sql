-- dashboard_runs: the most recent runs, newest first (the first row is "last night").
with source as (
    select * from runs
),

final as (
    select
        run_id,
        status,
        started_at,
        finished_at,
        -- wall time of the run in seconds
        epoch(finished_at) - epoch(started_at) as seconds,
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
        articles_flagged,
        generation,
        pipeline_version,
        -- the run's own message (why a run failed), from its JSON details
        json_extract_string(details, '$.message') as message
    from source
)

select * from final
order by started_at desc, run_id desc
limit $limit
