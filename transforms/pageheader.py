"""Page headers: the line a page prints at its top (or foot) naming the page, its section, the date
and the paper. They give or confirm a page file's page number, date and paper, and they are
furniture, never body text.

    第2版 要闻 责任编辑：高峰          page 02, section 要闻, editor 高峰
    要闻 2 / 2 要闻 / 教育 05          page 02 / 02 / 05
    A2 / A02版 / 第A2版                page A02
    人民日报 2025年6月15日 星期日       paper 人民日报, date 2025-06-15
    辽源日报 2021年9月6日 第3版         paper, date and page 03

A line is read as a sequence of such parts, separated by spaces or marks ("|", "·", "—", "："),
and is a header only when every character belongs to a part (so a headline or a sentence that
mentions "第2版" is not one). Works on normalised lines (ASCII digits, one space).

Two strengths: :func:`read_header` accepts a line anywhere in a text (it must name a page with
版 or a section letter, or print paper and date, or a known section word and a number);
:func:`read_edge_header` also accepts the looser forms a page prints at its very top or foot
(a lone folio "2", "专版 3") where a stray line in a story would be ambiguous.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from transforms.dates import FIGURE_DATE, FULL_DATE, parse_figure_date, parse_full_date
from transforms.pages import page_label
from transforms.papers import NAME_PATTERN, PaperRegistry

# Page names papers print in the header. Only used to accept "<section> <number>" away from the
# page's edge; at the edge any short name is accepted.
SECTION_WORDS = frozenset(
    "要闻 综合 评论 国内 国际 经济 社会 文化 体育 教育 理论 法治 政治 副刊 时政 民生 专版 专题 专刊 特刊 广告 地方 "
    "县区 县域 视点 文艺 健康 科技 生态 三农 农业 农村 城事 城市 都市 本地 新闻 周刊 读书 旅游 财经 金融 产经 人物 关注 观察 "
    "深度 记忆 公告 天下 声音 党建 文体 社区 热点 聚焦 娱乐 生活 消费 汽车 科教 卫生 军事 人文 文史 环球 世界 中国 国防 "
    "纪检 政法 区域 图片 摄影 视觉 综合新闻 各地传真 特别报道 今日关注 新闻纵横 时事 市场 乡村振兴 思想 学习 论坛 副刊·文艺".split()
)
_SECTION_SUFFIX = re.compile(r"(?:新闻|周刊|专版|专刊|副刊|特刊|视点|传真|天地|广角|纵横|时评|观察|论坛)$")

_SEP = re.compile(r"[\s|｜/／·•■●◆□—－\-：:]*")
_CN = r"[一二三四五六七八九十]{1,3}"
_EDITOR = re.compile(
    r"(?:本版责编|责任编辑|本版编辑|图片编辑|美术编辑|责编|编辑|美编|校对|版式|视觉|设计制作|设计|制版|组版|照排)"
    r"\s*[：:]\s*([\u4e00-\u9fff·]{2,4}(?:[ 、][\u4e00-\u9fff·]{2,4})*)(?=$|[\s|｜/／])"
)
_WEEKDAY = re.compile(r"星期[一二三四五六日天]|周[一二三四五六日]")
_LUNAR = re.compile(r"(?:农历|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年)[\u4e00-\u9fff]{2,8}")
_ISSUE_NO = re.compile(r"总?第\s*\d{2,6}\s*[期号]")
# "今日8版", "本期十二版": the masthead's page count, not a page.
_PAGE_COUNT = re.compile(rf"(?:今日|本期|共)\s*(?:\d{{1,3}}|{_CN})\s*版")
# A page with its mark: "第2版", "第二版", "第A2版", "A2", "A02版", "2版".
_PAGE = re.compile(rf"第\s*[A-Za-z]?\s*(?:\d{{1,3}}|{_CN})\s*版|[A-Z]\s*\d{{1,2}}\s*版?(?![A-Za-z0-9])|\d{{1,2}}\s*版")
_BARE = re.compile(r"\d{1,2}(?!\d)")
# A section name: ideographs up to a separator, a number or the next part ("要闻", "经济·综合").
_SECTION = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff·]{1,9}?(?=$|[\s|｜/／•■●◆□—－\-：:]|\d|责任编辑|本版编辑|责编|编辑)")
# Words that point to a page rather than name one: "下转 第2版", "详见 A3".
_REFERENCE = re.compile(r"(?:见|转|接|续|看|至|到|在|于|上|下|第)$")
MAX_LINE = 60


@dataclass(frozen=True)
class PageHeader:
    page: str | None  # page label (transforms.pages): "02", "A03"
    section: str | None  # "要闻", "经济·综合"
    paper_name: str | None  # "人民日报"
    issue_date: dt.date | None
    weekday: str | None
    editor: str | None


@dataclass(frozen=True)
class _Parts:
    page: str | None = None
    bare: str | None = None  # an unmarked number: a page only next to a section or a date
    sections: tuple[str, ...] = ()
    paper: str | None = None
    date: dt.date | None = None
    weekday: str | None = None
    editor: str | None = None


def _split(line: str, registry: PaperRegistry | None) -> _Parts | None:
    """The parts of a header-shaped line, or None if some text is no header part."""
    if not line or len(line) > MAX_LINE or "。" in line:
        return None
    names = registry.names_longest_first if registry else ()
    found: dict[str, object] = {}
    sections: list[str] = []
    pos = _SEP.match(line).end()
    while pos < len(line):
        if m := _EDITOR.match(line, pos):
            found.setdefault("editor", m.group(1))
        elif (m := FULL_DATE.match(line, pos)) or (m := FIGURE_DATE.match(line, pos)):
            if "date" in found:
                return None
            # "2025年5月2日", or in figures "2025-5-2", "2025.5.2" (some exporters' headers)
            found["date"] = parse_full_date(m.group(0)) or parse_figure_date(m.group(0))
        elif m := _WEEKDAY.match(line, pos):
            found["weekday"] = m.group(0)
        elif (m := _LUNAR.match(line, pos)) or (m := _ISSUE_NO.match(line, pos)) or (m := _PAGE_COUNT.match(line, pos)):
            pass
        elif m := _PAGE.match(line, pos):
            if "page" in found:
                return None
            found["page"] = page_label(m.group(0))
        elif (name := next((n for n in names if line.startswith(n, pos)), None)) or (m := NAME_PATTERN.match(line, pos)):
            if name:
                found["paper"], end = name, pos + len(name)
                pos = _SEP.match(line, end).end()
                continue
            found["paper"] = m.group(0)
        elif m := _BARE.match(line, pos):
            if "bare" in found:
                return None
            found["bare"] = m.group(0)
        elif m := _SECTION.match(line, pos):
            if _REFERENCE.search(m.group(0)):
                return None
            sections.append(m.group(0))
        else:
            return None
        end = m.end()
        if end == pos:
            return None
        pos = _SEP.match(line, end).end()
    if found.get("date") is None and "date" in found:
        return None  # "2021年2月30日": not a date, so not a header date either
    return _Parts(
        page=found.get("page"),  # type: ignore[arg-type]
        bare=found.get("bare"),  # type: ignore[arg-type]
        sections=tuple(sections),
        paper=found.get("paper"),  # type: ignore[arg-type]
        date=found.get("date"),  # type: ignore[arg-type]
        weekday=found.get("weekday"),  # type: ignore[arg-type]
        editor=found.get("editor"),  # type: ignore[arg-type]
    )


def _known_section(name: str) -> bool:
    # A page name joined with a middle dot is known by either part: "新青年·特别报道", "副刊·文艺".
    return any(part in SECTION_WORDS or bool(_SECTION_SUFFIX.search(part)) for part in name.split("·"))


def _header(p: _Parts, page: str | None) -> PageHeader:
    return PageHeader(page, p.sections[0] if p.sections else None, p.paper, p.date, p.weekday, p.editor)


def read_header(line: str, registry: PaperRegistry | None = None) -> PageHeader | None:
    """The page header a line is, wherever it stands; None if it is not one.

    Accepted: a marked page ("第2版 要闻", "A2"), paper and date ("人民日报 2025年6月15日 星期日"),
    or a known section word with a number ("要闻 2", "教育 05", "2 要闻 2025年5月8日 星期四").
    """
    p = _split(line, registry)
    if p is None or len(p.sections) > 2:
        return None
    if p.page:
        return None if p.bare else _header(p, p.page)
    if p.bare and p.sections and (all(_known_section(s) for s in p.sections) or p.date):
        return _header(p, page_label(p.bare))
    if p.paper and p.date and not p.sections and not p.bare:
        return _header(p, None)
    return None


def read_edge_header(line: str, registry: PaperRegistry | None = None) -> PageHeader | None:
    """Like :func:`read_header`, plus what only the top or foot of a page prints: a lone folio
    ("2", "02"), any short section name with a number ("专版 3", "城事播报 06") and a known
    section name alone ("理论")."""
    if h := read_header(line, registry):
        return h
    p = _split(line, registry)
    if p is not None and not (p.page or p.bare or p.paper or p.date) and len(p.sections) == 1 and p.sections[0] in SECTION_WORDS:
        return _header(p, None)  # a section's name alone on the page's top line ("第2版" / "要闻")
    if p is None or p.page or not p.bare or len(p.sections) > 1 or p.paper:
        return None
    if p.sections and len(p.sections[0]) > 6:
        return None
    return _header(p, page_label(p.bare))


# How many non-empty lines at the top and at the foot of a text count as its edge.
EDGE_LINES = 3


def find_headers(lines: Sequence[str], registry: PaperRegistry | None = None) -> dict[int, PageHeader]:
    """Line index -> page header, for every header line of a text (normalised lines).

    Looser forms are accepted only among the first and last ``EDGE_LINES`` non-empty lines.
    """
    filled = [i for i, line in enumerate(lines) if line]
    edge = set(filled[:EDGE_LINES]) | set(filled[-EDGE_LINES:])
    out: dict[int, PageHeader] = {}
    for i in filled:
        h = read_edge_header(lines[i], registry) if i in edge else read_header(lines[i], registry)
        if h is not None:
            out[i] = h
    # "第18版" / "民主政治" / "人民日报 2025年4月10日": a page line without its name has the name
    # on the line beside it, whatever the name is (a word list cannot know every page's name);
    # only between two header lines, so a title right under "第2版" stays a title.
    for k, i in enumerate(filled):
        if i in out or i not in edge:
            continue
        beside = [filled[x] for x in (k - 1, k + 1) if 0 <= x < len(filled) and filled[x] in edge]
        if (
            len(beside) == 2 and all(b in out for b in beside)  # between two header lines, not over a title
            and any(out[b].page and not out[b].section for b in beside) and (name := _lone_name(lines[i], registry))
        ):
            out[i] = PageHeader(None, name, None, None, None, None)
    return out


# A page's name on a line of its own: a few ideographs, perhaps joined by a middle dot.
MAX_PAGE_NAME = 8


def _lone_name(line: str, registry: PaperRegistry | None) -> str | None:
    p = _split(line, registry)
    if p is None or p.page or p.bare or p.paper or p.date or p.editor or len(p.sections) != 1:
        return None
    return p.sections[0] if len(p.sections[0]) <= MAX_PAGE_NAME else None


def is_page_header(line: str, registry: PaperRegistry | None = None) -> bool:
    """The line is a page header wherever it stands (see :func:`read_header`)."""
    return read_header(line, registry) is not None
