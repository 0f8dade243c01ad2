"""The parse workers' process pool: workers forked from one prepared process.

Prefect's ``ProcessPoolTaskRunner`` starts every worker as a fresh interpreter ("spawn"), which
imports Prefect, the transforms, numpy and pyarrow and builds the tokenizer: ~2.3 s of CPU per
worker, on the two cores the batches are waiting for. Here the workers are forked from
multiprocessing's fork server, a process that has imported all that and built the tokenizer once.
A worker is then ready in milliseconds and shares the server's pages (the dictionaries, the entity
model) until it writes to them.

``baozhi run`` prepares the workers in its own process while Prefect's API boots and forks the
fork server from itself (:func:`fork_server_here`): the imports and the tokenizer are then paid
once, not once in the flow process and again in a fresh interpreter (~1.9 s of CPU on the two
cores a backfill is short of). That is safe only while this process runs no other thread (a lock
held by a thread at the fork stays held in the child for ever), so it is done before Prefect
starts any, and refused otherwise; the fork server is then started as multiprocessing does
(:func:`start_early`: a fresh interpreter importing ``flows.pool_preload``), which is also what a
scheduled run of the deployment gets.
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
import signal
import socket
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, _initialize_process_pool_worker

from flows.children import die_with_parent, fork_child

PRELOAD = "flows.pool_preload"  # imported by the fork server, once, before it forks any worker


def context() -> multiprocessing.context.ForkServerContext:
    """The multiprocessing context the pool's workers come from (the fork server, preloaded)."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload([PRELOAD])
    return ctx


def start_early() -> None:
    """Start the fork server now, so that it prepares the workers while the run does other things
    (Prefect's API starting, Great Expectations importing) instead of after the first task is
    submitted. Returns at once; the first worker waits until the server is ready."""
    context()
    from multiprocessing import forkserver

    forkserver.ensure_running()


def fork_server_here(prepare: Callable[[], object], in_server: Callable[[], object] = lambda: None) -> bool:
    """Prepare the workers in this process (``prepare``: ``flows.worker_prep.prepare``), fork
    multiprocessing's fork server from it and return True: the pool's workers then come from that
    copy, which first runs ``in_server`` (what this process itself never needs, e.g.
    ``flows.worker_prep.load_collections``) while this process goes on. Return False, preparing
    and forking nothing, when another thread runs here (or a fork server already does); False too,
    after preparing, when preparing started a thread (the caller then starts the spawned server,
    which prepares its own).

    The child keeps only the two descriptors the server works with (its socket and the pipe that
    tells it this process has gone) and the standard streams: an inherited run lock
    (``DATA/.baozhi.lock``) would otherwise stay held by the server and the workers after this
    process died. It ends with ``os._exit``, so nothing of this process's (atexit handlers, the
    stack it was forked in) runs twice."""
    from multiprocessing import connection, forkserver, resource_tracker, util

    server = forkserver._forkserver
    if threading.active_count() != 1 or server._forkserver_pid is not None:
        return False
    prepare()
    if threading.active_count() != 1:
        return False  # an import started one
    resource_tracker.ensure_running()  # the workers are handed its pipe, as multiprocessing does
    address = connection.arbitrary_address("AF_UNIX")
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(address)
    if not util.is_abstract_socket_namespace(address):
        os.chmod(address, 0o600)
    listener.listen()
    alive_r, alive_w = os.pipe()
    # What the server and its workers share with this process stays out of the collector's sight
    # in the copies (it would touch, and so copy, every page of it). Here it is released again.
    gc.freeze()
    child = fork_child("baozhi-forks", lambda: _serve_forks(listener.fileno(), alive_r, in_server), keep=(listener.fileno(), alive_r))
    gc.unfreeze()
    os.close(alive_r)
    listener.close()
    server._forkserver_address = address
    server._forkserver_alive_fd = alive_w
    server._forkserver_pid = child.pid
    return True


def _start_worker(*initargs) -> None:
    """The pool's initializer: die with the fork server, then Prefect's own."""
    die_with_parent()
    _initialize_process_pool_worker(*initargs)


def forkserver_pid() -> int | None:
    """The fork server's process id while one runs for this process."""
    from multiprocessing import forkserver

    return forkserver._forkserver._forkserver_pid


def _serve_forks(listener: int, alive_r: int, in_server: Callable[[], object]) -> None:
    """The fork server's life: ``in_server``, then multiprocessing's own loop until this
    process has gone (its ``SystemExit``: every worker gone with it, the server done)."""
    from multiprocessing import forkserver

    in_server()
    gc.freeze()  # what in_server made lives as long as the workers, too
    gc.enable()
    forkserver.main(listener, alive_r, preload=[])


def stop() -> None:
    """Stop the fork server (when one runs) and wait for it: the next run prepares its workers
    afresh (a long-lived process must not keep yesterday's dictionaries), and the server's CPU and
    its workers' are accounted to this process, as spawned workers' were."""
    from multiprocessing import forkserver

    forkserver._forkserver._stop()  # what multiprocessing's own tests call; waits for the server


class ForkedProcessPoolTaskRunner(ProcessPoolTaskRunner):
    """``ProcessPoolTaskRunner`` whose workers are forked from the preloaded fork server.

    Two methods differ from Prefect's (3.9, see constraints.txt). ``__enter__``, which hard-codes
    the "spawn" context: the same message queue, forwarding thread, initializer (after
    :func:`die_with_parent`) and executors, built with :func:`context`. And
    ``_resolve_futures_and_submit``: the same call, run in the worker by :func:`_run_task` instead
    of Prefect's ``_run_task_in_subprocess``. ``submit`` is Prefect's, with the flow's settings
    serialized once per settings context (:class:`_SerializedSettings`). The task engine, the
    events and logs forwarding, cancellation and shut-down are Prefect's own."""

    _settings: _SerializedSettings | None = None

    def __enter__(self) -> ForkedProcessPoolTaskRunner:
        TaskRunner.__enter__(self)
        mp_context = context()
        self._subprocess_message_queue = mp_context.Queue()
        self._message_forwarding_thread = threading.Thread(
            target=self._forward_subprocess_messages, name="ProcessPoolTaskRunnerMessageForwarder", daemon=True
        )
        self._message_forwarding_thread.start()
        try:
            self._executor = ProcessPoolExecutor(
                max_workers=self._max_workers,
                mp_context=mp_context,
                initializer=_start_worker,
                initargs=(self._subprocess_message_queue, self._initializer, self._initargs),
            )
            self._resolver_executor = ThreadPoolExecutor(max_workers=self._max_workers)
        except Exception:
            if self._executor is not None:
                self._executor.shutdown(cancel_futures=True, wait=True)
                self._executor = None
            self._stop_message_forwarding()
            raise
        return self

    def __exit__(self, *exc_info) -> None:
        super().__exit__(*exc_info)  # the workers have exited
        stop()

    def submit(self, task, parameters, wait_for=None, dependencies=None):
        from prefect.context import SettingsContext

        current = SettingsContext.get()
        if current is None:
            return super().submit(task, parameters, wait_for, dependencies)
        if self._settings is None or self._settings.context is not current:
            self._settings = _SerializedSettings(current)
        token = SettingsContext.__var__.set(self._settings)
        try:
            return super().submit(task, parameters, wait_for, dependencies)
        finally:
            SettingsContext.__var__.reset(token)

    def _resolve_futures_and_submit(self, task, task_run_id, parameters, wait_for, dependencies, context, env):
        from prefect.futures import wait
        from prefect.utilities.callables import cloudpickle_wrapped_call
        from prefect.utilities.engine import resolve_inputs_sync

        wait_for_states = None
        if wait_for:
            wait_for = list(wait_for)
            wait(wait_for)
            wait_for_states = [f.state for f in wait_for]
        call = cloudpickle_wrapped_call(
            _run_task, env=env, task=task, task_run_id=task_run_id,
            parameters=resolve_inputs_sync(parameters, return_data=True, max_depth=-1),
            wait_for=wait_for_states, return_type="state", dependencies=dependencies, context=context,
        )
        return self._executor.submit(call)


class _SerializedSettings:
    """The flow's settings context as ``submit`` reads it, serialized once.

    Prefect serializes the flow's whole settings context at every submit (they may change between
    submits), to send them to the worker with the task: ~200 values through pydantic and a walk
    over the result, ~70 ms of CPU each time: the submits of a 440-issue backfill's 6 batches took
    0.42-0.45 s of the flow process's CPU (0.10-0.12 s with this), while the workers waited for
    their first batch. A settings context is not
    changed in place (``temporary_settings`` makes a new one), so its serialization is kept with
    it and made again for another one. Stands in for the context during Prefect's ``submit`` only
    (in that thread): ``settings`` and ``profile`` are the context's own."""

    def __init__(self, context) -> None:
        self.context = context
        self.settings, self.profile = context.settings, context.profile
        self._serialized = context.serialize()

    def serialize(self, include_secrets: bool = True) -> dict:
        return self._serialized if include_secrets else self.context.serialize(include_secrets=False)


_SETTINGS: dict[str, object] = {}  # in a worker: the last settings context built, by what it was built from


def _run_task(*args, env: dict[str, str] | None = None, context: dict | None = None, **kwargs):
    """A task run in a worker: Prefect's ``_run_task_in_subprocess`` (the task's environment
    applied for the run, then its context hydrated and the task engine run), except that the
    flow's settings context is built once per worker for the settings it was sent, not once per
    task run: building ``Settings`` from the ~200 values sent with every task reads them all
    through pydantic-settings again, ~40 ms of CPU a task run (a 440-issue backfill runs ~18).
    Settings that differ (another flow's, or changed between submits) are built afresh."""
    from prefect.context import SettingsContext
    from prefect.task_runners import _run_task_with_hydrated_context

    original = os.environ.copy()
    os.environ.update(env or {})
    try:
        context = dict(context or {})
        serialized = context.pop("settings_context", None)
        if not serialized:
            return _run_task_with_hydrated_context(*args, context=context, **kwargs)
        key = json.dumps([serialized, env], sort_keys=True, default=str)
        built = _SETTINGS.get(key)
        if built is None:
            _SETTINGS.clear()
            built = _SETTINGS[key] = SettingsContext(**serialized)
        with SettingsContext(profile=built.profile, settings=built.settings):
            return _run_task_with_hydrated_context(*args, context=context, **kwargs)
    finally:
        os.environ.clear()
        os.environ.update(original)
