"""One run per data dir at a time: an exclusive, non-blocking ``flock`` on ``DATA/.baozhi.lock``.

The kernel drops the lock when the holder dies (even by kill -9), so a crashed run never leaves a
stale lock behind. Re-entrant within one process: the CLI takes it before starting the flow (to
refuse at once, with a clear message) and the flow takes it again when run by a scheduler.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_held: dict[str, tuple[int, int]] = {}  # lock path -> (fd, depth)


class RunLocked(RuntimeError):
    """Another baozhi run holds the data dir."""

    def __init__(self, data_dir: Path, holder: str):
        self.data_dir = data_dir
        super().__init__(
            f"another baozhi run is already working on {data_dir} ({holder}); "
            "this run did nothing. Wait for it to finish, or check `baozhi status`."
        )


@contextmanager
def run_lock(data_dir: Path) -> Iterator[None]:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = str((data_dir / ".baozhi.lock").resolve())
    if path in _held:
        fd, depth = _held[path]
        _held[path] = (fd, depth + 1)
        try:
            yield
        finally:
            fd, depth = _held[path]
            _held[path] = (fd, depth - 1)
        return
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "unknown process"
        os.close(fd)
        raise RunLocked(data_dir, holder) from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"pid {os.getpid()}".encode(), 0)
    _held[path] = (fd, 1)
    try:
        yield
    finally:
        del _held[path]
        os.ftruncate(fd, 0)
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
