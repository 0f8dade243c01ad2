-- dq_results: Great Expectations results of every run, one row per expectation (and failing issue or flagged article).
create or replace view dq_results as
with source as (
    -- union_by_name: files written before a column was added read it as null
    select * from read_parquet(__FILES__, hive_partitioning = false, union_by_name = true)
),

final as (
    select
        run_id,
        table_name,
        expectation,
        coalesce(level, case when critical then 'critical' else 'warning' end) as level,
        critical,
        success,
        observed_value,
        issue_id,
        article_id,
        checked_at
    from source
)

select * from final;

comment on view dq_results is 'Great Expectations results of every run, one row per expectation (and failing issue or flagged article).';
comment on column dq_results.run_id is 'run that checked';
comment on column dq_results.table_name is 'table checked';
comment on column dq_results.expectation is 'stable expectation name, e.g. no_furniture_in_body (its arguments are in expectations/suites.py and the run''s quality report)';
comment on column dq_results.level is 'critical (failing it holds the issue back), flag (failing it flags the article, which is published) or warning (recorded only)';
comment on column dq_results.critical is 'true if failing it holds the issue back (level = critical)';
comment on column dq_results.success is 'whether the expectation held';
comment on column dq_results.observed_value is 'what was observed, as text';
comment on column dq_results.issue_id is 'issue checked; null in the run''s summary row of each expectation (its rows summed over the gate''s calls)';
comment on column dq_results.article_id is 'the flagged article (one row per flagged article and check), null otherwise';
comment on column dq_results.checked_at is 'when it was checked (UTC)';
