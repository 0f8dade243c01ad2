"""The article reader: kicker, headline, subtitle, byline, body and captions, entities marked."""

from __future__ import annotations

import html
from pathlib import Path

import streamlit as st

from dashboard import fmt, marks
from dashboard.context import PageContext


@st.cache_resource(show_spinner="Loading the tokenizer…")
def _tokenizer(user_dicts: tuple[Path, ...]):
    from baozhi.resources import tokenizer_for

    return tokenizer_for(tuple(user_dicts))


def query_cut(user_dicts: tuple[Path, ...]):
    """The pipeline tokenizer's ``cut`` for queries, as `baozhi search` uses it."""
    return _tokenizer(tuple(user_dicts)).cut


def open_article(article_id: str) -> None:
    """Button callback: show the article (its id in the URL, so the page can be shared)."""
    st.query_params["article"] = article_id


def close_article() -> None:
    st.query_params.pop("article", None)


def show(ctx: PageContext, article_id: str, words: list[str] = ()) -> None:
    snapshot = ctx.snapshot
    article = snapshot.query("dashboard_article", article_id=article_id)
    st.button("Close the reader", on_click=close_article, icon=":material/close:", key="close-reader")
    if article.empty:
        st.warning(f"No article `{article_id}` in this night's warehouse (a corrected delivery may have "
                   "replaced its issue).", icon=":material/help:")
        return
    a = article.iloc[0]
    entities = snapshot.query("dashboard_article_entities", article_id=article_id)
    names = {w: "query" for w in words}
    names.update(marks.entity_names(entities[["entity", "entity_type"]].itertuples(index=False)))

    meta = [a.paper_name or a.paper, fmt.date(a.issue_date)]
    if not fmt.missing(a.issue_number):
        meta.append(f"总第{int(a.issue_number)}期")
    pages = [p for p in (a.pages if a.pages is not None else []) if p] or ([a.page] if a.page else [])
    if len(pages):
        meta.append("版 " + "、".join(pages))  # the page labels as delivered: 01, A03
    meta.append(a.genre)
    if a.source_outlet:
        meta.append(f"转自《{a.source_outlet}》")
    if a.continued_from:
        meta.append(f"上接{a.continued_from}")
    if a.continued_to:
        meta.append(f"下转{a.continued_to}")
    flags = [f for f in (a.quality_flags if a.quality_flags is not None else []) if f]
    if len(flags):
        st.warning(f"Flagged by the quality checks: {', '.join(flags)}. Published and searchable, but left out "
                   "of the analyst views.", icon=":material/flag:")
    parts = [f'<div class="bz-meta" style="color:#666;font-size:0.9em">{html.escape(" · ".join(map(str, meta)))}</div>']
    if a.kicker:
        parts.append(f'<div class="bz-kicker" style="font-size:1.05em;margin-top:0.6em">{marks.to_html(a.kicker, names)}</div>')
    parts.append(f'<h2 class="bz-headline" style="margin:0.2em 0">{marks.to_html(a.headline, names)}</h2>')
    if a.subtitle:
        parts.append(f'<div class="bz-subtitle" style="font-size:1.1em">——{marks.to_html(a.subtitle, names)}</div>')
    if a.byline:
        parts.append(f'<div class="bz-byline" style="color:#444;margin:0.5em 0">{marks.to_html(a.byline, names)}</div>')
    for paragraph in (a.body or "").split("\n"):
        if paragraph.strip():
            parts.append(f'<p class="bz-body" style="text-indent:2em;line-height:1.8;margin:0.3em 0">'
                         f'{marks.to_html(paragraph, names)}</p>')
    captions = [c for c in (a.captions if a.captions is not None else []) if c]
    if captions:
        parts.append('<div class="bz-captions" style="border-left:3px solid #ccc;padding-left:0.8em;color:#444">'
                     + "".join(f"<p>图 {marks.to_html(c, names)}</p>" for c in captions) + "</div>")
    kinds = [k for k in ("person", "place", "org", "reporter", "query") if k in set(names.values())]
    if kinds:
        parts.append(f'<div style="margin-top:0.8em;font-size:0.85em">{marks.legend_html(kinds)}</div>')
    st.html("".join(parts))

    if entities.empty:
        st.caption("No person, place or organisation was recognised in this article.")
    else:
        ctx.table(entities)
    st.caption(f"`{a.article_id}` · {fmt.number(a.n_chars)} characters · file `{a.source_file}` · run `{a.run_id}`")
