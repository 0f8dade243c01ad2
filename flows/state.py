"""What a run reads from the warehouse before deciding anything: no Prefect, no Great Expectations,
so the check before a run (``flows.quick``) and the flow read it the same way."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

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
        wh.recover()  # undo whatever a killed run left behind
        rows = tuple(
            decide.LedgerRow(r["source_file"], r["source_sha256"], r["status"], r.get("reason"), r.get("issue_id"))
            for r in wh.ledger().to_pylist()
        )
        live = {r["issue_id"]: (r["source_file"], r["source_sha256"]) for r in wh.known_issues().to_pylist()}
        by_path: dict[str, list[str]] = {}
        for row in rows:
            if row.status == decide.LOADED:
                by_path.setdefault(row.source_file, []).append(row.source_sha256)
        return cls(rows, live, {k: tuple(v) for k, v in by_path.items()})
