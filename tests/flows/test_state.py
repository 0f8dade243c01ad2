"""flows.state: what a run reads from the warehouse, once per committed generation."""

from __future__ import annotations

import pytest

from flows import decide
from flows.state import WarehouseState
from tests.warehouse import fixtures
from tests.warehouse.conftest import publish
from warehouse import lake as lk
from warehouse.store import Warehouse


def test_the_check_and_the_flow_read_one_generation_once_and_a_commit_is_read_afresh(tmp_path, monkeypatch):
    wh = Warehouse(tmp_path / "data")
    publish(wh, [fixtures.delivery(fixtures.issue_one)], "run-1")
    first = WarehouseState.read(wh)
    assert [r.status for r in first.ledger] == [decide.LOADED] and len(first.live) == 1

    # The flow asks again under the same lock: the same state, and the lake is not queried again.
    def not_again():
        raise AssertionError("the ledger was read twice for one generation")

    monkeypatch.setattr(wh, "ledger", not_again)
    assert WarehouseState.read(wh) is first
    # A second handle on the same folder is the same warehouse.
    assert WarehouseState.read(Warehouse(tmp_path / "data")) is first
    monkeypatch.undo()

    # A commit is a new generation: read afresh, with the new run's rows.
    publish(wh, [fixtures.delivery(fixtures.issue_two)], "run-2")
    second = WarehouseState.read(wh)
    assert second is not first and len(second.ledger) == 2 and len(second.live) == 2

    # Another warehouse at the same generation is another state.
    other = Warehouse(tmp_path / "other")
    publish(other, [fixtures.delivery(fixtures.issue_three)], "run-1")
    assert set(WarehouseState.read(other).live) == {fixtures.issue_three()[0].issue_id}


def test_a_state_read_from_memory_still_recovers_what_a_killed_run_left(tmp_path):
    wh = Warehouse(tmp_path / "data")
    publish(wh, [fixtures.delivery(fixtures.issue_one)], "run-1")
    state = WarehouseState.read(wh)
    leftover = wh.lake / lk.STAGING / "run-killed" / "tokens.parquet"
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"half a file")
    assert WarehouseState.read(wh) is state
    assert not leftover.exists()


def test_the_state_cannot_be_changed_by_its_readers(tmp_path):
    wh = Warehouse(tmp_path / "data")
    publish(wh, [fixtures.delivery(fixtures.issue_one)], "run-1")
    state = WarehouseState.read(wh)
    with pytest.raises(TypeError):
        state.live["x"] = ("a", "b")  # type: ignore[index]
    with pytest.raises(TypeError):
        state.loaded_by_path["x"] = ()  # type: ignore[index]


def test_a_warehouse_that_never_committed_is_read_without_a_query_or_a_catalog(tmp_path, monkeypatch):
    # A first run's check: nothing to recover, nothing in the ledger; building an empty catalog
    # and querying it was ~0.6 s of CPU before Prefect could start. A killed first run's staged
    # files are still removed.
    wh = Warehouse(tmp_path / "data")
    leftover = wh.lake / lk.STAGING / "run-killed" / "tokens.parquet"
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"half a file")

    def no_query():
        raise AssertionError("an empty warehouse was queried")

    monkeypatch.setattr(wh, "ledger", no_query)
    state = WarehouseState.read(wh)
    assert (state.ledger, dict(state.live), dict(state.loaded_by_path)) == ((), {}, {})
    assert not leftover.exists() and not wh.catalog_path.exists()
    monkeypatch.undo()
    publish(wh, [fixtures.delivery(fixtures.issue_one)], "run-1")  # the first commit builds it
    assert wh.catalog_path.exists() and len(WarehouseState.read(wh).ledger) == 1
