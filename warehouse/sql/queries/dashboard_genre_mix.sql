-- dashboard_genre_mix: articles per paper, month and genre between $date_from and $date_to.
with final as (
    select paper, month, genre, articles, share
    from v_genre_mix_monthly
    where ($date_from is null or month >= date_trunc('month', cast($date_from as date)))
      and ($date_to is null or month <= cast($date_to as date))
)

select * from final
order by paper, month, articles desc, genre
