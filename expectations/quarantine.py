"""The content of ``DATA/quarantine/<run_id>/reason.json``: why an issue file was held back.

The flow copies the raw file next to it and writes ``json.dumps(doc, ensure_ascii=False,
indent=2)``; this module only builds the dict, so it needs no file access and no GE import.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable, Protocol

from expectations.suites import SPECS_BY_NAME

REASON_VERSION = 1


class _FailureLike(Protocol):  # expectations.gate.Failure, without importing GE
    table: str
    expectation: str
    level: str
    critical: bool
    observed: str
    issue_id: str | None


def reason_document(
    *,
    run_id: str,
    issue_id: str,
    source_file: str,
    failures: Iterable[_FailureLike],
    source_sha256: str | None = None,
    quarantined_at: dt.datetime | None = None,
) -> dict:
    """A JSON-ready dict: which issue, from which file, held back by which expectations and why.

    ``failures`` are the issue's entries of ``GateResult.failed_issues`` (and the flags of its
    articles, ``GateResult.flags_of_issue``, which say why its text is in doubt); a parser
    rejection can be passed as a single failure with ``table="file"`` and the rejection reason as
    ``observed``.
    """
    failures = list(failures)
    when = quarantined_at or dt.datetime.now(dt.timezone.utc)
    checks = []
    for f in failures:
        spec = SPECS_BY_NAME.get(f.expectation)
        checks.append({
            "table": f.table,
            "expectation": f.expectation,
            "level": f.level,
            "critical": f.critical,
            "observed": f.observed,
            "why_it_matters": spec.why if spec else None,
            "ge_expectation": spec.type if spec else None,
            "column": spec.kwargs.get("column") if spec else None,
        })
    names = sorted({f.expectation for f in failures if f.critical})
    flags = sorted({f.expectation for f in failures if not f.critical})
    flagged = sum(1 for f in failures if not f.critical)
    return {
        "version": REASON_VERSION,
        "run_id": run_id,
        "issue_id": issue_id,
        "source_file": source_file,
        "source_sha256": source_sha256,
        "quarantined_at": when.isoformat(),
        "summary": (f"{issue_id} held back by {len(failures) - flagged} critical check(s): {', '.join(names)}"
                    + (f"; its articles were flagged {flagged} time(s): {', '.join(flags)}" if flags else ""))
        if failures else f"{issue_id} held back",
        "failures": checks,
        "retry": "fix the source file or the parser, then run `baozhi run --retry-quarantined`",
    }
