"""The nightly Prefect flow: discover → claim → parse (+ tokenise) → validate → publish → summary.

Tasks are thin adapters; the work is in ``flows.work`` (per batch), ``flows.ledger`` (what to do
with each file), ``expectations`` (the gate) and ``warehouse`` (the atomic publish).
"""

from __future__ import annotations

import datetime as dt
import secrets
import time
from collections import deque

from prefect import flow, get_run_logger, task

from baozhi.settings import Settings, load
from baozhi.version import pipeline_version
from flows import ledger as ledger_mod
from flows.discover import Discovery, discover
from flows.lock import run_lock
from flows.progress import progress_for
from flows.runners import task_runner_for
from flows.summary import RunSummary
from flows.work import BatchOutput, FileIn, LanguageInputs, process_batch


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


@task(name="parse-batch", cache_result_in_memory=False)  # results are big; the flow consumes each once
def parse_batch_task(
    files: list[FileIn], default_paper: str, language: LanguageInputs, run_id: str, version: str, spool: str | None = None
) -> BatchOutput:
    return process_batch(
        files, default_paper=default_paper, language=language, run_id=run_id, pipeline_version=version, spool_dir=spool
    )


def new_run_id(now: dt.datetime | None = None) -> str:
    """``run-20260925T023000Z-3f9a1c``: sortable by start time, unique across machines."""
    now = now or dt.datetime.now(dt.timezone.utc)
    return f"run-{now.strftime('%Y%m%dT%H%M%SZ')}-{secrets.token_hex(3)}"


@flow(name="nightly", description="Ingest new issue files into the baozhi warehouse.")
def nightly(settings: Settings | None = None) -> RunSummary:
    """One run over the landing folder. ``settings`` default to the environment (scheduled runs)."""
    settings = settings or load()
    with run_lock(settings.data):
        return _run(settings)


def _run(settings: Settings) -> RunSummary:
    # Imported here, not at module level: the parse workers import this module to unpickle
    # parse_batch_task, and RunBook pulls in Great Expectations (~200 MB per worker for nothing).
    from flows.publish import RunBook

    logger = get_run_logger()
    started = time.perf_counter()
    run_id = new_run_id()
    version = pipeline_version()
    book = RunBook.open(settings, run_id, version)
    logger.info("run %s: landing %s → %s", run_id, settings.landing, settings.data)

    found = discover_task(settings)
    plan = ledger_mod.plan(found.files, book.ledger_rows, retry_quarantined=settings.retry_quarantined)
    book.claim(plan, found)

    language = book.language_inputs()
    spool = book.spool_dir()
    work = ledger_mod.batches(list(plan.to_parse), settings.batch_size)
    # Batches in flight: every worker busy and as many results waiting, so the workers keep going
    # while this process validates and stages a chunk (~1.5 s). A result is ~2 MB (packed).
    window = 2 * settings.workers + 2
    pending: deque = deque()
    with progress_for(settings, total=len(plan.to_parse)) as progress:
        todo = deque(work)
        while todo or pending:
            while todo and len(pending) < window:
                batch = todo.popleft()
                files = book.read_files(batch)
                pending.append(
                    parse_batch_task.submit(files, settings.default_paper, language, run_id, version, spool)
                )
            # No local name for the result: take_batch drops the batch's tables once queued.
            progress(book.take_batch(pending.popleft().result()))

    summary = book.finish(elapsed=time.perf_counter() - started, skipped=found.skipped)
    logger.info("run %s finished: %s", run_id, summary.status)
    return summary


def preload() -> None:
    """Import what the flow body needs in this process (Great Expectations, pandas, DuckDB:
    ~2 s), e.g. while the Prefect API starts, rather than after the flow run has begun."""
    import flows.publish  # noqa: F401


def with_runner(settings: Settings):
    """The flow bound to the task runner the settings ask for (process pool, threads or Dask)."""
    return nightly.with_options(task_runner=task_runner_for(settings))


__all__ = ["nightly", "preload", "with_runner", "new_run_id"]
