"""The gate runs each suite BOOLEAN_ONLY and only the failed checks again COMPLETE (gate._run): its
results are those of one COMPLETE pass over the whole suite, failures, flags and dq rows alike."""

from __future__ import annotations

from expectations.gate import Gate
from tests.expectations import test_gate_critical as cases
from tests.expectations.conftest import make_batch, to_arrow


def _one_complete_pass(self, table, df, run_id):
    return self._definitions[table].run(
        batch_parameters={"dataframe": df}, expectation_parameters={"tomorrow": self._tomorrow},
        result_format={"result_format": "COMPLETE", "unexpected_index_column_names": ["issue_id", "row_no"]},
        run_id=run_id,
    ).results


def _plain(gate, result):
    """A call's results and the run's dq_results rows so far, without the times."""
    rows = [{k: v for k, v in r.items() if k != "checked_at"} for r in gate.summary_rows() + result.dq_rows]
    return (result.failed_issues, result.flagged_articles, result.warnings, rows)


def _broken_batches():
    """Batches with checks failing in every table, and one where nothing fails."""
    out = [make_batch(3)]
    for breaker in (cases.number_backwards, cases.empty_headline, cases.latin_body, cases.repeated_paragraph,
                    cases.unknown_pos_tag, cases.empty_entity, cases.furniture("新闻热线:0437-3249118"),
                    cases.most_text_in_doubt):
        batch = make_batch(3)
        breaker(batch)
        batch["keywords"][0]["keyword"] = "9月3日"
        out.append(batch)
    return out


def test_two_passes_give_the_results_of_one_complete_pass(gate_factory, monkeypatch):
    batches = [to_arrow(b) for b in _broken_batches()]
    two = gate_factory(trailing={"liaoyuan-daily": [9] * 30})
    got = [_plain(two, two.validate(b)) for b in batches]
    monkeypatch.setattr(Gate, "_run", _one_complete_pass)
    one = gate_factory(trailing={"liaoyuan-daily": [9] * 30})
    want = [_plain(one, one.validate(b)) for b in batches]
    assert got == want
    assert any(g[0] for g in got) and any(g[1] for g in got) and any(g[2] for g in got)  # all three kinds
