"""The night's writes: what the run reads from the warehouse at the start, the transaction it
stages into, the quality gate, the quarantine folder, and the one commit at the end.

Nothing here decides anything (``flows.decide`` does, ``flows.nightly`` asks and carries out):
these are the hands. Called from the flow body, in the flow's own process.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc

from baozhi.settings import Settings
from expectations.frames import plain
from expectations.gate import Failure, Gate, GateContext, GateResult
from expectations.suites import CRITICAL
from expectations.suites import TABLES as GATE_TABLES
from expectations.quarantine import reason_document
from flows import decide
from flows.discover import LandingFile
from flows.quarantine import quarantine_file
from flows.record import RunRecord
from flows.deliveries import Job, Live
from flows.work import FileIn, JobIn, LanguageInputs, PartIn
from warehouse.rows import dq_table, with_quality_flags
from warehouse.store import Transaction, Warehouse


@dataclass
class Night:
    settings: Settings
    run_id: str
    version: str
    warehouse: Warehouse
    txn: Transaction
    gate: Gate | None
    paths: dict[str, LandingFile] = field(default_factory=dict)  # source_file -> the landing file

    @classmethod
    def open(cls, settings: Settings, run_id: str, version: str, wh: Warehouse, plan: decide.Plan) -> Night:
        """The transaction, and the gate when there is something to parse."""
        txn = wh.begin(run_id, version)
        gate = None
        if plan.to_parse:
            known = wh.known_issues()
            papers = sorted(set(known["paper"].to_pylist())) if known.num_rows else []
            today = dt.datetime.now(dt.timezone.utc).date()
            trailing = {p: wh.daily_article_counts(p, today, 30) for p in papers}
            gate = Gate(settings.reports_dir, GateContext(run_id, today, known, trailing))
        paths = {item.file.source_file: item.file for item in plan.to_parse}
        return cls(settings, run_id, version, wh, txn, gate, paths)

    # -- inputs for the workers -------------------------------------------------------------------
    def language_inputs(self) -> LanguageInputs:
        n_docs, doc_freq = self.warehouse.doc_freq() if self.gate is not None else (0, None)
        return LanguageInputs(tuple(self.settings.user_dicts), n_docs, doc_freq, tuple(self.settings.papers))

    def spool_dir(self) -> str | None:
        """Where local workers leave their batch tables: inside the run's staging folder, so a
        killed run's leftovers go with it (``recover()``), and so do a finished run's."""
        if self.settings.runner not in ("process", "thread"):
            return None  # Dask workers may be on other machines: they return the bytes
        return str(self.txn.stage / "spool")

    @staticmethod
    def read_files(batch: Sequence[decide.ToParse]) -> list[FileIn]:
        return [FileIn(item.file.source_file, item.file.path.read_bytes(), item.replaces) for item in batch]

    def live_deliveries(self) -> list[Live]:
        """The files every live issue was assembled from (no bytes): what tonight's files join."""
        return [Live(r["source_file"], r["source_sha256"], r["issue_id"], r["page"])
                for r in self.warehouse.live_deliveries().to_pylist()]

    def read_back(self, issue_ids: set[str]) -> dict[tuple[str, str], tuple[bytes, str]]:
        """(source_file, sha256) -> (bytes, run that loaded it) of the files these live issues were
        assembled from: a late page is assembled again with the pages before it."""
        if not issue_ids:
            return {}
        rows = self.warehouse.delivery_contents(issue_ids).to_pylist()
        return {(r["source_file"], r["source_sha256"]): (r["content"], r["run_id"]) for r in rows}

    def jobs_in(self, jobs: Sequence[Job], to_parse: Mapping[str, decide.ToParse],
                kept: Mapping[tuple[str, str], tuple[bytes, str]]) -> list[JobIn]:
        """The issues to assemble with the files' bytes: tonight's from the landing folder, earlier
        ones from the lake."""
        out = []
        for job in jobs:
            parts = [PartIn(k.source_file, *kept[(k.source_file, k.sha256)]) for k in job.kept
                     if kept.get((k.source_file, k.sha256), (None,))[0] is not None]
            parts += [PartIn(a.source_file, to_parse[a.source_file].file.path.read_bytes(),
                             replaces=to_parse[a.source_file].replaces) for a in job.new]
            out.append(JobIn(job.issue_id, tuple(parts), refresh=not job.new))
        return out

    # -- writes -----------------------------------------------------------------------------------
    def validate(self, parts: Sequence[Mapping[str, pa.Table]]) -> GateResult:
        """One gate call over the tables of several batches: what was parsed (``deliveries``, the
        files' bytes, is lineage, not content)."""
        names = sorted({name for tables in parts for name in tables} & set(GATE_TABLES))
        return self.gate.validate({name: pa.concat_tables([t[name] for t in parts if name in t]) for name in names})

    @staticmethod
    def rows_of(tables: dict[str, pa.Table], deliveries: Sequence) -> dict[str, pa.Table]:
        """A batch's rows of these deliveries' issues only (an issue is assembled once a night,
        from all its files: its rows carry each file's own sha256, not only tonight's)."""
        return only_issues(tables, {o.issue_id for o in deliveries})

    def quarantine_rejected(self, o) -> str:
        """A file the parser refused (empty, binary, undecodable, no Chinese text)."""
        return self.quarantine(o, None, [Failure("file", "parser_accepts_file", CRITICAL, o.reason or "", None)])

    def quarantine_conflict(self, conflict: decide.Conflict) -> str:
        """A second file delivering what another file of the night already delivered."""
        o = conflict.outcome
        return self.quarantine(o, o.issue_id, [Failure("issues", "one_file_per_issue", CRITICAL, conflict.reason,
                                                       o.issue_id)])

    def quarantine_held(self, o, result: GateResult) -> str:
        """An issue the gate held back; reason.json also lists its flagged articles (why most of
        its text is in doubt)."""
        return self.quarantine(o, o.issue_id, result.failed_issues[o.issue_id] + result.flags_of_issue(o.issue_id))

    def quarantine(self, o, issue_id: str | None, failures: Sequence[Failure]) -> str:
        """Keep the raw file beside a reason.json; returns the ledger's reason (critical checks)."""
        doc = reason_document(
            run_id=self.run_id, issue_id=issue_id or "(not parsed)", source_file=o.source_file,
            failures=failures, source_sha256=o.sha256,
        )
        quarantine_file(self.settings.quarantine_dir, self.run_id, self.paths[o.source_file].path, o.source_file, doc)
        return "; ".join(f"{f.expectation}: {f.observed}" for f in failures if f.critical)

    def stage(self, parts: list[dict[str, pa.Table]], loading: Sequence, flags: Mapping[str, Sequence[str]],
              replaced: decide.Replacement, only_loading: bool) -> None:
        """Stage the loading deliveries' rows, batch by batch as they came (casting a whole chunk's
        tokens back to plain strings at once would take ~200 MB more than one batch does)."""
        self.txn.replace_issues(replaced.keys)
        issues = {o.issue_id for o in loading}
        while parts:
            tables = parts.pop(0)
            if only_loading:
                tables = only_issues(tables, issues)
            tables["articles"] = with_quality_flags(tables["articles"], flags)
            if tables["issues"].num_rows:
                self.txn.write(tables)
            del tables

    def stage_refreshed(self, tables: dict[str, pa.Table], issue_ids: Sequence[str]) -> None:
        """Issues assembled again from files loaded before (one of their files moved to another
        issue): their rows replace the old ones. No gate: every file of them passed it already."""
        self.txn.replace_issues(issue_ids)
        self.txn.write(only_issues(tables, set(issue_ids)))

    def commit(self, record: RunRecord, night_failed: bool) -> None:
        """Publish the night (or, when it failed, only its record: the runs row, the failed files
        and the quality results), atomically."""
        if night_failed:
            self.txn.abort()  # nothing of this night is published; the ledger is not advanced
            self.txn = self.warehouse.begin(self.run_id, self.version)
        self.txn.log_files(record.ledger_events(night_failed))
        rows = self.quality_rows(record)
        if rows:
            self.txn.record_dq(dq_table(rows))
        self.txn.commit(record.runs_row())

    def quality_rows(self, record: RunRecord) -> list[dict]:
        """The run's ``dq_results`` rows: the gate's summary per expectation for the whole run, then
        the rows of the failing issues and flagged articles each call gave."""
        return ([] if self.gate is None else self.gate.summary_rows()) + record.dq_rows

    def report(self) -> str | None:
        """The run's quality report (index.html), when anything was validated."""
        return None if self.gate is None else str(self.gate.write_report())


def only_issues(tables: dict[str, pa.Table], issue_ids: set[str]) -> dict[str, pa.Table]:
    """The rows of ``tables`` of these issues (every issue table carries issue_id); tables that
    hold nothing else are returned as they are."""
    keep = pa.array(sorted(issue_ids), pa.string())
    out = {}
    for name, t in tables.items():
        mask = pc.is_in(plain(t["issue_id"]), value_set=keep)
        out[name] = t if pc.all(mask).as_py() in (True, None) else t.filter(mask)
    return out
