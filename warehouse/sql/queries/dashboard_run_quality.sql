-- dashboard_run_quality: a run's Great Expectations results, one row per expectation: pass; fail
-- (a critical check failed: those issues were held back); flag (a flag-level check failed: those
-- articles were published with quality_flags); warn (a warning-level check failed, recorded only).
with source as (
    select table_name, expectation, level, success, observed_value, issue_id, article_id
    from dq_results
    where run_id = $run_id
),

counted as (
    select
        table_name,
        expectation,
        any_value(level) as level,
        count(*) as checks,
        count(*) filter (where not success) as failures,
        count(distinct article_id) filter (where not success) as articles_flagged,
        string_agg(distinct issue_id, ', ' order by issue_id) filter (where not success) as failing_issues,
        string_agg(distinct observed_value, '; ') filter (where not success and article_id is null) as observed
    from source
    group by table_name, expectation
),

final as (
    select
        case
            when failures = 0 then 'pass'
            when level = 'critical' then 'fail'
            when level = 'flag' then 'flag'
            else 'warn'
        end as outcome,
        table_name,
        expectation,
        level,
        checks,
        failures,
        articles_flagged,
        failing_issues,
        observed
    from counted
)

select * from final
order by list_position(['fail', 'flag', 'warn', 'pass'], outcome), table_name, expectation
