"""The DuckDB catalog: views over the live lake files, their comments, analyst views, macros.

``warehouse.duckdb`` holds no data, only SQL text naming Parquet files, so it is rebuilt in
well under a second whatever the archive's size, and it is built as a new file and renamed
over the old one: a reader holding the old file keeps its snapshot (its files are retired,
not deleted, for a grace period); a reader that reconnects sees the new night.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from warehouse import lake as lk
from warehouse.schema import ISSUE_TABLES, SCHEMAS

SQL_DIR = Path(__file__).parent / "sql"
# Storage format 64, readable by DuckDB 0.10 through 2.x; DuckDB 2.x's default format is not
# readable by the 1.x engines most BI drivers still embed. See warehouse/README.md.
STORAGE_VERSION = "v1.0.0"
# Order matters: a view may only name tables created before it.
TABLE_FILES = (*ISSUE_TABLES, "doc_freq", "ingest_events", "ingest_log", "runs", "dq_results")
FILES_PLACEHOLDER = "__FILES__"


def read_sql(kind: str, name: str) -> str:
    return (SQL_DIR / kind / f"{name}.sql").read_text(encoding="utf-8")


def sql_path_list(lake: Path, rel_paths: list[str]) -> str:
    """The one place file paths become SQL text (DDL cannot bind parameters).

    Every path must be one this package generated (``lake.LAKE_PATH``: table, year and
    ``<generation>-<run tag>-<n>.parquet``, nothing else), so no user text (file names,
    article text) can reach here; the lake directory itself is quoted as a SQL string literal
    (``'`` doubled), which is all a literal needs.
    """
    root = str(lake.resolve())
    if any(ch in root for ch in "\0\n\r"):
        raise ValueError(f"unusable data directory {root!r}")
    quoted = []
    for rel in rel_paths:
        if not lk.LAKE_PATH.match(rel):
            raise ValueError(f"refusing to put unexpected path {rel!r} into SQL")
        quoted.append("'" + f"{root}/{rel}".replace("'", "''") + "'")
    return "[" + ", ".join(quoted) + "]"


def _schema_file(lake: Path, table: str) -> str:
    """A zero-row file with the table's current columns (rewritten when the schema grew)."""
    rel = f"_schema/{table}.parquet"
    path = lake / rel
    if not path.exists() or not pq.read_schema(path).equals(SCHEMAS[table]):  # a column was added since
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{table}.{os.getpid()}.tmp")
        pq.write_table(SCHEMAS[table].empty_table(), tmp)
        os.replace(tmp, path)
    return rel


def create_views(con: duckdb.DuckDBPyConnection, manifest: dict, lake: Path) -> None:
    """Create every table view, analyst view and macro on ``con`` for the manifest's files."""
    for name in TABLE_FILES:
        sql = read_sql("tables", name)
        if FILES_PLACEHOLDER in sql:
            # The zero-row schema file is always listed: read_parquet needs one file for an empty
            # table, and with union_by_name it gives every column even when all live files were
            # written before the column was added (articles.quality_flags).
            files = [e["path"] for e in manifest["tables"][name]] + [_schema_file(lake, name)]
            sql = sql.replace(FILES_PLACEHOLDER, sql_path_list(lake, files))
        con.execute(sql)
    for kind in ("views", "macros"):
        for path in sorted((SQL_DIR / kind).glob("*.sql")):
            con.execute(path.read_text(encoding="utf-8"))


@contextmanager
def memory(manifest: dict, lake: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """An in-memory DuckDB with the catalog's views over the manifest's files."""
    con = duckdb.connect()
    try:
        create_views(con, manifest, lake)
        yield con
    finally:
        con.close()


def build(path: Path, manifest: dict, lake: Path) -> None:
    """Write the catalog for ``manifest`` beside ``path`` and rename it over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    for p in (tmp, tmp.with_name(tmp.name + ".wal")):
        p.unlink(missing_ok=True)
    con = duckdb.connect(str(tmp), config={"storage_compatibility_version": STORAGE_VERSION})
    try:
        create_views(con, manifest, lake)
        con.execute(read_sql("tables", "_catalog"))
        con.execute(
            "insert into _catalog values ($generation, $run_id, $pipeline_version, $committed_at, $lake)",
            {"generation": manifest["generation"], "run_id": manifest["run_id"],
             "pipeline_version": manifest["pipeline_version"], "committed_at": manifest["committed_at"],
             "lake": str(lake.resolve())},
        )
        con.execute("checkpoint")
    finally:
        con.close()
    lk.fsync(tmp)
    # A WAL left by someone who opened the catalog read-write would be replayed onto the new file.
    path.with_name(path.name + ".wal").unlink(missing_ok=True)
    os.replace(tmp, path)
    lk.fsync(path.parent)


def generation_of(path: Path) -> int | None:
    """The manifest generation a catalog file was built from; None if missing or unreadable."""
    if not path.exists():
        return None
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error:
        return None
    try:
        row = con.execute("select max(generation) from _catalog").fetchone()
        return None if row is None else row[0]
    except duckdb.Error:
        return None
    finally:
        con.close()
