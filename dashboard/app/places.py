"""Places and organisations: where the news happens and which bodies it names, over time."""

import streamlit as st

from dashboard import charts, context, fmt

ctx = context.current()
st.title("Places and organisations")
snap = context.require_issues(ctx, "places or organisations")
date_from, date_to = ctx.period

for tab, kind, label in zip(st.tabs(["Places 地点", "Organisations 机构"]), ("place", "org"),
                            ("place", "organisation")):
    with tab:
        top = snap.query("dashboard_places_orgs_top", kind=kind, date_from=date_from, date_to=date_to, limit=50)
        if top.empty:
            st.info(f"No {label} is named in a dated article of this period.", icon=":material/location_off:")
            continue
        left, right = st.columns([2, 3])
        with left:
            st.altair_chart(charts.ranked_bars(top.head(20), "name", "articles", title=f"Top {label}s by articles",
                                               tooltip=["name", "articles", "mentions"]), width="stretch")
        with right:
            ctx.table(top, height=520,
                         column_config={"name": label})
        name = st.selectbox(label.capitalize(), top["name"].tolist(), index=0, key=f"{kind}_name")
        monthly = snap.query("dashboard_place_org_monthly", kind=kind, name=name)
        together = snap.query("dashboard_cooccurrence", entity=name, entity_type=kind, limit=25)
        left, right = st.columns(2)
        with left:
            st.altair_chart(charts.monthly(monthly, "articles", title=f"{name}: articles per month",
                                           domain=ctx.months()), width="stretch")
        with right:
            if together.empty:
                st.caption(f"Nothing else is named in the articles naming {name}.")
            else:
                st.altair_chart(charts.ranked_bars(together, "entity", "shared_articles",
                                                   title=f"Named together with {name}",
                                                   tooltip=["entity", "entity_type", "shared_articles"]),
                                width="stretch")
        st.caption(f"{name}: {fmt.plural(int(top.loc[top['name'] == name, 'articles'].iloc[0]), 'article')} "
                   "in the period. Names are canonical (辽源 and 辽源市 count as one place, 辽源市, whose "
                   "parent is 吉林省); the reader shows them as written.")
