-- dashboard_number_gaps: places where a paper's running issue number (总第N期) jumps by more than
-- one between two consecutive dated issues: issues that never arrived (or a misread number).
with numbered as (
    select paper, issue_date, issue_number
    from issues
    where issue_number is not null and issue_date is not null
),

paired as (
    select
        paper,
        lag(issue_date) over w as previous_date,
        lag(issue_number) over w as previous_number,
        issue_date,
        issue_number
    from numbered
    window w as (partition by paper order by issue_date, issue_number)
),

final as (
    select
        paper,
        previous_date,
        previous_number,
        issue_date,
        issue_number,
        issue_number - previous_number - 1 as issues_missing
    from paired
    where issue_number - previous_number > 1
)

select * from final
order by issues_missing desc, paper, issue_date
