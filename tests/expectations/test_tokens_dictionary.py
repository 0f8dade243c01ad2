"""Tokens reach the gate with issue_id and pos dictionary-encoded (flows.work.compact_tokens), one
dictionary per batch; tokens_frame groups by their codes and articles_frame counts each article's
tokens by them. The results are those of plain strings."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc
from hypothesis import given, settings
from hypothesis import strategies as st

from expectations import frames
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


def _plain(gate, tables):
    """One call's results and dq_results rows, without the times."""
    result = gate.validate(tables)
    rows = [{k: v for k, v in r.items() if k != "checked_at"} for r in gate.summary_rows() + result.dq_rows]
    return (result.failed_issues, result.flagged_articles, result.warnings, rows)


def test_dictionary_encoded_tokens_give_the_same_results(gate_factory):
    for breaker in (cases.unknown_pos_tag, cases.empty_token):
        batch = make_batch(3)
        breaker(batch)
        tables = to_arrow(batch)
        plain = _plain(gate_factory(), tables)
        encoded = _plain(gate_factory(), {**tables, "tokens": _dictionary_encoded(tables["tokens"])})
        assert plain == encoded and plain[0]  # the same, and something was held back


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["a001", "a002", "a003", None]), max_size=8), min_size=1, max_size=3))
def test_value_counts_of_a_dictionary_column_are_those_of_its_values(chunks):
    plain_column = pa.chunked_array([pa.array(c, pa.string()) for c in chunks])
    encoded = pa.chunked_array([pc.dictionary_encode(pa.array(c, pa.string())) for c in chunks])
    assert frames.value_counts(encoded) == frames.value_counts(plain_column)
