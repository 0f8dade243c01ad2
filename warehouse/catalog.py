"""The DuckDB catalog: views over the live lake files, their comments, analyst views, macros.

``warehouse.duckdb`` holds no data, only SQL text naming Parquet files, so it is rebuilt in
well under a second whatever the archive's size, and it is built as a new file and renamed
over the old one: a reader holding the old file keeps its snapshot (its files are retired,
not deleted, for a grace period); a reader that reconnects sees the new night.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable, Iterator
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
# Names of the analyst views and macros (one file each); a query naming one needs the whole catalog.
_CATALOG_EXTRAS = frozenset(path.stem for kind in ("views", "macros") for path in (SQL_DIR / kind).glob("*.sql"))
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_NOT_CODE = re.compile(r"--[^\n]*|'(?:[^']|'')*'")  # line comments and '…' literals ('' inside)


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


def create_views(con: duckdb.DuckDBPyConnection, manifest: dict, lake: Path,
                 tables: Iterable[str] | None = None) -> None:
    """Create every table view, analyst view and macro on ``con`` for the manifest's files; with
    ``tables``, only those tables' views (no analyst views or macros)."""
    wanted = TABLE_FILES if tables is None else [name for name in TABLE_FILES if name in set(tables)]
    for name in wanted:
        sql = read_sql("tables", name)
        if FILES_PLACEHOLDER in sql:
            # The zero-row schema file is always listed: read_parquet needs one file for an empty
            # table, and with union_by_name it gives every column even when all live files were
            # written before the column was added (articles.quality_flags).
            files = [e["path"] for e in manifest["tables"][name]] + [_schema_file(lake, name)]
            sql = sql.replace(FILES_PLACEHOLDER, sql_path_list(lake, files))
        con.execute(sql)
    if tables is not None:
        return
    for kind in ("views", "macros"):
        for path in sorted((SQL_DIR / kind).glob("*.sql")):
            con.execute(path.read_text(encoding="utf-8"))


def tables_read_by(sql: str) -> frozenset[str] | None:
    """The lake tables a query names, or None when it needs the whole catalog: it names an
    analyst view or a macro, or looks at the catalog itself (``duckdb_views()``,
    ``information_schema``). Creating a view binds it (DuckDB reads its files' footers), so a
    query that reads only ``ingest_log`` (the ledger: every run's first question) need not pay
    for all 21 views and macros: ~0.1 s a query, three queries before a run even starts."""
    words = _names_in(sql)
    if words & _CATALOG_EXTRAS or any(w.startswith("duckdb_") or w == "information_schema" for w in words):
        return None
    named = words & set(TABLE_FILES)
    while True:  # with the tables their own views read (ingest_log is a view over ingest_events)
        more = named | {t for name in named for t in _tables_named_by_table(name)}
        if more == named:
            return frozenset(named)
        named = more


@functools.cache
def _tables_named_by_table(name: str) -> frozenset[str]:
    return frozenset(_names_in(read_sql("tables", name)) & set(TABLE_FILES)) - {name}


def _names_in(sql: str) -> set[str]:
    """The words of ``sql`` outside its comments and string literals (a table's column comments
    name other tables: "…as in tokens.token")."""
    return set(_WORD.findall(_NOT_CODE.sub(" ", sql)))


@contextmanager
def memory(manifest: dict, lake: Path, tables: Iterable[str] | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """An in-memory DuckDB with the catalog's views over the manifest's files (only ``tables``'
    views when given: see :func:`tables_read_by`)."""
    con = duckdb.connect()
    try:
        create_views(con, manifest, lake, tables)
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
        # One transaction for the ~20 statements: committed one by one, each wrote and synced
        # its own WAL entry, half the build's CPU (0.15 -> 0.075 s on 440 issues of real news).
        con.execute("begin transaction")
        create_views(con, manifest, lake)
        con.execute(read_sql("tables", "_catalog"))
        con.execute(
            "insert into _catalog values ($generation, $run_id, $pipeline_version, $committed_at, $lake)",
            {"generation": manifest["generation"], "run_id": manifest["run_id"],
             "pipeline_version": manifest["pipeline_version"], "committed_at": manifest["committed_at"],
             "lake": str(lake.resolve())},
        )
        con.execute("commit")
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
