"""Grouped pieces in the markup become articles of their own, the group title their kicker.

Made-up markup in the forms the crawl uses (a column name over signed pieces; a package title
with an editor's note, piece kickers and reporters; writers signing at the end).
"""

from __future__ import annotations

import random

from bench.groups import split_group
from bench.pieces import Layout, article_gold, lay_out, story_pieces
from bench.stories import Story, story_from

COLUMN = """# 街谈

> 《人民日报》（2025年03月01日第 05 版）

小菜园里的大学问

钱  多

某市的社区菜园开张以来，报名的居民排起了长队，菜园成了邻里交往的新去处。

（摘编自《某某日报》）

让老街巷留住烟火气

青年教师  赵大成

老街巷的改造，既要修好路面管线，也要留住街坊熟悉的味道和声音。

改造之后，早点铺和修鞋摊都回来了，老街坊们说这才是家的样子。
"""

PACKAGE = """# 春耕一线见闻（新视窗）

> 《人民日报》（2025年03月01日第 06 版）

田间地头的新农机。

本报记者  孙有田摄

春耕时节，记者分赴各地，记录农时农事里的新变化。

——编  者

某省某县——

无人机飞进麦田

本报记者  吴明亮

清晨的麦田里，几架无人机正在喷洒叶面肥，一个上午就能作业几百亩。

某省某市——

育秧工厂里的新技术

本报记者  周小苑

走进育秧工厂，一排排秧盘整齐码放，温度湿度都由电脑控制。
"""

SIGNED_AFTER = """# 移风易俗谈（金台视线）

> 《人民日报》（2025年03月01日第 07 版）

彩礼不该成为负担

近年来，一些地方的高额彩礼让不少家庭不堪重负，需要多方合力加以引导。

某某市  王小明

红白事简办靠大家

村里成立红白理事会以后，大操大办的少了，乡亲们的负担也轻了。

某某县  李  强
"""

PLAIN = """# 一渠清水润良田

> 本报记者  赵大成《人民日报》（2025年03月01日第 04 版）

清晨的田埂上，村民们正忙着疏通水渠。

**管好用好是关键**

县水利局负责人介绍，全县已建成灌溉渠道一百二十公里。
"""


def _story(md: str) -> Story:
    s = story_from({"markdown_body": md, "date": "2025-03-01", "section_no": "05", "section_name": "评论", "url": "u"})
    assert s is not None
    return s


def _golds(md: str) -> list[dict]:
    layout = Layout("all", True, True)
    return [article_gold(story_pieces(p, layout, random.Random(0), print_label=False)) for p in split_group(_story(md))]


def test_a_column_over_signed_pieces_is_one_article_per_piece() -> None:
    pieces = split_group(_story(COLUMN))
    assert [p.title for p in pieces] == ["小菜园里的大学问", "让老街巷留住烟火气"]
    assert [p.byline for p in pieces] == ["钱  多", "青年教师  赵大成"]
    assert [p.group_printed for p in pieces] == [True, False]  # printed once, above the first piece
    first, second = _golds(COLUMN)
    assert first["kicker"] == "街谈" and "_also_ok" not in first or "kicker" not in first.get("_also_ok", {})
    assert second["kicker"] == "街谈" and second["_also_ok"]["kicker"] == [None]
    assert second["authors"] == ["赵大成"] and second["body_first"].startswith("老街巷的改造")
    text = lay_out([x for p in pieces for x in story_pieces(p, Layout("all", True, True), random.Random(0), print_label=False)], Layout("all", True, True))
    assert text.count("街谈") == 1


def test_an_editors_note_stands_as_the_group_titles_article() -> None:
    note, a, b = split_group(_story(PACKAGE))
    assert note.title == "春耕一线见闻（新视窗）" and note.group is None
    assert [x.kind for x in note.blocks] == ["caption", "credit", "para", "para"]
    assert (a.kicker, a.title, a.byline) == ("某省某县——", "无人机飞进麦田", "本报记者  吴明亮")
    assert (b.kicker, b.title) == ("某省某市——", "育秧工厂里的新技术")
    golds = _golds(PACKAGE)
    assert golds[1]["kicker"] == "某省某县——" and golds[1]["_also_ok"]["kicker"] == ["春耕一线见闻（新视窗）"]


def test_writers_signing_at_the_end() -> None:
    a, b = split_group(_story(SIGNED_AFTER))
    assert (a.title, b.title) == ("彩礼不该成为负担", "红白事简办靠大家")
    assert a.blocks[-1].kind == "signature" and a.blocks[-1].text == "某某市  王小明"
    first, second = _golds(SIGNED_AFTER)
    assert first["authors"] == ["王小明"] and second["authors"] == ["李强"]
    assert first["byline"] is None and first["_also_ok"]["byline"] == ["某某市  王小明"]
    assert first["paragraphs"] == ["近年来，一些地方的高额彩礼让不少家庭不堪重负，需要多方合力加以引导。"]


def test_a_story_with_crossheads_is_no_group() -> None:
    assert split_group(_story(PLAIN)) == [_story(PLAIN)]
    # one signed piece is not a group either
    one = COLUMN.split("让老街巷")[0]
    assert len(split_group(_story(one))) == 1
