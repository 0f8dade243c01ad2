"""How a night is cut into gate calls depends on when the workers deliver
(``flows.decide.gate_while_waiting``); the warehouse must not show it."""

from __future__ import annotations

import pytest

from baozhi.commands.pipeline import execute
from expectations.gate import Gate
from expectations.suites import SPECS
from flows import decide
from tests.flows.test_dask_runner import table_contents
from tests.flows.test_nightly import query, settings_for


@pytest.mark.slow
def test_a_night_validated_in_one_call_or_before_every_result_gives_identical_tables(
        prefect_api, landing, tmp_path, monkeypatch):
    calls = []
    validate = Gate.validate
    monkeypatch.setattr(Gate, "validate", lambda self, tables: calls.append(tables["issues"].num_rows)
                        or validate(self, tables))
    runs = {}
    for name, early in (("at the end", False), ("before every result", True)):
        monkeypatch.setattr(decide, "gate_while_waiting", lambda *args, early=early: early)
        calls.clear()
        # three files, one a batch: three results; the queue is validated once at the end, or
        # before each result (that is, after each of the first two, then the last at the end)
        summary = execute(settings_for(landing, tmp_path / name, batch_size=1))
        assert summary.status == "completed" and summary.files_loaded == 3, summary.render()
        runs[name] = (sorted(calls), table_contents(tmp_path / name / "warehouse.duckdb"))
    assert runs["at the end"][0] == [3] and runs["before every result"][0] == [1, 1, 1]
    assert runs["at the end"][1] == runs["before every result"][1]
    # one summary row per expectation for the run, whatever the calls
    summaries = query(tmp_path / "before every result", "select expectation from dq_results where issue_id is null "
                      "and article_id is null")
    assert sorted(e for (e,) in summaries) == sorted(s.name for s in SPECS)
