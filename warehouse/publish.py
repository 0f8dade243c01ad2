"""The steps of a commit before its commit point: every file it writes is new and unreferenced
until the manifest names it, so a kill at any line here leaves only orphans for ``recover()``.

The transaction hands over what it staged as one value (:class:`Staged`); this module never
sees a transaction, and ``store`` imports it, not the other way round.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from warehouse import lake as lk
from warehouse.rows import run_table
from warehouse.schema import ISSUE_TABLES, LOG_TABLES, SCHEMAS


@dataclass(frozen=True)
class LakePolicy:
    """How long retired files are kept for readers, and when small files are compacted."""

    grace: dt.timedelta = dt.timedelta(hours=24)
    # A year partition (or a log table) with more than ``compact_files`` files smaller than
    # ``compact_max_rows`` rows has those merged into one: nightly cost bounded by a year.
    compact_files: int = 16
    compact_max_rows: int = 2_000_000


@dataclass(frozen=True)
class Staged:
    """What one transaction staged, as its commit needs it."""

    lake: Path
    stage: Path  # the run's staging folder
    run_id: str
    pipeline_version: str
    generation: int  # the generation this commit creates
    tag: str  # file-name-safe run id
    files: Mapping[tuple[str, int | None], list[lk.StagedFile]]  # (table, year) -> staged files, oldest first
    issue_batch: Mapping[str, int]  # issue_id -> last batch that wrote it (that version wins)
    issue_info: Mapping[str, tuple[int | None, str, str]]  # issue_id -> (year, sha256, pipeline_version)
    replaced: frozenset[str]  # issue ids whose live rows go
    logs: Mapping[str, list[str]]  # log table -> staged files (relative to ``stage``)
    term_counts: pa.Table | None  # token -> staged articles containing it; None: count from the files
    policy: LakePolicy = LakePolicy()


class Publisher:
    """Builds the next manifest from what a transaction staged, writing the new lake files on the way."""

    def __init__(self, staged: Staged, manifest: dict):
        self.txn = staged
        self.lake = staged.lake
        self.m = manifest
        self.now = lk.now_utc()
        self.retiring: list[str] = []
        self.added: dict[str, list[str]] = {name: [] for name in ISSUE_TABLES}  # new files per table
        self.removed_from: dict[str, list[str]] = {name: [] for name in ISSUE_TABLES}  # old files losing rows
        self._n = 0

    def _new_path(self, table: str, year: int | None = None) -> str:
        self._n += 1
        return lk.file_name(table, self.txn.generation, self.txn.tag, self._n, year)

    def publish(self, run_row: dict) -> tuple[dict, list[str]]:
        """(next manifest, retired files whose grace is over and may be deleted after the commit)."""
        txn = self.txn
        live = live_issue_versions(self.lake, self.m)
        # A rerun of an unchanged file (same bytes, same pipeline) is a no-op for its issue:
        # not rewriting keeps reruns from touching the lake at all.
        unchanged = {
            iid for iid, (_, sha, pv) in txn.issue_info.items() if live.get(iid) == (sha, pv)
        }
        self.add = set(txn.issue_batch) - unchanged
        self.unchanged = unchanged
        self.drop = ((txn.replaced | self.add) - unchanged) & set(live)
        issues_before = len(live)

        self._remove_dropped()
        self._append_staged()
        n_docs_delta = self._update_doc_freq()  # before compaction: self.added holds only new issues
        generation = txn.generation
        run = {"issues_loaded": len(self.add), "issues_replaced": len(self.drop), **run_row}
        self._append_logs(run_table(run, run_id=txn.run_id, pipeline_version=txn.pipeline_version,
                                    generation=generation))
        self._compact()
        expired = [r["path"] for r in self.m["retired"]
                   if dt.datetime.fromisoformat(r["at"]) <= self.now - txn.policy.grace]
        self.m["retired"] = [r for r in self.m["retired"] if r["path"] not in set(expired)]
        self.m["retired"] += [{"path": p, "at": self.now.isoformat()} for p in self.retiring]
        self.m.update(
            generation=generation,
            run_id=txn.run_id,
            pipeline_version=txn.pipeline_version,
            committed_at=self.now.isoformat(),
            n_docs=self.m["n_docs"] + n_docs_delta,
            n_issues=issues_before - len(self.drop) + len(self.add),
        )
        return self.m, expired

    # -- issue tables ----------------------------------------------------------------------
    def _remove_dropped(self) -> None:
        """Copy-on-write: rewrite each live file holding a dropped issue without its rows."""
        if not self.drop:
            return
        for table in ISSUE_TABLES:
            kept_entries = []
            for entry in self.m["tables"][table]:
                hit = self.drop.intersection(entry["issues"])
                if not hit:
                    kept_entries.append(entry)
                    continue
                self.removed_from[table].append(entry["path"])
                self.retiring.append(entry["path"])
                remaining = [i for i in entry["issues"] if i not in hit]
                if remaining:
                    rel = self._new_path(table, entry["year"])
                    rows = lk.write_parquet(self.lake / rel, table, lk.scan(self.lake, [entry["path"]], table,
                                                                           drop_issues=hit))
                    if rows:
                        kept_entries.append({"path": rel, "year": entry["year"], "rows": rows, "issues": remaining})
                    else:
                        (self.lake / rel).unlink()
            self.m["tables"][table] = kept_entries

    def _append_staged(self) -> None:
        """This run's new issues into the lake: a staged file whose rows are all still wanted is
        renamed in (no copy); the rows still wanted from the others go to one new file per
        (table, year)."""
        touched: set[Path] = set()
        for (table, year), files in sorted(self.txn.files.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0)):
            partial: list[tuple[lk.StagedFile, set[str]]] = []
            for staged in files:
                wanted = {i for i in staged.issues if i in self.add and self.txn.issue_batch[i] in staged.batches}
                if not wanted or not staged.rows:
                    continue
                if wanted != staged.issues:
                    partial.append((staged, wanted))
                    continue
                rel = self._new_path(table, year)
                (self.lake / rel).parent.mkdir(parents=True, exist_ok=True)
                os.replace(staged.path, self.lake / rel)
                touched.add((self.lake / rel).parent)
                self._add_entry(table, year, rel, staged.rows, staged.issues)
            if partial:
                rel = self._new_path(table, year)
                rows = lk.write_parquet(self.lake / rel, table, self._wanted_rows(table, partial))
                if rows:
                    self._add_entry(table, year, rel, rows, set().union(*(w for _, w in partial)))
                else:
                    (self.lake / rel).unlink()
        for directory in sorted(touched):
            lk.fsync(directory)  # the renames are durable before the manifest names the files

    def _add_entry(self, table: str, year: int | None, rel: str, rows: int, issues: set[str]) -> None:
        self.m["tables"][table].append({"path": rel, "year": year, "rows": rows, "issues": sorted(issues)})
        self.added[table].append(rel)

    def _wanted_rows(self, table: str, partial: list[tuple[lk.StagedFile, set[str]]]) -> Iterator[pa.RecordBatch]:
        """Rows of staged files, keeping each issue only from the file holding its last version."""
        import pyarrow.dataset as ds  # here: it imports pandas (~0.3 s), which a run's check never needs

        for staged, wanted in partial:
            dataset = ds.dataset(str(staged.path), schema=SCHEMAS[table], format="parquet")
            flt = ds.field("issue_id").isin(pa.array(sorted(wanted), pa.string()))
            yield from dataset.to_batches(filter=flt, batch_size=64_000)

    def _compact(self) -> None:
        """Merge a partition's small files into one when there are more than ``compact_files``."""
        policy = self.txn.policy
        born = self._new_this_run()
        for table in (*ISSUE_TABLES, *LOG_TABLES):
            entries = self.m["tables"][table]
            years = sorted({e["year"] for e in entries}, key=lambda y: -1 if y is None else y)
            for year in years:
                small = [e for e in entries if e["year"] == year and e["rows"] < policy.compact_max_rows]
                if len(small) <= policy.compact_files:
                    continue
                paths = [e["path"] for e in small]
                rel = self._new_path(table, year)
                rows = lk.write_parquet(self.lake / rel, table, lk.scan(self.lake, paths, table))
                issues = sorted({i for e in small for i in e.get("issues", [])})
                entries = [e for e in entries if e["path"] not in set(paths)]
                entries.append({"path": rel, "year": year, "rows": rows, "issues": issues})
                self.retiring += [p for p in paths if p not in born]
                for p in paths:  # a file born and compacted in this same run was never live
                    if p in born:
                        (self.lake / p).unlink()
            self.m["tables"][table] = entries

    def _new_this_run(self) -> set[str]:
        prefix = f"{self.txn.generation:06d}-{self.txn.tag}-"
        return {e["path"] for entries in self.m["tables"].values() for e in entries
                if e["path"].rsplit("/", 1)[-1].startswith(prefix)}

    # -- term statistics -------------------------------------------------------------------
    def _update_doc_freq(self) -> int:
        """New doc_freq file = old + tokens of added articles - tokens of dropped articles.

        Returns the change in the number of articles. Cost follows the night's data plus the
        vocabulary, never the archive. Paths go in as bound parameters.
        """
        old = [e["path"] for e in self.m["tables"]["doc_freq"]]
        added_tok = [str(self.lake / p) for p in self.added["tokens"]]
        removed_tok = [str(self.lake / p) for p in self.removed_from["tokens"]]
        added_art = [str(self.lake / p) for p in self.added["articles"]]
        removed_art = [str(self.lake / p) for p in self.removed_from["articles"]]
        if not (added_tok or removed_tok or added_art or removed_art):
            return 0
        drop = sorted(self.drop)
        # bounded: a 10-year backfill's aggregation must spill to disk, not take the flow's memory
        con = duckdb.connect(config={"memory_limit": "512MB", "temp_directory": str(self.txn.stage / "duckdb.tmp")})
        try:
            con.execute("set preserve_insertion_order = false")
            parts = []
            if old:
                parts.append("select token, df from read_parquet($old)")
            partial = self.txn.term_counts
            if partial is not None and not self.unchanged:
                # the transaction counted each staged batch's (token, article) pairs as it went:
                # summing those is O(vocabulary), where re-reading the night's tokens is O(tokens)
                con.register("staged_df", partial)
                parts.append("select token, df from staged_df")
            elif added_tok:
                parts.append("select token, count(distinct article_id) as df from read_parquet($added) group by token")
            if removed_tok:
                parts.append(
                    "select token, -count(distinct article_id) as df from read_parquet($removed)"
                    " where list_contains($drop, issue_id) group by token"
                )
            params = {"old": [str(self.lake / p) for p in old], "added": added_tok,
                      "removed": removed_tok, "drop": drop}
            used = {k: v for k, v in params.items() if f"${k}" in " ".join(parts)}
            sql = (
                "select token, sum(df)::bigint as df from (" + " union all ".join(parts) + ")"
                " group by token having sum(df) > 0 order by token"
            )
            reader = con.sql(sql, params=used).to_arrow_reader(64_000) if parts else None
            rel = self._new_path("doc_freq")
            lk.write_parquet(self.lake / rel, "doc_freq", reader or [])
            delta = 0
            if added_art:
                delta += con.execute("select count(*) from read_parquet($f)", {"f": added_art}).fetchone()[0]
            if removed_art:
                delta -= con.execute(
                    "select count(*) from read_parquet($f) where list_contains($drop, issue_id)",
                    {"f": removed_art, "drop": drop},
                ).fetchone()[0]
        finally:
            con.close()
        self.retiring += old
        self.m["tables"]["doc_freq"] = [{"path": rel, "year": None, "rows": pq_rows(self.lake / rel), "issues": []}]
        return delta

    # -- logs ------------------------------------------------------------------------------
    def _append_logs(self, runs: pa.Table) -> None:
        import pyarrow.dataset as ds  # here: it imports pandas (~0.3 s), which a run's check never needs

        for table in LOG_TABLES:
            staged = [self.txn.stage / rel for rel in self.txn.logs[table]]
            batches: list = [runs] if table == "runs" else []
            for path in staged:
                batches.extend(ds.dataset(str(path), schema=SCHEMAS[table], format="parquet").to_batches())
            if not batches:
                continue
            rel = self._new_path(table)
            rows = lk.write_parquet(self.lake / rel, table, batches)
            self.m["tables"][table].append({"path": rel, "year": None, "rows": rows, "issues": []})


def pq_rows(path) -> int:
    return pq.ParquetFile(path).metadata.num_rows


def live_issue_versions(lake: Path, manifest: dict) -> dict[str, tuple[str, str]]:
    """issue_id -> (source_sha256, pipeline_version) of the live issues."""
    paths = [e["path"] for e in manifest["tables"]["issues"]]
    if not paths:
        return {}
    con = duckdb.connect()
    try:
        rows = con.execute(
            "select issue_id, source_sha256, pipeline_version from read_parquet($files)",
            {"files": [str(lake / p) for p in paths]},
        ).fetchall()
    finally:
        con.close()
    return {iid: (sha, pv) for iid, sha, pv in rows}
