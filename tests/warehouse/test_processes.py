"""Real second processes: a reader holding the catalog open, writers killed with SIGKILL."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.warehouse import fixtures
from tests.warehouse.conftest import publish
from tests.warehouse.helpers import DATA_TABLES, VIEWS, snapshot
from warehouse.store import Warehouse

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def child(mode: str, data: Path, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.warehouse.child", mode, str(data)], cwd=REPO,
                            text=True, stdout=subprocess.PIPE, **kwargs)


@pytest.fixture
def two_issues(tmp_path) -> Warehouse:
    wh = Warehouse(tmp_path / "data")
    publish(wh, [fixtures.delivery(fixtures.issue_one), fixtures.delivery(fixtures.issue_two)], "base")
    return wh


@pytest.fixture
def expected(tmp_path) -> dict:
    """What the warehouse must hold once issue three is published: a clean run's result."""
    clean = Warehouse(tmp_path / "clean")
    publish(clean, [fixtures.delivery(fixtures.issue_one), fixtures.delivery(fixtures.issue_two)], "base")
    publish(clean, [fixtures.delivery(fixtures.issue_three)], "three")
    return snapshot(clean.catalog_path, DATA_TABLES + VIEWS, lineage=False)


def test_reader_keeps_its_snapshot_while_a_run_publishes(two_issues):
    reader = child("reader", two_issues.data_dir, stdin=subprocess.PIPE)
    try:
        assert reader.stdout.readline().strip() == "5"
        publish(two_issues, [fixtures.delivery(fixtures.issue_three)], "night")  # must not block or fail
        reader.stdin.write("go\n")
        reader.stdin.flush()
        assert reader.stdout.readline().strip() == "5", "same connection: the old snapshot"
        assert reader.stdout.readline().strip() == "7", "new connection: the new night"
        assert reader.wait(timeout=30) == 0
    finally:
        reader.kill()


def rerun_and_check(wh: Warehouse, before: dict, expected: dict) -> None:
    assert snapshot(wh.catalog_path, DATA_TABLES + VIEWS) == before, "the kill changed the warehouse"
    done = child("publish", wh.data_dir)
    assert done.wait(timeout=60) == 0
    assert snapshot(wh.catalog_path, DATA_TABLES + VIEWS, lineage=False) == expected
    live = {e["path"] for entries in wh.manifest()["tables"].values() for e in entries}
    live |= {r["path"] for r in wh.manifest()["retired"]}
    on_disk = {p.relative_to(wh.lake).as_posix() for p in wh.lake.rglob("*.parquet")}
    assert {p for p in on_disk if not p.startswith("_schema/")} == live, "orphans left behind"


def test_kill_during_staging(two_issues, expected):
    before = snapshot(two_issues.catalog_path, DATA_TABLES + VIEWS)
    writer = child("slow-staging", two_issues.data_dir)
    for _ in range(3):
        assert writer.stdout.readline().strip() == "staged"
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=10)
    assert (two_issues.lake / "_staging").exists()
    rerun_and_check(two_issues, before, expected)


def test_kill_while_writing_lake_files(two_issues, expected):
    before = snapshot(two_issues.catalog_path, DATA_TABLES + VIEWS)
    generation = two_issues.manifest()["generation"]
    writer = child("kill-in-commit", two_issues.data_dir)
    assert writer.wait(timeout=60) == -signal.SIGKILL
    assert two_issues.manifest()["generation"] == generation
    rerun_and_check(two_issues, before, expected)


def test_kill_between_manifest_and_catalog(two_issues, expected):
    before = snapshot(two_issues.catalog_path, DATA_TABLES + VIEWS)
    generation = two_issues.manifest()["generation"]
    writer = child("kill-after-manifest", two_issues.data_dir)
    assert writer.wait(timeout=60) == -signal.SIGKILL
    assert two_issues.manifest()["generation"] == generation + 1, "the run did commit"
    # Readers still see the previous catalog, whole; recover() (in the next run) catches up.
    assert snapshot(two_issues.catalog_path, DATA_TABLES + VIEWS) == before
    two_issues.recover()
    assert snapshot(two_issues.catalog_path, DATA_TABLES + VIEWS, lineage=False) == expected
    done = child("publish", two_issues.data_dir)  # the same file again: a no-op
    assert done.wait(timeout=60) == 0
    assert snapshot(two_issues.catalog_path, DATA_TABLES + VIEWS, lineage=False) == expected
