-- dictionary: every table and view of the catalog with its columns and comments.
with relations as (
    select view_name as name, comment, 'view' as kind from duckdb_views() where not internal
    union all
    select table_name, comment, 'table' from duckdb_tables() where not internal
),

columns as (
    select table_name as name, column_index, column_name, data_type, comment
    from duckdb_columns()
    where not internal
),

final as (
    select
        r.name,
        r.comment as description,
        c.column_index,
        c.column_name,
        c.data_type,
        c.comment as column_description
    from relations r
    join columns c using (name)
    where r.name <> '_catalog'
)

select * from final
order by
    coalesce(list_position(['issues', 'articles', 'tokens', 'entities', 'keywords', 'doc_freq',
                            'ingest_log', 'ingest_events', 'runs', 'dq_results'], name), 99),
    name,
    column_index
