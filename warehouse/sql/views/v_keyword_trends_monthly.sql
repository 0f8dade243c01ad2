-- v_keyword_trends_monthly: per keyword per month, articles having it and summed weight.
create or replace view v_keyword_trends_monthly as
with source as (
    select k.article_id, k.keyword, k.weight, i.issue_date
    from keywords k
    join issues i using (issue_id)
    where i.issue_date is not null
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
comment on column v_keyword_trends_monthly.articles is 'articles with this keyword';
comment on column v_keyword_trends_monthly.total_weight is 'keyword weight summed over those articles';
