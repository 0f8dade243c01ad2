-- dashboard_undated_issues: issues loaded without a known date (no masthead date, no date in the path).
with source as (
    select issue_id, paper, date_source, source_file, n_articles, loaded_at
    from issues
    where issue_date is null
),

final as (
    select issue_id, paper, date_source, source_file, n_articles, loaded_at
    from source
)

select * from final
order by loaded_at desc, issue_id
