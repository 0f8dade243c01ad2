-- dashboard_coverage: one row per paper and day, from the paper's first to its last issue:
-- issues, articles, quarantined files, and for a day without an issue the gap it belongs to.
with daily as (
    select paper, issue_date, issues, articles, flagged_articles, quarantined_files
    from v_issue_daily
    where paper <> 'unknown' and issue_date is not null
),

bounds as (
    select paper, min(issue_date) as first_day, max(issue_date) as last_day
    from daily
    where issues > 0
    group by paper
),

days as (
    select paper, cast(unnest(generate_series(first_day, last_day, interval 1 day)) as date) as date
    from bounds
),

joined as (
    select
        d.paper,
        d.date,
        coalesce(v.issues, 0) as issues,
        coalesce(v.articles, 0)::bigint as articles,
        coalesce(v.flagged_articles, 0)::bigint as flagged_articles,
        coalesce(v.quarantined_files, 0) as quarantined_files
    from days d
    left join daily v on v.paper = d.paper and v.issue_date = d.date
),

islands as (
    -- consecutive days without an issue share a gap: the running count of issue days is
    -- constant inside a gap (gaps-and-islands)
    select *, sum(case when issues > 0 then 1 else 0 end) over (partition by paper order by date) as island
    from joined
),

final as (
    select
        paper,
        date,
        isodow(date) as iso_weekday,
        issues,
        articles,
        flagged_articles,
        quarantined_files,
        -- issue: loaded; quarantined: a file came but was held back; missing: nothing loaded
        case when issues > 0 then 'issue' when quarantined_files > 0 then 'quarantined' else 'missing' end as status,
        case when issues = 0 then min(date) over (partition by paper, island, issues = 0) end as gap_start,
        case when issues = 0 then max(date) over (partition by paper, island, issues = 0) end as gap_end,
        case when issues = 0 then count(*) over (partition by paper, island, issues = 0) end as gap_days
    from islands
)

select * from final
order by paper, date
