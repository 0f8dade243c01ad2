"""The dq_results rows, reason.json and the GE boundary (the report page: test_report.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa

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
    result = gate_factory(run_id="run-7").validate(to_arrow(batch))
    rows = dq_table(result.dq_rows)  # the warehouse's dq_results schema, one definition
    assert rows.schema.equals(SCHEMAS["dq_results"])
    assert all(set(r) == set(rows.column_names) for r in result.dq_rows)  # no column the lake would drop
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
    result = gate_factory().validate({"issues": tables["issues"]})
    assert {r["table_name"] for r in result.dq_rows} == {"issues"}
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
    result = gate_factory().validate(empty)
    assert result.failed_issues == {} and result.warnings == [] and result.flagged_articles == {}
    assert len(result.dq_rows) == len(SPECS)


def test_unknown_table_name_is_refused(gate_factory):
    import pytest

    with pytest.raises(ValueError, match="unknown table"):
        gate_factory().validate({"pages": pa.table({"x": [1]})})
