-- v_reprints: articles reprinted from other outlets, per paper, outlet and month.
-- Flagged articles (articles.quality_flags) are left out: most flags mark something that is
-- not a whole article (a headline or caption split off, an empty body), which would count as
-- an extra article. The tables keep them; v_issue_daily counts them.
create or replace view v_reprints as
with source as (
    select paper, source_outlet, article_id, cast(date_trunc('month', issue_date) as date) as month
    from articles
    where source_outlet is not null and issue_date is not null
      and len(quality_flags) = 0
),

final as (
    select paper, month, source_outlet as outlet, count(*) as articles
    from source
    group by all
)

select * from final;

comment on view v_reprints is 'Articles reprinted from other outlets (转自《…》), per paper, outlet and month.';
comment on column v_reprints.paper is 'paper that reprinted';
comment on column v_reprints.month is 'first day of the month';
comment on column v_reprints.outlet is 'outlet reprinted from, e.g. 人民日报';
comment on column v_reprints.articles is 'articles reprinted (flagged articles left out)';
