"""The I/O side of the paper registry: the committed ``transforms/dicts/papers.tsv`` plus the
newsroom's files (``BAOZHI_PAPERS``), read once per process.

Apart from ``baozhi.resources`` on purpose: the flow process identifies every file's paper and
date before the workers parse, and importing the registry from there imported jieba and the
tokenizer too (~0.9 s of CPU a run, on the flow's critical path, for a table of a few rows).
"""

from __future__ import annotations

import functools
from pathlib import Path

from baozhi.dict_texts import read_texts
from baozhi.settings import DICTS_DIR
from transforms.papers import PaperRegistry

PAPERS_FILE = "papers.tsv"


@functools.cache
def paper_registry(user_files: tuple[Path, ...] = ()) -> PaperRegistry:
    """The committed paper registry (``transforms/dicts/papers.tsv``), then the newsroom's files
    in order (a later row wins); built once per process."""
    return PaperRegistry.parse(read_texts([DICTS_DIR / PAPERS_FILE, *user_files], "paper registry"))
