"""The masthead (issue metadata as printed) and furniture lines (never part of an article).

Works on normalised lines.  Masthead fields are read only in the masthead zone: the top of
the file, before the first line of prose.  Furniture is recognised anywhere.  Page headers
("第2版 要闻", "人民日报 2025年6月15日 星期日", see ``transforms.pageheader``) are furniture too,
and give the paper and the date when the page prints no masthead.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from transforms.dates import FIGURE_DATE, FULL_DATE, cn_number, parse_figure_date, parse_full_date
from transforms.pageheader import PageHeader, find_headers
from transforms.papers import NAME_PATTERN, ROMANISED, PaperRegistry, committed

WEEKDAY = re.compile(r"星期[一二三四五六日天]|周[一二三四五六日]")
# 辛酉年七月三十 / 农历八月初一 : the lunar-calendar line (sexagenary year or 农历).
LUNAR = re.compile(r"^(?:农历|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年)")
# "总第8353期", and the evening papers' "总第9876号".
ISSUE_NUMBER = re.compile(r"总第\s*(\d+)\s*[期号]")
# "第12345期" without 总: the issue number when no 总第 is printed (masthead zone only).
SHORT_ISSUE_NUMBER = re.compile(r"(?<!总)第\s*(\d{2,6})\s*期")
# The lunar date printed on the date line: "2023年3月15日 星期三 农历二月廿四" -> "农历二月廿四".
LUNAR_INLINE = re.compile(r"(?:农历|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年)\S.*$")
PAGE_COUNT = re.compile(r"(?:今日|本期|共)\s*(\d+|[一二三四五六七八九十]{1,3})\s*版")
EDITOR = re.compile(r"(?:设计制作|责任编辑|本版编辑|编辑)\s*[：:]\s*(\S+)")
# "中共辽源市委主管主办 辽源日报社出版": the publisher line names the paper.
PUBLISHER = re.compile(r"(" + NAME_PATTERN.pattern + r")社出版")

# Staff credits at the foot of a page: "本版责编：张三 李四 版式设计：王五".
_PAGE_CREDITS = r"本版责编|责编[：:]|版式设计|图片编辑|美术编辑"

# Lines that are page furniture wherever they stand (short lines only, see is_furniture).
_FURNITURE = re.compile(
    r"国内统一刊号|CN\s?\d{2}-\d{4}|邮发代号|主管主办|主管\s*主办|社出版|新闻热线|信息港|广告热线|发行热线"
    r"|订阅热线|印刷[：:]|投稿邮箱|社址[：:]|责任编辑|设计制作|美术编辑|本版编辑|校对[：:]|版式[：:]|总第\s*\d+\s*[期号]"
    # The imprint a paper prints at the foot of its last page: licence, price, address, its heads.
    r"|广告(?:经营)?许可证|(?:零售|定|月|季|年)价[：:]\s*\d|本报地址|报社地址|订报热线|^社长[：:]|总编辑[：:]|值班总编"
    r"|^每周\S{1,6}出版$"
    rf"|{_PAGE_CREDITS}"
    r"|今日\s*\d+\s*版|^第[一二三四五六七八九十\d]{1,3}版|^[A-D]?\d{1,2}版\b|^E-?mail[：:]"
    r"|^\S{0,8}网址[：:]|^(?:https?://|www\.)\S+$"
    # A QR code's label left by the extraction: "二维码", "扫码关注辽源日报", "扫一扫 看视频".
    r"|^(?:二维码|扫码\S{0,12}|扫一扫\s?\S{0,12})$"
    # A weather box: "今天白天 晴转多云 西南风3到4级 12℃—25℃", headed "天气预报".
    r"|-?\d{1,2}℃\s*[—\-~～至到]\s*-?\d{1,2}℃|[东南西北]{1,2}风\s*\d{1,2}\s*[到至\-～—]\s*\d{1,2}级|^(?:天气预报|今日天气|天气)$"
)
# A paper's English name printed in a page header: "LIAOYUAN DAILY", "PEOPLE'S DAILY", "JILIN
# EVENING NEWS" (the romanised "LIAO YUAN RI BAO" is ROMANISED).
_ENGLISH_NAME = re.compile(r"^(?:[A-Z][A-Z'.]* ){0,4}(?:DAILY|EVENING NEWS|NEWS|TIMES|POST|HERALD)(?: NEWS)?$")
# A date line that opens with a figure date ("2021.1.27 星期三"; ``dates.FIGURE_DATE``).
_FIGURE_DATE_LINE = re.compile("^" + FIGURE_DATE.pattern)
_MAX_FURNITURE_LINE = 60
# The masthead zone ends at the first line of prose, and never runs past this many lines.
_ZONE_LINES = 25
# A date that a sentence goes on from is a piece's own date, not the issue's: "2021年1月12日在某某市
# 第八届人民代表大会第六次会议上" (a speech's 副题 under its title), "2021年3月1日起施行", "2018年7月9日
# 至7月23日"; a masthead's date stands alone or before its weekday, lunar date or issue number.
_DATED_SENTENCE = re.compile(FULL_DATE.pattern + r"\s*(?:在|起|至|到|以来|前后|，|,)")
# Short unrecognised lines above the last masthead line are logos ("吉D微风").
_STRAY_LOGO = 12


@dataclass(frozen=True)
class Masthead:
    paper_name: str | None
    romanised: str | None  # "LIAO YUAN RI BAO"
    issue_date: dt.date | None
    weekday: str | None
    lunar_date: str | None
    issue_number: int | None
    page_count: int | None
    editor: str | None
    furniture: frozenset[int]  # indices (into the lines given) of masthead and furniture lines
    headers: tuple[tuple[int, PageHeader], ...] = ()  # page header lines (index, what they say)


def _prose(line: str) -> bool:
    return "。" in line or len(line) > _MAX_FURNITURE_LINE


def is_furniture(line: str) -> bool:
    """Page furniture: 刊号, publisher, hotlines, romanised or English name, page labels, the date line."""
    if len(line) > _MAX_FURNITURE_LINE or "。" in line:
        return False
    if _FURNITURE.search(line) or ROMANISED.match(" ".join(line.upper().split())) and line.isascii():
        return True
    if line.isascii() and _ENGLISH_NAME.match(" ".join(line.upper().split())) and line.upper() == line:
        return True
    # A page-header date line: "2021年9月6日 星期一", "2021.1.27 星期三".
    return bool((FULL_DATE.match(line) or _FIGURE_DATE_LINE.match(line)) and WEEKDAY.search(line) and len(line) <= 24)


def read_masthead(lines: list[str], registry: PaperRegistry | None = None, *, all_furniture: bool = True) -> Masthead:
    """Masthead fields from the top of the issue, and which lines are furniture.

    ``registry`` (default: the committed one) knows printed and romanised names that the
    generic patterns miss ("RENMIN RIBAO", a name without 报). Without ``all_furniture`` the
    furniture below the masthead zone (hotlines, weather boxes, …) is not looked for: what a
    file's identity needs (``transforms.delivery.identify``) is the masthead and page headers.
    """
    registry = registry or committed()
    headers = find_headers(lines, registry)
    fields: dict[str, object] = {}
    furniture: set[int] = set(headers)
    zone_end = -1
    seen = 0
    for i, line in enumerate(lines):
        if not line:
            continue
        seen += 1
        if seen > _ZONE_LINES or _prose(line):
            break
        if i in headers:
            continue  # read below; its 责任编辑 is the page's editor, not the issue's
        hit = _read_line(line, fields, registry)
        if hit:
            furniture.add(i)
            zone_end = i
    if zone_end >= 0:
        for i in range(zone_end):
            if lines[i] and i not in furniture and len(lines[i]) <= _STRAY_LOGO:
                furniture.add(i)
    for i, line in enumerate(lines):
        if all_furniture and line and i > zone_end and is_furniture(line):
            furniture.add(i)
    # A page without a masthead: its header names the paper and the date.
    for h in headers.values():
        if h.paper_name:
            fields.setdefault("paper_name", h.paper_name)
        if h.issue_date:
            fields.setdefault("date", h.issue_date)
            if h.weekday:
                fields.setdefault("weekday", h.weekday)
    name = fields.get("paper_name")
    return Masthead(
        paper_name=name if isinstance(name, str) else None,
        romanised=fields.get("romanised"),  # type: ignore[arg-type]
        issue_date=fields.get("date"),  # type: ignore[arg-type]
        weekday=fields.get("weekday"),  # type: ignore[arg-type]
        lunar_date=fields.get("lunar"),  # type: ignore[arg-type]
        issue_number=fields.get("issue_number"),  # type: ignore[arg-type]
        page_count=fields.get("page_count"),  # type: ignore[arg-type]
        editor=fields.get("editor"),  # type: ignore[arg-type]
        furniture=frozenset(furniture),
        headers=tuple(sorted(headers.items())),
    )


def _read_line(line: str, fields: dict[str, object], registry: PaperRegistry) -> bool:
    """Record the masthead fields found in one top-of-issue line; True if it is masthead."""
    hit = False
    upper = " ".join(line.upper().split())
    if line.isascii() and (ROMANISED.match(upper) or registry.knows_romanised(upper)):
        fields.setdefault("romanised", upper)
        return True
    if NAME_PATTERN.fullmatch(line) or line in registry.by_name:
        fields.setdefault("paper_name", line)
        return True
    if m := PUBLISHER.search(line):
        fields.setdefault("paper_name", m.group(1))
        hit = True
    date = parse_full_date(line) if len(line) <= 30 and not _DATED_SENTENCE.search(line) else None
    if date is None and len(line) <= 30 and WEEKDAY.search(line) and _FIGURE_DATE_LINE.match(line):
        date = parse_figure_date(line)  # "2021.1.27 星期三": only before its weekday, never a stray number
    if date and "date" not in fields:
        fields["date"] = date
        hit = True
        if w := WEEKDAY.search(line):
            fields["weekday"] = w.group(0)
        if not LUNAR.match(line) and (lunar := LUNAR_INLINE.search(line)):
            fields.setdefault("lunar", lunar.group(0).strip())
    elif date:
        hit = True
    if LUNAR.match(line) and len(line) <= 30:
        fields.setdefault("lunar", line)
        hit = True
    if m := ISSUE_NUMBER.search(line):
        if not fields.get("issue_total"):  # 总第 is the running number: it wins over 第…期
            fields["issue_number"], fields["issue_total"] = int(m.group(1)), True
        hit = True
    elif m := SHORT_ISSUE_NUMBER.search(line):
        fields.setdefault("issue_number", int(m.group(1)))
        hit = True
    if m := PAGE_COUNT.search(line):
        count = cn_number(m.group(1))
        if count:
            fields.setdefault("page_count", count)
            hit = True
    if m := EDITOR.search(line):
        fields.setdefault("editor", m.group(1))
        hit = True
    return hit or is_furniture(line)
