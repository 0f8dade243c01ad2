"""The parse workers' process pool: workers forked from one prepared process.

Prefect's ``ProcessPoolTaskRunner`` starts every worker as a fresh interpreter ("spawn"), which
imports Prefect, the transforms, numpy and pyarrow and builds the tokenizer: ~2.3 s of CPU per
worker, on the two cores the batches are waiting for. Here the workers are forked from
multiprocessing's fork server, a process started (:func:`start_early`) while Prefect's API is still
booting, which has imported all that and built the tokenizer once (``flows.pool_preload``). A
worker is then ready in milliseconds and shares the server's pages (the dictionaries, the entity
model) until it writes to them. The fork server itself runs no threads of ours, which is what makes
forking it safe where forking the flow process (Prefect's threads, locks held) would not be.
"""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, _initialize_process_pool_worker

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


def stop() -> None:
    """Stop the fork server (when one runs) and wait for it: the next run prepares its workers
    afresh (a long-lived process must not keep yesterday's dictionaries), and the server's CPU and
    its workers' are accounted to this process, as spawned workers' were."""
    from multiprocessing import forkserver

    forkserver._forkserver._stop()  # what multiprocessing's own tests call; waits for the server


class ForkedProcessPoolTaskRunner(ProcessPoolTaskRunner):
    """``ProcessPoolTaskRunner`` whose workers are forked from the preloaded fork server.

    Only ``__enter__`` differs from Prefect's (3.9, see constraints.txt), which hard-codes the
    "spawn" context: the same message queue, forwarding thread, initializer and executors, built
    with :func:`context`. The task engine, the events and logs forwarding, cancellation and
    shut-down are Prefect's own."""

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
                initializer=_initialize_process_pool_worker,
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
