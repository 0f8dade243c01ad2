"""The nightly deployment: what `baozhi serve` serves and what `prefect.yaml` describes."""

from __future__ import annotations

from baozhi.settings import Settings


def deployment_parameters(settings: Settings) -> dict:
    """The settings as JSON-ready flow parameters (paths as strings)."""
    fields = settings.model_dump(mode="json")
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
