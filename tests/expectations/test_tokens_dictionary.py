"""Tokens reach the gate with issue_id and pos dictionary-encoded (flows.work.compact_tokens), one
dictionary per batch; tokens_frame groups by their codes. The results are those of plain strings."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from tests.expectations import test_gate_critical as cases
from tests.expectations.conftest import make_batch, to_arrow


def _dictionary_encoded(tokens: pa.Table) -> pa.Table:
    """``tokens`` as two batches' worth, each chunk with a dictionary of its own."""
    half = tokens.num_rows // 2
    parts = []
    for part in (tokens.slice(0, half), tokens.slice(half)):
        for name in ("issue_id", "pos"):
            i = part.schema.get_field_index(name)
            part = part.set_column(i, name, pc.dictionary_encode(part.column(i)))
        parts.append(part)
    return pa.concat_tables(parts)


def _plain(result):
    rows = [{k: v for k, v in r.items() if k != "checked_at"} for r in result.dq_rows]
    return (result.failed_issues, result.flagged_articles, result.warnings, rows)


def test_dictionary_encoded_tokens_give_the_same_results(gate_factory):
    for breaker in (cases.unknown_pos_tag, cases.empty_token):
        batch = make_batch(3)
        breaker(batch)
        tables = to_arrow(batch)
        plain = _plain(gate_factory().validate(tables))
        encoded = _plain(gate_factory().validate({**tables, "tokens": _dictionary_encoded(tables["tokens"])}))
        assert plain == encoded and plain[0]  # the same, and something was held back
