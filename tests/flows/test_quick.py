"""flows.quick: discovery and the ledger check before Prefect; the run sized to its work."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from tests.conftest import SAMPLES
from tests.imports import imported_by
from baozhi.commands.pipeline import execute
from baozhi.settings import load
from flows.quick import look, sized_for


def settings_for(landing: Path, data: Path, **kw):
    kw.setdefault("runner", "thread")
    return load(environ={}, landing=landing, data=data, **kw)


def files_of(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_a_single_batch_runs_in_the_flow_process_and_more_batches_get_no_more_workers_than_batches():
    base = load(environ={}, runner="process", workers=4, batch_size=25, batch_bytes=600_000)
    one = sized_for(base, 1, 8_000)
    assert (one.runner, one.workers) == ("thread", 1)
    assert (sized_for(base, 25, 200_000).runner, sized_for(base, 25, 200_000).workers) == ("thread", 1)
    assert (sized_for(base, 26, 200_000).runner, sized_for(base, 26, 200_000).workers) == ("process", 4)
    # by bytes: 80 small files are one batch; 3 big ones are three (no more workers than batches)
    assert sized_for(base, 20, 590_000).runner == "thread"
    assert (sized_for(base, 3, 1_500_000).runner, sized_for(base, 3, 1_500_000).workers) == ("process", 3)
    dask = load(environ={}, runner="dask", workers=4)
    assert sized_for(dask, 1) == dask  # a cluster asked for is a cluster used
    threads = load(environ={}, runner="thread", workers=3)
    assert sized_for(threads, 1) == threads


def test_the_check_finds_the_work_then_nothing_and_writes_nothing(prefect_api, landing, data_dir):
    settings = settings_for(landing, data_dir)
    first = look(settings)
    assert first.summary is None and first.to_parse == 3
    assert execute(settings).files_loaded == 3
    before = files_of(data_dir)
    again = look(settings)
    assert again.summary is not None and again.to_parse == 0
    s = again.summary
    assert (s.status, s.message, s.files_seen, s.files_new, s.files_unchanged) == (
        "nothing new", "warehouse unchanged", 3, 0, 3)
    assert files_of(data_dir) == before  # not a byte written: no runs row, no manifest


def test_a_first_run_with_an_empty_landing_leaves_an_empty_warehouse_to_query(tmp_path):
    (tmp_path / "landing").mkdir()
    settings = settings_for(tmp_path / "landing", tmp_path / "data")
    assert look(settings).summary.status == "nothing new"
    import duckdb

    with duckdb.connect(str(settings.warehouse_path), read_only=True) as con:
        assert con.execute("select count(*) from articles").fetchone() == (0,)


def test_a_run_with_nothing_new_never_starts_prefect(prefect_api, landing, data_dir):
    assert execute(settings_for(landing, data_dir)).files_loaded == 3
    before = files_of(data_dir)
    # An API that does not exist: a run that touched Prefect at all would fail or hang here.
    env = {**os.environ, "PREFECT_API_URL": "http://127.0.0.1:9/api"}
    baozhi = Path(sys.executable).with_name("baozhi")
    t0 = time.perf_counter()
    done = subprocess.run([str(baozhi), "run", "--landing", str(landing), "--data", str(data_dir)],
                          capture_output=True, text=True, timeout=120, env=env)
    elapsed = time.perf_counter() - t0
    assert done.returncode == 0, done.stdout + done.stderr
    assert "nothing new" in done.stdout and "Prefect not started" in done.stdout
    assert files_of(data_dir) == before
    assert elapsed < 60  # loose: the machine may be shared; the README quotes the measured figure


def test_the_check_imports_neither_prefect_nor_great_expectations_nor_the_tokenizer():
    # What a run with nothing new pays for: DuckDB and Arrow. The tokenizer (jieba reads its
    # dictionary's tags on import), Great Expectations and Prefect are ~4 s of CPU together.
    code = "import flows.quick, flows.state, flows.record"
    assert imported_by(code, ("prefect", "great_expectations", "jieba", "transforms.language")) == []


def test_a_first_run_finds_its_work_without_arrow_duckdb_or_rich(landing, tmp_path):
    # A warehouse that never committed has no ledger to read: the run launches Prefect's API
    # ~0.2 s sooner, and Arrow and DuckDB are imported while it boots. The CLI registers its
    # commands without DuckDB or rich (the warehouse commands import them when they run).
    code = ("import baozhi.cli\nfrom baozhi.settings import load\nfrom flows.quick import look\n"
            f"assert look(load(environ={{}}, landing={str(landing)!r}, data={str(tmp_path / 'data')!r})).to_parse == 3")
    assert imported_by(code, ("pyarrow", "duckdb", "rich", "warehouse.store")) == []


def test_a_killed_first_runs_leftovers_are_removed_by_the_next_run(prefect_api, landing, data_dir):
    # The check of a warehouse that never committed does not read it; the run's flow does, and
    # removes what a killed first run staged.
    leftover = data_dir / "lake" / "_staging" / "run-killed" / "tokens.parquet"
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"half a file")
    assert look(settings_for(landing, data_dir)).to_parse == 3
    assert leftover.exists()  # the check wrote nothing
    assert execute(settings_for(landing, data_dir)).files_loaded == 3
    assert not leftover.exists()


def test_the_check_on_a_loaded_warehouse_does_not_import_pandas(prefect_api, landing, data_dir):
    # ~0.3 s of a run with nothing new: Arrow makes timestamps Python values through pandas, and
    # pyarrow.dataset imports it; the check reads neither.
    assert execute(settings_for(landing, data_dir)).files_loaded == 3
    code = ("from baozhi.settings import load\nfrom flows.quick import look\n"
            f"assert look(load(environ={{}}, landing={str(landing)!r}, data={str(data_dir)!r})).summary")
    assert imported_by(code, ("pandas", "pyarrow.dataset")) == []


def test_a_batch_is_parsed_without_hashing_its_files_for_a_cache_key(prefect_api, landing, data_dir, monkeypatch):
    # Prefect's default cache key hashes a task's inputs: for a parse batch, every file's bytes
    # (~15 ms a batch), for a cache keyed on text that a run must never serve.
    from prefect.cache_policies import Inputs

    hashed: list[set[str]] = []
    original = Inputs.compute_key

    def recording(self, task_ctx, inputs, flow_parameters, **kwargs):
        hashed.append(set(inputs or {}))
        return original(self, task_ctx, inputs, flow_parameters, **kwargs)

    monkeypatch.setattr(Inputs, "compute_key", recording)
    assert execute(settings_for(landing, data_dir)).files_loaded == 3  # threads: tasks run here
    assert hashed and all("jobs" not in names for names in hashed)  # discover's key, not the batch's


def test_a_one_file_run_imports_and_builds_nothing_heavy_after_its_preparation(prefect_api, tmp_path):
    # What the flow process imports and builds while Prefect's API boots (flows.nightly.preload) is
    # off a one-file run's critical path; anything first imported or built after the API answers is
    # on it. Built: the tables of baozhi.resources and baozhi.paper_files, each made once per process.
    landing = tmp_path / "landing" / "liaoyuan-daily"
    landing.mkdir(parents=True)
    sample = sorted(SAMPLES.glob("*.txt"))[0]
    (landing / sample.name).write_bytes(sample.read_bytes())
    code = textwrap.dedent(f"""
        import json, sys
        import flows.nightly
        from baozhi import paper_files, resources
        from baozhi.commands.pipeline import execute
        from baozhi.settings import load

        prepared = {{}}
        plain = flows.nightly.preload
        tables = {{"tokenizer": resources.tokenizer_for, "jieba_idf": resources.jieba_idf,
                   "fallback_idf": resources._jieba_fallback_idf, "stopwords": resources.stopwords,
                   "papers": paper_files.paper_registry}}

        def built():
            return {{name: f.cache_info().misses for name, f in tables.items()}}

        def preload(settings=None):
            plain(settings)
            prepared["modules"] = set(sys.modules)
            prepared["built"] = built()

        flows.nightly.preload = preload
        summary = execute(load(environ={{}}, landing={str(landing.parent)!r}, data={str(tmp_path / "data")!r}))
        heavy = ("pyarrow", "pandas", "numpy", "duckdb", "prefect", "great_expectations", "fastapi", "jieba",
                 "transforms", "expectations", "warehouse", "flows")
        late = sorted(m for m in set(sys.modules) - prepared["modules"] if m.split(".")[0] in heavy)
        later = {{name: n - prepared["built"][name] for name, n in built().items() if n != prepared["built"][name]}}
        print(json.dumps([summary.files_loaded, late, later]))
    """)
    env = {**os.environ, "PREFECT_API_URL": prefect_api}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, env=env,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.returncode == 0, out.stderr[-3000:]
    loaded, late, built_later = json.loads(out.stdout.strip().splitlines()[-1])
    assert loaded == 1 and late == [] and built_later == {}
