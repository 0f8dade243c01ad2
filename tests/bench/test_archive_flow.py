"""A generated 30-issue archive through the real flow, and the benchmark's measurements on it."""

from __future__ import annotations

import json

import duckdb
import pytest

from baozhi import settings as settings_mod
from bench import generate as G
from bench import run as R


@pytest.mark.slow
def test_a_generated_archive_loads_and_the_benchmark_measures_it(prefect_api, tmp_path):
    archive = G.generate(tmp_path / "landing", days=30, seed=11)
    settings = settings_mod.load(landing=archive.root, data=tmp_path / "data", workers=2, batch_size=8)

    backfill = R.run_flow(settings, "backfill")
    assert backfill.status == "completed"
    assert backfill.files_loaded == len(archive.good) == 28 and backfill.files_failed == 0
    assert backfill.files_quarantined == len(archive.broken) == 2
    assert backfill.stage_seconds["parse"] > 0 and backfill.stage_seconds["tokenize"] > 0
    assert backfill.peak_rss > 100 * 2**20 and 0 < backfill.peak_pss <= backfill.peak_rss

    con = duckdb.connect(str(settings.warehouse_path), read_only=True)
    loaded = {r[0] for r in con.execute("select issue_id from issues").fetchall()}
    con.close()
    assert loaded == {f"{f.paper}-{f.issue_date.isoformat()}" for f in archive.good}

    reasons = {}
    for doc in (settings.quarantine_dir).rglob("*.reason.json"):
        reasons[doc.name.removesuffix(".reason.json")] = json.dumps(json.loads(doc.read_text(encoding="utf-8")), ensure_ascii=False)
    broken = {f.source_file.rsplit("/", 1)[-1]: f.kinds[0] for f in archive.broken}
    assert set(reasons) == set(broken)
    for name, kind in broken.items():
        assert ("empty file" if kind == G.EMPTY else "binary content") in reasons[name]

    inc = R.measure_increment(settings, archive, years=0, seed=11)  # raises if the rerun parsed anything
    assert inc.noop.files_new == 0 and not inc.noop.stage_seconds.get("parse")
    assert inc.one.files_loaded == 1 and inc.one_seconds > 0

    base = R.run_baseline(archive, target_bytes=200_000)
    assert 150_000 <= base.bytes <= 300_000 and base.tokens > 10_000 and base.mb_per_s > 0

    text = R.render(R.Report(0, 1, 2, 8, len(archive.files), archive.bytes, 0.1, backfill, base, [inc]))
    for needle in ("MB/s", "issues/s", "peak memory", "jieba.posseg", "ratio", "increment", "parse"):
        assert needle in text


@pytest.mark.slow
def test_make_bench_measures_whole_processes_and_prints_every_figure(tmp_path):
    # `make bench`: backfill, one file, nothing new, one new issue, each a whole `baozhi run`
    # process (its own Prefect API), and plain jieba.posseg on the same text.
    from bench.realtext import render_text

    lines = []
    report = R.benchmark_processes(tmp_path / "b", days=6, seed=3, workers=2, log=lines.append)
    b = report.backfill
    assert b.status == "completed" and b.files_loaded + b.files_quarantined == 6
    assert report.one.files_loaded == 1 and report.noop.files_new == 0 and report.increment.files_loaded == 1
    assert b.cpu > report.noop.cpu > 0 and b.peak_pss > 50 * 2**20 and "start-up" in b.stage_seconds
    assert report.baseline is not None and report.baseline.tokens > 1000
    text = render_text(report)
    for needle in ("backfill", "stages", "peak memory", "PSS", "one file", "marginal", "jieba.posseg", "ratio",
                   "no-op", "increment", "CPU s/MB"):
        assert needle in text, needle
