"""The evaluation: gold loading (both shapes), every metric's arithmetic, and `baozhi eval`."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from baozhi.cli import app
from bench.gold import Case, flat, from_golden, load_cases
from bench.score import Score, evaluate, gold_reading, score_case
from transforms.model import Accounting, Article, ParsedIssue

REPO = Path(__file__).resolve().parents[2]


def _article(headline: str, body: list[str], kicker: str | None = None, subtitle: str | None = None) -> Article:
    return Article(
        article_id="x", seq=1, headline=headline, kicker=kicker, subtitle=subtitle, byline=None, authors=(),
        photographers=(), genre="news", source_outlet=None, captions=(), continued_to=None, continued_from=None,
        paragraphs=tuple(body),
    )


def _issue(*articles: Article) -> ParsedIssue:
    return ParsedIssue(
        issue_id="i", paper="liaoyuan-daily", paper_name=None, issue_date=None, date_source="unknown", weekday=None,
        lunar_date=None, issue_number=None, page_count=None, editor=None, encoding="utf-8",
        articles=articles, accounting=Accounting(0, 0, 0, 0), duplicates_dropped=0,
    )


GOLD = {
    "source_file": "x.txt",
    "issue": {"paper": "liaoyuan-daily"},
    "furniture": ["本版责编：某某"],
    "duplicates": ["渠水哗哗地流进麦田"],
    "joins": ["疏通水渠，渠水"],
    "articles": [
        {"kicker": "某县推进水利建设", "headline": "一渠清水润良田", "subtitle": None, "body_first": "清晨的田埂上",
         "body_last": "流进麦田。", "paragraphs": ["清晨的田埂上，村民们正忙着疏通水渠，渠水哗哗地流进麦田。"]},
        {"kicker": None, "headline": "小店里的大民生", "subtitle": "街巷观察之一", "body_first": "街角的早餐店",
         "body_last": "热乎的早饭。", "paragraphs": ["街角的早餐店六点开门，店主说要让街坊们吃上一口热乎的早饭。"]},
    ],
}
RIGHT = [
    _article("一渠清水润良田", ["清晨的田埂上，村民们正忙着疏通水渠，渠水哗哗地流进麦田。"], kicker="某县推进水利建设"),
    _article("小店里的大民生", ["街角的早餐店六点开门，店主说要让街坊们吃上一口热乎的早饭。"], subtitle="街巷观察之一"),
]


def _score(*articles: Article, gold: dict = GOLD) -> Score:
    s = Score()
    score_case(Case("x", b"", gold), _issue(*articles), s)
    return s


def test_a_perfect_reading_scores_perfectly() -> None:
    s = _score(*RIGHT)
    assert (s.field_tp, s.field_fp, s.field_fn) == (4, 0, 0)
    assert s.headline_f1 == 1.0 and s.heading_f1 == 1.0
    assert (s.starts_ok, s.starts) == (2, 2) and (s.joined, s.joins) == (1, 1)
    assert s.dup_left == 0 and s.dup_missing == 0 and s.furniture_hits == 0
    assert s.content_kept == 1.0 and (s.issue_ok, s.issue_fields) == (1, 1)


def test_heading_fields_count_separately() -> None:
    # The kicker is missed and a crosshead became a third article's headline.
    first = dataclasses.replace(RIGHT[0], kicker=None)
    s = _score(first, RIGHT[1], _article("凝聚奋进力量", ["更多正文。"]))
    assert (s.field_tp, s.field_fp, s.field_fn) == (3, 1, 1)
    assert abs(s.headline_f1 - 0.75) < 1e-9
    assert s.by_field == {"kicker fn": 1, "headline fp": 1}
    assert (s.head_tp, s.head_pred, s.head_exp) == (1, 3, 2)


def test_body_text_metrics() -> None:
    split = dataclasses.replace(RIGHT[0], paragraphs=("清晨的田埂上，村民们正忙着疏通水渠，", "渠水哗哗地流进麦田。渠水哗哗地流进麦田。"))
    late = dataclasses.replace(RIGHT[1], paragraphs=("本版责编：某某", *RIGHT[1].paragraphs))
    s = _score(split, late)
    assert (s.joined, s.joins) == (0, 1)
    assert s.dup_left == 1
    assert s.furniture_hits == 1
    assert (s.starts_ok, s.starts) == (1, 2)  # the second body starts with furniture


# A lead cut at a column break inside its reporters' bracket: "本报讯（记者 陈" / "晓舟）镇上…".
# The gold reads the bracket as the byline, so the text across the cut stands in byline + body.
LEAD_GOLD = {
    "source_file": "x.txt",
    "issue": {"paper": "liaoyuan-daily"},
    "joins": ["者陈晓舟）镇上的", "集市天不亮就"],
    "articles": [
        {"headline": "一渠清水润良田", "body_first": "清晨的田埂上", "paragraphs": ["清晨的田埂上，渠水流进麦田。"]},
        {"headline": "赶集", "byline": "本报讯（记者 陈晓舟）", "body_first": "镇上的集市",
         "paragraphs": ["镇上的集市天不亮就热闹起来。"]},
    ],
}
FIRST = _article("一渠清水润良田", ["清晨的田埂上，渠水流进麦田。"])


def test_a_join_the_gold_puts_in_byline_and_lead_counts_there() -> None:
    market = dataclasses.replace(_article("赶集", ["镇上的集市天不亮就热闹起来。"]), byline="本报讯（记者 陈晓舟）")
    s = _score(FIRST, market, gold=LEAD_GOLD)
    assert (s.joined, s.joins) == (2, 2)
    # The same reading with the byline left in the first paragraph still counts.
    inline = _article("赶集", ["本报讯（记者 陈晓舟）镇上的集市天不亮就热闹起来。"])
    assert (_score(FIRST, inline, gold=LEAD_GOLD).joined) == 2


def test_a_lead_left_cut_is_still_a_missed_join() -> None:
    # The bracket's first half stayed at the end of the story above; the byline holds only the rest.
    above = dataclasses.replace(FIRST, paragraphs=(*FIRST.paragraphs, "本报讯（记者 陈"))
    market = dataclasses.replace(_article("赶集", ["镇上的集市天不亮就热闹起来。"]), byline="晓舟）")
    s = _score(above, market, gold=LEAD_GOLD)
    assert (s.joined, s.joins) == (1, 2)
    assert any("者陈晓舟）镇上的" in n for n in s.notes)


def test_a_paragraph_join_is_not_counted_through_a_byline() -> None:
    # The gold cut falls inside the first paragraph; a reading that puts the paragraph's first half
    # in the byline has not joined it, although byline + paragraph hold the text.
    wrong = dataclasses.replace(_article("赶集", ["天不亮就热闹起来。"]), byline="本报讯（记者 陈晓舟）镇上的集市")
    s = _score(FIRST, wrong, gold=LEAD_GOLD)
    assert (s.joined, s.joins) == (1, 2)
    assert any("集市天不亮就" in n for n in s.notes)


def test_lost_content_is_counted_by_ideographs() -> None:
    s = _score(RIGHT[0])
    assert s.content_kept < 0.6 and s.field_fn == 2  # headline and subtitle of the lost article


def test_flat_ignores_width_and_spaces() -> None:
    assert flat("本报讯(记者 王五)") == flat("本报讯（记者王五）")


def test_samples_goldens_convert_with_joins() -> None:
    golden = json.loads((REPO / "tests/transforms/golden/002_8752af011981d324.json").read_text(encoding="utf-8"))
    data = (REPO / "samples/liaoyuan-daily/002_8752af011981d324.txt").read_bytes()
    gold = from_golden(golden, data)
    assert "是以习近平同志为核心的党中央作出的重大决策部署" in gold["joins"]  # split over two lines
    assert "“创城”在行动" in gold["furniture"]
    assert gold["articles"][3]["_also_ok"]["kicker"] == ["“创城”在行动"]


def test_samples_and_heldout_through_the_same_command() -> None:
    samples = evaluate(load_cases(REPO / "tests/transforms/golden", [REPO / "samples/liaoyuan-daily"]))
    assert samples.files == 3 and samples.headline_f1 == 1.0 and samples.joined == samples.joins > 20
    result = CliRunner().invoke(app, ["eval", "--gold", str(REPO / "tests/transforms/heldout/cases"), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["files"] >= 9 and figures["headline_f1"] >= 0.95


def test_eval_says_what_is_missing(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps(GOLD), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "--gold", str(tmp_path)])
    assert result.exit_code == 2 and "no text file" in result.output


def test_a_duplicates_marker_is_counted_inside_paragraphs_not_across_them() -> None:
    # "…流进麦田。" closes one story and "街角的早餐店…" opens the next: run together, the two would
    # print the marker "麦田。街角的早餐店" a second time, though no paragraph prints it twice.
    gold = {**GOLD, "duplicates": ["麦田。街角的早餐店"], "joins": []}
    once = "他说，城东有麦田。街角的早餐店都开得早。"
    second = dataclasses.replace(RIGHT[1], paragraphs=(*RIGHT[1].paragraphs, once))
    s = _score(RIGHT[0], second, gold=gold)
    assert (s.dup_left, s.dup_missing) == (0, 0)
    twice = dataclasses.replace(RIGHT[1], paragraphs=(*RIGHT[1].paragraphs, once, once))
    assert _score(RIGHT[0], twice, gold=gold).dup_left == 1


# A page's section name ("科技") is furniture, but a paragraph or title may open with the same word
# ("科技部七司负责同志表示…"); only a line that is the name, or opens with it as a word, counts.
@pytest.mark.parametrize(
    ("paragraph", "hits"),
    [("科技", 1), ("科技 第19版", 1), ("科技　第１９版", 1), ("科技部七司负责同志表示，要强化企业科技创新地位。", 0), ("法治护航人工智能", 0)],
)
def test_short_furniture_counts_as_a_word_of_its_own(paragraph: str, hits: int) -> None:
    late = dataclasses.replace(RIGHT[1], paragraphs=(*RIGHT[1].paragraphs, paragraph))
    assert _score(RIGHT[0], late, gold=dict(GOLD, furniture=["科技"])).furniture_hits == hits


@pytest.mark.parametrize("kind", ["pages", "issues"])
def test_a_perfect_reading_of_rendered_damaged_pages_scores_perfectly(tmp_path: Path, kind: str) -> None:
    # The instrument itself: the gold's own reading of pages with every kind of damage must find
    # every heading, body start and join, and leave no duplicate, or the figures blame the parser
    # for the scorer's or the renderer's mistakes.
    from bench.render import write_set
    from tests.bench.test_render import MD_A, MD_B, MD_C

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    arts = [
        {"markdown_body": md, "date": f"2025-03-0{d}", "section_no": f"0{n}", "section_name": "要闻", "url": f"u{d}{i}"}
        for d in (1, 2, 3)
        for i, (md, n) in enumerate(((MD_A, 1), (MD_B, 1), (MD_C, 2)))
    ]
    for d in (1, 2, 3):
        day = [a for a in arts if a["date"].endswith(str(d))]
        (corpus / f"articles_2025030{d}.json").write_text(json.dumps(day, ensure_ascii=False), encoding="utf-8")
    for seed in range(8):
        s = Score()
        for case in load_cases(write_set(corpus, tmp_path / f"{kind}{seed}", kind=kind, damage=1.5, seed=seed)[0].parent):
            score_case(case, gold_reading(case.gold), s)
        assert s.field_fn == s.field_fp == 0 and s.starts_ok == s.starts > 0
        assert s.dup_left == 0 and s.joined == s.joins and s.furniture_hits == 0 and s.content_kept == 1.0


def test_a_gold_reading_leaves_out_the_pull_quotes_a_story_opens_on() -> None:
    body = ["基础打得好，干事创业才有深厚支撑。所有向上生长的惊艳，都源自向下扎根的力量", "将樟子松苗埋进沙坑。", "基础打得好，干事创业才有深厚支撑。", "所有向上生长的惊艳，都源自向下扎根的力量。"]
    gold = dict(GOLD, articles=[dict(GOLD["articles"][0], paragraphs=body)])
    assert gold_reading(gold).articles[0].paragraphs == tuple(body[1:])
    # A first paragraph the body does not print again is the body's own.
    gold = dict(GOLD, articles=[dict(GOLD["articles"][0], paragraphs=body[1:])])
    assert gold_reading(gold).articles[0].paragraphs == tuple(body[1:])


# A story with a photo: extraction prints the caption (and its credit) with the photo and often a
# second time in the column's flow; a copy read as text lands in a body.
CAPTION = "图为村民在新修的水渠边查看灌溉情况。"
CAPTION_PAGE = "\n".join([
    "一渠清水润良田", "清晨的田埂上，村民们正忙着疏通水渠，渠水哗哗地流进麦田。", CAPTION, "本报记者 赵大成 摄",
    CAPTION, "本报记者 赵大成 摄", "小店里的大民生", "街角的早餐店六点开门，店主说要让街坊们吃上一口热乎的早饭。",
])
CAPTION_GOLD = {
    **GOLD, "duplicates": [], "joins": [],
    "articles": [{**GOLD["articles"][0], "captions": [CAPTION]}, GOLD["articles"][1]],
}


def _captioned(paragraphs: tuple[str, ...], captions: tuple[str, ...] = (CAPTION,)) -> Article:
    return dataclasses.replace(RIGHT[0], paragraphs=paragraphs, captions=captions)


def _caption_score(first: Article, page: str = CAPTION_PAGE, gold: dict = CAPTION_GOLD) -> Score:
    s = Score()
    score_case(Case("x", page.encode("utf-8"), gold), _issue(first, RIGHT[1]), s)
    return s


@pytest.mark.parametrize(
    ("paragraphs", "in_bodies"),
    [
        (RIGHT[0].paragraphs, 0),  # read once, as the caption
        ((*RIGHT[0].paragraphs, CAPTION), 1),  # the second copy read as a paragraph of its own
        ((RIGHT[0].paragraphs[0] + CAPTION,), 1),  # run into the paragraph above it
        ((RIGHT[0].paragraphs[0] + CAPTION + "本报记者 赵大成 摄",), 1),  # with its credit
        ((*RIGHT[0].paragraphs, CAPTION, CAPTION), 2),  # both copies, each counted
        ((*RIGHT[0].paragraphs, CAPTION.replace("，", ",").replace("。", ".")),  1),  # printed in ASCII marks
    ],
)
def test_a_caption_read_into_a_body_is_counted(paragraphs: tuple[str, ...], in_bodies: int) -> None:
    s = _caption_score(_captioned(paragraphs))
    assert s.captions_in_bodies == in_bodies
    assert s.figures()["captions_in_bodies"] == in_bodies and f"captions in bodies {in_bodies};" in s.summary()
    assert any("read into a body" in n for n in s.notes) == bool(in_bodies)
    assert s.dup_left == 0  # no other figure tells it


def test_a_caption_the_body_also_says_counts_by_its_own_words() -> None:
    # The lead says what the caption's first sentence says; only the caption's own words ("图为…")
    # tell a caption read into the body.
    lead = "5月27日至30日，市代表团赴绍兴学习考察。"
    caption = lead + "图为代表团考察智能家居项目。"
    page = "\n".join(["一渠清水润良田", caption, "本报记者 赵大成 摄", lead + "考察期间，代表团走访了多家企业。", "小店里的大民生", *RIGHT[1].paragraphs])
    first = dict(GOLD["articles"][0], captions=[caption], paragraphs=[lead + "考察期间，代表团走访了多家企业。"])
    gold = {**CAPTION_GOLD, "articles": [first, GOLD["articles"][1]]}
    right = _captioned((lead + "考察期间，代表团走访了多家企业。",), (caption,))
    assert _caption_score(right, page, gold).captions_in_bodies == 0
    wrong = _captioned((caption + lead + "考察期间，代表团走访了多家企业。",), ())
    assert _caption_score(wrong, page, gold).captions_in_bodies == 1


@pytest.mark.parametrize("gold_paragraphs", [True, False])
def test_a_caption_the_body_prints_whole_is_not_counted(gold_paragraphs: bool) -> None:
    # "…正凝视着24米长的《千里江山图》高清打样稿。在位于…" under the caption "《千里江山图》高清打样稿。":
    # nothing tells the caption read into the body from the body's own words.
    caption = "《千里江山图》高清打样稿。"
    body = "学生们正凝视着24米长的《千里江山图》高清打样稿。在典藏馆内，惊叹声此起彼伏。"
    page = "\n".join(["一渠清水润良田", caption, "典藏馆供图", body, "小店里的大民生", *RIGHT[1].paragraphs])
    first = dict(GOLD["articles"][0], captions=[caption], paragraphs=[body])
    if not gold_paragraphs:  # the samples' goldens give no paragraphs: the file's lines tell the body
        first.pop("paragraphs")
    gold = {**CAPTION_GOLD, "articles": [first, GOLD["articles"][1]]}
    assert _caption_score(_captioned((body,), (caption,)), page, gold).captions_in_bodies == 0


def test_a_caption_too_short_or_not_printed_has_no_key() -> None:
    for caption in ("雪景", "图为村民在水渠边查看灌溉情况，旁边还有人"):  # too short; not in the file
        gold = {**CAPTION_GOLD, "articles": [{**GOLD["articles"][0], "captions": [caption]}, GOLD["articles"][1]]}
        assert _caption_score(_captioned((*RIGHT[0].paragraphs, caption)), gold=gold).captions_in_bodies == 0
