-- v_person_mentions_monthly: per person (canonical name) and post per month, articles mentioning it and total mentions.
-- Flagged articles (articles.quality_flags) are left out: a trend compares months, and an
-- article the gate doubts (a caption split off as an article, mis-decoded text, furniture in
-- the body) adds noise that follows the parser, not the news. The tables keep them.
create or replace view v_person_mentions_monthly as
with source as (
    select e.article_id, e.canonical, e.role, e.mentions, i.issue_date
    from entities e
    join issues i using (issue_id)
    join articles a using (article_id)
    where e.entity_type = 'person' and i.issue_date is not null
      and len(a.quality_flags) = 0
),

final as (
    select
        cast(date_trunc('month', issue_date) as date) as month,
        canonical as person,
        role,
        count(distinct article_id) as articles,
        sum(mentions)::bigint as mentions
    from source
    group by all
)

select * from final;

comment on view v_person_mentions_monthly is 'Per person (and the post written next to them) and month: articles mentioning it and total mentions.';
comment on column v_person_mentions_monthly.month is 'first day of the month';
comment on column v_person_mentions_monthly.person is 'person, canonical name (entities.canonical)';
comment on column v_person_mentions_monthly.role is 'post written next to the person, e.g. 市委书记; null if none';
comment on column v_person_mentions_monthly.articles is 'articles that mention it (flagged articles left out)';
comment on column v_person_mentions_monthly.mentions is 'mentions summed over those articles';
