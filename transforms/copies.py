"""When are two printed lines copies of one paragraph: the key they are compared by, the shingle
test that finds the few pairs worth comparing, and the near copy (a paragraph with a few phrases
deleted).

Extraction prints a paragraph again whole, cut at a column break, or with a phrase dropped
("…落实省生态环境保护督察…" / "…落实督察…"); the lines are compared without whitespace and with
brackets in one form.  Shingles (8-character substrings) are hashed in one numpy pass, so a big
issue costs about linear time and only lines that share one are compared in full (``repair``).
"""

from __future__ import annotations

import difflib

import numpy as np

from transforms.decode import code_points

__all__ = ["MIN_DUP_CJK", "SHINGLE", "copy_key", "may_share", "near_copy", "shingles"]

SHINGLE = 8
# Shorter paragraphs are not de-duplicated: short lines repeat legitimately ("本报记者 王茜").
MIN_DUP_CJK = 15
# A near-copy is the longer paragraph with at most this many phrases deleted,
# together at most this share of its length ("…落实省生态环境保护督察…" without 省生态环境保护).
_MAX_DELETIONS = 3
_MAX_DELETED_SHARE = 0.3

# Brackets compared in one form: normalising makes a pair full-width, but a column break that cuts
# the pair leaves each half its own ASCII bracket ("本报讯(记者 赵" / heading / "帅杰)10年前，…"), which
# the whole copy prints full-width ("本报讯（记者 赵帅杰）10年前，…").
_ONE_BRACKET = str.maketrans("()", "（）")


def copy_key(text: str) -> str:
    """The text without whitespace ("本报 讯" -> "本报讯"; str.split's whitespace is re's \\s), its
    brackets full-width."""
    key = "".join(text.split())
    # str.translate walks the whole text of a Chinese line slowly; most lines hold no ASCII bracket.
    return key.translate(_ONE_BRACKET) if "(" in key or ")" in key else key


def shingles(key: str) -> set[str]:
    """The key's 8-character substrings (the key itself when shorter)."""
    if len(key) < SHINGLE:
        return {key}
    return {key[i : i + SHINGLE] for i in range(len(key) - SHINGLE + 1)}


# Multiplier of the shingles' polynomial hash (odd, 64 bits; arithmetic wraps around).
_HASH_BASE = np.uint64(0x9E3779B97F4A7C15)
_OWNER_BITS = np.uint64(16)
_OWNER_MASK = np.uint64((1 << 16) - 1)


def may_share(keys: list[str]) -> list[bool]:
    """Which keys may share a shingle with another key: those holding an 8-character substring
    whose hash another key's substring has too (and any key too short for one).  Equal
    substrings hash alike, so no key that shares a shingle is missed; a collision only lets a
    key through to the exact comparison.  One numpy pass over the section instead of a set of
    shingles and an index entry per character for every paragraph, most of which share none."""
    lengths = np.fromiter(map(len, keys), dtype=np.int64, count=len(keys))
    may = lengths < SHINGLE
    codes = code_points("".join(keys)).astype(np.uint64)
    windows = len(codes) - SHINGLE + 1
    if len(keys) < 2 or windows <= 0:
        return may.tolist()
    if len(keys) > _OWNER_MASK:
        return [True] * len(keys)  # more keys than the packing below can tell apart
    owner = np.repeat(np.arange(len(keys), dtype=np.uint64), lengths)
    inside = owner[:windows] == owner[SHINGLE - 1 :]  # windows that do not run into the next key
    hashes = codes[:windows].copy()
    for k in range(1, SHINGLE):
        hashes *= _HASH_BASE
        hashes += codes[k : k + windows]
    # Hash (its low 48 bits) and owner in one number: sorted, equal hashes stand together,
    # their owners in order, so a hash that two keys hold shows as two neighbours with the
    # same hash and different owners, and each of its owners has such a neighbour.
    packed = np.sort((hashes[inside] << _OWNER_BITS) | owner[:windows][inside])
    same_hash = (packed[1:] >> _OWNER_BITS) == (packed[:-1] >> _OWNER_BITS)
    owners = packed & _OWNER_MASK
    meet = same_hash & (owners[1:] != owners[:-1])
    may[owners[1:][meet].astype(np.intp)] = True
    may[owners[:-1][meet].astype(np.intp)] = True
    return may.tolist()


def near_copy(short: str, long: str) -> bool:
    """``short`` is ``long`` with a few phrases deleted (and nothing added or changed)."""
    # Only deletions means ``short`` is ``long``'s equal blocks in order: a subsequence of it,
    # shorter by the deleted characters.  Most candidates fail these cheap tests (an edited word).
    if len(long) - len(short) > _MAX_DELETED_SHARE * len(long):
        return False
    rest = iter(long)
    if not all(ch in rest for ch in short):
        return False
    sm = difflib.SequenceMatcher(None, long, short, autojunk=False)
    deleted = deletions = 0
    for tag, i1, i2, _j1, _j2 in sm.get_opcodes():
        if tag in ("insert", "replace"):
            return False
        if tag == "delete":
            deletions += 1
            deleted += i2 - i1
    return deletions <= _MAX_DELETIONS and deleted <= _MAX_DELETED_SHARE * len(long)
