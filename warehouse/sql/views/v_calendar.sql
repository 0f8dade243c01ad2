-- v_calendar: a date dimension spanning the first to the last issue date.
-- Counts issues, not articles: article flags do not change whether a day has an issue.
create or replace view v_calendar as
with bounds as (
    select min(issue_date) as first_day, max(issue_date) as last_day
    from issues
),

days as (
    select cast(unnest(generate_series(first_day, last_day, interval 1 day)) as date) as date
    from bounds
    where first_day is not null
),

published as (
    select distinct issue_date from issues
),

final as (
    select
        d.date,
        year(d.date) as year,
        quarter(d.date) as quarter,
        month(d.date) as month,
        isoyear(d.date) as iso_year,
        week(d.date) as iso_week,
        isodow(d.date) as iso_weekday,
        dayname(d.date) as weekday,
        isodow(d.date) >= 6 as is_weekend,
        p.issue_date is not null as has_issue
    from days d
    left join published p on p.issue_date = d.date
)

select * from final;

comment on view v_calendar is 'Date dimension, one row per day from the first to the last issue date.';
comment on column v_calendar.date is 'the day';
comment on column v_calendar.year is 'calendar year';
comment on column v_calendar.quarter is 'calendar quarter, 1-4';
comment on column v_calendar.month is 'calendar month, 1-12';
comment on column v_calendar.iso_year is 'ISO-8601 week-numbering year';
comment on column v_calendar.iso_week is 'ISO-8601 week, 1-53';
comment on column v_calendar.iso_weekday is 'ISO weekday, 1 = Monday ... 7 = Sunday';
comment on column v_calendar.weekday is 'weekday name in English';
comment on column v_calendar.is_weekend is 'Saturday or Sunday';
comment on column v_calendar.has_issue is 'true if any paper has an issue that day';
