"""Bytes of an issue file -> text, or a Rejection saying why not.

Order of evidence: a BOM, then strict UTF-8, then GB18030 (a superset of GBK and GB2312).
A UTF-8 file cut off mid-character is still UTF-8 (with a damaged end), never GB18030:
decoding it as GB18030 would "succeed" and give mojibake, so a short invalid tail is dropped.
"""

from __future__ import annotations

import codecs
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from transforms.model import Rejection

EMPTY = "empty file"
BINARY = "binary content"
UNDECODABLE = "not decodable as UTF-8/UTF-16/GB18030"
NOT_CHINESE = "no Chinese text"

# Share of CJK ideographs among the letters (CJK + Latin) a newspaper page must reach.
# Mojibake of UTF-8 read as GB18030 is also "CJK", so the common-character test below matters too.
_MIN_CJK_SHARE = 0.3
# Share of the ideographs that must be among the common ones (GB2312 level 1, 3755 chars).
_MIN_COMMON_SHARE = 0.5


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # "utf-8", "utf-8-sig", "utf-16", "gb18030"


def is_cjk(ch: str) -> bool:
    """A CJK ideograph: unified (basic block, extension A, the supplementary planes' extensions
    B and later, e.g. the 𠙶 of a name) or compatibility ideographs (``CJK_RANGES``)."""
    o = ord(ch)
    return (0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF
            or 0x20000 <= o <= 0x3134F)


def _is_common(ch: str) -> bool:
    # GB2312 level 1 (16-55 rows) holds the 3,755 most common characters; their GB2312
    # byte pair is B0A1..D7F9.  Mojibake produces rare characters far more often.
    try:
        b = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and 0xB0 <= b[0] <= 0xD7


# Whole-text counting with compiled character classes: the per-character Python loops above
# cost as much as the rest of decoding.  Each class is the definition above, tabulated once
# (tests check the two agree on random text).
# What counts as a Chinese character, for the whole project (the gate's share of Chinese, topic
# bigrams, continuation markers): ``is_cjk`` as a regex character class.
CJK_RANGES = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
NON_CJK = re.compile(f"[^{CJK_RANGES}]+")
_ASCII_LETTER = re.compile("[A-Za-z]")


def _common_codes() -> list[int]:
    """The code points ``_is_common`` accepts, from the other side: GB2312 level 1 decoded, byte
    pair by byte pair (rows B0-D7, cells A1-FE; 3,760 pairs, the five after 座 D7F9 unassigned),
    instead of encoding all 28,096 ideographs of the BMP blocks (~0.05 s of every process's import)."""
    codes = []
    for lead in range(0xB0, 0xD8):
        for cell in range(0xA1, 0xFF):
            try:
                codes.append(ord(bytes((lead, cell)).decode("gb2312")))
            except UnicodeDecodeError:
                continue
    return sorted(o for o in codes if is_cjk(chr(o)) and o < 0x10000)


_COMMON_CODES = _common_codes()
_UNCOMMON = re.compile("[^" + "".join(re.escape(chr(o)) for o in _COMMON_CODES) + "]+")
# The same characters as a table over the Basic Multilingual Plane (1 for a common one).
_COMMON_TABLE = np.zeros(0x10000, dtype=np.uint8)
_COMMON_TABLE[_COMMON_CODES] = 1
# C0 controls and DEL..APC (unicodedata category "Cc") other than tab, newline, CR, form feed.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in (0x09, 0x0A, 0x0D, 0x0C))


_CJK_RUNS = re.compile(f"[{CJK_RANGES}]+")


def cjk_only(text: str) -> str:
    """The text's CJK ideographs (``is_cjk``), in order: "辽源2021年" -> "辽源年"."""
    return NON_CJK.sub("", text)


# CJK_RANGES as (first, last) code points; those in the Basic Multilingual Plane as a table
# (a look-up per code point: a quarter of the cost of a binary search over the bounds).
_CJK_SPANS = [(ord(CJK_RANGES[i]), ord(CJK_RANGES[i + 2])) for i in range(0, len(CJK_RANGES), 3)]
_BMP_CJK = np.zeros(0x10000, dtype=bool)
for _lo, _hi in _CJK_SPANS:
    _BMP_CJK[_lo : min(_hi, 0xFFFF) + 1] = True
del _lo, _hi
_ASTRAL_CJK = [(np.uint32(lo), np.uint32(hi)) for lo, hi in _CJK_SPANS if hi > 0xFFFF]
# From this length on the code points are counted with numpy (a page, an article: 5-10 times
# faster); below it the regex is cheaper than numpy's fixed cost per call (a line, a paragraph).
_NUMPY_FROM = 300


def code_points(text: str) -> np.ndarray:
    """The code points of ``text`` as a uint32 array (a view of its UTF-32 encoding)."""
    # (A lone surrogate, which UTF-32 cannot encode, passes as its code point: no ideograph.)
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def ideographs(codes: np.ndarray) -> np.ndarray:
    """Which of ``codes`` (``code_points``) are CJK ideographs (``is_cjk``)."""
    # U+FFFF, no ideograph, stands in the table for every supplementary code point.
    found = _BMP_CJK.take(np.minimum(codes, np.uint32(0xFFFF)))
    if len(codes) and codes.max() > 0xFFFF:
        for lo, hi in _ASTRAL_CJK:
            found |= (codes >= lo) & (codes <= hi)
    return found


def _ascii_letters(codes: np.ndarray) -> np.ndarray:
    """Which of ``codes`` are ASCII letters (``_ASCII_LETTER``): setting bit 0x20 maps A-Z onto
    a-z and nothing else onto them; the subtraction wraps the rest of the lower codes around."""
    return ((codes | np.uint32(0x20)) - np.uint32(ord("a"))) < np.uint32(26)


# Predicates of one printed line are asked of the same line by many stages (the repair, the
# segmenter, the order pass each ask whether "本报记者 王 珏" is a byline): they are memoised per
# distinct text, a few thousand lines, about one issue file's worth, and forgotten per issue
# (``forget_lines``) as ``topic.bigrams`` is.
LINE_MEMO_SIZE = 4096
_LINE_MEMOS: list = []


def line_memo(fn):
    """Memoise a function of one line's text for the issue being parsed."""
    memo = functools.lru_cache(maxsize=LINE_MEMO_SIZE)(fn)
    _LINE_MEMOS.append(memo)
    return memo


def forget_lines() -> None:
    """Drop every line's memo: no text is served from memory across issues, which would flatter
    throughput on archives that recombine the same articles."""
    for memo in _LINE_MEMOS:
        memo.cache_clear()


@line_memo
def cjk_count(text: str) -> int:
    """How many characters of ``text`` are CJK ideographs (``is_cjk``)."""
    if len(text) < _NUMPY_FROM:
        # Removing the ideographs leaves fewer characters to copy than keeping them.
        return len(text) - len(_CJK_RUNS.sub("", text))
    return int(np.count_nonzero(ideographs(code_points(text))))


def cjk_counts(texts: Sequence[str]) -> list[int]:
    """``cjk_count`` of each of ``texts``, in one numpy pass (many short texts: a page's lines)."""
    if not texts:
        return []
    is_ideograph = ideographs(code_points("\n".join(texts)))  # "\n" is no ideograph
    before = np.concatenate(([0], np.cumsum(is_ideograph)))  # ideographs before each position
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    ends = np.cumsum(lengths + 1) - 1  # where each text ends in the joined one
    return (before[ends] - before[ends - lengths]).tolist()


def common_count(cjk: str) -> int:
    """How many characters of ``cjk`` (ideographs only) are common ones (``_is_common``)."""
    return len(_UNCOMMON.sub("", cjk))


def _decode_utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        # A cut-off multi-byte character at the very end: keep the text, drop the stub.
        if err.start >= len(data) - 3 and err.reason == "unexpected end of data":
            try:
                return data[: err.start].decode("utf-8")
            except UnicodeDecodeError:
                return None
        return None


def _binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    return controls > max(2, len(data) // 200)


def _plausible_chinese(text: str) -> tuple[bool, str]:
    # cjk_only, _ASCII_LETTER and common_count over a whole file, as one pass of numpy over its
    # code points (the regexes cost as much as the rest of decoding; the counts are the same).
    codes = code_points(text)
    cjk = codes[ideographs(codes)]
    latin = int(np.count_nonzero(_ascii_letters(codes)))
    if not cjk.size:
        return False, "no CJK characters"
    share = cjk.size / (cjk.size + latin)
    if share < _MIN_CJK_SHARE:
        return False, f"CJK share {share:.2f} of letters"
    # The common ideographs are all in the Basic Multilingual Plane.
    common = int(np.count_nonzero(_COMMON_TABLE[cjk[cjk < 0x10000]])) / cjk.size
    if common < _MIN_COMMON_SHARE:
        return False, f"only {common:.2f} of the characters are common Chinese (mojibake?)"
    return True, ""


def _text_controls(text: str) -> bool:
    bad = len(_CONTROLS.findall(text))
    return bad > max(2, len(text) // 200)


def decode(data: bytes) -> Decoded | Rejection:
    """Decode issue bytes; a Rejection for empty, binary, undecodable or non-Chinese input."""
    if not data.strip():
        return Rejection(EMPTY, f"{len(data)} bytes of whitespace" if data else "0 bytes")
    text: str | None = None
    encoding = ""
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = _decode_utf8(data[3:]), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            # An odd byte count: a cut-off UTF-16 file.
            try:
                text, encoding = data[: len(data) - 1].decode("utf-16"), "utf-16"
            except UnicodeDecodeError:
                text = None
    else:
        if _binary(data):
            return Rejection(BINARY, "NUL bytes or control characters")
        text = _decode_utf8(data)
        encoding = "utf-8"
        if text is None:
            try:
                text, encoding = data.decode("gb18030"), "gb18030"
            except UnicodeDecodeError as err:
                return Rejection(UNDECODABLE, f"invalid byte at offset {err.start}")
    if text is None:
        return Rejection(UNDECODABLE, f"invalid {encoding} after the byte-order mark")
    if not text.strip():
        return Rejection(EMPTY, "only whitespace after decoding")
    if "\x00" in text or _text_controls(text):
        return Rejection(BINARY, "control characters in the decoded text")
    ok, why = _plausible_chinese(text)
    if not ok:
        return Rejection(NOT_CHINESE, f"decoded as {encoding}: {why}")
    return Decoded(text=text, encoding=encoding)
