"""Prefect's API for a local run: the user's server when configured, else one temporary server.

Prefect 3 starts a temporary server per process when none is configured; with a process pool
that means one per worker, and several servers on one SQLite file log 'database is locked'.
Starting one here and handing its address to the workers avoids both.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from baozhi.settings import prefect_api_url, set_prefect_api_url


@contextmanager
def prefect_api() -> Iterator[str]:
    url = prefect_api_url()
    if url:
        yield url
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    server.start()
    set_prefect_api_url(server.api_url)
    try:
        yield server.api_url
    finally:
        server.stop()
        set_prefect_api_url(None)  # a later run in this process must not talk to a stopped server
