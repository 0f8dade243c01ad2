"""`baozhi run`, `baozhi serve`, `baozhi status`: the nightly flow and what it did."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from baozhi import settings as settings_mod
from baozhi.app import app, load_settings

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
    summary = execute(settings)
    typer.echo(summary.render())
    raise typer.Exit(0 if summary.ok else 1)


def execute(settings: settings_mod.Settings):
    """One run with the lock held and a Prefect API available; returns the RunSummary."""
    settings_mod.apply_prefect_environment(settings.verbose)
    from flows.lock import RunLocked, run_lock

    try:
        with run_lock(settings.data):
            from flows.nightly import preload, with_runner
            from flows.server import prefect_api

            with prefect_api(while_starting=preload):
                state = with_runner(settings)(settings, return_state=True)
                summary = state.result(raise_on_failure=False)
    except RunLocked as exc:
        typer.echo(f"baozhi: {exc}", err=True)
        raise typer.Exit(2) from None
    if isinstance(summary, BaseException):
        raise summary
    return summary


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
    """Recent runs, ledger counts by status, quarantined files with reasons, and any landing file
    not yet accounted for (new, skipped as hidden/partial/outside symlink).

    Example: `baozhi status --data /srv/baozhi`
    """
    settings = load_settings(landing=landing, data=data)
    from flows.status import render_status

    typer.echo(render_status(settings, runs=runs))


