-- dashboard_person_monthly: one person's articles and mentions per month and post.
with source as (
    select month, role, articles, mentions
    from v_person_mentions_monthly
    where person = $person
),

final as (
    select month, coalesce(role, '(no post printed)') as post, articles, mentions
    from source
)

select * from final
order by month, post
