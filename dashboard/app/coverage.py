"""Coverage: which days of each paper are in the archive, which are missing, which issues are incomplete."""

import streamlit as st

from dashboard import charts, context, fmt

ctx = context.current()
st.title("Coverage")
snap = context.require_issues(ctx, "days to put on a calendar")
archive = ctx.archive
days = snap.query("dashboard_coverage")

cols = st.columns(5)
cols[0].metric("papers", fmt.number(archive["papers"]))
cols[1].metric("issues", fmt.number(archive["issues"]))
cols[2].metric("first issue", fmt.day(archive["first_date"]))
cols[3].metric("last issue", fmt.day(archive["last_date"]))
cols[4].metric("undated issues", fmt.number(archive["undated_issues"]),
               help="issues whose date neither the masthead nor the file path gave")

if days.empty:
    st.info("Every issue loaded so far is undated, so there is no calendar to draw; see *Undated issues*.",
            icon=":material/event_busy:")
for paper, paper_days in days.groupby("paper", sort=True):
    missing = paper_days[paper_days["status"] == "missing"]
    weekdays_missing = int((missing["iso_weekday"] <= 5).sum())
    st.subheader(paper)
    st.caption(f"{fmt.date(paper_days['date'].min())} – {fmt.date(paper_days['date'].max())}: "
               f"{fmt.plural(int((paper_days['status'] == 'issue').sum()), 'day')} with an issue, "
               f"{fmt.plural(len(missing), 'day')} without one ({fmt.number(weekdays_missing)} of them weekdays), "
               f"{fmt.plural(int((paper_days['status'] == 'quarantined').sum()), 'day')} whose only file was held back.")
    st.altair_chart(charts.calendar(paper_days, title=f"{paper}: issues per day"), width="content")
    gaps = missing.drop_duplicates(["gap_start", "gap_end"])[["gap_start", "gap_end", "gap_days"]]
    if not gaps.empty:
        with st.expander(f"Gaps of {paper}: {fmt.plural(len(gaps), 'stretch', 'stretches')} of days without an issue"):
            ctx.table(gaps.sort_values(["gap_days", "gap_start"], ascending=[False, True]),
                      column_config={"gap_start": "from", "gap_end": "to", "gap_days": "days"})

st.subheader("Incomplete issues")
incomplete = snap.query("dashboard_incomplete_issues")
if incomplete.empty:
    st.caption("No issue misses a page its masthead announces (今日N版). Pages can only be counted for issues "
               "delivered as page files.")
else:
    st.caption("The masthead announces more pages (今日N版) than were received; a page arriving later is "
               "added to its issue.")
    ctx.table(incomplete, column_config={"issue_date": "date", "n_files": "files"})

st.subheader("Issue numbers that skip")
skips = snap.query("dashboard_number_gaps")
if skips.empty:
    st.caption("No running issue number (总第N期) jumps between two consecutive issues.")
else:
    st.caption("Between these consecutive issues the running number (总第N期) jumps: issues that never arrived "
               "(or a misread number).")
    ctx.table(skips)

st.subheader("Undated issues")
undated = snap.query("dashboard_undated_issues")
if undated.empty:
    st.caption("Every issue has a date.")
else:
    st.caption("Loaded and searchable, but left out of the calendar and every monthly figure: neither the "
               "masthead nor the file's path (e.g. `2021-09-06` in its name) gave a date.")
    ctx.table(undated)
