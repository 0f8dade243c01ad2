"""Names of a warehouse's state on disk, importable without Arrow or DuckDB.

The check before a run (``flows.quick``) asks whether the warehouse ever committed before it
imports anything that reads the lake: a first run then launches Prefect's API ~0.2 s sooner
(Arrow and DuckDB are imported while the API boots instead of before it starts).
"""

from __future__ import annotations

from pathlib import Path

MANIFEST = "_current.json"  # the lake's commit point: every live file is named in it
STAGING = "_staging"  # what a transaction stages before its commit


def committed(lake: Path) -> bool:
    """Whether a run ever committed to the lake at ``lake`` (``DATA/lake``): its manifest exists.
    A lake without one reads as empty (``lake.load_manifest``): no ledger, no issues."""
    return (Path(lake) / MANIFEST).is_file()
