"""Entities from real tokens: people with the post printed before them, places, orgs, reporters."""

from __future__ import annotations

import pytest

from transforms.entities import extract, looks_like_person, role_before


def people(tk, text, **kw):
    return {e.entity: e.role for e in extract(tk.cut(text), texts=(text,), **kw) if e.entity_type == "person"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("5月27日至30日,市委书记柴伟率党政代表团赴绍兴学习考察。", "柴伟", "市委书记"),
        ("市长孙弘要求各县(区)、各部门坚定不移推动督察整改。", "孙弘", "市长"),
        ("副市长徐晖,市政府办、市生态环境局相关负责同志参加督导。", "徐晖", "副市长"),
        # a double post is kept whole, as printed: analysts split on 、 if they want the last one
        ("9月3日,市委副书记、市长程宇深入东辽县渭津镇督办。", "程宇", "市委副书记、市长"),
        ("市委常委、副市长江建平及东辽县政府负责人陪同调研。", "江建平", "市委常委、副市长"),
        ("在绍兴市行政中心会议室,绍兴市委书记马卫光率四个班子主要领导座谈。", "马卫光", "绍兴市委书记"),
    ],
)
def test_person_with_post(tk, text, name, role):
    assert people(tk, text)[name] == role


def test_not_long_jiang_jianping(tk):
    found = people(tk, "市委常委、副市长江建平陪同调研")
    assert "江建平" in found and "长江建平" not in found and "建平" not in found


def test_names_without_post_have_no_role_and_first_role_wins(tk):
    found = people(tk, "市领导胡永为、徐晖、李鹏飞参加调研。副市长徐晖强调,要加快进度。徐晖说。")
    assert found == {"胡永为": None, "徐晖": "副市长", "李鹏飞": None}


def test_mentions_are_counted(tk):
    ents = extract(tk.cut("市委书记柴伟强调。柴伟指出。柴伟要求。仙人河,仙人河。"))
    by = {(e.entity, e.entity_type): e.mentions for e in ents}
    assert by[("柴伟", "person")] == 3 and by[("仙人河", "place")] == 2


def test_places_and_orgs(tk):
    ents = extract(tk.cut("市人大常委会调研组深入东辽县辽河源镇和杨木水库,市生态环境局陪同。"))
    kinds = {(e.entity, e.entity_type) for e in ents}
    assert {("东辽县", "place"), ("辽河源镇", "place"), ("杨木水库", "place")} <= kinds
    assert {("市人大常委会", "org"), ("市生态环境局", "org")} <= kinds


def test_byline_reporter_is_only_a_reporter(tk):
    text = "本报讯(记者 王茵 汪琳)市委书记柴伟要求。图为柴伟在现场。本报记者 王彦雨 摄"
    ents = extract(tk.cut(text), authors=("王茵", "汪琳"), photographers=("王彦雨",), texts=(text,))
    assert {e.entity for e in ents if e.entity_type == "reporter"} == {"王茵", "汪琳", "王彦雨"}
    assert {e.entity for e in ents if e.entity_type == "person"} == {"柴伟"}


def test_reporter_named_in_the_body_is_also_a_person(tk):
    text = "本报讯(记者 王茵)昨天,王茵代表说,今年的报告令人振奋。"
    ents = extract(tk.cut(text), authors=("王茵",), texts=(text,))
    assert {(e.entity, e.entity_type) for e in ents if e.entity == "王茵"} == {("王茵", "reporter"), ("王茵", "person")}


@pytest.mark.parametrize("word", ["王", "杜绝", "安全感", "宣传部", "市委书记柴伟", "Tom"])
def test_false_person_candidates_are_rejected(word):
    assert not looks_like_person(word)


@pytest.mark.parametrize("word", ["柴伟", "张凤林", "欧阳修文", "谷云山"])
def test_real_names_pass(word):
    assert looks_like_person(word)


def test_role_needs_a_post_right_before_the_name():
    assert role_before([("深入", "v"), ("市委", "nt"), ("柴伟", "nr")], 2) is None
    assert role_before([("、", "x"), ("市长", "n"), ("孙弘", "nr")], 2) == "市长"
