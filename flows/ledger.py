"""Decide what a run does with each landing file, from the ledger of earlier runs. Pure.

The ledger (`ingest_log`) has one row per file version, keyed by content (sha256):

    2021-09-06.txt   9f2c…  loaded       a rerun skips it
    copy-of-0906.txt 9f2c…  duplicate    same bytes under another name
    2021-09-06.txt   41ab…  (new)        same path, new bytes: parsed, replaces the old version's issue
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from flows.discover import LandingFile

LOADED, DUPLICATE, QUARANTINED, FAILED, REPLACED = "loaded", "duplicate", "quarantined", "failed", "replaced"
STATUSES = (LOADED, DUPLICATE, QUARANTINED, FAILED, REPLACED)


@dataclass(frozen=True)
class LedgerRow:
    source_file: str
    source_sha256: str
    status: str
    reason: str | None = None
    issue_id: str | None = None


@dataclass(frozen=True)
class ToParse:
    file: LandingFile
    replaces: tuple[str, ...] = ()  # issue ids loaded from an older version of the same path
    retry: bool = False  # quarantined or failed before


@dataclass(frozen=True)
class Plan:
    to_parse: tuple[ToParse, ...]
    duplicates: tuple[tuple[LandingFile, str], ...]  # (file, reason)
    unchanged: tuple[LandingFile, ...]  # already accounted for by an earlier run
    superseded: tuple[LedgerRow, ...] = field(default=())  # older versions of paths parsed now

    @property
    def counts(self) -> dict[str, int]:
        return {
            "seen": len(self.to_parse) + len(self.duplicates) + len(self.unchanged),
            "new": len(self.to_parse) + len(self.duplicates),
            "unchanged": len(self.unchanged),
        }


def plan(files: Iterable[LandingFile], ledger: Iterable[LedgerRow], *, retry_quarantined: bool = False) -> Plan:
    """What to parse, what is a duplicate, and what an earlier run already settled."""
    rows = list(ledger)
    by_version: Mapping[tuple[str, str], LedgerRow] = {(r.source_file, r.source_sha256): r for r in rows}
    loaded_by_sha: dict[str, LedgerRow] = {}
    quarantined_by_sha: dict[str, LedgerRow] = {}
    loaded_by_path: dict[str, list[LedgerRow]] = {}
    for row in rows:
        if row.status == LOADED:
            loaded_by_sha.setdefault(row.source_sha256, row)
            loaded_by_path.setdefault(row.source_file, []).append(row)
        elif row.status == QUARANTINED:
            quarantined_by_sha.setdefault(row.source_sha256, row)

    to_parse: list[ToParse] = []
    duplicates: list[tuple[LandingFile, str]] = []
    unchanged: list[LandingFile] = []
    superseded: list[LedgerRow] = []
    first_in_run: dict[str, LandingFile] = {}

    for f in sorted(files, key=lambda x: x.source_file):
        own = by_version.get((f.source_file, f.sha256))
        if own is not None and own.status in (LOADED, DUPLICATE, REPLACED):
            unchanged.append(f)
            continue
        if own is not None and own.status == QUARANTINED and not retry_quarantined:
            unchanged.append(f)
            continue
        original = loaded_by_sha.get(f.sha256)
        if original is not None and original.source_file != f.source_file:
            duplicates.append((f, f"same content as {original.source_file} (already loaded)"))
            continue
        bad_twin = quarantined_by_sha.get(f.sha256)
        if bad_twin is not None and bad_twin.source_file != f.source_file and not retry_quarantined:
            duplicates.append((f, f"same content as {bad_twin.source_file} (quarantined: {bad_twin.reason})"))
            continue
        twin = first_in_run.get(f.sha256)
        if twin is not None:
            duplicates.append((f, f"same content as {twin.source_file} (in this delivery)"))
            continue
        first_in_run[f.sha256] = f
        older = [r for r in loaded_by_path.get(f.source_file, []) if r.source_sha256 != f.sha256]
        superseded.extend(older)
        to_parse.append(
            ToParse(
                file=f,
                replaces=tuple(sorted({r.issue_id for r in older if r.issue_id})),
                retry=own is not None,
            )
        )
    return Plan(tuple(to_parse), tuple(duplicates), tuple(unchanged), tuple(superseded))


def batches(items: list, size: int) -> list[list]:
    """Split work into tasks of ``size`` items: one Prefect task per batch, never per article."""
    size = max(1, size)
    return [items[i : i + size] for i in range(0, len(items), size)]
