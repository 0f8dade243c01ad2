-- v_keyword_trends_monthly: per keyword per month, articles having it and summed weight.
-- Flagged articles (articles.quality_flags) are left out: a trend compares months, and an
-- article the gate doubts (a caption split off as an article, mis-decoded text, furniture in
-- the body) adds noise that follows the parser, not the news. The tables keep them.
create or replace view v_keyword_trends_monthly as
with source as (
    select k.article_id, k.keyword, k.weight, i.issue_date
    from keywords k
    join issues i using (issue_id)
    join articles a using (article_id)
    where i.issue_date is not null
      and len(a.quality_flags) = 0
),

final as (
    select
        cast(date_trunc('month', issue_date) as date) as month,
        keyword,
        count(distinct article_id) as articles,
        sum(weight) as total_weight
    from source
    group by all
)

select * from final;

comment on view v_keyword_trends_monthly is 'Per keyword and month: articles having it among their keywords and the summed TF-IDF weight.';
comment on column v_keyword_trends_monthly.month is 'first day of the month';
comment on column v_keyword_trends_monthly.keyword is 'the keyword';
comment on column v_keyword_trends_monthly.articles is 'articles with this keyword (flagged articles left out)';
comment on column v_keyword_trends_monthly.total_weight is 'keyword weight summed over those articles';
