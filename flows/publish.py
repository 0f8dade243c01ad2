"""A run's book-keeping: what the ledger says, what each batch produced, what the gate held back,
and the one atomic commit at the end. Called from the flow body, in the flow's own process.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc
from prefect import get_run_logger

from baozhi.settings import Settings
from expectations.gate import Failure, Gate, GateContext
from expectations.suites import TABLES as GATE_TABLES
from expectations.suites import CRITICAL
from expectations.quarantine import reason_document
from flows import ledger as L
from flows.memory import release_freed_memory
from flows.discover import Discovery, LandingFile
from flows.quarantine import quarantine_file
from flows.summary import RunSummary
from flows.work import FAILED, REJECTED, BatchOutput, FileIn, FileOutcome, LanguageInputs, receive_tables
from warehouse.rows import dq_table, with_quality_flags
from warehouse.store import Warehouse

log = logging.getLogger("baozhi.run")

# Parsed issues gathered before one gate call and one staged write. Great Expectations costs
# ~0.15 s per table per call whatever the size, so one call per 25-file batch spent more time in
# GE's machinery than in the checks; 200 issues hold ~40 MB of tables (tokens dictionary-encoded).
VALIDATE_ISSUES = 200


@dataclass
class RunBook:
    settings: Settings
    run_id: str
    version: str
    warehouse: Warehouse
    ledger_rows: list[L.LedgerRow]
    known: dict[str, tuple[str, str]]  # live issue_id -> (source_file, source_sha256)
    started_at: dt.datetime
    gate: Gate | None = None
    txn: object | None = None
    plan: L.Plan | None = None
    paths: dict[str, LandingFile] = field(default_factory=dict)
    events: list[dict] = field(default_factory=list)
    failed_events: list[dict] = field(default_factory=list)  # logged even when the night fails
    dq_rows: list[dict] = field(default_factory=list)
    issue_owner: dict[str, str] = field(default_factory=dict)  # issue_id -> source_file, this run
    summary: RunSummary | None = None
    stage_seconds: Counter = field(default_factory=Counter)
    issues_replaced: int = 0
    loaded_by_path: dict[str, list[str]] = field(default_factory=dict)  # source_file -> loaded shas
    validate_issues: int = VALIDATE_ISSUES
    pending: list[tuple[list[FileOutcome], dict[str, pa.Table]]] = field(default_factory=list)  # awaiting the gate
    pending_ids: set[str] = field(default_factory=set)

    @classmethod
    def open(cls, settings: Settings, run_id: str, version: str) -> RunBook:
        wh = Warehouse(settings.data)
        wh.recover()  # undo whatever a killed run left behind
        rows = [
            L.LedgerRow(r["source_file"], r["source_sha256"], r["status"], r.get("reason"), r.get("issue_id"))
            for r in wh.ledger().to_pylist()
        ]
        known = {
            r["issue_id"]: (r["source_file"], r["source_sha256"]) for r in wh.known_issues().to_pylist()
        }
        book = cls(settings, run_id, version, wh, rows, known, dt.datetime.now(dt.timezone.utc))
        for row in rows:
            if row.status == L.LOADED:
                book.loaded_by_path.setdefault(row.source_file, []).append(row.source_sha256)
        book.summary = RunSummary(run_id=run_id, status="running", warehouse=str(settings.warehouse_path))
        return book

    # -- claim --------------------------------------------------------------------------------
    def claim(self, plan: L.Plan, found: Discovery) -> None:
        """Remember the plan; open the transaction and the gate only when there is work."""
        self.plan = plan
        s = self.summary
        s.files_seen = len(found.files)
        s.files_new = len(plan.to_parse) + len(plan.duplicates)
        s.files_unchanged = len(plan.unchanged)
        s.files_duplicate = len(plan.duplicates)
        s.skipped = [(x.source_file, x.reason) for x in found.skipped]
        for f, reason in plan.duplicates:
            self.events.append(_event(f.source_file, f.sha256, f.bytes, L.DUPLICATE, reason))
        for item in plan.to_parse:
            self.paths[item.file.source_file] = item.file
        if not (plan.to_parse or plan.duplicates):
            return
        self.txn = self.warehouse.begin(self.run_id, self.version)
        if plan.to_parse:
            t0 = dt.datetime.now()
            known = self.warehouse.known_issues()
            papers = sorted(set(known["paper"].to_pylist())) if known.num_rows else []
            today = dt.datetime.now(dt.timezone.utc).date()
            trailing = {p: self.warehouse.daily_article_counts(p, today, 30) for p in papers}
            self.gate = Gate(self.settings.reports_dir, GateContext(self.run_id, today, known, trailing))
            self.stage_seconds["validate"] += (dt.datetime.now() - t0).total_seconds()

    def language_inputs(self) -> LanguageInputs:
        n_docs, doc_freq = self.warehouse.doc_freq() if self.plan and self.plan.to_parse else (0, {})
        return LanguageInputs(tuple(self.settings.user_dicts), n_docs, doc_freq)

    def spool_dir(self) -> str | None:
        """Where local workers leave their batch tables: inside the run's staging folder, so a
        killed run's leftovers go with it (``recover()``), and so do a finished run's."""
        if self.txn is None or self.settings.runner not in ("process", "thread"):
            return None  # Dask workers may be on other machines: they return the bytes
        return str(self.txn.stage / "spool")

    def read_files(self, batch: list[L.ToParse]) -> list[FileIn]:
        return [FileIn(item.file.source_file, item.file.path.read_bytes(), item.replaces) for item in batch]

    # -- per batch ----------------------------------------------------------------------------
    def take_batch(self, output: BatchOutput) -> int:
        """Quarantine rejections, hold duplicates, queue the parsed issues for the gate; every
        ``validate_issues`` queued issues, validate and stage them (:meth:`flush`). Returns the
        number of files the batch settled."""
        for k, v in output.seconds.items():
            self.stage_seconds[k] += v
        self.summary.bytes_in += output.bytes_in
        held: list[tuple[FileOutcome, list[Failure]]] = []
        parsed: list[FileOutcome] = []
        for o in output.outcomes:
            if o.status == REJECTED:
                self._quarantine(o, None, [Failure("file", "parser_accepts_file", CRITICAL, o.reason or "", None)])
            elif o.status == FAILED:
                # Our bug, not bad input: loud, with the whole traceback, and retried next run.
                get_run_logger().error("%s failed (a bug, not bad input; retried next run):\n%s",
                                       o.source_file, o.traceback or o.reason)
                self.summary.failed.append((o.source_file, o.reason or ""))
                self.failed_events.append(_event(o.source_file, o.sha256, o.bytes, L.FAILED,
                                                 _failure_text(o)))
            else:
                if o.issue_id in self.pending_ids:
                    # The first claimant is still waiting for the gate; if the gate holds it back,
                    # this file may load instead (as when each batch was validated on arrival).
                    self.flush()
                if o.issue_id in self.issue_owner:
                    # Two files of one delivery claim the same issue (same paper and date): keep the first.
                    first = self.issue_owner[o.issue_id]
                    fail = Failure("issues", "one_file_per_issue", CRITICAL, f"{o.issue_id} is also delivered by {first}",
                                   o.issue_id)
                    held.append((o, [fail]))
                else:
                    self.issue_owner[o.issue_id] = o.source_file
                    parsed.append(o)
        if parsed:
            # by file, not by issue id: a second file claiming the same issue shares its id
            tables = _only_files(receive_tables(output), {o.sha256 for o in parsed})
            self.pending.append((parsed, tables))
            self.pending_ids.update(o.issue_id for o in parsed)
        for o, failures in held:
            self._quarantine(o, o.issue_id, failures)
        settled = len(output.outcomes)
        del output
        if len(self.pending_ids) >= self.validate_issues:
            self.flush()
        else:
            release_freed_memory()  # the batch's unpickled result is garbage now
        return settled

    def flush(self) -> None:
        """Validate the queued issues in one gate call, quarantine what it holds back, stage the rest."""
        if not self.pending:
            return
        t0 = dt.datetime.now()
        parsed = [o for outcomes, _ in self.pending for o in outcomes]
        parts = [tables for _, tables in self.pending]
        self.pending, self.pending_ids = [], set()
        # The gate checks what was parsed; ``deliveries`` (the files' bytes) is lineage, not content.
        names = sorted({name for tables in parts for name in tables} & set(GATE_TABLES))
        result = self.gate.validate({name: pa.concat_tables([t[name] for t in parts if name in t]) for name in names})
        self.dq_rows.extend(result.dq_rows)
        self.summary.warnings += len(result.warnings)
        by_id = {o.issue_id: o for o in parsed}
        held = []
        for issue_id, failures in result.failed_issues.items():
            if issue_id in by_id:
                # reason.json also lists the issue's flagged articles (why most of its text is doubtful)
                held.append((by_id.pop(issue_id), failures + result.flags_of_issue(issue_id)))
                self.issue_owner.pop(issue_id, None)
        flags = result.flags()
        self.summary.articles_flagged += sum(
            1 for fs in result.flagged_articles.values() if fs[0].issue_id in by_id
        )
        self.stage_seconds["validate"] += (dt.datetime.now() - t0).total_seconds()
        t0 = dt.datetime.now()
        if by_id:
            self.txn.replace_issues(self._replaced_by(by_id.values()))
            # Staged batch by batch as they came: casting a whole chunk's tokens back to plain
            # strings at once would take ~200 MB more than one batch does.
            while parts:
                tables = parts.pop(0)
                if held:
                    tables = _only_files(tables, {o.sha256 for o in by_id.values()})
                tables["articles"] = with_quality_flags(tables["articles"], flags)
                if tables["issues"].num_rows:
                    self.txn.write(tables)
                del tables
        self.stage_seconds["publish"] += (dt.datetime.now() - t0).total_seconds()
        for o in by_id.values():
            self.summary.files_loaded += 1
            self.summary.issues += 1
            self.summary.articles += o.n_articles
            self.events.append(_event(o.source_file, o.sha256, o.bytes, L.LOADED, None, o.issue_id))
        for o, failures in held:
            self._quarantine(o, o.issue_id, failures)
        del parts, result
        release_freed_memory()

    def _replaced_by(self, outcomes) -> set[str]:
        """Issue ids a batch replaces, and ledger events retiring the file versions they came from."""
        ids: set[str] = set()
        retired: set[tuple[str, str]] = set()
        for o in outcomes:
            ids.update(o.replaces)
            ids.add(o.issue_id)
            for issue_id in (o.issue_id, *o.replaces):
                old = self.known.get(issue_id)
                if old and old != (o.source_file, o.sha256):
                    retired.add(old)
            for sha in self.loaded_by_path.get(o.source_file, ()):  # an older version of the same path
                if sha != o.sha256:
                    retired.add((o.source_file, sha))
        for source_file, sha in sorted(retired):
            self.events.append(_event(source_file, sha, None, L.REPLACED, "a newer delivery of the issue was loaded"))
        replaced = ids & (set(self.known) | {i for o in outcomes for i in o.replaces})
        self.issues_replaced += len(replaced)
        return replaced

    def _quarantine(self, o: FileOutcome, issue_id: str | None, failures: list[Failure]) -> None:
        doc = reason_document(
            run_id=self.run_id, issue_id=issue_id or "(not parsed)", source_file=o.source_file,
            failures=failures, source_sha256=o.sha256,
        )
        source = self.paths[o.source_file].path
        quarantine_file(self.settings.quarantine_dir, self.run_id, source, o.source_file, doc)
        reason = "; ".join(f"{f.expectation}: {f.observed}" for f in failures if f.critical)
        self.summary.quarantined.append((o.source_file, reason))
        self.events.append(_event(o.source_file, o.sha256, o.bytes, L.QUARANTINED, reason, issue_id))

    # -- finish -------------------------------------------------------------------------------
    def finish(self, elapsed: float, skipped) -> RunSummary:
        self.flush()
        s = self.summary
        s.files_quarantined = len(s.quarantined)
        s.files_failed = len(s.failed)
        s.stage_seconds = {k: round(v, 2) for k, v in self.stage_seconds.items()}
        if self.txn is None:
            s.status, s.message = "nothing new", "warehouse unchanged"
            s.seconds = elapsed
            return s
        parsed = len(self.plan.to_parse)
        bad = s.files_quarantined + s.files_failed
        threshold = self.settings.quarantine_threshold
        if parsed and bad / parsed > threshold:
            self.txn.abort()  # nothing of this night is published; the ledger is not advanced
            s.status = "failed"
            s.message = (
                f"{bad} of {parsed} new files were quarantined or failed, more than the "
                f"{threshold:.0%} threshold; nothing was published (files kept in "
                f"{self.settings.quarantine_dir / self.run_id})"
            )
            s.files_loaded = s.issues = s.articles = s.articles_flagged = 0
            self.txn = self.warehouse.begin(self.run_id, self.version)
            self._commit(elapsed, with_events=False)
        else:
            s.status = "completed"
            self._commit(elapsed, with_events=True)
        if self.gate is not None:
            s.report = str(self.gate.build_docs())
        s.seconds = elapsed
        return s

    def _commit(self, elapsed: float, with_events: bool) -> None:
        t0 = dt.datetime.now()
        # A failed night records only the files that failed (with their tracebacks, for
        # `baozhi status`): they are retried every run whatever the ledger says.
        self.txn.log_files((self.events if with_events else []) + self.failed_events)
        if self.dq_rows:
            self.txn.record_dq(dq_table(self.dq_rows))
        s = self.summary
        self.txn.commit(
            {
                "run_id": self.run_id,
                "started_at": self.started_at,
                "finished_at": dt.datetime.now(dt.timezone.utc),
                "status": s.status,
                "files_seen": s.files_seen,
                "files_new": s.files_new,
                "files_loaded": s.files_loaded,
                "files_duplicate": s.files_duplicate,
                "files_quarantined": s.files_quarantined,
                "files_failed": s.files_failed,
                "files_skipped": len(s.skipped),
                "issues_loaded": s.issues,
                "issues_replaced": self.issues_replaced,
                "articles_loaded": s.articles,
                "articles_flagged": s.articles_flagged,
                "message": s.message or None,
            }
        )
        self.stage_seconds["publish"] += (dt.datetime.now() - t0).total_seconds()
        s.stage_seconds = {k: round(v, 2) for k, v in self.stage_seconds.items()}


def _event(source_file, sha, size, status, reason, issue_id=None) -> dict:
    return {
        "source_file": source_file,
        "source_sha256": sha,
        "bytes": size,
        "status": status,
        "reason": reason,
        "issue_id": issue_id,
    }


def _failure_text(o: FileOutcome) -> str:
    """The ledger's reason for a failed file: the one-line error, then the whole traceback."""
    return o.reason if not o.traceback else f"{o.reason}\n{o.traceback.rstrip()}"


def _only_files(tables: dict[str, pa.Table], shas: set[str]) -> dict[str, pa.Table]:
    """The rows of ``tables`` that come from the files with these sha256 (every table carries
    source_sha256); tables that hold nothing else are returned as they are."""
    keep = pa.array(sorted(shas), pa.string())
    out = {}
    for name, t in tables.items():
        mask = pc.is_in(_plain(t["source_sha256"]), value_set=keep)
        out[name] = t if pc.all(mask).as_py() in (True, None) else t.filter(mask)
    return out


def _plain(column: pa.ChunkedArray) -> pa.ChunkedArray:
    return column.cast(column.type.value_type) if pa.types.is_dictionary(column.type) else column

