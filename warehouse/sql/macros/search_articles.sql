-- search_articles(query_text): articles ranked by BM25 over their jieba tokens, best first.
-- Offline (no fts extension). The query is plain text: '柴伟 绍兴' or unsegmented '柴伟绍兴'.
-- SQL cannot call jieba, so the query's terms are the vocabulary tokens it contains.
-- Flagged articles are searched too: a search is for finding what was printed, and a headless
-- or short article is still the paper's text (join articles for quality_flags).
create or replace macro search_articles(query_text) as table
with words as (
    -- space-separated words, e.g. '柴伟 绍兴' -> 柴伟, 绍兴
    select unnest(string_split(trim(query_text), ' ')) as word
),

matched as (
    -- a token matches if it is one of the words, or has 2+ characters and occurs in the query
    -- ('柴伟绍兴' contains 柴伟 and 绍兴; single characters like 市 would match almost anything)
    select token, df
    from doc_freq
    where token in (select word from words where word <> '')
       or (length(token) >= 2 and contains(query_text, token))
),

terms as (
    -- longest first: '绍兴市' matches 绍兴市, not also the 绍兴 inside it
    select m.token, m.df
    from matched m
    where not exists (
        select 1 from matched l
        where length(l.token) > length(m.token) and contains(l.token, m.token)
    )
),

collection as (
    select count(*) as n_docs, greatest(avg(n_tokens), 1) as avg_len
    from articles
),

term_freq as (
    select t.article_id, t.token, count(*) as tf
    from tokens t
    where t.token in (select token from terms)
    group by all
),

scored as (
    -- BM25, k1 = 1.2, b = 0.75
    select
        f.article_id,
        sum(
            ln(1 + (c.n_docs - t.df + 0.5) / (t.df + 0.5))
            * f.tf * (1.2 + 1)
            / (f.tf + 1.2 * (1 - 0.75 + 0.75 * a.n_tokens / c.avg_len))
        ) as score
    from term_freq f
    join terms t using (token)
    join articles a using (article_id)
    cross join collection c
    group by f.article_id
),

final as (
    select a.article_id, a.issue_date, a.headline, s.score
    from scored s
    join articles a using (article_id)
)

select * from final order by score desc, article_id;
