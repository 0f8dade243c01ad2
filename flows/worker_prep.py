"""What every parse worker needs before its first task, prepared once where the workers are forked
from: in ``baozhi run``'s own process (``flows.pool.fork_server_here``) or in a fork server started
as a fresh interpreter (``flows.pool_preload``)."""

from __future__ import annotations

from pathlib import Path


def import_worker_modules() -> None:
    """Import, in this process, what every worker runs: Prefect's task engine, the tasks' module,
    the transforms and the table builders (Prefect's collections: :func:`load_collections`)."""
    import prefect.task_engine  # noqa: F401  the engine that runs each task in the worker

    import flows.nightly  # noqa: F401  the module of the tasks the workers unpickle
    import transforms.assemble  # noqa: F401  what process_jobs imports on its first batch
    import transforms.delivery  # noqa: F401
    import transforms.language  # noqa: F401
    import transforms.parse  # noqa: F401
    import warehouse.rows  # noqa: F401


def load_collections() -> None:
    """Prefect's scan of its installed collections, which each worker's first task run did (the
    flow run's context names its result storage by block type, and looking that up loads every
    collection): prefect-dask, and with it Dask's distributed, ~0.4 s of CPU. Done in the fork
    server once it is forked (``flows.pool.fork_server_here``): the run's own process never needs
    it, and preparing there is what a run with workers waits for before its first batch."""
    from prefect.plugins import load_prefect_collections

    load_prefect_collections()


def prepare(user_dicts: tuple[Path, ...], papers: tuple[Path, ...]) -> None:
    """The modules, then the tokenizer and the tables (not the collections). A dictionary or paper
    file that cannot be read is left to each worker's initializer to report, with its traceback."""
    from flows.work import warm_workers

    import_worker_modules()
    try:
        warm_workers(user_dicts, papers)
    except OSError:
        pass
