"""What the parse pool's fork server (``flows.pool``) does once, before it forks any worker, when
it is started as a fresh interpreter (``flows.pool.start_early``): importing this module is
preparing a worker. Nothing else imports it.

The workers then start with Prefect's task engine, the transforms and the tokenizer in place, and
share these pages with the server until they write to them.
"""

from __future__ import annotations

import gc

gc.disable()  # until the end: what is made here lives as long as the workers (frozen below)

from baozhi.settings import SettingsError, load
from flows.children import die_with_parent
from flows.work import warm_workers
from flows.worker_prep import import_worker_modules, load_collections

die_with_parent()  # with the run that started it, killed or not (its workers die with it in turn)

import_worker_modules()
load_collections()


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
        warm_workers(tuple(settings.user_dicts), tuple(settings.papers))
    except OSError:
        return


_warm()
# Objects made so far live as long as the workers: keep the collector from touching (and so
# copying) their pages in every worker. It was paused while they were made: each collection
# during these imports walked everything made before it (~0.6 s of the server's ~2.7 s of CPU).
gc.freeze()
gc.enable()
