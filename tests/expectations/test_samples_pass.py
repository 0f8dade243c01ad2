"""The bundled sample issues, parsed and tokenised by the real stages, pass every critical check.

This is the guard against a gate so strict it would quarantine real newspapers (a notice full of
phone numbers is still Chinese; "十四五" is a keyword, not a number).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from expectations.gate import Gate, GateContext
from tests.expectations.conftest import NO_PUBLISHED

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "liaoyuan-daily"


@pytest.mark.slow
def test_sample_issues_pass_the_gate(tmp_path):
    from baozhi.resources import idf_for, tokenizer_for
    from transforms.language import analyse
    from transforms.model import ParsedIssue
    from transforms.parse import parse_issue
    from warehouse.rows import concat, issue_tables

    tokenizer, idf = tokenizer_for(()), idf_for(0, {})
    parts = []
    for path in sorted(SAMPLES.glob("*.txt")):
        data = path.read_bytes()
        parsed = parse_issue(data, source_file=path.name, default_paper="liaoyuan-daily")
        assert isinstance(parsed, ParsedIssue), parsed
        parts.append(issue_tables(parsed, analyse(parsed.articles, tokenizer, idf), source_file=path.name,
                                  source_sha256=hashlib.sha256(data).hexdigest(), run_id="t", pipeline_version="t"))
    tables = {name: t for name, t in concat(parts).items() if name != "deliveries"}  # lineage, not checked
    gate = Gate(tmp_path, GateContext("t", dt.date(2026, 1, 1), NO_PUBLISHED, {}))
    result = gate.validate(tables)
    assert result.failed_issues == {}
    assert result.flagged_articles == {}  # the samples' articles are all clean
    assert {r["table_name"] for r in gate.summary_rows()} == set(tables)  # every table was checked
    assert tables["tokens"].num_rows > 1000  # the language tables really were checked
