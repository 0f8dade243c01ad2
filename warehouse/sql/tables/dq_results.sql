-- dq_results: Great Expectations results of every run, one row per expectation (and issue).
create or replace view dq_results as
with source as (
    select * from read_parquet(__FILES__, hive_partitioning = false)
),

final as (
    select
        run_id,
        table_name,
        expectation,
        critical,
        success,
        observed_value,
        issue_id,
        checked_at
    from source
)

select * from final;

comment on view dq_results is 'Great Expectations results of every run, one row per expectation (and issue).';
comment on column dq_results.run_id is 'run that checked';
comment on column dq_results.table_name is 'table checked';
comment on column dq_results.expectation is 'stable expectation name, e.g. no_furniture_in_body (its arguments are in expectations/suites.py and the Data Docs)';
comment on column dq_results.critical is 'true if failing it quarantines the data';
comment on column dq_results.success is 'whether the expectation held';
comment on column dq_results.observed_value is 'what was observed, as text';
comment on column dq_results.issue_id is 'issue checked, null for table-wide checks';
comment on column dq_results.checked_at is 'when it was checked (UTC)';
