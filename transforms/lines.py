"""One printed line of the issue, and how a line ends: the facts every stage after normalising reads
lines with.

A line ends a sentence on a final mark ("…整改。", "…“好！”") or on a note that closes a piece
("…。（辽轩）", "（本报记者 陈雪梅）"); a line with no clause mark is heading-like ("某某县部署秋收工作"),
one with a mark is prose.  Defined once here so that the copy finder (``repair``), the pull quotes
(``quotes``) and the heading rules (``headings``, ``segment``, ``order``) agree on both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.decode import line_memo

__all__ = ["CLAUSE_MARK", "FINAL", "NOTE", "SENTENCE_END", "Unit", "ends_sentence"]

# Sentence-final punctuation; a closing quote counts when a final mark stands before it
# ("…说：“好。”" ends, "城市“难点”" does not).
FINAL = set("。！？…!?；;：:")
_CLOSERS = set("”’』」\"'")
SENTENCE_END = set("。！？!?")
# Markers and signatures that may stand after the sentence end: "（辽轩）", "（下转第三版）", and a
# report's dateline printed at its end, longer ("…血肉之情。（本报南极长城站2000年12月31日专电）").
_TRAILING_PAREN = re.compile(r"\s*[（(](?:[^（）()]{1,12}|[^（）()]{1,24}电)[）)]\s*$")

# A whole paragraph in brackets, a note closing a piece: "（本报记者张三、李四参与采写）".
NOTE = re.compile(r"[（(](?:[^（）()]|[（(][^（）()]*[）)]){1,60}[）)]")

_CONTINUED = re.compile(r"[（(]\s*(?:下转|转|续)\s*第?[\d一二三四五六七八九十A-Z]{1,3}版?\s*[）)]$")

# The enumeration comma 、 is no clause mark: titles list with it ("为什么中国代表着稳定性、
# 成长性、机会性" over a body that asks "…世界，为什么中国代表着稳定性、成长性、机会性？").
CLAUSE_MARK = re.compile(r"[，。；：？！,;:?!]")


@dataclass(frozen=True)
class Unit:
    """One printed line of the issue, after normalising."""

    text: str
    block: int  # lines of one blank-line-separated block share this number
    marked: bool = False  # was a markdown heading ("## …")


@line_memo
def ends_sentence(text: str) -> bool:
    """True if the paragraph ends a sentence: "…整改。", "…“好！”", "…。（辽轩）"."""
    if text[-1:] in FINAL:
        return True  # most paragraphs: "…整改。" (no space or bracket to look behind)
    text = text.rstrip()
    # The bracket rules all need a closing bracket at the very end; most paragraphs end in "。".
    if text.endswith(("）", ")")):
        if _CONTINUED.search(text):
            return True  # "…（下转第三版）": the story stops here on this page
        while True:
            stripped = _TRAILING_PAREN.sub("", text)
            if stripped == text or not stripped:
                break
            text = stripped
        if _TRAILING_PAREN.fullmatch(text) or NOTE.fullmatch(text):
            return True  # a paragraph that is only "（本报记者 陈雪梅）" or "（辽轩）" closes the piece
    if not text:
        return True
    if text[-1] in FINAL:
        return True
    if text[-1] in _CLOSERS:
        body = text.rstrip("".join(_CLOSERS))
        return bool(body) and body[-1] in FINAL
    return False
