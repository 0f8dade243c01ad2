"""issue_tables builds the same tables from analyse()'s Token objects and analyse_columns()' lists."""

from __future__ import annotations

import dataclasses

import pytest

from baozhi.settings import BUNDLED_SAMPLES
from transforms.language import LanguageColumns, analyse, analyse_columns
from transforms.model import ParsedIssue
from transforms.parse import parse_issue
from warehouse.rows import concat, issue_tables
from warehouse.schema import ISSUE_TABLES, SCHEMAS

LINEAGE = {"source_sha256": "a" * 64, "run_id": "run-1", "pipeline_version": "test-1"}




@pytest.fixture(scope="module")
def issues() -> list[tuple[str, ParsedIssue]]:
    out = []
    for path in sorted((BUNDLED_SAMPLES / "liaoyuan-daily").glob("*.txt")):
        parsed = parse_issue(path.read_bytes(), source_file=f"liaoyuan-daily/{path.name}", default_paper="x")
        assert isinstance(parsed, ParsedIssue)
        out.append((path.name, parsed))
    return out


def test_columnar_language_equals_token_objects(tk, idf, issues):
    for _name, parsed in issues:
        rows = analyse(parsed.articles, tk, idf)
        cols = analyse_columns(parsed.articles, tk, idf)
        assert [c.article_id for c in cols] == [r.article_id for r in rows]
        for c, r in zip(cols, rows, strict=True):
            assert isinstance(c, LanguageColumns)
            assert c.tokens == r.tokens and c.entities == r.entities and c.keywords == r.keywords


def test_both_forms_give_identical_tables(tk, idf, issues):
    by_rows = concat([issue_tables(p, analyse(p.articles, tk, idf), source_file=f, **LINEAGE) for f, p in issues])
    by_cols = concat([issue_tables(p, analyse_columns(p.articles, tk, idf), source_file=f, **LINEAGE) for f, p in issues])
    for name in ISSUE_TABLES:
        assert by_cols[name].schema == SCHEMAS[name]
        assert by_cols[name].equals(by_rows[name]), name
    tokens = by_cols["tokens"].to_pylist()
    assert len(tokens) > 1000
    first = parsed_first = issues[0][1].articles[0]
    mine = [t for t in tokens if t["article_id"] == first.article_id]
    assert [t["position"] for t in mine] == list(range(len(mine)))
    assert "".join(t["token"] for t in mine) == (parsed_first.headline + parsed_first.body).replace("\n", "").replace(" ", "")
    assert {t["issue_id"] for t in tokens} == {p.issue_id for _, p in issues}
    assert {t["run_id"] for t in tokens} == {"run-1"} and {t["source_sha256"] for t in tokens} == {"a" * 64}
    n_tokens = {a["article_id"]: a["n_tokens"] for a in by_cols["articles"].to_pylist()}
    assert n_tokens[first.article_id] == len(mine)


def test_articles_without_tokens_or_language(tk, idf, issues):
    _f, parsed = issues[0]
    empty = dataclasses.replace(parsed.articles[0], headline="", paragraphs=())
    parsed = dataclasses.replace(parsed, articles=(empty, *parsed.articles[1:3]), issue_date=None)
    lang = analyse_columns(parsed.articles[:2], tk, idf)  # the third article has no language result
    assert lang[0].words == () and lang[0].tokens == ()
    tables = issue_tables(parsed, lang, source_file="a.txt", **LINEAGE)
    old = issue_tables(parsed, analyse(parsed.articles[:2], tk, idf), source_file="a.txt", **LINEAGE)
    for name in ISSUE_TABLES:
        assert tables[name].equals(old[name]), name
    ids = set(tables["tokens"].column("article_id").to_pylist())
    assert ids == {parsed.articles[1].article_id}
    assert tables["tokens"].column("year").null_count == tables["tokens"].num_rows
    assert [a["n_tokens"] for a in tables["articles"].to_pylist()][0::2] == [0, 0]
    only_empty = dataclasses.replace(parsed, articles=(empty,))
    none = issue_tables(only_empty, analyse_columns(only_empty.articles, tk, idf), source_file="a.txt", **LINEAGE)
    assert none["tokens"].num_rows == 0 and none["tokens"].schema == SCHEMAS["tokens"]
    assert none["tokens"].equals(issue_tables(only_empty, analyse(only_empty.articles, tk, idf), source_file="a.txt", **LINEAGE)["tokens"])


def test_rows_of_many_issues_converted_once_equal_each_issue_converted_alone(tk, idf, issues):
    from warehouse.rows import FileLineage, IssueRows

    # one issue of two files (per-article lineage), one without a date, and the samples as they are
    two_files = dataclasses.replace(issues[1][1], article_parts=tuple(k % 2 for k in range(len(issues[1][1].articles))),
                                    parts=())
    undated = dataclasses.replace(issues[2][1], issue_date=None)
    cases = [
        (issues[0][1], [FileLineage("a.txt", "a" * 64, "run-1")]),
        (two_files, [FileLineage("b1.txt", "b" * 64, "run-0", b"x"), FileLineage("b2.txt", "c" * 64, "run-1", b"yz")]),
        (undated, [FileLineage("c.txt", "d" * 64, "run-1")]),
    ]
    rows = IssueRows(run_id="run-1", pipeline_version="v")
    alone = []
    for parsed, files in cases:
        lang = analyse_columns(parsed.articles, tk, idf)
        rows.add(parsed, lang, files)
        alone.append(issue_tables(parsed, lang, run_id="run-1", pipeline_version="v", files=files))
    together, one_by_one = rows.tables(), concat(alone)
    for name in ISSUE_TABLES:
        assert together[name].schema == SCHEMAS[name]
        assert together[name].to_pylist() == one_by_one[name].to_pylist(), name
    tokens = together["tokens"].to_pylist()
    assert {t["source_sha256"] for t in tokens if t["issue_id"] == two_files.issue_id} == {"b" * 64, "c" * 64}
    assert {t["run_id"] for t in tokens if t["issue_id"] == two_files.issue_id} == {"run-0", "run-1"}
    assert all(t["year"] is None for t in tokens if t["issue_id"] == undated.issue_id)
