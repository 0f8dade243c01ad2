"""A query the flow runs gets only the views it reads (``catalog.tables_read_by``): the same answer
as over the whole catalog, and the whole catalog whenever it needs more than lake tables."""

from __future__ import annotations

import datetime as dt

import pytest

from warehouse import catalog

FLOW_QUERIES = {
    "ledger": {},
    "known_issues": {},
    "live_deliveries": {},
    "delivery_contents": None,  # issue ids of the loaded warehouse, filled in below
    "daily_article_counts": {"paper": "liaoyuan-daily", "until": dt.date(2030, 1, 1), "days": 100000},
}


@pytest.mark.parametrize("name", sorted(FLOW_QUERIES))
def test_a_query_over_its_own_tables_answers_as_over_the_whole_catalog(loaded_warehouse, name):
    wh = loaded_warehouse
    params = FLOW_QUERIES[name]
    if params is None:
        params = {"issue_ids": sorted(wh.known_issues()["issue_id"].to_pylist())}
    sql = catalog.read_sql("queries", name)
    tables = catalog.tables_read_by(sql)
    assert tables and tables < set(catalog.TABLE_FILES)
    with catalog.memory(wh.manifest(), wh.lake) as con:
        whole = con.sql(sql, params=params).fetchall()
    with catalog.memory(wh.manifest(), wh.lake, tables) as con:
        created = {r[0] for r in con.sql("select view_name from duckdb_views() where not internal").fetchall()}
        assert created == set(tables)
        part = con.sql(sql, params=params).fetchall()
    assert part == whole and whole  # the fixture warehouse has rows for every one of them
    through_the_store = wh.query(name, params)  # what the flow calls
    assert [tuple(r.values()) for r in through_the_store.to_pylist()] == whole


def test_a_query_naming_a_view_a_macro_or_the_catalog_gets_the_whole_catalog():
    assert catalog.tables_read_by("select * from v_issue_daily join issues using (issue_id)") is None
    assert catalog.tables_read_by("select * from search_articles('柴伟')") is None
    assert catalog.tables_read_by(catalog.read_sql("queries", "dictionary")) is None
    assert catalog.tables_read_by("select * from information_schema.tables") is None
    # words inside longer names are not table names
    assert catalog.tables_read_by("select issue_id, run_id from articles") == {"articles"}
