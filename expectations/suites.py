"""The reviewed expectation suites: one declaration per check, its level, and why.

Three levels, by what a failure says about the data:

- ``critical``: the issue cannot be trusted as a whole (its date or number contradicts the
  archive, its text does not add up, ids collide, a closed vocabulary is broken): the issue is
  held back (quarantined) with a reason.
- ``flag``: one article is doubtful (no headline, a 7-character body, not Chinese, furniture or a
  paragraph twice in it): the article is published with the check's name in
  ``articles.quality_flags`` and the rest of the issue is not touched. Each flag puts some of the
  article's characters in doubt (``Spec.doubt``: the whole of a mis-decoded body, the extra copies
  of a repeated paragraph, none for a missing headline); only when most of an issue's article
  text is in doubt (``doubtful_text_at_most_half``, critical) is the parse as a whole in doubt and
  the issue held back.
- ``warning``: worth knowing, recorded in ``dq_results``, published as it is.

Plain data only (no Great Expectations import): ``gate.py`` turns each :class:`Spec` into the GE
expectation named by ``type``. The columns they check are the tables' own columns plus helper
columns computed in ``frames.py`` (``cjk_share``, ``max_paragraph_repeats``, ...), so the report
shows every rule as an ordinary built-in expectation.

``explain`` is formatted with the failing row (all columns of the validated frame, plus
``tomorrow``) to give the human-readable ``observed`` text of a failure.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Mapping

from expectations import pos_tags
from transforms.model import DATE_SOURCES, ENTITY_TYPES, GENRES, PARSED_TABLES

TABLES = PARSED_TABLES  # one suite per table a parsed issue becomes

EARLIEST_ISSUE_DATE = dt.date(1945, 1, 1)
MAX_PAGES = 64
MAX_ARTICLES_PER_ISSUE = 200
HEADLINE_MAX_CHARS = 60
MIN_BODY_CHARS = 10
MIN_CJK_SHARE = 0.5
# More than this share of an issue's article text in doubt: the parse went wrong as a whole (text
# mis-decoded, a page of furniture, the page extracted twice) rather than an article here and there.
MAX_DOUBTFUL_TEXT_SHARE = 0.5
NIGHT_VOLUME_MIN_RATIO = 0.5  # a night below half the trailing 30-day median is suspicious


@dataclass(frozen=True)
class Spec:
    name: str  # stable id stored in dq_results.expectation, e.g. "issue_date_in_range"
    table: str  # one of TABLES
    type: str  # GE 1.x expectation class in great_expectations.expectations
    kwargs: Mapping[str, Any]
    level: str  # CRITICAL (holds the issue back), FLAG (flags the article) or WARNING (reported)
    why: str
    explain: str  # str.format template over the failing row
    # FLAG only: the frame column holding the characters of the body a failure puts in doubt
    doubt: str | None = None

    @property
    def critical(self) -> bool:
        return self.level == CRITICAL

    @property
    def flags_articles(self) -> bool:
        return self.level == FLAG


CRITICAL, FLAG, WARNING = "critical", "flag", "warning"
LEVELS = (CRITICAL, FLAG, WARNING)


def _spec(name: str, table: str, type: str, level: str, why: str, explain: str, *, doubt: str | None = None,
          **kwargs: Any) -> Spec:
    assert level in LEVELS, level
    assert (level == FLAG) == (doubt is not None), f"{name}: a flag says which characters it doubts"
    assert level != FLAG or table == "articles", f"{name}: only article checks can flag an article"
    return Spec(name, table, type, MappingProxyType(kwargs), level, why, explain, doubt)

SPECS: tuple[Spec, ...] = (
    # ---- issues: one row per issue, helper columns from frames.issues_frame -------------------
    _spec("issue_id_unique", "issues", "ExpectColumnValuesToBeUnique", CRITICAL,
          "two issues with one id would overwrite each other in the lake",
          "issue_id {issue_id} occurs more than once in the batch",
          column="issue_id"),
    _spec("issue_date_in_range", "issues", "ExpectColumnValuesToBeBetween", CRITICAL,
          "a date before the paper could exist or after tomorrow is a misread masthead",
          "issue_date {issue_date} is outside 1945-01-01 … {tomorrow}",
          column="issue_date", min_value=EARLIEST_ISSUE_DATE, max_value={"$PARAMETER": "tomorrow"}),
    _spec("date_source_known", "issues", "ExpectColumnValuesToBeInSet", CRITICAL,
          "date_source drives how far the date can be trusted; an unknown value breaks that",
          "date_source {date_source!r} is not one of " + ", ".join(DATE_SOURCES),
          column="date_source", value_set=list(DATE_SOURCES)),
    _spec("issue_number_positive", "issues", "ExpectColumnValuesToBeBetween", CRITICAL,
          "总第N期 is a running count from 1",
          "issue_number {issue_number} is not > 0",
          column="issue_number", min_value=1),
    _spec("issue_number_not_backwards", "issues", "ExpectColumnValuesToBeInSet", CRITICAL,
          "a number at or below an earlier issue's means a wrong date or a misread number",
          "issue_number {issue_number} on {issue_date} does not increase: {number_neighbour}",
          column="number_goes_backwards", value_set=[False]),
    _spec("issue_number_not_skipped", "issues", "ExpectColumnValuesToBeInSet", WARNING,
          "a gap usually means an issue file never arrived; worth knowing, not worth holding back",
          "issue_number {issue_number} on {issue_date} skips numbers: {number_neighbour}",
          column="number_skipped", value_set=[False]),
    _spec("page_count_in_range", "issues", "ExpectColumnValuesToBeBetween", CRITICAL,
          "今日N版 outside 1–64 is a misread masthead",
          "page_count {page_count} is outside 1–64",
          column="page_count", min_value=1, max_value=MAX_PAGES),
    _spec("issue_has_articles", "issues", "ExpectColumnValuesToBeBetween", CRITICAL,
          "an issue without articles means the segmenter found nothing to publish",
          "issue {issue_id} has {articles_found} articles",
          column="articles_found", min_value=1),
    _spec("articles_per_issue_at_most_200", "issues", "ExpectColumnValuesToBeBetween", CRITICAL,
          "more than 200 articles in a city daily means paragraphs were split into articles",
          "issue {issue_id} has {articles_found} articles (> 200)",
          column="articles_found", max_value=MAX_ARTICLES_PER_ISSUE),
    _spec("accounting_balanced", "issues", "ExpectColumnValuesToBeInSet", CRITICAL,
          "chars_in must equal articles + furniture + duplicates, or the parser lost text",
          "chars_in {chars_in} != articles {chars_in_articles} + furniture {chars_furniture}"
          " + duplicates {chars_duplicate}",
          column="accounting_balanced", value_set=[True]),
    _spec("doubtful_text_at_most_half", "issues", "ExpectColumnValuesToBeBetween", CRITICAL,
          "flags putting most of an issue's article text in doubt mean the parse went wrong as a whole "
          "(mis-decoded text, a page of furniture, a page extracted twice), not an article here and there",
          "issue {issue_id}: {doubtful_text_share:.0%} of its article text is in doubt "
          "({flagged_articles} of {articles_found} articles flagged: {flagged_names})",
          column="doubtful_text_share", max_value=MAX_DOUBTFUL_TEXT_SHARE),
    _spec("issue_pages_complete", "issues", "ExpectColumnValuesToBeBetween", WARNING,
          "an issue delivered as page files whose masthead announces more pages than arrived: a page "
          "is late or lost (it is added when it arrives); the pages received are published meanwhile",
          "{paper} {issue_date}: page(s) {pages_missing_text} of 今日{page_count}版 not received",
          column="pages_missing_count", max_value=0),
    _spec("night_volume_vs_trailing_median", "issues", "ExpectColumnValuesToBeBetween", WARNING,
          "a night far below the usual article count hints at missing pages",
          "{paper} on {issue_date}: {day_articles} articles, below half the trailing median {trailing_median}",
          column="day_article_ratio", min_value=NIGHT_VOLUME_MIN_RATIO),
    # ---- articles: one row per article, helper columns from frames.articles_frame ------------
    _spec("article_id_unique", "articles", "ExpectColumnValuesToBeUnique", CRITICAL,
          "two articles with one id would overwrite each other",
          "article_id {article_id} occurs more than once",
          column="article_id"),
    _spec("headline_present", "articles", "ExpectColumnValueLengthsToBeBetween", FLAG,
          "an article without a headline (or a 1-character one) is a segmentation error",
          "{article_id}: headline {headline!r} is shorter than 2 characters",
          doubt="no_chars", column="headline", min_value=2),
    _spec("headline_at_most_60_chars", "articles", "ExpectColumnValueLengthsToBeBetween", WARNING,
          "a very long headline has usually swallowed a kicker or the first paragraph",
          "{article_id}: headline has {headline_chars} characters: {headline_short}",
          column="headline", max_value=HEADLINE_MAX_CHARS),
    _spec("body_at_least_10_chars", "articles", "ExpectColumnValueLengthsToBeBetween", FLAG,
          "an empty or near-empty body is a headline or caption split off as an article",
          "{article_id}: body has {body_chars} characters: {body_short!r}",
          doubt="body_chars", column="body", min_value=MIN_BODY_CHARS),
    _spec("body_mostly_chinese", "articles", "ExpectColumnValuesToBeBetween", FLAG,
          "a body under half Chinese characters is mis-decoded text or page furniture",
          "{article_id}: {cjk_share:.0%} of its letters are Chinese: {body_short!r}",
          doubt="body_chars", column="cjk_share", min_value=MIN_CJK_SHARE),
    _spec("no_furniture_in_body", "articles", "ExpectColumnValuesToBeNull", FLAG,
          "masthead furniture (刊号, 新闻热线, E-mail, 信息港, 主管主办, LIAO YUAN RI BAO) is not news",
          "{article_id}: body contains furniture {furniture_in_body!r}",
          doubt="furniture_chars", column="furniture_in_body"),
    _spec("no_repeated_paragraph", "articles", "ExpectColumnValuesToBeBetween", FLAG,
          "a paragraph twice in one article is an extraction duplicate the parser missed",
          "{article_id}: paragraph repeated {max_paragraph_repeats}×: {repeated_paragraph!r}",
          doubt="repeated_chars", column="max_paragraph_repeats", max_value=1),
    _spec("genre_known", "articles", "ExpectColumnValuesToBeInSet", CRITICAL,
          "genre is a closed vocabulary the reports group by",
          "{article_id}: genre {genre!r} is not one of " + ", ".join(GENRES),
          column="genre", value_set=list(GENRES)),
    _spec("captions_not_in_body", "articles", "ExpectColumnValuesToBeBetween", WARNING,
          "a photo caption copied into the body reads twice; the article is still publishable",
          "{article_id}: {captions_in_body} caption(s) repeated in the body: {caption_in_body!r}",
          column="captions_in_body", max_value=0),
    _spec("article_has_tokens", "articles", "ExpectColumnValuesToBeBetween", FLAG,
          "an article the language layer did not tokenise is missing from every search",
          "{article_id} has no tokens",
          doubt="body_chars", column="tokens_found", min_value=1),
    # ---- language tables ----------------------------------------------------------------------
    _spec("pos_tag_known", "tokens", "ExpectColumnValuesToBeInSet", CRITICAL,
          "a tag outside jieba's set means the tokenizer or a user dictionary is misconfigured",
          "{n_tokens} token(s) tagged {pos!r}, e.g. {example_token!r}",
          column="pos", value_set=sorted(pos_tags.load())),
    _spec("token_not_empty", "tokens", "ExpectColumnValuesToBeBetween", CRITICAL,
          "an empty token is a tokenizer bug",
          "{empty_tokens} empty token(s) tagged {pos!r}",
          column="empty_tokens", max_value=0),
    _spec("entity_type_known", "entities", "ExpectColumnValuesToBeInSet", CRITICAL,
          "entity_type is a closed vocabulary: " + ", ".join(ENTITY_TYPES),
          "{article_id}: entity {entity!r} has type {entity_type!r}",
          column="entity_type", value_set=list(ENTITY_TYPES)),
    _spec("entity_not_empty", "entities", "ExpectColumnValueLengthsToBeBetween", CRITICAL,
          "an empty entity name is an extraction bug",
          "{article_id}: empty entity of type {entity_type!r}",
          column="entity", min_value=1),
    _spec("keyword_not_date_or_number", "keywords", "ExpectColumnValuesToBeInSet", WARNING,
          "dates and numbers make poor keywords; a stop-word list needs extending",
          "{article_id}: keyword {keyword!r} is a {keyword_kind}",
          column="keyword_kind", value_set=["word"]),
)

SPECS_BY_NAME: Mapping[str, Spec] = MappingProxyType({s.name: s for s in SPECS})
assert len(SPECS_BY_NAME) == len(SPECS), "expectation names must be unique"


def specs_for(table: str) -> tuple[Spec, ...]:
    return tuple(s for s in SPECS if s.table == table)
