"""Each worker process builds the jieba tokenizer once, however many batches it runs."""

from __future__ import annotations

import os

import pytest
from prefect import flow, task

from baozhi import settings as settings_mod
from flows.runners import task_runner_for


@task
def probe(_: int) -> tuple[int, int, int]:
    """(pid, tokenizers built before this task, tokenizers built after asking as process_jobs does)."""
    from baozhi.resources import tokenizer_for

    before = tokenizer_for.cache_info().misses
    tokenizer_for(tuple(settings_mod.Settings().user_dicts))  # the key flows.work.process_jobs uses
    return os.getpid(), before, tokenizer_for.cache_info().misses


def _probe_with(settings: settings_mod.Settings, n: int = 8) -> list[tuple[int, int, int]]:
    @flow(name="probe-workers")
    def probe_flow() -> list[tuple[int, int, int]]:
        return [f.result() for f in [probe.submit(i) for i in range(n)]]

    return probe_flow.with_options(task_runner=task_runner_for(settings))()


@pytest.mark.slow
def test_process_pool_workers_build_the_tokenizer_once_in_the_initializer(prefect_api, tmp_path):
    out = _probe_with(settings_mod.load(data=tmp_path, workers=2, runner="process"))
    pids = {pid for pid, _, _ in out}
    assert 1 <= len(pids) <= 2 and os.getpid() not in pids
    assert all(before == 1 and after == 1 for _, before, after in out), out  # built before any task, never again


@pytest.mark.slow
def test_dask_workers_build_the_tokenizer_once_each(prefect_api, tmp_path):
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        settings = settings_mod.load(data=tmp_path, runner="dask", dask_address=cluster.scheduler_address)
        out = _probe_with(settings)
    assert all(after == 1 for _, _, after in out), out
    first_per_pid = {}
    for pid, before, _ in out:
        first_per_pid.setdefault(pid, []).append(before)
    assert sum(b.count(0) for b in first_per_pid.values()) == len(first_per_pid)  # one build per worker
