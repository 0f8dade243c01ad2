"""flows.work: one batch parsed, packed, and handed back inline or through the spool."""

from __future__ import annotations

from pathlib import Path

import pytest

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


# -- a batch's issues analysed in one call give the tables each issue gives alone --------------

# Made-up news (names, places, bodies, posts, credits, numbers), laid out as issue files the way
# the real-text benchmark lays out real news.
MADE_UP = """\
市委书记柴伟到东辽县调研
本报讯（记者 王茜）5月7日，市委书记柴伟率队到东辽县安石镇调研乡村振兴工作，市委副书记、市长程宇参加。
柴伟强调，要把美丽乡村建设作为重点，辽源市农业农村局和东辽县人民政府要形成合力。
新华社北京6月9日电 国务院总理在人民大会堂会见了来访的法国总统马克龙。
龙山区召开安全生产会议
龙山区区长张三、副区长李四、王五出席会议。通讯员 赵六 摄
今年上半年，全区完成固定资产投资12.5亿元，同比增长8.3%，第三批项目开工。
吉林省辽源市西安区灯塔镇的农民合作社与北京大学的专家签订了协议。
顾客明白阳光青春美丽，天气小雨转多云。
"""


def _layout(lines: list[str], issue_chars: int) -> list[FileIn]:
    from bench.textlayout import layout, split_articles

    files = layout(list(split_articles(lines)), issue_chars=issue_chars)
    return [FileIn(f.name, f.text.encode("utf-8")) for f in files]


def _tables_batched_and_alone(files: list[FileIn]) -> tuple[dict, dict]:
    kw = dict(default_paper="liaoyuan-daily", language=LanguageInputs(), run_id="r", pipeline_version="v")
    together = receive_tables(process_jobs(_alone(files), **kw))
    alone: dict[str, list] = {}
    for f in files:
        for name, table in receive_tables(process_jobs(_alone([f]), **kw)).items():
            alone.setdefault(name, []).extend(table.to_pylist())
    return {name: t.to_pylist() for name, t in together.items()}, alone


def test_a_batch_analysed_in_one_call_gives_the_tables_of_its_issues_alone():
    lines = MADE_UP.splitlines() * 3  # several issues of it, under different dates
    files = _layout(lines, issue_chars=300) + [FileIn(p.name, p.read_bytes()) for p in sorted(SAMPLES.glob("*.txt"))]
    together, alone = _tables_batched_and_alone(files)
    assert len(files) >= 5
    assert len(together["entities"]) > 20 and len(together["keywords"]) > 20
    assert together == alone


SIGHAN = next((p / "shared" / "corpora" / "sighan2005-news" for p in Path(__file__).resolve().parents
               if (p / "shared" / "corpora" / "sighan2005-news").is_dir()), Path("../shared/corpora/sighan2005-news"))


@pytest.mark.skipif(not SIGHAN.is_dir(), reason="real news text (../shared/corpora/sighan2005-news) not present")
def test_a_batch_of_real_news_gives_the_tables_of_its_issues_alone():
    from bench.textlayout import read_sources

    lines = list(read_sources(SIGHAN))[::7]  # a sample across both texts, ~150 kB
    files = _layout(lines, issue_chars=1800)
    together, alone = _tables_batched_and_alone(files)
    assert len(files) >= 20 and len(together["entities"]) > 500
    assert together == alone


def test_an_issue_whose_rows_fail_to_convert_fails_alone_and_the_rest_of_the_batch_publishes(monkeypatch):
    from warehouse.rows import IssueRows

    real = IssueRows.tables
    files = _layout(MADE_UP.splitlines() * 3, issue_chars=200)

    def tables(self):  # a bug of ours in converting one issue's values
        if any("-1998-01-02" in i["issue_id"] for i in self.issues):
            raise TypeError("this issue's rows do not convert")
        return real(self)

    monkeypatch.setattr(IssueRows, "tables", tables)
    out = process_jobs(_alone(files), default_paper="liaoyuan-daily", language=LanguageInputs(), run_id="r",
                       pipeline_version="v")
    assert [o.source_file for o in out.outcomes] == [f.source_file for f in files]  # the batch's order
    status = {o.source_file: o for o in out.outcomes}
    assert status["1998-01-02.txt"].status == "failed" and "do not convert" in status["1998-01-02.txt"].traceback
    assert len(files) >= 3 and all(o.status == "parsed" for n, o in status.items() if n != "1998-01-02.txt")
    issues = receive_tables(out)["issues"].column("issue_id").to_pylist()
    assert len(issues) == len(files) - 1 and not any("1998-01-02" in i for i in issues)
