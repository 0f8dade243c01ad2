"""What a run can know before Prefect starts: whether there is anything to do, and how much.

A run with nothing new used to pay for everything a run with work pays for (Prefect's temporary
API, Great Expectations, the worker pool: ~8 s) to answer "nothing new". Discovery (hashing the
landing files) and the ledger check need only DuckDB and the file system, so they come first;
when they find nothing to parse and nothing to record, that is the answer, and nothing else
starts. When there is work, its size chooses what the run starts (:func:`sized_for`).
"""

from __future__ import annotations

import datetime as dt
import secrets
import time
from dataclasses import dataclass

from baozhi.settings import Settings
from flows import decide
from flows.discover import discover
from flows.summary import RunSummary
from warehouse import layout


@dataclass(frozen=True)
class Look:
    """The pre-flight check's result: ``summary`` when the run is already answered."""

    summary: RunSummary | None
    to_parse: int  # files the flow will parse
    to_parse_bytes: int = 0  # and their size


def new_run_id(now: dt.datetime | None = None) -> str:
    """``run-20260925T023000Z-3f9a1c``: sortable by start time, unique across machines."""
    now = now or dt.datetime.now(dt.timezone.utc)
    return f"run-{now.strftime('%Y%m%dT%H%M%SZ')}-{secrets.token_hex(3)}"


def look(settings: Settings) -> Look:
    """Discovery and the ledger check, as the flow does them; call with the run lock held.

    Nothing to parse and no duplicate to record: the summary the flow would give ("nothing new",
    the warehouse unchanged: not even a ``runs`` row), without starting it."""
    started = time.perf_counter()
    if not layout.committed(settings.lake_dir):
        # A warehouse that never committed has no ledger: whatever discovery finds is new. The
        # run's flow recovers a killed first run's leftovers when it reads the warehouse, as every
        # run does; this check needs neither Arrow nor DuckDB, so Prefect's API, which the run
        # waits for, is launched ~0.2 s sooner and they are imported while it boots.
        found = discover(settings.landing)
        plan = decide.plan(found.files, (), retry_quarantined=settings.retry_quarantined)
        if plan.to_parse or plan.duplicates:
            return Look(None, len(plan.to_parse), sum(item.file.bytes for item in plan.to_parse))

    from flows.record import RunRecord
    from flows.state import WarehouseState  # DuckDB + Arrow; no Prefect, no Great Expectations
    from warehouse.store import Warehouse

    warehouse = Warehouse(settings.data)
    state = WarehouseState.read(warehouse)  # recovers a killed run's leftovers first
    found = discover(settings.landing)
    plan = decide.plan(found.files, state.ledger, retry_quarantined=settings.retry_quarantined)
    if plan.to_parse or plan.duplicates:
        return Look(None, len(plan.to_parse), sum(item.file.bytes for item in plan.to_parse))
    if not warehouse.catalog_path.exists():  # a first run with nothing to load: analysts still
        warehouse.rebuild()  # find the warehouse's (empty) tables
    summary = RunRecord.start(new_run_id(), str(settings.warehouse_path), str(settings.landing), found, plan).close(
        "nothing new", "warehouse unchanged"
    )
    summary.seconds = time.perf_counter() - started
    return Look(summary, 0)


def sized_for(settings: Settings, to_parse: int, to_parse_bytes: int = 0) -> Settings:
    """The settings a run of ``to_parse`` files (of ``to_parse_bytes``) needs: no more worker
    processes than batches, and none at all for a single batch (its files are parsed in the flow's
    own process, which then spends ~1 s building the tokenizer instead of starting a pool)."""
    if settings.runner != "process":
        return settings  # threads, or a Dask cluster: what was asked for
    batches = decide.batch_count(to_parse, to_parse_bytes, max_bytes=settings.batch_bytes,
                                 max_items=settings.batch_size, parallel=settings.workers)
    if batches <= 1:
        return settings.model_copy(update={"runner": "thread", "workers": 1})
    return settings.model_copy(update={"workers": min(settings.workers, batches)})
