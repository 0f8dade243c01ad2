"""Reading-order repair (transforms.order) and the column-split joins it relies on, end to end.

Made-up pages in several layouts: with a blank line between every line, and with none at all.
"""

from __future__ import annotations

import pytest

from tests.transforms.pages import parse_page
from transforms import bylines as B
from transforms.model import ParsedIssue
from transforms.order import attach_headless, box_labels_to_their_box, join_across_headings, questions_to_their_answer, release_after_credit
from transforms.segment import Draft

BEFORE = (
    "一渠清水润良田\n本报记者 钱多\n"
    "清晨的田埂上，村民们正忙着疏通水渠，渠水哗哗地流进麦田，灌溉季节的西河村格外热闹。\n"
    "西河村的水渠修了三年，村里的麦田从此告别了靠天吃饭，种粮大户孙有田说今年麦子长势格外好。\n"
)


def _page(body: str, gap: str) -> ParsedIssue:
    return parse_page(body, gap, blank_after_head=True)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("社区书记李四说，要把群众的小事当作大事来", "办。说起今年的打算，他掰着指头算了一笔账，要把楼道灯全部换新。"),
        (
            "今年以来，街道共走访群众三千余户，收集意见建",
            "议四百多条，已经办结的有三百多条，群众的建议件件有回音，满意率明显提升。",  # 建议 again
        ),
        # The rest opens with a character that hardly ever opens a clause (transforms.sentences).
        ("最近，街道旁的一家老商场", "倒闭了，街坊们都觉得可惜，社区随即请来新的商户，把空铺子重新盘活。"),
        ("3月5日，某某街道的议事会", "召开，居民代表围绕楼道改造提出了十多条意见，街道当场认领了七条。"),
        ("街道干部说，以老旧小区改造为依托，我", "们把楼道灯、扶手和电梯一并纳入了改造清单，居民一项项勾选。"),
        # The half ends in a function character that never closes a phrase (的, 把, 和 …).
        ("看着炉膛里两团跳动的橘红色火苗，82岁的", "哈萨克族老人脸上满是喜悦，奶茶已经在锅里翻滚，屋里暖意融融。"),
        ("村里修渠那年，乡亲们自发地把", "积攒多年的木料捐了出来，搭起了渠边的第一座小桥，一用就是十年。"),
        # The half opens a quotation it does not close: no heading line does (no clause mark needed).
        ("“社区是居民的第二个", "家，楼道亮了，邻里的心也亮了。”李四说，今年还要把楼道扶手全部换新。"),
        ("“老旧小区改造是民生", "实事，更是民心工程。”街道干部说，改造前先听居民的意见。"),
        # The half stops on a word that needs what follows (transforms.sentences.open_end).
        ("楼道改造得怎么样，记者最近到", "几个老旧小区走访，楼道亮堂了，扶手也换上了新的，居民们连连称好。"),
        ("社区书记李四说，新修的步道和广场，有利于居民更", "方便地锻炼身体，今年还要再添一批健身器材。"),
        # The rest opens with a one-word clause that ends a longer one (transforms.sentences.
        # opens_with_clause_end): the heading cut the clause between two words.
        ("为了让楼道亮起来，社区书记李四", "认为，改造前要先听居民的意见，居民说了算，改造才改到心坎上。"),
        ("楼道灯换新了，扶手装好了，社区的改造方案还明确", "要求，每一项改造都要请居民代表验收签字。"),
        ("街道把老旧小区改造列为头号民生实事，自去年", "以来，已改造楼道三百多个，居民满意率明显提升。"),
    ],
)
@pytest.mark.parametrize("caption", [False, True])
def test_heading_block_inside_a_sentence(first: str, second: str, caption: bool, gap: str) -> None:
    photo = "图为李四在社区走访。\n本报记者 张三 摄\n" if caption else ""
    body = BEFORE + f"{first}\n{photo}把小事办实 把实事办好\n——访某某街道社区书记李四\n本报记者 王五\n{second}\n"
    one, two = _page(body, gap).articles
    assert two.headline == "把小事办实 把实事办好" and two.subtitle == "访某某街道社区书记李四"
    assert two.paragraphs[0] == first + second  # the two halves, joined, open the story
    assert one.paragraphs[-1].endswith("长势格外好。")
    if caption:
        assert two.captions == ("图为李四在社区走访。", "本报记者 张三 摄") and not one.captions


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("half", "rest"),
    [
        ("生旦净丑相继登台亮相，紧", "接一段精彩纷呈的武戏对打，台下的观众看得入迷，掌声一阵高过一阵。"),
        ("改造自去年开始，到十月全面", "完成：屋顶做防渗，外墙修补粉刷，楼道内刷白，小区面貌焕然一新。"),
    ],
)
def test_half_sentence_with_a_caption_wedged_after_it_is_no_headline(half: str, rest: str, gap: str) -> None:
    body = BEFORE + f"{half}\n演员在后台化妆。\n本报记者 张三 摄\n{rest}\n"
    (a,) = _page(body, gap).articles
    assert half + rest in a.paragraphs
    assert a.captions == ("演员在后台化妆。", "本报记者 张三 摄")


@pytest.mark.parametrize(
    "split",
    [
        ("西河村的水渠规划之初，村民对修渠占地有顾虑，村干部挨家挨户上门讲清", "修渠对麦田灌溉的好处，工程才顺利开工。"),
        ("水渠修好以后，西河村成立了管水小组，麦田灌溉按片轮灌，渠水不再白白", "流走，村民种粮更省心。"),
        # a short first half, but prose (clause marks): no line of a box
        ("“样车调校好了，可以进", "行测试！”院外，研发团队成员坐进样车，按下按钮。"),
        ("修渠那年，村里", "七十岁的孙大爷也扛起了铁锹，天天守在渠边。"),
        # a sentence ended inside a short line and the next begun: prose, no box line
        ("持续扩大灌溉面积。围", "绕高标准农田建设，西河村今年又新修了两条支渠。"),
        ("渠水到了。今年", "的麦子长势比往年都好。"),
    ],
)
def test_column_split_joined_on_a_page_without_blank_lines(split: tuple) -> None:
    a, b = split
    (story,) = _page(BEFORE + f"{a}\n{b}\n", "\n").articles
    assert a + b in story.paragraphs


def test_box_lines_of_one_block_stay_separate_on_a_page_without_blank_lines() -> None:
    (story,) = _page(BEFORE + "报名电话：1234567\n报名地址：西河村村委会\n", "\n").articles
    assert story.paragraphs[-2:] == ("报名电话：1234567", "报名地址：西河村村委会")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("县委书记王某表示：“我们将把这项产业作为发展的新赛道，加快", "形成产业新优势、增长新动能。”"),
        ("时常能听到这样的观点：以前咱们的父辈多半来自农村，他们通过读", "书考学来到城市，如今这条路依然走得通。"),
        ("王某：移风易俗并不容易。鉴于事务的群众性，来自上级机关单方面的硬性", "要求，常常收效甚微，难以长久。"),
    ],
)
def test_someone_speaking_is_no_box_line_and_joins_across_a_column_break(first: str, second: str, gap: str) -> None:
    (story,) = _page(BEFORE + f"{first}\n{second}\n", gap).articles
    assert first + second in story.paragraphs


def test_a_box_line_with_a_comma_stays_a_line_of_its_own() -> None:
    (story,) = _page(BEFORE + "举报信箱：某市某号邮政专用信箱，邮编130000\n举报电话：1234567\n", "\n\n").articles
    assert story.paragraphs[-2:] == ("举报信箱：某市某号邮政专用信箱，邮编130000", "举报电话：1234567")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_short_half_sentence_is_joined_when_the_rest_opens_mid_clause(gap: str) -> None:
    body = BEFORE + "总书记强调，要把青年工作抓在手上，培养担当大任" + "\n把小事办实 把实事办好\n本报记者 王五\n" + (
        "的时代新人。说起今年的打算，社区书记掰着指头算了一笔账。\n"
    )
    one, two = _page(body, gap).articles
    assert two.paragraphs[0].startswith("总书记强调，要把青年工作抓在手上，培养担当大任的时代新人。")
    assert one.paragraphs[-1].endswith("长势格外好。")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "opening",
    ["近日，社区召开议事会，居民代表提出了十多条意见。", "今年，社区把楼道改造列为头号民生实事。", "习近平总书记指出，要把群众的小事当作大事来办。"],
)
def test_a_kicker_with_a_comma_stays_over_a_body_that_opens_a_sentence(opening: str, gap: str) -> None:
    body = BEFORE + f"搭建议事平台、健全议事机制，居民的事居民商量\n把小事办实 把实事办好\n本报记者 王五\n{opening}\n"
    _, two = _page(body, gap).articles
    assert two.kicker == "搭建议事平台、健全议事机制，居民的事居民商量"
    assert two.paragraphs[0] == opening


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "kicker", ["某某特高压工程投运五年，送电量累计超3000亿千瓦时", "返乡青年办起花灯厂，带动全村增收", "灯会人气旺，小村年味浓"]
)
@pytest.mark.parametrize(
    "opening",
    ["大年初三，远处鞭炮声声，屋内花灯生产有条不紊。", "除夕下午两点，村口的广场已经热闹起来。", "正月十五，村里的灯会一直闹到深夜。",
     "腊月二十三，家家户户忙着扫尘迎新春。"],
)
def test_a_kicker_with_a_comma_stays_over_a_body_that_opens_on_a_lunar_day(kicker: str, opening: str, gap: str) -> None:
    # "…千瓦时" / "大年初三，…": a sentence opens on its day, so the pair across the cut ("时大")
    # is no word cut in two, though the story prints it elsewhere ("同时大力").
    body = BEFORE + (
        f"{kicker}\n引才留才促产业发展（新春走基层）\n本报记者 王五\n{opening}\n"
        "村里同时大力发展花灯产业，时除旧岁，订单排到了年后，时正月将至，村民们忙得不亦乐乎。\n"
    )
    _, two = _page(body, gap).articles
    assert two.kicker == kicker
    assert two.headline == "引才留才促产业发展（新春走基层）"
    assert two.paragraphs[0] == opening


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "kicker", ["某某特高压工程投运五年，送电量累计超3000亿千瓦时", "家电以旧换新，政策加力、企业受益、消费者得实惠"]
)
@pytest.mark.parametrize("dateline", ["本报讯（记者 王五）", "本报北京2月21日电  （记者 王五）", "新华社北京2月21日电"])
def test_a_kicker_over_a_story_opening_with_its_dateline_stays_a_kicker(kicker: str, dateline: str, gap: str) -> None:
    # "…千瓦时" / title / "本报讯（记者 …）中央…": the text opens with its dateline, so no sentence
    # runs into it from above, whatever pair the cut seems to split ("时中", "惠中": "同时中国…").
    body = BEFORE + (
        f"{kicker}\n加力扩围政策满月 以旧换新成效显现（经济新方位）\n{dateline}中央经济工作会议提出，要大力提振消费。\n"
        "各地同时中国家电企业加大让利力度，实惠中见真情，消费者纷纷以旧换新。\n"
    )
    _, two = _page(body, gap).articles
    assert two.kicker == kicker
    assert two.paragraphs[0] == "中央经济工作会议提出，要大力提振消费。"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("label", "opening"),
    [
        ("记者手记", "港口码头，船舶泊位有序安排；工厂车间，订单排产及时跟进。"),
        ("编后", "召开一次议事会不难，难的是把居民的意见件件落到实处。"),
    ],
)
def test_a_label_line_over_a_heading_is_not_joined_into_the_next_body(label: str, opening: str, gap: str) -> None:
    # A column label printed before its heading is no half-sentence: the body under the heading
    # opens a sentence of its own, even with a character that seldom opens one ("港", "召").
    body = BEFORE + f"{label}\n风雨无阻 破浪前行\n王五\n{opening}\n"
    two = _page(body, gap).articles[-1]
    assert two.paragraphs[0] == opening


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_kicker_over_a_label_line_stays_a_kicker(gap: str) -> None:
    # "核心阅读" under the heading is a label, not the rest of the kicker's sentence.
    body = BEFORE + (
        "李四投身竹编事业三十多年，探索竹编多领域应用\n把“致富竹”送到更多山乡（绿水青山守护者）\n本报记者 王五\n"
        "核心阅读\n从国内到国外，把菌草技术推广到多个国家；与菌草结缘多年，李四用行动为菌草事业贡献力量。\n"
    )
    two = _page(body, gap).articles[-1]
    assert two.kicker == "李四投身竹编事业三十多年，探索竹编多领域应用"
    assert not two.paragraphs[0].startswith("李四")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("half", "rest"),
    [
        # the word across the cut is printed elsewhere on the page (总工会, 检测, 有限公司)
        ("某某总书记在庆祝中华全国总", "工会成立一百周年大会上指出，要大力弘扬劳模精神。西河村的中华全国总工会劳模孙有田说，这是莫大的鼓舞。"),
        ("面对新线五十万根轨枕的检", "测任务，团队研发了轨枕智能检测系统，检测效率大为提升。"),
        ("某某转向（某市）系统股份有", "限公司，是汽车零配件生产企业，该有限公司副总经理说，订单排到了年底。"),
        ("西河村的种粮大户们", "的干劲更足了，种粮大户们的心里也更踏实了。"),
        # the half ends in a function character that never closes a phrase
        ("关税压力是出口企业必须正视的", "现实，除了继续开拓市场，更要深耕质量。"),
        ("西河村把修渠和", "管渠结合起来，成立了管水小组，轮流看护渠道。"),
        # the half opens a quotation it does not close
        ("“我们从‘老设施’和‘新", "服务’两方面入手，让居民住得更舒心。”社区书记说。"),
        ("“水渠通到哪里", "，麦田就绿到哪里。”孙有田笑着说，今年又多种了二十亩。"),
        # the text under it opens with the tail of the sentence: a sentence of a word or two
        ("孙有田所在的管水小组是一个全女性", "班组。组里五个人，管着全村八千米水渠。"),
        ("今年开春以后，西河村又新修了两条支", "渠。村民们说，渠修到哪里，好日子就跟到哪里。"),
    ],
)
def test_a_short_half_sentence_cut_at_a_column_break_is_no_headline(half: str, rest: str, gap: str) -> None:
    (story,) = _page(BEFORE + f"{half}\n{rest}\n", gap).articles
    assert half + rest in story.paragraphs


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("title", ["全县春耕农资供应情况通报", "关于春耕农资供应的通知"])
def test_a_headline_over_a_body_that_opens_a_sentence_stays_a_headline(title: str, gap: str) -> None:
    # "工商部门…" opens a sentence with a character that seldom opens one, but no word across
    # the cut ("报工", "知工") is printed elsewhere: the line stays a headline.
    body = BEFORE + f"{title}\n工商部门日前对全县农资市场开展检查，发现问题三起，已责令整改。\n"
    one, two = _page(body, gap).articles
    assert two.headline == title and two.paragraphs[0].startswith("工商部门")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("lead", "half", "rest"),
    [
        ("新华社北京3月8日电  ", "某某市市长王五日前", "签署市政府令，公布修订后的《某某条例》，条例自5月1日起施行，共六章三十条。"),
        ("本报杭州3月8日电  ", "某某省省长孙七日前", "签署省政府令，公布修订后的《某某条例》，条例自7月1日起施行。"),
    ],
)
def test_a_short_dateline_lead_above_its_heading_joins_the_rest_of_its_sentence(lead: str, half: str, rest: str, gap: str) -> None:
    # The extraction printed the story's first printed line at the top of the page, over its
    # heading: the dateline is the byline, and the few characters after it begin the sentence.
    body = f"{lead}{half}\n某某市政府发布令\n公布修订后的某某条例\n{rest}\n"
    (a,) = _page(body, gap).articles
    assert a.headline == "公布修订后的某某条例" and a.paragraphs[0] == half + rest


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("half", "rest"),
    [
        ("春雨至，万物生。进入惊蛰节气，全国大多数农区陆续开始春耕备耕，越冬", "作物由南到北依次进入拔节的重要时期，对肥水的需求明显增加。"),
        ("这个春节长假，除了走亲访友、赶大集庙会，到图书馆里过大年成为不少人的新年俗。大年初二一早，江", "苏省扬州市市民李四带着家人登上了刚开放的观景塔。"),
    ],
)
def test_a_lead_opening_a_later_page_above_its_heading_joins_the_rest_of_its_sentence(half: str, rest: str, gap: str) -> None:
    # Prose at the top of page 2 waits for a "下转" that never comes, then goes back to the story
    # under it: the sentence cut by the heading block is one sentence again.
    body = f"{half}\n某某农资供应充足\n春耕时节备肥忙\n本报记者 张三\n图为农民在田间追肥。\n{rest}\n农技人员说，今年的肥料供应总体充足，价格基本稳定。\n"
    (a,) = _page(body, gap).articles
    assert a.headline == "春耕时节备肥忙" and a.paragraphs[0] == half + rest


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("half", "rest"),
    [
        # The rest opens a clause with a common character: only the block's shape tells.
        ("正月初二，某某县某某镇的戏台前人头", "攒动，乡亲们搬来板凳早早占好了位置，锣鼓声一响，全场安静下来。"),
        ("读书会场场爆满、各区图书馆借阅", "人次连创新高，社区书房里也坐满了带着孩子来看书的家长。"),
        ("老街改造开工，沿街商户起初", "顾虑重重，街道干部一家一家上门讲方案，大家才慢慢放下心来。"),
    ],
)
def test_a_half_sentence_above_a_kicker_is_no_second_kicker(half: str, rest: str, gap: str) -> None:
    # A heading block prints one kicker line: a line of prose over the kicker (a clause mark, no
    # mark at its end) is the first half of the lead the block was printed inside.
    body = BEFORE + f"{half}\n乡村文化振兴一线见闻\n老戏台迎来新观众\n本报记者 王五\n{rest}\n"
    one, two = _page(body, gap).articles
    assert two.kicker == "乡村文化振兴一线见闻" and two.headline == "老戏台迎来新观众"
    assert two.paragraphs[0] == half + rest
    assert one.paragraphs[-1].endswith("长势格外好。")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("half", "line", "kicker", "title", "rest"),
    [
        # An open quotation over a kicker ending in a dash and its tagged title, on one line.
        (
            "“零件的精度要控制在千分之一", "某某代表——   为青年工匠搭建成长舞台（代表委员履职故事）",
            "某某代表——", "为青年工匠搭建成长舞台（代表委员履职故事）",
            "毫米，一丝一毫都马虎不得。”全国人大代表、某某集团高级技师某某说。",
        ),
        # A lead's first half ending in an open quotation over a place's statement and its title.
        (
            "种好粮食、守好耕地，是做好“三", "某省某县某某村——   民宿经济铺就“增收路”（新春走基层）",
            "某省某县某某村——", "民宿经济铺就“增收路”（新春走基层）",
            "农”工作的总抓手，某某村把老院落改成民宿，游客一年比一年多。",
        ),
        # A dateline cut before its 电 over a kicker and the longer title that follows it.
        (
            "新华社北京4月9日", "某某签署国务院令   公布修订后的《某某登记条例》",
            "某某签署国务院令", "公布修订后的《某某登记条例》",
            "电  国务院总理某某日前签署国务院令，公布修订后的《某某登记条例》，自5月10日起施行。",
        ),
    ],
)
def test_a_title_line_holding_its_kicker_is_split_once_the_line_over_it_goes_back(
    half: str, line: str, kicker: str, title: str, rest: str, gap: str
) -> None:
    # The line over the heading is the lead's first half (the block was printed inside the lead):
    # it goes back to the body, and the title line under it holds the kicker, as a line alone does.
    byline = "" if half.startswith("新华社") else "本报记者 王五\n"  # a dateline story signs in its lead
    body = BEFORE + f"{half}\n{line}\n{byline}{rest}\n"
    one, two = _page(body, gap).articles
    assert (two.kicker, two.headline) == (kicker, title)
    assert half in (two.byline or "") + two.body and one.paragraphs[-1].endswith("长势格外好。")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("half", "title", "lead_rest", "text"),
    [
        ("本报北京1月1日", "某某税1月1日起开征", "讯记者李某某报道：", "国家某某总局日前发出通告，就开征某某税取代某某附加费作出明确规定。"),
        ("本报某市12月31日", "某市冰雪节开幕", "电记者董某、胡某报道：", "某市冰雪节今晚开幕，数万名市民涌上街头观赏冰灯。"),
        ("据新华社北京1月1日", "全年粮食产量保持稳定", "电（记者张某）", "国家统计局今天发布数据，全年粮食产量保持稳定。"),
        ("新华社某市3月8日", "新区首批人才公寓交付", "电（记者 钱多）", "新区首批人才公寓正式交付，两百余名青年人才领到了钥匙。"),
        ("本报某某县5月3日", "县里人才公寓交付", "讯", "县里首批人才公寓正式交付，两百余名青年人才领到了钥匙。"),
    ],
)
def test_a_dateline_cut_before_its_closing_character_by_the_heading_is_the_lead(
    half: str, title: str, lead_rest: str, text: str, gap: str
) -> None:
    # The heading block printed inside the dateline at the top of the page: "本报北京1月1日" /
    # title / "讯记者…报道：…".  Neither half is a kicker or a paragraph: together they are the lead.
    (a,) = _page(f"{half}\n{title}\n{lead_rest}{text}\n有关负责人表示，各项工作将平稳推进。\n", gap).articles
    assert (a.kicker, a.headline) == (None, title)
    assert a.byline == half + lead_rest and a.paragraphs[0] == text


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("kicker", ["本报创刊五十周年", "聚焦新世纪第一天", "北京1月1日"])
def test_a_kicker_that_no_lead_goes_on_with_stays_a_kicker(kicker: str, gap: str) -> None:
    # Only a dateline's own first half joins the lead under the heading.
    (a,) = _page(f"{kicker}\n某某税1月1日起开征\n本报讯（记者 王五）某某总局日前发出通告，开征某某税。\n", gap).articles
    assert (a.kicker, a.headline) == (kicker, "某某税1月1日起开征")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_two_kicker_lines_that_are_no_half_sentence_stay_kickers(gap: str) -> None:
    body = BEFORE + "某某县某某村——\n乡村文化振兴一线见闻\n老戏台迎来新观众\n本报记者 王五\n正月初二，戏台前人头攒动，乡亲们早早占好了位置。\n"
    two = _page(body, gap).articles[-1]
    assert two.headline == "老戏台迎来新观众" and two.paragraphs[0].startswith("正月初二，")
    assert "某某县某某村——" in (two.kicker or "")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("lead", "half", "rest", "names"),
    [
        ("本报南湖3月8日电", "（记者 钱", "多、孙田）3月8日，新区首批人才公寓正式交付，两百余名青年人才领到了钥匙。", ("钱多", "孙田")),
        ("本报南湖3月8日电", "（孙", "有田、李禾）3月8日，新区首批人才公寓正式交付，两百余名青年人才领到了钥匙。", ("孙有田", "李禾")),
        ("本报讯", "（记者 王", "五）近日，新区首批人才公寓正式交付，两百余名青年人才领到了钥匙。", ("王五",)),
    ],
)
def test_a_lead_cut_inside_its_reporters_bracket_keeps_the_bracket_in_the_byline(
    lead: str, half: str, rest: str, names: tuple, gap: str
) -> None:
    space = " " if lead.endswith("电") else ""
    # The heading printed inside the lead, the lead's first half above it …
    two = _page(BEFORE + f"{lead}{space}{half}\n新区首批人才公寓交付\n{rest}\n", gap).articles[-1]
    assert two.headline == "新区首批人才公寓交付"
    assert two.byline == f"{lead}{space}{half}{rest[: rest.index('）') + 1]}"
    assert two.paragraphs[0] == rest[rest.index("）") + 1 :] and set(names) <= set(two.authors)
    # … or the lead cut at a column break under its heading.
    two = _page(BEFORE + f"新区首批人才公寓交付\n{lead}{space}{half}\n{rest}\n", gap).articles[-1]
    assert two.byline == f"{lead}{space}{half}{rest[: rest.index('）') + 1]}"
    assert two.paragraphs[0] == rest[rest.index("）") + 1 :] and set(names) <= set(two.authors)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("kicker", "title"),
    [
        ("稳订单、拓市场，外贸企业主动求变——", "在某某港，看企业积极应变"),
        ("应对成本上涨，避免同质竞争——", "一家老厂的转型账本"),
        (None, "## 在某某港，看企业积极应变（走一线）"),
    ],
)
def test_a_heading_with_a_photo_under_it_is_no_half_sentence_when_its_form_says_heading(kicker, title, gap: str) -> None:
    # Clause marks in a run over a caption usually mean a sentence cut by the photo; a kicker that
    # introduces its title with a dash, or a heading the extraction marked, is a heading all the same.
    head = f"{kicker}\n{title}" if kicker else title
    body = BEFORE + f"{head}\n码头上，集装箱正在装船。\n本报记者 张三 摄\n最近，港口订单回暖，企业负责人说，今年的新客户比去年多了三成。\n"
    one, two = _page(body, gap).articles
    assert two.headline == title.lstrip("# ") and two.kicker == kicker
    assert two.captions[0] == "码头上，集装箱正在装船。" and two.paragraphs[0].startswith("最近，港口订单回暖")
    assert one.paragraphs[-1].endswith("长势格外好。")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_the_editors_signature_under_a_title_is_no_subtitle(gap: str) -> None:
    # The editors' note printed above its heading leaves their signature right under the title:
    # "——编  者" is no dashed subtitle, and no first half of the next paragraph.
    body = BEFORE + (
        "前不久，本版向读者征集家乡变化的故事，收到来稿数百篇，今天选登其中两篇。\n家乡的路越走越宽\n——编  者\n"
        "我的家在大山深处，小时候去一趟镇上要走大半天，路上全是泥。\n山路通到了家门口\n王小禾\n"
        "如今水泥路修到了家门口，班车一天好几趟，村里的山货也能卖到城里了。\n"
    )
    arts = _page(body, gap).articles
    assert [a.headline for a in arts] == ["一渠清水润良田", "家乡的路越走越宽", "山路通到了家门口"]
    note = arts[1]
    # The note's text (it names the title's 家乡) goes back over its signature: the story above
    # is a short one, which keeps its own two paragraphs (``transforms.stranded._lead_of_next``).
    assert note.subtitle is None and [p.replace(" ", "") for p in note.paragraphs[:2]] == [
        "前不久，本版向读者征集家乡变化的故事，收到来稿数百篇，今天选登其中两篇。", "——编者"]
    assert arts[0].paragraphs[-1].endswith("长势格外好。")
    assert arts[2].byline == "王小禾"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("first", "rest"),
    [
        ("“这里饭菜实惠，我们吃得放心！”在附近厂里上班的小李说，“以前等外卖送来都", "凉了。自打社区开了饭堂，我天天都来。”"),
        ("社区食堂开在园区门口，工人们下了班", "走几步就到，一荤两素只要十二元。"),
    ],
)
def test_a_dashed_subtitle_closes_a_heading_whatever_line_stands_under_it(first: str, rest: str, gap: str) -> None:
    # The first printed line of the body, cut at the column's edge, looks like a heading line on
    # its own; after a subtitle the heading is complete all the same.
    body = BEFORE + f"公共事务，街道管还是园区办？（基层新实践）\n——某市兼顾社区民生与园区诉求的探索\n{first}\n{rest}\n"
    one, two = _page(body, gap).articles
    assert two.headline == "公共事务，街道管还是园区办？（基层新实践）"
    assert two.subtitle == "某市兼顾社区民生与园区诉求的探索" and two.paragraphs[0] == first + rest
    assert one.paragraphs[-1].endswith("长势格外好。")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("one_line", [False, True])
def test_a_half_sentence_on_top_of_a_three_line_heading_block_goes_back_to_the_body(one_line: bool, gap: str) -> None:
    # The block "会议召开" / "研究部署…" / "…主持会议" printed inside the lead's sentence, its first
    # half on top: the block keeps its shape (kicker, title, subtitle), the half joins its rest.
    block = "某某市委召开常委会会议 研究部署春季农业生产和防汛备汛工作" if one_line else "某某市委召开常委会会议\n研究部署春季农业生产和防汛备汛工作"
    body = BEFORE + f"■ 今年以来，市委坚持把粮食生产摆在突出位置，各地\n{block}\n市委书记李四主持会议\n本报记者 王五\n抓实春耕备耕，全市春播进度快于去年同期。\n"
    two = _page(body, gap).articles[-1]
    assert (two.kicker, two.headline, two.subtitle) == ("某某市委召开常委会会议", "研究部署春季农业生产和防汛备汛工作", "市委书记李四主持会议")
    assert two.paragraphs[0] == "■ 今年以来，市委坚持把粮食生产摆在突出位置，各地抓实春耕备耕，全市春播进度快于去年同期。"


# A story's closing credit is the last line printed in it; what follows before the next heading is
# that story's lead, printed above its heading block.
CREDITS = [
    "（作者为某某大学经济学院教授）", "（作者单位：某某县某某镇人民政府）", "（本报记者赵六、孙七参与采写）", "（本报记者 钱多整理）",
    "（作者分别为某某大学讲师、某某学院教授）",  # a piece by two writers
    "（本报记者赵六、孙七、周八）",  # a roundup's reporters, signed at its end
    # where a reprinted commentary first ran
    "（摘编自《某某日报》，原题为《让“一片叶”成为“致富叶”》）", "（摘自《某某日报》）", "（原载《某某日报》2025年4月8日）",
    # a long report's dateline, printed at its end
    "（新华社北京4月30日电）", "（本报某市5月3日电）",
]
LEADS = [
    ["春风拂面，万物复苏。"],
    ["春风拂面，万物复苏。", "走进某某县的千亩茶园，采茶工们正忙着采摘今年的头茬春茶。"],
]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("credit", CREDITS)
@pytest.mark.parametrize("lead", LEADS)
def test_prose_after_a_stories_closing_credit_is_the_next_stories_lead(credit: str, lead: list[str], gap: str) -> None:
    body = BEFORE + credit + "\n" + "\n".join(lead) + "\n一片茶叶富了一方百姓（乡村行）\n本报记者 王五\n今年，全县茶园面积达到十二万亩，茶农人均增收三千元。\n"
    one, two = _page(body, gap).articles
    assert one.paragraphs[-1] == credit
    assert two.headline == "一片茶叶富了一方百姓（乡村行）" and list(two.paragraphs[: len(lead)]) == lead


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("half", "rest"),
    [
        ("春茶开采节当天，来自各地的", "茶商和游客一早就来到茶园，品新茶、看采摘。"),  # read as a kicker first
        ("茶农老李说：“今年的头茬春茶，", "比往年早采了一个星期。”他的茶园今年又扩大了二十亩。"),
    ],
)
def test_a_lead_half_sentence_after_a_closing_credit_joins_the_rest_of_its_sentence(half: str, rest: str, gap: str) -> None:
    body = BEFORE + f"（本报记者赵六参与采写）\n春风拂面，万物复苏。\n{half}\n一片茶叶富了一方百姓（乡村行）\n本报记者 王五\n{rest}\n"
    one, two = _page(body, gap).articles
    assert one.paragraphs[-1] == "（本报记者赵六参与采写）"
    assert list(two.paragraphs[:2]) == ["春风拂面，万物复苏。", half + rest]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("after", ["本期统筹：钱多", "版式设计：孙七", "（本版文章由某某出版社组稿）"])
def test_a_page_credit_after_a_closing_credit_stays_with_the_story(after: str, gap: str) -> None:
    # "本期统筹：…", "版式设计：…" and a bracketed note credit the page's work: no lead of the next story.
    body = BEFORE + "（作者为某某大学经济学院教授）\n" + after + "\n一片茶叶富了一方百姓（乡村行）\n本报记者 王五\n今年，全县茶园面积达到十二万亩，茶农人均增收三千元。\n"
    one, two = _page(body, gap).articles
    assert one.paragraphs[2] == "（作者为某某大学经济学院教授）"  # the page credit may end it, or be furniture
    assert two.paragraphs[0].startswith("今年，全县茶园面积") and not any(after in p for p in two.paragraphs)


PAGE_NOTES = [["（本版文章由某某出版社组稿、某某报社理论部编辑）"], ["（本版文章由某某出版社组稿）", "（图片由某某县委宣传部提供）"]]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("credit", ["（作者为某某大学经济学院教授）", "（本报记者赵六参与采写）", "（摘自《某某日报》）"])
@pytest.mark.parametrize("notes", PAGE_NOTES)
@pytest.mark.parametrize("lead", LEADS)
def test_prose_after_a_closing_credit_and_the_notes_under_it_is_the_next_stories_lead(credit: str, notes: list[str], lead: list[str], gap: str) -> None:
    # "（作者为…）" / "（本版文章由…编辑）" / "地阔为广，和谐即安。" / heading: the notes stay with the story.
    body = BEFORE + credit + "\n" + "\n".join([*notes, *lead]) + "\n一片茶叶富了一方百姓（乡村行）\n本报记者 王五\n今年，全县茶园面积达到十二万亩，茶农人均增收三千元。\n"
    one, two = _page(body, gap).articles
    assert credit in one.paragraphs and not any(p in two.paragraphs for p in notes)
    assert two.headline == "一片茶叶富了一方百姓（乡村行）" and list(two.paragraphs[: len(lead)]) == lead


@pytest.mark.parametrize("notes", PAGE_NOTES)
def test_a_whole_story_after_a_credit_and_a_page_note_is_no_lead(notes: list[str]) -> None:
    # Past a page's note the text may be a whole story whose heading was lost: only a lead's length moves.
    prose = ["广安市是某省距离某市中心城区最近的地级市。", "去年，广安地区生产总值增长百分之六。", "今年，广安又引进了一批重大项目。"]
    story = ["金融是国民经济的血脉。", "（作者为某某大学副校长）", *notes, *prose]
    drafts = [
        Draft(headline="以新发展理念引领金融高质量发展", paragraphs=list(story), blocks=list(range(len(story)))),
        Draft(headline="这片热土值得奔赴", paragraphs=[LEADS[1][1]], blocks=[9]),
    ]
    assert release_after_credit(drafts) == 0 and drafts[0].paragraphs == story


@pytest.mark.parametrize("credit", ["（作者为某某大学经济学院教授）", "（摘编自《某某日报》，原题为《线上夜市释放夜活力》）", "（新华社北京4月30日电）"])
@pytest.mark.parametrize("kicker", ["群众参与制定，党员带头示范——", "某某县推行“积分制”——", "茶农们说——"])
def test_a_kicker_after_a_closing_credit_stays_the_kicker_of_the_title_under_it(credit: str, kicker: str) -> None:
    # A line closing on a dash introduces the title under it: it is that title's kicker (for
    # kickers_to_their_title), no lead.
    drafts = [
        Draft(headline="线上夜市释放夜活力", paragraphs=["直播带货与“夜经济”的融合，更好满足了消费者的新需求。", credit, kicker], blocks=[0, 1, 2]),
        Draft(headline="这片热土值得奔赴", paragraphs=[LEADS[1][1]], blocks=[3]),
    ]
    assert release_after_credit(drafts) == 0
    assert drafts[0].paragraphs[-1] == kicker and drafts[1].paragraphs == [LEADS[1][1]]


# A reporter's note on their own story ("记者手记") is printed as a piece of its own, signed by the
# story's reporter: its label and lead, left over its heading, are that piece's.
CASES = ["某地法院审结一起利用人工智能换脸侵权案，判令被告赔礼道歉并赔偿损失。", "案例来源：某某法院"]
NOTE_LEAD = ["几起案例提醒我们，在技术日新月异的今天，法治领域的新问题不容忽视。"]
NOTE_BODY = ["破解人工智能时代的法治难题，需要构建具有前瞻性的治理体系。"]


@pytest.mark.parametrize("label", ["记者手记", "■记者手记", "记者观察"])
@pytest.mark.parametrize("lead", [NOTE_LEAD, [*NOTE_LEAD, "既用法律为技术套上“缰绳”，又为创新预留“试验田”。"]])
@pytest.mark.parametrize(("reporter", "signed"), [("本报记者 金 歆", "金  歆"), ("本报记者 张三", "张 三"), ("本报记者 张三 李四", "李四")])
def test_a_reporters_note_left_over_its_heading_opens_the_piece_its_reporter_signs(label: str, lead: list[str], reporter: str, signed: str) -> None:
    story = [*CASES, label, *lead]
    drafts = [
        Draft(headline="法治护航人工智能向善（以案说法）", byline=reporter, authors=list(B.byline_names(reporter)), paragraphs=list(story), blocks=list(range(len(story)))),
        Draft(headline="立规矩、明边界", byline=signed, paragraphs=list(NOTE_BODY), blocks=[9]),
    ]
    assert release_after_credit(drafts) == len(lead)
    assert drafts[0].paragraphs == CASES and drafts[1].kicker == label and drafts[1].paragraphs == [*lead, *NOTE_BODY]


@pytest.mark.parametrize("signed", ["王五", "本报记者 王五", None])
def test_a_reporters_note_ending_the_story_over_another_writers_piece_stays(signed: str | None) -> None:
    # Printed as the story's last box, the note has no heading: the piece under it is another writer's.
    story = [*CASES, "记者手记", *NOTE_LEAD]
    drafts = [
        Draft(headline="法治护航人工智能向善（以案说法）", byline="本报记者 金 歆", authors=["金歆"], paragraphs=list(story), blocks=list(range(4))),
        Draft(headline="立规矩、明边界", byline=signed, paragraphs=list(NOTE_BODY), blocks=[9]),
    ]
    assert release_after_credit(drafts) == 0 and drafts[0].paragraphs == story and drafts[1].kicker is None


# A story never ends on a question: a last paragraph that asks is the lead of the story under it,
# which goes on to answer it.
TRAINS = ["春运以来，某动车运用所的班组连轴转，全力保障列车安全运行。", "“我们把每一趟车都当作自己的家来收拾。”检修班组长王某说。"]
ANSWER = ["“我们给动车做‘保养’。”这是某动车运用所地勤机械师的答案。"]


@pytest.mark.parametrize(
    "question",
    [
        "或许有人想过这样的问题：列车上的各类设施设备如何时刻保持干净整洁、功能正常？",
        "一趟动车跑完全程，车厢里的座椅、灯具和卫生间由谁来检查、谁来修理？",
        "列车飞驰的背后，有多少检修人员在寒夜里默默守护?",
    ],
)
@pytest.mark.parametrize("byline", ["本报记者 孙 超", "李四", None])
def test_a_question_ending_a_story_is_the_lead_of_the_story_under_it(question: str, byline: str | None) -> None:
    drafts = [
        Draft(headline="春运一线的守护者", paragraphs=[*TRAINS, question], blocks=[0, 1, 2]),
        Draft(headline="“我们给动车做‘保养’”（新春走基层）", byline=byline, paragraphs=list(ANSWER), blocks=[5]),
    ]
    assert questions_to_their_answer(drafts) == 1
    assert drafts[0].paragraphs == TRAINS and drafts[1].paragraphs == [question, *ANSWER] and drafts[1].blocks == [2, 5]


@pytest.mark.parametrize(
    ("last", "under"),
    [
        ("记者：下一步，还应做好哪些方面的工作？", ANSWER),  # an interview's question: its answer was cut off
        ("问：列车上的设施设备由谁来检查？", ANSWER),
        ("“这样的日子，谁不盼着过？”王某笑着说？", ANSWER),  # a quotation opens it: a speaker's words
        ("谁来修理？", ANSWER),  # too short to be a lead
        ("一趟动车跑完全程，车厢里的座椅、灯具和卫生间由谁来检查、谁来修理？", ["本报讯（记者 孙超）春运以来，某动车运用所…"]),
        ("一趟动车跑完全程，车厢里的座椅、灯具和卫生间由谁来检查、谁来修理？", ["（一）", *ANSWER]),
    ],
)
def test_no_question_moves_that_is_no_lead_or_over_a_story_that_opens_otherwise(last: str, under: list[str]) -> None:
    drafts = [
        Draft(headline="春运一线的守护者", paragraphs=[*TRAINS, last], blocks=[0, 1, 2]),
        Draft(headline="“我们给动车做‘保养’”（新春走基层）", paragraphs=list(under), blocks=list(range(5, 5 + len(under)))),
    ]
    assert questions_to_their_answer(drafts) == 0 and drafts[0].paragraphs[-1] == last


# An editors' note standing on its own over the pieces it introduces closes with its signature;
# the next piece's lead, printed above that piece's heading, lands after it.
NOTE = "前不久，本版向在西部工作、生活的青年征稿，请他们讲讲扎根基层的故事。今天刊发其中两篇。"
WEST = ["有人问我，戈壁的孤寂会不会吞噬梦想。实话实说，我也曾犹豫过。", "如今，我已在这里工作了五年，井场上的每一台设备都像老朋友。"]


@pytest.mark.parametrize("signature", ["——编  者", "——编 者", "——编者"])
@pytest.mark.parametrize("lead", [LEADS[0], ["来到某某高原，站在山峦间，我常听见两种声音交织回响。"], LEADS[1]])
def test_prose_after_a_standalone_editors_note_is_the_next_pieces_lead(signature: str, lead: list[str]) -> None:
    drafts = [
        Draft(headline="这片热土值得奔赴", paragraphs=[NOTE, signature, *lead], blocks=list(range(2 + len(lead)))),
        Draft(headline="留下来，参与历史", byline="王某某", paragraphs=list(WEST), blocks=[9, 10]),
    ]
    assert release_after_credit(drafts) == len(lead)
    assert drafts[0].paragraphs == [NOTE, signature]
    assert drafts[1].paragraphs == [*lead, *WEST]


def test_a_story_under_its_editors_note_keeps_its_text() -> None:
    # A note that heads a story is followed by the story's whole text, more than a lead's paragraphs.
    body = [*LEADS[1], *WEST]
    drafts = [
        Draft(headline="这片热土值得奔赴", paragraphs=[NOTE, "——编  者", *body], blocks=list(range(2 + len(body)))),
        Draft(headline="一片茶叶富了一方百姓（乡村行）", paragraphs=["今年，全县茶园面积达到十二万亩，茶农人均增收三千元。"], blocks=[9]),
    ]
    assert release_after_credit(drafts) == 0
    assert drafts[0].paragraphs == [NOTE, "——编  者", *body]


# A brief signs once, at the end of its text ("…。（辽轩）"): what follows before the next heading
# is the next story's, its lead or, over a box of "label：value" lines, the box's first line.
BRIEF = "督察组向某市转交第八批信访件\n本报讯 9月3日，督察组将第八批群众来信举报案件移交某市。案件共有4件，归属地是某县。（{sign}）\n"


@pytest.mark.parametrize("sign", ["辽轩", "李贺 王永光"])
def test_a_box_line_after_a_signed_brief_opens_the_box_under_the_next_heading(sign: str) -> None:
    brief = f"9月3日，督察组将第八批群众来信举报案件移交某市。案件共有4件，归属地是某县。（{sign}）"
    box = ["专门值班电话：0431-1234567", "专门邮政信箱：某市A065号邮政专用信箱"]
    drafts = [
        Draft(headline="督察组向某市转交第八批信访件", paragraphs=[brief, "督察进驻日期：8月26日—9月26日"], blocks=[0, 1]),
        Draft(headline="中央生态环境保护督察在某省", paragraphs=list(box), blocks=[2, 3]),
    ]
    assert release_after_credit(drafts) == 1
    assert drafts[0].paragraphs == [brief]
    assert drafts[1].paragraphs == ["督察进驻日期：8月26日—9月26日", *box] and drafts[1].blocks == [1, 2, 3]
    # Over a story of prose the box line stays: a story may end with its contact line.
    drafts[1].paragraphs = ["今年，全县茶园面积达到十二万亩，茶农人均增收三千元。"]
    drafts[0].paragraphs.append("咨询电话：0431-7654321")
    assert release_after_credit(drafts) == 0


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_prose_after_a_signed_brief_is_the_next_stories_lead(gap: str) -> None:
    body = BRIEF.format(sign="辽轩") + LEADS[1][1] + "\n一片茶叶富了一方百姓（乡村行）\n本报记者 王五\n今年，全县茶园面积达到十二万亩，茶农人均增收三千元。\n"
    one, two = _page(body, gap).articles
    assert one.paragraphs[-1].endswith("（辽轩）")
    assert two.paragraphs[0] == LEADS[1][1]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_column_of_signed_briefs_keeps_its_items(gap: str) -> None:
    # Every item signs: the items after the first are the column's, not the next story's lead.
    second = "9月5日，督察组将第十批群众来信举报案件移交某市。案件共有3件，归属地是某区。（辽轩）"
    body = BRIEF.format(sign="辽轩") + second + "\n一片茶叶富了一方百姓（乡村行）\n本报记者 王五\n今年，全县茶园面积达到十二万亩，茶农人均增收三千元。\n"
    one, two = _page(body, gap).articles
    assert one.paragraphs[-1] == second and two.paragraphs[0].startswith("今年，全县茶园面积")


# A paragraph cut at a column break inside a story, its rest opening with a common character
# (no sign in the rest that a sentence goes on): the first half's own form says it is cut.
STORY_HEAD = "一渠清水润良田\n本报记者 钱多\n清晨的田埂上，村民们正忙着疏通水渠，渠水哗哗地流进麦田。\n"
STORY_TAIL = "西河村的水渠修了三年，村里的麦田从此告别了靠天吃饭。\n"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("half", "rest"),
    [
        # It ends on a function character, which never closes a phrase.
        ("村里的年轻人致力于民间小调的整理和", "推广，每年的演出场次都在百场以上。"),
        ("修渠那年乡亲们自发地把", "自家的板车贡献了出来，一趟一趟往工地运石料。"),
        # A quoted sentence ends inside it and the narration goes on: no crosshead does that.
        ("“今年的麦子能多收几成？”种粮大户孙有田", "蹲在地头问农技员，农技员笑着比了个手势。"),
        ("“渠水来了！渠水来了！”村东头的孩子们", "一路跑一路喊，大人们也放下手里的活计迎了出去。"),
        # A comma or semicolon makes a line with a crosshead's dash or number prose.
        ("良田——机耕道修到了地头，灌", "溉渠通到了田边，种地再也不用看天的脸色。"),
        ("一、加强组织领导，压", "实各级责任，村里成立了由老党员牵头的管水小组。"),
        # "关于…" opens a notice's title only without a comma: one that runs on is prose.
        ("关于村里的用水难题，记者采访了县水利局", "副局长王五。他说，今年将新修三条支渠。"),
        ("关于如何管好用好水渠，村民代表提出了", "三条建议，村委会当场认领了两条。"),
        # A speaker's answer ("王五：…") cut short, its rest a sentence of a few characters.
        ("王五：一方面，在管水方式上要有", "所创新。村里把管水小组建到了田间地头。"),
        ("孙七：另一方面，渠道维护经费要有", "保障。县里每年安排专项资金。"),
    ],
)
def test_a_paragraph_cut_at_a_column_inside_a_story_is_joined(half: str, rest: str, gap: str) -> None:
    (a,) = _page(STORY_HEAD + f"{half}\n{rest}\n" + STORY_TAIL, gap).articles
    assert half + rest in a.paragraphs


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("half", "rest"),
    [
        ("3月5日，某某县第一届油菜花节在某某镇", "正式开幕，来自周边市县的游客一早就赶到了花海。"),
        ("4月25日上午，某某市“春到万家”——群众文艺汇演在人民", "广场举行，十四支文艺队同台献艺。"),
        ("近日，某某县首批智慧农机在某某", "村投入使用，一台无人插秧机一天能插秧四十亩。"),
    ],
)
@pytest.mark.parametrize(("title", "byline"), [("油菜花开引客来（乡村行）", "本报记者 王五\n"), ("花开引客来  乡村添活力（乡村行）", "")])
def test_a_lead_opening_with_its_date_above_a_heading_is_no_kicker(half: str, rest: str, title: str, byline: str, gap: str) -> None:
    # A news sentence opens with when it happened ("3月5日，…"); a kicker states, it never dates.
    body = BEFORE + f"{half}\n{title}\n{byline}{rest}\n"
    one, two = _page(body, gap).articles
    assert two.headline.split() == title.split() and two.kicker is None
    assert two.paragraphs[0] == half + rest
    assert one.paragraphs[-1].endswith("长势格外好。")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("lead_in", ["科技赋能——", "算算增收账——", "说起这些年的变化，老党员孙有田讲了三件事——"])
def test_a_line_ending_in_a_dash_stands_as_a_paragraph(lead_in: str, gap: str) -> None:
    # A dash at a line's end introduces what follows (a crosshead, a quotation, a list): the
    # paper prints it as a paragraph of its own, never cut mid-sentence there.
    (a,) = _page(STORY_HEAD + f"{lead_in}\n{STORY_TAIL}", gap).articles
    assert lead_in in a.paragraphs and STORY_TAIL.strip() in a.paragraphs


CUT_BEFORE_DIAN = ("新华社北京3月8日", "电  国务院总理王五近日签署国务院令，公布修改后的《某某条例》，自5月1日起施行。")


@pytest.mark.parametrize(
    ("half", "rest", "title", "gap"),
    [
        (*CUT_BEFORE_DIAN, "王五签署国务院令 公布修订后的某某条例", "\n"),
        (*CUT_BEFORE_DIAN, "王五签署国务院令 公布修订后的某某条例", "\n\n"),
        (*CUT_BEFORE_DIAN, "## 公布修订后的某某条例", "\n"),
    ],
)
def test_a_dateline_cut_before_its_dian_is_no_kicker(half: str, rest: str, title: str, gap: str) -> None:
    # A dateline opens a story's first sentence; a heading block printed right before its 电
    # leaves it over the title, where it must not be read as a kicker.
    body = BEFORE + f"{half}\n{title}\n{rest}\n"
    one, two = _page(body, gap).articles
    assert not any(x and "3月8日" in x for x in (two.kicker, two.headline, two.subtitle))
    assert two.byline and two.byline.endswith("电")
    assert two.byline + two.paragraphs[0] == (half + rest).replace("  ", "")


# A meeting story printed as a digest of its points, then its report under its dateline, and a
# second story on the page.
DIGEST = [
    "■ 今年以来，全省各地各部门聚力攻坚，经济呈现向好态势。同时，外部冲击影响加大，要充分备足预案",
    "■ 要坚持稳中求进工作总基调，着力保就业、稳企业。要办好自己的事，以发展的确定性应对不确定性",
]
REPORT = [
    "新华社长春3月8日电  省委常委会3月8日召开会议，分析研判当前经济运行，部署下一阶段经济工作。",
    "会议认为，今年以来，全省各地各部门聚力攻坚，各项举措协同发力，经济呈现回升势头。",
    "会议强调，要坚持稳中求进工作总基调，着力保就业、稳企业、稳市场、稳预期。",
]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("mark", ["■", "●"])
def test_a_dateline_report_after_a_digest_of_points_stays_with_its_story(mark: str, gap: str) -> None:
    digest = [p.replace("■", mark) for p in DIGEST]
    body = "\n".join(["省委常委会召开会议", "分析研判当前经济形势", "省委书记王五主持会议", *digest, *REPORT, "一渠清水润良田", "本报记者 钱多", *BEFORE.split("\n")[2:4]])
    one, two = _page(body, gap).articles
    assert one.headline == "分析研判当前经济形势"
    assert "".join(one.paragraphs).replace(" ", "").endswith("经济运行，部署下一阶段经济工作。会议认为，今年以来，全省各地各部门聚力攻坚，各项举措协同发力，经济呈现回升势头。会议强调，要坚持稳中求进工作总基调，着力保就业、稳企业、稳市场、稳预期。")
    assert two.headline == "一渠清水润良田" and two.paragraphs[0].startswith("清晨的田埂上")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("half", "rest"),
    [
        # The word across the cut ("有限") is printed elsewhere on the page.
        ("某某（新乡）机械股份有", "限公司是一家农机制造企业，今年的订单已经排到了年底。"),
        # The line ends on a function character.
        ("合作社的麦子都卖给了城里的", "面粉厂，每斤比往年多卖一毛钱。"),
        # The word across the cut ("查显", "可考的", "去年底", "记者们") is printed nowhere else, but the
        # text under the photo opens mid-clause: a verb and its comma, or a character that
        # hardly ever opens a clause.
        ("省统计局日前发布的抽样调查", "显示，全省一季度居民消费同比增长百分之六，餐饮收入增长更快。"),
        ("村头那座石桥的年代确切可考", "的只有一块清代的碑，桥身至今完好，乡亲们天天从桥上走。"),
        ("合作社在去年", "底新建了两座冷库，苹果能一直存到来年开春再卖。"),
        ("采访那天赶来帮忙的志愿者和记者", "们一起把老粮站打扫干净，摆上了村史展板。"),
    ],
)
def test_a_line_cut_by_a_photo_wedged_into_its_sentence_is_no_heading(half: str, rest: str, gap: str) -> None:
    # A photo is placed inside a column: its caption and credit may stand in the middle of a
    # paragraph (a column break with the photo between the halves), and the line over them is that
    # paragraph's first half, not a photo-news title, when the text under the photo finishes its
    # sentence.
    body = (
        STORY_HEAD + "某某化纤股份有限公司的车间里，工人们正忙着赶制订单。\n"
        + f"{half}\n图为某某化纤股份有限公司的数字化纺丝车间。\n本报记者 张三摄\n{rest}\n" + STORY_TAIL
    )
    (a,) = _page(body, gap).articles
    assert half + rest in a.paragraphs


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("title", "under"),
    [
        # A title closed by its column tag stays a title over its photo, whatever opens the text
        # under the photo (here its lead's second half, the first printed elsewhere).
        ("小小冷库让苹果卖上好价钱（乡村行）", "底新建了两座冷库，苹果能一直存到来年开春再卖。"),
        # A photo-news title whose photo is followed by a sentence of its own.
        ("春耕时节田间忙", "今年以来，某某县新建高标准农田三万亩，灌溉设施全部配套。"),
        # … or by the next story's heading, which ends the photo item.
        ("春耕时节田间忙", "## 某某县新建高标准农田三万亩"),
    ],
)
def test_a_title_over_its_photo_stays_a_title(title: str, under: str, gap: str) -> None:
    body = BEFORE + f"{title}\n图为村民在田间播种。\n本报记者 张三摄\n{under}\n县农业农村局负责人介绍，新建农田全部配套了灌溉设施。\n"
    heads = [a.headline for a in _page(body, gap).articles]
    assert title in heads


@pytest.mark.parametrize(
    ("half", "rest"),
    [
        ("【案情】村民孙某将自家承包的十亩耕地转包", "给邻村的种粮大户，双方约定租期五年。"),
        ("【故事】西河村的老党员王五", "带着乡亲们修渠引水，一干就是二十年。"),
    ],
)
def test_a_paragraph_led_by_a_run_in_label_is_no_heading(half: str, rest: str) -> None:
    # A case column prints each paragraph after its label in 【】: the line is prose, even cut short.
    # (Without blank lines a short line with no clause mark stays a box line: not this rule's case.)
    body = STORY_HEAD + f"{half}\n{rest}\n" + STORY_TAIL
    (a,) = _page(body, "\n\n").articles
    assert half + rest in a.paragraphs


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("half", "rest"),
    [
        # The word across the cut ("文化", "团结") is printed elsewhere: the line stops inside it.
        ("村里的文化礼堂办得红红火火，正是乡亲们坚定文", "化自信的写照，也激励着年轻人接过传承的担子。"),
        ("西河村的变化，离不开乡亲们的团结，更离不开一代代修渠人的团", "结一心，这股劲头还会一直传下去。"),
    ],
)
def test_a_cut_last_sentence_over_the_next_storys_lead_is_no_heading(half: str, rest: str, gap: str) -> None:
    # The story's last sentence, cut at a column's edge, over the next story's lead: the line is
    # no heading with a caption under it, since the next line finishes its sentence.
    body = BEFORE + f"{half}\n{rest}\n本报讯（记者 王五）今年以来，某某县新建高标准农田三万亩。\n## 高标准农田建设提速\n县农业农村局负责人介绍，新建农田全部配套了灌溉设施。\n"
    one, two = _page(body, gap).articles
    assert one.paragraphs[-1] == half + rest
    assert two.headline == "高标准农田建设提速" and two.paragraphs[0].startswith("今年以来")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("half", "heading", "rest"),
    [
        # Over a title and its byline: read as the kicker.
        ("锣鼓声里，彩旗之下，身着戏服的老艺人王五在某某县首届乡村戏曲节", "老戏台迎来新观众", "登台献艺，台下掌声一阵高过一阵。"),
        # Over a kicker and title printed on one line: read as the title.
        ("清晨，在某某县某某镇的高标准农田里，依然春寒料峭，最低", "某某县创新推广春耕新技术   走入田野里的“智慧课堂”（乡村行）", "气温只有零下两三摄氏度。"),
    ],
)
def test_a_run_on_half_sentence_over_a_heading_is_no_kicker_or_title(half: str, heading: str, rest: str, gap: str) -> None:
    # Two or more clause commas and no mark at the end: a sentence cut by the heading block,
    # whatever the rest opens with; no kicker or title runs on so.
    body = BEFORE + f"{half}\n{heading}\n本报记者 王五\n{rest}\n"
    one, two = _page(body, gap).articles
    assert half not in (two.kicker or "") and half not in two.headline
    assert two.paragraphs[0] == half + rest


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("lead", "title", "rest"),
    [
        ("本报讯（记者 王五）室外积雪未消，在某某县某某", "育苗合作社的新突破", "乡的育苗大棚里，技术员正在调试新上的补光灯。"),
        ("本报讯（记者 孙七）春节刚过，某某县的", "老街迎来新客流", "文旅街区就热闹起来，游客一早就排起了长队。"),
        # A title with clause marks, closed by its column tag (no half-sentence ends so).
        ("本报讯（记者 王五）3月5日，某某", "稳岗位促消费，六项举措即将出台（政策解读）", "县召开新闻发布会，介绍了今年稳岗位促消费的举措。"),
        ("本报讯（记者 孙七）春节刚过，某某县的", "老街迎来新客流（走基层，看变化）", "文旅街区就热闹起来，游客一早就排起了长队。"),
    ],
)
def test_a_lead_printed_above_its_heading_and_cut_by_it_takes_that_heading(lead: str, title: str, rest: str, gap: str) -> None:
    # The lead's first printed line above the heading, the rest of its sentence under it: the
    # heading is that story's, not a crosshead of a story the lead would sign.
    body = BEFORE + f"{lead}\n{title}\n{rest}\n县农业农村局负责人介绍，今年全县计划新建育苗大棚二十座。\n"
    one, two = _page(body, gap).articles
    assert two.headline == title and two.byline and two.byline.startswith("本报讯")
    assert two.paragraphs[0] == lead.split("）", 1)[1] + rest
    assert one.paragraphs[-1].endswith("长势格外好。")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("lead", "title"),
    [
        ("本报讯（记者 王五）清脆的童声传出来，甜丝丝的。门口等着接娃的家长们排起了长队。", "普惠育儿，为年轻家庭减负（扩大消费一线观察）"),
        ("本报讯（记者 孙七）春节刚过，某某县的文旅街区就热闹起来。", "老街迎来新客流，游客一早排长队（走基层）"),
    ],
)
def test_a_whole_lead_printed_above_a_tagged_title_takes_that_title(lead: str, title: str, gap: str) -> None:
    # The lead printed whole above its heading; the title has a comma but closes with its column
    # tag, and only text stands under it: the lead's story, not a brief and a crosshead of it.
    rest = "“之前一打听，孩子学琴每月要三四千元。”家长李某说，如今家门口的托育园每月只要一千多元。\n"
    one, two = _page(BEFORE + f"{lead}\n{title}\n{rest}", gap).articles
    assert two.headline == title and two.byline and two.byline.startswith("本报讯")
    assert two.paragraphs[0] == lead.split("）", 1)[1] and one.paragraphs[-1].endswith("长势格外好。")


# A story of the same form on the page: a piece of a series ("某某人——" / title / lead), which
# makes the displaced piece's heading look like one of a series of crossheads.
SERIES_PIECE = (
    "守护运河的老船工王大河——\n一篙撑起半生情\n本报讯（记者 周八）清晨的码头上，老船工王大河正在检查缆绳，这是他三十年来每天的头一件事。\n"
    "他说，船在水上走，心要在岸上定，一根缆绳松不得。\n"
)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("lead", "heading"),
    [
        # a kicker that introduces its title, then the title
        (["本报讯（记者 王五）深秋的果园里，红透的苹果挂满枝头，果农们正忙着采摘装箱。"], ["扎根山乡的果树专家李青山——", "一把剪刀剪出致富路"]),
        # two paragraphs of the lead; a kicker with a colon
        (
            ["本报讯（记者 孙七）深秋的果园里，红透的苹果挂满枝头。", "果农们正忙着采摘装箱，一辆辆货车在园外排起了长队。"],
            ["某某省某某县：", "小苹果串起大产业"],
        ),
        # a one-line title as long as a headline with nothing but text under it must be
        (["本报讯（记者 王五）深秋的果园里，红透的苹果挂满枝头，果农们正忙着采摘装箱。"], ["某某县果品产业链年产值突破三十亿元"]),
    ],
)
def test_a_whole_lead_printed_above_its_heading_block_takes_that_heading(lead: list[str], heading: list[str], gap: str) -> None:
    # The issue file prints a local story's "本报讯（记者…）" lead (no byline line under its
    # heading) above the heading block, whole; no news story is printed without its heading, so
    # the block under the lead is its story's, not a crosshead of a story the lead would sign.
    rest = "这些年，李青山带着技术员走遍了全县的果园，手把手教果农修剪、嫁接和防治病虫害。\n“果树和人一样，要顺着它的性子来。”他说。\n"
    body = BEFORE + SERIES_PIECE + "\n".join(lead) + "\n" + "\n".join(heading) + "\n" + rest
    one, piece, two = _page(body, gap).articles
    assert two.headline == heading[-1] and two.kicker == (heading[0] if len(heading) == 2 else None)
    assert two.byline and two.byline.startswith("本报讯")
    assert two.paragraphs[0] == lead[0].split("）", 1)[1] and two.paragraphs[len(lead)].startswith("这些年")
    assert piece.headline == "一篙撑起半生情" and piece.paragraphs[-1].endswith("松不得。")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_short_line_cut_at_the_column_under_a_whole_lead_stays_prose(gap: str) -> None:
    # Under a lead printed whole, a short line with no clause mark whose sentence goes on in the
    # next line ("某某县北部山区是" / "全省苹果的主产区，…") is the story's text cut at a column's
    # edge, not a heading: only a line a headline's length, a column-tagged title or a two-line
    # heading block is taken for the lead's heading.
    body = (
        BEFORE + "果香飘满山乡路\n"
        "本报讯（记者 王五）深秋的果园里，红透的苹果挂满枝头，果农们正忙着采摘装箱。\n"
        "某某县北部山区是\n全省苹果的主产区，然而，由于交通不便，好苹果常常卖不上好价钱。\n"
    )
    one, two = _page(body, gap).articles
    assert two.headline == "果香飘满山乡路"
    assert any(p.startswith("某某县北部山区是") for p in two.paragraphs)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("space", [" ", "   "])
def test_a_kicker_and_tagged_title_on_one_line_under_a_displaced_lead_are_a_heading(space: str, gap: str) -> None:
    # "某某代表——   为…（…故事）": a crosshead's form ("发展——开放是必由之路"), but a column tag
    # closes a title, never a crosshead; with the lead printed above the block there is no byline
    # under the line to say so.
    line = f"孙大成代表——{space}让乡村工匠有用武之地（履职故事）"
    body = (
        BEFORE + "本报讯（记者 王五）“手艺人也能评职称了！”在某某县的工匠评审会上，老木匠孙大成激动地说。\n"
        f"{line}\n这几年，作为全国人大代表，孙大成一直为乡村工匠奔走呼吁。\n他说，手艺要传下去，得让年轻人看到出路。\n"
    )
    one, two = _page(body, gap).articles
    assert (two.kicker, two.headline) == ("孙大成代表——", "让乡村工匠有用武之地（履职故事）")
    assert two.paragraphs[0].startswith("“手艺人也能评职称了！”") and one.paragraphs[-1].endswith("长势格外好。")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_tagged_title_with_commas_over_a_photo_is_no_half_sentence(gap: str) -> None:
    # Kicker and title glued on one line, the title with a comma, closed by its column tag, a
    # photo caption under it: no sentence is cut before a column tag, so it is the heading of the
    # lead printed above it.
    body = (
        BEFORE + "本报讯（记者 王五）房前屋后，种菜养花。今年以来，某某县引导农户盘活闲置小院。\n"
        "某某县鼓励盘活农家闲置小院 添收入，小小庭院有新意（探访）\n"
        "图为游客在某某村农家小院体验手工制茶。\n"
        "本报记者 赵九摄\n"
        "走进某某村，一座座农家小院收拾得干净整洁，院里的菜畦和花架错落有致。\n"
    )
    one, two = _page(body, gap).articles
    assert two.headline.endswith("（探访）") and "添收入" in (two.kicker or "") + two.headline
    assert two.paragraphs[0].startswith("房前屋后") and one.paragraphs[-1].endswith("长势格外好。")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(("first", "second"), [("图三", "图四"), ("图①", "图②"), ("图2", "图3")])
def test_a_figure_number_over_a_heading_joins_the_story_whose_figures_follow(first: str, second: str, gap: str) -> None:
    # Figure numbers run in sequence inside one story: the one left over the heading is the first
    # of the story under it, whose body opens with the next.
    body = BEFORE + f"{first}\n“人造太阳”的新进展（科技前沿）\n本报记者 王五\n{second}\n某某装置近日实现新突破，运行时间刷新纪录。\n"
    one, two = _page(body, gap).articles
    assert one.paragraphs[-1].endswith("长势格外好。")
    assert list(two.paragraphs[:2]) == [first, second]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("first", "rest"),
    [
        ("2024年9月，某市建成并启用全省首个新能源公交调", "度中心，全市公交线路实现统一调度。"),
        ("9月，某县启动秋粮收购，县里在十个乡镇设立收", "购点，农民家门口就能卖粮。"),
        ("2023年11月下旬，某地迎来今冬首场降雪，全市", "环卫工人连夜清扫主干道。"),
    ],
)
def test_a_body_line_opening_with_its_year_and_month_is_no_heading_line(first: str, rest: str, gap: str) -> None:
    # A lead printed above its heading; the line under the heading opens with when it happened
    # ("2024年9月，…"), cut at the column's edge: the body's first line, not a heading line.
    body = BEFORE + f"本报讯（记者 王五）“三百辆新能源公交车上路，一百二十个充电桩满负荷运转……”走进某市公交调度大厅，大屏上的线路图不停闪烁。\n某市新能源公交运行半年 为绿色出行添动力（探访）\n{first}\n{rest}\n"
    one, two = _page(body, gap).articles
    assert (two.kicker, two.headline) == ("某市新能源公交运行半年", "为绿色出行添动力（探访）")
    assert first + rest in two.paragraphs and two.byline == "本报讯（记者 王五）"
    assert one.paragraphs[-1].endswith("长势格外好。")


LETTERS = (
    "村规民约要接地气（读者来信）\n"
    "村规民约需要贴合村情民意，也要符合法律规定，制定前应当广泛征求村民意见，让每一条规定都有群众基础。\n"
    "{sig1}\n"
    "{lead}\n"
    "{title}\n"
    "{rest}\n"
    "破解这一难题，需要兼顾约束与引导，既要立规矩，也要提供平价的公益服务，给群众更多简办的选择。\n"
    "{sig2}\n"
)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(("sig1", "sig2"), [("山西某某市  张三", "浙江某某市  李四"), ("河北某某县  王小五", "湖南某某市  赵六")])
@pytest.mark.parametrize(
    ("lead", "title", "rest"),
    [
        # the heading printed inside the lead's first sentence
        ("当前，部分婚丧嫁娶中天价彩礼、铺张酒席等旧习成为基层治理的痛点，一些地方的刚性规定因缺", "既要堵也要疏  兼顾尺度温度",
         "乏群众支持，往往引起抵触。"),
        # the whole lead printed above its heading
        ("当前，部分婚丧嫁娶中天价彩礼、铺张酒席等旧习成为基层治理的痛点。", "移风易俗贵在疏堵结合",
         "一些地方的刚性规定因缺少群众支持，往往引起抵触。"),
    ],
)
def test_prose_under_a_writer_s_signature_is_the_next_letter_s_lead(sig1: str, sig2: str, lead: str, title: str, rest: str, gap: str) -> None:
    # A readers' letter is signed at its end ("山西某某市  张三"); prose under the signature
    # opens the next letter, printed above its heading.
    body = BEFORE + LETTERS.format(sig1=sig1, sig2=sig2, lead=lead, title=title, rest=rest)
    _, one, two = _page(body, gap).articles
    assert one.headline == "村规民约要接地气（读者来信）" and one.paragraphs[-1].endswith("都有群众基础。")
    assert two.headline.split() == title.split() and two.paragraphs[0].startswith("当前，部分婚丧嫁娶")
    assert lead + rest in two.paragraphs or [lead, rest] == list(two.paragraphs[:2])


SIGNED_AT_END = (
    "红白事简办  乡亲们点赞\n"
    "去年冬天，村里的红白理事会定下规矩，酒席不超过十桌，礼金不超过一百元。\n"
    "一年下来，乡亲们算了一笔账，每户少花了好几千元，大家都说这规矩定得好。\n"
    "{sig1}\n"
    "酒席限桌数  人情不攀比\n"
    "过去，谁家办喜事都要比排场，酒席一摆就是几十桌，主家累，客人也累。\n"
    "如今村里有了家宴中心，菜品按标准配，大家不再攀比，邻里关系反倒更近了。\n"
    "{sig2}\n"
    "邻里帮一把  喜事不铺张\n"
    "我们小区的志愿者队伍成立三年来，帮助居民操办了四十多场简朴的婚礼。\n"
    "{sig3}\n"
)
TITLES = ("红白事简办 乡亲们点赞", "酒席限桌数 人情不攀比", "邻里帮一把 喜事不铺张")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "sigs", [("河北某某县  王小五", "湖南某某市  赵六", "江苏某某市  钱七"), ("山东某某区  孙一", "四川某某州  周二", "广西某某县  吴三")]
)
def test_letters_signed_at_the_end_after_a_signed_story_are_pieces_of_their_own(sigs: tuple, gap: str) -> None:
    # Readers' letters signed at the end ("河北某某县  王小五"), after a reporter's story signed
    # under its title: each plain title over prose that closes with a place and a name is a
    # letter's title, not a crosshead of the story before; the title right under a signature
    # too (the signature closed the letter before).
    body = BEFORE + SIGNED_AT_END.format(sig1=sigs[0], sig2=sigs[1], sig3=sigs[2])
    story, *letters = _page(body, gap).articles
    assert story.paragraphs[-1].endswith("长势格外好。") and len(story.paragraphs) == 2
    assert [a.headline for a in letters] == list(TITLES)
    assert [a.byline for a in letters] == [" ".join(x.split()) for x in sigs]
    assert letters[1].paragraphs[0].startswith("过去，") and letters[2].paragraphs[-1].endswith("简朴的婚礼。")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("cross", ["账算明白了", "新风吹进农家院"])
def test_a_letter_s_own_crosshead_stays_in_it(cross: str, gap: str) -> None:
    # The letter under way has no writer yet (it signs at its end): the signature closing the
    # text under its crosshead is its own, so the crosshead is no title.
    sigs = ("河北某某县  王小五", "湖南某某市  赵六", "江苏某某市  钱七")
    text = SIGNED_AT_END.format(sig1=sigs[0], sig2=sigs[1], sig3=sigs[2])
    text = text.replace("如今村里有了", f"{cross}\n如今村里有了")
    _, *letters = _page(BEFORE + text, gap).articles
    assert [a.headline for a in letters] == list(TITLES)
    assert cross in "".join(letters[1].paragraphs) and letters[1].byline == "湖南某某市 赵六"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("half", "heading", "kicker", "title", "rest"),
    [
        ("楼栋门禁必须“刷脸”才能开门，手机支", "宾馆客房和公共浴室等处今后一律不得安装面部识别装置 面部信息安全保护有了新规定",
         "宾馆客房和公共浴室等处今后一律不得安装面部识别装置", "面部信息安全保护有了新规定", "付软件不知何时开启了“扫脸即付”。"),
        ("清晨六点，某某菜市场已经人声鼎沸，摊主们忙着", "某市把老菜场改造成文化街区 留住城市的烟火气",
         "某市把老菜场改造成文化街区", "留住城市的烟火气", "码放刚到的蔬菜。"),
        ("走进某某县的智慧农场，无人机正在给麦田喷", "某县建成首个数字农业示范区 种田有了“智慧大脑”",
         "某县建成首个数字农业示范区", "种田有了“智慧大脑”", "洒农药，一个上午就能作业两百亩。"),
    ],
)
def test_a_half_sentence_over_a_kicker_and_title_on_one_line_goes_back_to_the_body(
    half: str, heading: str, kicker: str, title: str, rest: str, gap: str
) -> None:
    # The heading complex printed inside the lead's first sentence: its first half on top.
    one, two = _page(BEFORE + f"{half}\n{heading}\n本报记者 王五\n{rest}\n", gap).articles
    assert (two.kicker, two.headline) == (kicker, title)
    assert two.paragraphs[0] == half + rest
    assert one.paragraphs[-1].endswith("长势格外好。")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("half", "kicker", "rest", "again"),
    [
        # No clause mark in the half, but a kicker line under it (a block prints one) and a word
        # cut in two that the story prints again (transforms.roles.half_evidence).
        ("走进某某省某某县城关镇黄", "某县做强村集体经济扩大家门口就业", "花村，以往每逢农闲，村里的年轻劳力多半外出务工。",
         "如今黄花村建起了三座扶贫车间，村民在家门口就能上班。"),
        ("在某某市某某区的老工业基地里，一座座厂", "老厂房变身科创园", "房换上了新颜，科创团队陆续入驻。",
         "厂房改造前，园区先征求了企业的意见。"),
        ("记者来到某某县的梨", "果农种出“致富果”", "园，满树梨花开得正盛，果农们忙着疏花。",
         "梨园的主人王某说，今年的花量比往年多。"),
    ],
)
def test_a_half_sentence_over_a_kicker_line_goes_back_to_the_body(half: str, kicker: str, rest: str, again: str, gap: str) -> None:
    # (A title with a comma: three plain lines would be read as kicker, title and subtitle.)
    body = BEFORE + f"{half}\n{kicker}\n家门口就业，日子越过越红火\n本报记者 王五\n{rest}\n{again}\n"
    two = _page(body, gap).articles[-1]
    assert two.kicker == kicker and two.headline == "家门口就业，日子越过越红火"
    assert two.paragraphs[0] == half + rest


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("kicker", "opening"),
    [
        # Two kicker lines over a body that opens a sentence of its own stay kicker lines.
        ("绿水青山 冰天雪地", "今年冬天，某某县的滑雪场迎来了第一批游客。"),
        ("某县做强村集体经济", "近年来，某县把发展村集体经济作为乡村振兴的抓手。"),
    ],
)
def test_two_kicker_lines_over_a_body_that_opens_a_sentence_stay(kicker: str, opening: str, gap: str) -> None:
    body = BEFORE + f"{kicker}\n都是金山银山\n把小事办实 把实事办好\n本报记者 王五\n{opening}\n"
    two = _page(body, gap).articles[-1]
    assert two.paragraphs[0] == opening
    assert kicker in (two.kicker or "")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("label", ["核心阅读", "阅读提示"])
@pytest.mark.parametrize(
    "heading", ["某市把老菜场改造成文化街区\n留住城市的烟火气（走基层）", "某市把老菜场改造成文化街区  留住城市的烟火气（走基层）"]
)
def test_a_box_label_above_the_heading_block_opens_the_body(label: str, heading: str, gap: str) -> None:
    # The extraction put the first line of the story's summary box ("核心阅读") above its heading
    # block (kicker and title on two lines, or on one): the label opens the body, it is no
    # kicker and no banner, and the box's text under the byline follows it.
    summary = "老菜场改造后，保留了买菜的老功能，又添了小吃、书店和文创，成了市民的新去处。"
    body = BEFORE + f"{label}\n{heading}\n本报记者 王五\n{summary}\n清晨六点，菜场里已经人声鼎沸，摊主们忙着码放刚到的蔬菜。\n"
    one, two = _page(body, gap).articles
    assert (two.kicker, two.headline) == ("某市把老菜场改造成文化街区", "留住城市的烟火气（走基层）")
    assert list(two.paragraphs[:2]) == [label, summary] and two.byline == "本报记者 王五"
    assert one.paragraphs[-1].endswith("长势格外好。")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_an_opening_note_label_above_a_kicker_opens_the_body(gap: str) -> None:
    # "开栏的话" labels the editors' note opening a new column; printed above the kicker, it is
    # the body's first line, and the kicker is the place alone.
    note = "从本期起，本版推出“村名里的故事”栏目，讲述一个个村名背后的历史。"
    body = BEFORE + f"开栏的话\n某某县——\n一条老街串起百年村史（村名里的故事）\n本报记者 王五\n{note}\n村口的老槐树下，八十岁的李大爷讲起了村名的来历。\n"
    two = _page(body, gap).articles[-1]
    assert (two.kicker, two.headline) == ("某某县——", "一条老街串起百年村史（村名里的故事）")
    assert list(two.paragraphs[:2]) == ["开栏的话", note]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_box_label_under_the_byline_stays_the_first_paragraph(gap: str) -> None:
    # Printed where the paper puts it, under the byline, nothing moves.
    summary = "老菜场改造后，保留了买菜的老功能，又添了小吃、书店和文创，成了市民的新去处。"
    body = BEFORE + f"某市把老菜场改造成文化街区\n留住城市的烟火气（走基层）\n本报记者 王五\n核心阅读\n{summary}\n清晨六点，菜场里已经人声鼎沸。\n"
    two = _page(body, gap).articles[-1]
    assert (two.kicker, two.headline) == ("某市把老菜场改造成文化街区", "留住城市的烟火气（走基层）")
    assert list(two.paragraphs[:2]) == ["核心阅读", summary]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_column_label_above_a_heading_is_not_taken_for_a_box_label(gap: str) -> None:
    # A column's label ("读者来信") is no box of the story: it is not put into the body.
    body = BEFORE + "读者来信\n某市把老菜场改造成文化街区\n留住城市的烟火气（走基层）\n本报记者 王五\n清晨六点，菜场里已经人声鼎沸。\n"
    two = _page(body, gap).articles[-1]
    assert "读者来信" not in two.paragraphs and two.paragraphs[0] == "清晨六点，菜场里已经人声鼎沸。"


LETTER = [
    "来信收悉。你们扎根边疆教书育人，用青春和汗水书写了无悔的人生，我感到很欣慰。",
    "希望你们继续发扬优良传统，在祖国最艰苦的地方建功立业。",
    "（新华社北京5月3日电）",
]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("report", "writer"),
    [
        (["新华社北京5月3日电  在五四青年节到来之际，某某给某小学支教志愿者服务队回信，勉励他们扎根边疆。", "某小学是一所离国境线约47公里的寄宿制学校。"], "常  晋"),
        (["本报北京5月3日电  某小学支教志愿者服务队的队员们收到回信后，心情十分激动。"], "本报评论员"),
    ],
)
def test_a_dateline_report_over_a_heading_signed_by_its_own_writer_stays_with_the_story_before(report: list, writer: str, gap: str) -> None:
    # A story signs once: the heading under the report has its own writer, so the report (no
    # heading of its own) is not its displaced lead but goes on the story before.
    body = ["到基层和群众最需要的地方发光发热", "本报记者 钱多", *LETTER, *report, "以奋斗之我，答时代之问（今日谈）", writer,
            "远大理想，寄托于青年，也成就青年。青年一代有理想、有本领、有担当，国家就有前途。"]
    one, two = _page("\n".join(body), gap).articles
    assert report[-1].replace("  ", " ")[-20:] in one.body and two.paragraphs[0].startswith("远大理想")


REPORTS = [
    ["本报讯（记者 张三）近10年，某师范大学三万多名毕业生投身西部建设，在西部各省份基层就业。"],
    ["本报讯（记者 张三 李四）彩云之南，深山峡谷，某某江水碧绿澄澈。", "这几年，乡里的草果种植面积年年扩大。"],
    ["新华社北京2月21日电  近日，某某委员会发言人办公室介绍了立法工作情况。"],
]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("report", REPORTS)
@pytest.mark.parametrize("dateline", ["本报广州4月9日电（记者王五）", "本报讯（记者 王五）", "新华社广州4月9日电"])
def test_a_dateline_report_over_a_heading_under_a_dateline_of_its_own_stays_with_the_story_before(report: list, dateline: str, gap: str) -> None:
    # A story has one lead: the report (its heading lost) is no lead of a story opening on its own dateline.
    body = ["到基层和群众最需要的地方发光发热", "本报记者 钱多", *LETTER, *report, "某省加快绿色能源基础设施建设",
            dateline + "  为推动绿色能源基础设施建设，某电网今年将在某省打造一批绿色低碳示范工程。", "今年某省政府工作报告提出，将新增电源装机三千万千瓦。"]
    one, two = _page("\n".join(body), gap).articles
    assert report[-1].replace("  ", " ")[-20:] in one.body
    assert two.headline == "某省加快绿色能源基础设施建设" and two.paragraphs[0].startswith("为推动绿色能源")


def test_a_cut_copy_of_the_same_dateline_over_its_heading_is_still_its_lead() -> None:
    # The same dateline above and under the heading: the copy, not another story's report.
    lead = Draft(byline="本报广州4月9日电（记者王五）", paragraphs=["为推动绿色能源基础设施建设，某电网"], blocks=[5])
    story = Draft(headline="某省加快绿色能源基础设施建设", byline="本报广州4月9日电（记者王五）",
                  paragraphs=["为推动绿色能源基础设施建设，某电网今年将打造一批示范工程。"], blocks=[6])
    before = Draft(headline="到基层和群众最需要的地方发光发热", byline="本报记者 钱多", paragraphs=LETTER[:2], blocks=[0, 1])
    out = attach_headless([before, lead, story], [])
    assert out[0].paragraphs == LETTER[:2] and out[1].paragraphs == story.paragraphs


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_dateline_lead_over_a_heading_without_a_writer_is_that_story_s_lead(gap: str) -> None:
    body = ["到基层和群众最需要的地方发光发热", "本报记者 钱多", *LETTER,
            "本报北京5月3日电  记者从教育部获悉，今年将有更多高校毕业生赴西部支教。", "更多高校毕业生赴西部支教",
            "教育部有关负责人表示，将进一步完善支教保障政策，让志愿者安心扎根基层。"]
    one, two = _page("\n".join(body), gap).articles
    assert two.headline == "更多高校毕业生赴西部支教" and two.paragraphs[0].startswith("记者从教育部获悉")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("first", ["【关键词】“流动的课堂”", "【人物】乡村教师孔文"])
def test_a_labelled_paragraph_over_a_labelled_column_opens_it(first: str, gap: str) -> None:
    # "【关键词】…" / "把课堂送到山村里（暖心快评）" / writer / "【事件】…" / "【点评】…": the column
    # prints its paragraphs as a series of run-in labels; the one the extraction put above the
    # heading is the column's first, not the last paragraph of the story before (which has none).
    body = BEFORE + (
        f"{first}\n把课堂送到山村里（暖心快评）\n钱  多\n【事件】一辆改装的大巴车开进山村，车里坐满了来上课的孩子。\n"
        "【点评】流动的课堂，让山里的孩子也能学到新知识。\n"
    )
    one, two = _page(body, gap).articles
    assert not any("【" in p for p in one.paragraphs)
    assert two.paragraphs[0] == first
    assert two.paragraphs[1].startswith("【事件】")


# A page of photos under one heading: the heading's top line, the captions and credits of the
# photos, then the editors' note that opens the page ("编者按：…"), then the page's pieces.
_MONTAGE_PIECE = (
    "在某某林场守林二十年的护林员赵某某——\n一棵树一辈子\n本报记者 钱多\n"
    "天刚亮，赵某某就背起水壶进了山，二十年来他走过的巡山路能绕地球好几圈。\n"
    "林场的树一年比一年密，赵某某说，守好这片林子是他一辈子的事。\n"
)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("top", ["为了守护绿水青山，他们挺身而出", "守护一方林海，一代代人接力"])
@pytest.mark.parametrize("label", ["编者按：", "编者的话："])
@pytest.mark.parametrize("photos", [1, 3])
def test_a_montage_heading_keeps_its_top_line_over_the_editors_note(gap: str, top: str, label: str, photos: int) -> None:
    captions = "".join(f"图{'①②③'[n]}：护林员在林场巡山。\n某某县林业局供图\n" for n in range(photos))
    note = f"{label}今年是某某林场建场六十周年。六十年来，一代代护林人扎根山林。今天刊发一组报道，讲述他们的故事。\n"
    body = f"{top}\n记住那些种树护林的普通人\n{captions}{note}{_MONTAGE_PIECE}"
    first, piece = _page(body, gap).articles
    assert (first.kicker, first.headline) == (top, "记住那些种树护林的普通人")
    assert first.paragraphs[0] == note.strip() and len(first.captions) == 2 * photos
    assert (piece.kicker, piece.headline) == ("在某某林场守林二十年的护林员赵某某——", "一棵树一辈子")


COMMENTARY = (
    "从实践看，审批事项越减越少，经营主体数量快速增长，群众办事也越来越方便。\n"
    "今年以来，某市又推出一批便企利民的新举措，企业和群众的获得感不断增强。\n"
)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "summary",
    [
        "便民服务提速、审批流程瘦身，某市优化营商环境再出实招",
        "小微企业开办一天办结，审批清单越来越短，营商环境的含金量在提升",
        "前段时间，某市推出企业开办一天办结",
    ],
)
@pytest.mark.parametrize("writer", ["张三丰", "李小四"])
def test_prose_over_a_commentarys_title_is_its_text_not_its_kicker(summary: str, writer: str, gap: str) -> None:
    # A commentary (its title closed by its column tag, signed by its writer) seldom prints a
    # statement over its title: a line of prose there is its summary printed above the heading —
    # a sentence of three clauses, one opening with its time, one stopping mid-phrase.
    body = BEFORE + f"{summary}\n审批清单“瘦身”能带来什么（某某时评）\n{writer}\n{COMMENTARY}"
    a = _page(body, gap).articles[-1]
    assert (a.kicker, a.headline, a.byline) == (None, "审批清单“瘦身”能带来什么（某某时评）", writer)
    assert a.paragraphs[0].startswith(summary)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "statement",
    ["为了和平与正义，英雄挺身而出", "小微企业开办一天办结，营商环境的含金量在提升", "家电以旧换新，政策加力、企业受益、消费者得实惠"],
)
@pytest.mark.parametrize("writer", ["张三丰", "李小四"])
def test_a_whole_statement_over_a_commentarys_title_is_its_kicker(statement: str, writer: str, gap: str) -> None:
    # A page that redraws its kickers sets one over a commentary too: one statement, a topic and
    # its comment joined by one comma, closing on a word that closes clauses (roles.closes_a_statement).
    body = BEFORE + f"{statement}\n审批清单“瘦身”能带来什么（某某时评）\n{writer}\n{COMMENTARY}"
    a = _page(body, gap).articles[-1]
    assert (a.kicker, a.headline, a.byline) == (statement, "审批清单“瘦身”能带来什么（某某时评）", writer)
    assert a.paragraphs[0] == COMMENTARY.split("\n")[0]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_statement_over_a_reporters_tagged_title_stays_its_kicker(gap: str) -> None:
    summary = "便民服务提速、审批流程瘦身，某市优化营商环境再出实招"
    body = BEFORE + f"{summary}\n审批清单“瘦身”带来了什么（某某观察）\n本报记者 王五\n{COMMENTARY}"
    a = _page(body, gap).articles[-1]
    assert (a.kicker, a.headline) == (summary, "审批清单“瘦身”带来了什么（某某观察）")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "heading",
    [
        ["山乡果香浓"],  # a short title: it stops on a word that closes a phrase
        ["最是果香动人心"],
        ["村里办起果树课，专家上门来指导"],  # a title of two phrases and one comma
        ["小苹果，大产业"],
        ["某某县推动果品产业提质增效", "小苹果串起致富路"],
        ["某某县推动果品产业提质增效", "果园办起课堂，专家走进田间"],  # a kicker over a two-phrase title
    ],
)
def test_a_short_or_two_phrase_title_under_a_whole_lead_is_its_heading(heading: list[str], gap: str) -> None:
    # A local story's "本报讯（记者…）" lead printed whole above its heading block: a short title, or a
    # title of two phrases with a comma, over text that opens a clause of its own is that lead's
    # heading, not a crosshead of a brief (no news story is printed without its heading).
    lead = "本报讯（记者 王五）深秋的果园里，红透的苹果挂满枝头，果农们正忙着采摘装箱。"
    rest = "这些年，李青山带着技术员走遍了全县的果园，手把手教果农修剪、嫁接和防治病虫害。\n“果树和人一样，要顺着它的性子来。”他说。\n"
    body = BEFORE + SERIES_PIECE + lead + "\n" + "\n".join(heading) + "\n" + rest
    one, piece, two = _page(body, gap).articles
    assert two.headline == heading[-1] and two.kicker == (heading[0] if len(heading) == 2 else None)
    assert two.byline == "本报讯（记者 王五）" and two.paragraphs[0].startswith("深秋的果园里")
    assert two.paragraphs[1].startswith("这些年") and piece.paragraphs[-1].endswith("松不得。")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_two_phrase_title_cuts_the_lead_printed_above_it(gap: str) -> None:
    # "本报讯（记者 王五）果品卖不上价、销路" / kicker / "果园办起课堂，专家走进田间" / "不畅，…":
    # the heading printed inside its own lead's sentence, the title with a comma.
    body = (
        BEFORE + SERIES_PIECE + "本报讯（记者 王五）果品卖不上价、销路\n某某县推动果品产业提质增效\n果园办起课堂，专家走进田间\n"
        "不畅，是山区果农的老难处。今年以来，某某县建起冷库和电商服务站。\n“果子不愁卖了。”果农李青山说。\n"
    )
    one, piece, two = _page(body, gap).articles
    assert (two.kicker, two.headline) == ("某某县推动果品产业提质增效", "果园办起课堂，专家走进田间")
    assert two.paragraphs[0] == "果品卖不上价、销路不畅，是山区果农的老难处。今年以来，某某县建起冷库和电商服务站。"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("line", "after"),
    [
        # a line with a comma whose sentence the next line finishes mid-clause ("们正忙着…")
        ("记者走访发现，园里的果农", "们正忙着采摘装箱，一辆辆货车在园外排起了长队。"),
        # a phrase reporting speech goes on with what was said
        ("果农李青山说，今年的苹果", "比往年甜，收购商早早就来订货了。"),
        # a short line stopping on a word that needs what follows
        ("某某县北部山区是", "全省苹果的主产区，然而，由于交通不便，好苹果常常卖不上好价钱。"),
    ],
)
def test_a_line_cut_at_the_column_under_a_whole_lead_is_no_heading(line: str, after: str, gap: str) -> None:
    lead = "本报讯（记者 王五）深秋的果园里，红透的苹果挂满枝头，果农们正忙着采摘装箱。"
    body = BEFORE + SERIES_PIECE + lead + "\n" + line + "\n" + after + "\n"
    issue = _page(body, gap)
    assert all(a.headline != line for a in issue.articles)
    assert any(line in p for a in issue.articles for p in a.paragraphs)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "crossheads",
    [
        ("冷库建到了果园地头", "电商服务站开进山村"),
        ("果品有了新销路", "果农有了新盼头"),
        ("一座座冷库建到了果园地头", "一个个电商服务站开进了山村"),
    ],
)
def test_a_story_signed_by_the_lead_printed_above_its_heading_keeps_its_crossheads(crossheads: tuple[str, str], gap: str) -> None:
    # "本报讯（记者 王五）…。" / title / text / crosshead / text: the lead printed above the heading
    # signs the story as a byline line would, so a heading-like line inside it is weighed as a
    # crosshead of a signed story, not as the headline of an unsigned one.
    first, second = crossheads
    body = (
        BEFORE + SERIES_PIECE
        + "本报讯（记者 王五）深秋时节，某某县的果园里，红透的苹果挂满枝头，果农们正忙着采摘装箱。\n"
        "某某县推动果品产业提质增效促进农民增收\n"
        "这些年，某某县的苹果产量年年增长，可果品卖不上价、销路不畅，一直是果农的难处。\n"
        "为了让苹果卖上好价钱，某某县从储存和销售两头发力，帮果农把果品产业做大做强。\n"
        f"{first}\n"
        "在某某村的果园旁，一座新建的冷库刚刚投用，果农们把采摘下来的苹果直接送进冷库储存。\n"
        "“苹果进了冷库，错峰卖能多赚不少。”果农李青山说，今年他家的苹果一斤多卖了两毛钱。\n"
        f"{second}\n"
        "在某某村的电商服务站里，工作人员正忙着打包发货，一箱箱苹果从这里发往全国各地。\n"
        "据统计，今年以来，某某县通过电商销售的苹果超过一万吨，果农的收入明显增加。\n"
    )
    one, piece, two = _page(body, gap).articles
    assert two.headline == "某某县推动果品产业提质增效促进农民增收" and two.byline == "本报讯（记者 王五）"
    assert all(any(line in p for p in two.paragraphs) for line in crossheads) and two.paragraphs[-1].startswith("据统计")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("kicker", "title"),
    [
        ("某某县皮影戏：", "一口唱尽千年事 双手舞动百万兵（传承）"),
        ("某地剪纸：", "一把小剪刀剪出乡村新天地（非遗新传）"),
        ("老手艺：", "细细竹篾编出红红火火好日子（走进传统村落）"),
    ],
)
@pytest.mark.parametrize("space", ["", " ", "   "])
def test_a_colon_kicker_and_tagged_title_on_one_line_under_a_cut_lead_are_a_heading(kicker: str, title: str, space: str, gap: str) -> None:
    # "本报讯（记者 王五）“开戏喽！”正月里，某某县" / "某某县皮影戏：一口唱尽…（传承）" / text: the line
    # has a box line's "label：value" form, but a headline's length of title closed by a column tag;
    # the lead cut by it is its story's.
    body = (
        BEFORE + "本报讯（记者 王五）“开戏喽！”正月里，某某县\n"
        f"{kicker}{space}{title}\n"
        "文化广场上锣鼓喧天，老艺人们支起幕布，乡亲们早早搬来板凳等着看戏。\n“这门手艺得传下去。”老艺人赵六说。\n"
    )
    one, two = _page(body, gap).articles
    # (whether the kicker is split off its title is the heading's business, not the boundary's)
    assert ((two.kicker or "") + two.headline).replace(" ", "") == (kicker + title).replace(" ", "")
    assert two.byline == "本报讯（记者 王五）" and two.paragraphs[0].startswith("“开戏喽！”正月里，某某县文化广场")
    assert one.paragraphs[-1].endswith("长势格外好。")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_box_line_with_a_bracket_is_no_heading(gap: str) -> None:
    # "报名地址：某某县文化馆（工作日）" closes with a bracket but states a short value; it stays in
    # its story.
    body = BEFORE + "报名地址：某某县文化馆（工作日）\n" + "欢迎广大群众踊跃报名参加培训。\n"
    issue = _page(body, gap)
    assert len(issue.articles) == 1 and any("报名地址" in p for p in issue.articles[0].paragraphs)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("kicker", "title"),
    [
        ("某某市职业技术学院——", "照着一线教 瞄着需求学"),
        ("某某县第二社会福利院——", "人才留得住  成长有奔头"),
        ("某某村党支部书记——", "田里有学问 村里有奔头 心里有乡亲"),
        # one title phrase: a crosshead runs on after its dash, no space
        ("某省某某县——", "花团锦簇五千年"),
        ("扎根山村三十年的老支书张三——", "一生守着小山村"),
        ("某某镇某某村——", "荒山变成了“金山银山”"),
    ],
)
def test_a_dash_kicker_and_title_on_one_line_under_a_whole_lead_are_a_heading(kicker: str, title: str, gap: str) -> None:
    # "某某市职业技术学院——  照着一线教  瞄着需求学": a crosshead's "label——point" form, but a crosshead
    # names its point right after its dash, never after a space; under the story's lead printed
    # above it, it is that story's kicker and title.
    lead = "本报讯（记者 王五）“请沿着直线走一段距离。”在某某学院的实训室里，一场模拟问诊正在进行。"
    rest = "这种实践型的教学模式，是为了让学生一毕业就能上岗。\n“学生长期在一线实习，老师也紧跟行业的需求。”学院负责人说。\n"
    body = BEFORE + SERIES_PIECE + lead + "\n" + f"{kicker}  {title}\n" + rest
    one, piece, two = _page(body, gap).articles
    assert ((two.kicker or "") + two.headline).replace(" ", "") == (kicker + title).replace(" ", "")
    assert two.byline == "本报讯（记者 王五）" and two.paragraphs[1].startswith("这种实践型")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_dash_crosshead_of_one_point_stays_in_its_story(gap: str) -> None:
    # "一是练本领——把课堂搬进车间" inside a signed story: one point after the dash, no space: a crosshead.
    body = (
        BEFORE + "某某学院办学调查\n本报记者 赵六\n某某学院这些年紧盯行业需求办学，毕业生供不应求。\n"
        "练本领——把课堂搬进车间\n学院和二十多家企业共建实训基地，学生每学期都有一个月在车间实习。\n"
    )
    issue = _page(body, gap)
    assert [a.headline for a in issue.articles] == ["一渠清水润良田", "某某学院办学调查"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("title", "subtitle"),
    [
        ("某市“创客空间”何以汇聚起上百家科技创新企业", "一群年轻人，做着年轻的事业"),
        ("某县“老茶园”为何能成为年轻人周末扎堆的打卡地", "茶旅融合，让老产业焕新"),
        ("某地“小夜市”如何带火了一座城市的夜间消费", "一条老街，烟火气回来了"),
    ],
)
def test_a_title_line_holding_its_undashed_subtitle_is_split_as_two_heading_lines_are(title: str, subtitle: str, gap: str) -> None:
    # The same block with a 副题 printed after the title without a dash, the title the longer by half
    # (which alone makes a first part the kicker): the two parts are weighed as two heading lines
    # are (a title that asks, its answer under it), not taken for kicker and title.
    half, rest = "“零件的精度要控制在千分之一", "毫米，一丝一毫都马虎不得。”某某集团高级技师某某说。"
    body = BEFORE + f"{half}\n{title}   {subtitle}\n本报记者 王五\n{rest}\n"
    two = _page(body, gap).articles[-1]
    assert (two.kicker, two.headline, two.subtitle) == (None, title, subtitle)
    assert two.paragraphs[0] == half + rest


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("kicker", ["某某部门联合发布消费提示、风险警示", "老旧小区改造提速，居民出行更方便"])
@pytest.mark.parametrize("lead", ["前不久，某某公司的新厂房在开发区揭牌，二十余台设备陆续进场。", "凌晨4点，某某胡同的路灯还亮着，早点铺已经开门。"])
def test_a_kicker_over_a_story_opening_with_its_time_stays_the_kicker(kicker: str, lead: str, gap: str) -> None:
    # The story opens a sentence with when it happened: nothing of the kicker's goes on there.
    page = f"{kicker}\n某某行业活力足（财经眼）\n本报记者 王五\n{lead}\n“今年的订单比去年多。”负责人张某说。\n"
    (a,) = _page(page, gap).articles
    assert (a.kicker, a.headline, a.paragraphs[0]) == (kicker, "某某行业活力足（财经眼）", lead)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "kicker",
    [
        "立足资源禀赋，发展特色产业，某某村集体经济收入翻番",
        "政策更实了，服务更细了，企业更有信心了",
        "走进田间地头，倾听农民心声，某县干部蹲点调研解难题",
    ],
)
@pytest.mark.parametrize(
    "first",
    [
        "3月8日，记者来到某某村，只见果园里一派繁忙景象，村民们正忙着修剪果树、施肥浇水。",
        "清晨六点，某某镇的农贸市场已经热闹起来，摊主们忙着摆放新鲜蔬菜，前来采购的居民络绎不绝。",
        "“以前办一件事要跑好几趟，现在在家门口就能办好。”某某社区居民李大妈高兴地说。",
    ],
)
def test_a_kicker_of_three_short_clauses_stays_the_kicker(kicker: str, first: str, gap: str) -> None:
    # A kicker may state its news in three short clauses; under it the story opens a sentence of
    # its own, so the line is no half of the story's first sentence.
    body = BEFORE + f"{kicker}\n小山村走出致富路\n本报记者 王五\n{first}\n村里的路修好了，乡亲们的日子越过越红火。\n"
    one, two = _page(body, gap).articles
    assert (two.kicker, two.headline) == (kicker, "小山村走出致富路")
    assert two.paragraphs[0] == first and one.paragraphs[-1].endswith("长势格外好。")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("label", ["核心阅读", "阅读提示", "编者按"])
@pytest.mark.parametrize("mark", ["", "### "])
def test_a_kicker_over_a_story_whose_box_label_runs_after_its_lead_stays_the_kicker(label: str, mark: str, gap: str) -> None:
    # "本报讯（记者 王五）核心阅读" / the box's text: the lead was printed on the label's line and the
    # label joined to the box's first line; a paragraph opening with a box label opens the box,
    # so the kicker over the heading is no half of its first sentence.
    kicker = "某某投身乡村教育二十多年，探索乡村美育新路径"
    body = BEFORE + (
        f"{kicker}\n{mark}把“幸福花”种到更多地方（乡村守护者）\n本报讯（记者 王五）{label}\n"
        "从县城到山村，把美育课程送到一百多所学校；从课堂走向田野，让孩子们爱上艺术。\n"
        "村里的孩子们第一次拿起画笔，画下了家乡的山山水水。\n"
    )
    one, two = _page(body, gap).articles
    assert (two.kicker, two.headline) == (kicker, "把“幸福花”种到更多地方（乡村守护者）")
    assert kicker not in two.body and two.body.startswith(label)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("half", "rest"),
    [
        ("近年来，某县不断优化促进民营经济发展的税收政策，聚焦科技创新和小微企业等", "重点领域和关键环节，出台了一系列具有针对性的举措。"),
        ("某某公司成立于2015年3月由两家企业共同组建，注册资本十亿元，是本省", "首家同类公司，服务客户超过一千万人次。"),
    ],
)
def test_a_lead_of_three_clauses_one_running_on_goes_back_to_the_body(half: str, rest: str, gap: str) -> None:
    # A clause longer than any heading phrase says prose: the line is the first half of the lead's
    # sentence, cut by the heading block, however whole its last clause looks.
    body = BEFORE + f"{half}\n为民企厚植创新沃土（专家谈）\n本报记者 王五\n{rest}\n村里的路修好了，乡亲们的日子越过越红火。\n"
    one, two = _page(body, gap).articles
    assert two.kicker is None and two.paragraphs[0] == half + rest


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("salutation", ["各位代表：", "同志们：", "女士们、先生们：", "尊敬的各位来宾："])
def test_a_speechs_salutation_above_its_heading_opens_its_text(salutation: str, gap: str) -> None:
    body = (
        BEFORE + f"{salutation}\n某某市人民政府工作报告\n——2021年1月12日在某某市第八届人民代表大会第六次会议上\n市长 李四\n"
        "现在，我代表市政府，向大会报告工作，请予审议。\n"
    )
    one, two = _page(body, gap).articles
    assert two.kicker is None and two.headline == "某某市人民政府工作报告"
    assert list(two.paragraphs[:2]) == [salutation, "现在，我代表市政府，向大会报告工作，请予审议。"]
    assert salutation not in one.paragraphs


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_kicker_ending_in_a_colon_is_no_salutation(gap: str) -> None:
    body = BEFORE + "某地皮影戏：\n一口唱尽千年事\n本报记者 王五\n今年，全县皮影剧团演出三百余场。\n"
    two = _page(body, gap).articles[1]
    assert (two.kicker, two.headline) == ("某地皮影戏：", "一口唱尽千年事")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("kicker", "title", "byline", "rest"),
    [
        # over a commentary (a column tag, a writer's name), whose text opens with a rare character
        ("短视频“陪你看”、网络小说“为你读”等新业态近来爆火，法官提醒——", "守好家风家教这道防线（专题深思）", "张三",
         "好的家庭离不开好的家风家教，好的家风家教离不开每一位家庭成员的坚守。"),
        ("稳订单、拓市场，外贸企业主动求变——", "在某某港，看企业积极应变（走一线）", "本报记者 王五",
         "们口中的“新打法”，正在码头上一点点落地，集装箱吊装作业一刻不停。"),
    ],
)
def test_a_kicker_closed_by_its_dash_is_no_half_sentence(kicker: str, title: str, byline: str, rest: str, gap: str) -> None:
    # A kicker's "——" introduces the title under it: the line is a kicker whatever the body under
    # the heading opens with.
    two = _page(BEFORE + f"{kicker}\n{title}\n{byline}\n{rest}\n", gap).articles[-1]
    assert (two.kicker, two.headline) == (kicker, title) and two.paragraphs[0] == rest


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("“起点下降”叠加“即买即退”，某项新政受欢迎", "近年来，我国博物馆进入快速发展期，参观人数逐年增长，一票难求的场馆越来越多。"),
        ("老街巷里开出新书店，城南片区人气旺", "3月5日，某某书店在老街开门迎客，不少居民一早就来排队，店里座无虚席。"),
        ("政策更实了，服务更细了", "目前，全县已建成便民服务站点二十个，群众办事最多跑一次，满意率明显提升。"),
    ],
)
def test_no_sentence_is_joined_across_a_heading_into_text_opening_with_its_time(line: str, rest: str, gap: str) -> None:
    # The line over the heading ends on a word, not a clause mark, and the text under it opens as
    # a sentence does, with when it happened: the two are no sentence cut by the heading.
    photo = "江苏某市，游客在某某博物馆参观。\n张  锋摄\n"  # a photo feature: no byline, a credited caption
    two = _page(BEFORE + f"{line}\n博物惠民通古今\n{photo}{rest}\n", gap).articles[-1]
    assert two.headline == "博物惠民通古今" and two.paragraphs[0] == rest


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_sentence_cut_after_its_comma_joins_text_opening_with_its_time(gap: str) -> None:
    # "…，" / heading / "近年来，…": the comma says the sentence goes on below the heading.
    half = "街道干部说，这条老街过去到处是违章搭建，"
    rest = "近年来，经过多轮整治，老街恢复了青石板路，游客越来越多。"
    two = _page(BEFORE + f"{half}\n老街巷里的新活力\n本报记者 王五\n{rest}\n", gap).articles[-1]
    assert two.paragraphs[0] == half + rest


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "line", ["“起点下降”叠加“即买即退”，某项新政受欢迎", "老街巷里开出新书店，城南片区人气旺", "某省博物馆一季度接待游客创新高"]
)
def test_a_kicker_left_on_the_story_before_goes_to_its_title(line: str, gap: str) -> None:
    # A story ends on a sentence; a line that ends none over a title with no byline (a photo
    # feature: captions, then text) is that title's kicker, whatever the segmenter made of it.
    photo = "江苏某市，游客在某某博物馆参观。\n张  锋摄\n"
    rest = "近年来，我国博物馆进入快速发展期，参观人数逐年增长，一票难求的场馆越来越多。"
    one, two = _page(BEFORE + f"{line}\n博物惠民通古今\n{photo}{rest}\n", gap).articles
    assert (two.kicker, two.headline, two.paragraphs[0]) == (line, "博物惠民通古今", rest)
    assert one.paragraphs[-1].endswith("长势格外好。")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("line", ["案例来源：最高人民法院", "（本文来源：某某日报）", "【案情】某健身中心提供实弹射击"])
def test_a_note_ending_a_story_is_no_kicker_of_the_next(line: str, gap: str) -> None:
    photo = "江苏某市，游客在某某博物馆参观。\n张  锋摄\n"
    rest = "近年来，我国博物馆进入快速发展期，参观人数逐年增长，一票难求的场馆越来越多。"
    articles = _page(BEFORE + f"{line}\n博物惠民通古今\n{photo}{rest}\n", gap).articles
    assert all(a.kicker != line for a in articles)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "kicker",
    [
        "李四投身竹编事业三十多年，探索竹编多领域应用",
        "改编传统题材、创新舞台设计，某某小剧场戏曲受好评",
        "我国距离最远的某某输电工程，送电量累计超3000亿千瓦时",
    ],
)
@pytest.mark.parametrize(
    ("half", "rest"),
    [
        ("坐了近5个小时的飞机到达某某市，又搭乘3个多小时汽车，某某公司运维班一", "行，从某某市赶赴某某开发区“探亲”。"),
        ("戏曲是中华文化的瑰宝。我国戏曲剧种繁多，既有流传全国、", "流行区域广阔的剧种，也有流行范围较小的小剧种。"),
        ("2月22日，“春到万", "家”——某某鼓王大会在某某古城举办，来自10个省份的14支队伍同台竞技。"),
    ],
)
@pytest.mark.parametrize("caption", [False, True])
def test_a_kicker_stays_when_the_story_above_lends_the_half_sentence(kicker: str, half: str, rest: str, caption: bool, gap: str) -> None:
    # A lead printed above its heading block and cut by it: the body under the heading goes on
    # with the story above's last line, so that line, not the kicker, is the sentence's first half.
    photo = "图为工人在巡检线路。\n本报记者 张三 摄\n" if caption else ""
    body = BEFORE + f"{half}\n{photo}{kicker}\n把“致富竹”送到更多山乡（绿水青山守护者）\n本报记者 王五\n{rest}\n"
    one, two = _page(body, gap).articles
    assert two.kicker == kicker and two.headline == "把“致富竹”送到更多山乡（绿水青山守护者）"
    assert two.paragraphs[0] == half + rest
    assert one.paragraphs[-1].endswith("长势格外好。")


@pytest.mark.parametrize(
    ("half", "rest", "joined"),
    [
        ("随着乡村全面振兴战略的深入", "实施，农村精神文明建设取得显著成效，移风易俗蔚然成风。", True),
        ("《某县农村水利建设方案》明确", "要求，各乡镇要在年底前把水渠修到田间地头，确保旱涝保收。", True),
        ("西河村党支部书记孙有田", "认为，水渠修好了，村里的麦田才有盼头，日子才会越过越红火。", True),
        ("随着乡村全面振兴战略的深入", "目前，农村精神文明建设取得显著成效，移风易俗蔚然成风。", False),
        ("随着乡村全面振兴战略的深入", "因此，各乡镇要在年底前把水渠修到田间地头，确保旱涝保收。", False),
    ],
)
def test_a_clause_cut_by_a_heading_before_its_last_word_joins_the_story_under_it(half: str, rest: str, joined: bool) -> None:
    # "…战略的深入" / "村规民约树新风（金台视线…）" / "实施，…": a one-word clause that ends a longer
    # one (``sentences.opens_with_clause_end``: "实施，", "要求，", "认为，") goes on the short
    # half-sentence the story above stops with, cut by the heading between two words ("深入" /
    # "实施": no word is cut); a sentence opening with a connective or a time ("目前，", "因此，")
    # is a sentence of its own.
    a = Draft(headline="一渠清水润良田", paragraphs=["西河村的水渠修了三年，今年麦子长势格外好。", half], blocks=[0, 1])
    b = Draft(headline="村规民约树新风（金台视线·推进农村移风易俗）", paragraphs=[rest], blocks=[3])
    assert join_across_headings([a, b]) == int(joined)
    assert (b.paragraphs[0] == half + rest) is joined and (a.paragraphs[-1] == half) is not joined


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("note", ["案例来源：最高人民法院", "资料来源：某某市统计局", "来源：某某市中级人民法院"])
def test_a_note_closing_the_story_above_lends_no_half_sentence(note: str, gap: str) -> None:
    # "案例来源：最高人民法院" closes a case column; the kicker over the next heading, not the note,
    # is the first half of the sentence its body goes on with ("的今天，…").
    body = BEFORE + f"{note}\n几起案例提醒我们，在人工智能技术日新月异\n立规矩、明边界，强监管、促创新\n金歆\n" + (
        "的今天，法治领域的新问题不容忽视，推动人工智能在法治轨道上健康发展，既是技术问题也是治理问题。\n"
    )
    two = _page(body, gap).articles[-1]
    assert two.paragraphs[0].startswith("几起案例提醒我们，在人工智能技术日新月异的今天，")
    assert two.kicker is None


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("half", "kicker", "rest"),
    [
        ("某某省某某市的一处", "帮助许多难民免受迫害的外交官张三——", "墓园里，白色大理石墓围环抱着一座青黑色方碑，碑文清楚标记着此地长眠之人。"),
        ("阳光穿过云层洒落", "某某高铁项目团队突破组合拱桥设计施工难点——", "在水面上，波浪轻抚岸边，远处山水一色，古镇迎来了一年中最美的季节。"),
        ("物品坠落砸到车辆", "强风天气下，物品坠落、树木倾倒——", "近日，某地遭遇大风天气，一小区楼顶的杂物被吹落，砸坏了停在楼下的车辆。"),
        ("男女武将相继披挂", "某地皮影戏：", "亮相，紧接一段酣畅淋漓的武戏对打，台下观众看得入迷，掌声一阵高过一阵。"),
    ],
)
def test_a_line_over_a_kicker_that_introduces_its_title_is_the_leads_text(half: str, kicker: str, rest: str, gap: str) -> None:
    body = BEFORE + f"{half}\n{kicker}\n生命签证救难民\n本报记者 王五\n{rest}\n"
    two = _page(body, gap).articles[-1]
    assert two.kicker == kicker and two.headline == "生命签证救难民"
    assert two.paragraphs[0] == half + rest


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "top",
    [
        "王 五绘（新华社发）",  # a credit, no text of the lead
        "乡村振兴看今朝 ——某县特色产业纪实",  # a heading by its own form: parts set apart by a space
        "家门口就能看好病！",  # it ends as a heading does
    ],
)
def test_a_heading_or_credit_over_a_kicker_that_introduces_its_title_is_not_freed(top: str, gap: str) -> None:
    body = BEFORE + f"{top}\n帮助许多难民免受迫害的外交官张三——\n生命签证救难民\n本报记者 王五\n" + (
        "墓园里，白色大理石墓围环抱着一座青黑色方碑，碑文清楚标记着此地长眠之人。\n"
    )
    two = _page(body, gap).articles[-1]
    assert two.headline == "生命签证救难民"
    assert two.paragraphs[0].startswith("墓园里")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_line_over_a_lead_in_kicker_stays_out_of_a_dateline_lead(gap: str) -> None:
    # "本报讯（记者 …）" opens the story's text: nothing of the story stands before it.
    body = BEFORE + "男女武将相继披挂\n某地皮影戏：\n一口述说千古事 双手能舞百万兵（传承）\n" + (
        "本报讯（记者 王五）“演皮影戏喽！”正月里，某某县广场年味正浓，人群朝锣鼓声涌去。\n"
    )
    two = _page(body, gap).articles[-1]
    assert two.paragraphs[0].startswith("“演皮影戏喽！”")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "close",
    ["村里的路修好了，乡亲们的日子越过越红火。", "请广大群众做好个人防护，勤洗手、常通风。某某市疫情防控工作领导小组办公室 2021年1月26日"],
)
@pytest.mark.parametrize(
    "opening",
    [
        ["现在，我代表市政府，向大会报告工作，请予审议，并请市政协委员提出意见。"],
        ["受大会主席团委托，我向大会作报告。", "过去一年，我们在市委的坚强领导下，攻坚克难，砥砺前行。"],
    ],
)
def test_a_salutation_with_the_speechs_opening_above_its_heading_goes_to_the_speech(
    close: str, opening: list[str], gap: str
) -> None:
    # The extraction printed the speech's first paragraphs, salutation and all, before its heading
    # block, after a story that was done: they are the speech's, not the story's before.
    body = (
        BEFORE + f"{close}\n各位代表：\n" + "\n".join(opening)
        + "\n某某市人民政府工作报告\n——2021年1月12日在某某市第八届人民代表大会第六次会议上\n"
        "一、2020年工作回顾\n过去的一年，是极不平凡的一年。\n"
    )
    one, two = _page(body, gap).articles
    assert two.headline == "某某市人民政府工作报告"
    assert list(two.paragraphs[: len(opening) + 1]) == ["各位代表：", *opening]
    assert one.paragraphs[-1] == close


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_speechs_own_salutation_with_its_text_stays_in_the_speech(gap: str) -> None:
    # A speech that opens with its salutation under its own heading keeps it: three paragraphs and
    # more after a salutation are that speech's text, not the next one's opening.
    body = (
        "在全市经济工作会议上的讲话\n某某市委书记 李四\n同志们：\n今天召开全市经济工作会议，主要任务是总结工作。\n"
        "过去一年成绩来之不易，全市经济稳中有进。\n今年的任务更加艰巨，我们要迎难而上。\n"
        "某某县推进秋粮收购\n本报讯（记者 张三）连日来，某某县秋粮收购有序推进，农民售粮顺畅。\n"
    )
    one, two = _page(body, gap).articles
    assert one.paragraphs[0] == "同志们：" and two.headline == "某某县推进秋粮收购"
    assert "同志们：" not in two.paragraphs


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("place", "rest"),
    [
        ("湖北武汉市江岸区", "解放公园东南角，葱茏树木间，一座大理石纪念碑巍然矗立。"),
        ("在内蒙古自治区准格尔旗准格尔召镇", "黄天棉图村，过去每到农闲，村里的青壮劳力大多外出打工。"),
        ("重庆市九龙坡区谢家湾街道民主村", "社区是典型的老旧小区，旧房破损、业态落后。"),
    ],
)
def test_a_place_over_a_heading_is_where_its_lead_opens(place: str, rest: str, gap: str) -> None:
    # A kicker states what happened, or introduces its title with a colon or a dash; a place named
    # down to its street and nothing else is the scene the lead's first sentence opens in, cut off
    # by the heading block.
    body = BEFORE + f"{place}\n苏联援华航空队“鹰击长空”\n本报记者 王五\n{rest}\n村里的路修好了，乡亲们的日子越过越红火。\n"
    one, two = _page(body, gap).articles
    assert two.kicker is None and two.paragraphs[0] == place + rest


# A lead printed above its heading, left at the end of the story before, whose story's text goes
# on from it: its first sentence points back (transforms.sentences.points_back).
LEAD_ABOVE = "面对新形势，我们要坚定信心、苦练内功，重点抓好“三件事”。"
POINTING_BACK = [
    "一是产品力。市场的竞争，说到底是产品的竞争，要坚守传统工艺，把好每一道工序。",
    "后来，由于当时形势要求，集团把工艺改进作为头等大事，一抓就是十年。",
    "这种苦练内功的劲头，让集团在激烈的市场竞争中站稳了脚跟，销量逐年增长。",
    "在庐江县，这样的老字号还有很多，它们都把品质放在第一位，口碑越做越响。",
    "值得注意的是，集团把投诉率放在与销量同等重要的位置，口碑越做越响。",
]
HEAD_B = "坚守传统工艺  提升产品品质\n某某集团董事长  吴向东\n"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("body", POINTING_BACK)
def test_lead_above_a_heading_whose_text_points_back_to_it(body: str, gap: str) -> None:
    page = BEFORE + f"{LEAD_ABOVE}\n{HEAD_B}{body}\n二是营销力。品质是根本，营销是关键，集团充分利用各类平台讲好品牌故事。\n"
    one, two = _page(page, gap).articles
    assert two.headline == "坚守传统工艺 提升产品品质"
    assert two.paragraphs[:2] == (LEAD_ABOVE, body)
    assert one.paragraphs[-1].endswith("长势格外好。")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_lead_of_two_paragraphs_each_pointing_back(gap: str) -> None:
    second = "这种变化来之不易，离不开全体员工十年如一日的坚守。"
    page = BEFORE + f"{LEAD_ABOVE}\n{second}\n{HEAD_B}{POINTING_BACK[0]}\n"
    one, two = _page(page, gap).articles
    assert two.paragraphs[:3] == (LEAD_ABOVE, second, POINTING_BACK[0])
    assert one.paragraphs[-1].endswith("长势格外好。")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("last", "head", "body"),
    [
        # The text under the heading opens as a story does: the paragraph above stays.
        (LEAD_ABOVE, HEAD_B, "近年来，集团坚守传统工艺，把好每一道工序，产品口碑越做越响。"),
        # A note that signs the story above is never the next one's lead.
        ("（作者为某某大学教授）", HEAD_B, POINTING_BACK[0]),
        # A close that names its own story's heading ("一渠清水润良田") more than the next one's.
        ("一渠清水润良田，西河村的好日子还在后头。", HEAD_B, POINTING_BACK[0]),
        ("有了这渠清水，良田年年丰收，村民的日子越过越红火。", HEAD_B, POINTING_BACK[2]),
        # A story with its own dateline opens with it, whatever its first sentence says.
        (LEAD_ABOVE, "坚守传统工艺  提升产品品质\n", "本报讯（记者 吴向东）一是产品力。市场的竞争，说到底是产品的竞争。"),
    ],
)
def test_no_lead_moves_without_a_text_pointing_back_to_it(last: str, head: str, body: str, gap: str) -> None:
    page = BEFORE + f"{last}\n{head}{body}\n"
    one, two = _page(page, gap).articles
    assert one.paragraphs[-1] == last
    assert two.paragraphs[0] == body or two.byline == "本报讯（记者 吴向东）"


def _drafts(*stories: tuple[str, list[str]]) -> list[Draft]:
    return [Draft(headline=h, paragraphs=list(ps), blocks=list(range(len(ps)))) for h, ps in stories]


SUMMARY = "从国内到国际，把菌草技术推广到上百个国家；从食用菌转向草，助力沙漠变绿洲。"


@pytest.mark.parametrize("label", ["核心阅读", "阅读提示", "编者按", "开栏的话"])
def test_a_box_label_left_on_the_story_before_heads_the_box_under_the_next_heading(label: str) -> None:
    one, two = _drafts(
        ("一渠清水润良田", ["清晨的田埂上，村民们正忙着疏通水渠。", "西河村的水渠修了三年，麦子长势格外好。", label]),
        ("把“幸福草”带到更多地方", [SUMMARY, "林冬梅投身菌草事业二十多年。"]),
    )
    assert box_labels_to_their_box([one, two]) == 1
    assert one.paragraphs == ["清晨的田埂上，村民们正忙着疏通水渠。", "西河村的水渠修了三年，麦子长势格外好。"]
    assert two.paragraphs[:2] == [label, SUMMARY]
    assert len(one.blocks) == len(one.paragraphs) and len(two.blocks) == len(two.paragraphs)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (["西河村的水渠修了三年，麦子长势格外好。", "核心阅读核心阅读"], [SUMMARY]),  # no bare label
        (["核心阅读"], [SUMMARY]),  # the story above would be left with nothing
        (["西河村的水渠修了三年。", "核心阅读"], ["核心阅读", SUMMARY]),  # the box has its label
        (["核心阅读", "西河村的水渠修了三年，麦子长势格外好。"], [SUMMARY]),  # the label heads its own box
    ],
)
def test_no_box_label_moves_unless_it_ends_the_story_before(before: list[str], after: list[str]) -> None:
    one, two = _drafts(("一渠清水润良田", before), ("把“幸福草”带到更多地方", after))
    assert box_labels_to_their_box([one, two]) == 0
    assert one.paragraphs == before and two.paragraphs == after


NOTE = "青年兴则国家兴。本期报道，我们聚焦来自不同行业奋战在各自岗位的青年人，展现他们自信自强的风采。"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("signature", ["——编  者", "——编者"])
@pytest.mark.parametrize(
    "rest",
    [
        "青年企业家李承：\n研算法，成果越研越新。九点，他到研发实验室与技术团队探讨实验要点。",
        "清晨六点，年轻的护士已经走进病房，为病人测量体温、更换药液，一忙就是一上午。",
    ],
)
def test_an_editors_note_above_the_heading_its_signature_is_under(signature: str, rest: str, gap: str) -> None:
    page = BEFORE + f"{NOTE}\n中国底气 青年志气（时代之问 青春作答）\n{signature}\n{rest}\n"
    one, two = _page(page, gap).articles
    assert two.headline == "中国底气 青年志气（时代之问 青春作答）"
    assert two.paragraphs[0] == NOTE
    assert two.paragraphs[1].replace(" ", "") == "——编者"  # the signature, as the text normalises it
    assert one.paragraphs[-1].endswith("长势格外好。")


MUSEUMS = "近年来，我国博物馆进入快速发展期，全国免费开放博物馆数达6248家，占博物馆总数九成以上。"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "verse",
    [
        "馆阁林立似棋布，遗珍浩瀚发新韶。\n汲古探源开民智，文脉悠悠濡今朝。",
        "一渠清水润良田，十里麦浪映笑颜。",
    ],
)
def test_a_line_that_points_back_over_a_title_is_no_kicker(verse: str, gap: str) -> None:
    page = BEFORE + f"{MUSEUMS}\n这正是：\n博物惠民通古今\n本报记者 徐之文\n{verse}\n"
    one, two = _page(page, gap).articles
    assert two.headline == "博物惠民通古今" and two.kicker is None
    assert two.paragraphs[:2] == (MUSEUMS, "这正是：")
    assert one.paragraphs[-1].endswith("长势格外好。")



# A commentary's deck of two pull quotes, passages of its body printed again under the heading, the
# last without its full stop.
DECKS = [
    ("基础打得好，干事创业才有深厚支撑，才能举重若轻，事半功倍。", "所有向上生长的惊艳，都源自向下扎根的力量"),
    ("政策支持不是“大水漫灌”，贵在精准发力。", "既要瞄准真实需求，也要大力破堵点，优化消费环境"),
]
DECK_LEAD = "将树苗埋进沙坑，围着树苗一脚一脚地踩，踩实后添一层土继续踩……这是沙地边上的村民种树特有的一种“仪式”。"


def _deck_story(head: str, deck: int) -> str:
    """The lines from the heading block down: the deck, the lead and a body that prints the quotes."""
    one, two = DECKS[deck]
    return (
        f"{head}\n一脚一脚踩出春天（金台随笔）\n李  明\n{one}{two}\n{DECK_LEAD}\n"
        "谋定而后动。如果没有规划阶段的精雕细琢，就不会有后来的拔节生长。\n"
        f"{one}\n这些打基础的工作，往往看不见、摸不着，长久默默无闻，却是成事的根本所在。\n"
        f"种树的智慧，道出一个朴素道理：{two}。\n"
    )


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("deck", [0, 1])
@pytest.mark.parametrize("closing", ["", "（摘编自《某某日报》，原题为《反复开工等于白开工》）\n"])
@pytest.mark.parametrize(
    "kicker",
    [
        "某某总局、某某协会联合发布直播带货消费提示",
        "改编传统题材、创新舞台设计，首部小剧场剧目受好评",
        "掘进方向从水平到斜向、竖向、拐弯掘进，刀盘直径从0.5米到超16米",
    ],
)
def test_a_kicker_over_a_commentary_opening_on_its_deck_is_no_half_sentence(kicker: str, closing: str, deck: int, gap: str) -> None:
    # The text under the heading opens on a deck the body prints again where its own sentences
    # start: the kicker, which stops on no mark, is no first half of it, and the deck is read once.
    two = _page(BEFORE + closing + _deck_story(kicker, deck), gap).articles[-1]
    assert two.kicker == kicker and two.headline == "一脚一脚踩出春天（金台随笔）"
    text = "".join(two.paragraphs)
    assert two.paragraphs[0] == DECK_LEAD and all(text.count(q) == 1 for q in DECKS[deck])


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("deck", [0, 1])
@pytest.mark.parametrize("cut", [11, 14])
def test_a_deck_cut_by_its_heading_is_joined_and_read_once(cut: int, deck: int, gap: str) -> None:
    # The heading cut the deck: its first half over the title is printed in the body right before
    # the rest ("…才有深厚" / title / "支撑，…"), so it goes back to the deck, read once.
    one, _two = DECKS[deck]
    lines = _deck_story(one[:cut], deck).split("\n")
    lines[3] = lines[3][cut:]
    two = _page(BEFORE + "\n".join(lines), gap).articles[-1]
    assert two.kicker is None and two.headline == "一脚一脚踩出春天（金台随笔）"
    text = "".join(two.paragraphs)
    assert two.paragraphs[0] == DECK_LEAD and all(text.count(q) == 1 for q in DECKS[deck])


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("kicker", "title", "subtitle"),
    [
        # A kicker statement with clause marks that stays the kicker (a page of photos and the
        # editors' note under the heading: no sentence runs into a note's label) stands over the
        # title, not over a second kicker line: the line under the title is its 副题.
        ("为了和平与正义，英雄挺身而出", "铭记世界反法西斯战场上的中国人", "某某市某区推动新旧动能转化记"),
        ("某型钻机作业深度从地表到深层、超深层，钻头直径从0.2米到超2米", "某地古泉断流三十载后复涌", "一群年轻人，干着年轻的事业"),
    ],
)
@pytest.mark.parametrize("under", ["图①：刘某某（右）与家人合影。\n", "图①：刘某某（右）与家人合影。\n本报记者 王五摄\n"])
def test_a_kicker_statement_that_stays_stands_over_title_and_subtitle(kicker: str, title: str, subtitle: str, under: str, gap: str) -> None:
    body = f"{kicker}\n{title}\n{subtitle}\n{under}编者按：今年是中国人民抗日战争暨世界反法西斯战争胜利80周年。本版刊发一组报道，以飨读者。\n"
    two = _page(body, gap).articles[-1]
    assert (two.kicker, two.headline, two.subtitle) == (kicker, title, subtitle)
    assert two.paragraphs[0].startswith("编者按：今年是")
