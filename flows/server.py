"""Prefect's API for a local run: the user's server when configured, else one temporary server.

Prefect 3 starts a temporary server per process when none is configured; with a process pool
that means one per worker, and several servers on one SQLite file log 'database is locked'.
Starting one here and handing its address to the workers avoids both.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from baozhi.settings import prefect_api_url, set_prefect_api_url


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def prefect_api(while_starting: Callable[[], object] | None = None) -> Iterator[str]:
    """The API address for this run. ``while_starting`` runs in this thread while a temporary
    server boots (~5 s of one core): the flow's own imports fit in that time."""
    url = prefect_api_url()
    if url:
        if while_starting:
            while_starting()
        yield url
        return
    from prefect.server.api.server import SubprocessASGIServer
    from prefect.settings import PREFECT_API_URL, temporary_settings

    # An explicit port: SubprocessASGIServer() without one is a per-process singleton that a test
    # harness (or an earlier caller) may own; stopping it here would pull the API from under them.
    server = SubprocessASGIServer(port=_free_port())
    failure: list[BaseException] = []

    def start() -> None:
        try:
            server.start()
        except BaseException as exc:  # re-raised in the caller's thread below
            failure.append(exc)

    starter = threading.Thread(target=start, name="prefect-api-start", daemon=True)
    starter.start()
    try:
        if while_starting:
            while_starting()
    except BaseException:
        starter.join()
        server.stop()
        raise
    starter.join()
    if failure:
        server.stop()
        raise failure[0]
    set_prefect_api_url(server.api_url)  # for worker processes started from here on
    # And for this process. Prefect read its settings when it was imported, so the address in
    # os.environ alone went unseen: the flow run and Prefect's background threads (events,
    # heartbeats, which start with an empty context and fall back to the process-wide settings)
    # each found no API and started a second temporary server (~200 MB, ~3 s).
    import prefect.context

    global_before = prefect.context.GLOBAL_SETTINGS_CONTEXT
    prefect.context.refresh_global_settings_context()
    try:
        with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
            yield server.api_url
    finally:
        server.stop()
        set_prefect_api_url(None)  # a later run in this process must not talk to a stopped server
        prefect.context.GLOBAL_SETTINGS_CONTEXT = global_before
