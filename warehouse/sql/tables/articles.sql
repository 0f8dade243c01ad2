-- articles: One row per article, in reading order within its issue.
create or replace view articles as
with source as (
    -- union_by_name: files written before a column was added read it as null
    select * from read_parquet(__FILES__, hive_partitioning = false, union_by_name = true)
),

final as (
    select
        article_id,
        issue_id,
        paper,
        issue_date,
        year,
        seq,
        headline,
        kicker,
        subtitle,
        byline,
        authors,
        photographers,
        genre,
        source_outlet,
        captions,
        continued_to,
        continued_from,
        body,
        n_chars,
        n_tokens,
        coalesce(quality_flags, []) as quality_flags,
        page,
        coalesce(pages, []) as pages,
        source_sha256,
        run_id,
        pipeline_version
    from source
)

select * from final;

comment on view articles is 'One row per article, in reading order within its issue.';
comment on column articles.article_id is 'deterministic article id: <issue_id>-a007 in a whole-issue file (reading order), <issue_id>-p02-a003 on a page delivered as its own file (stable whatever happens to other pages); a continued story keeps its first part''s id';
comment on column articles.issue_id is 'issue the article belongs to (issues.issue_id)';
comment on column articles.paper is 'paper slug';
comment on column articles.issue_date is 'publication date of the issue';
comment on column articles.year is 'year of issue_date (the lake partition)';
comment on column articles.seq is '1-based reading order within the issue (pages in order); may change when an earlier page arrives late, article_id does not';
comment on column articles.headline is 'headline (主题)';
comment on column articles.kicker is 'kicker line above the headline (引题), if any';
comment on column articles.subtitle is 'subtitle (副题) without its dashes, if any';
comment on column articles.byline is 'byline as printed, e.g. 本报讯(记者 王茵 汪琳)';
comment on column articles.authors is 'reporters / authors named in the byline';
comment on column articles.photographers is 'photographers credited';
comment on column articles.genre is 'news, feature, commentary, interview, notice, report or other';
comment on column articles.source_outlet is 'outlet the article is reprinted from, 转自《人民日报》 -> 人民日报; null for own reporting';
comment on column articles.captions is 'photo captions attached to the article';
comment on column articles.continued_to is 'page the article continues on, 下转第三版 -> 第三版';
comment on column articles.continued_from is 'page the article continues from, 上接第一版 -> 第一版';
comment on column articles.body is 'article text, paragraphs joined by newline';
comment on column articles.n_chars is 'characters in body';
comment on column articles.n_tokens is 'jieba tokens of headline and body (the document length used by search_articles)';
comment on column articles.quality_flags is 'names of the flag-level quality checks the article failed, e.g. [headline_present, body_at_least_10_chars]; [] for an article nothing flagged. A flagged article is published but doubtful: the analyst views (v_*) leave it out, the tables keep it (filter with len(quality_flags) = 0)';
comment on column articles.page is 'page the article starts on, as a label: 02, A03 (page files, or page headers inside a file); null when the delivery does not say';
comment on column articles.pages is 'every page the article is printed on, in reading order: two or more for a continued story (下转/上接) stitched into one article';
comment on column articles.source_sha256 is 'SHA-256 of the delivered file the row came from (lineage)';
comment on column articles.run_id is 'pipeline run that loaded the row (lineage; see runs)';
comment on column articles.pipeline_version is 'version of the pipeline code that produced the row (lineage)';
