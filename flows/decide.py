"""The run's decisions, as pure functions from plain values to plain values.

Every choice a run makes is here, and nothing else is: the flow (``flows/nightly.py``) asks, then
carries the answer out (``flows/night.py`` writes). No Prefect, no DuckDB, no files: each rule is
unit-tested with a handful of values (tests/flows/test_decide.py).

1. **What to parse** (:func:`plan`), from the ledger of earlier runs (``ingest_log``), one row per
   file version, keyed by content (sha256)::

       2021-09-06.txt   9f2c…  loaded       a rerun skips it
       copy-of-0906.txt 9f2c…  duplicate    same bytes under another name
       2021-09-06.txt   41ab…  (new)        same path, new bytes: parsed, replaces the old version's issue

2. **Which delivery wins** when two files of one night deliver the same thing: decided before
   parsing, from the files' identities, by ``flows.deliveries.plan_issues`` (the later file by
   name wins, the other is ``replaced``). :func:`claim` is the guard behind it: a parsed file
   whose key another file of the night already delivered (parse and identify disagreed) is
   quarantined, never loaded over the first.
3. **What is quarantined**: a file the parser refuses, a losing delivery, an issue the gate holds
   back (:func:`sort_outcomes`, :func:`gate_verdict`).
4. **Which rows are replaced** by what loads, and which file versions retire (:func:`replacements`).
5. **When the night fails** as a whole (:func:`night_verdict`, the circuit breaker).

*Keys.* What one landing file delivers is named by its ``key`` (:func:`key_of`, the one
definition, also used by ``flows.deliveries``): the issue id for a whole-issue file
(``liaoyuan-daily-2021-09-06``), the issue and page for a page file
(``liaoyuan-daily-2021-09-06#02``). Which files of a night make which issue, and which deliveries
they replace, is decided before parsing (``flows.deliveries``): the rules here then see at most
one file per key, and the gate (which judges whole issues) holds back every file of an issue it
refuses.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from flows.discover import LandingFile

# Ledger statuses (ingest_log.status).
LOADED, DUPLICATE, QUARANTINED, FAILED, REPLACED = "loaded", "duplicate", "quarantined", "failed", "replaced"
# What a worker made of one file (flows.work.FileOutcome.status).
PARSED, REJECTED = "parsed", "rejected"


@dataclass(frozen=True)
class LedgerRow:
    source_file: str
    source_sha256: str
    status: str
    reason: str | None = None
    issue_id: str | None = None


@dataclass(frozen=True)
class ToParse:
    file: LandingFile
    replaces: tuple[str, ...] = ()  # issue ids loaded from an older version of the same path
    retry: bool = False  # quarantined or failed before


@dataclass(frozen=True)
class Plan:
    to_parse: tuple[ToParse, ...]
    duplicates: tuple[tuple[LandingFile, str], ...]  # (file, reason)
    unchanged: tuple[LandingFile, ...]  # already accounted for by an earlier run
    superseded: tuple[LedgerRow, ...] = field(default=())  # older versions of paths parsed now

    @property
    def counts(self) -> dict[str, int]:
        return {
            "seen": len(self.to_parse) + len(self.duplicates) + len(self.unchanged),
            "new": len(self.to_parse) + len(self.duplicates),
            "unchanged": len(self.unchanged),
        }


def plan(files: Iterable[LandingFile], ledger: Iterable[LedgerRow], *, retry_quarantined: bool = False) -> Plan:
    """What to parse, what is a duplicate, and what an earlier run already settled."""
    rows = list(ledger)
    by_version: Mapping[tuple[str, str], LedgerRow] = {(r.source_file, r.source_sha256): r for r in rows}
    loaded_by_sha: dict[str, LedgerRow] = {}
    quarantined_by_sha: dict[str, LedgerRow] = {}
    loaded_by_path: dict[str, list[LedgerRow]] = {}
    for row in rows:
        if row.status == LOADED:
            loaded_by_sha.setdefault(row.source_sha256, row)
            loaded_by_path.setdefault(row.source_file, []).append(row)
        elif row.status == QUARANTINED:
            quarantined_by_sha.setdefault(row.source_sha256, row)

    to_parse: list[ToParse] = []
    duplicates: list[tuple[LandingFile, str]] = []
    unchanged: list[LandingFile] = []
    superseded: list[LedgerRow] = []
    first_in_run: dict[str, LandingFile] = {}

    for f in sorted(files, key=lambda x: x.source_file):
        own = by_version.get((f.source_file, f.sha256))
        if own is not None and own.status in (LOADED, DUPLICATE, REPLACED):
            unchanged.append(f)
            continue
        if own is not None and own.status == QUARANTINED and not retry_quarantined:
            unchanged.append(f)
            continue
        original = loaded_by_sha.get(f.sha256)
        if original is not None and original.source_file != f.source_file:
            duplicates.append((f, f"same content as {original.source_file} (already loaded)"))
            continue
        bad_twin = quarantined_by_sha.get(f.sha256)
        if bad_twin is not None and bad_twin.source_file != f.source_file and not retry_quarantined:
            duplicates.append((f, f"same content as {bad_twin.source_file} (quarantined: {bad_twin.reason})"))
            continue
        twin = first_in_run.get(f.sha256)
        if twin is not None:
            duplicates.append((f, f"same content as {twin.source_file} (in this delivery)"))
            continue
        first_in_run[f.sha256] = f
        older = [r for r in loaded_by_path.get(f.source_file, []) if r.source_sha256 != f.sha256]
        superseded.extend(older)
        to_parse.append(
            ToParse(
                file=f,
                replaces=tuple(sorted({r.issue_id for r in older if r.issue_id})),
                retry=own is not None,
            )
        )
    return Plan(tuple(to_parse), tuple(duplicates), tuple(unchanged), tuple(superseded))


def batch_count(n_items: int, total_bytes: int, *, max_bytes: int, max_items: int, parallel: int = 1) -> int:
    """How many batches :func:`sized_batches` makes of ``n_items`` items of ``total_bytes``."""
    if n_items <= 0:
        return 0
    n = max(1, -(-total_bytes // max(1, max_bytes)), -(-n_items // max(1, max_items)))
    if n > 1 and parallel > 1:
        n = -(-n // parallel) * parallel  # a multiple of the workers: they finish together
    return min(n, n_items)


def sized_batches(items: Sequence, weights: Sequence[int], *, max_bytes: int, max_items: int,
                  parallel: int = 1) -> list[list]:
    """Consecutive items (in order) in batches of about equal bytes: about ``max_bytes`` each at
    most (an item bigger than that is a batch of its own), ``max_items`` at most, and as many
    batches as a multiple of ``parallel`` (the workers) when there is more than one.

    Each batch is a Prefect task, whose fixed cost (~0.1 s of CPU across the flow, the worker and
    the API) does not depend on its size, while a batch's tables in memory do; so batches are
    sized by bytes, not files. Laid-out real news (~7 KB a file), 440 files, 600 KB, 2 workers:
    6 batches of ~73 files; the synthetic archive's ~24 KB files: ~25 files a batch."""
    n = batch_count(len(items), sum(weights), max_bytes=max_bytes, max_items=max_items, parallel=parallel)
    if n == len(items):
        return [[item] for item in items]
    total = sum(weights)
    out: list[list] = [[] for _ in range(n)]
    done = 0
    for i, (item, weight) in enumerate(zip(items, weights, strict=True)):
        # the batch holding the item's middle byte (by position when there are no bytes at all)
        k = int((done + weight / 2) * n / total) if total else i * n // len(items)
        out[min(k, n - 1)].append(item)
        done += weight
    size = max(1, max_items)
    return [b[i : i + size] for b in out if b for i in range(0, len(b), size)]


# -- per batch: which delivery wins, what is quarantined ------------------------------------------


class Outcome(Protocol):
    """What the decisions need of a worker's result for one file (flows.work.FileOutcome)."""

    source_file: str
    sha256: str
    status: str  # PARSED, REJECTED or FAILED
    issue_id: str | None
    replaces: tuple[str, ...]
    page: str | None


def key_of(outcome: Outcome) -> str:
    """What the file delivers (see "Keys" above): the whole issue, or one page of it. Anything
    with ``issue_id`` and ``page`` will do (a parsed file, or a ``flows.deliveries.Arrival``)."""
    page = getattr(outcome, "page", None)
    return outcome.issue_id if page is None else f"{outcome.issue_id}#{page}"


@dataclass(frozen=True)
class Conflict:
    outcome: Outcome
    first: str  # source_file of the delivery that keeps the key

    @property
    def reason(self) -> str:
        return f"{self.outcome.issue_id} is also delivered by {self.first}"


@dataclass(frozen=True)
class BatchVerdict:
    rejected: tuple[Outcome, ...]  # bad input: quarantined with the parser's reason
    failed: tuple[Outcome, ...]  # our bug: logged with its traceback, retried next run
    to_gate: tuple[Outcome, ...]  # parsed, and first to deliver their key: validated next
    conflicts: tuple[Conflict, ...]  # parsed, but another file of this run delivered the key first
    claims: Mapping[str, str]  # key -> source_file, including this batch's winners


def claim(outcome: Outcome, claims: Mapping[str, str]) -> str | None:
    """The file that already delivered this outcome's key in this run, or None: the first file
    of a night keeps a key, a second one is quarantined (it may be retried once fixed)."""
    return claims.get(key_of(outcome))


def sort_outcomes(outcomes: Iterable[Outcome], claims: Mapping[str, str]) -> BatchVerdict:
    """Sort a batch's results: rejected, failed, to the gate, or losing to an earlier delivery.

    ``claims`` are the keys delivered so far this run (and not since held back by the gate); two
    files of one batch with the same key: the first in the batch wins."""
    owners = dict(claims)
    rejected, failed, to_gate, conflicts = [], [], [], []
    for o in outcomes:
        if o.status == REJECTED:
            rejected.append(o)
        elif o.status == FAILED:
            failed.append(o)
        elif (first := claim(o, owners)) is not None:
            conflicts.append(Conflict(o, first))
        else:
            owners[key_of(o)] = o.source_file
            to_gate.append(o)
    return BatchVerdict(tuple(rejected), tuple(failed), tuple(to_gate), tuple(conflicts), owners)


def waits_for_gate(outcomes: Iterable[Outcome], pending_keys: Iterable[str]) -> bool:
    """Validate what is queued before settling this batch when it delivers a key that is still
    waiting for the gate: if the gate holds the first delivery back, this one may load instead."""
    pending = set(pending_keys)
    return any(o.status == PARSED and key_of(o) in pending for o in outcomes)


def gate_while_waiting(to_submit: int, unfinished: int, workers: int, next_in: bool) -> bool:
    """Validate what is queued now, before the next result, rather than when the queue is full or
    the last result is in: when every batch is submitted, a worker has nothing left to do (fewer
    batches unfinished than workers) and the next result is not in yet.

    The gate (Great Expectations, ~0.4 s of CPU a call, then ~1 ms an issue, and the staging)
    then runs on the idle worker's core beside the last batches, instead of after them on one
    core while the other waits: that tail of a 440-issue backfill of real news held 223 issues,
    this way 77. When the gate runs thus depends on timing, so nothing it decides may depend on
    how the night is cut into calls (``expectations.gate``: summaries per run, numbers against
    the issues before in the run's order). Never while both workers are busy: a call then takes
    a core from them."""
    return to_submit == 0 and unfinished < workers and not next_in


@dataclass(frozen=True)
class GateVerdict:
    load: tuple[Outcome, ...]
    hold: tuple[Outcome, ...]  # their issue failed a critical check: quarantined
    released: tuple[str, ...]  # keys given up by held deliveries (another file may claim them)


def gate_verdict(validated: Iterable[Outcome], failed_issues: Iterable[str]) -> GateVerdict:
    """The gate judges whole issues: every delivery of an issue it holds back is held back."""
    failed = set(failed_issues)
    load, hold = [], []
    for o in validated:
        (hold if o.issue_id in failed else load).append(o)
    return GateVerdict(tuple(load), tuple(hold), tuple(key_of(o) for o in hold))


# -- which rows are replaced ------------------------------------------------------------------------


@dataclass(frozen=True)
class Replacement:
    keys: frozenset[str]  # live issue ids whose rows go (the issue is written again, or moved away)
    retired: tuple[tuple[str, str], ...]  # (source_file, sha256) versions the ledger marks replaced
    reasons: Mapping[tuple[str, str], str] = field(default_factory=dict)  # when not REASON

    REASON = "a newer delivery of the issue was loaded"

    def reason(self, version: tuple[str, str]) -> str:
        return self.reasons.get(version, self.REASON)


class Retiring(Protocol):
    """What an issue's loading retires (flows.deliveries.Job.retired)."""

    retired: Sequence  # of (source_file, sha256, reason) records


def replacements(
    loading: Iterable[Outcome],
    live: Mapping[str, tuple[str, str]],
    loaded_by_path: Mapping[str, Sequence[str]],
    jobs: Mapping[str, Retiring] | None = None,
) -> Replacement:
    """What loading these deliveries replaces.

    ``live``: issue id -> (source_file, sha256) of what the warehouse holds; ``loaded_by_path``:
    path -> sha256 of its versions the ledger has as loaded; ``jobs``: issue id -> what loading it
    retires, with reasons (``flows.deliveries``: the page files a whole issue replaces, an earlier
    delivery of a page). A delivery replaces its issue and the issues an older version of its path
    delivered (``replaces``); the file versions those came from are retired, as is any older loaded
    version of the same path. An issue planned as a job retires exactly what its job says (its
    issue row names only its first file, so ``live`` cannot tell)."""
    loading = list(loading)
    jobs = jobs or {}
    keys: set[str] = set()
    retired: set[tuple[str, str]] = set()
    reasons: dict[tuple[str, str], str] = {}
    for o in loading:
        keys.add(o.issue_id)
        keys.update(o.replaces)
        for issue in (o.issue_id, *o.replaces):
            old = live.get(issue)
            if issue not in jobs and old and old != (o.source_file, o.sha256):
                retired.add(old)
        for sha in loaded_by_path.get(o.source_file, ()):
            if sha != o.sha256:
                retired.add((o.source_file, sha))
                reasons[(o.source_file, sha)] = "a newer version of this file was delivered"
    for issue in {o.issue_id for o in loading}:
        for r in getattr(jobs.get(issue), "retired", ()):
            retired.add((r.source_file, r.sha256))
            reasons[(r.source_file, r.sha256)] = r.reason
    replaced = keys & (set(live) | {k for o in loading for k in o.replaces})
    return Replacement(frozenset(replaced), tuple(sorted(retired)), reasons)


# -- when the night fails -----------------------------------------------------------------------


@dataclass(frozen=True)
class NightVerdict:
    fails: bool
    message: str = ""


def night_verdict(parsed: int, quarantined: int, failed: int, threshold: float) -> NightVerdict:
    """The circuit breaker: when more than ``threshold`` of the night's parsed files were held
    back or failed, something is wrong with the night (an exporter change, a broken release),
    and nothing of it is published."""
    bad = quarantined + failed
    if parsed and bad / parsed > threshold:
        return NightVerdict(True, f"{bad} of {parsed} new files were quarantined or failed, more than the "
                                  f"{threshold:.0%} threshold; nothing was published")
    return NightVerdict(False)
