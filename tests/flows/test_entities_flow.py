"""Entities of the bundled 辽源日报 issues through the real nightly flow (Prefect test harness,
real DuckDB, real Great Expectations): what a researcher reads in the views."""

from __future__ import annotations

import duckdb
import pytest

from baozhi.commands.pipeline import execute
from baozhi.settings import load

NEVER_ENTITIES = ("青春", "美丽", "宜居", "新建", "荣获", "顾客", "明白", "阳光", "小雨", "多云", "深加工")


@pytest.fixture(scope="module")
def warehouse(prefect_api, tmp_path_factory):
    import shutil

    from tests.conftest import SAMPLES

    root = tmp_path_factory.mktemp("entities-flow")
    landing = root / "landing" / "liaoyuan-daily"
    landing.mkdir(parents=True)
    for path in sorted(SAMPLES.glob("*.txt")):
        shutil.copy2(path, landing / path.name)
    data = root / "data"
    summary = execute(load(environ={}, landing=root / "landing", data=data, runner="thread", workers=1))
    assert summary.status == "completed", summary.render()
    con = duckdb.connect(str(data / "warehouse.duckdb"), read_only=True)
    yield con
    con.close()


def test_common_words_are_no_entities(warehouse):
    rows = warehouse.execute(
        "select entity, entity_type from entities where entity in (select unnest($w))", {"w": list(NEVER_ENTITIES)}
    ).fetchall()
    assert rows == []
    assert warehouse.execute("select count(*) from entities where entity_type in ('person', 'place', 'org')").fetchone()[0] > 50


def test_places_are_counted_on_their_canonical_name_with_their_parent(warehouse):
    rows = dict(warehouse.execute(
        "select entity, canonical || '|' || coalesce(parent, '') from entities where entity_type = 'place'"
    ).fetchall())
    for name, canonical in (("辽源", "辽源市|吉林省"), ("绍兴", "绍兴市|浙江省"), ("东辽县", "东辽县|辽源市")):
        assert rows.get(name) == canonical, (name, rows.get(name))
    view = dict(warehouse.execute("select place, sum(mentions) from v_place_mentions_monthly group by place").fetchall())
    raw = warehouse.execute(
        "select sum(mentions) from entities join issues using (issue_id) "
        "where entity_type = 'place' and canonical = '辽源市' and issue_date is not null"
    ).fetchone()[0]
    assert view["辽源市"] == raw and "辽源" not in view
    parent = warehouse.execute("select distinct parent from v_place_mentions_monthly where place = '东辽县'").fetchall()
    assert parent == [("辽源市",)]


def test_people_with_posts_and_reporters(warehouse):
    roles = dict(warehouse.execute(
        "select person, any_value(role order by articles desc) from v_person_mentions_monthly "
        "where role is not null group by person"
    ).fetchall())
    assert roles["柴伟"] == "市委书记" and roles["程宇"] == "市委副书记、市长"
    both = warehouse.execute(
        "select count(*) from entities r join entities p using (article_id, entity) "
        "where r.entity_type = 'reporter' and p.entity_type = 'person'"
    ).fetchone()[0]
    assert both == 0
    assert warehouse.execute("select count(*) from entities where entity_type = 'reporter'").fetchone()[0] > 0
