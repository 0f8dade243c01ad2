"""Second processes for the publishing tests: ``python -m tests.warehouse.child MODE DATA``.

writer modes publish fixture issue three onto DATA and die at a chosen moment by SIGKILL
(a real kill -9, from the inside so the moment is exact):
  slow-staging         stage batches forever, printing "staged" after the first (the parent kills)
  kill-in-commit       die after the commit's first new lake file, before the manifest
  kill-after-manifest  die after the manifest commit, before the catalog swap
  publish              publish normally
reader mode holds warehouse.duckdb open read-only: prints the article count, waits for a line
on stdin, prints the count again on the same connection, then on a new one.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import duckdb

from tests.warehouse import fixtures
from warehouse import catalog, lake
from warehouse.rows import issue_tables
from warehouse.store import Warehouse


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def tables(run_id: str):
    parsed, lang, f, s = fixtures.delivery(fixtures.issue_three)
    return issue_tables(parsed, lang, source_file=f, source_sha256=s, run_id=run_id, pipeline_version="test-1")


def writer(mode: str, data: Path) -> None:
    wh = Warehouse(data)
    wh.recover()
    txn = wh.begin(f"child-{mode}", "test-1")
    if mode == "slow-staging":
        while True:
            txn.write(tables(txn.run_id))
            print("staged", flush=True)
            time.sleep(0.05)
    txn.write(tables(txn.run_id))
    if mode == "kill-in-commit":
        real, calls = lake.write_parquet, []

        def write_then_die(path, *args, **kwargs):
            if lake.STAGING not in Path(path).parts:
                calls.append(path)
                if len(calls) == 2:
                    die()
            return real(path, *args, **kwargs)

        lake.write_parquet = write_then_die
    elif mode == "kill-after-manifest":
        catalog.build = lambda *args, **kwargs: die()
    txn.commit({"status": "ok"})


def reader(data: Path) -> None:
    path = str(data / "warehouse.duckdb")
    con = duckdb.connect(path, read_only=True)
    count = "select count(*) from articles"
    print(con.execute(count).fetchone()[0], flush=True)
    sys.stdin.readline()
    print(con.execute(count).fetchone()[0], flush=True)
    con.close()
    print(duckdb.connect(path, read_only=True).execute(count).fetchone()[0], flush=True)


if __name__ == "__main__":
    mode, data = sys.argv[1], Path(sys.argv[2])
    reader(data) if mode == "reader" else writer(mode, data)
