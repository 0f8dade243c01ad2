"""Search: BM25 over the articles' jieba tokens (as `baozhi search`), and the article reader."""

import streamlit as st

from dashboard import context, fmt, marks, reader
from warehouse.search import query_words, snippet

ctx = context.current()
st.title("Search")
snap = context.require_issues(ctx, "articles to search")
date_from, date_to = ctx.period

query = st.text_input("Words to look for", key="query", placeholder="柴伟 绍兴  ·  or unsegmented: 柴伟绍兴",
                      help="Segmented with the pipeline's own tokenizer, like `baozhi search`.")
article_id = st.query_params.get("article")
results_col, reader_col = st.columns([2, 3]) if article_id else (st.container(), None)

with results_col:
    words = query_words(query, reader.query_cut(ctx.settings.user_dicts)) if query.strip() else []
    if query.strip() and not words:
        st.warning("The query has no words to search for.")
    elif words:
        hits = snap.query("search", query=" ".join(words), limit=30, date_from=date_from, date_to=date_to)
        if hits.empty:
            st.info(f"No article matches {' '.join(words)}"
                    f"{' in this period' if date_from or date_to else ''}.", icon=":material/search_off:")
        else:
            st.caption(f"{fmt.plural(len(hits), 'article')}, best first (BM25 over {' · '.join(words)}).")
        for hit in hits.itertuples():
            with st.container(border=True):
                st.markdown(f"**{hit.headline}**")
                st.caption(f"{fmt.date(hit.issue_date)} · score {hit.score:.2f} · `{hit.article_id}`")
                st.html(marks.to_html(snippet(hit.body, words, mark=("", "")), {w: "query" for w in words}))
                st.button("Read", key=f"read-{hit.article_id}", on_click=reader.open_article, args=(hit.article_id,),
                          icon=":material/article:")
    elif not article_id:
        st.caption("Type words above; results open in the article reader. People, places and organisations "
                   "of the article are marked in the reader.")

if article_id:
    with reader_col:
        reader.show(ctx, article_id, words)
