"""Prefect's API for a local run: the user's server when configured, else one temporary server.

Prefect 3 starts a temporary server per process when none is configured; with a process pool
that means one per worker, and several servers on one SQLite file log 'database is locked'.
Starting one here and handing its address to the workers avoids both.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager

from baozhi.settings import prefect_api_url, set_prefect_api_url


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def prefect_api() -> Iterator[str]:
    url = prefect_api_url()
    if url:
        yield url
        return
    from prefect.server.api.server import SubprocessASGIServer

    # An explicit port: SubprocessASGIServer() without one is a per-process singleton that a test
    # harness (or an earlier caller) may own; stopping it here would pull the API from under them.
    server = SubprocessASGIServer(port=_free_port())
    server.start()
    set_prefect_api_url(server.api_url)
    try:
        yield server.api_url
    finally:
        server.stop()
        set_prefect_api_url(None)  # a later run in this process must not talk to a stopped server
