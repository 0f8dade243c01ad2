"""flows.ledger.plan: what a run does with each file, given what earlier runs recorded."""

from pathlib import Path

from flows.discover import LandingFile
from flows.ledger import LedgerRow, batches, plan


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


def test_batches_cover_every_item_once():
    items = list(range(53))
    out = batches(items, 25)
    assert [len(b) for b in out] == [25, 25, 3] and sum(out, []) == items
