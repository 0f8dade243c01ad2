"""Continued stories: parts on different pages (or far apart in one file) become one article."""

from __future__ import annotations

from transforms.bylines import split_continuation
from transforms.continuation import similarity, source_page, stitch, target_page
from transforms.model import Article


def art(aid: str, headline: str, paragraphs, *, page=None, to=None, frm=None, byline=None, authors=(), captions=()) -> Article:
    return Article(
        article_id=aid, seq=int(aid[-3:]), headline=headline, kicker=None, subtitle=None, byline=byline,
        authors=tuple(authors), photographers=(), genre="news", source_outlet=None, captions=tuple(captions),
        continued_to=to, continued_from=frm, paragraphs=tuple(paragraphs), page=page, pages=(page,) if page else (),
    )


def test_markers_are_read_and_resolved_on_the_page_they_are_printed_on() -> None:
    assert split_continuation("打下坚实基础。（下转第二版）")[:3] == ("打下坚实基础。", "第二版", None)
    assert split_continuation("（上接A1版）要坚持问题导向")[:3] == ("要坚持问题导向", None, "A1版")
    assert split_continuation("（转A3）群众满意。")[1] == "A3"
    assert split_continuation("（接第1版）")[2] == "第1版"
    a = art("x-p01-a001", "标题", ["正文。"], page="A01", to="第3版")
    assert target_page(a) == "A03"
    b = art("x-pa03-a001", "", ["正文。"], page="A03", frm="A1版")
    assert source_page(b) == "A01"


def test_parts_on_two_pages_become_one_article_with_the_first_parts_id() -> None:
    one = [
        art("i-p01-a001", "全市经济运行稳中向好", ["一季度，全市经济平稳。"], page="01", to="第二版", byline="本报记者 王茵", authors=["王茵"]),
        art("i-p01-a002", "春耕物资供应充足", ["各地农资储备有序。"], page="01"),
    ]
    two = [
        art("i-p02-a001", "查干湖冬捕文化节总结会召开", ["会议在前郭县召开。"], page="02"),
        art("i-p02-a002", "", ["固定资产投资同比增长12.3%。"], page="02", frm="第一版", captions=["图为工厂车间。"]),
    ]
    s = stitch(one + two)
    ids = [a.article_id for a in s.articles]
    assert ids == ["i-p01-a001", "i-p01-a002", "i-p02-a001"]
    story = s.articles[0]
    assert story.paragraphs == ("一季度，全市经济平稳。", "固定资产投资同比增长12.3%。")
    assert story.page == "01" and story.pages == ("01", "02")
    assert story.continued_to is None and story.continued_from is None
    assert story.captions == ("图为工厂车间。",) and story.authors == ("王茵",)
    assert s.links == (("i-p01-a001", "i-p02-a002"),) and s.dropped == ()


def test_a_part_alone_keeps_its_marker() -> None:
    alone = art("i-p01-a001", "全市经济运行稳中向好", ["一季度。"], page="01", to="第二版")
    s = stitch([alone, art("i-p01-a002", "另一条新闻", ["正文。"], page="01")])
    assert s.articles[0] == alone and s.links == ()
    later = art("i-p02-a001", "", ["固定资产投资增长。"], page="02", frm="第一版")
    assert stitch([later]).articles == (later,)


def test_two_continued_stories_pair_by_repeated_headline_not_only_by_order() -> None:
    a = art("i-p01-a001", "我市推进生态环境问题整改", ["甲。"], page="01", to="第3版")
    b = art("i-p01-a002", "春耕物资储备充足", ["乙。"], page="01", to="第3版")
    # page 3 prints the second story's continuation first, each under a repeated short title
    b2 = art("i-p03-a001", "春耕物资储备", ["乙续。"], page="03", frm="第1版")
    a2 = art("i-p03-a002", "推进生态环境问题整改", ["甲续。"], page="03", frm="第1版")
    s = stitch([a, b, b2, a2])
    by_id = {x.article_id: x for x in s.articles}
    assert set(by_id) == {"i-p01-a001", "i-p01-a002"}
    assert by_id["i-p01-a001"].paragraphs == ("甲。", "甲续。")
    assert by_id["i-p01-a002"].paragraphs == ("乙。", "乙续。")
    assert set(s.dropped) == {"春耕物资储备", "推进生态环境问题整改"}  # the repeated heads: furniture


def test_without_headlines_the_first_jump_goes_with_the_first_continuation() -> None:
    a = art("i-p01-a001", "第一条", ["甲。"], page="01", to="第2版")
    b = art("i-p01-a002", "第二条", ["乙。"], page="01", to="第2版")
    a2 = art("i-p02-a001", "", ["甲续。"], page="02", frm="第1版")
    b2 = art("i-p02-a002", "", ["乙续。"], page="02", frm="第1版")
    s = stitch([a, b, a2, b2])
    assert [x.paragraphs for x in s.articles] == [("甲。", "甲续。"), ("乙。", "乙续。")]


def test_markers_that_disagree_about_pages_are_not_stitched() -> None:
    a = art("i-p01-a001", "标题", ["甲。"], page="01", to="第3版")
    wrong_page = art("i-p02-a001", "", ["续。"], page="02", frm="第1版")
    wrong_source = art("i-p03-a001", "", ["续。"], page="03", frm="第2版")
    assert len(stitch([a, wrong_page, wrong_source]).articles) == 3


def test_a_story_over_three_pages_is_one_chain() -> None:
    a = art("i-p01-a003", "长篇通讯", ["一。"], page="01", to="第2版")
    b = art("i-p02-a001", "", ["二。"], page="02", frm="第1版", to="第3版")
    c = art("i-p03-a004", "", ["三。"], page="03", frm="第2版")
    s = stitch([c, b, a])  # any order in, chains by markers
    assert len(s.articles) == 1
    assert s.articles[0].article_id == "i-p01-a003"
    assert s.articles[0].paragraphs == ("一。", "二。", "三。") and s.articles[0].pages == ("01", "02", "03")


def test_far_apart_in_one_file_without_page_headers() -> None:
    a = art("i-a002", "全市经济运行稳中向好", ["一季度。"], to="第二版")
    mid = art("i-a003", "另一条", ["正文。"])
    b = art("i-a007", "", ["续。"], frm="第一版")
    before = art("i-a001", "", ["不是续篇。"], frm="第一版")  # earlier in the file: not the continuation
    s = stitch([before, a, mid, b])
    assert [x.article_id for x in s.articles] == ["i-a001", "i-a002", "i-a003"]
    assert s.articles[1].paragraphs == ("一季度。", "续。") and s.articles[1].pages == ()


def test_one_marker_and_a_repeated_headline() -> None:
    a = art("i-p01-a001", "我市推进生态环境问题整改工作", ["甲。"], page="01", to="第4版")
    d = art("i-p04-a002", "推进生态环境问题整改", ["甲续。"], page="04")  # marker lost in extraction
    other = art("i-p04-a001", "春耕生产", ["乙。"], page="04")
    s = stitch([a, other, d])
    assert [x.article_id for x in s.articles] == ["i-p01-a001", "i-p04-a001"]
    assert similarity(a, d) > 0.5 and similarity(a, other) == 0


def test_cycles_from_contradictory_markers_do_not_loop() -> None:
    a = art("i-p01-a001", "甲", ["一。"], page="01", to="第2版", frm="第2版")
    b = art("i-p02-a001", "乙", ["二。"], page="02", to="第1版", frm="第1版")
    s = stitch([a, b])
    # each text once: the later part's head, which repeats no title, is kept as its text
    assert sorted(p for x in s.articles for p in x.paragraphs + (x.headline,)) == sorted(["一。", "二。", "甲", "乙"])


def test_a_marker_standing_alone_without_brackets() -> None:
    assert split_continuation("下转A3") == ("", "A3", None, "下转A3")
    assert split_continuation("■上接第1版") == ("", None, "第1版", "■上接第1版")
    assert split_continuation("下转A3的车辆很多。")[1:3] == (None, None)  # prose, not a marker


def test_a_later_parts_head_that_repeats_no_title_is_kept_as_text() -> None:
    """The parser may take the cut first line of a continuation for a head: it is the story's own
    text, so it stays (before the part's paragraphs); only repeated titles are furniture."""
    a = art("i-p01-a001", "抢抓机遇 开足马力 奋勇争先", ["以金翼蛋品为依托。"], page="01", to="第2版")
    b = art("i-p02-a001", "王中代表说，我们企业在市县两级政府及相关部门的大力支持下，模具板块利",
            ["润实现了较大增长。"], page="02", frm="第1版")
    s = stitch([a, b])
    assert [x.article_id for x in s.articles] == ["i-p01-a001"] and s.dropped == ()
    assert s.articles[0].paragraphs == ("以金翼蛋品为依托。", b.headline, "润实现了较大增长。")
