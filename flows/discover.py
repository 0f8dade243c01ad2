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


# What this process hashed, per landing folder: path -> (the file's identity, sha256). `baozhi run`
# discovers twice, seconds apart with the run lock held: its check before Prefect starts
# (flows.quick) and the flow's own discover task; at 10 years (3,651 files, 88 MB) each pass spent
# ~0.2 s of CPU reading and hashing every file, on the critical path of a one-issue increment. A
# file is hashed again unless its inode, size, mtime and ctime are all as they were: any write
# changes mtime and ctime (ctime cannot be set back), and an exporter's rename of "x.txt.part" to
# "x.txt" is another inode. (Only a rewrite of as many bytes within one tick of the kernel's file
# clock, 1-10 ms, after the first look could pass unseen, for this run: the next run hashes afresh.)
_HASHED: dict[Path, dict[Path, tuple[tuple[int, ...], str]]] = {}


def _identity(st: os.stat_result) -> tuple[int, ...]:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


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
    before, hashed = _HASHED.get(root, {}), {}
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
            identity = _identity(path.stat())
            known = before.get(path)
            sha = known[1] if known is not None and known[0] == identity else sha256_of(path)
            hashed[path] = (identity, sha)
            files.append(LandingFile(rel, path, identity[2], sha))
    _HASHED[root] = hashed
    files.sort(key=lambda f: f.source_file)
    skipped.sort(key=lambda s: s.source_file)
    return Discovery(tuple(files), tuple(skipped))


def _rel(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()
