"""What a fresh interpreter imports: the tests that keep heavy modules (jieba, Prefect, Great
Expectations) out of the processes that do not need them."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def imported_by(code: str, modules: Iterable[str]) -> list[str]:
    """Which of ``modules`` a new Python process has imported after running ``code``."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(m for m in {tuple(modules)!r} if m in sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])
