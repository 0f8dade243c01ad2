"""Parse each bundled sample and compare it with its hand-written golden file, field by field.

The golden files (``golden/<stem>.json``) were written by reading the samples as an editor
would, not from parser output; their ``_note`` fields say why where a reading was a judgement.
A field may list reviewed alternatives under ``_also_ok``; any other value is a failure.
There is deliberately no "regenerate" mode: ``--golden-actual`` only writes ``<stem>.actual.json``
beside the golden for diffing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.transforms.conftest import GOLDEN, parse_sample
from transforms.model import DATE_SOURCES, GENRES, ParsedIssue

ISSUE_FIELDS = ("paper", "issue_date", "date_source", "weekday", "lunar_date", "issue_number", "page_count", "editor")
# Article fields compared for equality (lists compared as lists).
ARTICLE_FIELDS = (
    "headline",
    "kicker",
    "subtitle",
    "byline",
    "authors",
    "photographers",
    "genre",
    "source_outlet",
    "captions",
    "continued_to",
    "continued_from",
    "body_first",
    "body_last",
)
BODY_EDGE = 12


def _golden_files() -> list[Path]:
    return sorted(p for p in GOLDEN.glob("*.json") if not p.name.endswith(".actual.json"))


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


GOLDENS = {p.stem: _load(p) for p in _golden_files()}
ARTICLE_CASES = [(stem, i) for stem, g in GOLDENS.items() for i in range(len(g["articles"]))]


def _parsed(stem: str) -> ParsedIssue:
    result = parse_sample(GOLDENS[stem]["source_file"])
    assert isinstance(result, ParsedIssue), f"{stem}: parser rejected the sample: {result!r}"
    return result


def _issue_values(issue: ParsedIssue) -> dict:
    values = {name: getattr(issue, name) for name in ISSUE_FIELDS}
    values["issue_date"] = issue.issue_date.isoformat() if issue.issue_date else None
    return values


def _article_values(article) -> dict:
    body = article.body
    return {
        "headline": article.headline,
        "kicker": article.kicker,
        "subtitle": article.subtitle,
        "byline": article.byline,
        "authors": list(article.authors),
        "photographers": list(article.photographers),
        "genre": article.genre,
        "source_outlet": article.source_outlet,
        "captions": list(article.captions),
        "continued_to": article.continued_to,
        "continued_from": article.continued_from,
        "body_first": body[:BODY_EDGE],
        "body_last": body[-BODY_EDGE:],
    }


def _short(text: str | None, width: int = 24) -> str:
    if text is None:
        return "None"
    return text if len(text) <= width else text[:width] + "…"


def _headlines(issue: ParsedIssue) -> str:
    return "\n".join(f"  {i}: {_short(a.headline, 40)}" for i, a in enumerate(issue.articles))


def _find_article(issue: ParsedIssue, index: int, headline: str):
    """The parsed article with the golden headline (order is checked separately), else the same index."""
    for article in issue.articles:
        if article.headline == headline:
            return article
    return issue.articles[index] if index < len(issue.articles) else None


@pytest.mark.parametrize("stem", sorted(GOLDENS))
def test_issue_metadata(stem: str) -> None:
    golden = GOLDENS[stem]["issue"]
    got = _issue_values(_parsed(stem))
    diffs = [
        f"  issue field {name!r}: expected {golden[name]!r}, got {got[name]!r}"
        for name in ISSUE_FIELDS
        if golden[name] != got[name]
    ]
    if diffs:
        pytest.fail(f"{stem}:\n" + "\n".join(diffs), pytrace=False)


@pytest.mark.parametrize("stem", sorted(GOLDENS))
def test_articles_in_reading_order(stem: str) -> None:
    expected = [a["headline"] for a in GOLDENS[stem]["articles"]]
    issue = _parsed(stem)
    got = [a.headline for a in issue.articles]
    if got != expected:
        pytest.fail(
            f"{stem}: articles (headlines in reading order) differ\n"
            f"expected:\n" + "\n".join(f"  {i}: {_short(h, 40)}" for i, h in enumerate(expected)) + "\n"
            f"got:\n" + _headlines(issue),
            pytrace=False,
        )


@pytest.mark.parametrize(("stem", "index"), ARTICLE_CASES, ids=[f"{s}-a{i + 1:03d}" for s, i in ARTICLE_CASES])
def test_article_fields(stem: str, index: int) -> None:
    golden = GOLDENS[stem]["articles"][index]
    issue = _parsed(stem)
    article = _find_article(issue, index, golden["headline"])
    assert article is not None, f"{stem} article {index + 1}: no parsed article; parsed headlines:\n{_headlines(issue)}"
    got = _article_values(article)
    also_ok = golden.get("_also_ok", {})
    where = f"{stem} article {index + 1} ({_short(golden['headline'])})"
    diffs = []
    for name in ARTICLE_FIELDS:
        allowed = [golden[name], *also_ok.get(name, [])]
        if got[name] not in allowed:
            extra = f" (also accepted: {also_ok[name]!r})" if name in also_ok else ""
            diffs.append(f"  field {name!r}: expected {golden[name]!r}{extra}, got {got[name]!r}")
    body = article.body
    for phrase in golden.get("body_contains", []):
        if phrase not in body:
            diffs.append(f"  body should contain {phrase!r}")
    for phrase in golden.get("body_excludes", []):
        if phrase in body:
            diffs.append(f"  body should not contain {phrase!r}")
    for phrase, count in golden.get("body_occurrences", {}).items():
        if body.count(phrase) != count:
            diffs.append(f"  body should contain {phrase!r} {count}x, has it {body.count(phrase)}x")
    if diffs:
        pytest.fail(f"{where}:\n" + "\n".join(diffs), pytrace=False)


@pytest.mark.parametrize("stem", sorted(GOLDENS))
def test_article_ids_and_vocabularies(stem: str) -> None:
    issue = _parsed(stem)
    assert issue.date_source in DATE_SOURCES
    for seq, article in enumerate(issue.articles, start=1):
        assert article.seq == seq, f"{stem}: article {seq} has seq {article.seq}"
        assert article.article_id == f"{issue.issue_id}-a{seq:03d}", article.article_id
        assert article.genre in GENRES, f"{stem} article {seq}: genre {article.genre!r}"
        assert article.paragraphs and all(p.strip() for p in article.paragraphs), f"{stem} article {seq}: empty paragraph"
    if issue.issue_date is not None:
        assert issue.issue_id == f"{issue.paper}-{issue.issue_date.isoformat()}"


@pytest.mark.parametrize("stem", sorted(GOLDENS))
def test_accounting_balances(stem: str) -> None:
    issue = _parsed(stem)
    acc = issue.accounting
    assert acc.balanced, (
        f"{stem}: {acc.chars_in} Chinese characters in, but {acc.chars_in_articles} in articles "
        f"+ {acc.chars_furniture} furniture + {acc.chars_duplicate} duplicate"
    )
    assert acc.chars_in_articles > 0
    bounds = GOLDENS[stem]["duplicates_dropped"]
    assert bounds["min"] <= issue.duplicates_dropped <= bounds["max"], (
        f"{stem}: {issue.duplicates_dropped} duplicate paragraphs dropped, expected {bounds['min']}..{bounds['max']}"
    )
    if bounds["max"] == 0:
        assert acc.chars_duplicate == 0
    else:
        assert acc.chars_duplicate > 0


@pytest.mark.parametrize("stem", sorted(GOLDENS))
def test_issue_wide_text(stem: str) -> None:
    golden = GOLDENS[stem]
    issue = _parsed(stem)
    bodies = "\n".join(a.body for a in issue.articles)
    diffs = [f"  {s!r} is inside an article body" for s in golden.get("issue_not_in_bodies", []) if s in bodies]
    for phrase, count in golden.get("issue_body_occurrences", {}).items():
        if bodies.count(phrase) != count:
            diffs.append(f"  {phrase!r} should be in the bodies {count}x, is {bodies.count(phrase)}x")
    if diffs:
        pytest.fail(f"{stem}:\n" + "\n".join(diffs), pytrace=False)


@pytest.mark.parametrize("stem", sorted(GOLDENS))
def test_actual_document_round_trips_and_is_written_on_request(stem: str, golden_actual: bool) -> None:
    """The document ``--golden-actual`` writes (<stem>.actual.json, for a reviewer's diff) is plain
    JSON that reads back equal, with every parsed article; it is written only with the flag, never
    over a golden. (Without the flag this still checks the document can be written.)"""
    issue = _parsed(stem)
    actual = {
        "_note": "written by --golden-actual from parser output; for diffing only, never a golden",
        "source_file": GOLDENS[stem]["source_file"],
        "issue": _issue_values(issue),
        "duplicates_dropped": issue.duplicates_dropped,
        "accounting": {
            "chars_in": issue.accounting.chars_in,
            "chars_in_articles": issue.accounting.chars_in_articles,
            "chars_furniture": issue.accounting.chars_furniture,
            "chars_duplicate": issue.accounting.chars_duplicate,
        },
        "articles": [_article_values(a) for a in issue.articles],
    }
    text = json.dumps(actual, ensure_ascii=False, indent=2) + "\n"
    assert json.loads(text) == actual and len(actual["articles"]) == len(issue.articles)
    out = GOLDEN / f"{stem}.actual.json"
    if golden_actual:
        assert out.name != f"{stem}.json"
        out.write_text(text, encoding="utf-8")
        assert json.loads(out.read_text(encoding="utf-8")) == actual
