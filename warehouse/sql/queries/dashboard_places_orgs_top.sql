-- dashboard_places_orgs_top: the places ($kind = 'place') or organisations ($kind = 'org')
-- mentioned in most articles between $date_from and $date_to (either may be null).
with mentions as (
    select 'place' as kind, place as name, parent, month, articles, mentions from v_place_mentions_monthly
    union all
    select 'org' as kind, org as name, null as parent, month, articles, mentions from v_org_mentions_monthly
),

source as (
    select name, parent, month, articles, mentions
    from mentions
    where kind = $kind
      and ($date_from is null or month >= date_trunc('month', cast($date_from as date)))
      and ($date_to is null or month <= cast($date_to as date))
),

final as (
    select
        name,
        -- administrative parent of a place (东辽县 -> 辽源市), null for organisations
        max(parent) as parent,
        sum(articles)::bigint as articles,
        sum(mentions)::bigint as mentions,
        min(month) as first_month,
        max(month) as last_month
    from source
    group by name
)

select * from final
order by articles desc, mentions desc, name
limit $limit
