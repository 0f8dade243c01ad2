"""The Parquet lake on disk: file naming, the ``_current.json`` manifest, durable writes.

The manifest is the single commit point: a Parquet file is live only if the manifest names
it. Files are immutable; a run writes new files, then replaces the manifest atomically.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from warehouse.layout import MANIFEST, STAGING  # noqa: F401  (lk.STAGING: the store stages there)
from warehouse.schema import ISSUE_TABLES, LOG_TABLES, SCHEMAS

NULL_YEAR = "__HIVE_DEFAULT_PARTITION__"  # the Hive spelling of a null partition value
ROW_GROUP_ROWS = 128_000

# Every path the lake ever names matches this; catalog.sql_path_list refuses anything else.
LAKE_PATH = re.compile(
    rf"^(?:(?:{'|'.join(ISSUE_TABLES)})/year=(?:\d{{4}}|{NULL_YEAR})"
    rf"|(?:{'|'.join(LOG_TABLES)})|_stats/doc_freq|_schema)"
    r"/[0-9A-Za-z_-]{1,80}\.parquet$"
)


def run_tag(run_id: str) -> str:
    """A file-name-safe, readable form of a run id: "2024-05-01T02:30 #7" -> "2024-05-01T02_30__7"."""
    return re.sub(r"[^0-9A-Za-z-]", "_", run_id)[:40] or "run"


def table_dir(table: str) -> str:
    return f"_stats/{table}" if table == "doc_freq" else table


def file_name(table: str, generation: int, tag: str, n: int, year: int | None = None) -> str:
    """Relative path of a new lake file, e.g. ``tokens/year=2021/000012-nightly-0.parquet``."""
    stem = f"{generation:06d}-{tag}-{n}.parquet"
    if table in ISSUE_TABLES:
        return f"{table}/year={NULL_YEAR if year is None else f'{year:04d}'}/{stem}"
    return f"{table_dir(table)}/{stem}"


def empty_manifest() -> dict:
    return {
        "format": 1,
        "generation": 0,
        "run_id": None,
        "pipeline_version": None,
        "committed_at": None,
        "n_docs": 0,
        # table -> [{"path", "year", "rows", "issues"}]; "issues" only for ISSUE_TABLES
        "tables": {name: [] for name in (*ISSUE_TABLES, *LOG_TABLES, "doc_freq")},
        # files no longer live but kept for readers of older catalogs: [{"path", "at"}]
        "retired": [],
    }


def load_manifest(lake: Path) -> dict:
    path = lake / MANIFEST
    if not path.exists():
        return empty_manifest()
    manifest = json.loads(path.read_text(encoding="utf-8"))
    for name in (*ISSUE_TABLES, *LOG_TABLES, "doc_freq"):
        manifest["tables"].setdefault(name, [])  # a table added since the lake was made
    for entries in manifest["tables"].values():
        for entry in entries:
            if not LAKE_PATH.match(entry["path"]):
                raise ValueError(f"{path}: unexpected file name {entry['path']!r}")
    return manifest


def save_manifest(lake: Path, manifest: dict) -> None:
    """Replace ``_current.json`` atomically: write a temp file, fsync it, rename, fsync the dir."""
    lake.mkdir(parents=True, exist_ok=True)
    tmp = lake / (MANIFEST + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, lake / MANIFEST)
    fsync(lake)


def fsync(path: Path) -> None:
    """Make a file's bytes, or a folder's entries (a rename into it), durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class ParquetSink:
    """Batches appended to one zstd Parquet file, buffered into row groups of up to
    ROW_GROUP_ROWS rows (or ``max_buffer_bytes``), so the file doesn't get tiny row groups and
    memory stays bounded by one row group whatever the input size."""

    def __init__(self, path: Path, table_name: str, *, max_buffer_bytes: int | None = None,
                 create_empty: bool = False):
        self.path = path
        self.schema = SCHEMAS[table_name]
        self.max_buffer_bytes = max_buffer_bytes
        self.rows = 0  # written so far
        self._writer: pq.ParquetWriter | None = None
        self._pending: list[pa.Table] = []
        self._buffered_rows = self._buffered_bytes = 0
        if create_empty:
            self._open()

    def append(self, batch: pa.RecordBatch | pa.Table) -> None:
        if batch.num_rows == 0:
            return
        self._pending.append(batch if isinstance(batch, pa.Table) else pa.Table.from_batches([batch]))
        self._buffered_rows += batch.num_rows
        self._buffered_bytes += batch.nbytes
        if self._buffered_rows >= ROW_GROUP_ROWS or (
            self.max_buffer_bytes is not None and self._buffered_bytes >= self.max_buffer_bytes
        ):
            self._flush()

    def close(self) -> None:
        """Write what is buffered and make the file durable (no file if nothing was ever written
        and ``create_empty`` was not asked for)."""
        self._flush()
        if self._writer is not None:
            self._writer.close()
            self._writer = None
            fsync(self.path)

    def _open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._writer = pq.ParquetWriter(self.path, self.schema, compression="zstd", write_statistics=True)

    def _flush(self) -> None:
        if not self._pending:
            return
        if self._writer is None:
            self._open()
        self._writer.write_table(pa.concat_tables(self._pending).cast(self.schema), row_group_size=ROW_GROUP_ROWS)
        self.rows += self._buffered_rows
        self._pending, self._buffered_rows, self._buffered_bytes = [], 0, 0


def write_parquet(path: Path, table_name: str, batches: Iterable[pa.RecordBatch | pa.Table]) -> int:
    """Stream ``batches`` into one zstd Parquet file at ``path`` (created even when empty);
    returns the row count."""
    sink = ParquetSink(path, table_name, create_empty=True)
    try:
        for batch in batches:
            sink.append(batch)
    finally:
        sink.close()
    return sink.rows


# A staged file flushes its buffered batches as one row group at ROW_GROUP_ROWS rows or this
# many bytes, whichever comes first: 25 issues' articles are ~0.7 MB, so ~6 batches a row group.
STAGE_BUFFER_BYTES = 4 * 2**20


class StagedFile:
    """A lake file in the making: one (table, year) of a run, appended batch by batch.

    Written with the lake's own settings (zstd, row groups up to ROW_GROUP_ROWS), so a commit
    whose staged rows are all still wanted renames the file into the lake instead of copying it:
    a 10-year backfill no longer re-reads and re-writes its whole output at the end.
    """

    def __init__(self, path: Path, rel: str, table_name: str):
        self.path, self.rel = path, rel
        self.issues: set[str] = set()
        self.batches: set[int] = set()
        self._sink = ParquetSink(path, table_name, max_buffer_bytes=STAGE_BUFFER_BYTES)
        self.closed = False

    @property
    def rows(self) -> int:
        return self._sink.rows

    def append(self, table: pa.Table, batch: int, issue_ids: Iterable[str]) -> None:
        if self.closed:
            raise RuntimeError(f"staged file {self.rel} is already closed")
        self.issues.update(issue_ids)
        self.batches.add(batch)
        self._sink.append(table)

    def close(self) -> None:
        """Write what is buffered and make the file durable; a file with no rows is never created."""
        if not self.closed:
            self._sink.close()
            self.closed = True


def scan(lake: Path, paths: list[str], table_name: str, *, drop_issues: set[str] | None = None,
         columns: list[str] | None = None) -> Iterator[pa.RecordBatch]:
    """Stream the rows of lake files, leaving out the issues in ``drop_issues``."""
    if not paths:
        return
    import pyarrow.dataset as ds  # here: it imports pandas (~0.3 s), which a run's check never needs

    dataset = ds.dataset([str(lake / p) for p in paths], schema=SCHEMAS[table_name], format="parquet")
    flt = None
    if drop_issues:
        flt = ~ds.field("issue_id").isin(pa.array(sorted(drop_issues), pa.string()))
    yield from dataset.to_batches(columns=columns, filter=flt, batch_size=64_000)


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)
