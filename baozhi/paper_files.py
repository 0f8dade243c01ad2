"""The I/O side of the paper registry: the committed ``transforms/dicts/papers.tsv`` plus the
newsroom's files (``BAOZHI_PAPERS``), read once per process.

Apart from ``baozhi.resources`` on purpose: the flow process identifies every file's paper and
date before the workers parse, and importing the registry from there imported jieba and the
tokenizer too (~0.9 s of CPU a run, on the flow's critical path, for a table of a few rows).
"""

from __future__ import annotations

import functools
from pathlib import Path

from baozhi.settings import DICTS_DIR
from transforms.papers import PaperRegistry

PAPERS_FILE = "papers.tsv"


@functools.cache
def paper_registry(user_files: tuple[Path, ...] = ()) -> PaperRegistry:
    """The committed paper registry (``transforms/dicts/papers.tsv``), then the newsroom's files
    in order (a later row wins); built once per process."""
    paths = [DICTS_DIR / PAPERS_FILE, *map(Path, user_files)]
    texts = []
    for path in paths:
        try:
            texts.append((str(path), path.read_text(encoding="utf-8-sig")))
        except OSError as exc:
            raise FileNotFoundError(f"paper registry {path} cannot be read: {exc.strerror}") from exc
    return PaperRegistry.parse(texts)
