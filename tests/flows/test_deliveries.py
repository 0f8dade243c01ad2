"""The delivery rules as a pure plan: late, corrected and duplicate pages, whole issues after pages."""

from __future__ import annotations

from flows.deliveries import Arrival, Live, plan_issues

I = "liaoyuan-daily-2019-05-07"


def arr(name, page, issue=I, sha=None):
    return Arrival(name, sha or f"sha-{name}", issue, page)


def live(name, page, issue=I, sha=None):
    return Live(name, sha or f"old-{name}", issue, page)


def test_pages_of_one_night_make_one_issue() -> None:
    plan = plan_issues([arr("d/02.txt", "02"), arr("d/01.txt", "01"), arr("x.txt", None, "other-2019-05-07")], [])
    assert [(j.issue_id, [a.source_file for a in j.new], j.kept, j.retired) for j in plan.jobs] == [
        (I, ["d/01.txt", "d/02.txt"], (), ()),
        ("other-2019-05-07", ["x.txt"], (), ()),
    ]
    assert plan.passed_over == () and plan.reads_back() == set()


def test_a_late_page_is_added_to_its_issue() -> None:
    plan = plan_issues([arr("d/02.txt", "02")], [live("d/01.txt", "01")])
    (job,) = plan.jobs
    assert [a.source_file for a in job.new] == ["d/02.txt"] and job.kept == (live("d/01.txt", "01"),) and job.retired == ()
    assert plan.reads_back() == {I}


def test_a_corrected_page_replaces_that_page_only() -> None:
    plan = plan_issues([arr("d/02-corrected.txt", "02")], [live("d/01.txt", "01"), live("d/02.txt", "02")])
    (job,) = plan.jobs
    assert job.kept == (live("d/01.txt", "01"),)
    (gone,) = job.retired
    assert gone.source_file == "d/02.txt" and gone.reason == "page 02 was delivered again by d/02-corrected.txt"
    # the same path with new bytes
    (job,) = plan_issues([arr("d/02.txt", "02", sha="new")], [live("d/01.txt", "01"), live("d/02.txt", "02")]).jobs
    assert [(r.sha256, r.reason) for r in job.retired] == [("old-d/02.txt", "a newer version of this file was delivered")]
    assert job.kept == (live("d/01.txt", "01"),)


def test_a_whole_issue_after_pages_replaces_them_all() -> None:
    plan = plan_issues([arr("2019-05-07.txt", None)], [live("d/01.txt", "01"), live("d/02.txt", "02")])
    (job,) = plan.jobs
    assert job.kept == () and {r.source_file for r in job.retired} == {"d/01.txt", "d/02.txt"}
    assert all(r.reason == "the whole issue was delivered by 2019-05-07.txt" for r in job.retired)


def test_two_files_of_one_page_in_one_night_the_later_by_name_wins() -> None:
    plan = plan_issues([arr("d/02b.txt", "02"), arr("d/02.txt", "02"), arr("d/01.txt", "01")], [])
    (job,) = plan.jobs
    assert [a.source_file for a in job.new] == ["d/01.txt", "d/02b.txt"]
    (loser,) = plan.passed_over
    assert loser.source_file == "d/02.txt" and loser.reason == "d/02b.txt, a later file of page 02, was delivered the same night"


def test_two_whole_files_or_a_whole_file_and_pages_in_one_night() -> None:
    plan = plan_issues([arr("a.txt", None), arr("b.txt", None), arr("d/01.txt", "01")], [live("old.txt", None)])
    (job,) = plan.jobs
    assert [a.source_file for a in job.new] == ["b.txt"]
    assert {r.source_file: r.reason for r in plan.passed_over} == {
        "a.txt": "b.txt, a later file of the whole issue, was delivered the same night",
        "d/01.txt": "the whole issue was delivered the same night by b.txt",
    }
    assert [r.source_file for r in job.retired] == ["old.txt"]


def test_a_page_after_a_whole_issue_file_is_added_to_it() -> None:
    (job,) = plan_issues([arr("d/05.txt", "05")], [live("2019-05-07.txt", None)]).jobs
    assert job.kept == (live("2019-05-07.txt", None),) and job.retired == ()


def test_a_file_that_moves_to_another_issue_leaves_its_old_one() -> None:
    # d/02.txt was page 02 of 05-07; its new version says 05-08: 05-07 is assembled from page 01 alone
    other = "liaoyuan-daily-2019-05-08"
    plan = plan_issues([arr("d/02.txt", "02", issue=other)], [live("d/01.txt", "01"), live("d/02.txt", "02")])
    new_job, old_job = plan.jobs
    assert new_job.issue_id == other and new_job.kept == ()
    assert old_job.issue_id == I and old_job.new == () and old_job.kept == (live("d/01.txt", "01"),)
    assert old_job.retired[0].reason == f"a newer version of this file belongs to another issue ({other}, page 02)"
    assert not old_job.deletes_issue
    (gone,) = plan_issues([arr("d/01.txt", "01", issue=other)], [live("d/01.txt", "01")]).jobs[1:]
    assert gone.deletes_issue
