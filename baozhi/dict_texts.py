"""Reading the project's data files (dictionaries, the paper registry) as texts for the pure
parsers in ``transforms/``: one place that knows their encoding and says which file is missing."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


def read_texts(paths: Iterable[Path], kind: str) -> list[tuple[str, str]]:
    """``(name, text)`` of each file in order. UTF-8, a byte-order mark dropped (files saved by
    Windows editors start with one). A file that cannot be read raises ``FileNotFoundError``
    naming it as ``kind`` ("user dictionary /srv/dicts/places.txt cannot be read: …")."""
    out = []
    for path in map(Path, paths):
        try:
            out.append((str(path), path.read_text(encoding="utf-8-sig")))
        except OSError as exc:
            raise FileNotFoundError(f"{kind} {path} cannot be read: {exc.strerror}") from exc
    return out
