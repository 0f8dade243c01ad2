"""Publishing: idempotent reruns, corrected re-deliveries, compaction, rebuild, term statistics."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter

import pyarrow as pa
import pytest

from tests.warehouse import fixtures
from tests.warehouse.conftest import publish
from tests.warehouse.helpers import DATA_TABLES, VIEWS, query, snapshot
from warehouse.rows import concat, issue_tables
from warehouse.store import Warehouse

ALL_TABLES = DATA_TABLES + ("ingest_log", "runs")


def test_every_table_and_view_has_rows(loaded_warehouse):
    for name in ALL_TABLES + VIEWS:
        (n,) = query(loaded_warehouse.catalog_path, f"select count(*) from {name}")[0]
        assert n > 0, name
    assert query(loaded_warehouse.catalog_path, "select count(*) from articles")[0][0] == 7


def test_views_answer_the_fixture_facts(loaded_warehouse):
    cat = loaded_warehouse.catalog_path
    chai = query(cat, "select month, role, articles, mentions from v_person_mentions_monthly "
                      "where person = '柴伟' order by month")
    assert chai == [(dt.date(2021, 6, 1), "市委书记", 1, 3), (dt.date(2021, 7, 1), "市委书记", 1, 1)]
    assert query(cat, "select outlet, articles from v_reprints") == [("人民日报", 1)]
    assert query(cat, "select articles from v_reporter_output_monthly where reporter = '王茜' "
                      "and month = '2021-06-01'") == [(2,)]
    assert query(cat, "select min(date), max(date), count(*) filter (where has_issue) from v_calendar") == [
        (dt.date(2021, 6, 1), dt.date(2021, 7, 5), 3)]
    assert query(cat, "select issues, articles from v_issue_daily where issue_date = '2021-06-01'") == [(1, 3)]


def test_search_ranks_the_article_about_the_person_first(loaded_warehouse):
    cat = loaded_warehouse.catalog_path
    for q in ("柴伟", "柴伟绍兴", "柴伟 绍兴"):
        rows = query(cat, "select article_id, score from search_articles($q)", {"q": q})
        assert rows[0][0] == "liaoyuan-daily-2021-06-01-a001", q
        assert rows[0][1] > rows[-1][1] or len(rows) == 1
    assert query(cat, "select count(*) from search_articles('找不到的词')") == [(0,)]


def test_rerun_of_the_same_files_changes_nothing(loaded_warehouse):
    before = snapshot(loaded_warehouse.catalog_path, ALL_TABLES[:-1] + VIEWS[:-1])
    files_before = {e["path"] for t in fixtures_tables(loaded_warehouse) for e in t}
    publish(loaded_warehouse, [fixtures.delivery(f) for f in fixtures.ALL], "run-2")
    after = snapshot(loaded_warehouse.catalog_path, ALL_TABLES[:-1] + VIEWS[:-1])
    assert {k: v for k, v in after.items() if k != "ingest_log"} == {
        k: v for k, v in before.items() if k != "ingest_log"}
    assert after["ingest_log"][0] == before["ingest_log"][0]
    assert {e["path"] for t in fixtures_tables(loaded_warehouse) for e in t} == files_before
    assert query(loaded_warehouse.catalog_path, "select count(*) from runs") == [(2,)]


def fixtures_tables(wh: Warehouse):
    m = wh.manifest()
    return [m["tables"][t] for t in ("issues", "articles", "tokens", "entities", "keywords")]


def assert_consistent(wh: Warehouse) -> None:
    """No duplicates, no orphans, and term statistics equal to a full recount."""
    cat = wh.catalog_path
    assert query(cat, "select count(*) - count(distinct issue_id) from issues") == [(0,)]
    assert query(cat, "select count(*) - count(distinct article_id) from articles") == [(0,)]
    assert query(cat, "select count(*) - count(distinct (article_id, position)) from tokens") == [(0,)]
    for child in ("tokens", "entities", "keywords"):
        assert query(cat, f"select count(*) from {child} where article_id not in (select article_id from articles)"
                     ) == [(0,)], child
    assert query(cat, "select count(*) from articles where issue_id not in (select issue_id from issues)") == [(0,)]
    assert query(cat, "select count(*) from issues i where n_articles <> "
                      "(select count(*) from articles a where a.issue_id = i.issue_id)") == [(0,)]
    recount = dict(query(cat, "select token, count(distinct article_id) from tokens group by token"))
    n_docs, df = wh.doc_freq()
    assert dict(zip(df["token"].to_pylist(), df["df"].to_pylist())) == recount
    assert n_docs == query(cat, "select count(*) from articles")[0][0]


def test_corrected_redelivery_replaces_the_issue_everywhere(loaded_warehouse):
    wh = loaded_warehouse
    parsed, lang = fixtures.corrected_issue_two()
    publish(wh, [(parsed, lang, "liaoyuan-daily-2021-06-02.txt", fixtures.sha("corrected"))], "run-2")
    cat = wh.catalog_path
    assert query(cat, "select headline, run_id from articles where issue_id = 'liaoyuan-daily-2021-06-02'") == [
        ("市长杨光调研重点企业", "run-2")]
    assert query(cat, "select count(*) from entities where entity = '东辽河'") == [(0,)]
    assert query(cat, "select source_sha256 from issues where issue_id = 'liaoyuan-daily-2021-06-02'") == [
        (fixtures.sha("corrected"),)]
    assert query(cat, "select count(*) from ingest_log") == [(4,)]  # two versions of the same file
    assert query(cat, "select count(*) from articles") == [(6,)]
    assert_consistent(wh)
    assert wh.manifest()["retired"], "replaced files are retired, not deleted at once"


def test_explicit_replace_removes_an_issue(loaded_warehouse):
    publish(loaded_warehouse, [], "run-2", replace=["liaoyuan-daily-2021-07-05"])
    cat = loaded_warehouse.catalog_path
    for table in ("issues", "articles", "tokens", "entities", "keywords"):
        assert query(cat, f"select count(*) from {table} where issue_id = 'liaoyuan-daily-2021-07-05'") == [(0,)]
    assert_consistent(loaded_warehouse)


def test_one_run_per_issue_compacts_and_matches_one_big_run(tmp_path):
    one = Warehouse(tmp_path / "one")
    publish(one, [fixtures.delivery(f) for f in fixtures.ALL], "all")
    many = Warehouse(tmp_path / "many", compact_files=1)
    for i, f in enumerate(fixtures.ALL):
        publish(many, [fixtures.delivery(f)], f"night-{i}")
    publish(many, [(*fixtures.corrected_issue_two(), "liaoyuan-daily-2021-06-02.txt", fixtures.sha("c"))], "fix")
    publish(one, [(*fixtures.corrected_issue_two(), "liaoyuan-daily-2021-06-02.txt", fixtures.sha("c"))], "fix")
    assert snapshot(one.catalog_path, DATA_TABLES + VIEWS, lineage=False) == snapshot(
        many.catalog_path, DATA_TABLES + VIEWS, lineage=False)
    for entries in many.manifest()["tables"].values():
        assert Counter(e["year"] for e in entries).most_common(1)[0][1] <= 2 if entries else True
    assert_consistent(many)


def test_rebuild_gives_the_same_results(loaded_warehouse):
    wh = loaded_warehouse
    before = snapshot(wh.catalog_path, ALL_TABLES + VIEWS)
    wh.catalog_path.unlink()
    wh.rebuild()
    assert snapshot(wh.catalog_path, ALL_TABLES + VIEWS) == before


def test_last_batch_wins_within_a_run(fresh_warehouse):
    wh = fresh_warehouse
    first, lang = fixtures.issue_two()
    txn = wh.begin("run-1", "v")
    txn.write(issue_tables(first, lang, source_file="a.txt", source_sha256="1" * 64, run_id="run-1",
                           pipeline_version="v"))
    fixed, fixed_lang = fixtures.corrected_issue_two()
    txn.write(issue_tables(fixed, fixed_lang, source_file="a.txt", source_sha256="2" * 64, run_id="run-1",
                           pipeline_version="v"))
    txn.commit({"status": "ok"})
    assert query(wh.catalog_path, "select count(*), min(source_sha256) from articles") == [(1, "2" * 64)]
    assert_consistent(wh)


def test_a_later_batch_replaces_one_issue_of_an_earlier_batch(fresh_warehouse):
    """Batch 1 stages issues two and three, batch 2 a corrected issue two: the commit keeps
    issue three from batch 1's files and issue two only from batch 2's."""
    wh = fresh_warehouse
    txn = wh.begin("run-1", "v")
    (two, two_lang), (three, three_lang) = fixtures.issue_two(), fixtures.issue_three()
    txn.write(concat([
        issue_tables(two, two_lang, source_file="2.txt", source_sha256="1" * 64, run_id="run-1", pipeline_version="v"),
        issue_tables(three, three_lang, source_file="3.txt", source_sha256="3" * 64, run_id="run-1",
                     pipeline_version="v"),
    ]))
    fixed, fixed_lang = fixtures.corrected_issue_two()
    txn.write(issue_tables(fixed, fixed_lang, source_file="2.txt", source_sha256="2" * 64, run_id="run-1",
                           pipeline_version="v"))
    txn.commit({"status": "ok"})
    assert query(wh.catalog_path, "select issue_id, source_sha256 from issues order by 1") == [
        (two.issue_id, "2" * 64), (three.issue_id, "3" * 64)]
    assert query(wh.catalog_path, "select distinct source_sha256 from tokens order by 1") == [("2" * 64,), ("3" * 64,)]
    assert_consistent(wh)


def test_staged_files_move_into_the_lake_without_a_copy(fresh_warehouse, monkeypatch):
    """Batches of one run append to one staging file per (table, year); at commit, files whose
    rows are all wanted are renamed into the lake: no issue table is written twice."""
    from warehouse import lake

    wh = fresh_warehouse
    txn = wh.begin("run-1", "v")
    for which in fixtures.ALL:
        parsed, lang, source_file, sha = fixtures.delivery(which)
        txn.write(issue_tables(parsed, lang, source_file=source_file, source_sha256=sha, run_id="run-1",
                               pipeline_version="v"))
    written = []
    real_write = lake.write_parquet
    monkeypatch.setattr(lake, "write_parquet", lambda path, name, batches: written.append(name) or real_write(path, name, batches))
    txn.commit({"status": "ok"})
    assert not set(written) & {"issues", "articles", "tokens", "entities", "keywords"}, written
    manifest = wh.manifest()
    for table in ("issues", "articles", "tokens"):
        years = [e["year"] for e in manifest["tables"][table]]
        assert sorted(years) == sorted(set(years)), (table, years)  # one file per year, three batches in it
        assert sum(e["rows"] for e in manifest["tables"][table]) == query(wh.catalog_path, f"select count(*) from {table}")[0][0]
    assert not (wh.lake / "_staging").exists() or not any((wh.lake / "_staging").rglob("*.parquet"))
    assert_consistent(wh)


def test_undated_issue_goes_to_the_null_partition(fresh_warehouse):
    parsed, lang = fixtures.issue_three()
    parsed = dataclasses.replace(parsed, issue_date=None, date_source="unknown")
    publish(fresh_warehouse, [(parsed, lang, "x.txt", "3" * 64)], "run-1")
    paths = [e["path"] for e in fresh_warehouse.manifest()["tables"]["articles"]]
    assert paths and all("year=__HIVE_DEFAULT_PARTITION__/" in p for p in paths)
    assert query(fresh_warehouse.catalog_path, "select count(*), count(year) from articles") == [(2, 0)]


def test_dq_results_and_run_details_are_kept(fresh_warehouse):
    wh = fresh_warehouse
    txn = wh.begin("run-1", "v")
    txn.record_dq(pa.Table.from_pylist([{"run_id": "run-1", "table_name": "articles", "expectation": "not_null(x)",
                                         "critical": True, "success": False, "observed_value": "3",
                                         "issue_id": None, "checked_at": dt.datetime(2024, 1, 1)}]))
    txn.commit({"status": "failed", "note": "too many quarantined"})
    assert query(wh.catalog_path, "select expectation, success from dq_results") == [("not_null(x)", False)]
    assert query(wh.catalog_path, "select status, details from runs") == [
        ("failed", '{"note": "too many quarantined"}')]


def test_retired_files_are_deleted_after_the_grace_period(tmp_path):
    wh = Warehouse(tmp_path / "d", grace=dt.timedelta(0))
    publish(wh, [fixtures.delivery(f) for f in fixtures.ALL], "run-1")
    publish(wh, [(*fixtures.corrected_issue_two(), "f.txt", fixtures.sha("c"))], "run-2")
    retired = [r["path"] for r in wh.manifest()["retired"]]
    assert retired and all((wh.lake / p).exists() for p in retired)
    publish(wh, [], "run-3")
    assert not any((wh.lake / p).exists() for p in retired)
    live = {e["path"] for entries in wh.manifest()["tables"].values() for e in entries}
    on_disk = {p.relative_to(wh.lake).as_posix() for p in wh.lake.rglob("*.parquet")
               if not p.relative_to(wh.lake).as_posix().startswith("_schema/")}
    assert on_disk == live | {r["path"] for r in wh.manifest()["retired"]}


def test_recover_deletes_orphans_and_staging(loaded_warehouse):
    wh = loaded_warehouse
    orphan = wh.lake / "tokens" / "year=2021" / "000002-killed-1.parquet"
    orphan.write_bytes(b"partial")
    txn = wh.begin("killed", "v")
    txn.write(issue_tables(*fixtures.issue_two(), source_file="a", source_sha256="9" * 64, run_id="killed",
                           pipeline_version="v"))
    wh.recover()
    assert not orphan.exists()
    assert not (wh.lake / "_staging").exists()
    assert query(wh.catalog_path, "select count(*) from articles") == [(7,)]


def test_reads_for_the_flow(loaded_warehouse):
    wh = loaded_warehouse
    assert wh.known_issues().column("issue_id").to_pylist() == [
        "liaoyuan-daily-2021-06-01", "liaoyuan-daily-2021-06-02", "liaoyuan-daily-2021-07-05"]
    ledger = wh.ledger()
    assert ledger.num_rows == 3 and set(ledger.column("status").to_pylist()) == {"loaded"}
    assert set(ledger.column_names) >= {"first_seen_at", "updated_at", "bytes", "reason"}
    assert wh.daily_article_counts("liaoyuan-daily", dt.date(2021, 7, 5), days=40) == [3, 2, 2]
    assert wh.daily_article_counts("liaoyuan-daily", dt.date(2021, 6, 1), days=1) == [3]
    n_docs, df = wh.doc_freq()
    assert n_docs == 7 and dict(zip(df["token"].to_pylist(), df["df"].to_pylist()))["柴伟"] == 2


def test_rejects_a_stale_transaction(loaded_warehouse):
    wh = loaded_warehouse
    slow = wh.begin("slow", "v")
    publish(wh, [], "fast")
    with pytest.raises(RuntimeError, match="generation"):
        slow.commit({"status": "ok"})


def test_flagged_articles_stay_in_the_tables_and_out_of_the_trend_views(fresh_warehouse):
    from warehouse.rows import with_quality_flags

    wh = fresh_warehouse
    flagged = "liaoyuan-daily-2021-06-01-a001"  # the article about 柴伟 in June
    txn = wh.begin("run-1", "v")
    tables = concat([issue_tables(p, lang, source_file=f, source_sha256=s, run_id="run-1", pipeline_version="v")
                     for p, lang, f, s in (fixtures.delivery(x) for x in fixtures.ALL)])
    tables["articles"] = with_quality_flags(tables["articles"], {flagged: ["headline_present"]})
    txn.write(tables)
    txn.commit({"status": "ok"})
    cat = wh.catalog_path
    assert query(cat, "select article_id, quality_flags from articles where len(quality_flags) > 0") == [
        (flagged, ["headline_present"])]
    assert query(cat, "select count(*) from articles where quality_flags = []") == [(6,)]
    # trend views leave it out (柴伟 is left with his July article), v_issue_daily counts it
    assert query(cat, "select month from v_person_mentions_monthly where person = '柴伟'") == [(dt.date(2021, 7, 1),)]
    assert query(cat, "select articles, flagged_articles from v_issue_daily where issue_date = '2021-06-01'") == [(3, 1)]
    # search still finds it: it is the paper's text
    assert query(cat, "select article_id from search_articles('柴伟') limit 1") == [(flagged,)]


def test_lake_files_from_before_a_column_was_added_still_read(loaded_warehouse):
    """An articles file written before quality_flags existed reads it as [] (not an error)."""
    import pyarrow.parquet as pq

    wh = loaded_warehouse
    for entry in wh.manifest()["tables"]["articles"]:
        path = wh.lake / entry["path"]
        pq.write_table(pq.read_table(path).drop_columns(["quality_flags"]), path)
    wh.rebuild()
    assert query(wh.catalog_path, "select count(*), count(*) filter (where quality_flags = []) from articles") == [(7, 7)]
    assert query(wh.catalog_path, "select sum(articles) from v_genre_mix_monthly") == [(7,)]


def test_term_counts_of_dictionary_encoded_tokens_are_those_of_plain_ones(fresh_warehouse):
    # the flow hands tokens over with article_id (and other repeated columns) dictionary-encoded
    from flows.work import compact_tokens

    counts = []
    for encode in (False, True):
        txn = fresh_warehouse.begin(f"run-{encode}", "v")
        for which in (fixtures.issue_one, fixtures.issue_two):
            parsed, lang, source_file, sha256 = fixtures.delivery(which)
            tables = issue_tables(parsed, lang, source_file=source_file, source_sha256=sha256, run_id="r",
                                  pipeline_version="v")
            if encode:
                tables["tokens"] = compact_tokens(tables["tokens"])
                assert pa.types.is_dictionary(tables["tokens"].schema.field("article_id").type)
            txn.write(tables)
        counts.append(txn.term_counts().sort_by("token"))
        txn.abort()
    assert counts[0].equals(counts[1]) and counts[0].num_rows > 0


def test_a_warehouse_that_never_committed_knows_no_issue_without_a_query(tmp_path):
    # The first run's flow asks; the answer has the query's own columns and types.
    from warehouse.store import Warehouse

    wh = Warehouse(tmp_path / "data")
    known = wh.known_issues()
    assert known.num_rows == 0 and known.schema == wh.query("known_issues").schema
    publish(wh, [fixtures.delivery(fixtures.issue_one)], "run-1")
    assert wh.known_issues().num_rows == 1  # committed: the query
