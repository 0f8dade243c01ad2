-- dashboard_archive: one row describing the whole archive (the dashboard's header and filters).
with issue_facts as (
    select
        count(*) as issues,
        count(distinct paper) as papers,
        min(issue_date) as first_date,
        max(issue_date) as last_date,
        count(*) filter (where issue_date is null) as undated_issues,
        coalesce(sum(n_articles), 0)::bigint as articles
    from issues
),

run_facts as (
    select count(*) as runs, max(finished_at) as last_run_at
    from runs
),

final as (
    select i.*, r.runs, r.last_run_at
    from issue_facts i
    cross join run_facts r
)

select * from final
