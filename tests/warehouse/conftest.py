"""Fixtures: a fresh warehouse in tmp_path and helpers to publish the hand-built issues."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.warehouse import fixtures
from warehouse.rows import concat, issue_tables
from warehouse.store import Warehouse


def publish(wh: Warehouse, deliveries, run_id: str, *, version: str = "test-1", replace=()) -> None:
    """One run: write every delivery as one batch, log the files, commit."""
    wh.recover()
    txn = wh.begin(run_id, version)
    tables = [issue_tables(p, lang, source_file=f, source_sha256=s, run_id=run_id, pipeline_version=version)
              for p, lang, f, s in deliveries]
    if tables:
        txn.write(concat(tables))
    txn.replace_issues(replace)
    txn.log_files([{"source_file": f, "source_sha256": s, "bytes": 100, "status": "loaded",
                    "issue_id": p.issue_id} for p, _, f, s in deliveries])
    txn.commit({"status": "ok", "files_seen": len(deliveries), "files_loaded": len(deliveries),
                "started_at": dt.datetime(2024, 1, 1, 2, 30)})


@pytest.fixture
def fresh_warehouse(tmp_path: Path) -> Warehouse:
    return Warehouse(tmp_path / "data")


@pytest.fixture
def loaded_warehouse(fresh_warehouse: Warehouse) -> Warehouse:
    """The three fixture issues published in one run."""
    publish(fresh_warehouse, [fixtures.delivery(f) for f in fixtures.ALL], "run-1")
    return fresh_warehouse
