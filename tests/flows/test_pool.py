"""The process pool's workers come from the preloaded fork server (flows.pool), ready to work."""

from __future__ import annotations

import os
import textwrap
from multiprocessing import forkserver
from pathlib import Path

import pytest
from prefect import flow, task

from baozhi import settings as settings_mod
from flows.runners import task_runner_for


@task
def probe(_: int) -> dict:
    """What a worker has before its task does anything."""
    import sys

    from baozhi.resources import tokenizer_for

    info = tokenizer_for.cache_info()
    return {"pid": os.getpid(), "ppid": os.getppid(), "built": info.misses, "reused": info.hits,
            "transforms": "transforms.parse" in sys.modules}


def _probe(settings: settings_mod.Settings, n: int = 6) -> list[dict]:
    @flow(name="probe-pool")
    def probe_flow() -> list[dict]:
        return [f.result() for f in [probe.submit(i) for i in range(n)]]

    return probe_flow.with_options(task_runner=task_runner_for(settings))()


@pytest.mark.slow
def test_workers_are_forked_from_one_prepared_server_which_stops_with_the_pool(prefect_api, tmp_path):
    # The environment's settings: the fork server prepares the dictionaries they name.
    out = _probe(settings_mod.load(data=tmp_path, workers=2, runner="process"))
    servers = {o["ppid"] for o in out}
    assert len(servers) == 1 and os.getpid() not in servers  # forked by the fork server, not by us
    assert {o["pid"] for o in out} - {os.getpid()} == {o["pid"] for o in out}
    # The tokenizer was built once, in the server, before the fork; the initializer found it.
    assert all(o["built"] == 1 and o["reused"] >= 1 and o["transforms"] for o in out), out
    assert forkserver._forkserver._forkserver_pid is None  # stopped (and waited for) with the pool


@pytest.mark.slow
def test_a_run_with_other_dictionaries_builds_its_own_tokenizer_in_the_worker(prefect_api, tmp_path):
    extra = tmp_path / "newsroom.txt"
    extra.write_text("辽源新词 5 nz\n", encoding="utf-8")
    out = _probe(settings_mod.load(environ={}, data=tmp_path, workers=2, runner="process", user_dicts=(extra,)))
    # The server prepared the environment's dictionaries (none); these settings name another file.
    assert all(o["built"] == 2 for o in out), out


_SEEN: list = []  # in a worker: every settings object a task saw, kept so no id is reused


@task
def settings_seen(_: int) -> tuple[int, int, int, str | None]:
    from prefect.settings import get_current_settings

    current = get_current_settings()
    _SEEN.append(current)
    return os.getpid(), id(current), current.tasks.default_retries, current.api.url


def _submitted_in_two_contexts(data: Path, retries: int) -> tuple[list, list]:
    """What ``settings_seen`` saw in one worker: four task runs under the flow's settings, then
    four under settings changed to ``retries`` default retries (a new settings context)."""
    from prefect.settings import PREFECT_TASKS_DEFAULT_RETRIES, temporary_settings

    @flow(name="probe-settings")
    def settings_flow() -> tuple[list, list]:
        first = [f.result() for f in [settings_seen.submit(i) for i in range(4)]]
        with temporary_settings(updates={PREFECT_TASKS_DEFAULT_RETRIES: retries}):
            changed = [f.result() for f in [settings_seen.submit(i) for i in range(4)]]
        return first, changed

    settings = settings_mod.load(environ={}, data=data, workers=1, runner="process")
    return settings_flow.with_options(task_runner=task_runner_for(settings))()


@pytest.mark.slow
def test_a_worker_builds_the_flows_settings_once_and_again_only_when_they_change(prefect_api, tmp_path):
    first, changed = _submitted_in_two_contexts(tmp_path, 7)
    assert {pid for pid, *_ in first + changed} != {os.getpid()}  # in a worker
    assert all(url == prefect_api for *_, url in first + changed)  # the flow's settings, sent
    assert {retries for _, _, retries, _ in first} == {0} and {retries for _, _, retries, _ in changed} == {7}
    assert len({ident for _, ident, _, _ in first}) == 1  # built once for four task runs
    assert len({ident for _, ident, _, _ in changed}) == 1 and changed[0][1] != first[0][1]


FORK_HERE = textwrap.dedent(
    """
    import os, sys, threading, time
    from concurrent.futures import ProcessPoolExecutor
    from pathlib import Path
    from flows import children, pool, worker_prep
    from flows.lock import run_lock

    with run_lock(Path(sys.argv[1])):
        stop = threading.Event()
        other = threading.Thread(target=stop.wait)
        other.start()
        print("with a thread", pool.fork_server_here(lambda: worker_prep.prepare((), ())), flush=True)
        stop.set()
        other.join()
        print("alone", pool.fork_server_here(lambda: worker_prep.prepare((), ()), worker_prep.load_collections),
              flush=True)
        with ProcessPoolExecutor(2, mp_context=pool.context(), initializer=children.die_with_parent) as workers:
            ask = "__import__('baozhi.resources').resources.tokenizer_for.cache_info().currsize"
            print("workers", *sorted({workers.submit(os.getppid).result() for _ in range(4)}),
                  "tokenizers", workers.submit(eval, ask).result(), flush=True)
            ask = "'prefect_dask' in __import__('sys').modules"
            print("collections", "workers", workers.submit(eval, ask).result(), "run", eval(ask), flush=True)
            server = pool.forkserver_pid()
            fds = [os.readlink(f"/proc/{server}/fd/{fd}") for fd in os.listdir(f"/proc/{server}/fd")]
            print("server", server, "holds", *fds, flush=True)
            time.sleep(120)  # killed here, with its pool running
    """
)


@pytest.mark.slow
def test_the_fork_server_is_forked_from_a_run_with_no_other_thread_and_does_not_keep_its_lock(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    from flows.lock import run_lock

    run = subprocess.Popen([sys.executable, "-c", FORK_HERE, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert run.stdout.readline().split() == ["with", "a", "thread", "False"]
        assert run.stdout.readline().split() == ["alone", "True"]
        workers = run.stdout.readline().split()
        collections = run.stdout.readline().split()
        _, server, _, *held = run.stdout.readline().split()
        assert workers == ["workers", server, "tokenizers", "1"]  # every worker is the server's
        # Prefect's collections (prefect-dask: ~0.4 s) were loaded in the server, for the workers'
        # task runs, and not in the run, which never needs them.
        assert collections == ["collections", "workers", "True", "run", "False"]
        # The server is this run's own child (forked, not a fresh interpreter) and keeps none of its
        # files: not the run lock, which would outlive the run in the server and its workers.
        assert int(server) in _children(run.pid)
        assert not any(".baozhi.lock" in fd for fd in held), held
    finally:
        run.send_signal(signal.SIGKILL)
        run.wait()
    pool_processes = [int(server), *_children(int(server))]
    with run_lock(tmp_path):  # free at once: only the killed run held it
        pass
    # The server and its workers die with the run: left, they held the workers' memory for good.
    deadline = time.monotonic() + 20
    while any(_alive(pid) for pid in pool_processes) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in pool_processes)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def _children(pid: int) -> set[int]:
    with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as f:
        return {int(p) for p in f.read().split()}


@pytest.mark.slow
def test_a_run_whose_workers_come_from_its_own_fork_gives_the_tables_of_a_run_in_one_process(
        prefect_api, landing, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    from baozhi.commands.pipeline import execute
    from tests.flows.test_dask_runner import table_contents

    # `baozhi run` runs no other thread as it prepares: its fork server is forked from it (3 files
    # in batches of one: a pool of two workers). The same files parsed in this process, by threads.
    env = {**os.environ, "BAOZHI_BATCH_SIZE": "1"}
    env.pop("PREFECT_API_URL", None)  # its own temporary API, as a user's first run has
    baozhi = Path(sys.executable).with_name("baozhi")
    forked = subprocess.run([str(baozhi), "run", "--landing", str(landing), "--data", str(tmp_path / "forked"),
                             "--workers", "2"], capture_output=True, text=True, timeout=300, env=env)
    assert forked.returncode == 0, forked.stdout + forked.stderr
    assert "3 loaded" in forked.stdout
    in_one = execute(settings_mod.load(environ={}, landing=landing, data=tmp_path / "one", runner="thread"))
    assert in_one.files_loaded == 3
    one = table_contents(tmp_path / "one" / "warehouse.duckdb")
    assert len(one["tokens"]) > 1000 and len(one["articles"]) >= 10
    assert table_contents(tmp_path / "forked" / "warehouse.duckdb") == one


@pytest.mark.slow
def test_the_flow_serializes_its_settings_once_per_settings_context(prefect_api, tmp_path, monkeypatch):
    # Prefect's submit serializes the whole settings context each time (~25 ms of CPU); the
    # runner keeps one serialization per context, and a changed context is serialized again.
    from prefect.context import SettingsContext

    serialized: list[int] = []
    plain = SettingsContext.serialize

    def counting(self, include_secrets: bool = True):
        serialized.append(self.settings.tasks.default_retries)
        return plain(self, include_secrets=include_secrets)

    monkeypatch.setattr(SettingsContext, "serialize", counting)
    first, changed = _submitted_in_two_contexts(tmp_path, 5)
    assert serialized == [0, 5]  # once for the flow's settings, once for the changed ones
    assert {retries for _, _, retries, _ in first} == {0} and {retries for _, _, retries, _ in changed} == {5}
    assert all(url == prefect_api for *_, url in first + changed)
