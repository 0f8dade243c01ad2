"""Reading a published warehouse back for assertions: row counts and content hashes."""

from __future__ import annotations

from pathlib import Path

import duckdb

DATA_TABLES = ("issues", "articles", "tokens", "entities", "keywords", "doc_freq")
VIEWS = ("v_issue_daily", "v_person_mentions_monthly", "v_place_mentions_monthly", "v_org_mentions_monthly",
         "v_keyword_trends_monthly", "v_genre_mix_monthly", "v_reporter_output_monthly", "v_reprints",
         "v_calendar")


def table_hash(con: duckdb.DuckDBPyConnection, name: str, *, lineage: bool = True) -> tuple[int, str]:
    """(rows, order-independent content hash); ``lineage=False`` ignores run_id and loaded_at."""
    cols = [r[0] for r in con.execute(f"select column_name from (describe {name})").fetchall()]
    keep = [c for c in cols if lineage or c not in ("run_id", "loaded_at")]
    select = ", ".join(f'"{c}"' for c in keep)
    return con.execute(
        f"select count(*), coalesce(md5(string_agg(h, '' order by h)), '') "
        f"from (select md5(cast(t as varchar)) as h from (select {select} from {name}) t)"
    ).fetchone()


def snapshot(catalog: Path, names=DATA_TABLES + VIEWS, *, lineage: bool = True) -> dict[str, tuple[int, str]]:
    con = duckdb.connect(str(catalog), read_only=True)
    try:
        return {name: table_hash(con, name, lineage=lineage) for name in names}
    finally:
        con.close()


def query(catalog: Path, sql: str, params=None) -> list[tuple]:
    con = duckdb.connect(str(catalog), read_only=True)
    try:
        return con.execute(sql, params or {}).fetchall()
    finally:
        con.close()
