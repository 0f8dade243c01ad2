"""Warnings are reported with their issue id but never hold an issue back."""

from __future__ import annotations

from expectations.suites import SPECS
from tests.expectations.conftest import CAPTION, PAPER, issue_id, make_batch, to_arrow

BAD = issue_id(1)


def _warned(result, name):
    return {w.issue_id for w in result.warnings if w.expectation == name}


def test_every_warning_expectation_is_covered_below():
    assert {s.name for s in SPECS if s.level == "warning"} == {
        "issue_number_not_skipped", "night_volume_vs_trailing_median", "headline_at_most_60_chars",
        "captions_not_in_body", "keyword_not_date_or_number", "issue_pages_complete",
    }


def test_skipped_issue_number_is_a_warning(gate_factory):
    batch = make_batch(3)
    batch["issues"][2]["issue_number"] += 5  # 8353, 8354, 8360
    result = gate_factory().validate(to_arrow(batch))
    assert result.failed_issues == {}
    assert _warned(result, "issue_number_not_skipped") == {issue_id(2)}
    (w,) = [w for w in result.warnings if w.expectation == "issue_number_not_skipped"]
    assert "8360" in w.observed and "8354" in w.observed and not w.critical


def test_long_headline_is_a_warning(gate_factory):
    batch = make_batch(3)
    batch["articles"][4]["headline"] = "长" * 61
    result = gate_factory().validate(to_arrow(batch))
    assert result.failed_issues == {}
    assert _warned(result, "headline_at_most_60_chars") == {BAD}


def test_caption_repeated_in_body_is_a_warning(gate_factory):
    batch = make_batch(3)
    art = batch["articles"][3]  # first article of issue 1 carries the caption
    assert art["issue_id"] == BAD and art["captions"] == [CAPTION]
    art["body"] = art["body"] + "\n" + CAPTION
    result = gate_factory().validate(to_arrow(batch))
    assert result.failed_issues == {}
    assert _warned(result, "captions_not_in_body") == {BAD}


def test_date_and_number_keywords_are_warnings(gate_factory):
    batch = make_batch(3)
    kws = [k for k in batch["keywords"] if k["issue_id"] == BAD]
    kws[0]["keyword"], kws[1]["keyword"] = "9月3日", "2021"
    result = gate_factory().validate(to_arrow(batch))
    assert result.failed_issues == {}
    observed = " ".join(w.observed for w in result.warnings if w.expectation == "keyword_not_date_or_number")
    assert _warned(result, "keyword_not_date_or_number") == {BAD}
    assert "9月3日" in observed and "2021" in observed


def test_quiet_night_below_half_the_trailing_median_is_a_warning(gate_factory):
    batch = make_batch(3, articles_per_issue=3)
    batch["articles"] = [a for a in batch["articles"] if not (a["issue_id"] == BAD and a["seq"] > 1)]
    # usual night: 4 articles; issue 1 has 1 (< 2 = half the median), the others 3
    result = gate_factory(trailing={PAPER: [4] * 30}).validate(to_arrow(batch))
    assert result.failed_issues == {}
    assert _warned(result, "night_volume_vs_trailing_median") == {BAD}


def test_no_trailing_history_means_no_volume_warning(gate_factory):
    result = gate_factory(trailing={PAPER: []}).validate(to_arrow(make_batch(2)))
    assert result.warnings == []


def test_pages_the_masthead_announces_and_that_did_not_arrive_are_a_warning(gate_factory):
    import pyarrow as pa

    tables = to_arrow(make_batch(3))
    # issue 0: a whole-issue file (cannot be known); issue 1: pages 01, 02 of 今日4版; issue 2: all four
    missing = pa.array([None, ["03", "04"], []], pa.list_(pa.string()))
    tables["issues"] = tables["issues"].append_column("pages_missing", missing)
    result = gate_factory().validate(tables)
    assert result.failed_issues == {}
    assert _warned(result, "issue_pages_complete") == {BAD}
    (w,) = [w for w in result.warnings if w.expectation == "issue_pages_complete"]
    assert "03, 04" in w.observed and "今日4版" in w.observed and not w.critical


def test_a_days_editions_count_up_to_each_one_in_one_call_or_two(gate_factory):
    # two editions of one day, 3 articles each, against a usual night of 8: the day's count is that
    # of its issues delivered up to each (3, then 6), whether they share a gate call or not
    import pyarrow as pa
    import pyarrow.compute as pc

    batch = make_batch(2)
    edition = f"{issue_id(0)}-overseas"
    for name, rows in batch.items():
        for row in rows:
            if row["issue_id"] == issue_id(1):
                row["issue_id"] = edition
                if "article_id" in row:
                    row["article_id"] = row["article_id"].replace(issue_id(1), edition)
    batch["issues"][1]["issue_date"] = batch["issues"][0]["issue_date"]
    tables = to_arrow(batch)
    one = gate_factory(trailing={PAPER: [8] * 30}).validate(tables)
    gate = gate_factory(trailing={PAPER: [8] * 30})
    two = [gate.validate({n: t.filter(pc.is_in(t["issue_id"], value_set=pa.array([i]))) for n, t in tables.items()})
           for i in (issue_id(0), edition)]
    assert _warned(one, "night_volume_vs_trailing_median") == {issue_id(0)}
    assert _warned(two[0], "night_volume_vs_trailing_median") == {issue_id(0)}
    assert _warned(two[1], "night_volume_vs_trailing_median") == set()
