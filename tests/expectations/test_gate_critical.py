"""Every critical expectation, fed a batch where exactly one issue is broken; and every flag,
fed a batch where one article is doubtful.

Each critical case breaks issue 1 of three good issues and asserts that (a) issue 1 is held back
by the named expectation and (b) issues 0 and 2 of the same batch are not held back at all. Each
flag case breaks one article of issue 1: only that article is flagged, nothing is held back.
"""

from __future__ import annotations

import datetime as dt

import pytest

from expectations.suites import SPECS
from tests.expectations.conftest import PARAGRAPHS, issue_id, make_batch, to_arrow

BAD = issue_id(1)
GOOD = (issue_id(0), issue_id(2))


def _articles_of(batch, iid):
    return [a for a in batch["articles"] if a["issue_id"] == iid]


def _drop_issue_rows(batch, table, iid):
    batch[table] = [r for r in batch[table] if r["issue_id"] != iid]


def dup_issue_id(b):
    b["issues"][2]["issue_id"] = BAD  # issue 2's row now claims issue 1's id


def date_too_old(b):
    b["issues"][1]["issue_date"] = dt.date(1900, 1, 1)


def date_in_future(b):
    b["issues"][1]["issue_date"] = dt.date(2030, 1, 1)


def unknown_date_source(b):
    b["issues"][1]["date_source"] = "ocr"


def number_zero(b):
    b["issues"][1]["issue_number"] = 0


def number_backwards(b):
    b["issues"][1]["issue_number"] = 8350  # after 8353 on the day before


def page_count_zero(b):
    b["issues"][1]["page_count"] = 0


def page_count_65(b):
    b["issues"][1]["page_count"] = 65


def no_articles(b):
    for table in ("articles", "tokens", "entities", "keywords"):
        _drop_issue_rows(b, table, BAD)


def too_many_articles(b):
    template = _articles_of(b, BAD)[0]
    for seq in range(100, 301):
        b["articles"].append({**template, "article_id": f"{BAD}-a{seq:03d}", "seq": seq})
        b["tokens"].append({"article_id": f"{BAD}-a{seq:03d}", "issue_id": BAD, "position": 0, "token": "整改", "pos": "v"})


def unbalanced_accounting(b):
    b["issues"][1]["chars_in"] += 1


def dup_article_id(b):
    arts = _articles_of(b, BAD)
    arts[1]["article_id"] = arts[0]["article_id"]


def empty_headline(b):
    _articles_of(b, BAD)[1]["headline"] = ""


def null_headline(b):
    _articles_of(b, BAD)[1]["headline"] = None


def one_char_headline(b):
    _articles_of(b, BAD)[1]["headline"] = "图"


def empty_body(b):
    _articles_of(b, BAD)[1]["body"] = ""


def short_body(b):
    _articles_of(b, BAD)[1]["body"] = "本报讯(王茵)"  # 7 characters


def latin_body(b):
    _articles_of(b, BAD)[1]["body"] = "Lorem ipsum dolor sit amet, consectetur adipiscing elit 2021 整改"


def furniture(text):
    def breaker(b):
        art = _articles_of(b, BAD)[1]
        art["body"] = art["body"] + "\n" + text
    breaker.__name__ = f"furniture {text}"
    return breaker


def repeated_paragraph(b):
    _articles_of(b, BAD)[1]["body"] = "\n".join((PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[0]))


def unknown_genre(b):
    _articles_of(b, BAD)[1]["genre"] = "sports"


def article_without_tokens(b):
    aid = _articles_of(b, BAD)[1]["article_id"]
    b["tokens"] = [t for t in b["tokens"] if t["article_id"] != aid]


def unknown_pos_tag(b):
    next(t for t in b["tokens"] if t["issue_id"] == BAD)["pos"] = "NOUN"


def empty_token(b):
    next(t for t in b["tokens"] if t["issue_id"] == BAD)["token"] = ""


def unknown_entity_type(b):
    next(e for e in b["entities"] if e["issue_id"] == BAD)["entity_type"] = "thing"


def empty_entity(b):
    next(e for e in b["entities"] if e["issue_id"] == BAD)["entity"] = ""


# Every check's breakers; the critical ones hold the issue back, the flags flag the article.
BREAKERS = [
    ("issue_id_unique", dup_issue_id),
    ("issue_date_in_range", date_too_old),
    ("issue_date_in_range", date_in_future),
    ("date_source_known", unknown_date_source),
    ("issue_number_positive", number_zero),
    ("issue_number_not_backwards", number_backwards),
    ("page_count_in_range", page_count_zero),
    ("page_count_in_range", page_count_65),
    ("issue_has_articles", no_articles),
    ("articles_per_issue_at_most_200", too_many_articles),
    ("accounting_balanced", unbalanced_accounting),
    ("article_id_unique", dup_article_id),
    ("headline_present", empty_headline),
    ("headline_present", null_headline),
    ("headline_present", one_char_headline),
    ("body_at_least_10_chars", empty_body),
    ("body_at_least_10_chars", short_body),
    ("body_mostly_chinese", latin_body),
    ("no_furniture_in_body", furniture("国内统一刊号:CN22-0010")),
    ("no_furniture_in_body", furniture("新闻热线:0437-3249118")),
    ("no_furniture_in_body", furniture("E-mail:jl_lyrb@126.com")),
    ("no_furniture_in_body", furniture("辽源信息港 <http://www.0437.com>")),
    ("no_furniture_in_body", furniture("中共辽源市委主管主办 辽源日报社出版")),
    ("no_furniture_in_body", furniture("LIAO YUAN RI BAO")),
    ("no_repeated_paragraph", repeated_paragraph),
    ("genre_known", unknown_genre),
    ("article_has_tokens", article_without_tokens),
    ("pos_tag_known", unknown_pos_tag),
    ("token_not_empty", empty_token),
    ("entity_type_known", unknown_entity_type),
    ("entity_not_empty", empty_entity),
]


def most_text_in_doubt(b):
    for art in _articles_of(b, BAD)[1:]:  # two of three articles: UTF-8 read as Latin-1
        art["body"] = "\n".join(PARAGRAPHS).encode("utf-8").decode("latin-1")


CASES = [(name, breaker) for name, breaker in BREAKERS if name in {s.name for s in SPECS if s.critical}]
CASES.append(("doubtful_text_at_most_half", most_text_in_doubt))


def test_every_critical_expectation_has_a_breaking_case():
    critical = {s.name for s in SPECS if s.critical}
    assert critical == {name for name, _ in CASES}


def test_good_batch_passes_everything(gate_factory):
    gate = gate_factory()
    result = gate.validate(to_arrow(make_batch(3)))
    assert result.failed_issues == {} and result.flagged_articles == {}
    assert result.warnings == []
    assert result.dq_rows == []  # no failing issue or flagged article
    assert len(gate.summary_rows()) == len(SPECS) and all(r["success"] for r in gate.summary_rows())


@pytest.mark.parametrize("expectation,breaker", CASES, ids=[f"{n}-{b.__name__}" for n, b in CASES])
def test_broken_issue_is_held_back_alone(gate_factory, expectation, breaker):
    batch = make_batch(3)
    breaker(batch)
    result = gate_factory().validate(to_arrow(batch))

    assert set(result.failed_issues) == {BAD}, result.failed_issues
    failures = result.failed_issues[BAD]
    assert expectation in {f.expectation for f in failures}
    assert all(f.critical and f.issue_id == BAD and f.observed for f in failures)
    for good in GOOD:
        assert good not in result.failed_issues
    # the history rows say the same: a failing row for the bad issue, none for the good ones
    rows = result.dq_rows
    assert any(r["expectation"] == expectation and r["issue_id"] == BAD and not r["success"] for r in rows)
    assert not any(r["issue_id"] in GOOD and r["critical"] for r in rows)


# Flag-level checks: the same breakers, but the article is flagged and its issue publishes.
FLAG_CASES = [(name, breaker) for name, breaker in BREAKERS if name in {s.name for s in SPECS if s.flags_articles}]


def test_every_flag_has_a_breaking_case():
    assert {s.name for s in SPECS if s.flags_articles} == {name for name, _ in FLAG_CASES}


@pytest.mark.parametrize("expectation,breaker", FLAG_CASES, ids=[f"{n}-{b.__name__}" for n, b in FLAG_CASES])
def test_doubtful_article_is_flagged_and_its_issue_publishes(gate_factory, expectation, breaker):
    batch = make_batch(3)
    breaker(batch)
    flagged_id = _articles_of(batch, BAD)[1]["article_id"]
    result = gate_factory().validate(to_arrow(batch))

    assert result.failed_issues == {}, result.failed_issues  # nothing held back
    assert expectation in result.flags()[flagged_id]
    assert set(result.flags()) == {flagged_id}  # only that article
    (failure,) = [f for f in result.flagged_articles[flagged_id] if f.expectation == expectation]
    assert failure.issue_id == BAD and failure.level == "flag" and not failure.critical and failure.observed
    # one dq_results row for the flagged article and check, naming it
    rows = [r for r in result.dq_rows if r["article_id"] == flagged_id and r["expectation"] == expectation]
    assert len(rows) == 1 and rows[0]["issue_id"] == BAD and rows[0]["level"] == "flag" and not rows[0]["success"]


def test_a_seven_character_body_is_flagged_even_in_an_issue_of_its_own(gate_factory):
    """Honest flags: the article is flagged whatever the issue; only the issue is not held back
    for it when the article's few characters are not most of the issue's text."""
    batch = make_batch(1, articles_per_issue=2)
    batch["articles"][1]["body"] = "本报讯(王茵)"
    result = gate_factory().validate(to_arrow(batch))
    assert result.failed_issues == {}
    assert result.flags() == {batch["articles"][1]["article_id"]: ["body_at_least_10_chars"]}


def test_a_headless_page_is_flagged_not_held_back(gate_factory):
    """A page whose headings the parser did not find becomes one article without a headline:
    its text is the paper's, so it publishes, flagged headline_present."""
    batch = make_batch(1, articles_per_issue=1)
    batch["articles"][0]["headline"] = None
    result = gate_factory().validate(to_arrow(batch))
    assert result.failed_issues == {}
    assert result.flags() == {batch["articles"][0]["article_id"]: ["headline_present"]}


def test_a_repeated_short_line_puts_only_its_copy_in_doubt(gate_factory):
    """“烦也得算！” twice in an interview: flagged, but one line is not most of the text."""
    batch = make_batch(1, articles_per_issue=1)
    batch["articles"][0]["body"] = "\n".join((PARAGRAPHS[0], "“烦也得算！”", PARAGRAPHS[1], "“烦也得算！”"))
    result = gate_factory().validate(to_arrow(batch))
    assert result.failed_issues == {}
    assert list(result.flags().values()) == [["no_repeated_paragraph"]]


def test_an_issue_whose_text_is_mostly_in_doubt_is_held_back_with_its_flags(gate_factory):
    batch = make_batch(3)
    most_text_in_doubt(batch)
    result = gate_factory().validate(to_arrow(batch))
    assert set(result.failed_issues) == {BAD}
    (failure,) = result.failed_issues[BAD]
    assert failure.expectation == "doubtful_text_at_most_half" and "2 of 3 articles flagged" in failure.observed
    assert {f.expectation for f in result.flags_of_issue(BAD)} == {"body_mostly_chinese"}
