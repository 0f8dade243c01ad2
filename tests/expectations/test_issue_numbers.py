"""Issue numbers must increase with date against the published issues and the issues delivered before
in the run (in the same gate call or an earlier one)."""

from __future__ import annotations

import datetime as dt

from tests.expectations.conftest import FIRST_DAY, FIRST_NUMBER, PAPER, issue_id, make_batch, published, to_arrow


def test_backwards_against_published_issue(gate_factory):
    # published: the day before the batch, already at №8400; the batch's №8353.. goes backwards
    before = {"issue_id": f"{PAPER}-2021-09-05", "paper": PAPER, "issue_date": FIRST_DAY - dt.timedelta(days=1),
              "issue_number": 8400}
    result = gate_factory(published_issues=published([before])).validate(to_arrow(make_batch(1)))
    (failure,) = result.failed_issues[issue_id(0)]
    assert failure.expectation == "issue_number_not_backwards"
    assert "8400" in failure.observed and "8353" in failure.observed


def test_backwards_against_later_published_issue(gate_factory):
    # backfilling an old issue whose number is above a later, already published one
    after = {"issue_id": issue_id(5), "paper": PAPER, "issue_date": FIRST_DAY + dt.timedelta(days=5),
             "issue_number": FIRST_NUMBER}
    result = gate_factory(published_issues=published([after])).validate(to_arrow(make_batch(1)))
    assert "issue_number_not_backwards" in {f.expectation for f in result.failed_issues[issue_id(0)]}


def test_other_papers_do_not_interfere(gate_factory):
    other = {"issue_id": "jilin-daily-2021-09-05", "paper": "jilin-daily", "issue_date": FIRST_DAY, "issue_number": 99999}
    result = gate_factory(published_issues=published([other])).validate(to_arrow(make_batch(2)))
    assert result.failed_issues == {}


def test_republishing_the_same_issue_is_not_backwards(gate_factory):
    batch = make_batch(2)
    same = [{k: r[k] for k in ("issue_id", "paper", "issue_date", "issue_number")} for r in batch["issues"]]
    result = gate_factory(published_issues=published(same)).validate(to_arrow(batch))
    assert result.failed_issues == {}


def test_earlier_batch_of_the_same_run_counts(gate_factory):
    gate = gate_factory()
    assert gate.validate(to_arrow(make_batch(2))).failed_issues == {}
    later = make_batch(1, first_day=2)
    later["issues"][0]["issue_number"] = FIRST_NUMBER  # same number as day 0 of the first batch
    result = gate.validate(to_arrow(later))
    assert set(result.failed_issues) == {issue_id(2)}


def test_misdated_issue_does_not_blame_its_neighbours(gate_factory):
    batch = make_batch(3)
    batch["issues"][1]["issue_date"] = dt.date(1900, 1, 1)
    result = gate_factory().validate(to_arrow(batch))
    assert set(result.failed_issues) == {issue_id(1)}


def test_missing_number_or_date_is_not_ordered(gate_factory):
    batch = make_batch(3)
    batch["issues"][1]["issue_number"] = None
    batch["issues"][2]["issue_date"] = None
    result = gate_factory().validate(to_arrow(batch))
    assert result.failed_issues == {}


def test_published_dates_as_timestamps_are_accepted(gate_factory):
    import pyarrow as pa

    before = pa.table({"issue_id": [f"{PAPER}-2021-09-05"], "paper": [PAPER],
                       "issue_date": pa.array([dt.datetime(2021, 9, 5)], pa.timestamp("us")),
                       "issue_number": [8400]})
    result = gate_factory(published_issues=before).validate(to_arrow(make_batch(1)))
    assert "issue_number_not_backwards" in {f.expectation for f in result.failed_issues[issue_id(0)]}


def test_issues_out_of_order_are_judged_at_the_one_delivered_second_in_one_call_or_two(gate_factory):
    # day 1 (№8354) is delivered before day 0, which claims №8354 too: day 0 goes backwards against
    # the later-dated issue delivered before it, whether the two share a gate call or not
    import pyarrow as pa
    import pyarrow.compute as pc

    batch = make_batch(2)
    batch["issues"].reverse()
    batch["issues"][1]["issue_number"] = FIRST_NUMBER + 1
    tables = to_arrow(batch)
    one = gate_factory().validate(tables)
    gate = gate_factory()
    by_day = [{name: t.filter(pc.is_in(t["issue_id"], value_set=pa.array([issue_id(d)]))) for name, t in tables.items()}
              for d in (1, 0)]
    first, second = gate.validate(by_day[0]), gate.validate(by_day[1])
    assert set(one.failed_issues) == set(second.failed_issues) == {issue_id(0)} and first.failed_issues == {}
    assert [f.observed for f in one.failed_issues[issue_id(0)]] == [f.observed for f in second.failed_issues[issue_id(0)]]
    assert f"next {issue_id(1)}" in one.failed_issues[issue_id(0)][0].observed  # delivered this run, not published
