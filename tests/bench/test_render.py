"""The page renderer: markup -> stories -> page text + gold, clean and damaged, pages and issues.

Fixtures are tiny made-up articles (no corpus text); the test on the real corpus is skipped
when its path is absent.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import pytest

from bench import damage as D
from bench.gold import flat
from bench.issuefile import render_issue
from bench.pieces import Layout, PageGold, Piece, article_gold, file_markers, lay_out, pull_quotes, reading, split_lead, story_pieces
from bench.render import render_page, write_set
from bench.stories import Story, byline_names, pages_of, parse_markdown, split_days, story_from

CORPUS = Path("/work/shared/corpora/peoples-daily-dev")

MD_A = """### 某省某县推进农田水利建设——

# 一渠清水润良田（走基层）

## ——某县水利建设见闻

> 本报记者  赵大成  钱  多《人民日报》（2025年03月01日第 04 版）

清晨的田埂上，村民们正忙着疏通水渠，渠水哗哗地流进麦田，远处的抽水泵站也已经开始运转起来。

“以前浇一次地要排好几天队，现在水一开闸就到地头。”种粮大户孙有田说，今年他家的麦子长势格外好。

新修的渠道上，工人正在检查闸门。

本报记者  赵大成摄

**管好用好是关键**

县水利局负责人介绍，全县已建成灌溉渠道一百二十公里，覆盖农田五万亩，管护责任落实到村到户到人。

下一步，当地将继续完善末级渠系，让清水流进更多田间地头，为粮食稳产增产打下坚实基础。
"""

MD_B = """# 小店里的大民生

> 系列：街巷观察

> 李小萌《人民日报》（2025年03月01日第 04 版）

街角的早餐店六点开门，豆浆的香气飘出老远，排队的人从店里一直排到门外。

店主周师傅在这条街上开店已经十几年了，他说最大的心愿就是让街坊们吃上一口热乎的早饭。

这样的小店，撑起了城市里最真实的烟火气，也值得更多关心和支持。
"""

MD_C = """# 某市开通首条跨江公交线路

> 《人民日报》（2025年03月01日第 04 版）

本报某市2月28日电  （记者吴明亮）2月28日，某市首条跨江公交线路正式开通，沿线设站十二个，全程约二十公里。

据介绍，这条线路开通后，两岸居民通勤时间可缩短一半左右，极大方便了群众出行。
"""


def _story(md: str, section: int = 4) -> Story:
    story = story_from({"markdown_body": md, "date": "2025-03-01", "section_no": f"{section:02d}", "section_name": "要闻", "url": md[:20]})
    assert story is not None
    return story


def test_markup_becomes_story_parts() -> None:
    title, kicker, subtitle, label, byline, blocks = parse_markdown(MD_A)
    assert title == "一渠清水润良田（走基层）"
    assert kicker == "某省某县推进农田水利建设——"
    assert subtitle == "——某县水利建设见闻"
    assert label is None
    assert byline == "本报记者  赵大成  钱  多"  # the web edition's tail is not printed on the page
    kinds = [b.kind for b in blocks]
    assert kinds == ["para", "para", "caption", "credit", "crosshead", "para", "para"]
    b = _story(MD_B)
    assert b.label == "街巷观察" and b.byline == "李小萌"


def test_byline_names_close_up_padded_two_character_names() -> None:
    assert byline_names("本报记者  赵大成  钱  多") == ["赵大成", "钱多"]
    assert byline_names("本报记者  钱  多  赵大成") == ["钱多", "赵大成"]
    assert byline_names("李小萌") == ["李小萌"]
    assert byline_names("") == []


def test_byline_names_read_a_lead_s_bracket() -> None:
    # The issue renderer turns "本报记者 王五" into a "本报讯（记者 王五）" lead: the gold still names him.
    assert byline_names("本报南昌5月7日电  （记者杨颜菲）") == ["杨颜菲"]
    assert byline_names("本报讯（记者 强郁文 谢亚宏）") == ["强郁文", "谢亚宏"]
    assert byline_names("新华社北京5月3日电（记者 钱  多、赵大成）") == ["钱多", "赵大成"]
    assert byline_names("本报讯") == [] and byline_names("新华社北京5月3日电") == []


def test_lead_is_the_byline_of_an_unsigned_story() -> None:
    lead, rest = split_lead("本报某市2月28日电  （记者吴明亮）2月28日，某市首条…")
    assert lead == "本报某市2月28日电 （记者吴明亮）" and rest.startswith("2月28日")
    assert split_lead("清晨的田埂上，村民们…") == (None, "清晨的田埂上，村民们…")
    gold = article_gold(story_pieces(_story(MD_C), Layout("all", False, True), random.Random(1), print_label=False))
    assert gold["byline"] == "本报某市2月28日电 （记者吴明亮）" and gold["authors"] == ["吴明亮"]
    assert gold["body_first"].startswith("2月28日")


def test_the_gold_takes_the_dateline_leads_of_2001_as_bylines() -> None:
    for para, lead, rest in [
        ("本报北京12月31日讯记者吴某某报道：记者今天…", "本报北京12月31日讯记者吴某某报道：", "记者今天…"),
        ("本报北京12月31日讯新华社记者秦某、本报记者赵某某报道：乐音…", "本报北京12月31日讯新华社记者秦某、本报记者赵某某报道：", "乐音…"),
        ("本报哈尔滨12月31日电记者董某、胡某、夏某报道：今天…", "本报哈尔滨12月31日电记者董某、胡某、夏某报道：", "今天…"),
        ("本报太原2000年12月31日电记者安某报道：今天…", "本报太原2000年12月31日电记者安某报道：", "今天…"),
        ("据新华社哈瓦那12月30日电（记者郑某）某国…", "据新华社哈瓦那12月30日电（记者郑某）", "某国…"),
        ("本报北京12月31日讯2000年是…", "本报北京12月31日讯", "2000年是…"),
    ]:
        assert split_lead(para) == (lead, rest)
    assert split_lead("据新华社报道，某国今天…") == (None, "据新华社报道，某国今天…")
    # … and names the run-in reporters as the gold's authors
    assert byline_names("本报北京12月31日讯新华社记者秦某、本报记者赵某某报道：") == ["秦某", "赵某某"]
    assert byline_names("本报哈尔滨12月31日电记者董某、胡某、夏某报道：") == ["董某", "胡某", "夏某"]
    assert byline_names("本报太原2000年12月31日电记者安某某报道：") == ["安某某"]
    assert byline_names("据新华社哈瓦那12月30日电（记者郑某某）") == ["郑某某"]
    assert byline_names("本报北京12月31日讯") == []


def test_gold_of_a_story() -> None:
    gold = article_gold(story_pieces(_story(MD_A), Layout("all", True, True), random.Random(1), print_label=False))
    assert gold["kicker"] == "某省某县推进农田水利建设——"
    assert gold["headline"] == "一渠清水润良田（走基层）"
    assert gold["subtitle"] == "某县水利建设见闻"
    assert gold["byline"] == "本报记者 赵大成 钱多"
    assert gold["captions"] == ["新修的渠道上，工人正在检查闸门。"]
    assert gold["paragraphs"][2] == "管好用好是关键"  # a crosshead stays in the body
    assert gold["body_last"] == "为粮食稳产增产打下坚实基础。"[-12:]
    labelled = article_gold(story_pieces(_story(MD_B), Layout("all", True, True), random.Random(1), print_label=True))
    assert labelled["kicker"] == "街巷观察" and labelled["_also_ok"] == {"kicker": [None]}


def test_clean_page_prints_everything_once_and_is_deterministic() -> None:
    stories = [_story(MD_A), _story(MD_B), _story(MD_C)]
    text, gold = render_page(stories, seed="x")
    again, _ = render_page(stories, seed="x")
    assert text == again
    lines = [x for x in text.split("\n") if x]
    assert gold.source_file == "pd-20250301-p04.txt" and gold.kind == "page"
    assert gold.issue == {"paper": "peoples-daily", "issue_date": "2025-03-01", "weekday": "星期六"}
    assert all(f in lines for f in gold.furniture)
    assert [a["headline"] for a in gold.articles] == [s.title for s in stories]
    for story in stories:
        for p in story.paragraphs:
            assert sum(line == p or line.endswith(p) for line in lines) == 1  # one line, printed once
    assert not gold.joins and not gold.duplicates


def _pieces() -> list[Piece]:
    return story_pieces(_story(MD_A), Layout("all", True, True), random.Random(1), print_label=False)


def _gold() -> PageGold:
    return PageGold(source_file="x.txt", kind="page", issue={})


@pytest.mark.parametrize("seed", range(6))
def test_column_split_records_a_join_that_no_line_holds(seed: int) -> None:
    pieces, gold = _pieces(), _gold()
    before = "".join(p.text for p in pieces if p.role == "para")
    assert D.split_column(pieces, random.Random(seed), gold, wedge=seed % 2 == 1)
    (join,) = gold.joins
    assert join in before
    assert not any(join in p.text for p in pieces)
    if seed % 2:
        # the caption stands between the two halves
        roles = [p.role for p in pieces]
        c = roles.index("caption")
        assert roles[c - 1] == "para" and roles[c + 2] == "para"
        assert flat(pieces[c - 1].text + pieces[c + 2].text).find(flat(join)) >= 0


def test_duplicate_prints_a_paragraph_twice() -> None:
    pieces, gold = _pieces(), _gold()
    assert D.duplicate(pieces, random.Random(3), gold)
    (dup,) = gold.copies
    assert sum(dup == p.text for p in pieces) == 2


def test_lead_above_heading_and_heading_mid_sentence() -> None:
    pieces, gold = _pieces(), _gold()
    assert D.lead_above(pieces, random.Random(0), gold)
    assert pieces[0].role == "para" and pieces[0].text.startswith("清晨的田埂上")
    assert [p.role for p in pieces[1:4]] in (["kicker", "title", "subtitle"], ["para", "kicker", "title"])
    pieces, gold = _pieces(), _gold()
    assert D.heading_mid_sentence(pieces, random.Random(0), gold)
    top = pieces.index(next(p for p in pieces if p.role == "kicker"))
    assert pieces[0].role == "para" and "清晨的田埂上" in pieces[0].text
    below = next(p for p in pieces[top:] if p.role == "para")
    assert flat(gold.joins[0]) in flat(pieces[0].text + below.text)


def test_heading_lines_printed_as_one() -> None:
    gold = _gold()
    spaced = [Piece("kicker", "拓展品类 升级服务"), Piece("title", "以旧换新成效显现")]
    assert D.kicker_on_title(spaced, random.Random(0), gold) is False  # could not be told apart again
    pieces = [Piece("kicker", "某县召开会议强调"), Piece("title", "抓好春耕 保障供给"), Piece("subtitle", "——某地纪实之三"), Piece("para", "正文。")]
    assert D.kicker_on_title(pieces, random.Random(0), gold)
    assert D.subtitle_on_title(pieces, random.Random(0), gold)
    text = lay_out(pieces, Layout("all", True, True))
    first = text.split("\n")[0]
    assert first.startswith("某县召开会议强调 ") and "抓好春耕 保障供给" in first and first.endswith("——某地纪实之三")


def test_issue_file_has_masthead_and_every_story() -> None:
    pages = [[_story(MD_A, 1), _story(MD_C, 1)], [_story(MD_B, 2)]]
    text, gold = render_issue(pages, seed="s", damage=0)
    assert gold.kind == "issue" and gold.issue["paper"] == "liaoyuan-daily"
    assert gold.issue["issue_date"] == "2025-03-01" and gold.issue["page_count"] == 2
    assert "LIAO YUAN RI BAO" in text and f"总第{gold.issue['issue_number']}期" in text
    assert len(gold.articles) == 3
    flat_text = flat(text)
    for a in gold.articles:
        assert all(flat(p) in flat_text for p in a["paragraphs"])
        # "本报记者 赵大成 钱多" printed as a "本报讯（记者 赵大成 钱多）" lead or not, the writers stay
        if a["headline"] == "一渠清水润良田（走基层）":
            assert a["authors"] == ["赵大成", "钱多"]


def test_days_split_by_time() -> None:
    days = [dt.date(2025, 2, d) for d in (9, 1, 5, 3)]
    assert split_days(days, "fit") == [dt.date(2025, 2, 1), dt.date(2025, 2, 3)]
    assert split_days(days, "test") == [dt.date(2025, 2, 5), dt.date(2025, 2, 9)]
    assert split_days(days, "dev") == [dt.date(2025, 2, 5)] and split_days(days, "holdout") == [dt.date(2025, 2, 9)]
    with pytest.raises(ValueError, match="unknown split"):
        split_days(days, "later")
    assert pages_of([_story(MD_B, 2), _story(MD_A, 1)])[0][0].section_no == 1


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"corpus of marked-up articles not found at {CORPUS}")
def test_renders_the_real_corpus(tmp_path: Path) -> None:
    written = write_set(CORPUS, tmp_path / "p", kind="pages", split="test", damage=1.0)
    assert len(written) > 20
    gold = json.loads(written[0].with_suffix(".json").read_text(encoding="utf-8"))
    assert gold["articles"] and gold["issue"]["paper"] == "peoples-daily"
    issues = write_set(CORPUS, tmp_path / "i", kind="issues", split="test")
    assert len(issues) == len({p.name.split("-p")[0] for p in written})


def test_render_command_on_a_tiny_corpus(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from baozhi.cli import app

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    articles = [
        {"markdown_body": md, "date": "2025-03-01", "section_no": no, "section_name": "要闻", "url": f"u{i}"}
        for i, (md, no) in enumerate(((MD_A, "01"), (MD_B, "01"), (MD_C, "02")))
    ]
    (corpus / "articles_20250301.json").write_text(json.dumps(articles, ensure_ascii=False), encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["render", "--corpus", str(corpus), "--out", str(tmp_path / "out"), "--damage", "1"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "pd-20250301-p01.json", "pd-20250301-p01.txt", "pd-20250301-p02.json", "pd-20250301-p02.txt",
    ]
    result = runner.invoke(app, ["eval", "--gold", str(tmp_path / "out"), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["files"] == 2


def test_a_duplicates_marker_is_a_piece_no_other_paragraph_prints() -> None:
    # A letter's salutation and the report under it that quotes it share a long run: the marker the
    # scorer counts must be a piece of the copy the rest of the page does not print.
    letter = "某某省某某县某某乡中心小学支教志愿者服务队全体队员："
    report = "新华社北京5月3日电  某某给某某省某某县某某乡中心小学支教志愿者服务队全体队员回信，勉励他们扎根基层。"
    pieces = [Piece("headline", "回信"), Piece("para", letter), Piece("para", report)]
    gold = PageGold(source_file="x.txt", kind="page", issue={})
    assert D.duplicate(pieces, random.Random(0), gold)
    page = flat("\n".join(p.text for p in pieces))
    (marker,) = file_markers(gold.copies, page)
    # Printed by the copied paragraph and its copy only, whichever of the two was copied.
    assert page.count(flat(marker)) == 2 and [flat(marker) in flat(t) for t in (letter, report)].count(True) == 1
    # Where the middle of the copy is printed nowhere else, the marker is its middle, as before.
    copy = "清晨的田埂上，村民们正忙着疏通水渠，渠水哗哗地流进麦田。"
    middle = copy[len(copy) // 2 - 8 : len(copy) // 2 + 8]
    assert file_markers([copy], flat(copy * 2)) == [middle]


def test_a_duplicates_marker_is_no_piece_another_story_prints() -> None:
    # The copied paragraph's middle is printed by another story on the same file too (a report and
    # the speech it covers): the marker is a piece only the copy and its original print.
    copy = "某某县今年春耕开局良好，全县新修水渠二十公里，灌溉面积比去年扩大三成，农户增收明显。"
    other = "会议指出，全县新修水渠二十公里，灌溉面积比去年扩大三成。"
    for text in (copy * 2 + other, other + copy * 2, copy + other + copy):
        (marker,) = file_markers([copy], flat(text))
        assert flat(text).count(flat(marker)) == 2 and flat(marker) not in flat(other)
    # A pull quote printed twice and then copied once more by the damage: printed three times.
    assert file_markers([copy, copy], flat(copy * 3 + other)) == [file_markers([copy], flat(copy * 2 + other))[0]] * 2


@pytest.mark.parametrize("cut", [10, 20, 30])
def test_a_marker_is_printed_in_the_reading_only_where_the_copy_is(cut: int) -> None:
    # The damage copied a brief, then cut the original by its heading ("…涉" above, "及…" under):
    # the file prints a piece across the cut once less, and another brief printing the same words
    # makes up the count. A right reading prints that piece twice (both briefs): no marker.
    eighth = "本报讯9月3日，某某督察组将第八批群众来信举报案件移交某某市。案件共有4件，涉及大气污染、噪声问题。"
    tenth = "本报讯9月5日，某某督察组将第十批群众来信举报案件移交某某市。案件共有4件，涉及大气污染、生态问题。"
    text = flat(eighth[:cut] + "某某督察组向某某市转交第八批信访件" + eighth[cut:] + eighth + tenth)
    reading_text = flat(eighth + tenth)
    (marker,) = file_markers([eighth], text, reading_text)
    assert reading_text.count(flat(marker)) == 1 and text.count(flat(marker)) == 2
    assert flat(marker) not in flat(tenth)


def test_a_marker_of_a_copy_the_reading_does_not_print_whole_is_chosen_as_before() -> None:
    # A pull quote the body words otherwise: the reading holds no copy of it to count against.
    quote = "只要群众的事有人管、有人问，治理就有了根基，干事才有底气"
    body = "某某县的经验说明，只要群众的事有人管，治理就有了根基。"
    assert file_markers([quote], flat(quote * 2 + body), flat(body)) == file_markers([quote], flat(quote * 2 + body))


def test_a_pull_quote_holding_a_later_paragraph_keeps_its_marker() -> None:
    # A commentary opens with two quotes run together, the first printed again further on as a
    # paragraph of its own: the right reading keeps that paragraph once, where the body prints it.
    first = "基础打得好，干事创业才有深厚支撑，才能举重若轻，事半功倍。"
    quotes = first + "所有向上生长的惊艳，都源自向下扎根的力量"
    body = ["将树苗埋进沙坑，围着树苗一脚一脚地踩，踩实后添一层土继续踩。", first, "站在沙丘上远眺，成片的松林化成绿洲。"]
    pieces = [Piece("title", "一脚一脚踩出春天（金台随笔）"), Piece("para", quotes), *(Piece("para", p) for p in body)]
    gold = PageGold(source_file="x.txt", kind="page", issue={})
    gold.articles.append(article_gold(pieces))
    read = reading(gold)
    copies = pull_quotes(gold)
    assert copies == [quotes]
    (marker,) = file_markers(copies, flat("\n".join(p.text for p in pieces)), read)
    assert flat(marker) in flat(first) and read.count(flat(marker)) == 1


def test_a_copy_printed_whole_elsewhere_gets_no_marker() -> None:
    # A letter's paragraph that the report under it quotes verbatim: no piece of the copy tells it
    # from the quote, so no marker can count a copy left.
    para = "希望你们扎根基层，把所学知识用在某某乡的孩子们身上，在奉献中成长。"
    report = f"某某在回信中说，{para}某某乡中心小学师生深受鼓舞。"
    assert file_markers([para], flat(para * 2 + report)) == []
    assert file_markers([para], flat(para * 2 + "某某乡中心小学师生深受鼓舞。")) != []


def test_recompose_redraws_kickers_and_subtitles_and_keeps_the_rest() -> None:
    from bench.recompose import recompose

    day = dt.date(2025, 3, 1)
    stories = [_story(MD_A), _story(MD_B), _story(MD_C)] * 8
    days = {day: stories}
    once, again = recompose(days, 1), recompose(days, 1)
    assert once == again  # same seed, same stories
    new = once[day]
    assert [(s.title, s.byline, s.blocks) for s in new] == [(s.title, s.byline, s.blocks) for s in stories]
    assert {s.kicker for s in new} <= {None, stories[0].kicker} and {s.subtitle for s in new} <= {None, stories[0].subtitle}
    # Stories printed without a kicker or subtitle are given ones drawn from the others.
    assert any(s.kicker and not old.kicker for s, old in zip(new, stories))
    assert any(s.subtitle and not old.subtitle for s, old in zip(new, stories))
    assert recompose(days, 2) != once


def test_render_command_recomposes_only_when_asked(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    arts = [{"markdown_body": md, "date": "2025-03-01", "section_no": "04", "section_name": "要闻", "url": f"u{i}"} for i, md in enumerate((MD_A, MD_B, MD_C) * 4)]
    (corpus / "articles_20250301.json").write_text(json.dumps(arts, ensure_ascii=False), encoding="utf-8")
    plain = write_set(corpus, tmp_path / "plain", kind="pages")
    again = write_set(corpus, tmp_path / "again", kind="pages")
    redrawn = write_set(corpus, tmp_path / "redrawn", kind="pages", recompose=3)
    read = lambda paths: [p.with_suffix(".json").read_text(encoding="utf-8") for p in paths]  # noqa: E731
    assert read(plain) == read(again) and read(plain) != read(redrawn)
    gold = [a for p in redrawn for a in json.loads(p.with_suffix(".json").read_text(encoding="utf-8"))["articles"]]
    assert any(a.get("kicker") and a["headline"].startswith("小店") for a in gold)  # a kicker its markup lacks


@pytest.mark.parametrize(
    ("heading", "lines"),
    [
        ("市人大常委会对杨木水库水源地整改方案落实情况开展专题调研", 2),
        ("绿水青山 冰天雪地 都是金山银山 共绘发展新图景", 2),  # breaks at a space, as the 辽源日报 sample's kicker
        ("用创造拥抱新时代，以奋斗铸就新辉煌（新论）", 2),
        ("某县推进水利", 1),  # as short as the box: one line
    ],
)
def test_a_long_heading_wraps_over_two_lines_and_keeps_its_gold(heading: str, lines: int) -> None:
    pieces = [Piece("title", heading), Piece("byline", "本报记者 某某"), Piece("para", "正文。")]
    for seed in range(20):
        out = D.wrap_headings(pieces, random.Random(seed))
        titles = [p.text for p in out if p.role == "title"]
        assert len(titles) == lines and flat("".join(titles)) == flat(heading)
        # Chinese typesetting never opens a line on a pause or a closing mark.
        assert not any(t[0] in "，。、；：”》）" for t in titles[1:])
        assert all(p.gap is False and not p.mark for p in out if p.role == "title" and p is not out[0])
        assert [p.role for p in out][-2:] == ["byline", "para"]


def test_wrapping_keeps_kicker_and_title_printed_on_one_line_as_they_are() -> None:
    pieces = [Piece("kicker", "某某会议召开时强调各地要抓好春耕生产"), Piece("title", " 保障粮食和重要农产品稳定供给", glue=True)]
    assert D.wrap_headings(pieces, random.Random(0)) == pieces


def test_render_command_wraps_only_when_asked(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    long_a = MD_A.replace("# 一渠清水润良田（走基层）", "# 一渠清水润良田 某县农田水利建设助力粮食稳产增产（走基层）")
    arts = [{"markdown_body": md, "date": "2025-03-01", "section_no": "04", "section_name": "要闻", "url": f"u{i}"} for i, md in enumerate((long_a, MD_B, MD_C) * 2)]
    (corpus / "articles_20250301.json").write_text(json.dumps(arts, ensure_ascii=False), encoding="utf-8")
    for kind in ("pages", "issues"):
        plain = write_set(corpus, tmp_path / f"plain-{kind}", kind=kind, damage=1.0)
        wrapped = write_set(corpus, tmp_path / f"wrapped-{kind}", kind=kind, damage=1.0, wrap=True)
        for p, w in zip(plain, wrapped):
            # The gold does not change; the text gains line breaks inside the long title only.
            assert p.with_suffix(".json").read_text(encoding="utf-8") == w.with_suffix(".json").read_text(encoding="utf-8")
            ptext, wtext = p.read_text(encoding="utf-8"), w.read_text(encoding="utf-8")
            assert flat(ptext) == flat(wtext) and len(wtext.splitlines()) >= len(ptext.splitlines())
    clean = write_set(corpus, tmp_path / "clean", kind="pages", wrap=True)[0].read_text(encoding="utf-8")
    assert not any(flat("润良田某县农田") in flat(line) for line in clean.splitlines())


@pytest.mark.parametrize("seed", range(8))
def test_caption_twice_prints_a_caption_again_after_its_photo(seed: int) -> None:
    pieces, gold = _pieces(), _gold()
    before = list(pieces)
    assert D.caption_twice(pieces, random.Random(seed), gold)
    assert gold.damage == ["caption_twice"] and not gold.copies and not gold.joins
    texts = [p.text for p in pieces]
    caption = next(p.text for p in before if p.role == "caption")
    first, second = (k for k, t in enumerate(texts) if t == caption)
    assert 1 <= second - first <= 5  # right after the photo block or up to three lines on
    assert texts.count("本报记者  赵大成摄") in (1, 2)  # with its credit, or alone
    extra = list(pieces)
    for p in before:
        extra.remove(next(q for q in extra if q.role == p.role and q.text == p.text))
    assert {p.role for p in extra} <= {"caption", "credit"} and extra[0].text == caption


def test_caption_twice_needs_a_caption() -> None:
    pieces, gold = [Piece("title", "某县召开会议"), Piece("para", "正文。")], _gold()
    assert D.caption_twice(pieces, random.Random(0), gold) is False and not gold.damage


def test_captions_twice_only_when_asked_and_nothing_else_changes() -> None:
    stories = [_story(MD_A), _story(MD_B), _story(MD_C)]
    for seed in ("a", "b", "c", "d"):
        plain, plain_gold = render_page(stories, seed=seed, damage=1.0)
        assert (plain, plain_gold) == render_page(stories, seed=seed, damage=1.0, captions_twice=0)
        doubled, gold = render_page(stories, seed=seed, damage=1.0, captions_twice=2)  # every story with a photo
        assert "caption_twice" in gold.damage and "caption_twice" not in plain_gold.damage
        assert gold.articles == plain_gold.articles and gold.joins == plain_gold.joins
        lines = [x for x in doubled.split("\n") if x]
        for x in (x for x in plain.split("\n") if x):
            lines.remove(x)
        assert lines and set(lines) <= {"新修的渠道上，工人正在检查闸门。", "本报记者  赵大成摄", "本报记者 赵大成摄"}
    issue, issue_gold = render_issue([stories], seed="s", captions_twice=2)
    assert "caption_twice" in issue_gold.damage and render_issue([stories], seed="s")[0] != issue


def test_render_command_doubles_captions_only_when_asked(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from baozhi.cli import app

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    arts = [{"markdown_body": md, "date": "2025-03-01", "section_no": "04", "section_name": "要闻", "url": f"u{i}"} for i, md in enumerate((MD_A, MD_B, MD_C) * 4)]
    (corpus / "articles_20250301.json").write_text(json.dumps(arts, ensure_ascii=False), encoding="utf-8")
    runner = CliRunner()
    for name, extra in (("plain", []), ("caps", ["--captions-twice", "2"])):
        result = runner.invoke(app, ["render", "--corpus", str(corpus), "--out", str(tmp_path / name), "--damage", "1", *extra])
        assert result.exit_code == 0, result.output
    plain, caps = (json.loads((tmp_path / n / "pd-20250301-p04.json").read_text(encoding="utf-8")) for n in ("plain", "caps"))
    assert "caption_twice" in caps["damage"] and "caption_twice" not in plain["damage"]
    assert caps["articles"] == plain["articles"]


@pytest.mark.parametrize("credit", ["资料照片", "资料图片", "受访者供图", "本报记者  吴  君摄", "中新社发"])
def test_an_archive_photo_credit_is_a_credit_not_the_first_paragraph(credit):
    # "资料照片" under a photo's caption was kept as the story's first paragraph, so the gold
    # wanted the body to open on a credit the parser rightly reads as one.
    md = f"# 铭记历史\n\n图②：1945年的一张合影。\n\n{credit}\n\n今年是抗战胜利80周年。"
    *_, blocks = parse_markdown(md)
    assert [b.kind for b in blocks] == ["caption", "credit", "para"]
