"""Keep a quarantined file where a person can look at it: the raw bytes beside a reason.json."""

from __future__ import annotations

import json
import shutil
from pathlib import Path


def quarantine_file(quarantine_dir: Path, run_id: str, source: Path, source_file: str, reason: dict) -> Path:
    """Copy ``source`` to ``quarantine/<run_id>/<source_file>`` and write ``<that>.reason.json``."""
    target = quarantine_dir / run_id / source_file
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)
    reason_path = target.with_name(target.name + ".reason.json")
    reason_path.write_text(json.dumps(reason, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
    return reason_path
