-- v_issue_daily: per paper and day, issues, articles, characters, pages and quarantined files.
-- Flagged articles are counted, not left out: this is the view that shows how many there are
-- (articles includes them, flagged_articles says how many of them are flagged).
create or replace view v_issue_daily as
with flagged as (
    select issue_id, count(*) as flagged_articles
    from articles
    where len(quality_flags) > 0
    group by issue_id
),

loaded as (
    select i.paper, i.issue_date, count(*) as issues, sum(i.n_articles) as articles,
           sum(i.chars_in_articles) as characters, sum(coalesce(f.flagged_articles, 0)) as flagged_articles,
           sum(len(i.pages)) as pages_received,
           -- pages 今日N版 announces and no page file brought (known for issues delivered as pages)
           sum(coalesce(len(i.pages_missing), 0)) as pages_missing,
           count(*) filter (where len(i.pages_missing) > 0) as incomplete_issues,
           string_agg(case when len(i.pages_missing) > 0 then array_to_string(i.pages_missing, ',') end, '; ')
               as missing_pages
    from issues i
    left join flagged f using (issue_id)
    where i.issue_date is not null
    group by i.paper, i.issue_date
),

quarantined_files as (
    -- ids are <paper>-<yyyy-mm-dd>: a quarantined file that got as far as an issue id is
    -- counted on its own day; one that did not, on the day it was logged, under paper 'unknown'
    select
        coalesce(nullif(regexp_extract(issue_id, '^(.+)-\d{4}-\d{2}-\d{2}$', 1), ''), 'unknown') as paper,
        coalesce(try_cast(regexp_extract(issue_id, '(\d{4}-\d{2}-\d{2})$', 1) as date),
                 cast(updated_at as date)) as issue_date
    from ingest_log
    where status = 'quarantined'
),

quarantined as (
    select paper, issue_date, count(*) as quarantined_files
    from quarantined_files
    group by paper, issue_date
),

final as (
    select
        coalesce(l.paper, q.paper) as paper,
        coalesce(l.issue_date, q.issue_date) as issue_date,
        coalesce(l.issues, 0) as issues,
        coalesce(l.articles, 0) as articles,
        coalesce(l.flagged_articles, 0)::bigint as flagged_articles,
        coalesce(l.characters, 0) as characters,
        coalesce(l.pages_received, 0)::bigint as pages_received,
        coalesce(l.incomplete_issues, 0)::bigint as incomplete_issues,
        coalesce(l.pages_missing, 0)::bigint as pages_missing,
        l.missing_pages,
        coalesce(q.quarantined_files, 0) as quarantined_files
    from loaded l
    full outer join quarantined q on l.paper = q.paper and l.issue_date = q.issue_date
)

select * from final;

comment on view v_issue_daily is 'Per paper and day: issues loaded, articles (and how many are flagged), characters in articles, pages received and missing, files quarantined.';
comment on column v_issue_daily.paper is 'paper slug (unknown for quarantined files without an issue id)';
comment on column v_issue_daily.issue_date is 'issue date (for quarantined files without one: the day they were logged)';
comment on column v_issue_daily.issues is 'issues loaded';
comment on column v_issue_daily.articles is 'articles in those issues, flagged ones included';
comment on column v_issue_daily.flagged_articles is 'of those, articles published with quality_flags (doubtful; left out of the other v_ views)';
comment on column v_issue_daily.characters is 'Chinese characters in those articles';
comment on column v_issue_daily.pages_received is 'pages received (page files, or page sections of a file with page headers)';
comment on column v_issue_daily.incomplete_issues is 'issues delivered as page files that miss pages their masthead (今日N版) announces';
comment on column v_issue_daily.pages_missing is 'how many pages those issues miss';
comment on column v_issue_daily.missing_pages is 'the missing pages, e.g. 03,04 (per incomplete issue, separated by ; ); null when none';
comment on column v_issue_daily.quarantined_files is 'files quarantined (latest status) for that paper and day';
