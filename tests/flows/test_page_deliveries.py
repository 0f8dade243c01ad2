"""Issues delivered as page files, through the real flow: one issue from many pages, late and
corrected pages, continued stories stitched across pages and nights, a whole-issue file after
pages, several layouts, and a page header naming another paper in the default paper's folder."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from baozhi.commands.pipeline import execute
from bench.pagefiles import cut_issue
from tests.conftest import SAMPLES
from tests.flows.test_nightly import query, settings_for

SAMPLE = "002_8752af011981d324.txt"  # 辽源日报 2021-09-06, 今日4版, 8 stories
ISSUE = "liaoyuan-daily-2021-09-06"
DAY = "liaoyuan-daily/2021-09-06"
CUT = "本报讯(记者 王茵)9月3日上午"  # story 2 ("以群众诉求为导向…") goes on to page 2 from here
STORY = "以群众诉求为导向 以群众满意为标准 持续推进整改"


def pages(**kw) -> tuple[str, str]:
    text = (SAMPLES / SAMPLE).read_text(encoding="utf-8")
    return cut_issue(text, at=CUT, header=["辽源日报 2021年9月6日 第2版", "要闻 2"], continued=True, **kw)


def put(landing: Path, rel: str, text: str) -> Path:
    path = landing / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def articles(data: Path, issue: str = ISSUE) -> dict[str, tuple]:
    rows = query(data, "select article_id, headline, body, page, pages, source_sha256 from articles "
                       "where issue_id = ? order by seq", [issue])
    return {r[0]: r[1:] for r in rows}


def whole_issue_headlines() -> list[str]:
    """The stories of the sample loaded as one file: what the pages must add up to."""
    from transforms.parse import parse_issue

    parsed = parse_issue((SAMPLES / SAMPLE).read_bytes(), source_file=f"{DAY}.txt", default_paper="liaoyuan-daily")
    return [a.headline for a in parsed.articles]


@pytest.fixture
def landing(tmp_path) -> Path:
    path = tmp_path / "landing"
    path.mkdir()
    return path


def test_pages_over_three_nights_stay_one_issue_with_the_continued_story_stitched(prefect_api, landing, data_dir, tmp_path):
    one, two = pages()
    # night 1: page 1 alone; its story 2 goes on to a page not there yet
    put(landing, f"{DAY}/01.txt", one)
    first = execute(settings_for(landing, data_dir))
    assert first.status == "completed" and first.files_loaded == 1 and first.files_quarantined == 0, first.render()
    night1 = articles(data_dir)
    assert list(night1) == [f"{ISSUE}-p01-a001", f"{ISSUE}-p01-a002"]
    assert query(data_dir, "select continued_to from articles where article_id = ?", [f"{ISSUE}-p01-a002"]) == [("第2版",)]
    assert query(data_dir, "select pages, pages_missing, n_files from issues") == [(["01"], ["02", "03", "04"], 1)]
    shown = query(data_dir, "select incomplete_issues, missing_pages from v_issue_daily where issues > 0")
    assert shown == [(1, "02,03,04")]
    warned = query(data_dir, "select observed_value from dq_results where expectation = 'issue_pages_complete' "
                             "and not success and issue_id = ?", [ISSUE])
    assert warned and "02, 03, 04" in warned[0][0]
    from flows.status import render_status

    shown = render_status(settings_for(landing, data_dir))
    assert "incomplete issues" in shown and f"{ISSUE}: received 01 of 4; missing 02, 03, 04" in shown

    # night 2: page 2 arrives late, with the rest of story 2
    put(landing, f"{DAY}/02.txt", two)
    second = execute(settings_for(landing, data_dir))
    assert second.status == "completed" and second.files_loaded == 1, second.render()
    night2 = articles(data_dir)
    assert query(data_dir, "select count(*) from issues") == [(1,)]
    assert [h for h, *_ in night2.values()] == whole_issue_headlines()  # every story of the issue
    story = night2[f"{ISSUE}-p01-a002"]  # the continued story: one article, its first part's id
    assert story[0] == STORY and story[3] == ["01", "02"]
    assert "9月3日上午" in story[1] and "要在征拆的同时做好规划设计" in story[1]  # both parts
    assert not any(k.startswith(f"{ISSUE}-p02-a001") for k in night2)  # the lone part went into it
    assert night2[f"{ISSUE}-p01-a001"] == night1[f"{ISSUE}-p01-a001"]  # page 1's other story: untouched
    assert story[4] == sha(one)  # lineage: the file the story starts in
    assert query(data_dir, "select pages, pages_missing, n_files from issues") == [(["01", "02"], ["03", "04"], 2)]
    assert query(data_dir, "select status from ingest_log order by source_file") == [("loaded",), ("loaded",)]

    # night 3: a corrected page 2 (same path, new bytes)
    fixed = two.replace("我市召开产业工人队伍建设改革推进会", "我市召开产业工人队伍建设改革推进大会")
    put(landing, f"{DAY}/02.txt", fixed)
    third = execute(settings_for(landing, data_dir))
    assert third.status == "completed" and third.files_loaded == 1, third.render()
    night3 = articles(data_dir)
    assert night3.keys() == night2.keys()
    changed = {k for k in night3 if night3[k][:4] != night2[k][:4]}
    assert changed == {f"{ISSUE}-p02-a004"} and "推进大会" in night3[f"{ISSUE}-p02-a004"][0]
    for k in night3:  # page 1's rows keep their lineage; page 2's come from the corrected file
        assert night3[k][4] == (sha(one) if "-p01-" in k else sha(fixed)), k
    ledger = dict(query(data_dir, "select source_sha256, status || ': ' || coalesce(reason, '') from ingest_log "
                                  "where source_file = ?", [f"{DAY}/02.txt"]))
    assert ledger[sha(fixed)].startswith("loaded") and ledger[sha(two)].startswith("replaced")
    assert "a newer version of this file was delivered" in ledger[sha(two)]
    assert query(data_dir, "select status from ingest_log where source_file = ?", [f"{DAY}/01.txt"]) == [("loaded",)]
    assert query(data_dir, "select count(*) from deliveries") == [(2,)]
    # no orphans, no duplicates
    for table in ("articles", "tokens", "entities", "keywords", "deliveries"):
        assert query(data_dir, f"select count(*) from {table} where issue_id not in (select issue_id from issues)") == [(0,)]
    assert query(data_dir, "select count(*), count(distinct article_id) from articles")[0] == (8, 8)


def test_the_continuation_arriving_first_is_published_alone_then_stitched_under_its_first_parts_id(
        prefect_api, landing, data_dir):
    one, two = pages()
    # night 1: page 2 alone; its first story goes on from a page not there yet
    put(landing, f"{DAY}/02.txt", two)
    first = execute(settings_for(landing, data_dir))
    assert first.status == "completed" and first.files_loaded == 1 and first.files_quarantined == 0, first.render()
    night1 = articles(data_dir)
    lone = f"{ISSUE}-p02-a001"
    assert query(data_dir, "select continued_from, pages from articles where article_id = ?", [lone]) == [
        ("第1版", ["02"])]
    assert "要在征拆的同时做好规划设计" in night1[lone][1]

    # night 2: page 1 arrives with the story's start: one article, its first part's id
    put(landing, f"{DAY}/01.txt", one)
    second = execute(settings_for(landing, data_dir))
    assert second.status == "completed" and second.files_loaded == 1, second.render()
    night2 = articles(data_dir)
    assert lone not in night2  # the lone part went into its story
    story = night2[f"{ISSUE}-p01-a002"]
    assert story[0] == STORY and story[3] == ["01", "02"]
    assert "9月3日上午" in story[1] and "要在征拆的同时做好规划设计" in story[1]
    assert query(data_dir, "select continued_to, continued_from from articles where article_id = ?",
                 [f"{ISSUE}-p01-a002"]) == [(None, None)]
    for k in night1.keys() - {lone}:  # page 2's other stories: same ids, same rows
        assert night2[k] == night1[k], k
    assert [h for h, *_ in night2.values()] == whole_issue_headlines()
    assert query(data_dir, "select count(*), count(distinct article_id) from articles")[0] == (8, 8)


def test_a_corrected_page_under_another_name_and_two_files_of_one_page_in_a_night(prefect_api, landing, data_dir):
    one, two = pages()
    put(landing, f"{DAY}/01.txt", one)
    put(landing, f"{DAY}/02.txt", two)
    execute(settings_for(landing, data_dir))
    before = articles(data_dir)
    # a correction of page 2 under another name, and in the same night a later one by name
    put(landing, f"{DAY}/02-fix.txt", two.replace("推进会", "推进大会"))
    put(landing, f"{DAY}/02-fix2.txt", two.replace("推进会", "推进总结会"))
    summary = execute(settings_for(landing, data_dir))
    assert summary.status == "completed" and summary.files_loaded == 1 and summary.files_quarantined == 0, summary.render()
    after = articles(data_dir)
    assert after.keys() == before.keys()
    assert "推进总结会" in after[f"{ISSUE}-p02-a004"][0]
    reasons = dict(query(data_dir, "select source_file, status || ': ' || coalesce(reason, '') from ingest_log"))
    assert reasons[f"{DAY}/02-fix.txt"] == f"replaced: {DAY}/02-fix2.txt, a later file of page 02, was delivered the same night"
    assert reasons[f"{DAY}/02.txt"] == f"replaced: page 02 was delivered again by {DAY}/02-fix2.txt"
    assert reasons[f"{DAY}/01.txt"] == "loaded: " and reasons[f"{DAY}/02-fix2.txt"] == "loaded: "


def test_an_issue_the_gate_holds_back_leaves_the_pages_loaded_before_as_they_were(prefect_api, landing, data_dir):
    one, two = pages()
    put(landing, f"{DAY}/01.txt", one)
    execute(settings_for(landing, data_dir))
    before = articles(data_dir)
    # night 2: a corrected page 1 and a page 2 extracted as mojibake (most of the issue's text in
    # doubt: the gate holds the assembled issue back, both files with it)
    put(landing, f"{DAY}/01.txt", one.replace("推进整改", "推进整改工作"))
    garbage = "Ã¤Â¸Â­Ã¥Â›Â½ Ã¦Â–Â°Ã©Â—Â» " * 40
    put(landing, f"{DAY}/02.txt", "辽源日报 2021年9月6日 第2版\n\n乱码页面\n\n" + "\n\n".join(
        f"本报讯{garbage}" for _ in range(12)) + "\n")
    summary = execute(settings_for(landing, data_dir, quarantine_threshold=1.0))
    assert summary.status == "completed" and summary.files_loaded == 0 and summary.files_quarantined == 2, summary.render()
    assert articles(data_dir) == before  # page 1 as it was: same ids, same text, same lineage
    assert query(data_dir, "select pages, n_files from issues") == [(["01"], 1)]
    ledger = query(data_dir, "select source_file, source_sha256, status from ingest_log order by source_file, status")
    assert (f"{DAY}/01.txt", sha(one), "loaded") in ledger  # the first delivery still stands
    assert [s for f, _, s in ledger if f == f"{DAY}/02.txt"] == ["quarantined"]
    reason, = query(data_dir, "select reason from ingest_log where source_file = ? and status = 'quarantined'",
                    [f"{DAY}/02.txt"])[0]
    assert "doubtful_text_at_most_half" in reason


def test_a_file_passed_over_for_a_later_one_that_is_held_back_loads_the_next_night(prefect_api, landing, data_dir):
    """Two files of page 2 in one night, the later by name held back by the gate: the earlier
    is not recorded as replaced by a file that never loaded; the next run loads it."""
    one, two = pages()
    put(landing, f"{DAY}/01.txt", one)
    execute(settings_for(landing, data_dir))
    put(landing, f"{DAY}/02.txt", two)
    put(landing, f"{DAY}/02b.txt", "辽源日报 2021年9月6日 第2版\n\n乱码页面\n\n" + "\n\n".join(
        "本报讯" + "Ã¤Â¸Â­Ã¥Â›Â½ Ã¦Â–Â°Ã©Â—Â» " * 40 for _ in range(12)) + "\n")
    held = execute(settings_for(landing, data_dir, quarantine_threshold=1.0))
    assert held.files_loaded == 0 and held.files_quarantined == 1 and held.files_replaced == 0, held.render()
    assert held.skipped == [(f"{DAY}/02.txt", f"not settled: {DAY}/02b.txt, a later file of page 02, was delivered "
                                              f"the same night, but {ISSUE} was not loaded; parsed again next run")]
    assert query(data_dir, "select count(*) from ingest_log where source_file = ?", [f"{DAY}/02.txt"]) == [(0,)]
    assert query(data_dir, "select pages from issues") == [(["01"],)]
    after = execute(settings_for(landing, data_dir))
    assert after.files_loaded == 1 and after.files_quarantined == 0, after.render()
    assert query(data_dir, "select pages from issues") == [(["01", "02"],)]
    assert query(data_dir, "select status from ingest_log where source_file = ?", [f"{DAY}/02.txt"]) == [("loaded",)]
    assert query(data_dir, "select count(*) from articles") == [(8,)]


def test_a_whole_issue_file_after_pages_replaces_them_all(prefect_api, landing, data_dir):
    one, two = pages()
    put(landing, f"{DAY}/01.txt", one)
    execute(settings_for(landing, data_dir))
    shutil.copy2(SAMPLES / SAMPLE, landing / "liaoyuan-daily" / "2021-09-06.txt")
    summary = execute(settings_for(landing, data_dir))
    assert summary.files_loaded == 1, summary.render()
    ids = list(articles(data_dir))
    assert ids == [f"{ISSUE}-a{n:03d}" for n in range(1, 9)]  # the whole file's own ids
    assert query(data_dir, "select pages, pages_missing, n_files, source_file from issues") == [
        ([], None, 1, "liaoyuan-daily/2021-09-06.txt")]
    (status, reason), = query(data_dir, "select status, reason from ingest_log where source_file = ?", [f"{DAY}/01.txt"])
    assert status == "replaced" and reason == "the whole issue was delivered by liaoyuan-daily/2021-09-06.txt"
    assert query(data_dir, "select count(*) from deliveries") == [(1,)]


def test_layouts_and_a_header_naming_another_paper_in_the_default_folder(prefect_api, landing, data_dir):
    one, two = pages()
    # one issue's pages under three layouts at once: flat names with the registry's abbreviation
    put(landing, "lyrb_20210906_01.txt", one)
    put(landing, "incoming/lyrb-2021-09-06-p2.txt", two)
    # a 人民日报 page whose header names the paper, dropped into the default paper's folder
    pd = ("人民日报 2025年6月15日 星期日\n\n第5版 要闻\n\n春耕物资供应充足\n\n本报北京6月14日电（记者 王茵）"
          "今年以来，各地农资储备工作有序推进，化肥、种子供应充足，价格总体平稳。\n\n"
          "市场监管部门加强巡查，确保农资质量安全。\n")
    put(landing, "liaoyuan-daily/2025-06-15/05.txt", pd)
    # and an edition folder
    put(landing, "peoples-daily/2025-06-15/overseas/p03.txt", pd.replace("第5版", "第3版"))
    # a flat name at the top (abbreviation, date, page), and a name that says nothing in the
    # default paper's folder: paper, date and page from the page header alone
    put(landing, "pd-20250615-p06.txt", pd.replace("第5版 要闻", "评论 6"))
    put(landing, "liaoyuan-daily/scan-0001.txt", pd.replace("第5版 要闻", "第7版 国际"))
    summary = execute(settings_for(landing, data_dir))
    assert summary.status == "completed" and summary.files_quarantined == 0 and summary.files_loaded == 6, summary.render()
    issues = query(data_dir, "select issue_id, paper, pages, n_files from issues order by issue_id")
    assert issues == [
        (ISSUE, "liaoyuan-daily", ["01", "02"], 2),
        ("peoples-daily-2025-06-15", "peoples-daily", ["05", "06", "07"], 3),
        ("peoples-daily-2025-06-15-overseas", "peoples-daily", ["03"], 1),
    ]
    assert query(data_dir, "select article_id from articles where paper = 'peoples-daily' order by 1") == [
        ("peoples-daily-2025-06-15-overseas-p03-a001",), ("peoples-daily-2025-06-15-p05-a001",),
        ("peoples-daily-2025-06-15-p06-a001",), ("peoples-daily-2025-06-15-p07-a001",)]
    # the story continued from the flat-named page 1 onto page 2, in one night: one article
    assert query(data_dir, "select article_id, pages from articles where headline = ?", [STORY]) == [
        (f"{ISSUE}-p01-a002", ["01", "02"])]
    assert query(data_dir, "select count(*) from articles where paper = 'liaoyuan-daily'") == [(8,)]


def test_the_paper_registry_is_extended_through_settings(prefect_api, landing, data_dir, tmp_path):
    registry = tmp_path / "ours.tsv"
    registry.write_text("songyuan-daily\t松原日报\tSONG YUAN RI BAO\tsyrb\n", encoding="utf-8")
    put(landing, "syrb-20230412-p01.txt", "春耕物资供应充足\n\n本报讯（记者 韩冬）截至4月10日，全市已储备化肥42万吨、种子1.8万吨，能够满足春耕生产需要。\n")
    summary = execute(settings_for(landing, data_dir, papers=(registry,)))
    assert summary.files_loaded == 1, summary.render()
    assert query(data_dir, "select issue_id from issues") == [("songyuan-daily-2023-04-12",)]


CORPUS = Path("/work/shared/corpora/peoples-daily-dev")


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the 人民日报 development corpus is not at {CORPUS} (not committed)")
def test_peoples_daily_page_files_of_several_days_in_one_night(prefect_api, landing, data_dir):
    """13 page files like pd-20250615-p05.txt, several pages a day, laid out from the corpus (read
    from its path, never committed): none quarantined, all under peoples-daily, one issue a day."""
    import json

    from bench.pagefiles import peoples_daily_pages

    files: dict[str, str] = {}
    for day in ("20250502", "20250508"):  # 5 pages, then 12: the first 13 files
        files.update(peoples_daily_pages(json.loads((CORPUS / f"articles_{day}.json").read_text(encoding="utf-8"))))
    chosen = dict(sorted(files.items())[:13])
    assert len({name[3:11] for name in chosen}) == 2
    for k, (name, text) in enumerate(chosen.items()):
        # every other one in the default paper's folder, as a user might drop them
        put(landing, name if k % 2 else f"liaoyuan-daily/{name}", text)
    summary = execute(settings_for(landing, data_dir))
    assert summary.status == "completed", summary.render()
    assert (summary.files_loaded, summary.files_quarantined, summary.files_failed) == (13, 0, 0), summary.render()
    issues = query(data_dir, "select issue_id, paper, len(pages), n_files from issues order by issue_id")
    assert [(i, p) for i, p, _, _ in issues] == [("peoples-daily-2025-05-02", "peoples-daily"),
                                                 ("peoples-daily-2025-05-08", "peoples-daily")]
    assert sum(n for *_, n in issues) == 13
    assert query(data_dir, "select count(*) from articles where paper <> 'peoples-daily'") == [(0,)]
