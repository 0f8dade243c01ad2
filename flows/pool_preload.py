"""What the parse pool's fork server (``flows.pool``) does once, before it forks any worker:
importing this module is preparing a worker. Nothing else imports it.

The workers then start with Prefect's task engine, the transforms and the tokenizer in place, and
share these pages with the server until they write to them.
"""

from __future__ import annotations

import gc

gc.disable()  # until the end: what is made here lives as long as the workers (frozen below)

import prefect.task_engine  # noqa: F401  the engine that runs each task in the worker
from prefect.plugins import load_prefect_collections

import flows.nightly  # noqa: F401  the module of the tasks the workers unpickle
import transforms.assemble  # noqa: F401  what process_jobs imports on its first batch
import transforms.delivery  # noqa: F401
import transforms.language  # noqa: F401
import transforms.parse  # noqa: F401
import warehouse.rows  # noqa: F401
from baozhi.paper_files import paper_registry
from baozhi.resources import idf_for
from baozhi.settings import SettingsError, load
from flows.work import warm_worker

load_prefect_collections()  # Prefect's entry-point scan, which each worker's first task run did


def _warm() -> None:
    # The tokenizer for the environment's dictionaries (the fork server is an entry point of its
    # own and reads the settings as every entry point does). A run given other dictionaries in its
    # Settings object finds no match in tokenizer_for's cache and builds its own in the worker's
    # initializer, as before. Trouble here (a missing user dictionary) is left to that
    # initializer to report with its traceback: a fork server that died here would only show as
    # workers failing to start.
    try:
        settings = load()
    except SettingsError:
        return
    try:
        warm_worker(tuple(settings.user_dicts))
        paper_registry(tuple(settings.papers))
    except OSError:
        return
    idf_for(0, {})  # jieba's IDF table, which keywords use while the warehouse is small


_warm()
# Objects made so far live as long as the workers: keep the collector from touching (and so
# copying) their pages in every worker. It was paused while they were made: each collection
# during these imports walked everything made before it (~0.6 s of the server's ~2.7 s of CPU).
gc.freeze()
gc.enable()
