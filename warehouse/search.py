"""Helpers of ``baozhi search``: query segmentation and result snippets (pure, no I/O)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

SNIPPET_CHARS = 60


def query_words(query: str, cut: Callable[[str], Iterable[tuple[str, str]]] | None = None) -> list[str]:
    """The words to search for, in order, without duplicates, spaces or punctuation.

    ``cut`` is the pipeline tokenizer's ``cut`` (text -> (word, pos) pairs) so the query is
    segmented like the articles were: "柴伟绍兴" -> 柴伟, 绍兴. Without it, the query's own
    spaces separate the words and search_articles matches vocabulary inside each one.
    """
    pieces = [w for w, _ in cut(query)] if cut else re.split(r"[\W_]+", query)
    out: list[str] = []
    for word in pieces:
        word = word.strip()
        if word and not all(unicodedata.category(ch)[0] in "PSZC" for ch in word) and word not in out:
            out.append(word)
    return out


def snippet(body: str, words: list[str], width: int = SNIPPET_CHARS, mark=("【", "】")) -> str:
    """About ``width`` characters of ``body`` around the first query word, words marked.

    snippet("……市委书记柴伟率党政代表团……", ["柴伟"]) -> "…市委书记【柴伟】率党政代表团…"
    """
    text = body.replace("\n", " ")
    hits = [(text.find(w), w) for w in sorted(words, key=len, reverse=True) if w and text.find(w) >= 0]
    start = max(0, min(hits)[0] - width // 3) if hits else 0
    piece = text[start:start + width]
    # mark longest words first, and never inside a mark already placed
    marked, i = [], 0
    longest = sorted({w for w in words if w}, key=len, reverse=True)
    while i < len(piece):
        word = next((w for w in longest if piece.startswith(w, i)), None)
        if word:
            marked.append(f"{mark[0]}{word}{mark[1]}")
            i += len(word)
        else:
            marked.append(piece[i])
            i += 1
    return ("…" if start > 0 else "") + "".join(marked) + ("…" if start + width < len(text) else "")
