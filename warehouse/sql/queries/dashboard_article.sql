-- dashboard_article: everything the article reader shows about one article.
with article as (
    select * from articles where article_id = $article_id
),

final as (
    select
        a.article_id,
        a.issue_id,
        a.paper,
        i.paper_name,
        a.issue_date,
        i.issue_number,
        a.seq,
        a.page,
        a.pages,
        a.kicker,
        a.headline,
        a.subtitle,
        a.byline,
        a.authors,
        a.photographers,
        a.genre,
        a.source_outlet,
        a.captions,
        a.continued_from,
        a.continued_to,
        a.body,
        a.n_chars,
        a.quality_flags,
        i.source_file,
        a.run_id
    from article a
    left join issues i using (issue_id)
)

select * from final
