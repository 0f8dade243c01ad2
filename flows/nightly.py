"""The nightly Prefect flow, as a straight line of stages:

    read the warehouse's state → discover → plan → identify (which issue and page each new file
    is) → group into issues → parse and assemble (+ tokenise) in batches → settle each batch →
    validate and stage per chunk → judge the night → commit → report → summary

Tasks are thin adapters; the work is in ``flows.work`` (per batch, in the workers), the choices in
``flows.decide`` (pure), the writes in ``flows.night``, the book-keeping in ``flows.record``.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from baozhi.settings import Settings, load
from baozhi.version import pipeline_version
from flows import decide, deliveries
from flows.discover import Discovery, discover
from flows.lock import run_lock
from flows.memory import release_freed_memory
from flows.progress import progress_for
from flows.quick import new_run_id
from flows.runners import task_runner_for
from flows.summary import RunSummary
from flows.work import BatchOutput, FileOutcome, JobIn, LanguageInputs, identify_batch, process_jobs, receive_tables

# Parsed issues gathered before one gate call and one staged write. Great Expectations costs
# ~0.15 s per table per call whatever the size, so one call per 25-file batch spent more time in
# GE's machinery than in the checks; 200 issues hold ~40 MB of tables (tokens dictionary-encoded).
VALIDATE_ISSUES = 200


def _is_transient(task, task_run, state) -> bool:
    """Retry reading the landing folder only for I/O trouble (NFS hiccup), never for bad data."""
    try:
        state.result()
    except OSError:
        return True
    except Exception:
        return False
    return False


@task(name="discover", retries=2, retry_delay_seconds=2, retry_condition_fn=_is_transient)
def discover_task(settings: Settings) -> Discovery:
    return discover(settings.landing)


# Results are big and the flow consumes each once: not kept in memory, and no cache key. Prefect's
# default key hashes the task's inputs (every job of the batch) in the worker before each run,
# ~15 ms of CPU a batch, for a cache that would only serve a batch parsed twice in one run.
@task(name="parse-batch", cache_result_in_memory=False, cache_policy=NO_CACHE)
def parse_batch_task(
    jobs: list[JobIn], default_paper: str, language: LanguageInputs, run_id: str, version: str, spool: str | None = None
) -> BatchOutput:
    return process_jobs(
        jobs, default_paper=default_paper, language=language, run_id=run_id, pipeline_version=version, spool_dir=spool
    )


@flow(name="nightly", description="Ingest new issue files into the baozhi warehouse.")
def nightly(settings: Settings | None = None) -> RunSummary:
    """One run over the landing folder. ``settings`` default to the environment (scheduled runs)."""
    settings = settings or load()
    with run_lock(settings.data):
        return _run(settings)


def _run(settings: Settings) -> RunSummary:
    # Imported here, not at module level: the parse workers import this module to unpickle
    # parse_batch_task, and the night's writer pulls in Great Expectations (~200 MB a worker).
    from flows.night import Night
    from flows.record import RunRecord
    from flows.state import WarehouseState
    from warehouse.store import Warehouse

    logger = get_run_logger()
    started, started_at = time.perf_counter(), time.time()  # the epoch for `baozhi run`'s start-up
    run_id, version = new_run_id(), pipeline_version()
    logger.info("run %s: landing %s → %s", run_id, settings.landing, settings.data)

    warehouse = Warehouse(settings.data)
    state = WarehouseState.read(warehouse)
    found = discover_task(settings)
    plan = decide.plan(found.files, state.ledger, retry_quarantined=settings.retry_quarantined)
    record = RunRecord.start(run_id, str(settings.warehouse_path), str(settings.landing), found, plan)
    if not (plan.to_parse or plan.duplicates):
        summary = record.close("nothing new", "warehouse unchanged")  # nothing is written at all
        summary.seconds, summary.flow_started_at = time.perf_counter() - started, started_at
        return summary

    night = timed(record, "validate", Night.open, settings, run_id, version, warehouse, plan)
    issues = timed(record, "identify", identify, settings, plan, night, record)
    queue = GateQueue(jobs={j.issue_id: j for j in issues.jobs})
    for output in parse(settings, plan, issues, night, run_id, version):
        if output is None:  # a worker is idle and the next result is not in: the gate, meanwhile
            validate_and_stage(night, state, record, queue)
        else:
            settle_batch(output, night, state, record, queue)
    validate_and_stage(night, state, record, queue)

    verdict = decide.night_verdict(len(plan.to_parse), len(record.summary.quarantined),
                                   len(record.summary.failed), settings.quarantine_threshold)
    if verdict.fails:
        message = f"{verdict.message} (files kept in {settings.quarantine_dir / run_id})"
        summary = record.close("failed", message)
    else:
        summary = record.close("completed")
    timed(record, "publish", night.commit, record, night_failed=verdict.fails)
    summary.report = night.report()
    summary.stage_seconds = {k: round(v, 2) for k, v in record.stage_seconds.items()}
    summary.seconds, summary.flow_started_at = time.perf_counter() - started, started_at
    logger.info("run %s finished: %s", run_id, summary.status)
    return summary


def identify(settings: Settings, plan: decide.Plan, night, record) -> deliveries.IssuePlan:
    """Which issue (and page) every new file is; then which files make which issue tonight
    (``flows.deliveries``): a late page joins the pages loaded before, a second file of one page
    replaces the first. Files that cannot be read are quarantined here.

    In this process, not in tasks: identifying reads only a file's short lines (~30 MB/s, a
    tenth of the parse), while a round of Prefect tasks cost more than the work (15 s of a 1-year
    backfill's 76 s flow on this shared machine, against ~0.5 s here)."""
    arrivals = []
    for batch in decide.sized_batches(plan.to_parse, [item.file.bytes for item in plan.to_parse],
                                      max_bytes=settings.batch_bytes, max_items=settings.batch_size):
        found_batch = identify_batch(night.read_files(batch), default_paper=settings.default_paper,
                                     paper_files=tuple(settings.papers))
        for found in found_batch:
            if found.status == decide.PARSED:
                arrivals.append(deliveries.Arrival(found.source_file, found.sha256, found.issue_id, found.page))
            elif found.status == decide.REJECTED:
                record.quarantined(found, night.quarantine_rejected(found), None)
            else:
                get_run_logger().error("%s failed (a bug, not bad input; retried next run):\n%s",
                                       found.source_file, found.traceback or found.reason)
                record.failed(found)
    issues = deliveries.plan_issues(arrivals, night.live_deliveries())
    record.passed_over(issues.passed_over)
    return issues


def parse(settings: Settings, plan: decide.Plan, issues: deliveries.IssuePlan, night, run_id: str,
          version: str) -> Iterator[BatchOutput | None]:
    """The parse tasks' results, in order, keeping the workers busy: every worker has a batch and
    as many results wait, so the workers go on while this process validates and stages a chunk
    (~1.5 s). A result is ~2 MB (packed). A batch holds whole issues, about ``batch_bytes`` of files.
    None before a result when the queue may be validated while waiting for it
    (:func:`flows.decide.gate_while_waiting`)."""
    language, spool = night.language_inputs(), night.spool_dir()
    window = 2 * settings.workers + 2
    to_parse = {item.file.source_file: item for item in plan.to_parse}
    kept = night.read_back(issues.reads_back())
    weights = [sum(to_parse[a.source_file].file.bytes for a in job.new) for job in issues.jobs]
    todo = deque(decide.sized_batches(issues.jobs, weights, max_bytes=settings.batch_bytes,
                                      max_items=settings.batch_size, parallel=settings.workers))
    pending: deque = deque()
    with progress_for(settings, total=sum(len(j.new) for j in issues.jobs)) as progress:
        while todo or pending:
            while todo and len(pending) < window:
                jobs = night.jobs_in(todo.popleft(), to_parse, kept)
                pending.append(parse_batch_task.submit(jobs, settings.default_paper, language, run_id, version, spool))
            if decide.gate_while_waiting(len(todo), sum(not done(f) for f in pending), settings.workers,
                                         done(pending[0])):
                yield None
            output = pending.popleft().result()
            settled = len(output.outcomes)
            yield output
            del output  # the batch's tables were taken: nothing here keeps them
            progress(settled)


def done(future) -> bool:
    """Whether a submitted task's result is in, without asking the API (``future.state`` would):
    the futures of the process pool, the threads and Dask all wrap one that knows."""
    return future.wrapped_future.done()


@dataclass
class GateQueue:
    """Parsed deliveries waiting for the gate, with their batches' tables."""

    outcomes: list[FileOutcome] = field(default_factory=list)
    parts: list[dict] = field(default_factory=list)
    claims: dict[str, str] = field(default_factory=dict)  # key -> source_file, delivered this run
    jobs: dict = field(default_factory=dict)  # issue id -> flows.deliveries.Job, tonight's plan

    @property
    def keys(self) -> set[str]:
        return {decide.key_of(o) for o in self.outcomes}

    def take(self) -> tuple[list[FileOutcome], list[dict]]:
        out = (self.outcomes, self.parts)
        self.outcomes, self.parts = [], []
        return out


def settle_batch(output: BatchOutput, night, state, record, queue: GateQueue) -> None:
    """Quarantine what the parser refused and what loses to an earlier delivery, log our bugs,
    queue the rest for the gate; validate once ``VALIDATE_ISSUES`` issues are queued."""
    for k, v in output.seconds.items():
        record.stage_seconds[k] += v
    record.summary.bytes_in += output.bytes_in
    if decide.waits_for_gate(output.outcomes, queue.keys):
        validate_and_stage(night, state, record, queue)
    verdict = decide.sort_outcomes(output.outcomes, queue.claims)
    queue.claims = dict(verdict.claims)
    for o in verdict.rejected:
        record.quarantined(o, night.quarantine_rejected(o), None)
    for o in verdict.failed:
        # Our bug, not bad input: loud, with the whole traceback, and retried next run.
        get_run_logger().error("%s failed (a bug, not bad input; retried next run):\n%s",
                               o.source_file, o.traceback or o.reason)
        record.failed(o)
    tables = receive_tables(output) if (verdict.to_gate or output.refreshed) else {}
    if verdict.to_gate:
        queue.parts.append(night.rows_of(tables, verdict.to_gate))
        queue.outcomes.extend(verdict.to_gate)
    if output.refreshed:  # issues that lost a file to another issue: assembled from what remains
        night.stage_refreshed(tables, output.refreshed)
        record.issues_replaced += len(output.refreshed)
    del tables
    for c in verdict.conflicts:
        record.quarantined(c.outcome, night.quarantine_conflict(c), c.outcome.issue_id)
    del output
    if len(queue.keys) >= VALIDATE_ISSUES:
        validate_and_stage(night, state, record, queue)
    else:
        release_freed_memory()  # the batch's unpickled result is garbage now


def validate_and_stage(night, state, record, queue: GateQueue) -> None:
    """Validate the queued deliveries in one gate call; quarantine what it holds back (and free
    their keys), stage the rest with their articles' flags and the rows they replace."""
    if not queue.outcomes:
        return
    t0 = time.perf_counter()
    outcomes, parts = queue.take()
    result = night.validate(parts)
    record.dq_rows.extend(result.dq_rows)
    record.summary.warnings += len(result.warnings)
    verdict = decide.gate_verdict(outcomes, result.failed_issues)
    for key in verdict.released:
        queue.claims.pop(key, None)
    record.stage_seconds["validate"] += time.perf_counter() - t0

    t0 = time.perf_counter()
    if verdict.load:
        replaced = decide.replacements(verdict.load, state.live, state.loaded_by_path, queue.jobs)
        record.replaced(replaced)
        night.stage(parts, verdict.load, result.flags(), replaced, only_loading=bool(verdict.hold))
    record.stage_seconds["publish"] += time.perf_counter() - t0
    flagged = {}
    for fs in result.flagged_articles.values():
        flagged[fs[0].issue_id] = flagged.get(fs[0].issue_id, 0) + 1
    for o in verdict.load:
        record.loaded(o, flagged.get(o.issue_id, 0))
    for o in verdict.hold:
        record.quarantined(o, night.quarantine_held(o, result), o.issue_id)
    del parts, result
    release_freed_memory()


def timed(record, stage: str, fn, *args, **kwargs):
    t0 = time.perf_counter()
    try:
        return fn(*args, **kwargs)
    finally:
        record.stage_seconds[stage] += time.perf_counter() - t0


def preload(settings: Settings | None = None) -> None:
    """Prepare this process for the flow while Prefect's API starts, rather than after the flow
    run has begun: import what the flow body needs (Great Expectations, pandas, DuckDB: ~2 s)
    and, when the run parses in this process (``settings.runner == "thread"``: one batch), build
    the tokenizer (~0.8 s) and the tables that its first batch would otherwise build.

    Also what Prefect and the flow's first steps import on first use (~0.5 s of CPU): the flow
    and task engines, FastAPI's encoder (``Flow.serialize_parameters``, as the flow run is
    created), Prefect's flow-graph helpers (``Flow.__call__``), Arrow's query engine (the first
    ``Table.group_by``: the gate's tokens frame, the terms count) and the delivery rules
    (identify). Imported after the API answers, they were on the critical path of a one-file run,
    whose flow process otherwise waits here for the API."""
    import fastapi.encoders  # noqa: F401
    import prefect.flow_engine  # noqa: F401
    import prefect.task_engine  # noqa: F401
    import prefect.utilities.visualization  # noqa: F401
    import pyarrow.acero  # noqa: F401

    import flows.night  # noqa: F401
    import flows.state  # noqa: F401
    import transforms.delivery  # noqa: F401

    if settings is not None and settings.runner == "thread":
        import transforms.language  # noqa: F401  (parsed in this process: the parser's modules)
        import transforms.parse  # noqa: F401
        from flows.work import warm_workers

        # What the batch's task would build first: the tokenizer, the paper registry and jieba's
        # IDF table (~0.05 s of CPU, which keywords use while the warehouse is small).
        warm_workers(tuple(settings.user_dicts), tuple(settings.papers))


def with_runner(settings: Settings):
    """The flow bound to the task runner the settings ask for (process pool, threads or Dask)."""
    return nightly.with_options(task_runner=task_runner_for(settings))


__all__ = ["nightly", "preload", "with_runner", "new_run_id"]
