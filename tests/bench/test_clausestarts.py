"""The clause-start table builder (bench.clausestarts) on made-up text."""

from __future__ import annotations

from bench.clausestarts import PRIOR, PRIOR_WEIGHT, rates, table


def test_rates_count_clause_openings_and_skip_rare_characters() -> None:
    text = "我们去了。" * 30 + "他们来了，我们走了。" * 10
    r = rates([text])
    # 们: 50 occurrences, never first in a clause; 我: 40, always first.
    assert r["们"] == round(PRIOR_WEIGHT * PRIOR / (50 + PRIOR_WEIGHT), 3)
    assert r["我"] == round((40 + PRIOR_WEIGHT * PRIOR) / (40 + PRIOR_WEIGHT), 3)
    assert "他" not in r  # seen 10 times: too rare to judge
    assert table(r).splitlines()[1:] == [f"{c}\t{v}" for c, v in r.items()]
