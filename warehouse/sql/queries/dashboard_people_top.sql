-- dashboard_people_top: the people mentioned in most articles between $date_from and $date_to
-- (either may be null), with every post printed next to them, most frequent first.
with source as (
    select person, role, month, articles, mentions
    from v_person_mentions_monthly
    where ($date_from is null or month >= date_trunc('month', cast($date_from as date)))
      and ($date_to is null or month <= cast($date_to as date))
),

posts as (
    select person, string_agg(role, '; ' order by articles desc, role) as posts
    from (select person, role, sum(articles) as articles from source where role is not null group by all)
    group by person
),

totals as (
    -- an article names one post per person (the first printed), so articles add up over posts
    select
        person,
        sum(articles)::bigint as articles,
        sum(mentions)::bigint as mentions,
        min(month) as first_month,
        max(month) as last_month
    from source
    group by person
),

final as (
    select t.person, coalesce(p.posts, '') as posts, t.articles, t.mentions, t.first_month, t.last_month
    from totals t
    left join posts p using (person)
)

select * from final
order by articles desc, mentions desc, person
limit $limit
