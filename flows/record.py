"""What a run did, as it goes: the ledger events to write, the counts for the summary and the
``runs`` row, the quality rows, seconds per stage. Plain state: nothing here reads or writes
files, the warehouse or Great Expectations; the flow tells it what happened."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from flows import decide
from flows.discover import Discovery, LandingFile
from flows.summary import RunSummary


@dataclass
class RunRecord:
    summary: RunSummary
    started_at: dt.datetime
    events: list[dict] = field(default_factory=list)  # ingest_events rows, in order
    failed_events: list[dict] = field(default_factory=list)  # logged even when the night fails
    dq_rows: list[dict] = field(default_factory=list)
    stage_seconds: Counter = field(default_factory=Counter)
    issues_replaced: int = 0
    issues_loaded: set[str] = field(default_factory=set)
    waiting: dict[str | None, list] = field(default_factory=dict)  # issue id -> files passed over for it

    @classmethod
    def start(cls, run_id: str, warehouse: str, landing: str, found: Discovery, plan: decide.Plan) -> RunRecord:
        s = RunSummary(run_id=run_id, status="running", warehouse=warehouse, landing=landing)
        s.files_seen = len(found.files)
        s.files_new = len(plan.to_parse) + len(plan.duplicates)
        s.files_unchanged = len(plan.unchanged)
        s.files_duplicate = len(plan.duplicates)
        s.skipped = [(x.source_file, x.reason) for x in found.skipped]
        record = cls(s, dt.datetime.now(dt.timezone.utc))
        for f, reason in plan.duplicates:
            record.duplicate(f, reason)
        return record

    # -- what happened to a file ------------------------------------------------------------------
    def duplicate(self, f: LandingFile, reason: str) -> None:
        self.events.append(event(f.source_file, f.sha256, f.bytes, decide.DUPLICATE, reason))

    def quarantined(self, o, reason: str, issue_id: str | None) -> None:
        self.summary.quarantined.append((o.source_file, reason))
        self.events.append(event(o.source_file, o.sha256, o.bytes, decide.QUARANTINED, reason, issue_id))

    def failed(self, o) -> None:
        """Our bug: the one-line error for the summary, the whole traceback for the ledger."""
        self.summary.failed.append((o.source_file, o.reason or ""))
        text = o.reason if not o.traceback else f"{o.reason}\n{o.traceback.rstrip()}"
        self.failed_events.append(event(o.source_file, o.sha256, o.bytes, decide.FAILED, text))

    def loaded(self, o, flagged: int) -> None:
        """A file loaded; its issue (and the issue's articles) is counted once, however many of
        its pages arrived tonight."""
        s = self.summary
        s.files_loaded += 1
        if o.issue_id not in self.issues_loaded:
            self.issues_loaded.add(o.issue_id)
            s.issues += 1
            s.articles += o.n_articles
            s.articles_flagged += flagged
        self.events.append(event(o.source_file, o.sha256, o.bytes, decide.LOADED, None, o.issue_id))
        for r in self.waiting.pop(o.issue_id, ()):
            s.files_replaced += 1
            self.events.append(event(r.source_file, r.sha256, None, decide.REPLACED, r.reason))

    def replaced(self, replacement: decide.Replacement) -> None:
        self.issues_replaced += len(replacement.keys)
        for version in replacement.retired:
            self.events.append(event(*version, None, decide.REPLACED, replacement.reason(version)))

    def passed_over(self, retired) -> None:
        """Files of tonight that a later file of the same page (or issue) replaces, decided before
        parsing (``flows.deliveries.Retired``). They are ``replaced`` once that issue loads. If it
        does not (held back by the gate, or our bug), they are left unrecorded: a page is never
        lost to a file that did not load, and the next run, to which the held-back file is no
        longer new, parses them alone."""
        for r in retired:
            self.waiting.setdefault(r.issue_id, []).append(r)

    # -- the end ----------------------------------------------------------------------------------
    def ledger_events(self, night_failed: bool) -> list[dict]:
        """A failed night records only the files that failed (with their tracebacks, for
        `baozhi status`): they are retried every run whatever the ledger says."""
        return ([] if night_failed else self.events) + self.failed_events

    def runs_row(self) -> dict:
        s = self.summary
        return {
            "run_id": s.run_id,
            "started_at": self.started_at,
            "finished_at": dt.datetime.now(dt.timezone.utc),
            "status": s.status,
            "files_seen": s.files_seen,
            "files_new": s.files_new,
            "files_loaded": s.files_loaded,
            "files_duplicate": s.files_duplicate,
            "files_quarantined": len(s.quarantined),
            "files_failed": len(s.failed),
            "files_skipped": len(s.skipped),
            "issues_loaded": s.issues,
            "issues_replaced": self.issues_replaced,
            "articles_loaded": s.articles,
            "articles_flagged": s.articles_flagged,
            "landing": s.landing,
            "message": s.message or None,
        }

    def close(self, status: str, message: str = "") -> RunSummary:
        s = self.summary
        s.status, s.message = status, message
        s.files_quarantined = len(s.quarantined)
        s.files_failed = len(s.failed)
        for issue, waiting in sorted(self.waiting.items(), key=lambda x: str(x[0])):
            s.skipped.extend((r.source_file, f"not settled: {r.reason}, but {issue} was not loaded; parsed "
                                              "again next run") for r in waiting)
        if status == "failed":  # nothing of the night was published
            s.files_loaded = s.issues = s.articles = s.articles_flagged = s.files_replaced = 0
        s.stage_seconds = {k: round(v, 2) for k, v in self.stage_seconds.items()}
        return s


def event(source_file, sha, size, status, reason, issue_id=None) -> dict:
    """One ingest_events row (the warehouse adds run, version and time)."""
    return {"source_file": source_file, "source_sha256": sha, "bytes": size, "status": status,
            "reason": reason, "issue_id": issue_id}
