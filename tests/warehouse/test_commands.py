"""The warehouse commands, the BI connection recipe, storage compatibility and injection attempts."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

import baozhi.commands.warehouse  # noqa: F401  (registers the commands)
from baozhi.app import app
from tests.warehouse import fixtures
from tests.warehouse.conftest import publish
from tests.warehouse.helpers import DATA_TABLES, VIEWS, query, snapshot
from warehouse.search import query_words, snippet

runner = CliRunner()


def cli(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture
def data(loaded_warehouse):
    return str(loaded_warehouse.data_dir)


def test_sql_outputs_json_and_csv(data):
    result = cli("sql", "select issue_id, n_articles from issues order by issue_id", "--format", "json", "--data", data)
    assert result.exit_code == 0
    assert json.loads(result.stdout)[0] == {"issue_id": "liaoyuan-daily-2021-06-01", "n_articles": 3}
    result = cli("sql", "select count(*) as n from articles", "-f", "csv", "--data", data)
    assert result.stdout.splitlines() == ["n", "7"]


@pytest.mark.parametrize("statement", [
    "drop view issues", "create table x as select 1", "copy issues to 'out.csv'",
    "attach 'other.duckdb' as o", "set threads = 1", "select 1; drop view issues", "insert into runs values (1)",
])
def test_sql_refuses_statements_that_write(loaded_warehouse, data, statement):
    before = snapshot(loaded_warehouse.catalog_path)
    result = cli("sql", statement, "--data", data)
    assert result.exit_code == 1
    assert "error:" in result.stderr
    assert snapshot(loaded_warehouse.catalog_path) == before


def test_sql_reports_bad_sql_clearly(data):
    result = cli("sql", "selec * from issues", "--data", data)
    assert result.exit_code == 1 and "bad SQL" in result.stderr
    result = cli("sql", "select * from no_such_table", "--data", data)
    assert result.exit_code == 1 and "no_such_table" in result.stderr


def test_search_ranks_and_marks(data):
    result = cli("search", "柴伟绍兴", "--data", data)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert "市委书记柴伟率队赴绍兴学习考察" in lines[0]
    assert "【柴伟】" in result.stdout
    result = cli("search", "柴伟", "--from", "2021-07-01", "--data", data)
    assert "绍兴市代表团来辽源考察合作项目" in result.stdout and "2021-06-01" not in result.stdout
    result = cli("search", "柴伟", "--limit", "1", "--data", data)
    assert result.stdout.count("liaoyuan-daily-") == 1


@pytest.mark.parametrize("attack", [
    "'; drop view issues; --", "柴伟') union select 1,2,3,4 --", "$query", "\\'; select 1", "柴伟\x00",
])
def test_search_injection_changes_nothing(loaded_warehouse, data, attack):
    before = snapshot(loaded_warehouse.catalog_path)
    result = cli("search", attack, "--data", data)
    assert result.exit_code in (0, 1)
    assert "Traceback" not in result.stdout
    assert snapshot(loaded_warehouse.catalog_path) == before
    rows = query(loaded_warehouse.catalog_path, "select count(*) from search_articles($q)", {"q": attack})
    assert rows[0][0] >= 0


def test_hostile_file_names_are_only_data(fresh_warehouse):
    evil = "x'; DROP TABLE issues;--.txt"
    parsed, lang = fixtures.issue_one()
    publish(fresh_warehouse, [(parsed, lang, evil, fixtures.sha("evil")), fixtures.delivery(fixtures.issue_two)],
            "run-'1\"; drop view issues")
    assert query(fresh_warehouse.catalog_path, "select source_file from issues order by issue_id") == [
        (evil,), ("liaoyuan-daily-2021-06-02.txt",)]
    assert query(fresh_warehouse.catalog_path, "select count(*) from ingest_log where source_file = $f",
                 {"f": evil}) == [(1,)]
    # the run id only reaches file names through run_tag's whitelist
    assert all("'" not in e["path"] for t in fresh_warehouse.manifest()["tables"].values() for e in t)


def test_schema_documents_every_column(data):
    result = cli("schema", "--format", "markdown", "--data", data)
    assert result.exit_code == 0
    for name in ("issues", "articles", "tokens", "entities", "keywords", "ingest_log", "runs", "dq_results",
                 *VIEWS):
        assert f"### `{name}`" in result.stdout, name
    undocumented = [line for line in result.stdout.splitlines() if line.startswith("| `") and line.endswith("|  |")]
    assert undocumented == []


def test_schema_works_before_the_first_run(tmp_path):
    result = cli("schema", "--data", str(tmp_path / "nothing"))
    assert result.exit_code == 0 and "issue_id" in result.stdout


def test_rebuild_command_restores_the_catalog(loaded_warehouse, data):
    before = snapshot(loaded_warehouse.catalog_path, DATA_TABLES + VIEWS)
    loaded_warehouse.catalog_path.unlink()
    result = cli("rebuild", "--data", data)
    assert result.exit_code == 0 and "generation 1" in result.stdout
    assert snapshot(loaded_warehouse.catalog_path, DATA_TABLES + VIEWS) == before


def test_bi_recipe_sqlalchemy_read_only(loaded_warehouse):
    engine = sa.create_engine(f"duckdb:///{loaded_warehouse.catalog_path}?access_mode=read_only")
    with engine.connect() as con:
        top = con.execute(sa.text("select person, sum(mentions) as m from v_person_mentions_monthly "
                                  "group by person order by m desc limit 1")).fetchall()
        assert top == [("柴伟", 4)]
        with pytest.raises(sa.exc.DBAPIError, match="read-only"):
            con.execute(sa.text("create table t (a int)"))
    engine.dispose()


def test_catalog_uses_a_storage_format_duckdb_1_can_read(loaded_warehouse):
    header = loaded_warehouse.catalog_path.read_bytes()[:13]
    assert header[8:12] == b"DUCK"
    assert header[12] == 64  # storage version 64: DuckDB 0.10 .. 1.1 and every later release


def test_query_words_and_snippet():
    assert query_words("柴伟 绍兴,, 柴伟") == ["柴伟", "绍兴"]
    assert query_words("柴伟绍兴", lambda q: [("柴伟", "nr"), ("绍兴", "ns")]) == ["柴伟", "绍兴"]
    body = "前文" * 40 + "市委书记柴伟率党政代表团赴绍兴市学习"
    out = snippet(body, ["柴伟", "绍兴市", "绍兴"], width=30)
    assert out.startswith("…") and "【柴伟】" in out and "【绍兴市】" in out and "【绍兴】" not in out
