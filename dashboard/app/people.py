"""People: who is in the news, with which post, how often over time, and with whom."""

import streamlit as st

from dashboard import charts, context, fmt

ctx = context.current()
st.title("People")
snap = context.require_issues(ctx, "people")
date_from, date_to = ctx.period
top = snap.query("dashboard_people_top", date_from=date_from, date_to=date_to, limit=50)
if top.empty:
    st.info("No person is mentioned in a dated article of this period. People come from the names the "
            "language layer recognises (市委书记柴伟 → 柴伟, post 市委书记); undated issues are not counted.",
            icon=":material/person_off:")
    st.stop()

st.caption(f"Articles of {fmt.month(date_from) if date_from else 'the first month'} to "
           f"{fmt.month(date_to) if date_to else 'the last month'} naming each person; *posts* are the posts "
           "printed next to the name (市委书记柴伟 → 市委书记), most frequent first.")
left, right = st.columns([2, 3])
with left:
    st.altair_chart(charts.ranked_bars(top.head(20), "person", "articles", title="Top people by articles",
                                       tooltip=["person", "posts", "articles", "mentions"]), width="stretch")
with right:
    ctx.table(top, height=560,
                 column_config={"posts": st.column_config.TextColumn("posts", width="medium")})

st.subheader("One person")
person = st.selectbox("Person", top["person"].tolist(), index=0, key="person")
monthly = snap.query("dashboard_person_monthly", person=person)
together = snap.query("dashboard_cooccurrence", entity=person, entity_type="person", limit=25)
articles = snap.query("dashboard_entity_articles", entity=person, entity_type="person", limit=50)
left, right = st.columns(2)
with left:
    st.altair_chart(charts.monthly(monthly, "articles", colour="post", title=f"{person}: articles per month, by post",
                                   domain=ctx.months()), width="stretch")
with right:
    if together.empty:
        st.caption(f"Nobody else is named in {person}'s articles.")
    else:
        st.altair_chart(charts.ranked_bars(together, "entity", "shared_articles", title=f"Named together with {person}",
                                           tooltip=["entity", "entity_type", "shared_articles"]), width="stretch")
st.markdown(f"**Articles naming {person}** (newest first; open one in *Search*)")
articles["read"] = "search?article=" + articles["article_id"]
ctx.table(articles, column_order=("read", "issue_date", "paper", "headline", "role", "mentions"),
          column_config={"issue_date": "date", "read": st.column_config.LinkColumn("reader", display_text="read")})
