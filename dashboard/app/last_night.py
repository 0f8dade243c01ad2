"""Last night: what the latest run found, loaded and held back, and how its quality checks went."""

import streamlit as st

from dashboard import charts, context, fmt
from dashboard.asgi import REPORTS_ROUTE

ctx = context.current()
st.title("Last night")
snap = context.require_data(ctx)
runs = snap.query("dashboard_runs", limit=14)
if runs.empty:
    st.info("**No run has committed anything yet.** A run writes here when it finds at least one new "
            "landing file; `baozhi status` lists the landing files and what happened to them.",
            icon=":material/inbox:")
    st.stop()

run = runs.iloc[0]
tz = ctx.settings.timezone
st.caption(f"Run `{run.run_id}` · started {fmt.local_time(run.started_at, tz)} ({tz}) · "
           f"took {fmt.duration(run.seconds)} · pipeline {run.pipeline_version}")
if run.status != "completed":
    st.error(f"The run **{run.status}**: {run.message or 'no message recorded'}. Nothing of its night "
             "was published; its files are retried by the next run.", icon=":material/error:")
held_back, failed = (0 if fmt.missing(n) else int(n) for n in (run.files_quarantined, run.files_failed))
if run.status == "completed" and (held_back or failed):
    st.warning(f"{fmt.plural(held_back, 'file')} held back and {fmt.plural(failed, 'file')} failed: "
               "see *Files* below.", icon=":material/warning:")

HELP = {"duplicate": "the same bytes as a file delivered before, under another name",
        "quarantined": "held back with a reason (Files, below); retried with `baozhi run --retry-quarantined`",
        "failed": "a bug of ours, not bad input: the traceback is below; retried by every run",
        "skipped": "passed over by discovery (hidden files, partial uploads, links leading outside the landing "
                   "folder): `baozhi status` lists which and why"}
cols = st.columns(7)
for col, (label, value) in zip(cols, [
    ("files seen", run.files_seen), ("new", run.files_new), ("loaded", run.files_loaded),
    ("duplicate", run.files_duplicate), ("quarantined", run.files_quarantined), ("failed", run.files_failed),
    ("skipped", run.files_skipped),
]):
    col.metric(label, fmt.number(value), help=HELP.get(label))
cols = st.columns(5)
cols[0].metric("issues loaded", fmt.number(run.issues_loaded))
cols[1].metric("issues replaced", fmt.number(run.issues_replaced))
cols[2].metric("articles loaded", fmt.number(run.articles_loaded))
cols[3].metric("articles flagged", fmt.number(run.articles_flagged),
               help="published with quality_flags: doubtful, left out of the analyst views, listed below")
cols[4].metric("run time", fmt.duration(run.seconds))

quality = snap.query("dashboard_run_quality", run_id=run.run_id)
st.subheader("Quality checks")
outcomes = quality["outcome"].value_counts()
cols = st.columns(4)
cols[0].metric("pass", fmt.number(outcomes.get("pass", 0)))
cols[1].metric("warn", fmt.number(outcomes.get("warn", 0)), help="a warning-level check failed: recorded only")
cols[2].metric("flag", fmt.number(outcomes.get("flag", 0)),
               help="a flag-level check failed: those articles were published with quality_flags")
cols[3].metric("fail", fmt.number(outcomes.get("fail", 0)), help="a critical check failed: those issues were held back")
problems = quality[quality["outcome"] != "pass"]
if quality.empty:
    st.caption("This run recorded no quality results (nothing reached the gate).")
elif problems.empty:
    st.success("Every expectation held.", icon=":material/check_circle:")
else:
    ctx.table(problems,
              column_config={"failing_issues": "issues", "observed": st.column_config.TextColumn("observed", width="large")})
with st.expander(f"All {fmt.plural(len(quality), 'expectation')} of this run"):
    ctx.table(quality)
report = ctx.settings.reports_dir / str(run.run_id) / "index.html"
if report.exists():
    # served by `baozhi dashboard` under /reports/ (dashboard/asgi.py); opens in a new tab
    st.markdown(f"[Quality report of this run]({REPORTS_ROUTE}/{run.run_id}/index.html) (one self-contained "
                f"page; on disk: `{report}`)")

flagged = snap.query("dashboard_flagged_articles", run_id=run.run_id)
if not flagged.empty:
    st.subheader("Flagged articles")
    st.caption("Published, searchable and readable, but doubtful: the checks named in *quality flags* failed "
               "for them, so the analyst views (people, places, keywords, genres, …) leave them out.")
    flagged["read"] = "search?article=" + flagged["article_id"]
    ctx.table(flagged, column_order=("read", "issue_date", "paper", "headline", "quality_flags", "n_chars"),
              column_config={"issue_date": "date", "n_chars": "characters",
                             "read": st.column_config.LinkColumn("reader", display_text="read")})

st.subheader("Files")
files = snap.query("dashboard_run_files", run_id=run.run_id)
if files.empty:
    st.caption("The run logged no file.")
else:
    ctx.table(files.drop(columns=["traceback"]),
              column_config={"logged_at": None, "reason": st.column_config.TextColumn("reason", width="large")})
    for bug in files[files["traceback"].notna()].itertuples():
        with st.expander(f"Traceback of {bug.source_file} (a bug of ours, not bad input: retried next run)"):
            st.code(f"{bug.reason}\n{bug.traceback}", language="python")

st.subheader("Recent runs")
runs["run"] = [fmt.local_time(t, tz) for t in runs["started_at"]]
st.altair_chart(charts.run_files(runs.iloc[::-1], title="Files per run"), width="stretch")
ctx.table(runs[["run", "run_id", "status", "seconds", "files_seen", "files_loaded", "files_quarantined",
                "files_failed", "issues_loaded", "articles_loaded"]],
          column_config={"seconds": st.column_config.NumberColumn("seconds", format="%.1f")})
