-- issues: One row per newspaper issue: masthead facts, where its characters went, and lineage.
create or replace view issues as
with source as (
    -- union_by_name: files written before a column was added read it as null
    select * from read_parquet(__FILES__, hive_partitioning = false, union_by_name = true)
),

final as (
    select
        issue_id,
        paper,
        paper_name,
        issue_date,
        year,
        date_source,
        weekday,
        lunar_date,
        issue_number,
        page_count,
        editor,
        encoding,
        source_file,
        source_sha256,
        chars_in,
        chars_in_articles,
        chars_furniture,
        chars_duplicate,
        duplicates_dropped,
        n_articles,
        edition,
        coalesce(pages, []) as pages,
        pages_missing,
        n_files,
        run_id,
        pipeline_version,
        loaded_at
    from source
)

select * from final;

comment on view issues is 'One row per newspaper issue: masthead facts, where its characters went, and lineage.';
comment on column issues.issue_id is 'deterministic issue id: paper, date (and edition), e.g. liaoyuan-daily-2021-09-06';
comment on column issues.paper is 'paper slug, e.g. liaoyuan-daily';
comment on column issues.paper_name is 'paper name as printed in the masthead, e.g. 辽源日报';
comment on column issues.issue_date is 'publication date of the issue';
comment on column issues.year is 'year of issue_date (the lake partition); null when the date is unknown';
comment on column issues.date_source is 'where issue_date came from: masthead, path, inferred or unknown';
comment on column issues.weekday is 'weekday as printed, e.g. 星期一';
comment on column issues.lunar_date is 'lunar-calendar line as printed';
comment on column issues.issue_number is 'running issue number, 总第8353期 -> 8353';
comment on column issues.page_count is 'pages in the issue, 今日4版 -> 4';
comment on column issues.editor is 'editor / designer credited, 设计制作:胡群诗雪 -> 胡群诗雪';
comment on column issues.encoding is 'text encoding the file was decoded with: utf-8, utf-8-sig, utf-16, gb18030';
comment on column issues.source_file is 'path of the delivered file (the first page''s, when delivered as pages; all files: deliveries), relative to the landing folder';
comment on column issues.source_sha256 is 'SHA-256 of the delivered file; for an issue assembled from several files, the SHA-256 of their sorted SHA-256s (lineage)';
comment on column issues.chars_in is 'Chinese characters in the normalised input';
comment on column issues.chars_in_articles is 'Chinese characters that ended up in articles';
comment on column issues.chars_furniture is 'Chinese characters of page furniture (mastheads, page headers, ads)';
comment on column issues.chars_duplicate is 'Chinese characters dropped as extraction duplicates';
comment on column issues.duplicates_dropped is 'paragraphs dropped as extraction duplicates';
comment on column issues.n_articles is 'number of articles in the issue';
comment on column issues.edition is 'edition, from an edition folder below the date (landing/<paper>/<date>/<edition>/<page>.txt); null for the main edition';
comment on column issues.pages is 'pages received, as labels (01, 02, A03): the page files delivered, or the page sections of a file with page headers; empty when a whole-issue file does not say';
comment on column issues.pages_missing is 'pages 今日N版 announces that were not received (issues delivered as page files); empty when complete, null when it cannot be known';
comment on column issues.n_files is 'delivered files the issue was assembled from (see deliveries)';
comment on column issues.run_id is 'pipeline run that loaded the row (lineage; see runs)';
comment on column issues.pipeline_version is 'version of the pipeline code that produced the row (lineage)';
comment on column issues.loaded_at is 'when the issue was committed to the warehouse (UTC)';
