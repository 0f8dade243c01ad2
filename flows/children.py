"""Child processes forked from this one: what they must drop and how they end.

A forked child starts with this process's imports already done (the point of forking it), but
also with its descriptors, signal handlers and ``atexit`` handlers. :func:`fork_child` gives it
only the standard streams and a parent it dies with, runs one function in it and ends it with
``os._exit``, so nothing of this process's (the stack it was forked in, its exit handlers) runs
twice. :class:`ForkedChild` is the parent's handle, with the part of ``subprocess.Popen``'s
interface a caller that started a child process uses (poll, terminate, wait, kill).

Forking is only safe while this process runs no other thread: a lock another thread held at
the fork stays held in the child for ever. Callers check :func:`can_fork` first.
"""

from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager


def can_fork() -> bool:
    """Whether a child may be forked from here now: Linux, and no thread but this one."""
    return sys.platform.startswith("linux") and threading.active_count() == 1


def fork_child(name: str, run: Callable[[], object], keep: tuple[int, ...] = ()) -> ForkedChild:
    """Fork a child that runs ``run`` and exits: 0 when it returns, 1 (with its traceback on
    stderr) when it raises. The child keeps only the standard streams and ``keep``, has the
    default handlers for SIGTERM and SIGINT (a handler this process set is about this process's
    own state) and dies with this process. ``name`` is its process name (what ``ps -o comm`` and
    ``top`` show, at most 15 bytes, e.g. "baozhi-api"): its command line is this process's."""
    parent = os.getpid()
    pid = os.fork()
    if pid:
        return ForkedChild(pid)
    code = 1
    try:
        die_with_parent(parent)
        set_process_name(name)
        keep_only(0, 1, 2, *keep)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        run()
        code = 0
    except SystemExit as exc:  # as the interpreter would exit: sys.exit() is 0, sys.exit("why") 1
        code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
    except BaseException:
        # Broad on purpose: a forked child must never unwind into its parent's stack (it would go
        # on running the parent's flow). Whatever it raised is printed with its traceback and the
        # child exits 1, which its parent sees as the failure it is (``ForkedChild.poll``).
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


class ForkedChild:
    """A forked child, seen from its parent the way ``subprocess.Popen`` shows a started one."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() >= deadline:
                raise subprocess.TimeoutExpired(f"pid {self.pid}", timeout)
            time.sleep(0.01)
        return self.returncode

    def send_signal(self, signum: int) -> None:
        if self.poll() is None:
            os.kill(self.pid, signum)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)


def die_with_parent(parent: int | None = None) -> None:
    """Have Linux kill this process when its parent dies (``PR_SET_PDEATHSIG``), for the fork
    server and each worker: a run killed with SIGKILL (a scheduler's time limit, the OOM killer)
    otherwise left them behind for good, each idle worker holding its dictionaries (~300 MB), since
    the server waits for its workers and an idle worker waits for its tasks. ``parent``: the pid
    it must still have (its death before this call is caught too). Elsewhere than Linux: nothing."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    pr_set_pdeathsig = 1
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)
    if parent is not None and os.getppid() != parent:
        os._exit(1)  # the parent died before we asked


def set_process_name(name: str) -> None:
    """This process's name as Linux shows it (``PR_SET_NAME``; elsewhere nothing)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    pr_set_name = 15
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_name, ctypes.c_char_p(name.encode()[:15]))


def keep_only(*keep: int) -> None:
    """Close every descriptor but ``keep``: an inherited run lock (``DATA/.baozhi.lock``, a
    ``flock`` shared by every copy of its descriptor) would otherwise stay held by the child
    after this process died."""
    for name in os.listdir("/proc/self/fd") if os.path.isdir("/proc/self/fd") else ():
        fd = int(name)
        if fd not in keep:
            try:
                os.close(fd)
            except OSError:
                pass  # the directory's own descriptor, already closed


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while this process imports what a run needs (DuckDB,
    pyarrow, Prefect, Great Expectations, pandas, the tokenizer: ~570,000 tracked objects, all
    kept). Each collection during those imports walked everything imported before it: ~0.7 s of the
    flow process's ~3.5 s start-up CPU. Back on afterwards, whatever happened, with what was made
    meanwhile frozen out of later collections (modules, classes, the tokenizer: they live as long
    as the process). Left in the collected generations, they were walked again by the run's own
    collections: ~0.75 s of a one-file run's CPU after its API answered (gen0 0.22, gen1 0.28,
    one full collection 0.27 s), 0.04 s frozen. Frozen, they are also never touched by the
    collector of a child forked from here, whose copy of their pages then stays shared."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
