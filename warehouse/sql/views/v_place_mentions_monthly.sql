-- v_place_mentions_monthly: per place (canonical name) per month, articles mentioning it and total mentions.
-- Flagged articles (articles.quality_flags) are left out: a trend compares months, and an
-- article the gate doubts (a caption split off as an article, mis-decoded text, furniture in
-- the body) adds noise that follows the parser, not the news. The tables keep them.
create or replace view v_place_mentions_monthly as
with source as (
    select e.article_id, e.canonical, e.parent, e.division_code, e.mentions, i.issue_date
    from entities e
    join issues i using (issue_id)
    join articles a using (article_id)
    where e.entity_type = 'place' and i.issue_date is not null
      and len(a.quality_flags) = 0
),

final as (
    select
        cast(date_trunc('month', issue_date) as date) as month,
        canonical as place,
        -- one parent per place: a canonical division has exactly one
        max(parent) as parent,
        max(division_code) as division_code,
        count(distinct article_id) as articles,
        sum(mentions)::bigint as mentions
    from source
    group by month, canonical
)

select * from final;

comment on view v_place_mentions_monthly is 'Per place (辽源 and 辽源市 counted as one) and month: articles mentioning it and total mentions.';
comment on column v_place_mentions_monthly.month is 'first day of the month';
comment on column v_place_mentions_monthly.place is 'place, canonical name (entities.canonical): 辽源市 for 辽源 and 辽源市';
comment on column v_place_mentions_monthly.parent is 'administrative parent of the place, e.g. 吉林省 for 辽源市; null if none or unknown';
comment on column v_place_mentions_monthly.division_code is 'GB/T 2260 code of the place if it is a Chinese division, e.g. 220400';
comment on column v_place_mentions_monthly.articles is 'articles that mention it (flagged articles left out)';
comment on column v_place_mentions_monthly.mentions is 'mentions summed over those articles';
