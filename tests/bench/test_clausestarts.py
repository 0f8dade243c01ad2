"""The clause-start table builder (bench.clausestarts) on made-up text."""

from __future__ import annotations

from bench.clausestarts import END_PRIOR, MIN_COUNT, PRIOR, PRIOR_WEIGHT, alone_rates, end_rates, rates, table


def test_rates_count_clause_openings_and_skip_rare_characters() -> None:
    text = "我们去了。" * 30 + "他们来了，我们走了。" * 10
    r = rates([text])
    # 们: 50 occurrences, never first in a clause; 我: 40, always first.
    assert r["们"] == round(PRIOR_WEIGHT * PRIOR / (50 + PRIOR_WEIGHT), 3)
    assert r["我"] == round((40 + PRIOR_WEIGHT * PRIOR) / (40 + PRIOR_WEIGHT), 3)
    assert "他" not in r  # seen 10 times: too rare to judge
    assert table(r).splitlines()[1:] == [f"{c}\t{v}" for c, v in r.items()]


def test_end_rates_count_clause_endings_of_one_to_three_characters() -> None:
    text = "我们更要努力。" * 30 + "大家都说“好”，我们更要加油。" * 10
    r = end_rates([text])
    # 更: 40 occurrences, never last in a clause; 努力: 30, always last; 加油 10: too rare.
    assert r["更"] == round(PRIOR_WEIGHT * END_PRIOR / (40 + PRIOR_WEIGHT), 3)
    assert r["努力"] == round((30 + PRIOR_WEIGHT * END_PRIOR) / (30 + PRIOR_WEIGHT), 3)
    assert r["要努力"] == r["努力"] and "加油" not in r and MIN_COUNT > 10
    # quotation marks close no clause: "说“好”，" ends on 好 as "说好，" would, never on a mark
    assert all("“" not in k and "”" not in k for k in r)
    assert table(r, "ending\tshare").splitlines()[0].startswith("# ending")


def test_alone_rates_count_the_clauses_a_word_makes_up_alone() -> None:
    text = "会议要求，各地抓好落实。" * 30 + "目前，水渠已经修好。" * 20 + "村里目前，" * 5 + "“要求”，" * 2 + "所以，大家说好。" * 10
    r = alone_rates([text])
    # 要求: closes 32 clauses, 2 of them alone (quotation marks are no clause's edge: "“要求”，" is
    # the clause "要求"); 目前: 25, 20 alone; 所以 (10) too rare; 落实 closes 30, never alone.
    assert r["要求"] == round((2 + PRIOR_WEIGHT * PRIOR) / (32 + PRIOR_WEIGHT), 3)
    assert r["目前"] == round((20 + PRIOR_WEIGHT * PRIOR) / (25 + PRIOR_WEIGHT), 3)
    assert r["会议要求"[-3:]] == round(PRIOR_WEIGHT * PRIOR / (30 + PRIOR_WEIGHT), 3)  # 议要求, three characters
    assert "所以" not in r and "要求"[-1:] not in r  # one character is no word here
    assert r["落实"] < r["要求"] < r["目前"]
