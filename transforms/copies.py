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
from collections import defaultdict

import numpy as np

from transforms.decode import code_points, line_memo

__all__ = ["MIN_DUP_CJK", "SHINGLE", "candidates", "candidates_by_strings", "copy_key", "near_copy", "shingles"]

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


@line_memo
def copy_keys(lines: tuple[str, ...]) -> tuple[str, ...]:
    """``copy_key`` of each of a section's lines (the copies ``dedupe`` dropped), made once per
    section: every story of the section asks after them, and a file printed twice over drops
    thousands of lines (made again per story, that was most of its parse)."""
    return tuple(map(copy_key, lines))


@line_memo
def copy_key_set(lines: tuple[str, ...]) -> frozenset[str]:
    """``copy_keys`` as a set, for asking whether a text is one of them."""
    return frozenset(copy_keys(lines))


def shingles(key: str) -> set[str]:
    """The key's 8-character substrings (the key itself when shorter)."""
    if len(key) < SHINGLE:
        return {key}
    return {key[i : i + SHINGLE] for i in range(len(key) - SHINGLE + 1)}


# A shingle in more paragraphs than this is boilerplate; it is not used to find candidates.
_MAX_POSTING = 40
# Candidates share at least this share of the shorter paragraph's shingles.
_MIN_CANDIDATE_SHARE = 0.5

# Multiplier of the shingles' polynomial hash (odd, 64 bits; arithmetic wraps around).
_HASH_BASE = np.uint64(0x9E3779B97F4A7C15)
_OWNER_BITS = np.uint64(16)
_OWNER_MASK = (1 << 16) - 1


def candidates(keys: list[str]) -> list[tuple[int, int]]:
    """The pairs (i, j), j < i, of keys worth comparing in full, in order of i, then j: the two share
    at least half of the shorter key's shingles, counting a shingle only while at most
    _MAX_POSTING keys before i hold it (a boilerplate phrase, "本报记者" in every byline, is no sign).

    Most keys share no shingle: the shingles are hashed in one numpy pass over the section, and
    only the few hashes two keys hold make pairs, instead of a set of shingles and an index entry
    per character for every paragraph (``candidates_by_strings``, the same pairs).  Equal hashes
    are checked to be equal substrings; on a collision, or a key shorter than a shingle, the
    pairs are found by the strings."""
    n = len(keys)
    lengths = np.fromiter(map(len, keys), dtype=np.int64, count=n)
    if n < 2 or n > _OWNER_MASK or lengths.min() < SHINGLE:
        return candidates_by_strings(keys)
    codes = code_points("".join(keys)).astype(np.uint64)
    windows = len(codes) - SHINGLE + 1
    owner_of = np.repeat(np.arange(n, dtype=np.int64), lengths)
    inside = owner_of[:windows] == owner_of[SHINGLE - 1 :]  # windows that do not run into the next key
    hashes = codes[:windows].copy()
    for k in range(1, SHINGLE):
        hashes *= _HASH_BASE
        hashes += codes[k : k + windows]
    start = np.flatnonzero(inside)
    # Hash (its low 48 bits) and key in one number, sorted: by hash, then by key.
    packed = (hashes[start] << _OWNER_BITS) | owner_of[start].astype(np.uint64)
    order = np.argsort(packed)
    start, hashes = start[order], packed[order] >> _OWNER_BITS
    owner = owner_of[start]
    same = hashes[1:] == hashes[:-1]
    if same.any():
        a, b = start[:-1][same], start[1:][same]
        span = np.arange(SHINGLE)
        if not (codes[a[:, None] + span] == codes[b[:, None] + span]).all():
            return candidates_by_strings(keys)  # two substrings with one hash
    # Each key's shingles once (a key may print a substring twice).
    first = np.ones(len(owner), dtype=bool)
    first[1:] = ~(same & (owner[1:] == owner[:-1]))
    hashes, owner = hashes[first], owner[first]
    size = np.bincount(owner, minlength=n)  # each key's distinct shingles
    # Keys with the same shingle stand together in key order: a key's rank in its run is the
    # number of keys before it holding the shingle, each of which it pairs with.
    at = np.arange(len(owner))
    opens = np.ones(len(owner), dtype=bool)
    opens[1:] = hashes[1:] != hashes[:-1]
    rank = at - np.maximum.accumulate(np.where(opens, at, 0))
    counted = np.flatnonzero((rank >= 1) & (rank <= _MAX_POSTING))
    if not len(counted):
        return []
    before = rank[counted]
    later = np.repeat(counted, before)
    back = np.arange(len(later)) - np.repeat(np.cumsum(before) - before, before) + 1
    pair, shared = np.unique(owner[later] * n + owner[later - back], return_counts=True)
    i, j = pair // n, pair % n
    short = np.where(lengths[i] <= lengths[j], size[i], size[j])
    ok = shared >= _MIN_CANDIDATE_SHARE * short
    return list(zip(i[ok].tolist(), j[ok].tolist()))


def candidates_by_strings(keys: list[str]) -> list[tuple[int, int]]:
    """``candidates`` by sets of substrings and an index of them: the definition, and the way when
    the hashes cannot tell substrings apart."""
    index: dict[str, list[int]] = defaultdict(list)
    held = [shingles(key) for key in keys]
    pairs: list[tuple[int, int]] = []
    for i, own in enumerate(held):
        shared: dict[int, int] = defaultdict(int)
        for s in own:
            posting = index[s]
            if len(posting) <= _MAX_POSTING:
                for j in posting:
                    shared[j] += 1
            posting.append(i)
        for j in sorted(shared):
            short = i if len(keys[i]) <= len(keys[j]) else j
            if shared[j] >= _MIN_CANDIDATE_SHARE * len(held[short]):
                pairs.append((i, j))
    return pairs


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
