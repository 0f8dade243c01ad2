"""What every parse worker needs before its first task, prepared once where the workers are forked
from: in ``baozhi run``'s own process (``flows.pool.fork_server_here``) or in a fork server started
as a fresh interpreter (``flows.pool_preload``)."""

from __future__ import annotations

from pathlib import Path


def import_worker_modules() -> None:
    """Import, in this process, what every worker runs: Prefect's task engine (and its installed
    collections), the tasks' module, the transforms and the table builders."""
    import prefect.task_engine  # noqa: F401  the engine that runs each task in the worker
    from prefect.plugins import load_prefect_collections

    import flows.nightly  # noqa: F401  the module of the tasks the workers unpickle
    import transforms.assemble  # noqa: F401  what process_jobs imports on its first batch
    import transforms.delivery  # noqa: F401
    import transforms.language  # noqa: F401
    import transforms.parse  # noqa: F401
    import warehouse.rows  # noqa: F401

    load_prefect_collections()  # Prefect's entry-point scan, which each worker's first task run did


def prepare(user_dicts: tuple[Path, ...], papers: tuple[Path, ...]) -> None:
    """Both: the modules, then the tokenizer and the tables. A dictionary or paper file that cannot
    be read is left to each worker's initializer to report, with its traceback."""
    import_worker_modules()
    try:
        warm_workers(user_dicts, papers)
    except OSError:
        pass


def warm_workers(user_dicts: tuple[Path, ...], papers: tuple[Path, ...]) -> None:
    """Build, in this process, what every worker's first task would: the tokenizer for these
    dictionaries, the paper registry and jieba's IDF table (which keywords use while the warehouse
    is small). Raises OSError when a dictionary or a paper file cannot be read."""
    from baozhi.paper_files import paper_registry
    from baozhi.resources import idf_for
    from flows.work import warm_worker

    warm_worker(tuple(user_dicts))
    paper_registry(tuple(papers))
    idf_for(0, {})
