"""Decks of pull quotes drawn from a story's own body (bench.decks) and the gold of decks (bench.pieces).

Fixtures are made-up commentaries in the paper's markup; no corpus text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
from pathlib import Path

import pytest

from bench.decks import FORMS, add_decks, draw_quote, sentences
from bench.gold import flat
from bench.issuefile import _local
from bench.pieces import Layout, PageGold, Piece, article_gold, deck_size, file_markers, pull_quotes, reading, story_pieces
from bench.render import write_set
from bench.stories import Block, story_from

COMMENTARY = """# 让小店亮起来（人民时评）

> 王某某《人民日报》（2025年03月01日第 05 版）

街角的早餐店六点开门，豆浆的香气飘出老远。排队的人从店里一直排到门外，城市的一天由此开始。

小店连着民生，一头是就业，一头是便利。扶持小店，就是守护城市里最真实的烟火气。

有的地方为小店减租降费，有的地方为小店开辟夜市，办法不同，心意相通。政策暖一分，小店亮一片。

小店的兴旺离不开精细治理。既要管得住占道经营，也要留得下烟火人间，治理的温度就藏在分寸之间。

让小店亮起来，城市才更有温度，生活才更有滋味。
"""

REPORT = """# 某市开通首条跨江公交线路

> 本报记者  吴明亮《人民日报》（2025年03月01日第 04 版）

2月28日，某市首条跨江公交线路正式开通，沿线设站十二个，全程约二十公里。

据介绍，这条线路开通后，两岸居民通勤时间可缩短一半左右。极大方便了群众出行，也带动了沿线商圈的发展。

线路开通当天，不少市民专程前来体验。一位老人说，过去过江要换乘两次，如今一趟车就到了。

公交公司表示，将根据客流情况调整发车间隔，高峰时段加密班次，确保乘客候车时间不超过十分钟。

下一步，某市还将开通更多跨江线路，构建两岸一体的公交网络，让群众出行更便捷。
"""


def _story(md: str):
    story = story_from({"markdown_body": md, "date": "2025-03-01", "section_no": "05", "section_name": "评论", "url": md[:20]})
    assert story is not None
    return story


def _days(*mds: str) -> dict:
    return {dt.date(2025, 3, 1): [_story(md) for md in mds]}


@pytest.mark.parametrize("seed", range(8))
def test_a_commentary_gets_a_deck_its_body_prints_again(seed: int) -> None:
    days = _days(COMMENTARY, REPORT)
    (new_commentary, report), = add_decks(days, seed, "commentary").values()
    old = days[dt.date(2025, 3, 1)][0]
    k = len(new_commentary.blocks) - len(old.blocks)
    assert 1 <= k <= 3 and new_commentary.blocks[k:] == old.blocks  # the body stays as it was
    assert deck_size(new_commentary.paragraphs) == k  # the gold sees every quote printed again
    assert report == days[dt.date(2025, 3, 1)][1]  # no column tag: no deck in "commentary" mode
    assert add_decks(days, seed, "commentary") == add_decks(days, seed, "commentary")  # same seed, same decks


def test_long_mode_also_gives_long_stories_decks_and_spares_decked_ones() -> None:
    days = _days(*([REPORT] * 12))
    decked = [s for s in add_decks(days, 1, "long")[dt.date(2025, 3, 1)] if len(s.blocks) > len(_story(REPORT).blocks)]
    assert 0 < len(decked) < 12
    once = add_decks(_days(COMMENTARY), 2, "commentary")
    assert add_decks(once, 3, "long") == once  # a story printing a deck keeps it
    with pytest.raises(ValueError):
        add_decks(days, 1, "all")


@pytest.mark.parametrize("seed", range(40))
def test_every_quote_is_the_body_s_words(seed: int) -> None:
    paras = _story(COMMENTARY).paragraphs
    quote = draw_quote(paras, random.Random(seed))
    if quote is None:
        return
    assert 16 <= len(quote) <= 140
    assert all(any(s.rstrip("。！？") in p for p in paras) for s in sentences(quote))


def test_the_forms_of_a_deck() -> None:
    paras = _story(COMMENTARY).paragraphs
    seen = {draw_quote(paras, random.Random(s)) for s in range(200)} - {None}
    assert "让小店亮起来，城市才更有温度，生活才更有滋味" in seen  # a whole paragraph, no final stop
    assert {"有的地方为小店开辟夜市，办法不同，心意相通", "有的地方为小店开辟夜市，办法不同，心意相通。"} & seen  # a sentence from a clause on
    assert any(q.count("。") == 1 and not q.endswith("。") and any(q.replace("。", "。", 1) in p for p in paras) for q in seen)  # two sentences of one paragraph
    assert any(not any(q.rstrip("。") in p for p in paras) for q in seen)  # two places run together
    assert set(FORMS) == {"sentence", "tail", "two", "apart", "paragraph"}


@pytest.mark.parametrize(
    "deck",
    [
        "小店连着民生，一头是就业，一头是便利。政策暖一分，小店亮一片",
        "小店连着民生，一头是就业，一头是便利。政策暖一分，小店亮一片。",
        "政策暖一分，小店亮一片。让小店亮起来，城市才更有温度，生活才更有滋味。",
        "街角的早餐店六点开门，豆浆的香气飘出老远。小店连着民生，一头是就业，一头是便利。政策暖一分，小店亮一片",
    ],
)
def test_a_deck_running_two_places_together_is_a_pull_quote_in_the_gold(deck: str) -> None:
    body = _story(COMMENTARY).paragraphs
    pieces = [Piece("title", "让小店亮起来（人民时评）"), Piece("byline", "王某某"), Piece("para", deck), *(Piece("para", p) for p in body)]
    gold = article_gold(pieces)
    assert gold["repeated"] == [deck] and gold["paragraphs"][1:] == body
    assert gold["_also_ok"]["body_first"] == [body[0][:12]]


@pytest.mark.parametrize(
    "deck",
    [
        "小店连着民生，一头是就业，一头是便利。小店都好。",  # a sentence of fewer than 8 characters quotes nothing
        "小店连着民生，一头是就业，一头是便利。夜市里人头攒动，热闹非凡",  # the second sentence is not the body's
    ],
)
def test_a_paragraph_only_partly_printed_again_is_no_deck(deck: str) -> None:
    body = [*_story(COMMENTARY).paragraphs, "小店都好。"]
    assert deck_size([deck, *body]) == 0


def test_a_deck_across_two_paragraphs_is_marked_inside_one() -> None:
    # "…心中有数。" closes one paragraph and "西辽河…" opens the next: the flat file prints the
    # seam twice, but no paragraph of a right reading holds it.
    first = "监测提前预演，哪里缺水哪里补，大家心中有数。"
    second = "西辽河干流实现全线过流，是母亲河复苏行动的一项重要标志性任务。"
    deck = first + second
    pieces = [Piece("title", "补水节水，西辽河正复苏（探访）"), Piece("para", deck), Piece("para", "开头一段话写在这里，交代背景情况。"), Piece("para", first), Piece("para", second)]
    gold = PageGold(source_file="x.txt", kind="page", issue={})
    gold.articles.append(article_gold(pieces))
    read = reading(gold)
    copies = pull_quotes(gold)
    assert copies == [deck]
    (marker,) = file_markers(copies, flat("\n".join(p.text for p in pieces)), read)
    assert any(flat(marker) in line for line in read.split("\n"))


def test_a_deck_whose_places_are_printed_again_elsewhere_gets_no_seam_marker() -> None:
    # Both halves of the deck are printed a third time (a paragraph the damage printed twice):
    # only a piece across the seam is printed twice, and no right reading's paragraph holds it.
    first = "监测提前预演，哪里缺水哪里补，大家心中有数。"
    second = "西辽河干流实现全线过流，是母亲河复苏行动的一项重要标志性任务。"
    read = "\n".join(flat(p) for p in (first, second))
    text = flat(first + second + first + second + first + second)
    assert file_markers([first + second], text, read) == []


@pytest.mark.parametrize("seed", range(6))
def test_an_issue_file_s_lead_opens_the_body_under_the_deck(seed: int) -> None:
    story = _story(REPORT)
    deck = ("这条线路开通后，两岸居民通勤时间可缩短一半左右", "线路开通当天，不少市民专程前来体验")[: 1 + seed % 2]
    story = dataclasses.replace(story, blocks=(*(Block("para", q) for q in deck), *story.blocks))
    rng = random.Random(seed)
    for _ in range(20):  # the house style turns the byline into a lead half the time
        pieces = _local(story_pieces(story, Layout("all", False, True), rng, print_label=False), rng, False)
        if not any(p.role == "byline" for p in pieces):
            break
    paras = [p.text for p in pieces if p.role == "para"]
    assert paras[: len(deck)] == list(deck) and paras[len(deck)].startswith("本报讯（记者 吴明亮）2月28日")
    gold = article_gold(pieces)
    assert gold["byline"] == "本报讯 （记者 吴明亮）" or gold["byline"].startswith("本报讯")
    assert gold["paragraphs"][len(deck)].startswith("2月28日") and gold["repeated"] == list(deck)


def test_render_gives_decks_only_when_asked(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    arts = [{"markdown_body": md, "date": "2025-03-01", "section_no": "05", "section_name": "评论", "url": f"u{i}"} for i, md in enumerate((COMMENTARY, REPORT))]
    (corpus / "articles_20250301.json").write_text(json.dumps(arts, ensure_ascii=False), encoding="utf-8")
    read = lambda paths: [p.with_suffix(".json").read_text(encoding="utf-8") for p in paths]  # noqa: E731
    plain = write_set(corpus, tmp_path / "plain", kind="pages", damage=1.0)
    again = write_set(corpus, tmp_path / "again", kind="pages", damage=1.0, decks=None)
    decked = write_set(corpus, tmp_path / "decked", kind="pages", damage=1.0, decks=4)
    assert read(plain) == read(again) and read(plain) != read(decked)
    gold = json.loads(decked[0].with_suffix(".json").read_text(encoding="utf-8"))
    commentary = next(a for a in gold["articles"] if a["headline"].startswith("让小店"))
    assert commentary["_also_ok"]["body_first"]  # the body may start after the deck
    assert gold["duplicates"]  # each quote printed twice is marked


@pytest.mark.parametrize("note", ["（摘编自《某某日报》，原题为《既要“寻找市场”更要“创造市场”》）", "(作者为某某大学教授，本文由记者采访整理)", "【相关链接：某某县的小店扶持政策，详见某某网】"])
def test_a_deck_never_quotes_a_note_in_brackets(note: str) -> None:
    paras = [*_story(COMMENTARY).paragraphs, note]
    quotes = {draw_quote(paras, random.Random(s)) for s in range(200)} - {None}
    assert quotes and not any(note.strip("（）()【】")[:8] in q for q in quotes)
