-- v_place_mentions_monthly: per place per month, articles mentioning it and total mentions.
create or replace view v_place_mentions_monthly as
with source as (
    select e.article_id, e.entity, e.role, e.mentions, i.issue_date
    from entities e
    join issues i using (issue_id)
    where e.entity_type = 'place' and i.issue_date is not null
),

final as (
    select
        cast(date_trunc('month', issue_date) as date) as month,
        entity as place,
        count(distinct article_id) as articles,
        sum(mentions)::bigint as mentions
    from source
    group by all
)

select * from final;

comment on view v_place_mentions_monthly is 'Per place and month: articles mentioning it and total mentions.';
comment on column v_place_mentions_monthly.month is 'first day of the month';
comment on column v_place_mentions_monthly.place is 'place as written';
comment on column v_place_mentions_monthly.articles is 'articles that mention it';
comment on column v_place_mentions_monthly.mentions is 'mentions summed over those articles';
