"""Keywords: what rises in the latest month, and how chosen keywords trend."""

import streamlit as st

from dashboard import charts, context, fmt

ctx = context.current()
st.title("Keywords")
snap = context.require_issues(ctx, "keywords")
date_from, date_to = ctx.period

rising = snap.query("dashboard_keywords_rising", limit=30)
if rising.empty:
    st.info("No dated article has keywords yet (keywords are the top TF-IDF words of each article).",
            icon=":material/search_off:")
    st.stop()
latest = rising["month"].iloc[0]
st.subheader(f"Rising in {fmt.month(latest)}")
st.caption(f"Articles having the keyword in {fmt.month(latest)} (the archive's latest month) against the "
           "average of the three months before it.")
left, right = st.columns([2, 3])
with left:
    st.altair_chart(charts.ranked_bars(rising.head(20), "keyword", "rise", title=f"Rise in {fmt.month(latest)}",
                                       tooltip=["keyword", "this_month", "avg_before", "rise"]), width="stretch")
with right:
    ctx.table(rising.drop(columns=["month"]), height=520,
                 column_config={"this_month": "articles this month",
                                "avg_before": st.column_config.NumberColumn("monthly average before", format="%.1f"),
                                "rise": st.column_config.NumberColumn("rise", format="%.1f")})

st.subheader("Trends")
top = snap.query("dashboard_keywords_top", date_from=date_from, date_to=date_to, limit=200)
options = list(dict.fromkeys(rising["keyword"].tolist() + top["keyword"].tolist()))
chosen = st.multiselect("Keywords", options, default=rising["keyword"].head(5).tolist(), key="keywords")
if chosen:
    trend = snap.query("dashboard_keyword_monthly", keywords=chosen)
    st.altair_chart(charts.trend_lines(trend, "articles", "keyword", title="Articles per month having the keyword",
                                       domain=ctx.months()), width="stretch")
else:
    st.caption("Pick keywords to draw their trends.")
with st.expander("Top keywords of the period"):
    ctx.table(top,
                 column_config={"total_weight": st.column_config.NumberColumn("summed TF-IDF weight", format="%.2f")})
