"""`baozhi run`, `baozhi serve`, `baozhi status`: the nightly flow and what it did."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Annotated, Optional

import typer

from baozhi import settings as settings_mod
from baozhi.app import app, load_settings
from flows.children import collector_paused

LandingOpt = Annotated[
    Optional[Path],
    typer.Option("--landing", help="Folder of issue files (default: $BAOZHI_LANDING, else the bundled samples)."),
]
DataOpt = Annotated[
    Optional[Path], typer.Option("--data", help="Data dir for the warehouse (default: $BAOZHI_DATA, else ./data).")
]


@app.command()
def run(
    landing: LandingOpt = None,
    data: DataOpt = None,
    retry_quarantined: Annotated[
        bool, typer.Option("--retry-quarantined", help="Parse quarantined files again (after a fix).")
    ] = False,
    runner: Annotated[
        Optional[str], typer.Option("--runner", help="Task runner: process (default), thread or dask.")
    ] = None,
    dask_address: Annotated[
        Optional[str], typer.Option("--dask-address", help="Existing Dask scheduler, e.g. tcp://10.0.0.5:8786.")
    ] = None,
    workers: Annotated[Optional[int], typer.Option("--workers", help="Worker processes (default: all cores).")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show Prefect's full logs.")] = False,
) -> None:
    """Run the nightly flow once, now.

    Every landing file ends up loaded, duplicate or quarantined (with a reason). Exit code 0 when the
    run completed, even if some files were quarantined; 1 when the run itself failed (e.g. more than
    the allowed share of files quarantined); 2 when another run holds the data dir.

    Examples: `baozhi run` · `baozhi run --landing /srv/epaper --data /srv/baozhi` ·
    `baozhi run --retry-quarantined` · `baozhi run --runner dask --dask-address tcp://10.0.0.5:8786`
    """
    settings = load_settings(
        landing=landing, data=data, retry_quarantined=retry_quarantined or None, runner=runner,
        dask_address=dask_address, workers=workers, verbose=verbose or None,
        progress=sys.stderr.isatty() or None,
    )
    summary = _timed(execute(settings))
    typer.echo(summary.render())
    raise typer.Exit(0 if summary.ok else 1)


def execute(settings: settings_mod.Settings):
    """One run with the lock held; returns the RunSummary. Discovery and the ledger check come
    first: a run with nothing new answers without starting Prefect; otherwise the flow runs with
    a Prefect API and as many workers as its batches need (none for a single batch)."""
    settings_mod.apply_prefect_environment(settings.verbose)
    from flows.lock import RunLocked, run_lock
    from flows.quick import look, sized_for

    try:
        with run_lock(settings.data):
            with collector_paused():
                early = look(settings)
            if early.summary is not None:
                return early.summary
            from flows.server import prefect_api

            sized = sized_for(settings, early.to_parse, early.to_parse_bytes)
            with prefect_api(while_starting=lambda: _prepare(sized)):
                from flows.nightly import with_runner

                state = with_runner(sized)(sized, return_state=True)
                summary = state.result(raise_on_failure=False)
    except RunLocked as exc:
        typer.echo(f"baozhi: {exc}", err=True)
        raise typer.Exit(2) from None
    if isinstance(summary, BaseException):
        raise summary
    return summary


def _prepare(settings: settings_mod.Settings) -> None:
    """What this run needs ready before its flow starts, done while Prefect's API boots (its
    server was launched first, before this process imports Prefect): the workers' modules and
    tokenizer, prepared here and handed to the workers' fork server by forking it from this
    process (while no other thread runs in it), then this process's own imports."""
    with collector_paused():
        if settings.runner == "process":
            from flows import pool, worker_prep

            dicts, papers = tuple(settings.user_dicts), tuple(settings.papers)
            if not pool.fork_server_here(lambda: worker_prep.prepare(dicts, papers), worker_prep.load_collections):
                pool.start_early()
        from flows.nightly import preload

        preload(settings)


def _timed(summary):
    """The summary with the wall time of this whole `baozhi run` process (from its start:
    interpreter, imports, Prefect's API, the workers, their shut-down) and its start-up (up to
    the flow body's first line; none when the run was answered before any flow started)."""
    now = time.time()
    started = now - _process_age()
    summary.wall_seconds = now - started
    if summary.flow_started_at:
        summary.startup_seconds = max(0.0, summary.flow_started_at - started)
    return summary


def _process_age() -> float:
    """Seconds since this process started (Linux: its start tick against CLOCK_BOOTTIME, 10 ms
    steps; psutil's create_time() rounds the boot time to whole seconds)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            ticks = int(f.read().rsplit(")", 1)[1].split()[19])  # field 22, starttime
        return time.clock_gettime(time.CLOCK_BOOTTIME) - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, AttributeError, ValueError, IndexError):
        import psutil

        return time.time() - psutil.Process().create_time()


@app.command()
def serve(
    cron: Annotated[Optional[str], typer.Option("--cron", help="Cron schedule (default: 30 2 * * *, 02:30).")] = None,
    timezone: Annotated[Optional[str], typer.Option("--timezone", help="Time zone (default: Asia/Shanghai).")] = None,
    landing: LandingOpt = None,
    data: DataOpt = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show Prefect's full logs.")] = False,
) -> None:
    """Serve the nightly flow on its schedule until stopped (Ctrl-C).

    The same flow `baozhi run` executes; runs never overlap (deployment concurrency limit 1, and
    the data-dir lock). Needs a Prefect API: your server via PREFECT_API_URL, or `prefect server
    start` in another terminal. Example: `baozhi serve --cron "0 3 * * *" --timezone Asia/Shanghai`
    """
    settings = load_settings(landing=landing, data=data, cron=cron, timezone=timezone, verbose=verbose or None)
    settings_mod.apply_prefect_environment(settings.verbose)
    from prefect import serve as prefect_serve

    from flows.deployment import nightly_deployment

    deployment = nightly_deployment(settings)
    typer.echo(f"serving 'nightly' on cron '{settings.cron}' ({settings.timezone}); Ctrl-C to stop")
    prefect_serve(deployment)


@app.command()
def status(
    data: DataOpt = None,
    landing: LandingOpt = None,
    runs: Annotated[int, typer.Option("--runs", help="How many recent runs to list.")] = 5,
) -> None:
    """Recent runs, ledger counts by status, quarantined and failed files with reasons, and any
    landing file not yet accounted for (new, skipped as hidden/partial/outside symlink). Checks the
    landing folder the last run read, unless --landing names another.

    Example: `baozhi status --data /srv/baozhi`
    """
    settings = load_settings(landing=landing, data=data)
    from flows.status import render_status

    typer.echo(render_status(settings, runs=runs, landing=settings.landing if landing else None))


