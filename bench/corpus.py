"""The pieces a synthetic archive is recombined from: headlines, bylines, paragraphs, captions.

Cut from the bundled sample issues (plain text in, plain values out). The samples are damaged
the way real files are, so the cutting repairs the two things that would otherwise leak into
every synthetic issue: column splits are joined back ("是以习近平同" + "志为核心…" -> one
paragraph) and repeated paragraphs are kept once. The generator adds its own, counted damage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Sentence ends: a paragraph that stops elsewhere was cut by a column break.
_FINAL = tuple("。！？…”』」)")
_FURNITURE = re.compile(
    r"刊号|主管主办|社出版|新闻热线|信息港|E-?mail|电话|邮箱|QQ|微信|二维码|信箱|设计制作|总第\d+期|今日\d+版"
    r"|LIAO YUAN|[:：]\s*\d|\d{4}-\d{7}|http|@"
)
# "本报讯(记者 王茵 汪琳)": the wire lead that opens a reporter's story.
_LEAD = re.compile(r"^本报讯\s*[（(]\s*记者\s*([^）)]+)[）)]")
_REPORTER_LINE = re.compile(r"^本报记者\s+(\S+(?:\s+\S+)?)$")
_PHOTO_LINE = re.compile(r"本报记者\s+\S+\s+摄$")
_LUNAR = re.compile(r"^[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年")
_TRAILER = re.compile(r"\s*[（(](?:下转|上接)[^）)]*[）)]\s*$")


@dataclass(frozen=True)
class Corpus:
    headlines: tuple[str, ...]
    kickers: tuple[str, ...]  # short 引题 lines printed above a headline
    subtitles: tuple[str, ...]  # "——访…" lines, with the dashes
    reporters: tuple[str, ...]  # names from bylines and wire leads
    paragraphs: tuple[str, ...]  # prose, one printed paragraph each, no wire lead
    captions: tuple[str, ...]  # "…。图为…。" photo captions

    def __post_init__(self) -> None:
        for name in ("headlines", "reporters", "paragraphs", "captions"):
            if not getattr(self, name):
                raise ValueError(f"corpus has no {name}: the samples do not look like issues")


def _cjk_share(text: str) -> float:
    chars = [c for c in text if not c.isspace()]
    return sum("\u4e00" <= c <= "\u9fff" for c in chars) / max(1, len(chars))


def _prose(line: str) -> bool:
    return "。" in line or len(line) > 60


def _lines(text: str) -> list[str]:
    """Non-empty lines, markdown heading marks removed, masthead zone (top 25 lines) dropped."""
    out = []
    for i, raw in enumerate(text.replace("\r\n", "\n").split("\n")):
        line = raw.strip().lstrip("#").strip()
        if not line or (i < 25 and not _prose(line) and _FURNITURE.search(line)):
            continue
        out.append(line)
    return out


def _joined(lines: list[str]) -> list[str]:
    """Join a prose line that stops mid-sentence with the prose line after it (a column split)."""
    out: list[str] = []
    for line in lines:
        if out and _prose(out[-1]) and not out[-1].endswith(_FINAL) and _prose(line) and "图为" not in line:
            out[-1] += line
        else:
            out.append(line)
    return out


def build_corpus(texts: list[str]) -> Corpus:
    """Cut the sample issue texts into the pools the generator draws from."""
    headlines: dict[str, None] = {}
    kickers: dict[str, None] = {}
    subtitles: dict[str, None] = {}
    reporters: dict[str, None] = {}
    paragraphs: dict[str, None] = {}
    captions: dict[str, None] = {}
    for text in texts:
        for line in _joined(_lines(text)):
            if _FURNITURE.search(line) and not _prose(line):
                continue
            if m := _REPORTER_LINE.match(line):
                if not _PHOTO_LINE.search(line):
                    for name in m.group(1).split():
                        reporters[name] = None
                continue
            if _PHOTO_LINE.search(line):
                continue
            if line.startswith("——"):
                if 4 <= len(line) <= 30:
                    subtitles[line] = None
                continue
            if _prose(line):
                line = _TRAILER.sub("", line)
                if "图为" in line:
                    captions[line] = None
                    continue
                if m := _LEAD.match(line):
                    for name in m.group(1).split():
                        reporters[name] = None
                    line = line[m.end():]
                elif line.startswith("本报讯"):
                    line = line[3:].lstrip()
                if len(line) >= 30 and line.endswith(_FINAL) and _cjk_share(line) >= 0.7:
                    paragraphs[line] = None
                continue
            if _cjk_share(line) < 0.8 or re.search(r"[，,\d]", line) or _LUNAR.match(line) or not 6 <= len(line) <= 40:
                continue
            if line.count(" ") >= 2 and len(line) <= 16:
                kickers[line] = None  # "再动员 再部署 再要求": slogan-like 引题
            else:
                headlines[line] = None
    return Corpus(
        headlines=tuple(headlines),
        kickers=tuple(kickers),
        subtitles=tuple(subtitles),
        reporters=tuple(reporters),
        paragraphs=tuple(paragraphs),
        captions=tuple(captions),
    )
