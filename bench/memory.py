"""Peak memory of a whole process tree, sampled by a background thread (psutil).

RSS summed over the process and all its descendants (workers, the temporary Prefect server,
Dask workers) is an upper bound: pages shared by forked workers are counted once per process.
PSS (proportional set size, Linux) splits shared pages between the processes that map them, so
its sum is the tree's real footprint; it is sampled less often because reading it is slower.
"""

from __future__ import annotations

import threading

import psutil


class TreeMemory:
    """``with TreeMemory() as mem: ...`` then ``mem.peak_rss`` / ``mem.peak_pss`` in bytes."""

    def __init__(self, pid: int | None = None, interval: float = 0.2, pss_every: int = 5) -> None:
        self.root = psutil.Process(pid)
        self.interval = interval
        self.pss_every = pss_every
        self.peak_rss = 0
        self.peak_pss = 0
        self.peak_processes = 0
        self.peak_by_role: dict[str, int] = {}  # RSS per role at the moment of the tree's peak
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="tree-memory", daemon=True)

    def _tree(self) -> list[psutil.Process]:
        try:
            return [self.root, *self.root.children(recursive=True)]
        except psutil.NoSuchProcess:
            return []

    def _role(self, proc: psutil.Process) -> str:
        if proc.pid == self.root.pid:
            return "flow process"
        cmd = " ".join(proc.cmdline())
        if "uvicorn" in cmd or "prefect.server" in cmd:
            return "prefect server"
        if "spawn_main" in cmd or "multiprocessing" in cmd:
            return "workers"
        return "other"

    def sample(self, with_pss: bool = False) -> None:
        rss = pss = 0
        procs = self._tree()
        roles: dict[str, int] = {}
        for proc in procs:
            try:
                if with_pss:
                    info = proc.memory_full_info()
                    pss += getattr(info, "pss", info.rss)
                else:
                    info = proc.memory_info()
                rss += info.rss
                role = self._role(proc)
                roles[role] = roles.get(role, 0) + info.rss
            except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
                continue
        if rss > self.peak_rss:
            self.peak_by_role = roles
        self.peak_rss = max(self.peak_rss, rss)
        self.peak_pss = max(self.peak_pss, pss)
        self.peak_processes = max(self.peak_processes, len(procs))

    def _run(self) -> None:
        n = 0
        while not self._stop.is_set():
            self.sample(with_pss=n % self.pss_every == 0)
            n += 1
            self._stop.wait(self.interval)

    def __enter__(self) -> TreeMemory:
        self.sample(with_pss=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.sample(with_pss=True)

