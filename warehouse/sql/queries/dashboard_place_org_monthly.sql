-- dashboard_place_org_monthly: one place ($kind = 'place') or organisation ($kind = 'org'):
-- articles and mentions per month.
with mentions as (
    select 'place' as kind, place as name, month, articles, mentions from v_place_mentions_monthly
    union all
    select 'org' as kind, org as name, month, articles, mentions from v_org_mentions_monthly
),

final as (
    select month, articles, mentions
    from mentions
    where kind = $kind and name = $name
)

select * from final
order by month
