"""Which Prefect task runner executes the parse tasks: local processes, threads, or Dask."""

from __future__ import annotations

from baozhi.settings import Settings
from flows.work import warm_worker


def task_runner_for(settings: Settings):
    """``process`` (default): one worker process per core, jieba built once in each.
    ``thread``: in-process threads (debugging; jieba holds the GIL, so no speed-up).
    ``dask``: an existing cluster at ``--dask-address``, or a local cluster when none is given.
    """
    if settings.runner == "process":
        from flows.pool import ForkedProcessPoolTaskRunner

        return ForkedProcessPoolTaskRunner(
            max_workers=settings.workers, initializer=warm_worker, initargs=(tuple(settings.user_dicts),)
        )
    if settings.runner == "thread":
        from prefect.task_runners import ThreadPoolTaskRunner

        return ThreadPoolTaskRunner(max_workers=settings.workers)
    if settings.runner == "dask":
        from prefect_dask import DaskTaskRunner

        if settings.dask_address:
            return DaskTaskRunner(address=settings.dask_address)
        return DaskTaskRunner(
            cluster_kwargs={"n_workers": settings.workers, "threads_per_worker": 1, "processes": True}
        )
    raise ValueError(f"unknown runner {settings.runner!r}")
