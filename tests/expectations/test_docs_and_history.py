"""The dq_results rows, reason.json and the GE boundary (the report page: test_report.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from expectations.gate import Gate, GateContext
from expectations.quarantine import reason_document
from expectations.suites import SPECS, TABLES
from tests.imports import imported_by
from tests.expectations.conftest import NO_PUBLISHED, issue_id, make_batch, to_arrow
from warehouse.rows import dq_table
from warehouse.schema import SCHEMAS

REPO = Path(__file__).resolve().parents[2]


def test_dq_rows_have_the_agreed_columns_and_one_summary_per_expectation(gate_factory):
    batch = make_batch(3)
    batch["articles"][4]["genre"] = "sports"
    gate = gate_factory(run_id="run-7")
    result = gate.validate(to_arrow(batch))
    run_rows = gate.summary_rows() + result.dq_rows
    rows = dq_table(run_rows)  # the warehouse's dq_results schema, one definition
    assert rows.schema.equals(SCHEMAS["dq_results"])
    assert all(set(r) == set(rows.column_names) for r in run_rows)  # no column the lake would drop
    summaries = [r for r in rows.to_pylist() if r["issue_id"] is None]
    assert sorted(r["expectation"] for r in summaries) == sorted(s.name for s in SPECS)
    assert set(rows.column("run_id").to_pylist()) == {"run-7"}
    (genre_row,) = [r for r in rows.to_pylist() if r["expectation"] == "genre_known" and r["issue_id"]]
    assert genre_row == {**genre_row, "table_name": "articles", "level": "critical", "critical": True,
                         "success": False, "issue_id": issue_id(1), "article_id": None}
    assert "'sports'" in genre_row["observed_value"]
    (genre_summary,) = [r for r in summaries if r["expectation"] == "genre_known"]
    assert genre_summary["observed_value"] == "1 of 9 rows unexpected"


def test_tables_left_out_are_skipped(gate_factory):
    tables = to_arrow(make_batch(2))
    gate = gate_factory()
    result = gate.validate({"issues": tables["issues"]})
    assert {r["table_name"] for r in gate.summary_rows()} == {"issues"}
    assert result.failed_issues == {}


def test_reason_document_is_readable_json(gate_factory):
    batch = make_batch(2)
    batch["articles"][0]["body"] = "LIAO YUAN RI BAO 国内统一刊号:CN22-0010"
    batch["articles"][1]["body"] = batch["articles"][2]["body"] = "LIAO YUAN RI BAO"  # most text in doubt
    result = gate_factory(run_id="run-9").validate(to_arrow(batch))
    failures = result.failed_issues[issue_id(0)] + result.flags_of_issue(issue_id(0))
    doc = reason_document(run_id="run-9", issue_id=issue_id(0), source_file="landing/000.txt",
                          failures=failures, source_sha256="ab" * 32)
    text = json.dumps(doc, ensure_ascii=False, indent=2)
    back = json.loads(text)
    assert back["issue_id"] == issue_id(0) and back["run_id"] == "run-9"
    assert back["source_file"] == "landing/000.txt"
    names = {f["expectation"] for f in back["failures"]}
    assert {"doubtful_text_at_most_half", "no_furniture_in_body", "body_mostly_chinese"} <= names
    assert "doubtful_text_at_most_half" in back["summary"]
    furniture = next(f for f in back["failures"] if f["expectation"] == "no_furniture_in_body")
    assert "LIAO YUAN RI BAO" in furniture["observed"]  # readable, not \\u-escaped
    assert furniture["why_it_matters"] and furniture["column"] == "furniture_in_body"


def test_nothing_outside_expectations_imports_great_expectations():
    offenders = []
    for folder in ("baozhi", "flows", "transforms", "warehouse", "bench"):
        for path in (REPO / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            if "import great_expectations" in text or "from great_expectations" in text:
                offenders.append(str(path.relative_to(REPO)))
    assert offenders == []


def test_reason_document_does_not_import_great_expectations():
    assert imported_by("import expectations.quarantine", ("great_expectations",)) == []


def test_empty_tables_validate_cleanly(gate_factory):
    empty = {name: table.slice(0, 0) for name, table in to_arrow(make_batch(1)).items()}
    gate = gate_factory()
    result = gate.validate(empty)
    assert result.failed_issues == {} and result.warnings == [] and result.flagged_articles == {}
    assert result.dq_rows == [] and len(gate.summary_rows()) == len(SPECS)
    assert {r["observed_value"] for r in gate.summary_rows()} == {"all 0 rows as expected"}


def test_unknown_table_name_is_refused(gate_factory):
    import pytest

    with pytest.raises(ValueError, match="unknown table"):
        gate_factory().validate({"pages": pa.table({"x": [1]})})


def test_the_runs_summary_rows_do_not_depend_on_how_its_issues_were_split_into_calls(gate_factory):
    # The flow validates what the workers delivered so far, so where a night is cut into calls
    # depends on timing; dq_results must not show it. Four issues with a critical failure (genre),
    # a flag (furniture), a warning (a long headline): in one call, in two, in four.
    batch = make_batch(4)
    batch["articles"][4]["genre"] = "sports"
    batch["articles"][7]["body"] = "新闻热线:0437-3249118"
    batch["articles"][9]["headline"] = "长" * 61
    tables = to_arrow(batch)

    def run(cuts: list[list[int]]) -> tuple[list[dict], list[dict]]:
        gate = gate_factory(run_id="run-3")
        failures = []
        for days in cuts:
            keep = pa.array([issue_id(d) for d in days])
            failures += gate.validate({name: t.filter(pc.is_in(t["issue_id"], value_set=keep))
                                       for name, t in tables.items()}).dq_rows
        timeless = lambda rows: sorted(({k: v for k, v in r.items() if k != "checked_at"} for r in rows), key=repr)  # noqa: E731
        return timeless(gate.summary_rows()), timeless(failures)

    one = run([[0, 1, 2, 3]])
    assert run([[0, 1], [2, 3]]) == one
    assert run([[0], [1], [2], [3]]) == one
    summaries = {r["expectation"]: r for r in one[0]}
    assert len(summaries) == len(SPECS) and len(one[0]) == len(SPECS)  # one per expectation, not per call
    assert summaries["genre_known"]["observed_value"] == "1 of 12 rows unexpected"
    assert not summaries["genre_known"]["success"] and not summaries["no_furniture_in_body"]["success"]
    assert summaries["issue_id_unique"] == {**summaries["issue_id_unique"], "success": True,
                                            "observed_value": "all 4 rows as expected"}
    assert {r["expectation"] for r in one[1]} >= {"genre_known", "no_furniture_in_body", "headline_at_most_60_chars"}
