"""The warehouse the flow writes to: a Parquet lake (the truth) plus a DuckDB catalog over it.

Publishing is copy-on-write. A transaction stages batches as Parquet under ``lake/_staging``;
``commit`` turns them into new immutable lake files, rewrites the few live files that hold
replaced issues, compacts busy year partitions, updates term statistics and then replaces
``lake/_current.json`` in one rename: the commit point. The catalog (``warehouse.duckdb``, views
over the live files) is rebuilt beside the old one and swapped in, so readers holding the old
file keep their snapshot. Files that stop being live are retired and deleted after ``grace``.
A run killed anywhere leaves files nobody references; ``recover()`` deletes them and, if the
kill fell between the manifest and the catalog swap, rebuilds the catalog.
"""

from __future__ import annotations

import copy
import datetime as dt
import shutil
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from warehouse import catalog, lake as lk
from warehouse.publish import LakePolicy, Publisher, Staged
from warehouse.rows import event_table
from warehouse.schema import ISSUE_TABLES, LOG_TABLES, SCHEMAS, conform


KNOWN_ISSUE_COLUMNS = ("issue_id", "paper", "issue_date", "issue_number", "source_file", "source_sha256")


class Warehouse:
    """The lake under ``data_dir/lake`` and the catalog ``data_dir/warehouse.duckdb``."""

    def __init__(self, data_dir: Path, *, grace: dt.timedelta = LakePolicy.grace,
                 compact_files: int = LakePolicy.compact_files, compact_max_rows: int = LakePolicy.compact_max_rows):
        self.data_dir = Path(data_dir).resolve()
        self.lake = self.data_dir / "lake"
        self.catalog_path = self.data_dir / "warehouse.duckdb"
        self.policy = LakePolicy(grace, compact_files, compact_max_rows)

    # -- state -------------------------------------------------------------------------------
    def manifest(self) -> dict:
        return lk.load_manifest(self.lake)

    def recover(self) -> None:
        """Finish or undo whatever a killed run left; call at run start, holding the run lock."""
        manifest = self.manifest()
        shutil.rmtree(self.lake / lk.STAGING, ignore_errors=True)
        (self.lake / (lk.MANIFEST + ".tmp")).unlink(missing_ok=True)
        known = {e["path"] for entries in manifest["tables"].values() for e in entries}
        known |= {r["path"] for r in manifest["retired"]}
        if self.lake.exists():
            for path in self.lake.rglob("*.parquet"):
                rel = path.relative_to(self.lake).as_posix()
                if rel.startswith("_schema/"):
                    continue
                if rel not in known:  # written by a run that never committed
                    path.unlink()
        # A warehouse that never committed has no catalog to bring up to date: its first commit
        # builds one (and so does `baozhi rebuild`). Building an empty one here cost ~0.5 s of CPU
        # before a first run could start Prefect.
        if manifest["generation"] and catalog.generation_of(self.catalog_path) != manifest["generation"]:
            self.rebuild()

    def rebuild(self) -> None:
        """Rebuild ``warehouse.duckdb`` from the lake's manifest (``baozhi rebuild``)."""
        catalog.build(self.catalog_path, self.manifest(), self.lake)

    def query(self, sql_name: str, params: dict | None = None) -> pa.Table:
        """Run ``sql/queries/<sql_name>.sql`` against the live lake in an in-memory DuckDB."""
        sql = catalog.read_sql("queries", sql_name)
        with catalog.memory(self.manifest(), self.lake, catalog.tables_read_by(sql)) as con:
            return con.sql(sql, params=params or {}).to_arrow_table()

    def ledger(self) -> pa.Table:
        """Latest ingest_log row per (source_file, source_sha256)."""
        return self.query("ledger")

    def known_issues(self) -> pa.Table:
        """issue_id, paper, issue_date, issue_number, source_file, source_sha256 of live issues."""
        if not self.manifest()["generation"]:
            # Never committed: no issue, and no in-memory catalog to learn it (~0.1 s of a first
            # run's flow, after its API answered). The same columns as the query's (tested).
            return SCHEMAS["issues"].empty_table().select(KNOWN_ISSUE_COLUMNS)
        return self.query("known_issues")

    def live_deliveries(self) -> pa.Table:
        """issue_id, source_file, source_sha256, page of every file a live issue was assembled from."""
        return self.query("live_deliveries")

    def delivery_contents(self, issue_ids: Iterable[str]) -> pa.Table:
        """The same with ``content`` (the bytes) and ``run_id``, for the given issues only."""
        return self.query("delivery_contents", {"issue_ids": sorted(set(issue_ids))})

    def doc_freq(self) -> tuple[int, pa.Table | None]:
        """(number of articles, the doc_freq table: token, number of articles containing it), the
        table None while there is none."""
        manifest = self.manifest()
        entries = manifest["tables"]["doc_freq"]
        if not entries:
            return manifest["n_docs"], None
        return manifest["n_docs"], pq.read_table(self.lake / entries[0]["path"], columns=["token", "df"])

    def daily_article_counts(self, paper: str, until: dt.date, days: int = 30) -> list[int]:
        """Articles per issue date of ``paper`` in the ``days`` days ending with ``until``
        (inclusive), oldest first; days without an issue are left out, not counted as 0."""
        result = self.query("daily_article_counts", {"paper": paper, "until": until, "days": days})
        return result["n_articles"].to_pylist()

    def begin(self, run_id: str, pipeline_version: str) -> Transaction:
        return Transaction(self, run_id, pipeline_version)


class Transaction:
    """One run's changes; nothing is visible until ``commit``. Usable as a context manager."""

    def __init__(self, warehouse: Warehouse, run_id: str, pipeline_version: str):
        self.wh = warehouse
        self.lake = warehouse.lake
        self.run_id = run_id
        self.pipeline_version = pipeline_version
        self.base = warehouse.manifest()
        self.generation = self.base["generation"] + 1
        self.tag = lk.run_tag(run_id)
        self.started = lk.now_utc()
        self.stage = self.lake / lk.STAGING / self.tag
        shutil.rmtree(self.stage, ignore_errors=True)
        self.stage.mkdir(parents=True)
        self.batches = 0
        self.staged: dict[tuple[str, int | None], list[lk.StagedFile]] = {}  # (table, year) -> files, oldest first
        self._open: dict[tuple[str, int | None], lk.StagedFile] = {}  # still appended to, least recent first
        self.issue_batch: dict[str, int] = {}  # last batch that wrote an issue wins
        self.issue_info: dict[str, tuple[int | None, str, str]] = {}  # year, sha256, pipeline_version
        self.replaced: set[str] = set()
        self.logs: dict[str, list[str]] = {name: [] for name in LOG_TABLES}
        self.closed = False
        self._n = 0
        self._term_parts: list[pa.Table] = []  # per batch: token -> articles containing it
        self._rewritten = False  # an issue staged twice: the running counts would double it

    def __enter__(self) -> Transaction:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if not self.closed:
            self.abort()

    # -- staging ---------------------------------------------------------------------------
    def _next_name(self) -> str:
        self._n += 1
        return f"{self._n:06d}.parquet"

    def write(self, tables: dict[str, pa.Table]) -> None:
        """Stage a batch of issue tables: appended to this run's open staging files, one per
        (table, year); only a few MB of small tables stay buffered in memory."""
        self._check_open()
        batch = self.batches
        self.batches += 1
        issues = conform("issues", tables["issues"])
        stamped = pc.fill_null(issues["loaded_at"], pa.scalar(self.started, SCHEMAS["issues"].field("loaded_at").type))
        issues = issues.set_column(issues.schema.get_field_index("loaded_at"), "loaded_at", stamped)
        by_year: dict[int | None, list[str]] = {}
        rows = issues.select(["issue_id", "year", "source_sha256", "pipeline_version"]).to_pylist()
        if any(row["issue_id"] in self.issue_batch for row in rows):
            # An issue staged a second time: its new rows go to new files, so that no staged file
            # holds two versions of one issue and the commit can tell them apart by file.
            self._rewritten = True
            self._close_staging()
        for row in rows:
            self.issue_batch[row["issue_id"]] = batch
            self.issue_info[row["issue_id"]] = (row["year"], row["source_sha256"], row["pipeline_version"])
            by_year.setdefault(row["year"], []).append(row["issue_id"])
        for name in ISSUE_TABLES:
            table = issues if name == "issues" else conform(name, tables.get(name, SCHEMAS[name].empty_table()))
            if name == "tokens":
                given = tables.get(name)
                # article_id as given: the flow hands it over dictionary-encoded, and its codes
                # find the (token, article) pairs without hashing a string per token row.
                keys = given if given is not None and "article_id" in given.column_names else table
                self._count_terms(table["token"], keys["article_id"])
            for year, year_issues in by_year.items():
                in_year = pc.is_null(table["year"]) if year is None else pc.fill_null(pc.equal(table["year"], year), False)
                # A batch within one year (every batch of a nightly run, most of a backfill's) is
                # staged as it is: filtering copied it whole (~20-90 ms per 440 issues of tokens).
                part = table if len(by_year) == 1 and pc.all(in_year).as_py() else table.filter(in_year)
                self._staging_file(name, year).append(part, batch, year_issues)

    def _staging_file(self, table: str, year: int | None) -> lk.StagedFile:
        """The open staging file of (table, year); a backfill walks the years in order, so files
        of years left behind are closed (their buffers written) once two newer years are open."""
        key = (table, year)
        staged = self._open.pop(key, None)
        if staged is None:
            rel = f"{table}/{self._next_name()}"
            staged = lk.StagedFile(self.stage / rel, rel, table)
            self.staged.setdefault(key, []).append(staged)
            open_years = [k for k in self._open if k[0] == table]
            for old in open_years[: max(0, len(open_years) - 1)]:
                self._open.pop(old).close()
        self._open[key] = staged  # most recent last
        return staged

    def _close_staging(self) -> None:
        for staged in self._open.values():
            staged.close()
        self._open.clear()

    def _count_terms(self, token: pa.ChunkedArray, article_id: pa.ChunkedArray) -> None:
        """Add a staged batch's document frequencies (distinct articles per token) to the run's."""
        if len(token) == 0:
            return
        tokens = pa.table({"token": token, "article_id": article_id}).unify_dictionaries()
        pairs = tokens.group_by(["token", "article_id"]).aggregate([])
        self._term_parts.append(pairs.group_by("token").aggregate([("article_id", "count")])
                                .rename_columns(["token", "df"]))
        if len(self._term_parts) >= 16:  # keep it one vocabulary-sized table, not one per batch
            self._term_parts = [self._summed_terms()]

    def _summed_terms(self) -> pa.Table:
        both = pa.concat_tables(self._term_parts)
        return both.group_by("token").aggregate([("df", "sum")]).rename_columns(["token", "df"])

    def term_counts(self) -> pa.Table | None:
        """token -> number of staged articles containing it, or None when it can't be trusted
        (an issue staged twice in this run): the commit then counts from the staged files."""
        if self._rewritten or not self._term_parts:
            return None
        return self._summed_terms()

    def replace_issues(self, issue_ids: Iterable[str]) -> None:
        """Drop these issues' live rows at commit (issues written in this run are replaced anyway)."""
        self._check_open()
        self.replaced.update(issue_ids)

    def log_files(self, rows: list[dict]) -> None:
        """Append ingest_log events (source_file, source_sha256, bytes, status, reason, issue_id)."""
        self._check_open()
        if rows:
            self._stage_log("ingest_events", event_table(rows, run_id=self.run_id,
                                                          pipeline_version=self.pipeline_version, now=lk.now_utc()))

    def record_dq(self, table: pa.Table) -> None:
        """Append dq_results rows."""
        self._check_open()
        if table.num_rows:
            self._stage_log("dq_results", conform("dq_results", table))

    def _stage_log(self, name: str, table: pa.Table) -> None:
        rel = f"{name}/{self._next_name()}"
        lk.write_parquet(self.stage / rel, name, [table])
        self.logs[name].append(rel)

    def staged_value(self) -> Staged:
        """Everything this transaction staged, as one value for the commit (``Publisher``)."""
        return Staged(
            lake=self.lake, stage=self.stage, run_id=self.run_id, pipeline_version=self.pipeline_version,
            generation=self.generation, tag=self.tag, files=self.staged, issue_batch=dict(self.issue_batch),
            issue_info=dict(self.issue_info), replaced=frozenset(self.replaced), logs=self.logs,
            term_counts=self.term_counts(), policy=self.wh.policy,
        )

    def abort(self) -> None:
        """Forget everything staged; the warehouse stays as it was."""
        self._close_staging()
        shutil.rmtree(self.stage, ignore_errors=True)
        self.closed = True

    def _check_open(self) -> None:
        if self.closed:
            raise RuntimeError(f"transaction of run {self.run_id} is already closed")

    # -- commit ----------------------------------------------------------------------------
    def commit(self, run_row: dict) -> None:
        """Publish everything staged plus the runs row, atomically; then swap the catalog."""
        self._check_open()
        self._close_staging()
        current = self.wh.manifest()
        if current["generation"] != self.base["generation"]:
            raise RuntimeError(
                f"run {self.run_id}: the lake moved from generation {self.base['generation']} to "
                f"{current['generation']} during the run; is another writer running without the lock?"
            )
        manifest, expired = Publisher(self.staged_value(), copy.deepcopy(current)).publish(run_row)
        lk.save_manifest(self.lake, manifest)  # ---- the commit point ----
        self.closed = True
        catalog.build(self.wh.catalog_path, manifest, self.lake)
        shutil.rmtree(self.stage, ignore_errors=True)
        for rel in expired:
            (self.lake / rel).unlink(missing_ok=True)
