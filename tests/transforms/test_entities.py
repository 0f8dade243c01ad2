"""Entities from the committed model and word lists: spans, posts in both orders and in lists,
reporters, repaired tags, canonical places."""

from __future__ import annotations

import pytest

from transforms.entities import extract, find_mentions, role_after, role_before


def mentions(tk, text):
    return find_mentions([text], [tk.cut(text)], tk.recogniser)[0]


def people(tk, text):
    return {m.text: m.role for m in mentions(tk, text) if m.entity_type == "person"}


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
        # the post after the name
        ("会上,孙时光代表说,今年的报告令人振奋。", "孙时光", "代表"),
        ("王建国县长在会上作了讲话。", "王建国", "县长"),
    ],
)
def test_person_with_post(tk, text, name, role):
    assert people(tk, text)[name] == role


def test_a_list_shares_its_post(tk):
    found = people(tk, "市领导杨光、张凤林、康忠贵、张恒军参加考察。")
    assert found == {"杨光": "市领导", "张凤林": "市领导", "康忠贵": "市领导", "张恒军": "市领导"}


def test_a_list_of_own_posts_keeps_each(tk):
    found = people(tk, "市委书记柴伟、市长孙弘出席会议。")
    assert found == {"柴伟": "市委书记", "孙弘": "市长"}


def test_post_before_a_verb_is_no_post(tk):
    assert people(tk, "柴伟代表市委向大家表示感谢。").get("柴伟") is None


def test_spans_are_character_offsets(tk):
    text = "市委书记柴伟深入东辽县渭津镇。"
    found = {(m.text, m.entity_type): (m.start, m.end) for m in mentions(tk, text)}
    assert found[("柴伟", "person")] == (4, 6)
    assert found[("东辽县", "place")] == (8, 11)
    assert all(text[s:e] == name for (name, _), (s, e) in found.items())


def test_not_long_jiang_jianping(tk):
    found = people(tk, "市委常委、副市长江建平陪同调研")
    assert "江建平" in found and "长江建平" not in found and "建平" not in found


@pytest.mark.parametrize(
    "text",
    [
        "青春美丽宜居新辽源,新建项目荣获表彰。",
        "顾客明白了:阳光下,小雨转多云。",
        "今天白天小雨转多云,明天多云转晴,阳光充足。",
        "大力发展农产品深加工,建设美丽乡村。",
    ],
)
def test_common_words_jieba_tags_as_names_are_no_entities(tk, text):
    bad = {"青春", "美丽", "宜居", "新建", "荣获", "顾客", "明白", "阳光", "小雨", "多云", "深加工"}
    assert not {m.text for m in mentions(tk, text)} & bad


def test_credits_are_reporters(tk):
    found = {(m.text, m.entity_type) for m in mentions(tk, "本报记者 王茜")}
    assert found == {("王茜", "reporter")}
    found = {(m.text, m.entity_type) for m in mentions(tk, "图为柴伟在现场。本报记者 王彦雨 摄")}
    assert ("王彦雨", "reporter") in found and ("柴伟", "person") in found


def test_article_reporters_are_never_persons(tk):
    texts = ["柴伟深入仙人河", "本报讯(记者 王茵 汪琳)市委书记柴伟要求。王茵代表说。图为柴伟在现场。本报记者 王彦雨 摄"]
    found = [m for ms in find_mentions(texts, [tk.cut(t) for t in texts], tk.recogniser) for m in ms]
    ents = extract(found, tk.recogniser.gazetteer, authors=("王茵", "汪琳"), photographers=("王彦雨",))
    assert {e.entity for e in ents if e.entity_type == "reporter"} == {"王茵", "汪琳", "王彦雨"}
    assert {e.entity for e in ents if e.entity_type == "person"} == {"柴伟"}
    chai = next(e for e in ents if e.entity == "柴伟")
    assert chai.mentions == 3 and chai.role == "市委书记"


def test_places_share_a_canonical_name_with_their_parent(tk):
    texts = ["辽源市和辽源、绍兴市和绍兴、东辽县和东辽都在推进河长制。"]
    found = find_mentions(texts, [tk.cut(t) for t in texts], tk.recogniser)[0]
    ents = {e.entity: e for e in extract(found, tk.recogniser.gazetteer) if e.entity_type == "place"}
    assert {n: (e.canonical, e.parent) for n, e in ents.items()} == {
        "辽源市": ("辽源市", "吉林省"), "辽源": ("辽源市", "吉林省"),
        "绍兴市": ("绍兴市", "浙江省"), "绍兴": ("绍兴市", "浙江省"),
        "东辽县": ("东辽县", "辽源市"), "东辽": ("东辽县", "辽源市"),
    }
    assert ents["东辽"].division_code == "220422" and ents["辽源"].division_code == "220400"


def test_mentions_are_counted(tk):
    texts = ["市委书记柴伟强调。柴伟指出。柴伟要求。仙人河,仙人河。"]
    found = find_mentions(texts, [tk.cut(t) for t in texts], tk.recogniser)[0]
    by = {(e.entity, e.entity_type): e.mentions for e in extract(found, tk.recogniser.gazetteer)}
    assert by[("柴伟", "person")] == 3 and by[("仙人河", "place")] == 2


def test_places_and_orgs(tk):
    found = {(m.text, m.entity_type) for m in mentions(tk, "市人大常委会调研组深入东辽县辽河源镇和杨木水库,市生态环境局陪同。")}
    assert {("东辽县", "place"), ("辽河源镇", "place")} <= found
    assert ("市生态环境局", "org") in found


def test_texts_do_not_see_each_other(tk):
    texts = ["市委书记柴伟深入东辽县。", "", "  ", "绍兴市委书记马卫光", "小雨转多云"]
    together = find_mentions(texts, [tk.cut(t) for t in texts], tk.recogniser)
    alone = [find_mentions([t], [tk.cut(t)], tk.recogniser)[0] for t in texts]
    assert together == alone


def test_role_rules_on_tokens():
    toks = [(0, 2, "深入", "v"), (2, 4, "市委", "nt"), (4, 6, "柴伟", "nr")]
    assert role_before(toks, 2) is None
    assert role_before([(0, 1, "、", "x"), (1, 3, "市长", "n"), (3, 5, "孙弘", "nr")], 2) == "市长"
    assert role_after([(0, 3, "孙时光", "nr"), (3, 5, "代表", "n"), (5, 6, "说", "v")], 1) == "代表"
    assert role_after([(0, 2, "柴伟", "nr"), (2, 4, "代表", "n"), (4, 6, "市委", "nt")], 1) is None


def test_a_surname_with_a_form_of_address_is_the_surname(tk):
    found = {(m.text, m.entity_type) for m in mentions(tk, "王某说,李先生也来了。")}
    assert ("王某", "person") not in found and ("李先生", "person") not in found
    assert {n for n, t in found if t == "person"} <= {"王", "李"}


def test_a_place_jieba_calls_a_person_is_a_place(tk):
    found = {(m.text, m.entity_type) for m in mentions(tk, "伊拉克和布隆迪的代表团抵达北京。")}
    assert ("伊拉克", "person") not in found and ("布隆迪", "person") not in found


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("前李卜村的一个村民", (1, 4), ("李卜村", "place")),  # a name never ends in 村
        ("家住尼·伯尔切斯库镇", (2, 10), ("尼·伯尔切斯库镇", "place")),
        ("途经马拉若岛时", (2, 5), ("马拉若岛", "place")),  # nor stands before 岛
        ("张三村长说", (0, 2), ("张三", "person")),  # 村长 is a post
        ("张三区委书记", (0, 2), ("张三", "person")),
        ("宝马收购了罗威汽车公司", (5, 7), ("罗威汽车公司", "org")),  # nor before a word for a firm
        ("森隆药业抱着成果", (0, 2), ("森隆药业", "org")),
    ],
)
def test_a_person_next_to_a_place_or_firm_word_is_that_place_or_firm(tk, text, span, expected):
    from transforms.entities import _repaired

    found = _repaired(text, [(*span, "PER")], tk.recogniser)
    assert [(m.text, m.entity_type) for m in found] == [expected]
