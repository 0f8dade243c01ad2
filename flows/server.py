"""Prefect's API for a local run: the user's server when configured, else one temporary server.

Prefect 3 starts a temporary server per process when none is configured; with a process pool
that means one per worker, and several servers on one SQLite file log 'database is locked'.
Starting one here and handing its address to the workers avoids both.
"""

from __future__ import annotations

import importlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from baozhi.settings import child_environment, prefect_api_url, set_prefect_api_url, user_cache_home
from flows import api_database, children


SERVER_NAME = "baozhi-api"  # the temporary server's process name when forked (ps, top)
# What the server imports and this process imports too, later, for its own flow (pydantic.v1 and
# Jinja for Great Expectations; FastAPI and Starlette for Prefect's flow engine): imported before
# the fork, the server starts with them (~0.3 s of CPU it spent importing them again), and this
# process spends no CPU it would not have spent anyway.
SHARED_IMPORTS = ("pydantic.v1", "jinja2", "sqlite3", "fastapi", "starlette.staticfiles",
                  "python_multipart")


class _TemporaryServer:
    """Prefect's API in a child process (``flows.api_child``): what
    ``prefect.server.api.server.SubprocessASGIServer`` does (uvicorn serving ``create_app``, UI
    off, this process's Prefect settings), without importing that module here. Importing it
    pulled the whole server (FastAPI, SQLAlchemy, the models: ~2.3 s of CPU) into the flow
    process, which only needs the child's address.

    Its ~4 s of start-up is the longest thing a run waits for, so it starts first, before this
    process imports anything else. On Linux, while this process runs no other thread (a run's
    start), it is forked once this process has imported Prefect, which both need (~1 s of CPU the
    server then does not spend again; :meth:`_fork`); otherwise it is a fresh interpreter,
    started before this process imports Prefect at all. Either way it reads Prefect's settings
    from the same environment, profile and files as this process would; settings changed in this
    process (``temporary_settings``) are passed on when Prefect is already imported."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.api_url = f"http://127.0.0.1:{port}/api"
        self.process: subprocess.Popen | children.ForkedChild | None = None

    def launch(self) -> None:
        if children.can_fork():
            self.process = self._fork()
        else:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "flows.api_child", str(self.port)], env=self.environment()
            )

    def environment(self) -> dict[str, str]:
        """The server's environment: this process's, Prefect's settings made here when Prefect is
        imported, and what a server living one run does without."""
        extra = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
        # No block types registered as it starts: our flows use no blocks, and finding the
        # installed ones imports every Prefect collection (prefect-dask, and with it Dask's
        # distributed) to hash them against the last registration: ~0.2 s of the ~2.3 s of CPU
        # the run waits for. A standing server (`prefect server start`) registers them itself.
        extra |= {"PREFECT_SERVER_REGISTER_BLOCKS_ON_START": "0", "PREFECT_SERVER_MEMOIZE_BLOCK_AUTO_REGISTRATION": "0"}
        # No automations: their two services (triggers, and the actions they fire) evaluate every
        # event of the run, and the actions service builds a second copy of the whole API app as it
        # starts. A server that lives as long as one run has none of its own; the runs, task runs
        # and events are still recorded (a standing server runs automations for those who use them).
        extra |= {"PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED": "0"}
        # No telemetry service: a server living one run has nothing to report on its own, and
        # offline it logged a failed look-up with a traceback at each run's end.
        extra |= {"PREFECT_SERVER_ANALYTICS_ENABLED": "0"}
        # The server's task queue (docket) keeps its state through py-key-value, which has beartype
        # rewrite and type-check every function of its package as it is imported: ~0.25 s of the
        # boot's ~4.5 s of CPU (median of 8 alternating pairs), for checks that only warn. Its own
        # switch turns them off; a value the user set is kept.
        extra.setdefault("PY_KEY_VALUE_DISABLE_BEARTYPE", os.environ.get("PY_KEY_VALUE_DISABLE_BEARTYPE", "true"))
        if "prefect.settings" in sys.modules:
            extra.update(_settings_environment())
            # No `alembic upgrade head` as it starts when its database has every migration already
            # (flows.api_database): ~0.3 s of its CPU before it serves, to do nothing.
            if _database_migrated():
                extra["PREFECT_SERVER_DATABASE_MIGRATE_ON_START"] = "false"
        return child_environment(extra)

    def _fork(self) -> children.ForkedChild:
        """The server forked from this process once it has imported Prefect, which both need:
        a spawned server imported it again beside this process (~1 s of its ~4.5 s of CPU), and a
        fresh interpreter started first. The child takes the environment a spawned one would get
        and reads Prefect's settings from it again (they were read as Prefect was imported here)."""
        with children.collector_paused():
            import prefect.context

            for name in SHARED_IMPORTS:
                importlib.import_module(name)

        environment, port = self.environment(), self.port

        def serve() -> None:
            os.environ.clear()
            os.environ.update(environment)
            prefect.context.refresh_global_settings_context()
            from flows import api_child

            api_child.serve(port)

        return children.fork_child(SERVER_NAME, serve)

    def start(self, timeout: float = 90.0) -> None:
        """Wait (after :meth:`launch`) until the API answers."""
        if self.process is None:
            self.launch()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Prefect's temporary API exited with code {self.process.returncode}")
            try:
                with urllib.request.urlopen(f"{self.api_url}/health", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"Prefect's temporary API did not answer on {self.api_url} within {timeout:.0f} s")

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None


def _settings_environment() -> dict[str, str]:
    """Prefect's settings of this process as environment variables (those set here, e.g. by
    ``temporary_settings``), for the server to read the same ones."""
    from prefect.settings import get_current_settings

    return set_settings_environment(get_current_settings())


def _database_migrated() -> bool:
    """Whether the database of this process's Prefect settings is at the installed Prefect's
    migration head (read from the files, nothing of the server imported)."""
    from prefect.settings import get_current_settings

    url = get_current_settings().server.database.connection_url
    return api_database.migrated(url.get_secret_value() if url else "", api_database.prefect_sqlite_versions())


def set_settings_environment(settings) -> dict[str, str]:
    """``settings.to_environment_variables(exclude_unset=True)``, dumping only the fields set.

    Prefect's own dumps each group of settings whole at every level of the tree, to keep the set
    fields (only ``PREFECT_SERVER_EPHEMERAL_ENABLED`` in a plain run): ~0.06 s of CPU just before
    the server is forked, so its start waited for it. Here each group's set fields are dumped
    by themselves, the rest as Prefect does (JSON values, secrets shown, Prefect's own spelling of
    a list or a mapping)."""
    from prefect.settings.base import PrefectBaseSettings, _to_environment_variable_value

    env: dict[str, str] = {}
    own: set[str] = set()
    for key in type(settings).model_fields:
        value = getattr(settings, key)
        if isinstance(value, PrefectBaseSettings):
            env.update(set_settings_environment(value))
        elif key in settings.model_fields_set:
            own.add(key)
    if own:
        dumped = settings.model_dump(include=own, exclude_unset=True, mode="json", context={"include_secrets": True})
        prefix = settings.model_config.get("env_prefix")
        for key in own:
            if (value := dumped.get(key)) is not None:
                env[f"{prefix}{key.upper()}"] = _to_environment_variable_value(value)
    return env


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
    server = _TemporaryServer(_free_port())
    server.launch()
    # The work given for the start runs in this thread, and only then is the server waited for:
    # no other thread may run here meanwhile (the workers' fork server is forked from this
    # process, flows.pool.fork_server_here), and the work takes about as long as the boot.
    try:
        if while_starting:
            while_starting()
        server.start()
    except BaseException:
        server.stop()
        raise
    from prefect.settings import (
        PREFECT_API_SSL_CERT_FILE,
        PREFECT_API_URL,
        PREFECT_FLOWS_HEARTBEAT_FREQUENCY,
        temporary_settings,
    )

    set_prefect_api_url(server.api_url)  # for worker processes started from here on
    # And for this process. Prefect read its settings when it was imported, so the address in
    # os.environ alone went unseen: the flow run and Prefect's background threads (events,
    # heartbeats, which start with an empty context and fall back to the process-wide settings)
    # each found no API and started a second temporary server (~200 MB, ~3 s).
    import prefect.context

    global_before = prefect.context.GLOBAL_SETTINGS_CONTEXT
    prefect.context.refresh_global_settings_context()
    try:
        # No flow-run heartbeats: they tell a standing server that a run's process is alive, and
        # this server lives only as long as the run. Prefect's heartbeat thread sleeps in whole
        # seconds and the flow run joins it as it ends: 0-1 s of every run's shut-down (a one-file
        # run ended 0.2 s or 1.2 s after its flow, by chance).
        updates = {PREFECT_API_URL: server.api_url, PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None,
                   PREFECT_API_SSL_CERT_FILE: str(plain_http_trust_store())}
        with temporary_settings(updates=updates):
            yield server.api_url
    finally:
        _drain_events()
        server.stop()
        set_prefect_api_url(None)  # a later run in this process must not talk to a stopped server
        prefect.context.GLOBAL_SETTINGS_CONTEXT = global_before


def plain_http_trust_store() -> Path:
    """A trust store of one root certificate, for Prefect's clients of the temporary API.

    Every Prefect client builds an SSL context from its CA file as it is made, whatever the
    address: with certifi's bundle (~150 roots) that is ~35 ms of CPU, and a run makes several
    clients per task run (its context in the worker, the task engine, the events client). The
    temporary API is plain http on 127.0.0.1, so no certificate is ever checked; should anything
    make a TLS connection with these settings, one root refuses it rather than trusting it.
    Written once per user, beside jieba's cache (an atomic rename: runs may start together)."""
    import certifi

    path = user_cache_home() / "baozhi" / "prefect" / "temporary-api-ca.pem"
    if path.is_file():
        return path
    bundle = Path(certifi.where()).read_text(encoding="utf-8")  # older bundles name issuers in UTF-8
    end = "-----END CERTIFICATE-----"
    first = bundle[bundle.index("-----BEGIN CERTIFICATE-----") : bundle.index(end) + len(end)] + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(first)
    os.replace(tmp, path)
    return path


def _drain_events(timeout: float = 10.0) -> None:
    """Deliver the events Prefect's background worker still holds to the server before it stops,
    and stop that worker: left running, it kept retrying the stopped server's address, and a
    later ``drain_all`` in the same process (Prefect's test harness closing, or this process's
    exit) waited on it for ever."""
    from prefect.events.worker import EventsWorker

    EventsWorker.drain_all(timeout=timeout, at_exit=False)
