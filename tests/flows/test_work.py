"""flows.work: one batch parsed, packed, and handed back inline or through the spool."""

from __future__ import annotations

from pathlib import Path

from flows.work import FileIn, JobIn, LanguageInputs, PartIn, process_jobs, receive_tables
from warehouse.schema import ISSUE_TABLES

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "liaoyuan-daily"


def _batch(spool_dir=None):
    files = [FileIn(p.name, p.read_bytes()) for p in sorted(SAMPLES.glob("*.txt"))]
    files.append(FileIn("empty.txt", b""))
    return process_jobs(_alone(files), default_paper="liaoyuan-daily", language=LanguageInputs(), run_id="run-t",
                         pipeline_version="v", spool_dir=spool_dir)


def _alone(files):
    """Every file an issue of its own, whatever issue it turns out to be."""
    return [JobIn(None, (PartIn(f.source_file, f.data),)) for f in files]


def test_spooled_tables_equal_inline_ones_and_the_files_are_removed(tmp_path):
    inline = _batch()
    spooled = _batch(str(tmp_path / "spool"))
    assert inline.tables and not inline.spooled
    assert spooled.spooled and not spooled.tables  # nothing bulky goes back through the task result
    files = [Path(p) for p in spooled.spooled.values()]
    assert all(p.parent == tmp_path / "spool" and p.exists() for p in files)
    a, b = receive_tables(inline), receive_tables(spooled)
    assert set(a) == set(b) == set(ISSUE_TABLES)
    for name in a:
        assert a[name].equals(b[name]), name
    assert not any(p.exists() for p in files)
    assert [o.status for o in spooled.outcomes] == ["parsed", "parsed", "parsed", "rejected"]


def test_a_batch_with_nothing_parsed_spools_nothing(tmp_path):
    out = process_jobs(_alone([FileIn("empty.txt", b"")]), default_paper="p", language=LanguageInputs(), run_id="r",
                        pipeline_version="v", spool_dir=str(tmp_path / "spool"))
    assert out.tables == {} and out.spooled == {} and receive_tables(out) == {}
    assert not (tmp_path / "spool").exists()


def test_an_issue_assembled_from_a_page_loaded_before_and_a_late_page(tmp_path):
    """The worker side of a late page: page 01's bytes come back from the lake (loaded by run-1),
    page 02 is new; rows keep the lineage of the file they came from."""
    import hashlib

    from bench.pagefiles import cut_issue
    from flows.work import JobIn, PartIn, identify_batch, process_jobs

    text = (SAMPLES / "002_8752af011981d324.txt").read_text(encoding="utf-8")
    one, two = cut_issue(text, at="本报讯(记者 王茵)9月3日上午", header=["第2版 要闻"], continued=True)
    day = "liaoyuan-daily/2021-09-06"
    ident = identify_batch([FileIn(f"{day}/02.txt", two.encode()), FileIn("x.txt", b"")], default_paper="liaoyuan-daily")
    assert [(i.status, i.issue_id, i.page) for i in ident] == [
        ("parsed", "liaoyuan-daily-2021-09-06", "02"), ("rejected", None, None)
    ]
    job = JobIn("liaoyuan-daily-2021-09-06", (PartIn(f"{day}/01.txt", one.encode(), "run-1"), PartIn(f"{day}/02.txt", two.encode())))
    out = process_jobs([job], default_paper="liaoyuan-daily", language=LanguageInputs(), run_id="run-2", pipeline_version="v")
    (o,) = out.outcomes  # only tonight's file has an outcome
    assert (o.source_file, o.status, o.issue_id, o.n_articles) == (f"{day}/02.txt", "parsed", "liaoyuan-daily-2021-09-06", 8)
    t = receive_tables(out)
    arts = t["articles"].to_pylist()
    by_page = {a["article_id"]: (a["run_id"], a["source_sha256"]) for a in arts}
    sha1, sha2 = (hashlib.sha256(x.encode()).hexdigest() for x in (one, two))
    assert by_page["liaoyuan-daily-2021-09-06-p01-a002"] == ("run-1", sha1)  # the stitched story: its first part's
    assert by_page["liaoyuan-daily-2021-09-06-p02-a002"] == ("run-2", sha2)
    toks = t["tokens"].to_pylist()
    assert {(x["run_id"], x["source_sha256"]) for x in toks if x["article_id"].endswith("p01-a001")} == {("run-1", sha1)}
    deliveries = t["deliveries"].to_pylist()
    assert [(d["source_file"], d["page"], d["run_id"], d["content"]) for d in deliveries] == [
        (f"{day}/01.txt", "01", "run-1", one.encode()), (f"{day}/02.txt", "02", "run-2", two.encode())
    ]
    (issue,) = t["issues"].to_pylist()
    assert issue["pages"] == ["01", "02"] and issue["n_files"] == 2 and issue["run_id"] == "run-2"
    assert issue["source_sha256"] not in (sha1, sha2) and issue["pages_missing"] == ["03", "04"]


def test_a_page_loaded_before_that_no_longer_parses_fails_the_new_files_of_its_issue():
    from flows.work import JobIn, PartIn, process_jobs

    job = JobIn("liaoyuan-daily-2021-09-06", (PartIn("old.txt", b"", "run-1"), PartIn("new.txt", "第2版\n\n正文。".encode())))
    out = process_jobs([job], default_paper="liaoyuan-daily", language=LanguageInputs(), run_id="r", pipeline_version="v")
    (o,) = out.outcomes
    assert o.source_file == "new.txt" and o.status == "failed" and "old.txt, loaded by run-1, is now rejected" in o.reason
    assert o.traceback and out.tables == {}


def test_the_batch_is_analysed_at_once_and_one_issue_failing_there_fails_alone(monkeypatch):
    """The language layer runs once on all the batch's articles; when that call fails on one
    issue's text, every issue is analysed on its own and only that issue's files fail."""
    import transforms.language as language

    real = language.analyse_columns
    calls: list[int] = []
    files = [FileIn(p.name, p.read_bytes()) for p in sorted(SAMPLES.glob("*.txt"))]
    whole = process_jobs(_alone(files), default_paper="liaoyuan-daily", language=LanguageInputs(), run_id="r",
                         pipeline_version="v")
    assert [o.status for o in whole.outcomes] == ["parsed"] * 3
    doomed = whole.outcomes[1].issue_id

    def analyse_columns(articles, tokenizer, idf):
        calls.append(len(articles))
        if any(a.article_id.startswith(doomed) for a in articles):
            raise RuntimeError("boom on one issue")
        return real(articles, tokenizer, idf)

    monkeypatch.setattr(language, "analyse_columns", analyse_columns)
    out = process_jobs(_alone(files), default_paper="liaoyuan-daily", language=LanguageInputs(), run_id="r",
                       pipeline_version="v")
    assert calls[0] == sum(o.n_articles for o in whole.outcomes)  # one call for the whole batch first
    assert len(calls) == 4  # then one per issue
    statuses = {o.source_file: o.status for o in out.outcomes}
    failed = [f for f, st in statuses.items() if st == "failed"]
    assert failed == [files[1].source_file] and list(statuses) == [f.source_file for f in files]
    (bad,) = [o for o in out.outcomes if o.status == "failed"]
    assert "boom on one issue" in bad.reason and "RuntimeError" in bad.traceback
    # the others' tables are exactly those of the batch without the failure (run_id aside: equal)
    got, ref = receive_tables(out), receive_tables(whole)
    assert set(got) == set(ref) == set(ISSUE_TABLES)
    for name in got:
        keep = [i for i, v in enumerate(ref[name].column("issue_id").to_pylist()) if v != doomed]
        assert 0 < len(keep) < ref[name].num_rows, name
        assert got[name].to_pylist() == ref[name].take(keep).to_pylist(), name
