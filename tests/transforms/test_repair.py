import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.transforms.pages import parse_page
from transforms.parse import _drop_decks_over_headings, _drop_pull_quote
from transforms.placement import _pull_quote_of
from transforms.copies import copy_key
from transforms.decode import cjk_count
from transforms.headblock import heading_between
from transforms.lines import Unit, ends_sentence
from transforms.quotes import deck_inside, pull_quote
from transforms.repair import dedupe
from transforms.segment import Draft

A = "市委书记柴伟要求市直各部门务必高度重视，针对群众信访举报案件进行认真分析、研判态势。"
B = "调研组一行深入杨木水库一级保护区进行了实地考察，认真听取了相关负责人的汇报。"
C = "会议传达了吉林省产业工人队伍建设改革推进会会议精神，各成员单位汇报改革推进情况。"


def _units(*texts: str) -> list[Unit]:
    return [Unit(t, k) for k, t in enumerate(texts)]


def _balanced(units: list[Unit], kept: list[Unit], dropped: list[Unit]) -> bool:
    return sum(cjk_count(u.text) for u in units) == sum(cjk_count(u.text) for u in kept + dropped)


@pytest.mark.parametrize("copies", [2, 3, 6])
def test_repeated_paragraph_kept_once_at_first_place(copies: int) -> None:
    units = _units(A, *([B] * copies), C)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == [A, B, C]
    assert len(dropped) == copies - 1 and _balanced(units, kept, dropped)


def test_non_adjacent_copies_and_block_repeat() -> None:
    units = _units(A, B, C, A, B, C)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == [A, B, C] and len(dropped) == 3


def test_near_copy_with_phrase_missing_keeps_the_complete_one_in_first_place() -> None:
    short = A.replace("针对群众信访举报案件", "")
    units = _units(short, B, A)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == [A, B]
    assert [u.text for u in dropped] == [short] and _balanced(units, kept, dropped)


def test_stranded_piece_and_its_block_stay_in_their_own_article() -> None:
    piece = B[8:]
    units = _units(A, piece, C, "另一篇文章的第一段，写的是别的事情，和前面的内容无关。", B, C)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == [A, "另一篇文章的第一段，写的是别的事情，和前面的内容无关。", B, C]
    assert len(dropped) == 2


def test_similar_but_different_items_are_not_duplicates() -> None:
    one = "本报讯 9月3日，中央第一生态环境保护督察组将第八批群众来信举报案件移交辽源市。案件共有4件，涉及大气污染、噪声问题。"
    two = "本报讯 9月5日，中央第一生态环境保护督察组将第十批群众来信举报案件移交辽源市。案件共有4件，涉及水污染、生态问题。"
    kept, dropped = dedupe(_units(one, two))
    assert len(kept) == 2 and not dropped


def test_short_lines_repeat_legitimately() -> None:
    kept, dropped = dedupe(_units("本报记者 王茜", A, "本报记者 王茜", B))
    assert len(kept) == 4 and not dropped


@pytest.mark.parametrize(
    ("text", "ends"),
    [("…整改。", True), ("他说：“好。”", True), ("城市“痛点”“难点”", False), ("龙山区。（辽轩）", True),
     ("是以习近平同", False), ("思想，（下转第三版）", True), ("各位代表：", True)],
)
def test_ends_sentence(text: str, ends: bool) -> None:
    assert ends_sentence(text) is ends


# Two stories for context placement: a river clean-up and a school term.
RIVER = [
    "市水利局组织力量对仙人河主城区段河道开展清淤疏浚，截污管网改造同步推进。",
    "记者在仙人河治理现场看到，清淤疏浚工程正在加紧施工，河道两岸截污管网已铺设过半。",
    "仙人河河道清淤疏浚完成后，主城区段水质将稳定达标，沿河还将建设滨水公园。",
]
SCHOOL = [
    "9月1日，全市中小学迎来新学期，各学校认真做好开学准备工作，确保校园安全有序。",
    "市教育局要求各学校严格落实课后服务，丰富学生课余生活，切实减轻学生课业负担。",
    "新学期，全市新建改建的三所学校投入使用，新增学位两千余个，缓解了城区入学压力。",
]


def test_copy_inside_an_earlier_article_yields_to_the_copy_among_its_own_topic() -> None:
    # The school story comes first and the extraction printed RIVER[1] inside it, too.
    units = _units(SCHOOL[0], SCHOOL[1], RIVER[1], SCHOOL[2], "我市推进仙人河河道治理", *RIVER)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == [*SCHOOL, "我市推进仙人河河道治理", *RIVER]
    assert [u.text for u in dropped] == [RIVER[1]] and _balanced(units, kept, dropped)


def test_copies_in_equally_good_places_keep_the_first() -> None:
    # A block repeated whole: each copy has the same kind of neighbours; the first stays.
    units = _units(*RIVER, *RIVER, *SCHOOL)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == [*RIVER, *SCHOOL] and len(dropped) == 3


@pytest.mark.parametrize("text", ["（本报记者 陈雪梅）", "（辽轩）", "(记者 王五)"])
def test_a_paragraph_that_is_only_a_signature_ends_the_piece(text: str) -> None:
    assert ends_sentence(text)
    assert not ends_sentence("全市共办理群众诉求件" + text[:-1])


@settings(deadline=None)  # a loaded machine must not fail it on time
@given(st.text(alphabet=st.sampled_from(list("本报讯 \t\u3000\u00a0\u2028\x1c\x85，。ab")), max_size=30))
def test_the_dedupe_key_drops_exactly_what_regex_whitespace_matches(text):
    # str.split() is the faster spelling of re.sub(r"\s+", "", …): the same characters count as
    # space (checked over every code point when this was written; this keeps the mixed cases).
    assert copy_key(text) == re.sub(r"\s+", "", text)


@pytest.mark.parametrize(
    "title, sentence",
    [
        ("为什么乡村意味着活力、潜力、吸引力", "走进春天的田野，为什么乡村意味着活力、潜力、吸引力？答案写在地里。"),
        ("山区小镇的好山、好水、好日子和好光景", "村民们常说，山区小镇的好山、好水、好日子和好光景，都是一锹一锹干出来的。"),
        ("数字化、绿色化、融合化的制造新图景", "这里正展开一幅数字化、绿色化、融合化的制造新图景。"),
    ],
)
def test_a_title_that_lists_with_enumeration_commas_is_no_copy_of_its_body(title: str, sentence: str) -> None:
    # 、 lists inside a title; only a real clause mark (，。；…) makes a line prose that can be a copy.
    units = _units(title, A, sentence, B)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == [title, A, sentence, B] and not dropped


def test_a_bracketed_note_with_enumeration_commas_repeated_is_still_a_copy() -> None:
    note = "（作者系某某省作家协会副主席、某某市文学院院长）"
    kept, dropped = dedupe(_units(A, note, note, B))
    assert [u.text for u in kept] == [A, note, B] and [u.text for u in dropped] == [note]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_commentary_whose_body_asks_its_title_keeps_its_title(gap: str) -> None:
    body = "\n".join([
        "某省推进产业升级",
        "本报记者 钱多",
        "今年以来，某省聚焦新兴产业和未来产业，设立产业基金，引导资本投向科技企业。",
        "园区负责人介绍，入驻企业去年营收增长两成，新增专利三百余项，带动就业上万人。",
        "为什么乡村意味着活力、潜力、吸引力",
        "钟山河",
        "春回大地，田野上处处是忙碌的身影，农机手们趁着好天气抢抓农时。",
        "走进春天的田野，为什么乡村意味着活力、潜力、吸引力？答案写在每一块地里。",
    ])
    arts = parse_page(body, gap).articles
    assert [a.headline for a in arts] == ["某省推进产业升级", "为什么乡村意味着活力、潜力、吸引力"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "kicker",
    ["建设共享平台、完善激励机制，突出企业研发主体地位", "盘活闲置厂房，引进科创团队，老工业区焕发新活力"],
)
def test_a_kicker_that_quotes_a_sentence_of_its_story_is_no_copy(kicker: str, gap: str) -> None:
    body = "\n".join([
        kicker,
        "让技术链和应用链紧密衔接（科技视点）",
        "本报记者 钱多",
        "走进城东科创园，一间间实验室里灯火通明，科研人员正在调试新设备，园区企业去年新增专利三百余项。",
        f"这是某市加快培育新兴产业的一个缩影。近年来，各区{kicker}，让科研成果更快走出实验室。",
    ])
    (a,) = parse_page(body, gap).articles
    assert a.kicker == kicker and a.headline == "让技术链和应用链紧密衔接（科技视点）"


def test_a_pull_quote_between_paragraphs_is_still_a_copy() -> None:
    # The same words between two paragraphs, with prose under them: a pull quote printed again.
    quote = "建设共享平台、完善激励机制，突出企业研发主体地位"
    para = f"这是某市加快培育新兴产业的一个缩影。近年来，各区{quote}，让科研成果更快走出实验室。"
    kept, dropped = dedupe(_units(A, quote, B, para))
    assert [u.text for u in dropped] == [quote]


# A commentary's first paragraph, printed again between two paragraphs that take up its words;
# the paragraph under it in print goes on to another point.
OPENING = "母亲河清淤疏浚工程开工以来，截污管网改造同步推进，河道两岸的市民拍手称快。"
STORY = [
    "回想十年前，这里还是另一番景象，附近的老人说起往事，总是摇头叹气。",
    "清淤疏浚工程分三期实施，截污管网改造在汛期前完工，母亲河两岸的排污口全部封堵。",
    "截污管网改造完成后，母亲河清淤疏浚的成果才能保得住，河道两岸的市民也更有盼头。",
]


@pytest.mark.parametrize("above", [["一条河的新生", "本报记者 王五"], ["让城市重现清波", "王五"], ["一条河的新生"]])
def test_a_storys_first_paragraph_printed_again_further_on_keeps_its_first_place(above: list[str]) -> None:
    # Right under its heading block one neighbour of the first copy is a title or a byline, which
    # may say nothing of the topic in words; the copy printed again among the story's paragraphs
    # is the one printed twice.
    units = _units(*SCHOOL, *above, OPENING, STORY[0], STORY[1], OPENING, STORY[2])
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == [*SCHOOL, *above, OPENING, *STORY]
    assert [u.text for u in dropped] == [OPENING] and _balanced(units, kept, dropped)


# Pieces that make paragraphs share shingles in every way: whole copies, pieces, near copies.
_SHARED_PIECES = [A[:20], A[20:], B[:12], B[12:], C, "，", "。", "针对群众信访举报案件", "辽源", "（下转第三版）", " "]


_KEYS = st.lists(st.lists(st.sampled_from(_SHARED_PIECES), min_size=1, max_size=5).map("".join), max_size=12)


@settings(max_examples=150, deadline=None)
@given(_KEYS)
def test_candidates_by_the_hashes_are_those_by_the_strings(texts: list[str]) -> None:
    from transforms.copies import candidates, candidates_by_strings

    keys = [copy_key(t) for t in texts if copy_key(t)]
    assert candidates(keys) == candidates_by_strings(keys)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([A, B, A[:30], A[10:], B + C, "本报记者王茜报道：" + C]), min_size=30, max_size=90))
def test_candidates_skip_a_shingle_that_many_keys_before_hold_as_the_strings_do(keys: list[str]) -> None:
    # Dozens of copies of one line (a byline in every story) pass the boilerplate cap.
    from transforms.copies import candidates, candidates_by_strings

    assert candidates(keys) == candidates_by_strings(keys)


@pytest.mark.parametrize("base", [0, 1])
def test_candidates_by_colliding_hashes_are_found_by_the_strings(base: int) -> None:
    # Base 0 hashes a shingle as its last character, base 1 as the sum of its characters: many
    # different substrings share a hash, and the pairs are still the strings' own.
    import numpy as np

    from transforms import copies
    from transforms.copies import candidates, candidates_by_strings

    keys = [copy_key(t) for t in [A, B, C, A[:30] + "。", B[5:], A + C, "本报讯" + B]]
    original = copies._HASH_BASE
    copies._HASH_BASE = np.uint64(base)
    try:
        assert candidates(keys) == candidates_by_strings(keys)
    finally:
        copies._HASH_BASE = original


@settings(max_examples=150, deadline=None)
@given(_KEYS)
def test_dedupe_with_the_candidates_by_the_strings_decides_the_same(texts: list[str]) -> None:
    from transforms import repair
    from transforms.copies import candidates_by_strings

    units = [Unit(t, k % 3) for k, t in enumerate(texts)]
    fast = dedupe(units)
    original = repair.candidates
    repair.candidates = candidates_by_strings
    try:
        assert dedupe(units) == fast
    finally:
        repair.candidates = original


QUOTE = "智能机器如何走进千家万户、服务百姓生活，是一场更长的赛跑"
LEAD = "上个月，某市办了一场机器人运动会，数十支队伍比拼技能。"
ECHO = "放眼未来，" + QUOTE + "。"


@pytest.mark.parametrize("first", [QUOTE, QUOTE + LEAD])
def test_a_pull_quote_opening_a_story_is_the_copy_of_its_later_sentence(first: str) -> None:
    # The display line has no full stop, so a page repair may have joined the lead to it.
    assert pull_quote([first, "比赛吸引了数万名观众到场观看。", ECHO]) == len(QUOTE)


@pytest.mark.parametrize(
    "paragraphs",
    [
        # A first sentence the story says again, but the paragraph goes on: no display line.
        ["机器人走进了千家万户，服务百姓生活。它们还要走得更远。", "总之，机器人走进了千家万户，服务百姓生活。"],
        # Quoted up to a semicolon only: a clause of the paragraph, not a pull quote.
        ["机器人走进了千家万户，服务百姓生活；它们还要走得更远", "机器人走进了千家万户，服务百姓生活。"],
        # A phrase too short to tell a copy from a repeated phrase.
        ["服务百姓生活，真好" + LEAD, "要服务百姓生活，真好。"],
        [QUOTE],
    ],
)
def test_no_pull_quote(paragraphs: list[str]) -> None:
    assert pull_quote(paragraphs) == 0


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_pull_quote_over_a_commentary_is_kept_once(gap: str) -> None:
    # The later paragraph is printed over two lines (a column), so no line holds the quote whole.
    page = (
        f"让机器更懂生活（评论员观察）\n孔  文\n{QUOTE}\n{LEAD}\n比赛吸引了数万名观众到场观看。\n"
        "放眼未来，智能机器如何走进千家万户、服务百\n姓生活，是一场更长的赛跑。\n"
    )
    issue = parse_page(page, gap, blank_after_head=True)
    body = "".join(a.body for a in issue.articles)
    assert body.count(QUOTE) == 1 and LEAD in body
    assert issue.duplicates_dropped >= 1


CUT_QUOTE = ("智能机器如何融入寻常百姓家", "服务千家万户、方便百姓生活，是一场更长的赛跑")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_pull_quote_cut_by_a_column_break_is_kept_once(gap: str) -> None:
    # The quote's first half reads as a line of its own (a phrase, no clause mark), its second
    # half runs into the lead; the body prints the sentence whole further on.
    head, tail = CUT_QUOTE
    page = (
        f"让机器更懂生活（评论员观察）\n孔  文\n{head}\n{tail}\n{LEAD}\n比赛吸引了数万名观众到场观看。\n"
        f"放眼未来，{head}{tail}。\n"
    )
    (a,) = parse_page(page, gap, blank_after_head=True).articles
    assert "".join(a.paragraphs).count(head + tail) == 1 and a.paragraphs[0] == LEAD


@pytest.mark.parametrize("rest", [LEAD, ""])
def test_a_pull_quote_whose_first_half_stood_alone_is_dropped_whole(rest: str) -> None:
    # The segmenter kept the first half apart (a crosshead by its form): read whole, it is the copy.
    head, tail = CUT_QUOTE
    body = ["比赛吸引了数万名观众到场观看。", f"放眼未来，{head}{tail}。"]
    d = Draft(headline="让机器更懂生活", paragraphs=[head, tail + rest, *body], blocks=[0, 1, 2, 3])
    assert _drop_pull_quote(d, ()) == [head + tail]
    assert d.paragraphs == ([rest] if rest else []) + body and len(d.blocks) == len(d.paragraphs)
    d = Draft(headline="让机器更懂生活", paragraphs=[head + "。", tail + rest, *body], blocks=[0, 1, 2, 3])
    assert _drop_pull_quote(d, ()) == []  # a first paragraph that ends its sentence is no half


# A paragraph cut at a column break, its pieces holding no clause mark (、 lists, it is no clause mark).
HALF = "某某交易中心是某某县博览会组委会、某某省农业厅与某某集团联合打造的"
REST = "消费新窗口，已建成帮扶实体馆四十余个，汇聚各地特色农产品八千余种。"
SPOKEN = "咱们接着讨论一下样车在雨天紧急换道的实现方法……”"


@pytest.mark.parametrize(
    "order, kept_texts",
    [
        ([HALF, HALF, REST], [HALF, REST]),  # the copy right after the piece
        ([HALF, REST, HALF, B], [HALF, REST, B]),  # the copy after the rest of the paragraph
        ([A, HALF, "图为某某交易中心一角。", "本报记者 张三摄", REST, HALF, B], [A, HALF, "图为某某交易中心一角。", "本报记者 张三摄", REST, B]),
        ([A, SPOKEN, SPOKEN, B], [A, SPOKEN, B]),  # a quote cut off, ending in an ellipsis
    ],
)
def test_a_piece_without_clause_marks_printed_twice_close_by_is_a_copy(order: list[str], kept_texts: list[str]) -> None:
    units = _units(*order)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == kept_texts
    assert len(dropped) == 1 and _balanced(units, kept, dropped)


def test_the_same_words_far_apart_without_clause_marks_are_no_copy() -> None:
    # A commentary's title and, further down the page, another story's crosshead in the same words.
    title = "把发展某某特色产业摆在更加突出的战略位置"
    units = _units(title, A, B, C, *RIVER, *SCHOOL, title, *STORY)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == [u.text for u in units] and not dropped


def test_a_heading_quoting_part_of_a_line_nearby_is_still_no_copy() -> None:
    # Only a line printed again word for word: a title that is a piece of the line under it stays.
    units = _units(HALF[:20], HALF, REST)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == [HALF[:20], HALF, REST] and not dropped


def test_a_piece_without_clause_marks_keeps_its_first_place_among_other_words() -> None:
    # The copy stands among lines about the same things; the first copy goes on in the line under
    # it (REST, which is no copy and so never weighed as its neighbour): the first copy stays.
    about = ["某某交易中心由某某县博览会组委会、某某省农业厅共同运营，联合打造的平台已见成效。", "某某集团表示，交易中心联合打造的销售体系还将扩大。"]
    units = _units(SCHOOL[0], HALF, REST, SCHOOL[1], about[0], HALF, about[1])
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == [SCHOOL[0], HALF, REST, SCHOOL[1], *about]
    assert [u.text for u in dropped] == [HALF]


# A second pull quote, and the tail of one whose head a column break cut off (no clause mark, 、 lists).
QUOTE2 = "某某县的经验说明，只要群众的事有人管、有人问，治理就有了根基"
TAIL = "更加开放、更加团结、更加奋发"
CUT = "点，也要大力破除堵点，优化服务环境"  # opens mid-word: "着力" + "点"
STOPPED = "根基打得牢，干事才有底气，才能事半功倍。"  # a quote printed with its full stop, a whole paragraph later
LATER = [
    STOPPED,
    "比赛吸引了数万名观众到场观看。", "面对风浪，某某县的选择是" + TAIL + "。全县上下干劲十足。", ECHO, "说到底，" + QUOTE2 + "。",
    "既要找准着力" + CUT + "。这就得打通最后一公里。",
]


@pytest.mark.parametrize(
    "opening, taken",
    [
        (QUOTE + QUOTE2 + LEAD, QUOTE + QUOTE2),  # two quotes and the lead run together
        (QUOTE2 + QUOTE + LEAD, QUOTE2 + QUOTE),
        (TAIL + QUOTE + LEAD, TAIL + QUOTE),  # a quote's tail before a whole quote
        (TAIL + QUOTE2 + QUOTE, TAIL + QUOTE2 + QUOTE),  # nothing after the quotes
        (QUOTE + TAIL + LEAD, QUOTE),  # a short piece after a whole quote stays
        (TAIL + LEAD, ""),  # a short piece alone is no quote
        (CUT + LEAD, CUT),  # unless it opens mid-clause, a quote cut off
        (CUT + QUOTE + LEAD, CUT + QUOTE),
        (STOPPED + QUOTE2 + LEAD, STOPPED + QUOTE2),
        (STOPPED + LEAD, STOPPED),
        (STOPPED[:-1] + "，" + LEAD, ""),  # the paragraph goes on after the words its later one prints
    ],
    ids=["two", "two-other-order", "tail-then-quote", "quotes-only", "tail-after-quote", "tail-alone", "cut-alone", "cut-then-quote",
         "stopped-then-quote", "stopped", "goes-on"],
)
def test_pull_quotes_run_together_are_taken_one_after_the_other(opening: str, taken: str) -> None:
    assert pull_quote([opening, *LATER]) == len(taken)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_two_pull_quotes_joined_to_the_lead_are_kept_once(gap: str) -> None:
    # The later copies are printed over two lines each (a column), so no line holds a quote whole.
    later = "\n".join(f"{p[:12]}\n{p[12:]}" for p in LATER)
    page = f"让机器更懂生活（评论员观察）\n孔  文\n{TAIL}\n{QUOTE2}\n{LEAD}\n{later}\n"
    issue = parse_page(page, gap, blank_after_head=True)
    body = "".join(a.body for a in issue.articles)
    assert body.count(QUOTE2) == 1 and body.count(TAIL) == 1 and LEAD in body


# Two pull quotes of a commentary printed above its title (the extraction moved them there), each a
# piece of one later paragraph; the second stands right over the title, as a heading quoting its story.
QA = "清淤疏浚，就要先找准病根、开准药方"
QB = "看得见、摸得着的变化，正是治理成效的最好注脚"
WHOLE = QA + "。某某县的做法是先查排污口、再定治理方案，每一段河道都有专人负责。" + QB + "。"


@pytest.mark.parametrize("title", [["让母亲河重现清波（某某时评）", "张  三"], ["让母亲河重现清波"]])
def test_a_pull_quote_over_the_title_is_no_neighbour_of_its_own_paragraph(title: list[str]) -> None:
    # The first quote is a piece of WHOLE: WHOLE stays in its place, not moved up beside the second
    # quote, whose words are WHOLE's own and so say nothing of where WHOLE belongs.
    units = _units(SCHOOL[0], SCHOOL[1], QA, QB, *title, STORY[0], STORY[1], WHOLE, STORY[2])
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == [SCHOOL[0], SCHOOL[1], QB, *title, STORY[0], STORY[1], WHOLE, STORY[2]]
    assert [u.text for u in dropped] == [QA] and _balanced(units, kept, dropped)


# A pull quote cut by its own heading: the first half over the title, the second under the byline;
# dedupe took the second half as a piece of the later copy, and the first was joined to the lead.
CUT_BY_HEADING = ("充分发挥某某县人力资源优势，支持扩大优质家政服务供给，家政服务业将迈入“快", "车道”，更好满足群众生活服务需求")
LATER_COPY = "近年来政策接连出台。" + "".join(CUT_BY_HEADING) + "。"


@pytest.mark.parametrize(
    "dropped, taken",
    [
        ((copy_key(CUT_BY_HEADING[1]),), len(CUT_BY_HEADING[0])),  # its second half was a dropped copy
        ((copy_key(CUT_BY_HEADING[1]), "另一段被删去的重复文字，和这里无关。"), len(CUT_BY_HEADING[0])),
        ((), 0),  # nothing dropped: a lead whose words the story says again, going on otherwise
        (("另一段被删去的重复文字，和这里无关。",), 0),
        ((copy_key(CUT_BY_HEADING[1])[3:],), 0),  # a dropped line that is not where the copy goes on
    ],
    ids=["second-half-dropped", "among-others", "none-dropped", "other-dropped", "not-where-it-goes-on"],
)
def test_a_pull_quote_cut_by_its_heading_is_a_copy_when_its_second_half_was(dropped: tuple[str, ...], taken: int) -> None:
    paragraphs = [CUT_BY_HEADING[0] + LEAD, "比赛吸引了数万名观众到场观看。", LATER_COPY]
    assert pull_quote(paragraphs, dropped) == taken


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("某某督察组向某某市转交第八批群众信访举报件", "本报讯9月3日，某某督察组将第八批群众来信、来电举报投诉案件移交某某市，案件共12件。"),
        ("某某县部署秋收工作", "本报讯（记者 孙丽）9月3日，某某县召开会议，部署全县秋收秋种工作。"),
        ("某某市召开生态环境保护工作会议", "新华社北京9月3日电 某某市召开生态环境保护工作会议，研究部署下一阶段工作。"),
    ],
)
def test_a_lead_printed_above_its_heading_as_well_stays_under_it(title: str, lead: str, gap: str) -> None:
    # The extraction printed the brief's lead twice, once above its heading: the copy under the
    # heading is the lead's place, the one above is dropped (not kept as the story before's end).
    before = "某某县推进冬季农田水利建设\n本报记者 钱多\n清晨的田埂上，村民们正忙着疏通水渠，渠水哗哗地流进麦田。\n"
    after = "某某区开展秋季消防安全检查\n本报讯 9月4日，某某区组织消防、应急等部门开展秋季消防安全大检查。\n"
    arts = parse_page(f"{before}{lead}\n{title}\n{lead}\n{after}", gap).articles
    assert [a.headline for a in arts] == ["某某县推进冬季农田水利建设", title, "某某区开展秋季消防安全检查"]
    assert arts[0].paragraphs == ("清晨的田埂上，村民们正忙着疏通水渠，渠水哗哗地流进麦田。",)
    assert len(arts[1].paragraphs) == 1 and arts[1].paragraphs[0] in lead


def test_a_lead_cut_by_its_heading_gets_its_whole_copy_under_the_heading() -> None:
    # "本报讯（记者 孙丽）如何让" / heading / "企业获得…" (the rest, a piece of the lead) / … / the lead
    # printed whole further on: the whole copy stands in the piece's place under the heading, and
    # the first half above the heading, too short to be compared, goes with the piece (kept, it
    # would read "…如何让本报讯（记者 孙丽）如何让企业…" once joined across the heading).
    half = "本报讯（记者 孙丽）如何让"
    lead = half + "企业获得更好的跨境金融服务？某某银行创新推出一点接入全球响应的机制与平台，服务企业出海。"
    texts = [
        "清晨的田埂上，村民们正忙着疏通水渠，渠水哗哗地流进麦田，灌溉季节的西河村格外热闹。", half, "某某银行支持企业探索出海新路径",
        lead[len(half):], "不久前，某某银行某省分行在这个平台发布了一家家电出口企业拟在海外投资的需求。", lead,
        "未来，某某银行将继续以客户为中心，以创新为驱动，为企业出海提供更好的金融服务。",
    ]
    kept, dropped = dedupe([Unit(t, i) for i, t in enumerate(texts)])
    assert [u.text for u in kept] == [texts[0], texts[2], lead, texts[4], texts[6]]
    assert [u.text for u in dropped] == [half, lead[len(half):]]


# A paragraph whose first sentence a heading block cut: the first half above the heading, the rest
# under it, and the extraction printed the whole paragraph once more a few lines on.
CUT_HEAD = "德国法西斯和日本军国主义发动的第二次世界大战是人类"  # no clause mark
CUT_HEAD_MARKED = "本报南宁4月13日电（记者庞某）近日，在某某自治区纪委监委指导下，某某壮族"  # clause marks
CUT_REST = "历史上前所未有的浩劫。某某、某某分别作为第二次世界大战的亚洲和欧洲主战场，是中流砥柱。"
CUT_REST2 = "自治区教育厅、自治区卫生健康委、自治区市场监管局联合发布了营养配餐指南，持续推进校园食品安全。"


@pytest.mark.parametrize(
    ("head", "rest"), [(CUT_HEAD, CUT_REST), (CUT_HEAD_MARKED, CUT_REST2), (CUT_HEAD, CUT_REST2)]
)
@pytest.mark.parametrize(
    "heading",
    [["不断壮大促进世界和平与发展的力量"], ["不断壮大促进世界和平与发展的力量", "尼古拉·崔某某"], ["某某自治区发布指南规范学校营养配餐", "——某某日报记者调查", "本报记者 庞某"]],
)
@pytest.mark.parametrize("gap", [[], [B]])
def test_a_paragraph_cut_by_its_heading_and_printed_whole_stands_under_the_heading(
    head: str, rest: str, heading: list[str], gap: list[str]
) -> None:
    whole = head + rest
    units = _units(A, head, *heading, rest, *gap, whole, C)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == [A, *heading, whole, *gap, C]
    assert sorted(u.text for u in dropped) == sorted([head, rest]) and _balanced(units, kept, dropped)


# A title of two phrases and a comma, its column tag aside: prose to a line test, a heading block
# all the same when the whole paragraph is printed again a few lines on.
COMMA_TITLES = ["强化监管，推动网络直播行业行稳致远（专家观点）", "缅怀某某，为了更好地传承", "全民网购，实体店的未来在哪里？（读者点题·共同关注）"]
NET_HEAD = "近几年，网络直播行业用户和市场规模持续增长，但同时也带来著作"
NET_REST = "权风险，制约了网络直播行业的健康长远发展。"


@pytest.mark.parametrize("title", COMMA_TITLES)
@pytest.mark.parametrize(("head", "rest"), [(NET_HEAD, NET_REST), (CUT_HEAD, CUT_REST)])
@pytest.mark.parametrize("gap", [[], [B], [B, "某某县召开会议，研究部署全县秋收秋种工作，要求各乡镇抓紧抓实。"]])
def test_a_paragraph_cut_by_a_comma_title_and_printed_whole_nearby_stands_under_the_heading(
    title: str, head: str, rest: str, gap: list[str]
) -> None:
    whole = head + rest
    units = _units(A, head, title, "赵某某", rest, *gap, whole, C)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == [A, title, "赵某某", whole, *gap, C]
    assert sorted(u.text for u in dropped) == sorted([head, rest]) and _balanced(units, kept, dropped)


@pytest.mark.parametrize("title", COMMA_TITLES)
def test_a_comma_title_is_a_heading_between_two_pieces_only_when_asked(title: str) -> None:
    units = _units(A, NET_HEAD, title, NET_REST, C)
    assert heading_between(units, 1, 3, comma_title=True)
    assert not heading_between(units, 1, 3)
    prose = _units(A, NET_HEAD, "他们说，这是一条很长很长很长的句子，还有逗号。", NET_REST, C)
    assert not heading_between(prose, 1, 3, comma_title=True)


def test_pieces_around_a_comma_title_far_from_the_whole_paragraph_are_no_cut_of_it() -> None:
    # A deck quoting a paragraph printed far on keeps the paragraph's own place.
    whole = NET_HEAD + NET_REST
    filler = [f"第{i}段，某某县召开会议，研究部署全县秋收秋种工作，要求各乡镇抓紧抓实。" for i in range(8)]
    units = _units(A, NET_HEAD, COMMA_TITLES[0], "赵某某", NET_REST, *filler, whole, C)
    texts = [u.text for u in dedupe(units)[0]]
    assert texts.count(whole) == 1 and texts.index(whole) != texts.index("赵某某") + 1


@pytest.mark.parametrize(
    ("between", "cut"),
    [
        (["不断壮大促进世界和平与发展的力量"], True),
        (["不断壮大促进世界和平与发展的力量", "尼古拉·崔某某"], True),
        (["某某自治区发布指南规范学校营养配餐", "——某某日报记者调查", "本报记者 庞某"], True),
        ([], False),  # the two pieces next to each other: no heading cut them
        (["图为某某纪念馆一角。", "本报记者 张三摄", "不断壮大促进世界和平与发展的力量"], False),  # a photo between
        (["不断壮大促进世界和平与发展的力量", "李某某摄（影像中国）"], False),  # a credit is no heading line
        (["不断壮大促进世界和平与发展的力量", B], False),  # a paragraph between
    ],
)
def test_only_a_heading_block_between_two_pieces_makes_them_a_cut_sentence(between: list[str], cut: bool) -> None:
    units = _units(A, CUT_HEAD, *between, CUT_REST, C)
    assert heading_between(units, 1, 2 + len(between)) is cut


@pytest.mark.parametrize(
    ("piece", "whole"),
    [
        ("全民阅读大会盛况空前、各大图书馆到馆读者人数屡创新高、热门图书签售会大排长龙……种种喜人景象彰显了书香社会建设",
         "全民阅读大会盛况空前、各大图书馆到馆读者人数屡创新高、热门图书签售会大排长龙……种种喜人景象彰显了书香社会建设水平的稳步提升。为什么书香氛围日益浓郁？"),
        ("自治区教育厅、自治区卫生健康委、自治区市场监管局、自治区疾控局联合发",
         "本报南宁4月13日电（记者庞某）近日，某某壮族自治区教育厅、自治区卫生健康委、自治区市场监管局、自治区疾控局联合发"),
        (CUT_HEAD, CUT_HEAD + CUT_REST),
    ],
)
@pytest.mark.parametrize("gap", [0, 1, 3])
def test_a_piece_without_clause_marks_cut_inside_a_word_is_a_piece_of_the_paragraph_nearby(piece: str, whole: str, gap: int) -> None:
    filler = [B, C, "某某县召开会议，研究部署全县秋收秋种工作，要求各乡镇抓紧抓实。"][:gap]
    units = _units(A, piece, *filler, whole)
    kept, dropped = dedupe(units)
    assert [u.text for u in dropped] == [piece] and _balanced(units, kept, dropped)
    assert sum(u.text == whole for u in kept) == 1


@pytest.mark.parametrize(
    ("title", "paragraph"),
    [
        # The story goes on after the quoted words with a mark: a heading, not a cut piece.
        ("全民阅读大会盛况空前各大图书馆到馆读者人数屡创新高", "全民阅读大会盛况空前各大图书馆到馆读者人数屡创新高，热门图书签售会大排长龙。"),
        # Words from inside a sentence, neither its opening nor its end.
        ("各大图书馆到馆读者人数屡创新高热门图书签售会大排长龙", "全民阅读大会盛况空前，各大图书馆到馆读者人数屡创新高热门图书签售会大排长龙，书香浓郁。"),
        # The end of a paragraph after a mark.
        ("图书市集人气火爆网络图书论坛讨论热火朝天一派书香", "全民阅读大会盛况空前，各大图书馆到馆读者人数屡创新高。图书市集人气火爆网络图书论坛讨论热火朝天一派书香"),
    ],
)
def test_a_heading_that_quotes_a_phrase_of_the_paragraph_nearby_is_no_piece(title: str, paragraph: str) -> None:
    units = _units(A, title, paragraph, C)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == [A, title, paragraph, C] and not dropped


# A deck of two pull quotes over a commentary: a sentence the body prints as a paragraph of its own,
# run together with the close of a later paragraph (the display line drops its full stop).
DECK_WHOLE = "基础打得好，干事创业才有深厚支撑，才能举重若轻，事半功倍。"
DECK_TAIL = "所有向上生长的惊艳，都源自向下扎根的力量"
DECK_CLOSE = "站在沙丘上远眺，成片的樟子松林将流动的沙海化成生命的绿洲，诠释着一个朴素道理：" + DECK_TAIL + "。"
DECK_MIDDLE = "种树的智慧，对于干事创业也有启发。基础打得不牢，事业的大厦就立不稳。"


@pytest.mark.parametrize(
    "deck", [DECK_WHOLE + DECK_TAIL, DECK_TAIL + "。" + DECK_WHOLE], ids=["whole-then-tail", "tail-then-whole"]
)
@pytest.mark.parametrize("copies", [1, 2])
def test_a_deck_of_quotes_is_no_whole_copy_of_the_paragraph_it_quotes(deck: str, copies: int) -> None:
    # The paragraph the deck quotes is no piece of it: dedupe keeps it (once), and the deck too,
    # for pull_quote, which finds both passages in the body.
    units = _units("一脚一脚踩出春天", deck, LEAD, *([DECK_WHOLE] * copies), DECK_MIDDLE, DECK_CLOSE)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == ["一脚一脚踩出春天", deck, LEAD, DECK_WHOLE, DECK_MIDDLE, DECK_CLOSE]
    assert len(dropped) == copies - 1


def test_a_deck_printed_twice_stays_first_over_its_story() -> None:
    # The second copy stands between paragraphs about the same thing; the first is the deck.
    deck = DECK_WHOLE + DECK_TAIL
    units = _units("一脚一脚踩出春天", deck, LEAD, DECK_MIDDLE, deck, DECK_WHOLE, DECK_CLOSE)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == ["一脚一脚踩出春天", deck, LEAD, DECK_MIDDLE, DECK_WHOLE, DECK_CLOSE]
    assert [u.text for u in dropped] == [deck]


@pytest.mark.parametrize(
    "cut",
    [
        # A column break after a full stop: the rest is printed by no other line.
        (DECK_WHOLE, "这是后半句，别处没有印过的话。"),
        # Cut inside the sentence: the rest is printed elsewhere, but no sentence ends at the cut.
        ("基础打得好，干事创业才有深厚支撑，", "才能举重若轻，事半功倍。" + DECK_TAIL),
    ],
    ids=["rest-nowhere-else", "cut-mid-sentence"],
)
def test_a_piece_cut_off_a_paragraph_printed_whole_is_still_its_copy(cut: tuple[str, str]) -> None:
    piece, rest = cut
    units = _units(LEAD, piece, DECK_MIDDLE, piece + rest, DECK_CLOSE)
    kept, dropped = dedupe(units)
    assert piece + rest in [u.text for u in kept] and [u.text for u in dropped] == [piece]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_deck_of_quotes_over_a_commentary_is_dropped_and_its_passages_kept_once(gap: str) -> None:
    page = (
        f"一脚一脚踩出春天（金台随笔）\n尹双红\n{DECK_WHOLE}{DECK_TAIL}\n{LEAD}\n{DECK_MIDDLE}\n"
        f"{DECK_WHOLE}\n{DECK_WHOLE}\n{DECK_CLOSE}\n"
    )
    (a,) = parse_page(page, gap, blank_after_head=True).articles
    body = "".join(a.paragraphs)
    assert a.paragraphs[0] == LEAD and body.count(DECK_WHOLE) == 1 and body.count(DECK_TAIL) == 1


# A deck cut by its own heading the other way round: the first half over the title, dropped by
# dedupe as a piece of the body's paragraph, the second half under the byline, joined to the lead.
DECK_ABOVE, DECK_UNDER = "基础打得好，干事创业才有深厚支撑，才", "能举重若轻，事半功倍。"


@pytest.mark.parametrize(
    "dropped, taken",
    [
        ((copy_key(DECK_ABOVE),), len(DECK_UNDER + DECK_TAIL)),  # its first half was a dropped copy
        (("另一段被删去的重复文字，和这里无关。", copy_key(DECK_ABOVE)), len(DECK_UNDER + DECK_TAIL)),
        ((), 0),  # nothing dropped: the story's first sentence says again what a later one closes
        (("另一段被删去的重复文字，和这里无关。",), 0),
        ((copy_key(DECK_ABOVE)[:-4],), 0),  # a dropped line that is not where the copy comes from
    ],
    ids=["first-half-dropped", "among-others", "none-dropped", "other-dropped", "not-where-it-comes-from"],
)
def test_a_deck_cut_by_its_heading_is_a_copy_when_its_first_half_was(dropped: tuple[str, ...], taken: int) -> None:
    paragraphs = [DECK_UNDER + DECK_TAIL + LEAD, DECK_MIDDLE, DECK_WHOLE, DECK_CLOSE]
    assert pull_quote(paragraphs, dropped) == taken


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_deck_cut_by_its_heading_is_dropped_and_its_passages_kept_once(gap: str) -> None:
    page = (
        f"反复开工等于白开工\n本报记者 张三\n{B}\n{C}\n{DECK_ABOVE}\n一脚一脚踩出春天（金台随笔）\n尹双红\n"
        f"{DECK_UNDER}{DECK_TAIL}\n{LEAD}\n{DECK_MIDDLE}\n{DECK_WHOLE}\n{DECK_CLOSE}\n"
    )
    articles = parse_page(page, gap, blank_after_head=True).articles
    body = "".join(p for a in articles for p in a.paragraphs)
    (a,) = [a for a in articles if a.headline and "春天" in a.headline]
    assert a.paragraphs[0] == LEAD and body.count(DECK_WHOLE) == 1 and body.count(DECK_TAIL) == 1


# A deck cut by its heading where the body goes on after the sentence the deck's second half ends:
# "…治国理政的" over the title (dropped), "重要位置，…历史性成就。" + the deck's second place under the
# byline, joined to the lead; the body prints "…治国理政的重要位置，…历史性成就。习近平…", in the lead
# itself or in a later paragraph.
CUT_ABOVE = "党的十八大以来，某某把边疆治理摆在治国理政的"
CUT_UNDER = "重要位置，边疆地区经济社会发展取得历史性成就。"
CUT_BODY = CUT_ABOVE + CUT_UNDER + "习近平总书记强调，要深入推进兴边富民行动。"


@pytest.mark.parametrize("where", ["in-the-lead", "later"])
@pytest.mark.parametrize(
    "dropped, taken",
    [
        ((copy_key(CUT_ABOVE),), len(CUT_UNDER + DECK_TAIL)),  # its first half was a dropped copy
        (("另一段被删去的重复文字，和这里无关。", copy_key(CUT_ABOVE)), len(CUT_UNDER + DECK_TAIL)),
        ((), 0),  # nothing dropped: a sentence the body goes on from mid-word is no quote alone
        ((copy_key(CUT_ABOVE)[:-4],), 0),  # a dropped line that is not where the copy comes from
    ],
    ids=["first-half-dropped", "among-others", "none-dropped", "not-where-it-comes-from"],
)
def test_a_deck_cut_by_its_heading_may_end_a_sentence_the_body_goes_on_from(
    where: str, dropped: tuple[str, ...], taken: int
) -> None:
    if where == "in-the-lead":
        paragraphs = [CUT_UNDER + DECK_TAIL + CUT_BODY, DECK_MIDDLE, DECK_CLOSE]
    else:
        paragraphs = [CUT_UNDER + DECK_TAIL + LEAD, DECK_MIDDLE, CUT_BODY, DECK_CLOSE]
    assert pull_quote(paragraphs, dropped) == taken


@pytest.mark.parametrize("tail", ["风在呼啸，人在伫", "我相信，那是青春扎根的样"])
def test_a_dropped_copy_of_the_deck_itself_is_no_first_half(tail: str) -> None:
    # The deck (its quote and a tail cut at the column's edge) joined to a paragraph that prints the
    # quote: the dropped line holding the quote is the deck printed twice, not a half over the heading.
    paragraphs = [CUT_UNDER + tail + CUT_UNDER + "戍边5年，我也成为别人的老班长。", DECK_MIDDLE, DECK_CLOSE]
    assert pull_quote(paragraphs, (copy_key(CUT_UNDER + tail),)) == 0


@pytest.mark.parametrize(
    "quote",
    ["推动改革落地见效，关键在于一级抓一级、层层抓落实", "人工智能如何走进千家万户，是一场更长的赛跑"],
)
def test_a_quote_joined_to_the_lead_that_prints_it_again_is_a_copy(quote: str) -> None:
    # The deck has no full stop and runs on into the lead, whose sentence says it again.
    lead = f"上个月，某市召开推进会。会上大家谈到，{quote}。这也是今年的工作重点。"
    assert pull_quote([quote + lead, DECK_MIDDLE, DECK_CLOSE]) == len(quote)
    # Said again mid-sentence only, or not at all: the lead is no copy place.
    other = f"上个月，某市召开推进会。会上大家谈到，{quote}的问题。"
    assert pull_quote([quote + other, DECK_MIDDLE, DECK_CLOSE]) == 0
    assert pull_quote([quote[:10] + lead, DECK_MIDDLE, DECK_CLOSE]) == 0


@pytest.mark.parametrize(
    "lead",
    [
        "4月25日，某市召开推进会，数十家企业参加。",
        "2024年，某市办了一场机器人运动会。",
        "【事件】村民梁某脸色发白，躺在自家炕头上。",
        "（一）某市召开推进会，数十家企业参加。",
        "AI大模型走进车间，数十家企业参加。",
    ],
    ids=["date", "year", "run-in-label", "numbered", "latin"],
)
@pytest.mark.parametrize("sentences", [1, 2], ids=["one-quote", "two-places"])
def test_a_quote_without_its_stop_joined_to_a_lead_opening_on_no_character_is_a_copy(lead: str, sentences: int) -> None:
    # The deck dropped its full stop and the lead under it opens on a figure, a bracket or a letter:
    # "…支持中小企业低成本接入高性能算力资源" + "4月25日，…"; the body prints the quote where a sentence ends.
    quote = DECK_WHOLE + DECK_TAIL if sentences == 2 else DECK_TAIL
    assert pull_quote([quote + lead, DECK_MIDDLE, DECK_WHOLE, DECK_CLOSE]) == len(quote)


@pytest.mark.parametrize("mark", ["，", "、", "）", "”"])
def test_a_quote_going_on_with_a_mark_is_no_copy(mark: str) -> None:
    # A mark after the quote goes on with its own sentence: what the body prints stops short of it.
    assert pull_quote([DECK_TAIL + mark + "4月25日某市召开推进会。", DECK_MIDDLE, DECK_CLOSE]) == 0


# A whole sentence of a commentary, longer than any heading line, that its body prints mid-paragraph.
LONG_QUOTE = "加快完善消费基础设施，有利于我们更好统筹投资和消费，以有潜能的消费拉动有效益的投资，推动投资效益提高和消费扩容升级良性互促"
LONG_QUOTE_PARA = f"可以说，{LONG_QUOTE}。推进这项工作，也要做好投资和消费两端的文章。"


@pytest.mark.parametrize(
    "heading",
    [["以有潜能的消费拉动有效益的投资（观象台）", "刘志强"], ["消费基础设施", "以有潜能的消费拉动有效益的投资"]],
    ids=["title-byline", "kicker-title"],
)
def test_a_long_pull_quote_over_a_heading_block_is_a_copy(heading: list[str]) -> None:
    units = _units(A, LONG_QUOTE, *heading, B, LONG_QUOTE_PARA, C)
    kept, dropped = dedupe(units)
    assert [u.text for u in dropped] == [LONG_QUOTE] and LONG_QUOTE_PARA in [u.text for u in kept]


@pytest.mark.parametrize(
    "quote, under",
    [
        # A kicker's length: a phrase or two of the story, however many heading lines under it.
        ("以有潜能的消费拉动有效益的投资，推动投资效益提高和消费扩容升级良性互促", ["以有潜能的消费拉动有效益的投资（观象台）", "刘志强"]),
        # Under the byline, one line of its own under it (its rest, cut at the column's edge), then the text.
        (LONG_QUOTE, ["推动投资效益提高", "篮球、网球、足球，各式场地应有尽有，吸引不少健身爱好者前来打卡。"]),
    ],
    ids=["kicker-length", "rest-under-it"],
)
def test_a_quote_short_or_over_one_heading_like_line_stays(quote: str, under: list[str]) -> None:
    units = _units(A, quote, *under, B, LONG_QUOTE_PARA, C)
    kept, dropped = dedupe(units)
    assert quote in [u.text for u in kept] and not dropped


# A pull quote over a commentary that quotes the start of a paragraph the body prints cut in two
# at a column break, the cut inside the quoted words.
CUT_QUOTED = "管理和服务相辅相成，不可偏废。好的管理不是降低标准，而是建立更符合人性的激励机制"
CUT_PARAGRAPH = CUT_QUOTED + "。从政府工作报告明确提出加强权益保障，到各地搭建平台，新业态劳动者更有获得感。"


@pytest.mark.parametrize("cut", [12, 20, 30])
def test_a_quote_of_a_paragraph_cut_in_two_leaves_both_halves(cut: int) -> None:
    # The first half is no piece of the quote: the next line goes on with the quote's rest and further.
    units = _units("既要有管理  也要优服务（人民时评）", CUT_QUOTED, LEAD, B, CUT_PARAGRAPH[:cut], CUT_PARAGRAPH[cut:], C)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == [u.text for u in units] and not dropped


@pytest.mark.parametrize("cut", [12, 20])
def test_a_quote_of_a_paragraph_end_cut_in_two_leaves_both_halves(cut: int) -> None:
    # The mirror: the quote closes the paragraph, the cut inside it; the line before holds its opening.
    quote = CUT_PARAGRAPH[-30:]
    at = len(CUT_PARAGRAPH) - cut
    units = _units("既要有管理  也要优服务（人民时评）", quote, LEAD, B, CUT_PARAGRAPH[:at], CUT_PARAGRAPH[at:], C)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == [u.text for u in units] and not dropped


# A deck running together the opening sentences of two paragraphs, the second cut by a column break
# inside the quoted words: "…一国治。惩贪反腐是一场攻坚战，更是一场持久战。" over the story, its body
# "惩贪反腐是一场攻坚战，更是一场持久" / "战。新征程上，…".
CUT_FIRST = "立善法于天下，则天下治；立善法于一国，则一国治。某某规定突出问题导向，列出负面清单，举措直指痛点。"
CUT_SECOND = "惩贪反腐是一场攻坚战，更是一场持久战。新征程上，唯有以清风正气涤荡歪风邪气，方能形成良好风气。"
TWO_PLACES = CUT_FIRST[: CUT_FIRST.index("。") + 1] + CUT_SECOND[: CUT_SECOND.index("。") + 1]


@pytest.mark.parametrize("stop", ["。", ""], ids=["stop", "no-stop"])
@pytest.mark.parametrize("cut", [12, 14, 17])
def test_a_deck_quoting_a_second_paragraph_across_its_cut_leaves_both_halves(cut: int, stop: str) -> None:
    # The first half is no piece of the deck: the next line goes on with the deck's rest, and further.
    deck = TWO_PLACES[:-1] + stop
    units = _units("筑廉基 兴乡村（思想纵横）", deck, LEAD, CUT_FIRST, B, CUT_SECOND[:cut], CUT_SECOND[cut:], C)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == [u.text for u in units] and not dropped


@pytest.mark.parametrize("before", ["某某说，", "某某指出：", "正如“某某”"])
def test_a_piece_inside_a_line_after_no_full_stop_is_still_a_copy(before: str) -> None:
    # The line's text before the piece closes no sentence: a paragraph printed twice, not a deck.
    line = before + CUT_SECOND[: CUT_SECOND.index("。") + 1]
    units = _units(LEAD, line, B, CUT_SECOND[:17], CUT_SECOND[17:], C)
    kept, dropped = dedupe(units)
    assert [u.text for u in dropped] == [CUT_SECOND[:17]]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("cut", [12, 17])
def test_a_deck_quoting_a_second_paragraph_across_its_cut_is_read_once(cut: int, gap: str) -> None:
    page = (
        f"筑廉基 兴乡村（思想纵横）\n魏顺庆\n{TWO_PLACES}\n{LEAD}\n{CUT_FIRST}\n{B}\n"
        f"{CUT_SECOND[:cut]}\n{CUT_SECOND[cut:]}\n{C}\n"
    )
    (a,) = parse_page(page, gap, blank_after_head=True).articles
    body = "".join(a.paragraphs)
    assert a.paragraphs[0] == LEAD and body.count(CUT_FIRST) == 1 and body.count(CUT_SECOND) == 1


def test_a_piece_whose_next_line_is_another_paragraph_is_still_a_copy() -> None:
    # The line after the piece does not go on with the whole line's rest: the piece is a copy.
    units = _units(LEAD, CUT_PARAGRAPH[:20], B, CUT_PARAGRAPH, C)
    kept, dropped = dedupe(units)
    assert [u.text for u in dropped] == [CUT_PARAGRAPH[:20]]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_pull_quote_of_a_paragraph_cut_in_two_is_kept_once(gap: str) -> None:
    page = (
        f"既要有管理  也要优服务（人民时评）\n周珊珊\n{CUT_QUOTED}\n{LEAD}\n{B}\n"
        f"{CUT_PARAGRAPH[:20]}\n{CUT_PARAGRAPH[20:]}\n{C}\n"
    )
    (a,) = parse_page(page, gap, blank_after_head=True).articles
    assert a.paragraphs[0] == LEAD and "".join(a.paragraphs).count(CUT_QUOTED) == 1


def test_brackets_are_compared_in_one_form() -> None:
    # A column break cuts the pair, so normalising leaves each half its ASCII bracket.
    assert copy_key("帅杰)10年前，儿媳过门") == copy_key("帅杰）10年前，儿媳过门") and copy_key("(记者 赵") == "（记者赵"


CUT_LEAD_BODY = "10年前，儿媳过门，彩礼掏出7万元；前年，女儿出嫁，收了2万元，陪嫁了冰箱和彩电。"


@pytest.mark.parametrize(
    "head, rest",
    [
        ("本报讯(记者 赵", "帅杰)" + CUT_LEAD_BODY),  # the bracket pair cut: each half keeps its ASCII form
        ("本报讯（记者 赵帅杰）10年", CUT_LEAD_BODY[3:]),
        ("新华社兰州4月13日电", " " + CUT_LEAD_BODY),
    ],
    ids=["bracket-cut", "after-the-bracket", "dateline"],
)
def test_a_lead_cut_by_its_heading_and_printed_whole_stands_under_the_heading(head: str, rest: str) -> None:
    # The first half is too short to be compared as a copy; the whole copy printed after the second
    # half stands where the second half is, under the heading, and the first half goes.
    whole = copy_key(head + rest).replace("新华社兰州4月13日电", "新华社兰州4月13日电 ")
    title = ["甘肃某县某村——", "彩礼宴席“限高”  礼轻情分重了（链接）"]
    units = _units(A, head, *title, rest, B, whole, C)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == [A, *title, whole, B, C]
    assert [u.text for u in dropped] == [head, rest] and _balanced(units, kept, dropped)


def test_a_short_line_over_the_heading_that_is_not_the_first_half_stays() -> None:
    rest = "帅杰)" + CUT_LEAD_BODY
    title = ["甘肃某县某村——", "彩礼宴席“限高”  礼轻情分重了（链接）"]
    units = _units(A, "本报讯(记者 钱", *title, rest, B, "本报讯（记者 赵帅杰）" + CUT_LEAD_BODY, C)
    kept, dropped = dedupe(units)
    assert "本报讯(记者 钱" in [u.text for u in kept] and [u.text for u in dropped] == [rest]


@pytest.mark.parametrize("credit", ["以上图片均为姜健摄", "本报记者 王五摄", "新华社记者 张三摄"])
def test_a_copy_between_a_caption_and_its_credit_does_not_take_the_place(credit: str) -> None:
    # The caption names the story's people, so the copy there looks at home by its neighbours; the
    # story's text is never printed between a caption and its credit: the usual place stays.
    quote = "“对我们年轻人来说，解决这些小问题，就是动动手指的事。但对老人来说，每一步都是难以跨越的坎。”姜利红说。"
    units = _units(
        "他也偶尔当当初级小电工，帮村民安装插座、连个电线。", quote,
        "除此之外，他还是快递代收点的掌柜、社保卡办理顾问、出租车司机、生活物", "姜利红（右）和村里老人姜大爷、姜大娘在一起。",
        quote, credit, "品采购员，也常常陪老人们聊天。",
    )
    kept, dropped = dedupe(units)
    assert [u.text for u in kept][1] == quote and [u.text for u in kept][4] == credit and dropped == [units[4]]


# A column-cut half paragraph with no clause mark (the enumeration comma is none) and what follows it.
HALF_NO_MARK = "全民阅读大会盛况空前、各大图书馆到馆读者人数屡创新高、热门图书签售会大排长龙、图书市集人气"
HALF_GOES_ON = "火爆、网络图书论坛讨论热火朝天……种种喜人景象彰显了全民阅读工作的扎实推进。"


@pytest.mark.parametrize("cut", [12, 17, 25])
@pytest.mark.parametrize("byline", [[], ["张贺"], ["本报记者 张贺"]])
def test_a_copy_with_no_clause_mark_of_a_half_cut_by_the_heading_is_read_once(cut: int, byline: list[str]) -> None:
    # The half was printed twice; the heading block cut the first copy, the second stands whole
    # under it: the whole copy takes the second half's place, under the heading.
    title = "当阅读成为“刚需”（人文茶座）"
    units = _units(A, HALF_NO_MARK[:cut], title, *byline, HALF_NO_MARK[cut:], HALF_NO_MARK, HALF_GOES_ON)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == [A, title, *byline, HALF_NO_MARK, HALF_GOES_ON]
    assert [u.text for u in dropped] == [HALF_NO_MARK[:cut], HALF_NO_MARK[cut:]] and _balanced(units, kept, dropped)


@pytest.mark.parametrize("cut", [17, 25])
def test_a_copy_of_two_adjacent_halves_is_read_once_where_the_copy_stands(cut: int) -> None:
    units = _units(A, HALF_NO_MARK[:cut], HALF_NO_MARK[cut:], B, HALF_NO_MARK, HALF_GOES_ON)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == [A, B, HALF_NO_MARK, HALF_GOES_ON] and _balanced(units, kept, dropped)


@pytest.mark.parametrize(
    "kicker, title",
    [
        ("省十四届人大常委会第十五次会议", "审议通过多项地方性法规草案决定"),  # cut between two ideographs
        ("发展各具特色的县域经济系列报道", "地理信息产业跑出新赛道"),
    ],
)
def test_a_heading_that_runs_two_lines_together_is_no_copy_when_a_half_is_short(kicker: str, title: str) -> None:
    # Only a half long enough to be compared makes the pair a copy: a kicker and a title are read as
    # a heading, whatever line elsewhere runs them together.
    units = _units(A, kicker, "很短", B, kicker + "很短", C)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == [u.text for u in units] and dropped == []


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_page_prints_a_copied_half_once_joined_to_its_rest(gap: str) -> None:
    page = (
        f"当阅读成为“刚需”（人文茶座）\n张贺\n{HALF_NO_MARK[17:]}\n{HALF_NO_MARK}\n{HALF_GOES_ON}\n{B}\n"
    )
    page = f"柴伟调研信访工作时要求\n本报记者 王五\n{A}\n{C}\n{HALF_NO_MARK[:17]}\n" + page
    articles = parse_page(page, gap).articles
    read = next(a for a in articles if a.headline == "当阅读成为“刚需”（人文茶座）")
    assert read.paragraphs[0] == HALF_NO_MARK + HALF_GOES_ON and "".join(read.paragraphs).count(HALF_NO_MARK) == 1


# A commentary's pull quote, and the body paragraph that prints it again inside a longer sentence.
DECK_QUOTE = "精准施策，就要换位思考，通过扎实的调查研究找准“痛点”、寻准“病根”、开准“药方”"
DECK_QUOTING = f"如何管理，又该如何服务？{DECK_QUOTE}，让服务更有温度。"
COMMENTARY_HEAD = ["既要有管理  也要优服务（人民时评）", "周珊珊"]


@pytest.mark.parametrize("cut", [16, 21, 30])  # inside the clause-less half, or with a clause mark on either side
@pytest.mark.parametrize("head", [COMMENTARY_HEAD, COMMENTARY_HEAD[:1], ["坚持问题导向——", "既要有管理  也要优服务", "本报记者 周珊珊"]])
def test_a_pull_quote_cut_by_its_heading_goes_with_its_copy(cut: int, head: list[str]) -> None:
    # Neither half alone is a copy of the body paragraph; run together across the cut they are a
    # passage of it, and both go: the body prints the words where they belong.
    units = _units(A, DECK_QUOTE[:cut], *head, DECK_QUOTE[cut:], B, DECK_QUOTING, C)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == [A, *head, B, DECK_QUOTING, C]
    assert [u.text for u in dropped] == [DECK_QUOTE[:cut], DECK_QUOTE[cut:]] and _balanced(units, kept, dropped)


def test_a_pull_quote_cut_by_its_heading_and_again_by_a_column_goes_whole() -> None:
    units = _units(A, DECK_QUOTE[:16], *COMMENTARY_HEAD, DECK_QUOTE[16:30], DECK_QUOTE[30:], B, DECK_QUOTING, C)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == [A, *COMMENTARY_HEAD, B, DECK_QUOTING, C] and len(dropped) == 3


@pytest.mark.parametrize("cut", [12, 16, 30])
def test_halves_of_a_pull_quote_with_no_heading_between_stay(cut: int) -> None:
    # A paragraph between the halves is no heading block: the line the column cut goes on elsewhere.
    units = _units(A, DECK_QUOTE[:cut], B, DECK_QUOTE[cut:], C, DECK_QUOTING)
    kept, dropped = dedupe(units)
    assert len(dropped) <= 1 and DECK_QUOTING in [u.text for u in kept]


@pytest.mark.parametrize("kicker", ["如何管理，又该如何服务？", "坚持问题导向——"])
def test_a_heading_and_its_lead_that_open_a_paragraph_of_the_story_stay(kicker: str) -> None:
    # "如何管理，又该如何服务？" over the title, and the lead under it, run together are no passage of
    # the paragraph that asks the question: the lead is no copy.
    lead = "“您好，您的外卖到了！”熟悉的场景、亲切的话语，映照着外卖骑手等新就业群体已融入城市生活。"
    units = _units(A, kicker, *COMMENTARY_HEAD, lead, B, DECK_QUOTING, C)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == [u.text for u in units] and dropped == []


# A commentary's two pull quotes, and the paragraph that prints them, cut by a column break right
# inside the first: no line holds the first quote whole; the second is a piece of the second line.
ACROSS_Q1 = "政策支持不是“大水漫灌”，“有形之手”贵在精准发力。既要瞄准真实需求，找"
ACROSS_Q2 = "准着力点，也要大力破堵点，优化消费环境"
ACROSS_BODY = "近年来各地出台了不少促消费政策。" + ACROSS_Q1 + ACROSS_Q2 + "。比如，某市推出以旧换新补贴，市民积极参与。"
ACROSS_HEAD = ["从以旧换新看绿色消费（人民时评）", "何  娟"]
ACROSS_NEAR = "提振消费的政策，不仅仅存在于促销环节，也在于让消费者买得放心、用得舒心。"


@pytest.mark.parametrize("cut", [20, 28, 33])  # inside the first quote
def test_a_paragraph_quoted_across_its_column_cut_stays_where_the_body_prints_it(cut: int) -> None:
    # The second quote is a piece of the paragraph's second line; its neighbour is the first quote,
    # about the same thing, yet it is no place for the paragraph: the line stays in the body, and
    # the quotes are taken once the story's lines are joined (``quotes.pull_quote``).
    at = ACROSS_BODY.index(ACROSS_Q1) + cut
    units = _units(A, *ACROSS_HEAD, ACROSS_Q1, ACROSS_Q2, ACROSS_NEAR, B, ACROSS_BODY[:at], ACROSS_BODY[at:], C)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == [A, *ACROSS_HEAD, ACROSS_Q1, ACROSS_NEAR, B, ACROSS_BODY[:at], ACROSS_BODY[at:], C]
    assert [u.text for u in dropped] == [ACROSS_Q2] and _balanced(units, kept, dropped)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_commentary_quoting_a_paragraph_across_its_column_cut_reads_the_paragraph_once(gap: str) -> None:
    at = ACROSS_BODY.index(ACROSS_Q1) + 30
    page = "\n".join([*ACROSS_HEAD, ACROSS_Q1, ACROSS_Q2, ACROSS_NEAR, B, ACROSS_BODY[:at], ACROSS_BODY[at:], C])
    (a,) = parse_page(page, gap, blank_after_head=True).articles
    body = "".join(a.paragraphs)
    assert ACROSS_BODY in a.paragraphs and body.count(ACROSS_Q2) == 1 and body.count(ACROSS_Q1) == 1


# A commentary's deck, cut by its own heading block, and the paragraph that prints it, cut by a
# column break at another point; the paragraph's first line printed once more further on, next to
# a paragraph about the same thing.
CUT_DECKS = [
    "加快完善社区养老服务设施，有利于我们更好统筹居家养老和机构养老，以贴心的服务托起幸福的晚年",
    "推动文化和旅游深度融合，既要讲好老街老巷的故事，也要让游客在烟火气里读懂一座城的性格",
]
CUT_HEADS = [["以贴心的服务托起幸福的晚年（人民时评）", "王  平"], ["让老街巷焕发新活力（观象台）", "李  明"]]
CUT_LEADS = [
    "清晨七点，某市一家社区养老服务中心已经热闹起来：老人们在活动室里下棋、练字，助餐点飘出饭菜香。",
    "“五一”假期，某市一条百年老街游人如织：非遗工坊里拓印、剪纸，街角的老茶馆座无虚席。",
]
CUT_MIDS = [
    "服务端，要瞄准需求、精准发力。老年人的需求已由吃饱穿暖向医养康养并重转变，照护服务日益多样。",
    "业态端，要守住街巷的本来面貌。老街的魅力在于真实的生活，商铺不宜千篇一律，更不宜大拆大建。",
]
CUT_NEARS = [
    "积极应对人口老龄化是当前的重点任务。期待更多地方在完善社区养老服务设施上出实招、见实效，让老人安享幸福晚年。",
    "文化和旅游深度融合是一篇大文章。期待更多老街巷讲好自己的故事，让游客在烟火气里爱上一座城。",
]


def _cut_deck_page(story: int, deck_cut: int, body_cut: int) -> tuple[list[str], str]:
    """The story's lines, and the body paragraph that prints its deck."""
    deck = CUT_DECKS[story]
    body = "可以说，" + deck + "。推进这项工作，也要做好两方面文章。"
    at = body.index(deck) + body_cut
    lines = [A, deck[:deck_cut], *CUT_HEADS[story], deck[deck_cut:], CUT_LEADS[story], CUT_MIDS[story],
             body[:at], body[at:], B, body[:at], CUT_NEARS[story], C]
    return lines, body


@pytest.mark.parametrize("story", [0, 1])
@pytest.mark.parametrize(("deck_cut", "body_cut"), [(20, 24), (15, 30), (24, 20), (30, 14)])
def test_a_paragraph_quoted_by_a_deck_cut_by_its_heading_stays_where_the_body_prints_it(
    story: int, deck_cut: int, body_cut: int
) -> None:
    # The heading cuts the deck at one point, the column break the paragraph at another: run
    # together, the deck is printed across the paragraph's cut, whose first line stays there and
    # not by the later paragraph about the same thing.
    lines, body = _cut_deck_page(story, deck_cut, body_cut)
    at = body.index(CUT_DECKS[story]) + body_cut
    kept, dropped = dedupe(_units(*lines))
    texts = [u.text for u in kept]
    assert texts.index(body[:at]) + 1 == texts.index(body[at:]) and texts.count(body[:at]) == 1
    assert body[:at] in [u.text for u in dropped] and _balanced(_units(*lines), kept, dropped)


@pytest.mark.parametrize("story", [0, 1])
@pytest.mark.parametrize(("deck_cut", "body_cut"), [(20, 24), (24, 20), (30, 14)])
def test_a_deck_cut_by_its_heading_and_quoting_a_paragraph_cut_elsewhere_is_read_once(
    story: int, deck_cut: int, body_cut: int
) -> None:
    lines, body = _cut_deck_page(story, deck_cut, body_cut)
    (a,) = parse_page("\n".join(lines[1:]), "\n\n", blank_after_head=True).articles
    text = "".join(a.paragraphs)
    assert body in a.paragraphs and text.count(CUT_DECKS[story][deck_cut - 8 : deck_cut + 8]) == 1


# A paragraph cut by a column break, its two lines printed again elsewhere (over another story's
# heading), the second cut short.
RUN_PARAGRAPHS = [
    "政策支持不是“大水漫灌”，“有形之手”贵在精准发力。既要瞄准真实需求，找准着力点，也要大力破堵点，优化消费环境。比如，对老年人来说，领取补贴的流程还要再简化。",
    "基础打得好，干事创业才有深厚支撑，才能举重若轻，事半功倍。所有向上生长的惊艳，都源自向下扎根的力量。这些打基础的工作，往往看不见、摸不着。",
]
RUN_HEAD = ["从以旧换新看绿色消费（人民时评）", "何  娟"]


@pytest.mark.parametrize("paragraph", RUN_PARAGRAPHS)
@pytest.mark.parametrize("cut", [22, 26, 30])
def test_the_line_before_a_stranded_piece_goes_with_it(paragraph: str, cut: int) -> None:
    # The first line is printed word for word twice, the second line's stray copy is a piece of the
    # body's: both stray copies are one block, and the paragraph stands where the body prints it.
    first, second = paragraph[:cut], paragraph[cut:]
    piece = second[:-12]
    units = _units(A, first, piece, *RUN_HEAD, B, C, first, second, A.replace("市委书记", "市长"))
    kept, dropped = dedupe(units)
    texts = [u.text for u in kept]
    assert texts == [A, *RUN_HEAD, B, C, first, second, A.replace("市委书记", "市长")]
    assert sorted(u.text for u in dropped) == sorted([first, piece]) and _balanced(units, kept, dropped)


# A commentary's deck of pull quotes: the first opens a body paragraph, which a column break cuts
# inside another quote of the deck, near the paragraph's end.
DECK_Q1 = "精准施策，就要换位思考，通过扎实的调查研究找准“痛点”、寻准“病根”、开准“药方”"
DECK_Q2 = "找得到、用得上的公共服务，更可及的发展机会，体现着以需求为导向的有效供给，正是服务的要义所在"
DECK_Q3 = "管理和服务相辅相成，不可偏废。好的管理不是降低标准，而是建立更符合人性的激励机制"
DECK_BODY = DECK_Q1 + "。某区开展“换位跑一次”行动，干部们在奔波路上获得鲜活体验，最终转化为实打实的举措。" + DECK_Q2 + "。"
DECK_OTHER = DECK_Q3 + "。从明确提出加强权益保障，到上线“爱心驿站地图”，多元主体正在共同绘就美好图景。"
DECK_HEAD = ["既要有管理 也要优服务（人民时评）", "周珊珊"]
DECK_LEAD = "“您好，您的外卖到了！”熟悉的场景、亲切的话语，映照着外卖骑手已经成为城市生活中不可或缺的一部分。"
DECK_MID = "如何管理，又该如何服务？转变理念是关键。以前，外卖骑手常常受困于平台流量、算法，承受巨大心理压力。"


def _deck_page(deck: list[str], cut: int) -> tuple[list[str], int]:
    """The story's lines under another story's last paragraph, and where the column break cuts DECK_BODY."""
    at = DECK_BODY.index(DECK_Q2) + cut
    return [A, *DECK_HEAD, *deck, DECK_LEAD, DECK_MID, DECK_BODY[:at], DECK_BODY[at:], DECK_OTHER, C], at


DECKS = [[DECK_Q1, DECK_Q2], [DECK_Q1, DECK_Q2, DECK_Q3], [DECK_Q1, DECK_Q3, DECK_Q2]]


@pytest.mark.parametrize("deck", DECKS)
@pytest.mark.parametrize("cut", [30, 36, 40])  # inside the second quote, near the paragraph's end
def test_a_paragraph_opened_by_one_quote_and_cut_inside_another_stays_where_the_body_prints_it(deck: list[str], cut: int) -> None:
    # The first quote is a piece of the paragraph's first line, and its neighbour under the heading is
    # the other quote, the line's own words: yet the line stays in the body, by its second half.
    lines, at = _deck_page(deck, cut)
    kept, dropped = dedupe(_units(*lines))
    texts = [u.text for u in kept]
    assert texts.index(DECK_BODY[:at]) + 1 == texts.index(DECK_BODY[at:]) and texts.count(DECK_BODY[:at]) == 1
    assert DECK_Q1 not in texts and DECK_Q1 in [u.text for u in dropped] and _balanced(_units(*lines), kept, dropped)


@pytest.mark.parametrize("deck", DECKS)
@pytest.mark.parametrize("cut", [30, 40])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_deck_quoting_a_paragraph_across_its_column_cut_is_read_once(deck: list[str], cut: int, gap: str) -> None:
    lines, _at = _deck_page(deck, cut)
    (a,) = parse_page("\n".join(lines[1:-1]), gap, blank_after_head=True).articles
    text = "".join(a.paragraphs)
    assert DECK_BODY in a.paragraphs and all(text.count(q) == 1 for q in deck)
    assert a.paragraphs[0] == DECK_LEAD


# A commentary's deck cut by its heading block, whose kicker (a statement with clause marks) the
# extraction printed on the title's line.
GLUED_DECK = "人形机器人如何适应人类社会发展需求、助力人类文明进步，是一场更为壮观也更具挑战性的“人机共跑”马拉松"
GLUED_TITLES = [
    "掘进方向从水平到斜向、竖向、拐弯掘进，刀盘直径从0.5米到超16米   跑好“人机共跑”的马拉松（评论员观察）",
    "某市开通首条跨江地铁，通勤时间缩短一半  跑好“人机共跑”的马拉松（评论员观察）",
]
GLUED_LEAD = "不久前，全球首次“人机共跑”半程马拉松在京完赛。20支人形机器人参赛队和人类选手同场竞技，引发广泛关注。"
GLUED_BODY = "从更大层面看，作为人工智能技术与机器人技术深度融合的产物，" + GLUED_DECK + "。我们要保持战略定力，久久为功。"


@pytest.mark.parametrize("title", GLUED_TITLES)
@pytest.mark.parametrize("cut", [18, 26, 31])
def test_a_deck_cut_by_a_heading_whose_kicker_shares_the_titles_line_is_read_once(title: str, cut: int) -> None:
    lines = [A, GLUED_DECK[:cut], title, "孟繁哲", GLUED_DECK[cut:], GLUED_LEAD, B, GLUED_BODY, C]
    kept, dropped = dedupe(_units(*lines))
    texts = [u.text for u in kept]
    assert GLUED_DECK[:cut] not in texts and GLUED_DECK[cut:] not in texts and GLUED_BODY in texts
    assert _balanced(_units(*lines), kept, dropped)


# A photo's caption printed twice: with its photo (over its credit) and again in the column's flow,
# with its credit or alone, right after the photo block or a few lines on.
CAPTIONS = [
    "龙光庆在摆渡过河。",
    "李安军（右）在修改民宿设计方案。",
    "市民观看红旗街商圈“街BA”篮球赛。",
    "图为村民在田间查看苗情。",
    "郭英梅(左)在超市收银台,为顾客结账。",  # ASCII marks, as some exporters print them
]
CREDITS = ["姚晶权摄", "以上图片均为姜健摄", "受访者供图", "本报记者 张 浩摄"]


@pytest.mark.parametrize("caption", CAPTIONS)
@pytest.mark.parametrize("credit", CREDITS)
@pytest.mark.parametrize("later", [0, 1, 2])
@pytest.mark.parametrize("with_credit", [True, False])
def test_a_caption_printed_twice_is_read_once_over_its_credit(caption: str, credit: str, later: int, with_credit: bool) -> None:
    copy = [caption, credit] if with_credit else [caption]
    lines = [A, caption, credit, *[B, C][:later], *copy, *[B, C][later:]]
    units = _units(*lines)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == [A, caption, credit, B, C]
    assert [u.text for u in dropped] == copy and _balanced(units, kept, dropped)


@pytest.mark.parametrize("caption", CAPTIONS[:3])
def test_a_caption_printed_first_in_the_flow_is_read_where_its_photo_prints_it(caption: str) -> None:
    # "龙光庆在摆渡过河。" / "碧水，…" / "龙光庆在摆渡过河。" / "姚晶权摄": the copy over the credit is the caption's.
    lines = [A, caption, B, caption, "姚晶权摄", C]
    kept, dropped = dedupe(_units(*lines))
    assert [u.text for u in kept] == [A, B, caption, "姚晶权摄", C] and [u.text for u in dropped] == [caption]


def test_a_caption_printed_twice_between_the_halves_of_a_cut_paragraph() -> None:
    first, second = "他挽起衣袖，拉动绳索，把一条渡船拉到岸边来。乌篷船荡开", "碧水，泛起层层涟漪。记者跟随跨上渡船。"
    lines = [A, first, "龙光庆在摆渡过河。", "姚晶权摄", "龙光庆在摆渡过河。", second, C]
    kept, dropped = dedupe(_units(*lines))
    assert [u.text for u in kept] == [A, first, "龙光庆在摆渡过河。", "姚晶权摄", second, C]


def test_a_photo_block_printed_inside_another_keeps_both_credits_in_place() -> None:
    # "郭英梅…" / credit / "常青川…" / ["郭英梅…" / credit] / "洛  正摄": the second photo's caption and credit meet again.
    one, two = "郭英梅在超市收银台。", "常青川在批发市场进货。"
    lines = [A, one, "王玉强摄", two, one, "王玉强摄", "洛  正摄", B]
    kept, dropped = dedupe(_units(*lines))
    assert [u.text for u in kept] == [A, one, "王玉强摄", two, "洛  正摄", B]
    assert [u.text for u in dropped] == [one, "王玉强摄"]


@pytest.mark.parametrize(
    "lines",
    [
        # a refrain the story prints twice, no caption either time
        [A, "坚持就是胜利。", B, "坚持就是胜利。", C],
        # one photographer, two photos: the credit repeats under different captions
        [A, "龙光庆在摆渡过河。", "姚晶权摄", B, "村民在渡口等船。", "姚晶权摄", C],
        # the same caption far apart (two stories' photos): no copy
        [A, "图为活动现场。", "王五摄", *(f"第{n}段，讲的是另一件事情。" for n in "一二三四五六七八九十"), "图为活动现场。", "王五摄"],
    ],
)
def test_short_lines_printed_twice_that_are_no_caption_copy_stay(lines: list[str]) -> None:
    kept, dropped = dedupe(_units(*lines))
    assert [u.text for u in kept] == lines and not dropped


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("with_credit", [True, False])
def test_a_caption_printed_twice_is_the_storys_caption_never_its_text(gap: str, with_credit: bool) -> None:
    caption = "龙光庆在摆渡过河。"
    copy = f"{caption}\n姚晶权摄" if with_credit else caption
    body = f"""爬山又涉水，当好村民健康守护人
本报记者 王五
{A}
{caption}
姚晶权摄
{B}
{copy}
{C}"""
    (a,) = parse_page(body, gap).articles
    assert a.paragraphs == (A, B, C)
    assert sum(c == caption for c in a.captions) == 1


# A deck running two places of the body together: a sentence of one paragraph, a sentence of another.
PLACE_A = "监测提前预演，哪里缺水就往哪里补，大家心中有数。"
PLACE_B = "西辽河干流实现全线过流，是母亲河复苏行动的一项重要标志性任务"
PLACES = [
    "比赛吸引了数万名观众到场观看。",
    "天空地水一体化监测，" + PLACE_A + "各地还建起了应急调水台账。",
    "水利部门介绍，" + PLACE_B + "。下一步将巩固复苏成效。",
    "开工当天，工地上一派繁忙景象。" + PLACE_A,
]


@pytest.mark.parametrize(
    "opening, taken",
    [
        (PLACE_A + PLACE_B + LEAD, PLACE_A + PLACE_B),  # run together, joined to the lead
        (PLACE_A + PLACE_B, PLACE_A + PLACE_B),  # alone on its line
        (PLACE_A + PLACE_B + "。", PLACE_A + PLACE_B + "。"),  # with its final stop, a paragraph of its own
        (PLACE_A + PLACE_B + "。" + LEAD, ""),  # ... run into a paragraph that goes on: the body's own sentences
        (QUOTE + PLACE_A + PLACE_B + LEAD, QUOTE + PLACE_A + PLACE_B),  # the deck's second quote
        (PLACE_A + PLACE_B + QUOTE2 + LEAD, PLACE_A + PLACE_B + QUOTE2),  # its first, another after it
        (PLACE_A + LEAD, ""),  # a sentence the body goes on from, and the lead: no quote
        (PLACE_A + "全县上下干劲十足" + LEAD, ""),  # nor before a phrase the body prints without a clause mark
    ],
    ids=["lead", "alone", "stopped", "stopped-goes-on", "second", "first", "sentence-then-lead", "sentence-then-phrase"],
)
def test_a_deck_running_two_places_together_is_taken(opening: str, taken: str) -> None:
    assert pull_quote([opening, *PLACES, *LATER]) == len(taken)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("stop", ["", "。"])
def test_a_deck_of_two_places_over_a_commentary_is_kept_once(gap: str, stop: str) -> None:
    later = "\n".join(f"{p[:12]}\n{p[12:]}" for p in PLACES)
    page = f"让母亲河重现清波（评论员观察）\n孔  文\n{PLACE_A}{PLACE_B}{stop}\n{LEAD}\n{later}\n"
    issue = parse_page(page, gap, blank_after_head=True)
    body = "".join(a.body for a in issue.articles)
    assert body.count(PLACE_B) == 1 and body.count(PLACE_A) == 2 and LEAD in body


@pytest.mark.parametrize(
    "lead, byline",
    [
        ("本报讯（记者 黄娴）", "本报讯（记者 黄娴）"),
        ("本报讯（记者 林丽鹂 齐志明）", "本报讯（记者 林丽鹂 齐志明）"),
        ("本报北京5月8日电  （记者王浩）", "本报北京5月8日电 （记者王浩）"),
    ],
)
@pytest.mark.parametrize("deck", [[QUOTE], [QUOTE + "。"], [QUOTE, QUOTE2]], ids=["one", "stopped", "two"])
def test_the_lead_under_a_deck_is_the_byline_once_the_deck_is_out(lead: str, byline: str, deck: list[str]) -> None:
    # The issue files' house style: "本报讯（记者 …）" opens the body's first paragraph, under the deck.
    body = [lead + LEAD, *LATER, *PLACES]
    first = "".join(deck) if deck[-1].endswith("。") else "".join(deck) + lead + LEAD
    paragraphs = [first, *LATER, *PLACES] if first != "".join(deck) else ["".join(deck), *body]
    d = Draft(headline="让母亲河重现清波（探访）", paragraphs=list(paragraphs), blocks=list(range(len(paragraphs))))
    assert _drop_pull_quote(d, ()) == ["".join(deck)]
    assert d.paragraphs[0] == LEAD and d.byline is not None
    norm = lambda x: x.replace(" ", "").replace("(", "（").replace(")", "）")  # noqa: E731
    assert norm(d.byline) == norm(byline)


# A deck's second place shorter than a quote alone (8 to 14 ideographs): the body prints it up to its
# full stop, at a paragraph's start or as the last clauses of a sentence; the deck drops the stop and
# runs on into the lead.  After a whole quote, on the same line or as its own quote, it is a copy.
SHORT_FIRST = "说起投资，以前更多见的是修路架桥、盖楼办厂，效果立竿见影。"
SHORT_FIRST_BODY = SHORT_FIRST + "而投资于人相对周期长、见效慢，难免让人犯嘀咕。"


@pytest.mark.parametrize(
    "second, body",
    [
        ("经济越发展，民生工作越要抓好", "经济越发展，民生工作越要抓好。把更多民生清单转化为投资清单。"),
        ("城市更新，关键在人", "说到底，城市更新，关键在人。这是各地的共识。"),
        ("守好底线，才能行稳致远", "发展要有底线思维。守好底线，才能行稳致远！"),
    ],
    ids=["paragraph-start", "last-clauses", "exclamation"],
)
@pytest.mark.parametrize("first", ["on-the-same-line", "quote-of-its-own"])
def test_a_short_second_place_after_a_whole_quote_is_a_copy(second: str, body: str, first: str) -> None:
    if first == "on-the-same-line":  # "A。B" + lead: A a sentence the body goes on from
        deck, later = SHORT_FIRST + second, [SHORT_FIRST_BODY, body, DECK_MIDDLE]
    else:  # a whole quote without its stop, then the second place, then the lead
        deck, later = DECK_TAIL + second, [DECK_CLOSE, body, DECK_MIDDLE]
    assert pull_quote([deck + LEAD, *later]) == len(deck)


@pytest.mark.parametrize(
    "second, body",
    [
        ("经济越发展，民生工作越要抓好", "经济越发展，民生工作越要抓好，这是共识。"),  # the body goes on
        ("经济越发展，民生", "经济越发展，民生。"),  # too short to be a place
        ("民生工作越要抓好越要办实", "民生工作越要抓好越要办实。"),  # no clause mark: a phrase
    ],
    ids=["goes-on", "too-short", "no-clause-mark"],
)
def test_a_short_opening_the_body_does_not_print_whole_is_no_second_place(second: str, body: str) -> None:
    assert pull_quote([SHORT_FIRST + second + LEAD, SHORT_FIRST_BODY, body, DECK_MIDDLE]) == 0
    assert pull_quote([DECK_TAIL + second + LEAD, DECK_CLOSE, body, DECK_MIDDLE]) == len(DECK_TAIL)


# A deck of quotes each on a line of its own: once the first line is out, the next opens with the
# next quote (whole, or without its stop and run on into the lead).
@pytest.mark.parametrize(
    "second, lead",
    [
        (DECK_WHOLE, LEAD),  # a whole quote on its own line
        (DECK_TAIL, LEAD),  # without its full stop, a line of its own
        ("", DECK_TAIL + LEAD),  # without its full stop, run on into the lead
    ],
    ids=["whole", "own-line", "run-on"],
)
def test_a_deck_of_quotes_each_on_its_own_line_is_dropped_line_by_line(second: str, lead: str) -> None:
    first = "基础打得不牢，事业的大厦就立不稳。"
    body = [DECK_MIDDLE, DECK_WHOLE, DECK_CLOSE]
    ps = [first, *([second] if second else []), lead, *body]
    d = Draft(headline="一脚一脚踩出春天", paragraphs=list(ps), blocks=list(range(len(ps))))
    taken = _drop_pull_quote(d, ())
    assert taken == [first, second or DECK_TAIL]
    assert d.paragraphs == [LEAD, *body] and len(d.blocks) == len(d.paragraphs)


def test_a_lead_under_one_quote_stays_whole() -> None:
    # The lead opens with no quote: only the deck's line is out.
    first = "基础打得不牢，事业的大厦就立不稳。"
    ps = [first, LEAD, DECK_MIDDLE, DECK_CLOSE]
    d = Draft(headline="一脚一脚踩出春天", paragraphs=list(ps), blocks=list(range(len(ps))))
    assert _drop_pull_quote(d, ()) == [first] and d.paragraphs == [LEAD, DECK_MIDDLE, DECK_CLOSE]


# A pull quote under the byline that the body prints inside a paragraph, neither at its start nor at
# its end, is no piece a column break cut off it: the paragraph stays in its place, however close in
# topic the deck's other lines are.
PQ_QUOTE = "加快打通开放发展的堵点难点，推动投资、生产、贸易等环节更畅通"
PQ_PARAGRAPH = "定力从哪里来？来自高站位、善谋势。" + PQ_QUOTE + "。企业反映，政策给力，开放发展的壁垒少了。"
PQ_OTHER = "开放发展要打通堵点，推动投资、生产、贸易等环节更畅通，企业的开放发展才有定力。"


@pytest.mark.parametrize("quote", [PQ_QUOTE, "瞄准发展的" + PQ_QUOTE[5:]], ids=["quote", "other-words"])
def test_a_pull_quote_printed_inside_a_paragraph_leaves_it_in_place(quote: str) -> None:
    paragraph = PQ_PARAGRAPH.replace(PQ_QUOTE, quote)
    units = _units("保持定力（现场评论）", "某某", quote, PQ_OTHER, LEAD, B, paragraph, C)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == ["保持定力（现场评论）", "某某", PQ_OTHER, LEAD, B, paragraph, C]
    assert [u.text for u in dropped] == [quote]


@pytest.mark.parametrize(
    "lines, at, expected",
    [
        ([PQ_QUOTE, LEAD], 0, True),  # set apart: the next line is the lead
        ([PQ_QUOTE[:-3], PQ_QUOTE[-3:] + "。企业反映，政策给力。"], 0, False),  # cut: the next line goes on
        (["定力从哪里来？来自高站位、善谋势。加快", PQ_QUOTE[2:], LEAD], 1, False),  # cut: it goes on from the line before
        ([PQ_PARAGRAPH[:20], LEAD], 0, False),  # the paragraph's start: a piece
    ],
    ids=["set-apart", "runs-on", "runs-in", "start"],
)
def test_a_pull_quote_of_a_paragraph_is_no_piece_cut_by_a_column(lines: list[str], at: int, expected: bool) -> None:
    keys = [copy_key(t) for t in lines]
    assert _pull_quote_of(keys, at, copy_key(PQ_PARAGRAPH)) is expected


# A pull quote with no clause mark, or a short one: the body prints it up to where its sentence stops.
PLAIN = "制造业十大重点领域人才需求缺口接近3000万人"
PLAIN_LATER = ["比赛吸引了数万名观众到场观看。", "据测算，" + PLAIN + "。企业正加紧培养人才。"]
SHORT = "新一批研学客户到了，您快来吧！”"
SHORT_LATER = ["比赛吸引了数万名观众到场观看。", "电话那头：“书记，" + SHORT + "挂断电话，他快步出门。"]


@pytest.mark.parametrize(
    ("paragraphs", "taken"),
    [
        ([PLAIN, *PLAIN_LATER], PLAIN),  # a line of its own
        ([PLAIN + LEAD, *PLAIN_LATER], PLAIN),  # joined to the lead
        ([PLAIN + LEAD + "据测算，" + PLAIN + "。"], ""),  # one paragraph only
        ([PLAIN + LEAD + "有人说，" + PLAIN + "。", "比赛吸引了数万名观众到场观看。"], PLAIN),  # the copy in the lead itself
        ([SHORT, *SHORT_LATER], SHORT),  # a clause mark, but fewer ideographs than a copy
        (["“商机稍纵即逝，等不得慢不得。”", "比赛吸引了数万名观众到场观看。", "“商机稍纵即逝，等不得慢不得。”他说。"], "“商机稍纵即逝，等不得慢不得。”"),
        (["帮俺看看，这樱桃能不能在网上卖" + LEAD, "“利红，帮俺看看，这樱桃能不能在网上卖？”"], "帮俺看看，这樱桃能不能在网上卖"),
        (["“现代化最重要的指标还是人民健康”" + LEAD, "他说：“现代化最重要的指标还是人民健康”。"], "“现代化最重要的指标还是人民健康”"),
    ],
    ids=["alone", "joined", "no-later", "in-the-lead", "short", "twelve-with-a-mark", "short-joined", "closed-by-quotes"],
)
def test_a_pull_quote_without_a_clause_mark_is_a_copy_when_printed_to_its_stop(paragraphs: list[str], taken: str) -> None:
    assert pull_quote(paragraphs) == len(taken)


@pytest.mark.parametrize(
    "paragraphs",
    [
        # A crosshead or title the body says inside a sentence: no stop after it.
        [PLAIN, "比赛吸引了数万名观众到场观看。", "据测算，" + PLAIN + "，企业正加紧培养人才。"],
        # Too short to tell a quote from a heading the body repeats.
        ["疏通河道“经脉”" + LEAD, "比赛吸引了数万名观众到场观看。", "要疏通河道“经脉”。"],
        ["城市更新越要抓好越要办实" + LEAD, "比赛吸引了数万名观众到场观看。", "城市更新越要抓好越要办实。"],  # twelve, no mark
        # A later paragraph that only ends where the opening does: a column break cut it there.
        ["记者：村规民约在执行中如何化解“人情社会”", "比赛吸引了数万名观众到场观看。", "记者：村规民约在执行中如何化"],
        # A crosshead the body quotes in part: a few words left are no lead.
        ["我们党对经济发展质和量关系的认识不断深化", "比赛吸引了数万名观众到场观看。", "这体现了我们党对经济发展质和量关系的认识。"],
    ],
    ids=["inside-a-sentence", "short-heading", "twelve-no-mark", "cut-piece", "crosshead-in-part"],
)
def test_a_heading_the_body_repeats_is_no_pull_quote(paragraphs: list[str]) -> None:
    assert pull_quote(paragraphs) == 0


# A deck opening on a short paragraph quoted whole: dedupe keeps that paragraph where the deck printed it.
QUOTED_WHOLE = "“押宝”成功的还有杨新群。她家的餐馆上了游客口中的“必吃榜”，生意红火。"
NEXT_QUOTE = "多数村民把老寨的民宿搬到新寨，进行改造升级"
NEXT_BODY = ["“五一”假期，在四川，一些小村庄格外热闹。", "为此，" + NEXT_QUOTE + "。如今，新寨拥有近3000张床位。"]


@pytest.mark.parametrize("joined", [True, False])
def test_the_quotes_after_a_paragraph_quoted_whole_are_kept_once(joined: bool) -> None:
    opening = [NEXT_QUOTE + NEXT_BODY[0]] if joined else [NEXT_QUOTE, NEXT_BODY[0]]
    paragraphs = [QUOTED_WHOLE, *opening, NEXT_BODY[1]]
    d = Draft(headline="寻找网红村的长红密码", paragraphs=list(paragraphs), blocks=list(range(len(paragraphs))))
    assert _drop_pull_quote(d, (QUOTED_WHOLE,)) == [NEXT_QUOTE]
    assert d.paragraphs == [QUOTED_WHOLE, *NEXT_BODY] and len(d.blocks) == len(d.paragraphs)
    # A first paragraph printed once: the deck is not there, the story goes on as printed.
    d = Draft(headline="寻找网红村的长红密码", paragraphs=list(paragraphs), blocks=list(range(len(paragraphs))))
    assert _drop_pull_quote(d, ()) == []


@pytest.mark.parametrize(
    ("top", "left"),
    [
        ([QUOTE], []),  # the deck alone at the page's top
        (["上一版的文字接续到这里，说完了它的事。", QUOTE], ["上一版的文字接续到这里，说完了它的事。"]),
        (["上一版的文字接续到这里，说完了它的事。"], ["上一版的文字接续到这里，说完了它的事。"]),  # no quote
    ],
    ids=["deck", "deck-under-prose", "prose"],
)
def test_a_deck_over_its_heading_at_the_top_of_a_page_is_a_copy(top: list[str], left: list[str]) -> None:
    story = Draft(headline="让机器更懂生活", byline="孔文", paragraphs=[LEAD, ECHO], blocks=[2, 3])
    drafts = [Draft(paragraphs=list(top), blocks=list(range(len(top)))), story]
    copies = _drop_decks_over_headings(drafts, ())
    assert [p for d in drafts[:-1] for p in d.paragraphs] == left and drafts[-1] is story
    assert copies == ([QUOTE] if QUOTE in top else [])
    assert story.paragraphs == [LEAD, ECHO]


# A deck of two places whose second opens with the words the body's next sentence opens with.
PANDA_FIRST = "刚刚过去的“五一”假期，某地熊猫基地迎来客流高峰。"
PANDA_SECOND = "大熊猫自古以来就生活在中国，分布范围广"
PANDA_LATER = [PANDA_FIRST + "大熊猫或悠闲啃食竹子，引得游客纷纷拍照。", "比赛吸引了数万名观众到场观看。", PANDA_SECOND + "。古籍里记载不少。"]


@pytest.mark.parametrize(
    ("opening", "taken"),
    [
        (PANDA_FIRST + PANDA_SECOND + LEAD, PANDA_FIRST + PANDA_SECOND),
        (PANDA_FIRST + "大熊猫繁衍生息" + LEAD, ""),  # no whole quote after the stop: the body goes on
    ],
    ids=["two-places", "no-second-quote"],
)
def test_a_quote_is_weighed_up_to_its_stop_when_the_match_runs_past_it(opening: str, taken: str) -> None:
    assert pull_quote([opening, *PANDA_LATER]) == len(taken)


def test_a_piece_printed_twice_is_no_quote_up_to_its_stop() -> None:
    # A cut piece of the lead the extraction printed twice: the body's copy goes on where a dropped
    # line does, but what follows the stop is no whole quote, so the piece is no deck.
    first = "来量子科技的突飞猛进。从前沿研究到日常生活，越来越多人对量子产生了兴趣。"
    body = ["一句网络流行语的调侃，侧面反映出近年来量子科技的突飞猛进。从前沿研", "比赛吸引了数万名观众到场观看。"]
    assert pull_quote([first, *body], (first[11:],)) == 0


# A deck inside the first paragraph, after foreign text run into it with no mark between: a column
# piece of the story or the tail of the story above ("年仅29岁" + deck + lead).
INSIDE_BODY = [DECK_MIDDLE, DECK_WHOLE, DECK_CLOSE]


@pytest.mark.parametrize(
    ("before", "found"),
    [
        ("年仅29岁", True),  # the story above's tail, ending on a figure
        ("悄然进行。无论个人成长还", True),  # a column piece of the story, cut mid-word
        ("火焰中慢慢缩小", True),
        ("他说，一切都在悄然进行。", False),  # a sentence of the paragraph's own: no text run into it
        ("他说，一切都在悄然进行，", False),
        ("记者获悉：某市近日印发《某市", False),  # inside a book title left open
        ("他说：“一切都在悄然进行", False),  # inside a quotation left open
    ],
    ids=["figure", "cut-mid-word", "plain", "after-a-stop", "after-a-comma", "in-a-title", "in-a-quotation"],
)
def test_a_deck_inside_the_first_paragraph_after_text_run_into_it(before: str, found: bool) -> None:
    first = before + DECK_WHOLE + DECK_TAIL + LEAD
    got = deck_inside([first, *INSIDE_BODY])
    assert got == ((len(before), len(DECK_WHOLE + DECK_TAIL)) if found else (0, 0))


def test_a_deck_is_no_inside_deck_where_the_body_is_cut_before_it() -> None:
    # The body prints the passage cut at a column where the "deck" opens: one passage, read whole.
    body = [DECK_MIDDLE, "干事创业才有深厚支撑，才能举重若轻，事半功倍。所有向上生长的惊艳，都源自向下扎根的力", "量。站在沙丘上远眺，成片的樟子松林将流动的沙海化成绿洲。"]
    first = "干事创业才有深厚支撑，才能举重若轻，事半功倍。所有向上生长的惊艳，都源自向下扎根的力量。站在沙丘上远眺，成片的樟子松林将流动的沙海化成绿洲。" + LEAD
    assert deck_inside([first, *body]) == (0, 0)
    # The first piece a line dedupe dropped (a copy of the paragraph's head): read on there too.
    assert deck_inside([first, body[0], body[2]], (body[1],)) == (0, 0)


def test_a_deck_inside_the_first_paragraph_is_dropped_and_the_rest_kept() -> None:
    before = "年仅29岁"
    d = Draft(paragraphs=[before + DECK_WHOLE + DECK_TAIL + LEAD, *INSIDE_BODY], blocks=[0, 1, 2, 3])
    assert _drop_pull_quote(d, ()) == [DECK_WHOLE + DECK_TAIL]
    assert d.paragraphs == [before + LEAD, *INSIDE_BODY]


def test_the_keys_of_a_sections_dropped_lines_are_made_once() -> None:
    # Every story of a section asks after the lines dedupe dropped; a file printed twice over drops
    # thousands, so their keys are made once per section (and forgotten with the issue's lines).
    from transforms.copies import copy_key_set, copy_keys
    from transforms.decode import forget_lines

    dropped = ("本报 讯（记者 张三）", "某某(右)在一起。", "全文 完")
    keys = copy_keys(dropped)
    assert keys == ("本报讯（记者张三）", "某某（右）在一起。", "全文完")
    assert copy_keys(dropped) is keys and copy_key_set(dropped) == frozenset(keys)
    forget_lines()
    assert copy_keys(dropped) is not keys and copy_keys(dropped) == keys
