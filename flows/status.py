"""`baozhi status`: what happened to every landing file, read from the warehouse (read-only)."""

from __future__ import annotations

import duckdb

from pathlib import Path

from baozhi.settings import Settings
from flows.discover import discover
from flows.summary import plural


def render_status(settings: Settings, runs: int = 5, landing: Path | None = None) -> str:
    """``landing``: the folder to check (``--landing``); by default the one the last run read,
    else the settings' (there may be no run yet)."""
    path = settings.warehouse_path
    lines = [f"warehouse {path}"]
    last: tuple[str, str] | None = None  # (run_id, landing) of the last run that recorded one
    if not path.exists():
        lines.append("  no warehouse yet: run `baozhi run` first")
        ledger: dict[tuple[str, str], str] = {}
    else:
        con = duckdb.connect(str(path), read_only=True)
        try:
            lines += (_runs(con, runs) + _ledger_counts(con) + _quarantined(con) + _failed(con) + _incomplete(con)
                      + _dq_last_run(con))
            ledger = {
                (f, s): st
                for f, s, st in con.execute("select source_file, source_sha256, status from ingest_log").fetchall()
            }
            last = con.execute("select run_id, landing from runs where landing is not null "
                               "order by started_at desc limit 1").fetchone()
        finally:
            con.close()
    if landing is not None:
        lines += _landing(landing, "given with --landing", ledger)
    elif last is not None:
        lines += _landing(Path(last[1]), f"read by the last run, {last[0]}", ledger)
    else:
        lines += _landing(settings.landing, "from the settings; no run recorded one yet", ledger)
    return "\n".join(lines)


def _runs(con, n: int) -> list[str]:
    rows = con.execute(
        "select run_id, status, started_at, files_seen, files_loaded, files_quarantined, articles_loaded, "
        "articles_flagged from runs order by started_at desc limit ?",
        [n],
    ).fetchall()
    out = ["recent runs:"] if rows else ["recent runs: none"]
    for run_id, st, started, seen, loaded, quarantined, articles, flagged in rows:
        out.append(
            f"  {run_id}  {st:<9} {started:%Y-%m-%d %H:%M}  seen {seen}, loaded {loaded}, "
            f"quarantined {quarantined}, articles {articles}" + (f" ({flagged} flagged)" if flagged else "")
        )
    return out


def _ledger_counts(con) -> list[str]:
    rows = con.execute("select status, count(*) from ingest_log group by status order by status").fetchall()
    return ["ledger: " + (", ".join(f"{n} {st}" for st, n in rows) if rows else "empty")]


def _quarantined(con) -> list[str]:
    rows = con.execute(
        "select source_file, reason, run_id from ingest_log where status = 'quarantined' order by source_file"
    ).fetchall()
    if not rows:
        return []
    out = ["quarantined (fix, then `baozhi run --retry-quarantined`):"]
    out += [f"  {f}: {reason}  [run {run_id}]" for f, reason, run_id in rows]
    return out


def _failed(con) -> list[str]:
    rows = con.execute(
        "select source_file, reason, run_id from ingest_log where status = 'failed' order by source_file"
    ).fetchall()
    if not rows:
        return []
    out = ["failed (a bug of ours, not bad input; retried by every run):"]
    for f, reason, run_id in rows:
        first, _, rest = (reason or "").partition("\n")
        out.append(f"  {f}: {first}  [run {run_id}]")
        out += [f"    {line}" for line in rest.splitlines()]
    return out


def _incomplete(con, limit: int = 20) -> list[str]:
    """Issues delivered as page files that miss pages their masthead announces (今日N版)."""
    rows = con.execute(
        "select issue_id, pages, pages_missing, page_count from issues where len(pages_missing) > 0 "
        "order by issue_date desc, issue_id limit ?",
        [limit + 1],
    ).fetchall()
    if not rows:
        return []
    out = ["incomplete issues (pages announced by 今日N版 not received yet; added when they arrive):"]
    for issue_id, pages, missing, count in rows[:limit]:
        out.append(f"  {issue_id}: received {', '.join(pages)} of {count}; missing {', '.join(missing)}")
    if len(rows) > limit:
        out.append("  … and more: select * from issues where len(pages_missing) > 0")
    return out


def _dq_last_run(con) -> list[str]:
    row = con.execute(
        # per expectation (its summary row for the run): passed; per issue or article: warned, held back,
        # flagged (as the run summary)
        "select run_id, count(*) filter (where success and issue_id is null and article_id is null), "
        "count(*) filter (where not success and level = 'warning' and issue_id is not null), "
        "count(distinct issue_id) filter (where not success and level = 'critical'), "
        "count(distinct article_id) filter (where not success and level = 'flag') "
        "from dq_results where run_id = (select max(run_id) from dq_results) group by run_id"
    ).fetchone()
    if not row:
        return []
    run_id, passed, warnings, critical, flagged = row
    return [f"quality checks of {run_id}: {passed} passed, {plural(warnings, 'warning')}, "
            f"{plural(critical, 'issue')} held back, {plural(flagged, 'article')} flagged"]


def _landing(landing: Path, why: str, ledger: dict[tuple[str, str], str]) -> list[str]:
    found = discover(landing)
    pending = [f.source_file for f in found.files if (f.source_file, f.sha256) not in ledger]
    out = [f"landing {landing} ({why}): {plural(len(found.files), 'file')}, {len(pending)} not yet ingested"]
    out += [f"  new: {name}" for name in pending]
    out += [f"  skipped {s.source_file}: {s.reason}" for s in found.skipped]
    return out
