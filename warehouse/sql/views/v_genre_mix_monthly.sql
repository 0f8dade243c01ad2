-- v_genre_mix_monthly: per paper, month and genre, articles and their share of the month.
-- Flagged articles (articles.quality_flags) are left out: most flags mark something that is
-- not a whole article (a headline or caption split off, an empty body), which would count as
-- an extra article. The tables keep them; v_issue_daily counts them.
create or replace view v_genre_mix_monthly as
with source as (
    select paper, genre, cast(date_trunc('month', issue_date) as date) as month
    from articles
    where issue_date is not null
      and len(quality_flags) = 0
),

counted as (
    select paper, month, genre, count(*) as articles
    from source
    group by all
),

final as (
    select
        paper,
        month,
        genre,
        articles,
        articles / sum(articles) over (partition by paper, month) as share
    from counted
)

select * from final;

comment on view v_genre_mix_monthly is 'Per paper, month and genre: articles and their share of the paper''s articles that month.';
comment on column v_genre_mix_monthly.paper is 'paper slug';
comment on column v_genre_mix_monthly.month is 'first day of the month';
comment on column v_genre_mix_monthly.genre is 'news, feature, commentary, interview, notice, report or other';
comment on column v_genre_mix_monthly.articles is 'articles of this genre (flagged articles left out)';
comment on column v_genre_mix_monthly.share is 'fraction (0-1) of the paper''s articles that month';
