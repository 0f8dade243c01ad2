"""Arrow tables -> the pandas frames the suites validate, with the helper columns they check.

Rules that are not built-in expectations (share of Chinese characters, repeated paragraphs,
captions in the body, accounting balance, issue-number order, night volume) become columns here,
so ``suites.py`` can check them with ordinary expectations and the report can show them. Pure
functions: Arrow/pandas in, pandas out; no Great Expectations import.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from transforms.decode import CJK_RANGES

# What counts as a Chinese character: one definition for the project (transforms.decode).
_CJK_RE = f"[{CJK_RANGES}]"
# Letters of any script (CJK, Latin, accented mojibake like "è¾½æº"); digits, punctuation and
# spaces are left out, so a notice full of phone numbers ("举报电话:0431-12389") still reads as
# Chinese while "Lorem ipsum" or GB18030 decoded as Latin-1 does not.
_LETTER_RE = r"[^\W\d_]"
_CJK_PATTERN = re.compile(_CJK_RE)
_LETTER_PATTERN = re.compile(_LETTER_RE)

# Masthead furniture that must never survive into an article body, as printed in 辽源日报:
#   "国内统一刊号:CN22-0010 E-mail:jl_lyrb@126.com", "新闻热线:0437-3249118",
#   "辽源信息港 <http://www.0437.com>", "中共辽源市委主管主办", "LIAO YUAN RI BAO".
FURNITURE_RE = re.compile(
    r"国内统一刊号|刊号|新闻热线|(?i:e-?mail)|信息港|主管主办"
    r"|(?:[A-Z]{2,} ){1,5}BAO(?![A-Za-z])"  # romanised paper names: LIAO YUAN RI BAO, XIN WAN BAO
)

# Every alternative of FURNITURE_RE contains one of these, exactly as written ("l" or "L": the
# one letter of "mail" that (?i) matches only as itself; "i" also matches "İ" and "ı"): a body
# holding none cannot match, and ``in`` finds them ~10x faster than the regex scans a body.
_FURNITURE_HINTS = ("刊号", "新闻热线", "信息港", "主管主办", "BAO", "l", "L")


def furniture_in(text: str) -> str | None:
    """The first furniture ``FURNITURE_RE`` finds in ``text``, or None."""
    if not any(hint in text for hint in _FURNITURE_HINTS):
        return None
    m = FURNITURE_RE.search(text)
    return m.group(0) if m else None


# A paragraph shorter than this may repeat legitimately ("(辽轩)", "图为"), so it is not counted.
MIN_REPEAT_PARAGRAPH_CHARS = 6
MIN_CAPTION_CHARS = 6

# Keywords that carry no topic: "2021年", "9月3日", "30日", "星期一", "今年", "85%", "3.5".
# Pure Chinese numerals stay words on purpose: "十四五" (the five-year plan) is a real keyword.
_DATE_WORD_RE = re.compile(
    r"^(?:(?:\d{1,4}|[〇零一二三四五六七八九十两]{1,4})(?:年|月|日|号|时|点|点钟|月份|年度|周年)){1,3}$"
    r"|^(?:今|昨|明|前|后|当|近|次)(?:天|日|年|晚|早)$|^(?:去年|今年|明年|前年|日前|上午|下午|中午|晚上|凌晨|月底|年底|年初)$"
    r"|^(?:星期|礼拜|周)[一二三四五六日天]$"
)
_NUMBER_RE = re.compile(r"^[+-]?[\d０-９]+(?:[.,][\d０-９]+)*[%％‰]?$")


def _column(table: pa.Table, name: str) -> list:
    return table.column(name).to_pylist()


def plain(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """A dictionary-encoded column (the flow keeps tokens' repeated ids encoded) as plain values."""
    return column.cast(column.type.value_type) if pa.types.is_dictionary(column.type) else column


def _require(table: pa.Table, name: str, columns: Iterable[str]) -> None:
    missing = [c for c in columns if c not in table.column_names]
    if missing:
        raise ValueError(f"table {name!r} lacks column(s) {', '.join(missing)}")


# ---- issues -------------------------------------------------------------------------------------

ISSUE_COLUMNS = (
    "issue_id", "paper", "issue_date", "date_source", "issue_number", "page_count",
    "chars_in", "chars_in_articles", "chars_furniture", "chars_duplicate", "n_articles",
)


@dataclass(frozen=True)
class KnownIssue:
    """An issue whose number the next ones are compared with: already published, or delivered
    earlier in this run (held back or not: :func:`number_order` judges each issue against those
    before it in the run's order, whatever the gate made of them)."""

    issue_id: str
    paper: str
    issue_date: object  # datetime.date
    issue_number: int
    published: bool = True  # False: delivered earlier in this run


def known_issues(table: pa.Table | None) -> list[KnownIssue]:
    """Rows of ``published_issues`` with both a date and a number (others cannot be ordered)."""
    if table is None or table.num_rows == 0:
        return []
    _require(table, "published_issues", ("issue_id", "paper", "issue_date", "issue_number"))
    rows = zip(*(_column(table, c) for c in ("issue_id", "paper", "issue_date", "issue_number")))
    # A timestamp column (a query that returned TIMESTAMP, not DATE) is reduced to its date, so it
    # sorts against the batch's dates instead of raising TypeError.
    return [
        KnownIssue(i, p, d.date() if isinstance(d, dt.datetime) else d, int(n))
        for i, p, d, n in rows
        if d is not None and n is not None
    ]


def issues_frame(
    issues: pa.Table,
    articles: pa.Table | None,
    known: list[KnownIssue],
    trailing_daily_articles: Mapping[str, list[int]],
    date_range: tuple[object, object] | None = None,
    flagged: Mapping[str, tuple[int, Sequence[str]]] | None = None,
    earlier_days: Mapping[tuple, Mapping[str, int]] | None = None,
) -> pd.DataFrame:
    """One row per issue with accounting, article count, number order, night volume and the
    share of its article text the flags put in doubt (``flagged``: article_id -> (characters in
    doubt, names of the flag-level checks it failed); None when the articles were not checked).
    ``known`` and ``earlier_days``: the published issues and what the run's earlier calls checked
    (:func:`delivered`, :func:`count_days`)."""
    _require(issues, "issues", ISSUE_COLUMNS)
    df = issues.select(list(ISSUE_COLUMNS)).to_pandas(date_as_object=True)
    df["issue_number"] = df["issue_number"].astype("Int64")
    df["page_count"] = df["page_count"].astype("Int64")
    if articles is not None:
        counts = Counter(_column(articles, "issue_id"))
        df["articles_found"] = [counts.get(i, 0) for i in df["issue_id"]]
    else:  # validating issues alone: trust the parser's own count
        df["articles_found"] = df["n_articles"].fillna(0).astype(int)
    df["accounting_balanced"] = (
        df["chars_in"] == df["chars_in_articles"] + df["chars_furniture"] + df["chars_duplicate"]
    ).astype(object)
    order = number_order(df, known, date_range)
    df["number_goes_backwards"] = [o[0] for o in order]
    df["number_skipped"] = [o[1] for o in order]
    df["number_neighbour"] = [o[2] for o in order]
    _night_volume(df, trailing_daily_articles, earlier_days or {})
    if articles is None or flagged is None:  # nothing to weigh: the check is skipped (nulls)
        shares, default = {}, (None, None, "")
    else:
        shares, default = doubtful_text(articles, flagged), (0.0, 0, "")
    rows = [shares.get(i, default) for i in df["issue_id"]]
    df["doubtful_text_share"] = pd.array([r[0] for r in rows], dtype="Float64")
    df["flagged_articles"] = pd.array([r[1] for r in rows], dtype="Int64")
    df["flagged_names"] = [r[2] for r in rows]
    _pages_missing(df, issues)
    return df


def _pages_missing(df: pd.DataFrame, issues: pa.Table) -> None:
    """``pages_missing_count``: pages 今日N版 announces that were not received (null when it
    cannot be known: not delivered as pages, no count printed), and their labels as text."""
    missing = issues.column("pages_missing").to_pylist() if "pages_missing" in issues.column_names else [None] * len(df)
    df["pages_missing_count"] = pd.array([None if m is None else len(m) for m in missing], dtype="Int64")
    df["pages_missing_text"] = [", ".join(m or ()) for m in missing]


def doubtful_text(articles: pa.Table, flagged: Mapping[str, tuple[int, Sequence[str]]]) -> dict[str, tuple[float, int, str]]:
    """Per issue with a flagged article: (share of its body characters in doubt, flagged
    articles, the checks that flagged them).

    A flag puts in doubt the characters its check is about (``Spec.doubt``): the whole body of
    mis-decoded text, the extra copies of a repeated paragraph, the lines holding furniture,
    none for a missing headline (the text under it is the paper's). An issue whose bodies are
    all empty has no text to weigh and counts articles: two flagged articles of three give 0.67."""
    if not flagged:
        return {}
    lengths = pc.fill_null(pc.utf8_length(plain(articles.column("body"))), 0).to_pylist()
    totals: dict[str, list[int]] = {}  # issue -> [chars, articles, chars in doubt, flagged articles]
    names: dict[str, set[str]] = {}
    for issue_id, article_id, n in zip(_column(articles, "issue_id"), _column(articles, "article_id"), lengths):
        t = totals.setdefault(issue_id, [0, 0, 0, 0])
        t[0] += n
        t[1] += 1
        if article_id in flagged:
            doubt, checks = flagged[article_id]
            t[2] += min(doubt, n)
            t[3] += 1
            names.setdefault(issue_id, set()).update(checks)
    out = {}
    for issue_id, (chars, n, doubt, flagged_n) in totals.items():
        if flagged_n:
            share = doubt / chars if chars else flagged_n / n
            out[issue_id] = (share, flagged_n, ", ".join(sorted(names[issue_id])))
    return out


def number_order(
    df: pd.DataFrame, known: list[KnownIssue], date_range: tuple[object, object] | None = None
) -> list[tuple[bool | None, bool | None, str]]:
    """Per row: (goes backwards, skips numbers, the neighbours it was compared with).

    Each issue is compared with the nearest earlier-dated and the nearest later-dated issue of its
    paper among those that came before it: the ``known`` ones (published, or delivered earlier in
    the run) and the rows above it in ``df`` (the run's order). 总第8353期 on 2021-09-06 after
    总第8353期 on 2021-09-04 goes backwards; after 总第8350期 it skips 8351–8352. Never against a
    row below it: how the run's issues are cut into gate calls then changes no verdict (two issues
    out of order are caught at the one delivered second, in one call or two). Rows without a date
    or number give (None, None, "") and are not checked. Rows with an implausible date (outside
    ``date_range``) or number (< 1) are checked but never used as a neighbour: one issue dated
    1900 by a misread masthead must not make the correct issues after it look out of order.
    """
    batch_ids = set(df["issue_id"])
    # paper -> (date, number, issue_id, published), sorted by date and number
    timeline: dict[str, list[tuple[object, int, str, bool]]] = {}
    for k in known:
        if k.issue_id not in batch_ids:  # a published issue delivered again: its new rows count
            timeline.setdefault(k.paper, []).append((k.issue_date, k.issue_number, k.issue_id, k.published))
    for entries in timeline.values():
        entries.sort(key=lambda e: (e[0], e[1]))

    out: list[tuple[bool | None, bool | None, str]] = []
    for issue_id, paper, date, number in zip(df["issue_id"], df["paper"], df["issue_date"], df["issue_number"]):
        if date is None or pd.isna(number):
            out.append((None, None, ""))
            continue
        number = int(number)
        entries = timeline.setdefault(paper, [])
        before = bisect.bisect_left(entries, date, key=lambda e: e[0])  # the same date is neither
        after = bisect.bisect_right(entries, date, key=lambda e: e[0])  # before nor after
        prev = entries[before - 1] if before else None  # latest date, highest number on that date
        nxt = entries[after] if after < len(entries) else None
        notes = []
        backwards = False
        if prev is not None:
            notes.append(f"previous {prev[2]} ({prev[0]}) is №{prev[1]}")
            backwards |= number <= prev[1]
        if nxt is not None:
            notes.append(f"next {'published ' if nxt[3] else ''}{nxt[2]} ({nxt[0]}) is №{nxt[1]}")
            backwards |= number >= nxt[1]
        skipped = (not backwards) and prev is not None and number > prev[1] + 1
        out.append((backwards, skipped, "; ".join(notes)))
        if orderable(date, number, date_range):  # a neighbour of the rows below it
            bisect.insort(entries, (date, number, issue_id, False), key=lambda e: (e[0], e[1]))
    return out


def orderable(date: object, number: object, date_range: tuple[object, object] | None) -> bool:
    """Whether an issue may be a neighbour in :func:`number_order`: dated within ``date_range``
    and numbered from 1 (a misread masthead is neither)."""
    if date is None or number is None or pd.isna(number) or number < 1:
        return False
    return date_range is None or date_range[0] <= date <= date_range[1]


def _night_volume(df: pd.DataFrame, trailing: Mapping[str, list[int]], earlier: Mapping[tuple, Mapping[str, int]]) -> None:
    """Articles of the paper's issues of the date (its editions: "…-2025-06-15-overseas") delivered
    this run up to this row, in the run's order (``earlier``: those of earlier gate calls, see
    :func:`count_days`), against the paper's trailing 30-day median. Up to this row, not the whole
    night: the run's later issues are not parsed yet when an issue is checked, and a verdict must
    not depend on which issues share a gate call."""
    medians = {p: statistics.median(v) for p, v in trailing.items() if v}
    days: dict[tuple, dict[str, int]] = {}
    day_articles, trailing_median, ratio = [], [], []
    for issue_id, paper, date, n in zip(df["issue_id"], df["paper"], df["issue_date"], df["articles_found"]):
        total = None
        if date is not None:
            ids = days.setdefault((paper, date), dict(earlier.get((paper, date), {})))
            ids[issue_id] = int(n)  # an issue delivered again counts once, as delivered last
            total = sum(ids.values())
        median = medians.get(paper)
        day_articles.append(total)
        trailing_median.append(median)
        ratio.append(total / median if total is not None and median else None)
    df["day_articles"] = day_articles
    df["trailing_median"] = trailing_median
    df["day_article_ratio"] = pd.array(ratio, dtype="Float64")


def count_days(days: dict[tuple, dict[str, int]], df: pd.DataFrame) -> None:
    """Add a checked issues frame's article counts to ``days``, (paper, date) -> issue id ->
    articles: what :func:`_night_volume` counts for the run's later gate calls."""
    for issue_id, paper, date, n in zip(df["issue_id"], df["paper"], df["issue_date"], df["articles_found"]):
        if date is not None:
            days.setdefault((paper, date), {})[issue_id] = int(n)


def delivered(df: pd.DataFrame, date_range: tuple[object, object] | None) -> list[KnownIssue]:
    """A checked issues frame's issues that may be neighbours of the run's later ones
    (:func:`orderable`), held back or not."""
    rows = zip(df["issue_id"], df["paper"], df["issue_date"], df["issue_number"])
    return [KnownIssue(i, p, d, int(n), published=False) for i, p, d, n in rows if orderable(d, n, date_range)]


# ---- articles -----------------------------------------------------------------------------------

ARTICLE_COLUMNS = ("article_id", "issue_id", "headline", "body", "genre", "captions")


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _repeats(body: str) -> tuple[int, str | None, int]:
    """(most copies of one paragraph, that paragraph shortened, characters of the extra copies)."""
    paragraphs = [p.strip() for p in body.split("\n")]
    counts = Counter(p for p in paragraphs if len(p) >= MIN_REPEAT_PARAGRAPH_CHARS)
    if not counts:
        return 0, None, 0
    paragraph, n = counts.most_common(1)[0]
    extra = sum(len(p) * (k - 1) for p, k in counts.items() if k > 1)
    return n, (_short(paragraph) if n > 1 else None), extra


def _furniture_chars(body: str) -> int:
    """Characters of the body lines holding furniture ("新闻热线:0437-3249118")."""
    return sum(len(line) for line in body.split("\n") if FURNITURE_RE.search(line))


def _captions_in_body(captions: list[str] | None, body: str) -> tuple[int, str | None]:
    found = [c.strip() for c in captions or () if len(c.strip()) >= MIN_CAPTION_CHARS and c.strip() in body]
    return len(found), (_short(found[0]) if found else None)


@functools.cache
def _matches_per_code_point(pattern: re.Pattern) -> np.ndarray:
    """For each code point of the BMP, whether the one-character ``pattern`` matches it, asked
    of the pattern itself in one pass (~3 ms): every match replaced by NUL, which neither of our
    patterns matches."""
    bmp = "".join(map(chr, range(0x10000)))
    table = np.frombuffer(pattern.sub("\0", bmp).encode("utf-32-le", "surrogatepass"), np.uint32) == 0
    table[0] = pattern.fullmatch("\0") is not None
    return table


def count_matches(pattern: re.Pattern, texts: Iterable[str]) -> list[int]:
    """Matches of a one-character ``pattern`` in each text.

    The texts are joined and read as code points, looked up in a table the pattern itself
    filled (:func:`_matches_per_code_point`; characters beyond the BMP, like the 𠙶 of a name,
    are asked of the pattern once per distinct character): ~0.007 s per MB of news where
    ``len(t) - len(pattern.sub("", t))`` took ~0.05 (and ``str.count`` with a regex built a
    list of every match first, 6.7 GB of garbage per 1,000 issues)."""
    return CodePoints(texts).count(pattern)


class CodePoints:
    """Texts as one array of code points, to count several patterns' matches in (one join and
    encode for all of them)."""

    def __init__(self, texts: Iterable[str]):
        texts = texts if isinstance(texts, list) else list(texts)
        self.lengths = np.fromiter(map(len, texts), np.int64, len(texts))
        self.points = np.frombuffer("".join(texts).encode("utf-32-le", "surrogatepass"), np.uint32)
        self._bmp = self.points < 0x10000

    def count(self, pattern: re.Pattern) -> list[int]:
        """Matches of the one-character ``pattern`` in each text (see :func:`count_matches`)."""
        points, bmp = self.points, self._bmp
        matched = np.zeros(len(points), bool)
        matched[bmp] = _matches_per_code_point(pattern)[points[bmp]]
        if not bmp.all():
            astral = points[~bmp]
            distinct = np.unique(astral)
            hits = np.array([pattern.fullmatch(chr(c)) is not None for c in distinct.tolist()])
            matched[~bmp] = hits[np.searchsorted(distinct, astral)]
        running = np.zeros(len(points) + 1, np.int64)
        np.cumsum(matched, out=running[1:])
        ends = np.cumsum(self.lengths)
        return (running[ends] - running[ends - self.lengths]).tolist()


def value_counts(column: pa.ChunkedArray) -> dict:
    """value -> rows holding it (None for nulls), counted in Arrow: a 200-issue chunk has ~300k
    token rows, too many for to_pylist. A dictionary-encoded column (the flow's token
    article_id) is counted by its codes, without casting every row to a string first (0.011 ->
    0.001 s per 440 issues of real news)."""
    if not pa.types.is_dictionary(column.type):
        vc = pc.value_counts(column)
        return dict(zip(vc.field("values").to_pylist(), vc.field("counts").to_pylist()))
    column = column.unify_dictionaries()
    values = column.chunk(0).dictionary if column.num_chunks else pa.array([], column.type.value_type)
    n = np.zeros(len(values), np.int64)
    nulls = 0
    for chunk in column.chunks:
        codes = chunk.indices
        nulls += codes.null_count
        n += np.bincount(codes.drop_null().to_numpy(), minlength=len(values))
    out: dict = {}
    for value, count in zip(values.to_pylist(), n.tolist()):
        if count:
            out[value] = out.get(value, 0) + count
    if nulls:
        out[None] = out.get(None, 0) + nulls
    return out


def articles_frame(articles: pa.Table, tokens: pa.Table | None) -> pd.DataFrame:
    """One row per article with the text-derived helper columns."""
    _require(articles, "articles", ARTICLE_COLUMNS)
    df = articles.select(["article_id", "issue_id", "headline", "body", "genre"]).to_pandas()
    df["headline"] = df["headline"].fillna("").astype(object)
    df["body"] = df["body"].fillna("").astype(object)
    bodies = df["body"].astype(str)
    df["headline_chars"] = df["headline"].str.len()
    df["headline_short"] = [_short(h) for h in df["headline"]]
    df["body_chars"] = bodies.str.len()
    df["body_short"] = [_short(b) for b in df["body"]]
    points = CodePoints(df["body"])
    cjk = pd.Series(points.count(_CJK_PATTERN), index=df.index)
    letters = pd.Series(points.count(_LETTER_PATTERN), index=df.index)
    del points
    df["cjk_share"] = (cjk / letters.where(letters > 0)).fillna(0.0).astype(float)
    df["furniture_in_body"] = [furniture_in(b) for b in df["body"]]
    df["furniture_chars"] = [_furniture_chars(b) if f else 0 for b, f in zip(df["body"], df["furniture_in_body"])]
    repeats = [_repeats(b) for b in df["body"]]
    df["max_paragraph_repeats"] = [r[0] for r in repeats]
    df["repeated_paragraph"] = [r[1] for r in repeats]
    df["repeated_chars"] = [r[2] for r in repeats]
    df["no_chars"] = 0  # what a missing headline puts in doubt of the body
    in_body = [_captions_in_body(c, b) for c, b in zip(_column(articles, "captions"), df["body"])]
    df["captions_in_body"] = [c[0] for c in in_body]
    df["caption_in_body"] = [c[1] for c in in_body]
    if tokens is not None:
        counts = value_counts(tokens.column("article_id"))
        df["tokens_found"] = [counts.get(a, 0) for a in df["article_id"]]
    else:  # no language tables in this call: the check has nothing to look at
        df["tokens_found"] = pd.array([None] * len(df), dtype="Int64")
    return df


# ---- language tables ----------------------------------------------------------------------------


def tokens_frame(tokens: pa.Table) -> pd.DataFrame:
    """One row per (issue_id, pos), not per token: the set checks give the same answer on
    ~50 rows per issue instead of ~10,000, which is what keeps a 200-issue batch fast."""
    _require(tokens, "tokens", ("article_id", "issue_id", "token", "pos"))
    token = plain(tokens.column("token"))
    empty = pc.or_kleene(pc.is_null(token), pc.equal(pc.utf8_length(token), 0))
    # Grouped by the keys as they come: the flow keeps issue_id and pos dictionary-encoded
    # (flows.work.compact_tokens), and grouping by their codes, once the batches' dictionaries
    # are unified, spares casting ~300k values to strings first (0.037 -> 0.026 s per 440 issues
    # of real news). Only the ~15k groups' keys become strings.
    slim = pa.table({
        "issue_id": tokens.column("issue_id"),
        "pos": tokens.column("pos"),
        "token": token,
        "empty": pc.cast(pc.fill_null(empty, True), pa.int64()),
    }).unify_dictionaries()
    grouped = slim.group_by(["issue_id", "pos"], use_threads=False).aggregate(
        [("token", "count", pc.CountOptions(mode="all")), ("token", "first"), ("empty", "sum")]
    )
    df = pa.table({name: plain(grouped.column(name)) for name in grouped.column_names}).to_pandas()
    return df.rename(columns={"token_count": "n_tokens", "token_first": "example_token", "empty_sum": "empty_tokens"})[
        ["issue_id", "pos", "n_tokens", "example_token", "empty_tokens"]
    ]


def entities_frame(entities: pa.Table) -> pd.DataFrame:
    _require(entities, "entities", ("article_id", "issue_id", "entity", "entity_type"))
    df = entities.select(["article_id", "issue_id", "entity", "entity_type"]).to_pandas()
    df["entity"] = df["entity"].fillna("").astype(object)
    return df


def keyword_kind(keyword: str | None) -> str:
    """"word", or "date" / "number" for keywords that carry no topic ("9月3日", "2021", "85%")."""
    k = (keyword or "").strip()
    if _NUMBER_RE.match(k):
        return "number"
    if _DATE_WORD_RE.match(k):
        return "date"
    return "word"


def keywords_frame(keywords: pa.Table) -> pd.DataFrame:
    _require(keywords, "keywords", ("article_id", "issue_id", "keyword"))
    df = keywords.select(["article_id", "issue_id", "keyword"]).to_pandas()
    df["keyword_kind"] = [keyword_kind(k) for k in df["keyword"]]
    return df
