"""The process pool's workers come from the preloaded fork server (flows.pool), ready to work."""

from __future__ import annotations

import os
from multiprocessing import forkserver

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
