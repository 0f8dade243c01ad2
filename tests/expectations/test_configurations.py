"""Within one suite run the gate builds each expectation's configuration once (GE rebuilds it at
every read, ~40 % of a call's CPU): the same results as with GE's own property. And its context
does not serialize its configuration at every change: the same results as when it does."""

from __future__ import annotations

import datetime as dt

import great_expectations.expectations as gxe
from great_expectations.data_context.types.base import BaseYamlConfig
from great_expectations.expectations.expectation import Expectation

from expectations import gate as gate_mod
from expectations.gate import Gate, GateContext
from tests.expectations.conftest import NO_PUBLISHED, make_batch, to_arrow


def test_a_configuration_is_built_once_within_a_run_and_afresh_outside_and_after_a_new_id():
    e = gxe.ExpectColumnValuesToNotBeNull(column="body")
    assert e.configuration is not e.configuration  # GE's own: a new object at every read
    token = gate_mod._BUILT.set({})
    try:
        first = e.configuration
        assert e.configuration is first
        e.id = "3f1c-given-when-its-suite-is-stored"
        assert e.configuration is not first and e.configuration.id == e.id
    finally:
        gate_mod._BUILT.reset(token)
    assert e.configuration is not e.configuration


def _night(tmp_path) -> list:
    """Four gate calls with failing and flagged rows, as plain values (timestamps left out)."""
    gate = Gate(tmp_path, GateContext("run-c", dt.date(2021, 12, 31), NO_PUBLISHED, {}))
    out = []
    for k in range(4):
        batch = make_batch(4, first_day=1 + 40 * k)
        batch["articles"][0]["body"] = "新闻热线:0437-3249118"  # flagged: furniture, short body
        batch["issues"][1]["issue_date"] = dt.date(2031, 1, 1)  # held back: a date in the future
        result = gate.validate(to_arrow(batch))
        out.append((sorted(result.failed_issues), result.flags(), [f.observed for f in result.warnings],
                    [{k: v for k, v in r.items() if k != "checked_at"} for r in result.dq_rows]))
    out.append([{k: v for k, v in r.items() if k != "checked_at"} for r in gate.summary_rows()])
    return out


def test_the_gate_gives_the_same_results_as_with_great_expectations_own_property(tmp_path, monkeypatch):
    ours = _night(tmp_path / "ours")
    monkeypatch.setattr(Expectation, "configuration", property(gate_mod._ge_configuration))
    theirs = _night(tmp_path / "theirs")
    assert ours == theirs
    assert ours[0][0] and ours[0][1]  # something was held back and something flagged


def test_the_gates_context_serializes_no_configuration_and_gives_the_same_results(tmp_path, monkeypatch):
    dumps = []
    plain = BaseYamlConfig.to_yaml_str
    monkeypatch.setattr(BaseYamlConfig, "to_yaml_str", lambda self: dumps.append(1) or plain(self))
    ours = _night(tmp_path / "ours")
    assert dumps == []
    monkeypatch.setattr(gate_mod, "_unsaved", lambda context: None)  # GE's own saves
    theirs = _night(tmp_path / "theirs")
    assert len(dumps) >= 11  # a datasource, 5 assets, 5 batch definitions: one dump each
    assert ours == theirs
