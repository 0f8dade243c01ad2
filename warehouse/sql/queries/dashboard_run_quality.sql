-- dashboard_run_quality: a run's Great Expectations results, one row per expectation:
-- pass, warn (a warning-level check failed) or fail (a critical check failed: data held back).
with source as (
    select table_name, expectation, critical, success, observed_value, issue_id
    from dq_results
    where run_id = $run_id
),

counted as (
    select
        table_name,
        expectation,
        bool_or(critical) as critical,
        count(*) as checks,
        count(*) filter (where not success) as failures,
        string_agg(distinct issue_id, ', ' order by issue_id) filter (where not success) as failing_issues,
        string_agg(distinct observed_value, '; ') filter (where not success) as observed
    from source
    group by table_name, expectation
),

final as (
    select
        case when failures = 0 then 'pass' when critical then 'fail' else 'warn' end as outcome,
        table_name,
        expectation,
        critical,
        checks,
        failures,
        failing_issues,
        observed
    from counted
)

select * from final
order by list_position(['fail', 'warn', 'pass'], outcome), table_name, expectation
