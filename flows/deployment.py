"""The nightly deployment: what `baozhi serve` serves and what `prefect.yaml` describes."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from baozhi.settings import Settings


def deployment_parameters(settings: Settings) -> dict:
    """The settings as JSON-ready flow parameters (paths as strings)."""
    def plain(value):
        if isinstance(value, Path):
            return str(value)
        if isinstance(value, tuple):
            return [plain(v) for v in value]
        return value

    fields = {f.name: plain(getattr(settings, f.name)) for f in dataclasses.fields(settings)}
    fields["progress"] = False  # nobody watches a scheduled run's terminal
    return {"settings": fields}


def nightly_deployment(settings: Settings):
    """`nightly` on its cron schedule in its time zone; never two runs at once."""
    from prefect.schedules import Cron

    from flows.nightly import with_runner

    return with_runner(settings).to_deployment(
        name="nightly",
        schedules=[Cron(settings.cron, timezone=settings.timezone)],
        concurrency_limit=1,
        parameters=deployment_parameters(settings),
        description="baozhi: ingest the night's issue files into the warehouse",
        tags=["baozhi"],
    )
