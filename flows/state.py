"""What a run reads from the warehouse before deciding anything: no Prefect, no Great Expectations,
so the check before a run (``flows.quick``) and the flow read it the same way."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from flows import decide
from warehouse.store import Warehouse


@dataclass(frozen=True)
class WarehouseState:
    """What the decisions need to know about earlier runs, read once at the start of a run."""

    ledger: tuple[decide.LedgerRow, ...]
    live: Mapping[str, tuple[str, str]]  # issue_id -> (source_file, source_sha256) of live issues
    loaded_by_path: Mapping[str, tuple[str, ...]]  # source_file -> sha256 of its loaded versions

    @classmethod
    def read(cls, wh: Warehouse) -> WarehouseState:
        """The state of the warehouse's committed generation, after undoing whatever a killed run
        left behind. Read once per generation in a process: ``baozhi run`` asks in its check before
        the flow (``flows.quick``) and the flow asks again, with the run lock held in between, so
        nothing can have been committed (at 10 years, 3,651 ledger rows and 3,628 live issues: ~0.2 s
        of CPU read twice). Every commit writes a new generation, and so a new key."""
        wh.recover()
        key = _generation_key(wh)
        if _LAST and _LAST[0][0] == key:
            return _LAST[0][1]
        state = cls._read(wh)
        _LAST[:] = [(key, state)]
        return state

    @classmethod
    def _read(cls, wh: Warehouse) -> WarehouseState:
        if not wh.manifest()["generation"]:  # nothing committed yet: no ledger, no issues (no query)
            return cls((), MappingProxyType({}), MappingProxyType({}))
        # Only the columns used: a timestamp column made Python values goes through pandas, whose
        # import (~0.3 s) the check before Prefect does not otherwise need.
        ledger = wh.ledger()
        names = [n for n in ("source_file", "source_sha256", "status", "reason", "issue_id") if n in ledger.column_names]
        rows = tuple(
            decide.LedgerRow(r["source_file"], r["source_sha256"], r["status"], r.get("reason"), r.get("issue_id"))
            for r in ledger.select(names).to_pylist()
        )
        known = wh.known_issues().select(["issue_id", "source_file", "source_sha256"])
        live = {r["issue_id"]: (r["source_file"], r["source_sha256"]) for r in known.to_pylist()}
        by_path: dict[str, list[str]] = {}
        for row in rows:
            if row.status == decide.LOADED:
                by_path.setdefault(row.source_file, []).append(row.source_sha256)
        return cls(rows, MappingProxyType(live), MappingProxyType({k: tuple(v) for k, v in by_path.items()}))


_LAST: list[tuple[tuple, WarehouseState]] = []  # the last generation read in this process: [(key, state)]


def _generation_key(wh: Warehouse) -> tuple:
    """Which committed state of which warehouse: its folder, and the manifest's generation with the
    run that committed it and when (a warehouse made again in the same folder starts over at
    generation 1 under another run)."""
    manifest = wh.manifest()
    return (str(wh.data_dir), manifest["generation"], manifest["run_id"], manifest["committed_at"])
