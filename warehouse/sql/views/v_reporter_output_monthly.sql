-- v_reporter_output_monthly: per reporter per month, articles and characters written.
-- Flagged articles (articles.quality_flags) are left out: most flags mark something that is
-- not a whole article (a headline or caption split off, an empty body), which would count as
-- an extra article. The tables keep them; v_issue_daily counts them.
create or replace view v_reporter_output_monthly as
with source as (
    select paper, article_id, n_chars, unnest(authors) as reporter,
           cast(date_trunc('month', issue_date) as date) as month
    from articles
    where issue_date is not null
      and len(quality_flags) = 0
),

final as (
    select
        paper,
        month,
        reporter,
        count(distinct article_id) as articles,
        sum(n_chars)::bigint as characters
    from source
    group by all
)

select * from final;

comment on view v_reporter_output_monthly is 'Per paper, reporter (byline author) and month: articles written (shared bylines count for each author) and their characters.';
comment on column v_reporter_output_monthly.paper is 'paper slug';
comment on column v_reporter_output_monthly.month is 'first day of the month';
comment on column v_reporter_output_monthly.reporter is 'author named in the byline';
comment on column v_reporter_output_monthly.articles is 'articles with this author in the byline (flagged articles left out)';
comment on column v_reporter_output_monthly.characters is 'characters of those articles';
