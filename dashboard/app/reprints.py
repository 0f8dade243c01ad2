"""Reprints: what the paper reprints from other outlets (转自《人民日报》), from whom and when."""

import streamlit as st

from dashboard import charts, context, fmt

ctx = context.current()
st.title("Reprints")
snap = context.require_issues(ctx, "reprints")
date_from, date_to = ctx.period
outlets = snap.query("dashboard_reprints", date_from=date_from, date_to=date_to)
if outlets.empty:
    st.info("**No reprinted article in this period.** An article counts as a reprint when the paper names "
            "its source (转自《人民日报》); the bundled sample issues hold none.",
            icon=":material/content_copy:")
    st.stop()

st.metric("reprinted articles", fmt.number(outlets["articles"].sum()))
left, right = st.columns([2, 3])
with left:
    st.altair_chart(charts.ranked_bars(outlets, "outlet", "articles", title="Articles per outlet",
                                       tooltip=["outlet", "articles"]), width="stretch")
with right:
    monthly = snap.query("dashboard_reprints_monthly", date_from=date_from, date_to=date_to)
    st.altair_chart(charts.monthly(monthly, "articles", colour="outlet", title="Reprints per month",
                                   domain=ctx.months()), width="stretch")
ctx.table(outlets)
outlet = st.selectbox("Outlet", outlets["outlet"].tolist(), index=0, key="outlet")
articles = snap.query("dashboard_reprint_articles", outlet=outlet, limit=100)
articles["read"] = "search?article=" + articles["article_id"]
ctx.table(articles, column_order=("read", "issue_date", "paper", "headline", "byline"),
          column_config={"issue_date": "date", "read": st.column_config.LinkColumn("reader", display_text="read")})
