"""The flow on a Dask cluster gives the same warehouse as on the default process pool."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from baozhi import settings as settings_mod

# Columns that name or time the run, and so differ between any two runs of the same input.
RUN_COLUMNS = {"run_id", "loaded_at", "logged_at", "checked_at", "first_seen_at", "updated_at", "started_at",
               "finished_at", "committed_at", "generation", "pipeline_version"}
# Tables that describe the run rather than the content (one row per run; compared by counts only).
RUN_TABLES = {"_catalog", "runs"}


def table_contents(warehouse: Path) -> dict[str, list[tuple]]:
    """Every table and view of the catalog, rows sorted, run-specific columns left out."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        out = {}
        names = [r[0] for r in con.execute("select table_name from information_schema.tables order by 1").fetchall()]
        for name in names:
            if name in RUN_TABLES:
                out[name] = [(con.execute(f'select count(*) from "{name}"').fetchone()[0],)]
                continue
            cols = [
                c for (c, t) in con.execute(
                    "select column_name, data_type from information_schema.columns where table_name = ? "
                    "order by ordinal_position", [name]).fetchall()
                if c not in RUN_COLUMNS and not t.startswith("TIMESTAMP")
            ]
            select = ", ".join(f'"{c}"' for c in cols)
            out[name] = sorted(con.execute(f'select {select} from "{name}"').fetchall(), key=repr)
        return out
    finally:
        con.close()


def _run(landing: Path, data: Path, **overrides):
    from baozhi.commands.pipeline import execute

    return execute(settings_mod.load(landing=landing, data=data, workers=2, batch_size=1, **overrides))


@pytest.mark.slow
def test_dask_cluster_and_process_pool_give_identical_tables(prefect_api, landing, tmp_path):
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        on_dask = _run(landing, tmp_path / "dask", runner="dask", dask_address=cluster.scheduler_address)
    on_pool = _run(landing, tmp_path / "pool")
    assert on_dask.status == on_pool.status == "completed"
    assert on_dask.files_loaded == on_pool.files_loaded == 3

    dask_tables = table_contents(tmp_path / "dask" / "warehouse.duckdb")
    pool_tables = table_contents(tmp_path / "pool" / "warehouse.duckdb")
    assert set(dask_tables) == set(pool_tables)
    assert {"issues", "articles", "tokens", "entities", "keywords", "ingest_log"} <= set(pool_tables)
    assert len(pool_tables["tokens"]) > 1000 and len(pool_tables["articles"]) >= 10
    for name in pool_tables:
        assert dask_tables[name] == pool_tables[name], f"table {name} differs between Dask and the process pool"
