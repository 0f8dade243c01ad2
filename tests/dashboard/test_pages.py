"""Every page of the real app, rendered by Streamlit's test harness (AppTest) on fixture warehouses."""

from __future__ import annotations

import datetime as dt

from tests.dashboard.conftest import PAGES, chart_spec, charts, later_issue, metric, texts
from tests.warehouse import fixtures
from tests.warehouse.conftest import publish
from warehouse.store import Warehouse


def test_last_night(fixture_data, dashboard):
    (fixture_data / "reports" / "run-1").mkdir(parents=True)
    (fixture_data / "reports" / "run-1" / "index.html").write_text("<html></html>")
    at = dashboard(fixture_data).page("last_night.py")
    assert metric(at, "files seen") == "3" and metric(at, "loaded") == "3"
    assert metric(at, "quarantined") == "—"  # the fixture's run row does not say: shown as unknown, not 0
    assert metric(at, "issues loaded") == "3"
    shown = texts(at)
    assert "run-1" in shown and "Quality checks" in shown
    files = at.dataframe[-2].value if len(at.dataframe) > 1 else None
    assert files is not None and sorted(files["source_file"]) == sorted(f"{f().__getitem__(0).issue_id}.txt" for f in fixtures.ALL)
    assert len(charts(at)) == 1  # files per run
    assert "[Quality report of this run](/reports/run-1/index.html)" in texts(at)  # served by the dashboard


def test_last_night_shows_held_back_files_with_their_reason(tmp_path, dashboard):
    wh = Warehouse(tmp_path / "data")
    wh.recover()
    txn = wh.begin("run-q", "test-1")
    txn.log_files([
        {"source_file": "broken.txt", "source_sha256": "ab" * 32, "bytes": 9, "status": "quarantined",
         "reason": "undecodable: not UTF-8, UTF-16 or GB18030", "issue_id": None},
        {"source_file": "bug.txt", "source_sha256": "cd" * 32, "bytes": 9, "status": "failed",
         "reason": "internal error: ValueError: boom\nTraceback (most recent call last):\n  File \"segment.py\"\nValueError: boom",
         "issue_id": None},
    ])
    txn.commit({"status": "completed", "files_seen": 2, "files_quarantined": 1, "files_failed": 1})
    at = dashboard(wh.data_dir).page("last_night.py")
    assert metric(at, "quarantined") == "1" and metric(at, "failed") == "1"
    assert "1 file held back and 1 file failed" in texts(at)
    files = next(d.value for d in at.dataframe if "reason" in d.value.columns)
    assert list(files["status"]) == ["failed", "quarantined"]  # what needs attention first
    assert files["reason"].tolist() == ["internal error: ValueError: boom", "undecodable: not UTF-8, UTF-16 or GB18030"]
    assert "traceback" not in files.columns  # the traceback is shown apart, whole
    assert at.expander[-1].label.startswith("Traceback of bug.txt")
    assert at.code[0].value.endswith('File "segment.py"\nValueError: boom')


def test_coverage(fixture_data, dashboard):
    at = dashboard(fixture_data).page("coverage.py")
    assert metric(at, "issues") == "3" and metric(at, "papers") == "1"
    assert metric(at, "first issue") == "2021-06-01" and metric(at, "last issue") == "2021-07-05"
    assert len(charts(at)) == 1  # the calendar of liaoyuan-daily
    shown = texts(at)
    # 35 days from 06-01 to 07-05, 3 with an issue; the gap 06-03 .. 07-04 is 32 days
    assert "3 days with an issue, 32 days without one" in shown
    gaps = next(d.value for d in at.dataframe if "gap_days" in d.value.columns)
    assert gaps.iloc[0].tolist() == ["2021-06-03", "2021-07-04", 32]
    skips = next(d.value for d in at.dataframe if "issues_missing" in d.value.columns)
    assert skips["issues_missing"].tolist() == [25]  # 8354 -> 8380


def test_people(fixture_data, dashboard):
    at = dashboard(fixture_data).page("people.py")
    top = at.dataframe[0].value
    first = top.iloc[0]
    assert (first["person"], first["posts"], first["articles"], first["mentions"]) == ("柴伟", "市委书记", 2, 4)
    assert at.selectbox(key="person").value == "柴伟"
    assert len(charts(at)) == 3  # top people, 柴伟 per month, named together
    articles = at.dataframe[-1].value
    assert sorted(articles["article_id"]) == ["liaoyuan-daily-2021-06-01-a001", "liaoyuan-daily-2021-07-05-a001"]
    at.selectbox(key="person").select("杨光").run()
    assert chart_spec(charts(at)[1])["title"] == "杨光: articles per month, by post"
    assert at.dataframe[-1].value["headline"].tolist() == ["市长杨光调研企业"]


def test_places_and_organisations(fixture_data, dashboard):
    at = dashboard(fixture_data).page("places.py")
    places, orgs = at.dataframe[0].value, at.dataframe[1].value
    assert places.iloc[0][["name", "articles"]].tolist() == ["辽源", 4]
    assert set(orgs["name"]) == {"国务院", "市政府"}
    # per tab: top list, monthly, named together; 国务院 (the top org) is named with nothing else
    assert len(charts(at)) == 5
    assert "Nothing else is named in the articles naming 国务院" in texts(at)


def test_keywords(fixture_data, dashboard):
    at = dashboard(fixture_data).page("keywords.py")
    assert "Rising in 2021-07" in texts(at)
    rising = at.dataframe[0].value
    assert set(rising["keyword"]) == {"合作", "项目", "停水"}  # July's keywords, none of them in June
    assert at.multiselect(key="keywords").value == rising["keyword"].head(5).tolist()
    assert len(charts(at)) == 2


def test_reporters_and_genres(fixture_data, dashboard):
    at = dashboard(fixture_data).page("reporters.py")
    reporters = at.dataframe[0].value
    assert reporters.iloc[0][["reporter", "articles"]].tolist() == ["王茜", 3]
    assert reporters.set_index("reporter").loc["汪琳", "articles"] == 2
    genres = at.dataframe[1].value
    assert genres.set_index("genre").loc["news", "articles"] == 3
    assert len(charts(at)) == 2  # reporters, genre mix


def test_reprints(fixture_data, dashboard):
    at = dashboard(fixture_data).page("reprints.py")
    assert metric(at, "reprinted articles") == "1"
    assert at.dataframe[0].value["outlet"].tolist() == ["人民日报"]
    assert at.dataframe[1].value["headline"].tolist() == ["国务院部署乡村振兴工作"]
    assert len(charts(at)) == 2


def test_search_and_the_article_reader(fixture_data, dashboard):
    at = dashboard(fixture_data).page("search.py")
    at.text_input(key="query").input("柴伟绍兴").run()  # unsegmented, as people type it
    assert not at.exception
    assert "best first (BM25 over 柴伟 · 绍兴)" in texts(at)
    assert at.markdown[0].value == "**市委书记柴伟率队赴绍兴学习考察**"  # the best match first
    at.button(key="read-liaoyuan-daily-2021-06-01-a001").click().run()
    assert not at.exception
    reader = "\n".join(str(e.proto.body) for e in at.get("html"))
    assert '<h2 class="bz-headline"' in reader and "辽源日报 · 2021-06-01 周二 · 总第8353期" in reader
    assert 'class="bz-byline"' in reader and 'class="bz-reporter"' in reader and ">王茜</mark>" in reader
    assert 'class="bz-person"' in reader and ">柴伟</mark>" in reader  # entities marked
    assert 'class="bz-place"' in reader and ">绍兴</mark>" in reader
    assert "要求把<mark class=\"bz-place\"" in reader  # the body, paragraph by paragraph, marked
    entities = at.dataframe[0].value
    assert {"柴伟", "绍兴", "王茜"} <= set(entities["entity"])


def test_a_new_night_shows_on_reload(fixture_data, dashboard):
    """Figures are cached per catalog generation: a reload after a commit shows the new night."""
    app = dashboard(fixture_data)
    at = app.page("people.py")
    assert at.dataframe[0].value.iloc[0]["articles"] == 2
    publish(Warehouse(fixture_data), [fixtures.delivery(later_issue)], "run-2")
    at.run()  # a reload
    assert at.dataframe[0].value.iloc[0][["person", "articles"]].tolist() == ["柴伟", 3]
    at = app.page("last_night.py")
    assert "run-2" in texts(at) and metric(at, "issues loaded") == "1"


def test_every_page_explains_a_data_dir_without_warehouse(tmp_path, dashboard):
    app = dashboard(tmp_path / "nothing-here")
    for page in PAGES:
        at = app.page(page)
        assert at.title[0].value
        assert "No warehouse yet" in texts(at), page
        assert not charts(at)


def test_every_page_explains_a_warehouse_without_runs(empty_catalog_data, dashboard):
    app = dashboard(empty_catalog_data)
    for page in PAGES:
        at = app.page(page)
        shown = texts(at)
        expected = "No run has committed anything yet" if page == "last_night.py" else "No issues loaded yet"
        assert expected in shown, (page, shown)
        assert not charts(at)


def test_pages_render_while_a_run_holds_the_lock_and_stages(fixture_data, dashboard):
    """A nightly run in progress (a real second process holding the data dir's run lock and
    staging a night) neither blocks the dashboard nor shows through before its commit."""
    import signal
    import subprocess
    import sys

    code = ("import sys, time; from pathlib import Path; from flows.lock import run_lock; "
            "from tests.warehouse.child import tables; from warehouse.store import Warehouse\n"
            "with run_lock(Path(sys.argv[1])):\n"
            "    txn = Warehouse(Path(sys.argv[1])).begin('run-in-progress', 'test-1')\n"
            "    while True:\n"
            "        txn.write(tables(txn.run_id)); print('staged', flush=True); time.sleep(0.05)\n")
    writer = subprocess.Popen([sys.executable, "-c", code, str(fixture_data)], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "staged"
        app = dashboard(fixture_data)
        for page in PAGES:
            app.at.switch_page(page).run(timeout=30)  # raises if a page waits on the run
            assert not app.at.exception, page
        assert "run-in-progress" not in texts(app.page("last_night.py"))
        assert metric(app.page("coverage.py"), "issues") == "3"  # the committed night's issues
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=10)


def test_flagged_articles_are_listed_readable_and_left_out_of_the_figures(tmp_path, dashboard):
    import datetime as dt

    from warehouse.rows import concat, dq_table, issue_tables, with_quality_flags

    flagged = "liaoyuan-daily-2021-06-01-a001"  # the June article about 柴伟
    wh = Warehouse(tmp_path / "data")
    wh.recover()
    txn = wh.begin("run-f", "test-1")
    tables = concat([issue_tables(p, lang, source_file=f, source_sha256=s, run_id="run-f", pipeline_version="test-1")
                     for p, lang, f, s in (fixtures.delivery(x) for x in fixtures.ALL)])
    tables["articles"] = with_quality_flags(tables["articles"], {flagged: ["headline_at_most_60_chars"]})
    txn.write(tables)
    txn.record_dq(dq_table([
        {"run_id": "run-f", "table_name": "articles", "expectation": "headline_at_most_60_chars", "level": "flag",
         "critical": False, "success": False, "observed_value": "61 characters", "issue_id": "liaoyuan-daily-2021-06-01",
         "article_id": flagged, "checked_at": dt.datetime(2024, 1, 1)},
        {"run_id": "run-f", "table_name": "articles", "expectation": "body_at_least_10_chars", "level": "flag",
         "critical": False, "success": True, "observed_value": None, "issue_id": None, "article_id": None,
         "checked_at": dt.datetime(2024, 1, 1)},
    ]))
    txn.commit({"status": "completed", "files_seen": 3, "articles_loaded": 7, "articles_flagged": 1})
    app = dashboard(wh.data_dir)

    at = app.page("last_night.py")
    assert metric(at, "articles flagged") == "1" and metric(at, "flag") == "1" and metric(at, "pass") == "1"
    listed = next(d.value for d in at.dataframe if "quality_flags" in d.value.columns)
    assert listed["article_id"].tolist() == [flagged]
    assert list(listed["quality_flags"].iloc[0]) == ["headline_at_most_60_chars"]

    at = app.page("people.py")  # the views leave it out: 柴伟 keeps his July article only
    top = at.dataframe[0].value.set_index("person")
    assert top.loc["柴伟", "articles"] == 1
    at.selectbox(key="person").select("柴伟").run()
    together = chart_spec(charts(at)[2])["title"]
    assert together == "Named together with 柴伟"
    articles = at.dataframe[-1].value  # the list of his articles still shows both, the flag said
    assert articles["article_id"].tolist() == ["liaoyuan-daily-2021-07-05-a001", flagged]
    assert [list(f) for f in articles["quality_flags"]] == [[], ["headline_at_most_60_chars"]]

    at = app.page("search.py")
    at.query_params["article"] = flagged
    at.run()
    assert "Flagged by the quality checks: headline_at_most_60_chars" in texts(at)


def test_incomplete_issues_and_page_labels(tmp_path, dashboard):
    """An issue delivered as pages 01 and 02 of 今日4版: Coverage lists it as missing 03, 04; the
    reader says on which pages an article (a story continued from 01 to 02) is printed."""
    import dataclasses

    def paged():
        parsed, language = fixtures.issue_one()
        first = dataclasses.replace(parsed.articles[0], page="01", pages=("01", "02"))
        parsed = dataclasses.replace(parsed, articles=(first, *parsed.articles[1:]), pages=("01", "02"),
                                     pages_missing=("03", "04"))
        return parsed, language

    wh = Warehouse(tmp_path / "data")
    publish(wh, [fixtures.delivery(paged), fixtures.delivery(fixtures.issue_two)], "run-p")
    app = dashboard(wh.data_dir)
    at = app.page("coverage.py")
    incomplete = next(d.value for d in at.dataframe if "pages_missing" in d.value.columns)
    assert incomplete[["issue_date", "page_count", "pages_received", "pages_missing"]].values.tolist() == [
        ["2021-06-01", 4, "01, 02", "03, 04"]]
    at = app.page("search.py")
    at.query_params["article"] = "liaoyuan-daily-2021-06-01-a001"
    at.run()
    assert "总第8353期 · 版 01、02 · news" in "\n".join(str(e.proto.body) for e in at.get("html"))


def test_places_are_counted_by_canonical_name_with_their_parent(tmp_path, dashboard):
    """辽源 and 辽源市 are one place (entities.canonical, issue 14): one row, its parent, and the
    articles naming either, with the name as written in each."""
    iid = "liaoyuan-daily-2021-08-02"
    city = ("辽源市", "吉林省", "220400")
    later = lambda: fixtures.issue(dt.date(2021, 8, 2), 8400, [  # noqa: E731
        fixtures.article(iid, 1, "辽源市召开会议", ["辽源市召开会议,辽源各界参加。"], entities=[
            ("辽源市", "place", None, 1, *city), ("辽源", "place", None, 1, *city),
            ("东辽县", "place", None, 1, "东辽县", "辽源市", "220422")]),
        fixtures.article(iid, 2, "辽源新貌", ["辽源新貌展现。"], entities=[("辽源", "place", None, 1, *city)]),
    ])
    wh = Warehouse(tmp_path / "data")
    publish(wh, [fixtures.delivery(later)], "run-c")
    at = dashboard(wh.data_dir).page("places.py")
    places = at.dataframe[0].value.set_index("name")
    assert places.loc["辽源市", ["parent", "articles", "mentions"]].tolist() == ["吉林省", 2, 3]
    assert places.loc["东辽县", "parent"] == "辽源市" and "辽源" not in places.index
    assert at.selectbox(key="place_name").value == "辽源市"
    together = chart_spec(charts(at)[2])["title"]
    assert together == "Named together with 辽源市"
