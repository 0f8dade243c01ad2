-- dashboard_incomplete_issues: issues whose masthead announces pages (今日N版) that were not
-- received (issues delivered as page files), newest first.
with source as (
    select issue_id, paper, edition, issue_date, page_count, pages, pages_missing, n_files
    from issues
    where len(pages_missing) > 0
),

final as (
    select
        issue_date,
        paper,
        edition,
        page_count,
        -- page labels as printed in the delivery: 01, 02, A03
        array_to_string(pages, ', ') as pages_received,
        array_to_string(pages_missing, ', ') as pages_missing,
        n_files,
        issue_id
    from source
)

select * from final
order by issue_date desc nulls last, issue_id
