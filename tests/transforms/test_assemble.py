"""One issue from its parts: page files of a sample issue give the same stories as the whole file,
with ids that survive late and corrected pages, and continued stories stitched."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter

import pytest

from bench.pagefiles import cut_issue
from tests.transforms.conftest import SAMPLES, sample_text
from transforms.assemble import assemble
from transforms.delivery import ISSUE, PAGE, identify
from transforms.model import ParsedIssue
from transforms.papers import committed
from transforms.parse import parse_issue, parse_part

SAMPLE = "002_8752af011981d324.txt"  # 辽源日报 2021-09-06, 8 stories
DAY = "liaoyuan-daily/2021-09-06"
ISSUE_ID = "liaoyuan-daily-2021-09-06"
CUT = "本报讯(记者 王茵)9月3日上午"  # the first paragraph of story 2: page 1 ends there
HEADER = ["辽源日报 2021年9月6日 第2版", "要闻 2"]


def part(text: str, source_file: str):
    p = parse_part(text.encode("utf-8"), source_file=source_file, default_paper="liaoyuan-daily")
    assert not hasattr(p, "reason"), p
    return p


def pages(**kw):
    one, two = cut_issue(sample_text(SAMPLE), at=CUT, header=HEADER, continued=True, **kw)
    return part(one, f"{DAY}/01.txt"), part(two, f"{DAY}/02.txt")


def whole() -> ParsedIssue:
    return parse_issue(sample_text(SAMPLE).encode("utf-8"), source_file=f"{DAY}.txt", default_paper="liaoyuan-daily")


def stories(issue: ParsedIssue) -> list[tuple[str, tuple[str, ...]]]:
    return [(a.headline, a.paragraphs) for a in issue.articles]


def test_two_page_files_give_the_whole_files_stories_with_the_continued_one_stitched() -> None:
    p1, p2 = pages()
    assert (p1.identity.issue_id, p1.identity.page, p1.identity.kind) == (ISSUE_ID, "01", PAGE)
    assert (p2.identity.issue_id, p2.identity.page) == (ISSUE_ID, "02")
    issue = assemble([p2, p1])  # any order
    assert stories(issue) == stories(whole())
    assert issue.pages == ("01", "02") and issue.accounting.balanced and issue.pages_missing == ("03", "04")
    story = issue.articles[1]
    assert story.article_id == f"{ISSUE_ID}-p01-a002" and story.pages == ("01", "02")
    assert story.continued_to is None and story.continued_from is None
    assert [a.article_id for a in issue.articles[2:4]] == [f"{ISSUE_ID}-p02-a002", f"{ISSUE_ID}-p02-a003"]
    assert [a.seq for a in issue.articles] == list(range(1, 9))
    assert [issue.parts[i].source_file for i in issue.article_parts[:3]] == [f"{DAY}/01.txt", f"{DAY}/01.txt", f"{DAY}/02.txt"]
    # the issue's facts come from the masthead page
    assert (issue.issue_number, issue.page_count, issue.date_source) == (8353, 4, "masthead")


def test_a_page_alone_keeps_its_continuation_markers() -> None:
    p1, p2 = pages()
    first = assemble([p1])
    assert [a.article_id for a in first.articles] == [f"{ISSUE_ID}-p01-a001", f"{ISSUE_ID}-p01-a002"]
    assert first.articles[1].continued_to == "第2版" and first.pages == ("01",)
    assert first.pages_missing == ("02", "03", "04")  # 今日4版 on page 1
    second = assemble([p2])
    lone = second.articles[0]
    assert lone.headline == "" and lone.continued_from == "第1版" and lone.article_id == f"{ISSUE_ID}-p02-a001"
    assert second.articles[1].headline.startswith("程宇深入一线")  # the next story keeps its own start


def test_a_late_page_changes_no_id_of_the_page_before() -> None:
    p1, p2 = pages()
    before = {a.article_id: a for a in assemble([p1]).articles}
    after = {a.article_id: a for a in assemble([p1, p2]).articles}
    assert set(before) <= set(after)
    assert after[f"{ISSUE_ID}-p01-a001"] == dataclasses.replace(before[f"{ISSUE_ID}-p01-a001"])
    grown = after[f"{ISSUE_ID}-p01-a002"]
    assert grown.paragraphs[: len(before[f"{ISSUE_ID}-p01-a002"].paragraphs)] == before[f"{ISSUE_ID}-p01-a002"].paragraphs


def test_a_corrected_page_changes_only_its_own_stories() -> None:
    p1, p2 = pages()
    one, two = cut_issue(sample_text(SAMPLE), at=CUT, header=HEADER, continued=True)
    fixed = part(two.replace("产业工人队伍建设改革推进会", "产业工人队伍建设改革推进大会"), f"{DAY}/02.txt")
    a = {x.article_id: x for x in assemble([p1, p2]).articles}
    b = {x.article_id: x for x in assemble([p1, fixed]).articles}
    assert a.keys() == b.keys()
    changed = {k for k in a if a[k] != b[k]}
    assert changed == {f"{ISSUE_ID}-p02-a004"} and "推进大会" in b[f"{ISSUE_ID}-p02-a004"].headline


def test_a_repeated_title_over_the_continuation_is_furniture() -> None:
    p1, p2 = pages(repeat_headline="持续推进整改")
    issue = assemble([p1, p2])
    assert stories(issue) == stories(whole()) and issue.accounting.balanced
    assert issue.accounting.chars_furniture > whole().accounting.chars_furniture


def test_one_file_holding_two_pages_stitches_within_the_file() -> None:
    one, two = cut_issue(sample_text(SAMPLE), at=CUT, header=["第2版 要闻"], continued=True)
    p = part(one + "\n" + two, f"{DAY}.txt")
    assert p.identity.kind == ISSUE and p.pages == ("01", "02")
    issue = assemble([p])
    assert stories(issue) == stories(whole())
    assert [a.article_id for a in issue.articles][:3] == [f"{ISSUE_ID}-a001", f"{ISSUE_ID}-a002", f"{ISSUE_ID}-a004"]
    assert [a.pages for a in issue.articles][:3] == [("01",), ("01", "02"), ("02",)]


def test_a_whole_issue_file_keeps_its_ids() -> None:
    issue = whole()
    assert [a.article_id for a in issue.articles] == [f"{ISSUE_ID}-a{n:03d}" for n in range(1, 9)]
    assert issue.pages == () and all(a.page is None and a.pages == () for a in issue.articles)
    assert issue.pages_missing is None
    assert issue.parts[0].page is None and set(issue.article_parts) == {0}


@pytest.mark.parametrize("source_file", [f"{DAY}/02.txt", "lyrb_20210906_02.txt", "liaoyuan-daily/2021-09-06/page-02.txt"])
def test_identify_agrees_with_the_parser(source_file) -> None:
    _, two = cut_issue(sample_text(SAMPLE), at=CUT, header=HEADER, continued=True)
    ident = identify(two.encode("utf-8"), source_file=source_file, default_paper="liaoyuan-daily", registry=committed())
    assert ident == part(two, source_file).identity
    assert (ident.issue_id, ident.page) == (ISSUE_ID, "02")


def test_a_page_header_naming_another_paper_in_the_default_folder() -> None:
    text = "人民日报 2025年6月15日 星期日\n\n第5版 要闻\n\n春耕物资供应充足\n\n本报北京6月14日电（记者 王茵）今年以来，各地农资储备工作有序推进，化肥、种子供应充足。\n"
    p = part(text, "liaoyuan-daily/x-05.txt")
    assert (p.identity.paper, p.identity.issue_id, p.identity.page) == ("peoples-daily", "peoples-daily-2025-06-15", "05")
    assert assemble([p]).articles[0].article_id == "peoples-daily-2025-06-15-p05-a001"


def test_the_page_in_the_text_wins_over_the_file_name() -> None:
    _, two = cut_issue(sample_text(SAMPLE), at=CUT, header=["第3版 要闻"], continued=True)
    assert part(two, f"{DAY}/02.txt").identity.page == "03"


def test_parts_that_cannot_make_one_issue_are_refused() -> None:
    p1, p2 = pages()
    with pytest.raises(ValueError, match="two parts for one page"):
        assemble([p1, p1])
    other = part(sample_text("004_1ed890315a895296.txt"), "liaoyuan-daily/2021-01-27/01.txt")
    with pytest.raises(ValueError, match="different issues"):
        assemble([p1, other])


def test_folios_at_the_foot_of_each_page_close_their_page() -> None:
    one, two = cut_issue(sample_text(SAMPLE), at="## 程宇深入一线")
    p = part(one + "\n第1版\n\n" + two + "\n\n第2版\n", f"{DAY}.txt")
    assert p.pages == ("01", "02")
    issue = assemble([p])
    # (the sample's stranded column fragments can no longer move across the cut, so only the
    # stories' starts are compared)
    assert [a.headline for a in issue.articles] == [a.headline for a in whole().articles]
    assert [a.page for a in issue.articles] == ["01", "01"] + ["02"] * 6 and issue.accounting.balanced


def test_a_page_file_after_a_whole_issue_file_adds_or_replaces_that_page() -> None:
    one, two = cut_issue(sample_text(SAMPLE), at=CUT, header=["第2版 要闻"], continued=True)
    both = part(one + "\n" + two, f"{DAY}.txt")  # a whole-issue file holding pages 01 and 02
    fixed = part(two.replace("产业工人队伍建设改革推进会", "产业工人队伍建设改革推进大会"), f"{DAY}/02.txt")
    issue = assemble([both, fixed])
    heads = [a.headline for a in issue.articles]
    assert sum("推进大会" in h for h in heads) == 1 and not any(h.endswith("改革推进会") for h in heads)
    assert len(issue.articles) == len(whole().articles) and issue.accounting.balanced
    assert issue.articles[0].article_id == f"{ISSUE_ID}-a001"  # the whole file's ids stay
    assert issue.articles[1].pages == ("01", "02")  # page 1's story stitched to the new page 2
    late = part(two.replace("第2版 要闻", "第5版 要闻"), f"{DAY}/05.txt")  # a page the file did not hold
    assert len(assemble([both, late]).articles) == len(whole().articles) + len(late.articles)


def test_a_continuation_printed_without_its_marker_is_taken_by_the_story_that_jumps_there() -> None:
    p1, p2 = pages(from_marker=False)
    issue = assemble([p1, p2])
    assert stories(issue) == stories(whole()) and issue.accounting.balanced
    assert issue.articles[1].pages == ("01", "02") and issue.articles[2].article_id == f"{ISSUE_ID}-p02-a002"
    # page 2 alone: the unmarked text goes back to the story under it (read as its lead), the
    # ids are those it has when page 1 is there
    alone = assemble([p2])
    assert alone.articles[0].article_id == f"{ISSUE_ID}-p02-a002" and alone.articles[0].continued_from is None
    assert alone.articles[0].paragraphs[0].startswith("在仙人河医院段")
    assert all(a.continued_from != "?" for a in alone.articles)


def test_prose_before_the_first_headline_of_the_first_page_is_never_marked() -> None:
    p1, _ = pages(from_marker=False)
    assert all(a.continued_from is None for a in p1.articles)


def _agreement_cases():
    from pathlib import Path

    root = Path(__file__).resolve().parent
    cases = [(p.read_bytes(), name) for p in sorted((root / "heldout" / "cases").glob("*.txt"))
             for name in (p.name, f"x/2023-03-15/{p.stem[-2:]}.txt")]
    one, two = cut_issue(sample_text(SAMPLE), at=CUT, header=HEADER, continued=True)
    cases += [(one.encode(), f"{DAY}/01.txt"), (two.encode(), "lyrb_20210906_02.txt"),
              ((one + "\n" + two).encode(), f"{DAY}.txt"), (("  " * 40 + "人民日报 2025年6月15日 星期日\n\n正文。").encode(), "a.txt")]
    return cases + [(sample_text(n).encode(), f"liaoyuan-daily/{n}") for n in (SAMPLE, "000_0da2c49996d6d99d.txt")]


def test_identify_reads_only_short_lines_and_agrees_with_the_parser_on_issue_and_page() -> None:
    for data, name in _agreement_cases():
        ident = identify(data, source_file=name, default_paper="liaoyuan-daily", registry=committed())
        parsed = parse_part(data, source_file=name, default_paper="liaoyuan-daily")
        if hasattr(parsed, "reason"):
            assert hasattr(ident, "reason"), name
            continue
        assert (ident.issue_id, ident.page, ident.paper) == (parsed.identity.issue_id, parsed.identity.page,
                                                             parsed.identity.paper), name


# -- every cut of every sample -----------------------------------------------------------------


def _cjk(text: str) -> str:
    return "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff")


def _printed(issue: ParsedIssue) -> Counter:
    """The ideographs of an issue's articles (heads, body, captions), as a multiset."""
    return Counter(_cjk("".join("".join(filter(None, (a.kicker, a.headline, a.subtitle, a.body, *a.captions)))
                                for a in issue.articles)))


def _cuts(name: str) -> list[tuple[str, str, str]]:
    """(cut text, next line, headline) for every pair of prose lines inside one story of the whole
    parse, where the story's headline is printed above them: a page can end between the two. (Two
    samples print a story's lead above its headline, which their whole parse mends by reading order;
    no paper jumps a story between its lead and its headline, so those cuts are not made.)"""
    text = sample_text(name)
    issue = parse_issue(text.encode("utf-8"), source_file=f"liaoyuan-daily/{name}", default_paper="liaoyuan-daily")
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    out = []
    for i, j in zip(filled, filled[1:]):
        a, b = lines[i].strip(), lines[j].strip()
        if len(a) < 40 or len(b) < 40 or "下转" in a or sum(a[:25] in x for x in lines) != 1:
            continue
        story = next((x for x in issue.articles if _cjk(a)[3:20] in _cjk(x.body)), None)
        if story is None or _cjk(b)[3:20] not in _cjk(story.body):
            continue
        head = next((k for k, x in enumerate(lines) if x.strip() and _cjk(x) == _cjk(story.headline)), None)
        if head is not None and head < i:
            out.append((a[:25], b, story.headline))
    return out


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.glob("*.txt")))
def test_every_cut_of_a_sample_into_two_pages_gives_the_whole_issue_back(name) -> None:
    """Page 1 ending in "（下转第2版）" anywhere inside a story, page 2 going on under a header with
    or without "（上接第1版）": one issue, the whole file's stories, the continued story one
    article holding both parts with the first part's id, no ideograph lost, the same ids whatever
    order the pages come in, and a corrected page 2 changing page 2's articles only."""
    text = sample_text(name)
    whole_issue = parse_issue(text.encode("utf-8"), source_file=f"liaoyuan-daily/{name}", default_paper="liaoyuan-daily")
    day = (whole_issue.issue_date or dt.date(2019, 5, 31)).isoformat()
    header = [f"辽源日报 {day[:4]}年{int(day[5:7])}月{int(day[8:])}日 第2版"]
    cuts = _cuts(name)
    assert len(cuts) >= 10, cuts
    for at, following, headline in cuts:
        for from_marker in (True, False):
            one, two = cut_issue(text, at=at, header=header, continued=True, from_marker=from_marker)
            p1, p2 = part(one, f"liaoyuan-daily/{day}/01.txt"), part(two, f"liaoyuan-daily/{day}/02.txt")
            why = f"{name}: page 1 ends in {at!r} ({'with' if from_marker else 'without'} 上接)"
            assert p1.identity.issue_id == p2.identity.issue_id, why
            issue = assemble([p1, p2])
            assert sorted(a.headline for a in issue.articles) == sorted(a.headline for a in whole_issue.articles), why
            story, = [a for a in issue.articles if a.headline == headline]
            assert _cjk(following)[3:20] in _cjk(story.body) and story.pages == ("01", "02"), why
            assert story.article_id.startswith(f"{p1.identity.issue_id}-p01-"), why
            assert not _printed(whole_issue) - _printed(issue), why
            assert [a.article_id for a in assemble([p2, p1]).articles] == [a.article_id for a in issue.articles], why
            # a corrected page 2: page 1's own stories are untouched
            fixed = part(two.replace(following[:12], following[:12] + "更正", 1), f"liaoyuan-daily/{day}/02.txt")
            again = {a.article_id: a for a in assemble([p1, fixed]).articles}
            assert again.keys() == {a.article_id for a in issue.articles}, why
            for a in issue.articles:
                if a.pages == ("01",):
                    assert again[a.article_id] == a, why
            assert "更正" in "".join((again[story.article_id].body, *again[story.article_id].captions)), why


def test_a_stranded_lead_under_an_unmarked_continuation_keeps_its_byline() -> None:
    """Page 2 opens with the rest of a story (no "上接" printed), then a story's lead printed above
    its headline: the prose is the continuation, the lead and its byline go to their own story."""
    page2 = "\n\n".join([
        "辽源日报 2021年9月6日 第2版",
        "“推广这些综合配套种植模式，学会相应的方法和本领也很关键。”何萍表示，一方面要增加科研经费，"
        "深化科企合作，改进新型肥料与数字化施肥装备之间的匹配度；另一方面，也要做好技术培训和典型示范。",
        "合理施用各类化肥，对于稳定粮食生产作用明显。近年来，农业农村部门不断推动化肥节量提效，成效明显。",
        "本报讯(记者 韩冬)“实施好东辽河治理工程”，这是今年东辽县政府工作报告中的一件事，也是全国人大代表、"
        "村党支部书记王秀兰一直在操心的事。",
        "王秀兰代表——",
        "治理工程完善生态网络（代表委员履职故事）",
        "东辽河，是辽河的源头，流经辽源市区和东辽县，直到治理工程开工，两岸村屯的污水还直排入河。",
        "在一次调研中，王秀兰了解到这样一个故事：一位菜农用心培育的蔬菜，因为河水污染无法灌溉。",
    ]) + "\n"
    p = part(page2, f"{DAY}/02.txt")
    story, = [a for a in p.articles if a.headline == "治理工程完善生态网络（代表委员履职故事）"]
    assert story.byline == "本报讯（记者 韩冬）" and story.paragraphs[0].startswith("“实施好东辽河治理工程”")
    rest, = [a for a in p.articles if a.continued_from]
    assert rest.paragraphs[0].startswith("“推广这些") and not any("韩冬" in x for x in rest.paragraphs)
    acc = p.accounting
    assert acc.chars_in == acc.chars_in_articles + acc.chars_furniture + acc.chars_duplicate
