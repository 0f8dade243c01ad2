-- dashboard_flagged_articles: the articles a run published with quality_flags (doubtful, not held
-- back; the v_ views leave them out), with the checks that flagged them.
with final as (
    select issue_date, paper, headline, quality_flags, n_chars, article_id
    from articles
    where run_id = $run_id
      and len(quality_flags) > 0
)

select * from final
order by issue_date nulls last, article_id
