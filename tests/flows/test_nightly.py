"""The nightly flow end to end: real Prefect runs (test harness), real DuckDB files, real GE."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from baozhi.commands.pipeline import execute
from baozhi.settings import load

TABLES = ("issues", "articles", "tokens", "entities", "keywords", "ingest_log")


def settings_for(landing: Path, data: Path, **kw):
    kw.setdefault("runner", "thread")  # in-process: fast, and lets a test patch the parser
    kw.setdefault("workers", 2)
    return load(environ={}, landing=landing, data=data, **kw)


def snapshot(data: Path) -> dict[str, tuple[int, str]]:
    """Row count and a content hash of every table, read the way an analyst would."""
    con = duckdb.connect(str(data / "warehouse.duckdb"), read_only=True)
    try:
        out = {}
        for table in TABLES:
            rows = con.execute(f"select * from {table}").fetchall()
            digest = hashlib.sha256(repr(sorted(map(repr, rows))).encode()).hexdigest()
            out[table] = (len(rows), digest)
        return out
    finally:
        con.close()


def query(data: Path, sql: str, params=None):
    con = duckdb.connect(str(data / "warehouse.duckdb"), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def test_first_run_with_the_process_pool_loads_the_samples(prefect_api, landing, data_dir):
    # One file a batch: three batches, so the run starts a pool (a single batch runs in-process).
    summary = execute(settings_for(landing, data_dir, runner="process", batch_size=1))
    assert summary.status == "completed", summary.render()
    assert (summary.files_seen, summary.files_loaded, summary.files_quarantined) == (3, 3, 0)
    assert summary.articles > 10
    issues = query(data_dir, "select paper, issue_date, date_source from issues order by issue_date nulls first")
    assert len(issues) == 3 and {p for p, _, _ in issues} == {"liaoyuan-daily"}
    assert str(issues[-1][1]) == "2021-09-06" and issues[-1][2] == "masthead"
    assert query(data_dir, "select count(*) from articles")[0][0] == summary.articles
    assert query(data_dir, "select count(*) from tokens")[0][0] > 1000
    statuses = query(data_dir, "select status, count(*) from ingest_log group by status")
    assert statuses == [("loaded", 3)]
    assert summary.report and Path(summary.report).exists()
    assert not list((data_dir / "lake").rglob("*.arrows"))  # the workers' spooled batches were taken and removed


def test_rerun_is_a_no_op_and_changes_nothing(prefect_api, landing, data_dir):
    execute(settings_for(landing, data_dir))
    before = snapshot(data_dir)
    catalog_bytes = (data_dir / "warehouse.duckdb").read_bytes()
    again = execute(settings_for(landing, data_dir))
    assert again.status == "nothing new" and again.files_new == 0 and again.files_loaded == 0
    assert "parse" not in again.stage_seconds  # no parsing at all
    assert snapshot(data_dir) == before
    assert (data_dir / "warehouse.duckdb").read_bytes() == catalog_bytes


def test_same_content_under_a_new_name_is_a_duplicate(prefect_api, landing, data_dir):
    execute(settings_for(landing, data_dir))
    src = next((landing / "liaoyuan-daily").glob("002_*.txt"))
    shutil.copy2(src, landing / "liaoyuan-daily" / "2021-09-06-again.txt")
    before = snapshot(data_dir)
    summary = execute(settings_for(landing, data_dir))
    assert summary.files_duplicate == 1 and summary.files_loaded == 0
    after = snapshot(data_dir)
    assert {t: after[t] for t in TABLES if t != "ingest_log"} == {t: before[t] for t in TABLES if t != "ingest_log"}
    rows = query(data_dir, "select status, reason from ingest_log where source_file = ?",
                 ["liaoyuan-daily/2021-09-06-again.txt"])
    assert rows[0][0] == "duplicate" and src.name in rows[0][1]


def test_changed_file_replaces_its_issue_everywhere(prefect_api, landing, data_dir):
    execute(settings_for(landing, data_dir))
    path = next((landing / "liaoyuan-daily").glob("002_*.txt"))
    old_sha = hashlib.sha256(path.read_bytes()).hexdigest()
    counts = query(data_dir, "select count(*) from issues")[0][0]
    text = path.read_text(encoding="utf-8").replace("仙人河医院段至三百货段", "仙人河医院段至五百货段")
    path.write_text(text, encoding="utf-8")
    summary = execute(settings_for(landing, data_dir))
    assert summary.files_loaded == 1, summary.render()
    assert query(data_dir, "select count(*) from issues")[0][0] == counts
    bodies = query(data_dir, "select body from articles where issue_id = 'liaoyuan-daily-2021-09-06'")
    joined = "".join(b for (b,) in bodies)
    assert "五百货段" in joined and "三百货段" not in joined
    # no orphans: every row of every issue table belongs to a live issue
    for table in ("articles", "tokens", "entities", "keywords"):
        orphans = query(data_dir, f"select count(*) from {table} t where t.issue_id not in (select issue_id from issues)")
        assert orphans[0][0] == 0, table
    assert query(data_dir, "select count(*) from articles where source_sha256 = ?", [old_sha])[0][0] == 0
    ledger = dict(query(data_dir, "select source_sha256, status from ingest_log where source_file = ?",
                        [f"liaoyuan-daily/{path.name}"]))
    assert ledger[old_sha] == "replaced" and "loaded" in ledger.values()


def test_symlink_outside_landing_is_not_ingested(prefect_api, landing, data_dir, tmp_path):
    secret = tmp_path / "outside.txt"
    shutil.copy2(next((landing / "liaoyuan-daily").glob("000_*.txt")), secret)
    os.symlink(secret, landing / "liaoyuan-daily" / "sneaky.txt")
    (landing / "liaoyuan-daily" / "next.txt.part").write_text("半截", encoding="utf-8")
    summary = execute(settings_for(landing, data_dir))
    skipped = dict(summary.skipped)
    assert skipped["liaoyuan-daily/sneaky.txt"] == "symlink pointing outside the landing folder"
    assert skipped["liaoyuan-daily/next.txt.part"].startswith("partial upload")
    assert query(data_dir, "select count(*) from ingest_log where source_file like '%sneaky%'")[0][0] == 0


def test_bad_files_are_quarantined_with_a_reason_and_the_rest_publishes(prefect_api, landing, data_dir):
    (landing / "liaoyuan-daily" / "empty.txt").write_bytes(b"")
    (landing / "liaoyuan-daily" / "scan.pdf.txt").write_bytes(bytes(range(256)) * 8)
    summary = execute(settings_for(landing, data_dir))
    assert summary.status == "completed" and summary.files_loaded == 3 and summary.files_quarantined == 2
    reasons = dict(query(data_dir, "select source_file, reason from ingest_log where status = 'quarantined'"))
    assert "empty file" in reasons["liaoyuan-daily/empty.txt"]
    assert "binary" in reasons["liaoyuan-daily/scan.pdf.txt"]
    kept = data_dir / "quarantine" / summary.run_id / "liaoyuan-daily" / "empty.txt"
    assert kept.exists()
    doc = json.loads(kept.with_name("empty.txt.reason.json").read_text(encoding="utf-8"))
    assert doc["source_file"] == "liaoyuan-daily/empty.txt" and "empty file" in json.dumps(doc, ensure_ascii=False)


def test_too_many_quarantined_files_fail_the_run_and_publish_nothing(prefect_api, tmp_path, data_dir):
    landing = tmp_path / "bad-night"
    landing.mkdir()
    shutil.copy2(next(Path(__file__).resolve().parents[2].glob("samples/liaoyuan-daily/002_*.txt")), landing / "good.txt")
    (landing / "a.txt").write_bytes(b"")
    (landing / "b.txt").write_bytes(b"\x00" * 100)
    summary = execute(settings_for(landing, data_dir))
    assert summary.status == "failed" and not summary.ok and "threshold" in summary.message
    assert query(data_dir, "select count(*) from issues")[0][0] == 0
    assert query(data_dir, "select count(*) from ingest_log")[0][0] == 0  # ledger not advanced
    assert query(data_dir, "select status from runs")[0][0] == "failed"


def test_retry_quarantined_publishes_a_file_after_a_fix(prefect_api, landing, data_dir, monkeypatch):
    import transforms.parse as parse_mod
    from transforms.model import Rejection

    real = parse_mod.parse_part

    def buggy(data, *, source_file, **kwargs):  # a parser bug that rejects one good file
        if source_file.endswith(tuple(p.name for p in (landing / "liaoyuan-daily").glob("004_*.txt"))):
            return Rejection("parser bug", "simulated")
        return real(data, source_file=source_file, **kwargs)

    monkeypatch.setattr(parse_mod, "parse_part", buggy)
    first = execute(settings_for(landing, data_dir))
    assert first.files_quarantined == 1
    monkeypatch.setattr(parse_mod, "parse_part", real)  # the fix is deployed
    assert execute(settings_for(landing, data_dir)).status == "nothing new"  # not retried unasked
    retried = execute(settings_for(landing, data_dir, retry_quarantined=True))
    assert retried.files_loaded == 1
    assert query(data_dir, "select count(*) from issues")[0][0] == 3
    assert query(data_dir, "select count(*) from ingest_log where status = 'quarantined'")[0][0] == 0


def test_dq_results_keep_the_history_of_runs(prefect_api, landing, data_dir):
    first = execute(settings_for(landing, data_dir))
    path = next((landing / "liaoyuan-daily").glob("000_*.txt"))
    shutil.copy2(path, landing / "liaoyuan-daily" / "2019-06-01.txt")
    path.unlink()
    (landing / "liaoyuan-daily" / "2019-06-01.txt").write_text(
        (landing / "liaoyuan-daily" / "2019-06-01.txt").read_text(encoding="utf-8") + "\n\n本报讯 新的一段文字。\n",
        encoding="utf-8",
    )
    second = execute(settings_for(landing, data_dir))
    assert second.files_loaded == 1
    runs = {r for (r,) in query(data_dir, "select distinct run_id from dq_results")}
    assert {first.run_id, second.run_id} <= runs


HOLD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from flows.lock import run_lock
    with run_lock(Path(sys.argv[1])):
        print("holding", flush=True)
        time.sleep(120)
    """
)


def test_second_concurrent_run_is_refused(landing, data_dir):
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(data_dir)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        baozhi = Path(sys.executable).with_name("baozhi")
        second = subprocess.run(
            [str(baozhi), "run", "--landing", str(landing), "--data", str(data_dir)],
            capture_output=True, text=True, timeout=120,
        )
    finally:
        holder.kill()
        holder.wait()
    assert second.returncode == 2
    assert "another baozhi run is already working on" in second.stderr
    assert not (data_dir / "warehouse.duckdb").exists()


def test_serve_deployment_carries_cron_timezone_and_no_overlap(prefect_api, landing, data_dir):
    from flows.deployment import nightly_deployment
    from flows.nightly import nightly

    settings = settings_for(landing, data_dir, cron="15 3 * * *", timezone="Asia/Shanghai")
    dep = nightly_deployment(settings)
    schedule = dep.schedules[0].schedule
    assert (schedule.cron, schedule.timezone) == ("15 3 * * *", "Asia/Shanghai")
    assert dep.name == "nightly"
    assert getattr(dep.concurrency_limit, "limit", dep.concurrency_limit) == 1
    # a scheduled run gets the same settings back (JSON parameters coerced to Settings)
    assert nightly.validate_parameters(dep.parameters)["settings"] == settings.with_overrides(progress=False)


def test_default_schedule_is_0230_shanghai():
    s = load(environ={})
    assert (s.cron, s.timezone) == ("30 2 * * *", "Asia/Shanghai")


def test_samples_feed_every_analyst_view_and_search(prefect_api, landing, data_dir):
    execute(settings_for(landing, data_dir))
    # the samples hold no reprint, so v_reprints is legitimately empty on them (tested on fixtures)
    for view in ("v_issue_daily", "v_person_mentions_monthly", "v_place_mentions_monthly",
                 "v_org_mentions_monthly", "v_keyword_trends_monthly", "v_genre_mix_monthly",
                 "v_reporter_output_monthly", "v_calendar"):
        assert query(data_dir, f"select count(*) from {view}")[0][0] > 0, view
    top = query(data_dir, "select concat_ws(' ', a.kicker, a.headline, a.body) from search_articles('柴伟') s "
                          "join articles a using (article_id) order by s.score desc limit 1")[0][0]
    assert top.count("柴伟") >= 3  # an article about him, not one that names him in passing
    people = dict(query(data_dir, "select entity, role from entities where entity_type = 'person' and entity = '柴伟'"))
    assert people["柴伟"] == "市委书记"
    reporters = {e for (e,) in query(data_dir, "select entity from entities where entity_type = 'reporter'")}
    places = {e for (e,) in query(data_dir, "select entity from entities where entity_type = 'place'")}
    assert "王茵" in reporters and {"辽源", "东辽县", "绍兴"} <= places


def test_two_files_of_one_issue_in_one_night_the_later_by_name_wins(prefect_api, tmp_path, data_dir):
    """Two deliveries of the same issue (same paper and date, no page) arriving together: the
    later by name loads, the first is `replaced` with a reason, and no row of it reaches any table.
    (Until issues were assembled from pages, the first loaded and the second was quarantined.)"""
    landing = tmp_path / "landing"
    landing.mkdir()
    dated = next(p for p in sorted(Path("samples/liaoyuan-daily").glob("*.txt")) if "2021" in p.read_text("utf-8")[:200])
    text = dated.read_text("utf-8")
    (landing / "a.txt").write_text(text + "\n\n补记：本版另有一段说明文字，只在第一个文件里。\n", "utf-8")
    (landing / "b.txt").write_text(text, "utf-8")
    summary = execute(settings_for(landing, data_dir))
    assert (summary.files_loaded, summary.files_quarantined, summary.files_replaced) == (1, 0, 1), summary.render()
    second = hashlib.sha256((landing / "b.txt").read_bytes()).hexdigest()
    assert query(data_dir, "select source_file from issues") == [("b.txt",)]
    for table in ("issues", "articles", "tokens", "entities", "keywords"):
        shas = query(data_dir, f"select distinct source_sha256 from {table}")
        assert shas == [(second,)], table
    assert query(data_dir, "select count(*) from articles where body like '%只在第一个文件里%'")[0][0] == 0
    assert query(data_dir, "select status, reason from ingest_log where source_file = 'a.txt'") == [
        ("replaced", "b.txt, a later file of the whole issue, was delivered the same night")]


def _inject_bug(monkeypatch, only: str | None = None):
    """A bug in one parser stage (the masthead reader) for files whose text holds ``only``."""
    import transforms.parse as parse_mod

    real = parse_mod.read_masthead

    def broken_masthead(lines, *args, **kwargs):
        if only is None or any(only in line for line in lines):
            raise ZeroDivisionError("injected bug")
        return real(lines, *args, **kwargs)

    monkeypatch.setattr(parse_mod, "read_masthead", broken_masthead)
    return lambda: monkeypatch.setattr(parse_mod, "read_masthead", real)


def test_a_bug_in_a_parser_stage_fails_the_file_loudly_and_the_next_run_retries_it(
    prefect_api, landing, data_dir, monkeypatch
):
    import logging

    from flows.status import render_status

    fix = _inject_bug(monkeypatch, only="总第8353期")  # sample 002 only
    run_log: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = run_log.append  # Prefect's flow-run logger: the console, and a Prefect server's log
    logging.getLogger("prefect.flow_runs").addHandler(handler)
    try:
        first = execute(settings_for(landing, data_dir))
    finally:
        logging.getLogger("prefect.flow_runs").removeHandler(handler)
    assert first.status == "completed", first.render()
    assert (first.files_loaded, first.files_failed, first.files_quarantined) == (2, 1, 0)
    (name, reason), = first.failed
    assert name.startswith("liaoyuan-daily/002_") and reason == "internal error: ZeroDivisionError: injected bug"
    assert "a bug of ours" in first.render()
    # the run log has the whole traceback, down to the failing stage
    logged = "\n".join(r.getMessage() for r in run_log if r.levelno >= logging.ERROR)
    assert "Traceback (most recent call last)" in logged and "broken_masthead" in logged and name in logged
    # the ledger and `baozhi status` too; nothing was quarantined as if the file were bad
    (status, ledger_reason), = query(data_dir, "select status, reason from ingest_log where source_file = ?", [name])
    assert status == "failed" and "Traceback" in ledger_reason and "broken_masthead" in ledger_reason
    shown = render_status(settings_for(landing, data_dir))
    assert "failed (a bug of ours" in shown and "broken_masthead" in shown and "ZeroDivisionError" in shown
    assert not (data_dir / "quarantine").exists()
    assert query(data_dir, "select count(*) from issues")[0][0] == 2

    fix()  # the bug is fixed: the next run retries the failed file on its own (no flag)
    second = execute(settings_for(landing, data_dir))
    assert (second.files_new, second.files_loaded, second.files_failed) == (1, 1, 0), second.render()
    assert query(data_dir, "select count(*) from issues")[0][0] == 3
    assert query(data_dir, "select status from ingest_log where source_file = ?", [name]) == [("loaded",)]
    assert "failed (a bug" not in render_status(settings_for(landing, data_dir))


def test_a_night_that_fails_on_our_bug_still_records_the_tracebacks(prefect_api, landing, data_dir, monkeypatch):
    _inject_bug(monkeypatch)  # every file
    summary = execute(settings_for(landing, data_dir))
    assert summary.status == "failed" and summary.files_failed == 3
    assert query(data_dir, "select count(*) from issues")[0][0] == 0  # nothing of the night published
    rows = query(data_dir, "select status, reason from ingest_log")
    assert len(rows) == 3 and all(st == "failed" and "Traceback" in r for st, r in rows)



def test_prefect_does_not_walk_the_corpus_statistics(prefect_api, landing, data_dir, monkeypatch):
    """The words' document counts reach the parse task as one Arrow table: Prefect looks for
    futures in a task's parameters element by element, twice per task run, and the counts grow with
    the archive (105,198 words at 10 years). The worker still gets every count."""
    import prefect.utilities.collections as collections
    import pyarrow as pa

    from flows import work
    from warehouse.store import Warehouse

    visit, doc_freq_of, walked, given = collections.visit_collection, work.doc_freq_of, [], []

    def watching(expr, *args, **kwargs):  # Prefect's walk calls itself through the module's name
        if isinstance(expr, str) and expr == "哨兵词":
            walked.append(expr)
        return visit(expr, *args, **kwargs)

    def kept(table):
        given.append(doc_freq_of(table))
        return given[-1]

    counts = pa.table({"token": ["哨兵词", "辽源"], "df": [1, 2]})
    monkeypatch.setattr(collections, "visit_collection", watching)
    monkeypatch.setattr(work, "doc_freq_of", kept)
    monkeypatch.setattr(Warehouse, "doc_freq", lambda wh: (2, counts))
    summary = execute(settings_for(landing, data_dir))
    assert summary.status == "completed" and summary.files_loaded == 3, summary.render()
    assert walked == []
    assert given and all(g == {"哨兵词": 1, "辽源": 2} for g in given)
