-- doc_freq: Term statistics: how many articles contain each token (kept up to date at every commit).
create or replace view doc_freq as
with source as (
    select * from read_parquet(__FILES__, hive_partitioning = false)
),

final as (
    select
        token,
        df
    from source
)

select * from final;

comment on view doc_freq is 'Term statistics: how many articles contain each token (kept up to date at every commit).';
comment on column doc_freq.token is 'the token';
comment on column doc_freq.df is 'number of live articles containing the token';
