"""flows.decide: the run's decisions, from plain values, without Prefect, DuckDB or files."""

from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows import decide
from flows.discover import LandingFile
from flows.decide import LedgerRow, batch_count, plan, sized_batches


def lf(name: str, sha: str) -> LandingFile:
    return LandingFile(name, Path("/landing") / name, 10, sha)


def test_first_run_parses_everything():
    p = plan([lf("a.txt", "1"), lf("b.txt", "2")], [])
    assert [t.file.source_file for t in p.to_parse] == ["a.txt", "b.txt"]
    assert p.counts == {"seen": 2, "new": 2, "unchanged": 0}


def test_rerun_skips_loaded_files():
    rows = [LedgerRow("a.txt", "1", "loaded", issue_id="p-2021-01-01")]
    p = plan([lf("a.txt", "1")], rows)
    assert p.to_parse == () and [f.source_file for f in p.unchanged] == ["a.txt"]


def test_same_content_under_new_name_is_duplicate():
    rows = [LedgerRow("a.txt", "1", "loaded", issue_id="p-2021-01-01")]
    p = plan([lf("a.txt", "1"), lf("copy.txt", "1")], rows)
    assert p.to_parse == ()
    assert [(f.source_file, r) for f, r in p.duplicates] == [("copy.txt", "same content as a.txt (already loaded)")]


def test_two_identical_new_files_in_one_delivery_parse_once():
    p = plan([lf("a.txt", "9"), lf("b.txt", "9")], [])
    assert [t.file.source_file for t in p.to_parse] == ["a.txt"]
    assert p.duplicates[0][0].source_file == "b.txt" and "in this delivery" in p.duplicates[0][1]


def test_changed_file_is_parsed_and_replaces_its_old_issue():
    rows = [LedgerRow("a.txt", "1", "loaded", issue_id="p-2021-01-01")]
    p = plan([lf("a.txt", "2")], rows)
    assert [t.file.sha256 for t in p.to_parse] == ["2"]
    assert p.to_parse[0].replaces == ("p-2021-01-01",)
    assert [r.source_sha256 for r in p.superseded] == ["1"]


def test_quarantined_file_waits_for_retry_flag():
    rows = [LedgerRow("bad.txt", "7", "quarantined", reason="empty file")]
    assert plan([lf("bad.txt", "7")], rows).to_parse == ()
    retried = plan([lf("bad.txt", "7")], rows, retry_quarantined=True)
    assert [t.file.source_file for t in retried.to_parse] == ["bad.txt"] and retried.to_parse[0].retry


def test_copy_of_a_quarantined_file_is_a_duplicate_with_the_reason():
    rows = [LedgerRow("bad.txt", "7", "quarantined", reason="empty file")]
    p = plan([lf("bad.txt", "7"), lf("bad2.txt", "7")], rows)
    assert p.duplicates[0][0].source_file == "bad2.txt" and "empty file" in p.duplicates[0][1]


def test_failed_file_is_retried_every_run():
    rows = [LedgerRow("a.txt", "1", "failed", reason="internal error")]
    assert [t.file.source_file for t in plan([lf("a.txt", "1")], rows).to_parse] == ["a.txt"]


def test_batches_are_sized_by_bytes_and_cover_every_item_once_in_order():
    # Laid-out real news (~7 KB a file): 6 batches of ~73 files for 2 workers, not 18 of 25.
    real = sized_batches(list(range(440)), [7_360] * 440, max_bytes=600_000, max_items=100, parallel=2)
    assert [len(b) for b in real] == [73, 74, 73, 73, 74, 73] and sum(real, []) == list(range(440))
    # The synthetic archive's ~24 KB files: 25 a batch, as before.
    synthetic = sized_batches(list(range(3650)), [24_000] * 3650, max_bytes=600_000, max_items=100, parallel=2)
    assert {len(b) for b in synthetic} == {25} and len(synthetic) == 146
    assert sized_batches([], [], max_bytes=10, max_items=10) == []


def test_batches_keep_to_the_item_limit_and_a_big_item_stands_alone():
    assert sized_batches(list("abc"), [50_000] * 3, max_bytes=600_000, max_items=1, parallel=2) == [["a"], ["b"], ["c"]]
    out = sized_batches(list("abcde"), [10, 10, 2_000_000, 10, 10], max_bytes=600_000, max_items=100, parallel=2)
    assert ["c"] in out and sum(out, []) == list("abcde")
    assert sized_batches(list("abcde"), [0] * 5, max_bytes=600_000, max_items=2) == [["a", "b"], ["c", "d"], ["e"]]


def test_the_batch_count_is_a_multiple_of_the_workers_when_there_is_more_than_one():
    assert batch_count(5, 100, max_bytes=600_000, max_items=100, parallel=4) == 1  # one batch: no pool
    assert batch_count(26, 0, max_bytes=600_000, max_items=25, parallel=4) == 4
    assert batch_count(3, 3_000_000, max_bytes=600_000, max_items=100, parallel=2) == 3  # never more than items


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 2_000_000), max_size=60), st.integers(1, 3_000_000), st.integers(1, 30),
       st.integers(1, 4))
def test_any_batching_covers_the_items_in_order_within_the_limits(weights, max_bytes, max_items, parallel):
    items = list(range(len(weights)))
    out = sized_batches(items, weights, max_bytes=max_bytes, max_items=max_items, parallel=parallel)
    assert sum(out, []) == items and all(0 < len(b) <= max_items for b in out)
    # a batch is over the byte limit by less than its biggest item (which may be over it alone)
    assert all(sum(weights[i] for i in b) <= max_bytes + max(weights[i] for i in b) for b in out)


# -- per batch ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Out:
    source_file: str
    sha256: str
    status: str = "parsed"
    issue_id: str | None = None
    replaces: tuple[str, ...] = ()


def test_a_batch_is_sorted_into_rejected_failed_gate_and_conflicts():
    outs = [Out("a.txt", "1", issue_id="p-1"), Out("bad.txt", "2", "rejected"), Out("bug.txt", "3", "failed"),
            Out("b.txt", "4", issue_id="p-1"), Out("c.txt", "5", issue_id="p-2")]
    v = decide.sort_outcomes(outs, {})
    assert [o.source_file for o in v.rejected] == ["bad.txt"] and [o.source_file for o in v.failed] == ["bug.txt"]
    assert [o.source_file for o in v.to_gate] == ["a.txt", "c.txt"]
    (c,) = v.conflicts  # the first file of the night keeps the issue
    assert c.outcome.source_file == "b.txt" and c.first == "a.txt" and c.reason == "p-1 is also delivered by a.txt"
    assert v.claims == {"p-1": "a.txt", "p-2": "c.txt"}


def test_an_issue_claimed_by_an_earlier_batch_is_a_conflict():
    v = decide.sort_outcomes([Out("late.txt", "9", issue_id="p-1")], {"p-1": "early.txt"})
    assert v.to_gate == () and v.conflicts[0].first == "early.txt"


def test_a_batch_waits_for_the_gate_when_it_delivers_a_queued_issue():
    assert decide.waits_for_gate([Out("b.txt", "4", issue_id="p-1")], {"p-1"})
    assert not decide.waits_for_gate([Out("b.txt", "4", issue_id="p-2")], {"p-1"})
    assert not decide.waits_for_gate([Out("x.txt", "4", "rejected")], {"p-1"})


def test_the_gate_holds_back_whole_issues_and_frees_their_keys():
    v = decide.gate_verdict([Out("a.txt", "1", issue_id="p-1"), Out("b.txt", "2", issue_id="p-2")], {"p-2": []})
    assert [o.source_file for o in v.load] == ["a.txt"] and [o.source_file for o in v.hold] == ["b.txt"]
    assert v.released == ("p-2",)


# -- which rows are replaced ------------------------------------------------------------------------


def test_a_new_issue_replaces_nothing():
    r = decide.replacements([Out("a.txt", "1", issue_id="p-1")], {}, {})
    assert r.keys == frozenset() and r.retired == ()


def test_a_rerun_of_the_same_version_retires_nothing():
    r = decide.replacements([Out("a.txt", "1", issue_id="p-1")], {"p-1": ("a.txt", "1")}, {"a.txt": ("1",)})
    assert r.keys == {"p-1"} and r.retired == ()


def test_a_corrected_file_replaces_its_issue_and_retires_the_old_version():
    r = decide.replacements([Out("a.txt", "2", issue_id="p-1")], {"p-1": ("a.txt", "1")}, {"a.txt": ("1",)})
    assert r.keys == {"p-1"} and r.retired == (("a.txt", "1"),)


def test_a_changed_file_whose_date_moved_replaces_the_issue_its_old_version_delivered():
    r = decide.replacements([Out("a.txt", "2", issue_id="p-2", replaces=("p-1",))],
                            {"p-1": ("a.txt", "1")}, {"a.txt": ("1",)})
    assert r.keys == {"p-1"} and r.retired == (("a.txt", "1"),)


def test_another_file_delivering_a_live_issue_retires_the_file_it_came_from():
    r = decide.replacements([Out("new-name.txt", "2", issue_id="p-1")], {"p-1": ("old.txt", "1")}, {})
    assert r.keys == {"p-1"} and r.retired == (("old.txt", "1"),)


# -- when the night fails -----------------------------------------------------------------------


def test_the_night_fails_above_the_threshold_only():
    assert not decide.night_verdict(4, 2, 0, 0.5).fails  # exactly half: published
    v = decide.night_verdict(4, 2, 1, 0.5)
    assert v.fails and "3 of 4 new files were quarantined or failed" in v.message and "50%" in v.message
    assert not decide.night_verdict(0, 0, 0, 0.5).fails  # only duplicates: nothing parsed


def test_failed_files_count_towards_the_circuit_breaker():
    assert decide.night_verdict(3, 0, 3, 0.5).fails


# -- issues assembled from pages --------------------------------------------------------------------


@dataclass(frozen=True)
class PageOut(Out):
    page: str | None = None


def test_pages_of_one_issue_are_different_keys():
    outs = [PageOut("d/01.txt", "1", issue_id="p-1", page="01"), PageOut("d/02.txt", "2", issue_id="p-1", page="02")]
    v = decide.sort_outcomes(outs, {})
    assert len(v.to_gate) == 2 and v.conflicts == () and set(v.claims) == {"p-1#01", "p-1#02"}
    assert decide.key_of(Out("x.txt", "3", issue_id="p-1")) == "p-1"


def test_a_planned_issue_retires_what_its_job_says_with_reasons():
    from flows.deliveries import Arrival, Live, plan_issues

    issues = plan_issues([Arrival("d/02.txt", "new", "p-1", "02")],
                         [Live("d/01.txt", "a", "p-1", "01"), Live("d/02b.txt", "b", "p-1", "02")])
    jobs = {j.issue_id: j for j in issues.jobs}
    # the issue row names its first page's file and a digest: live cannot say which files it holds
    r = decide.replacements([PageOut("d/02.txt", "new", issue_id="p-1", page="02")], {"p-1": ("d/01.txt", "digest")},
                            {"d/01.txt": ("a",), "d/02b.txt": ("b",)}, jobs)
    assert r.keys == {"p-1"} and r.retired == (("d/02b.txt", "b"),)
    assert r.reason(("d/02b.txt", "b")) == "page 02 was delivered again by d/02.txt"


# -- when the gate runs early -------------------------------------------------------------------


@pytest.mark.parametrize("to_submit,unfinished,workers,next_in,early", [
    (0, 1, 2, False, True),  # the last batch runs on one worker, the other is idle: validate now
    (0, 2, 2, False, False),  # both workers busy: a gate call would take a core from them
    (0, 1, 2, True, False),  # the next result is in: settle it first
    (3, 1, 2, False, False),  # batches left to submit: the idle worker gets one
    (0, 1, 1, False, False),  # one worker, busy
    (0, 3, 4, False, True),
])
def test_the_gate_runs_while_waiting_only_beside_an_idle_worker(to_submit, unfinished, workers, next_in, early):
    assert decide.gate_while_waiting(to_submit, unfinished, workers, next_in) is early
