"""Find the issue files in the landing folder, safely, and say why anything was passed over.

Only regular files under the landing dir are candidates. Hidden files (``.DS_Store``), partial
uploads (``x.txt.part``, ``x.tmp``, ``~x``) and symlinks that point outside the landing dir are
skipped and reported, never silently ignored.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

# An exporter writes "2021-09-06.txt.part" and renames it when done; editors leave "~$x" and "x~".
PARTIAL_SUFFIXES = (".part", ".partial", ".tmp", ".temp", ".crdownload", ".swp", ".lock")


@dataclass(frozen=True)
class LandingFile:
    source_file: str  # path relative to the landing dir, "/"-separated
    path: Path
    bytes: int
    sha256: str


@dataclass(frozen=True)
class Skipped:
    source_file: str
    reason: str


@dataclass(frozen=True)
class Discovery:
    files: tuple[LandingFile, ...]
    skipped: tuple[Skipped, ...]


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def skip_reason(name: str) -> str | None:
    """Why a file name is not ingested, or None when it is a candidate."""
    if name.startswith("."):
        return "hidden file"
    lower = name.lower()
    if lower.endswith(PARTIAL_SUFFIXES) or name.startswith("~") or name.endswith("~"):
        return "partial upload or temporary file"
    return None


def discover(landing: Path) -> Discovery:
    """Every candidate file under ``landing`` (sorted, hashed) and every file passed over."""
    root = landing.resolve()
    files: list[LandingFile] = []
    skipped: list[Skipped] = []
    if not root.is_dir():
        return Discovery((), (Skipped(str(landing), "landing folder does not exist"),))
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        # Hidden folders (".git", ".staging") are passed over as a whole, but said.
        for name in sorted(dirnames):
            if name.startswith("."):
                skipped.append(Skipped(_rel(here / name, root) + "/", "hidden folder"))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = here / name
            rel = _rel(path, root)
            reason = skip_reason(name)
            if reason is None and path.is_symlink():
                target = path.resolve()
                if not target.is_relative_to(root):
                    reason = "symlink pointing outside the landing folder"
            if reason is None and not path.is_file():
                reason = "not a regular file"
            if reason:
                skipped.append(Skipped(rel, reason))
                continue
            files.append(LandingFile(rel, path, path.stat().st_size, sha256_of(path)))
    files.sort(key=lambda f: f.source_file)
    skipped.sort(key=lambda s: s.source_file)
    return Discovery(tuple(files), tuple(skipped))


def _rel(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()
