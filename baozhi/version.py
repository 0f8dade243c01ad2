"""The pipeline version stamped on every row: package version + git commit when known."""

from __future__ import annotations

import subprocess
from functools import lru_cache

from baozhi import __version__
from baozhi.settings import REPO_ROOT


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """``0.1.0+g1a2b3c4`` in a git checkout (``-dirty`` with local edits), else ``0.1.0``."""
    try:
        commit = subprocess.run(
            ["git", "-C", str(REPO_ROOT), "rev-parse", "--short=8", "HEAD"],
            capture_output=True, text=True, timeout=5, check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return __version__
    return f"{__version__}+g{commit}" if commit else __version__
