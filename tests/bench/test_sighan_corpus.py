"""Plain news text cut into articles for the page renderer (bench.sighan_corpus), on made-up text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bench.sighan_corpus import cut_articles, write_corpus
from bench.stories import load_days

PROSE = "本报北京1月2日讯记者张三报道：今天，某市召开会议，部署全年的工作任务，与会代表踊跃发言。"
PROSE2 = "会议指出，要坚持稳中求进，扎实推进各项工作，确保全年目标任务如期完成，让群众得到实惠。"


def _text(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_a_short_line_over_prose_is_a_title_and_its_paragraphs_follow() -> None:
    arts = cut_articles(_text("某市召开全年工作会议", PROSE, PROSE2, "太原：万人长跑助申奥", PROSE))
    assert [a.title for a in arts] == ["某市召开全年工作会议", "太原：万人长跑助申奥"]
    assert arts[0].paragraphs == [PROSE, PROSE2]


def test_dashes_part_title_and_subtitle_in_each_form() -> None:
    for line, title, sub in [
        ("共同迈向新世纪——元旦献辞", "共同迈向新世纪", "——元旦献辞"),
        ("共同迈向新世纪———元旦献辞", "共同迈向新世纪", "——元旦献辞"),
        ("共同迈向新世纪－－元旦献辞", "共同迈向新世纪", "——元旦献辞"),
    ]:
        [a] = cut_articles(_text(line, PROSE))
        assert (a.title, a.subtitle) == (title, sub)


def test_a_note_under_the_title_is_the_storys_and_a_credit_closes_it() -> None:
    text = _text("某地喜迎新年（附图片2张）", "（二○○○年十二月三十一日）", PROSE, "（新华社北京12月31日电）", "图片：", PROSE2, "下一条新闻的标题", PROSE2)
    a, b = cut_articles(text)
    assert a.title == "某地喜迎新年"
    assert a.paragraphs == ["（附图片2张）", "（二○○○年十二月三十一日）", PROSE, "（新华社北京12月31日电）"]
    assert b.title == "下一条新闻的标题" and b.paragraphs == [PROSE2]
    for credit in ("（本报华盛顿12月30日电）", "（新华社记者李四摄）", "（本报南极长城站专电）"):
        [a] = cut_articles(_text("某地喜迎新年", PROSE, credit, PROSE2))
        assert a.paragraphs == [PROSE, credit]


def test_a_byline_under_the_title_is_its_byline_not_a_title() -> None:
    for byline in ("本报记者王五", "新华社记者赵六本报记者孙七", "本报评论员", "温济泽"):
        [a] = cut_articles(_text("人机大战了犹未了", "（附图片１张）", byline, PROSE))
        assert (a.title, a.byline, a.paragraphs) == ("人机大战了犹未了", byline, ["（附图片１张）", PROSE])


def test_runs_that_are_not_stories_are_dropped() -> None:
    weather = _text("北京地区天气预报", "白天多云转晴", "降水概率20％", "风向北")
    law = _text("中华人民共和国某某法", "第一条为了规范某某工作，制定本法。", "第二条本法适用于全国。")
    items = _text("本报评出十大新闻", "（一）某月某日，某会议在北京召开，通过了若干决定。", "（二）某月某日，某工程竣工投入使用，效益显著。")
    photo = _text("为新世纪欢呼（图片）", "2001年1月1日零时，北京中华世纪坛礼花齐放，万民欢腾。（本报记者某某摄）")
    stacked = _text("为祖国守岁", "编者的话", PROSE)
    part = _text("三、进一步推进某某工作需要处理好几个关系", PROSE)
    for run in (weather, law, items, photo, stacked, part):
        arts = cut_articles(run + _text("真正的一条新闻", PROSE))
        assert [a.title for a in arts] == ["真正的一条新闻"], run


def test_a_short_line_after_a_story_ends_it() -> None:
    for tail in (["二○○○年十二月", "（作者为某某协会会长）"], ["风向北", "风力三、四级", "喜迎新年（图片）"], ["某某市人民政府", "（某某网供稿）"]):
        [a, b] = cut_articles(_text("世纪书怀", PROSE, *tail, "另一条新闻标题", PROSE))
        assert a.paragraphs == [PROSE] and b.title == "另一条新闻标题", tail


def test_the_corpus_is_read_back_as_stories_by_day_and_page(tmp_path: Path) -> None:
    text = "".join(_text(f"第{k}号新闻的标题在此", PROSE, PROSE2) for k in range(12)).replace("第", "编")
    n = write_corpus(text, tmp_path, n_days=2, first_day=dt.date(2001, 1, 1), source="made-up.txt")
    days = load_days(tmp_path)
    assert n == 12 and list(days) == [dt.date(2001, 1, 1), dt.date(2001, 1, 2)]
    stories = days[dt.date(2001, 1, 1)]
    assert len(stories) == 6 and {s.section_no for s in stories} == {1, 2}
    assert stories[0].paragraphs == [PROSE, PROSE2]
