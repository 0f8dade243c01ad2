"""Reporters and genres: who writes how much, and what kinds of articles the paper prints."""

import streamlit as st

from dashboard import charts, context

ctx = context.current()
st.title("Reporters and genres")
snap = context.require_issues(ctx, "reporters or genres")
date_from, date_to = ctx.period

st.subheader("Reporters")
reporters = snap.query("dashboard_reporters", date_from=date_from, date_to=date_to, limit=100)
if reporters.empty:
    st.info("No dated article of this period names a reporter in its byline (本报记者 王茵 → 王茵).",
            icon=":material/person_off:")
else:
    st.caption("Authors named in bylines; an article with two authors counts for each.")
    left, right = st.columns([2, 3])
    with left:
        st.altair_chart(charts.ranked_bars(reporters.head(20), "reporter", "articles", title="Articles per reporter",
                                           tooltip=["reporter", "articles", "characters", "characters_per_article"]),
                        width="stretch")
    with right:
        ctx.table(reporters, height=520,
                     column_config={"characters_per_article": st.column_config.NumberColumn(
                                         "characters per article", format="localized")})

st.subheader("Genres")
genres = snap.query("dashboard_genre_mix", date_from=date_from, date_to=date_to)
if genres.empty:
    st.info("No dated article in this period.", icon=":material/inbox:")
else:
    st.caption("news, feature, commentary, interview, notice, report or other, as the segmenter classifies them.")
    for paper, mix in genres.groupby("paper", sort=True):
        st.altair_chart(charts.genre_shares(mix, title=f"{paper}: genre mix per month", domain=ctx.months()), width="stretch")
    totals = genres.groupby(["paper", "genre"], as_index=False)["articles"].sum().sort_values(
        ["paper", "articles"], ascending=[True, False])
    ctx.table(totals)
