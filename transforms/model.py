"""The dataclasses every stage hands to the next: the contract between transforms and the rest.

Only plain values live here, so a parsed issue can cross a process boundary (pickle) and be
turned into Arrow tables by ``warehouse`` without either side knowing the other's internals.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

DATE_SOURCES = ("masthead", "path", "inferred", "unknown")
GENRES = ("news", "feature", "commentary", "interview", "notice", "report", "other")
ENTITY_TYPES = ("person", "place", "org", "reporter")


@dataclass(frozen=True)
class Rejection:
    """A file that cannot be parsed, with a reason a person can read.

    ``reason`` is short and stable ("empty file", "binary content",
    "not decodable as UTF-8/UTF-16/GB18030"); ``detail`` says where or why.
    """

    reason: str
    detail: str = ""


@dataclass(frozen=True)
class Accounting:
    """Where every Chinese character of the normalised input went; must balance."""

    chars_in: int
    chars_in_articles: int
    chars_furniture: int
    chars_duplicate: int

    @property
    def balanced(self) -> bool:
        return self.chars_in == self.chars_in_articles + self.chars_furniture + self.chars_duplicate


@dataclass(frozen=True)
class Article:
    article_id: str  # "<issue_id>-a007": deterministic, 1-based reading order
    seq: int
    headline: str
    kicker: str | None  # 引题, the line above the headline
    subtitle: str | None  # 副题, the "——…" line, without the dashes
    byline: str | None  # as printed: "本报讯(记者 王茵 汪琳)", "本报记者 王茜"
    authors: tuple[str, ...]
    photographers: tuple[str, ...]
    genre: str  # one of GENRES
    source_outlet: str | None  # 转自《人民日报》 -> "人民日报"
    captions: tuple[str, ...]
    continued_to: str | None  # 下转第三版 -> "第三版"
    continued_from: str | None  # 上接第一版 -> "第一版"
    paragraphs: tuple[str, ...]
    # The page label (transforms.pages: "02", "A03") the article starts on, and every page it is
    # printed on, in reading order (several when a continued story was stitched); None / () when
    # the text does not say (a whole-issue file without page headers).
    page: str | None = None
    pages: tuple[str, ...] = ()
    # The kicker is the title of a group of pieces, printed once over the first of them and given
    # to each (``transforms.groups``): counted as printed text in that first piece only.
    kicker_shared: bool = False

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def n_chars(self) -> int:
        return len(self.body)


@dataclass(frozen=True)
class Delivered:
    """A file an issue was assembled from (the lineage of the rows it gave)."""

    source_file: str
    sha256: str
    page: str | None  # the page the file is ("02"); None for a whole-issue file
    pages: tuple[str, ...] = ()  # the pages its text holds (its page, or its page sections)


@dataclass(frozen=True)
class ParsedIssue:
    issue_id: str  # "liaoyuan-daily-2021-09-06"; see transforms.ids
    paper: str  # slug, e.g. "liaoyuan-daily"
    paper_name: str | None  # as printed in the masthead, e.g. "辽源日报"
    issue_date: dt.date | None
    date_source: str  # one of DATE_SOURCES
    weekday: str | None  # as printed: "星期一"
    lunar_date: str | None  # the lunar-calendar line as printed
    issue_number: int | None  # 总第8353期 -> 8353
    page_count: int | None  # 今日4版 -> 4
    editor: str | None  # 设计制作:胡群诗雪 -> "胡群诗雪"
    encoding: str  # "utf-8", "utf-8-sig", "utf-16", "gb18030"
    articles: tuple[Article, ...]
    accounting: Accounting
    duplicates_dropped: int  # paragraphs dropped as extraction duplicates
    edition: str | None = None  # edition folder ("overseas"), part of issue_id
    pages: tuple[str, ...] = ()  # page labels received (files or sections of one file), reading order
    parts: tuple[Delivered, ...] = ()  # the files assembled, in page order
    article_parts: tuple[int, ...] = ()  # per article: index into ``parts`` of the file it (first) came from
    # Pages 今日N版 announces that were not received (page deliveries only; None: cannot be known)
    pages_missing: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Token:
    position: int  # 0-based over headline then body
    token: str
    pos: str  # jieba posseg tag


@dataclass(frozen=True)
class Entity:
    entity: str  # as written: "辽源"
    entity_type: str  # one of ENTITY_TYPES
    role: str | None  # the post written next to a person: "市委书记"
    mentions: int
    canonical: str | None = None  # one name per thing: "辽源市" for 辽源 and 辽源市
    parent: str | None = None  # a division's administrative parent: "吉林省"
    division_code: str | None = None  # GB/T 2260 code of a Chinese division: "220400"


@dataclass(frozen=True)
class Keyword:
    keyword: str
    weight: float
    rank: int  # 1 = best


@dataclass(frozen=True)
class ArticleLanguage:
    article_id: str
    tokens: tuple[Token, ...]
    entities: tuple[Entity, ...]
    keywords: tuple[Keyword, ...]


# The five tables a parsed issue becomes, one row set per issue: the one list the warehouse
# (schemas, lake paths, catalog), the gate (one suite each) and the flow share.
PARSED_TABLES = ("issues", "articles", "tokens", "entities", "keywords")
