-- deliveries: The files each live issue was assembled from, with their bytes.
create or replace view deliveries as
with source as (
    select * from read_parquet(__FILES__, hive_partitioning = false)
),

final as (
    select
        issue_id,
        year,
        paper,
        issue_date,
        page,
        pages,
        source_file,
        bytes,
        content,
        source_sha256,
        run_id,
        pipeline_version
    from source
)

select * from final;

comment on view deliveries is 'The files each live issue was assembled from (a whole-issue file, or its page files), with their bytes: a page arriving on a later night is assembled again with them.';
comment on column deliveries.issue_id is 'issue the file is part of (issues.issue_id)';
comment on column deliveries.year is 'year of issue_date (the lake partition)';
comment on column deliveries.paper is 'paper slug';
comment on column deliveries.issue_date is 'publication date of the issue';
comment on column deliveries.page is 'the page the file is, as a label (02, A03); null for a whole-issue file';
comment on column deliveries.pages is 'pages the file holds: its page, or the page sections of a whole-issue file';
comment on column deliveries.source_file is 'path of the delivered file, relative to the landing folder';
comment on column deliveries.bytes is 'file size in bytes';
comment on column deliveries.content is 'the file as delivered (bytes)';
comment on column deliveries.source_sha256 is 'SHA-256 of the file';
comment on column deliveries.run_id is 'pipeline run that first loaded the file';
comment on column deliveries.pipeline_version is 'version of the pipeline code that assembled the issue last';
