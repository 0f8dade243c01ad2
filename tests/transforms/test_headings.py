"""Heading-line rules (transforms.headings) read through whole pages: made-up variations."""

from __future__ import annotations

import pytest

from tests.transforms.pages import parse_page as _page
from transforms.headings import LABELLED_TITLE, PLACE_TITLE, couplet, has_column_tag, heading_at, is_field, signature_at, split_heading_line, title_of_pair
from transforms.lines import Unit

BODY = "清晨的田埂上，村民们正忙着疏通水渠，渠水哗哗地流进麦田。\n“以前浇一次地要排好几天队。”种粮大户孙有田说。\n"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("kicker", "title"),
    [
        ("我国距离最远的某某特高压工程“甲—乙”，送电量累计超过3000亿千瓦时", "跨越3300多公里，“某地电”点亮江浙沪（经济新方位·重大工程一线）"),
        ("积极建设平台、完善配套机制，突出企业研发主体地位，推动产学研深度融合", "让技术链和应用链紧密衔接（科技视点·准确把握培育新兴产业群的主要路径）"),
    ],
)
def test_a_long_kicker_and_tagged_title_on_one_line(kicker: str, title: str, gap: str) -> None:
    assert len(f"{kicker} {title}") > 60
    (a,) = _page(f"{kicker}  {title}\n本报记者 钱多\n{BODY}", gap).articles
    assert (a.kicker, a.headline, a.byline) == (kicker, title, "本报记者 钱多")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("kicker", "title"),
    [
        ("湖北某某县推动优质农技服务直达田间", "村里办起技术课，专家上门来指导"),
        ("浙江某某市某某区推出“便民服务清单”", "让办事窗口离群众更近一步"),
        ("内蒙古某某旗探索草原生态保护新路子", "牧民守住绿色家园（美丽中国）"),
    ],
)
def test_a_kicker_opening_with_its_province_on_the_titles_line(kicker: str, title: str, gap: str) -> None:
    # A kicker says where the news is from and what was done there; printed on the title's line
    # (the line joined by the extraction) it is still the kicker.
    (a,) = _page(f"{kicker} {title}\n本报记者 钱多\n{BODY}", gap).articles
    assert (a.kicker, a.headline, a.byline) == (kicker, title, "本报记者 钱多")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("line", "kicker", "title"),
    [
        ("为了一村人的饮水安全，  他在山里守了二十年", "为了一村人的饮水安全，", "他在山里守了二十年"),
        ("从“没人管”到“抢着管”,  老旧小区有了新管家", "从“没人管”到“抢着管”，", "老旧小区有了新管家"),
        ("为守护一方碧水， “河小青”巡河守护二十年", "为守护一方碧水，", "“河小青”巡河守护二十年"),
    ],
)
def test_a_kicker_ending_in_its_comma_on_the_titles_line(line: str, kicker: str, title: str, gap: str) -> None:
    # The kicker's sentence runs on into its title; the extraction joined the two printed lines
    # with a space, which prose never prints after a comma.
    (a,) = _page(f"{line}\n本报记者 钱多\n{BODY}", gap).articles
    assert (a.kicker, a.headline) == (kicker, title)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("kicker", "title", "byline"),
    [
        ("扎根乡村三十年的老支书", "王小明", "本报记者 钱多"),  # a profile's title: the person it portrays
        ("某某市第一人民医院眼科主任", "李 华", "本报记者 钱多"),
        ("某市全面启动春季植树造林", "十万亩荒山披上新绿装", "本报记者 钱多"),  # where the news is from
        ("某某村发展特色种植", "“咱的日子越过越红火！”", "本报记者 钱多"),  # a quoted title
    ],
)
def test_a_kicker_built_unlike_its_title_on_the_titles_line(kicker: str, title: str, byline: str, gap: str) -> None:
    # Kicker and title printed on one line: the parts are no phrases of one couplet title.
    (a,) = _page(f"{kicker}  {title}\n{byline}\n{BODY}", gap).articles
    assert (a.kicker, a.headline, a.byline) == (kicker, title, byline)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "title",
    [
        "广东稳住外贸基本盘 浙江激发消费新活力",  # a couplet: phrases of one length
        "某某书记率队赴某地学习考察 为某市高质量发展寻方向",  # no province first, phrases of one length
        "江苏南京 某某区",  # a place, no statement
    ],
)
def test_a_title_of_two_phrases_without_a_province_kicker_stays_whole(title: str, gap: str) -> None:
    (a,) = _page(f"{title}\n本报记者 钱多\n{BODY}", gap).articles
    assert (a.kicker, a.headline) == (None, title)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_tagged_banner_over_a_kicker_and_a_couplet_title_is_the_pages_banner(gap: str) -> None:
    # A page of pieces under one banner: the banner's column tag does not make the first piece's
    # kicker and couplet title its 副题.
    banner = "汇聚品质力量  点亮美好生活（品牌故事）"
    page = (
        f"{banner}\n某某能源集团推进清洁能源转型\n提升服务品质  擦亮企业名片\n本报记者 钱多\n{BODY}"
        "某某银行打通跨境结算“快车道”\n织密服务网络  护航企业出海\n本报记者 王五\n"
        "某某银行推出跨境金融服务平台，帮助企业对接海外市场。\n平台上线以来，已服务外贸企业三百余家。\n"
    )
    result = _page(page, gap)
    one, two = result.articles
    assert (one.kicker, one.headline, one.subtitle) == ("某某能源集团推进清洁能源转型", "提升服务品质 擦亮企业名片", None)
    assert (two.kicker, two.headline) == ("某某银行打通跨境结算“快车道”", "织密服务网络 护航企业出海")
    assert result.accounting.chars_furniture >= len("汇聚品质力量点亮美好生活品牌故事")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("space", [" ", "  ", "   "])
@pytest.mark.parametrize(
    ("banner", "kicker", "title"),
    [
        ("汇聚品质力量  点亮美好生活（品牌故事）", "某某能源集团推进清洁能源转型", "提升服务品质  擦亮企业名片"),
        ("品牌引领发展  质量成就未来（品牌观察）", "某某乳业构建全链条质量管控体系", "守护舌尖安全  做强民族品牌"),
    ],
)
def test_a_tagged_banner_over_a_kicker_and_couplet_on_one_line_is_the_pages_banner(
    banner: str, kicker: str, title: str, space: str, gap: str
) -> None:
    # The same page with the first piece's kicker and couplet title printed on one line: a 副题
    # is one statement, never a statement and a couplet, so the line is the piece's heading.
    page = (
        f"{banner}\n{kicker}{space}{title}\n本报记者 钱多\n{BODY}"
        "某某银行打通跨境结算“快车道”\n织密服务网络  护航企业出海\n本报记者 王五\n"
        "某某银行推出跨境金融服务平台，帮助企业对接海外市场。\n平台上线以来，已服务外贸企业三百余家。\n"
    )
    result = _page(page, gap)
    one, two = result.articles
    assert (one.kicker, one.headline.replace("  ", " "), one.subtitle) == (kicker, title.replace("  ", " "), None)
    assert two.kicker == "某某银行打通跨境结算“快车道”"
    assert result.accounting.chars_furniture >= sum("\u4e00" <= c <= "\u9fff" for c in banner)  # the banner is furniture


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("under", ["到2027年某某关键设备联网率超过八成", "某某市出台十条措施支持企业上云"])
def test_a_tagged_title_over_one_plain_line_keeps_its_subtitle(under: str, gap: str) -> None:
    # One plain line under a tagged title is still its 副题 printed without a dash.
    (a,) = _page(f"某某行业数字化转型加快推进（经济聚焦）\n{under}\n本报记者 钱多\n{BODY}", gap).articles
    assert (a.kicker, a.headline, a.subtitle) == (None, "某某行业数字化转型加快推进（经济聚焦）", " ".join(under.split()))


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("title", "subtitle"),
    [
        ("民营经济和民营企业家勇挑重担、善作善为", "论学习贯彻某某总书记在民营经济座谈会上重要讲话"),
        ("劳动书写时代篇章  奋斗开创美好明天", "总书记勉励广大劳动群众弘扬劳模精神、奉献精神、工匠精神"),
        ("乡村振兴看今朝、特色产业促增收", "某某县发展特色产业带动村民群众增收致富系列纪实之三"),
    ],
)
def test_a_title_and_its_dashed_subtitle_on_one_line_with_clause_marks(title: str, subtitle: str, gap: str) -> None:
    assert len(f"{title}  ——{subtitle}") > 40  # shorter lines keep their spaces anyway
    (a,) = _page(f"{title}  ——{subtitle}\n本报记者 钱多\n{BODY}", gap).articles
    assert (a.headline.replace("  ", " "), a.subtitle, a.byline) == (title.replace("  ", " "), subtitle, "本报记者 钱多")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("byline", ["本报评论员", "本报记者 钱多"])
@pytest.mark.parametrize(
    ("title", "subtitle"),
    [
        ("把推动某某产业高质量发展摆在更加突出的战略位置", "论学习贯彻某某同志在部分省区市“十五五”时期经济社会发展座谈会上重要讲话"),
        ("准确把握阶段性要求，科学谋划某某新蓝图", "某某同志在部分省区市某某座谈会上的重要讲话为做好下一阶段经济社会发展工作指明方向、凝聚力量"),
        ("让“数字乡村”建设成果更多更公平惠及广大农民群众", "某某省某某县推进数字乡村建设、发展特色产业、助力乡村全面振兴的调查与思考"),
        # A 副题 naming its report may run to more clauses than prose after a dash would end on.
        ("奋力书写中国式现代化的地方篇章", "某某省深入学习贯彻某某会议精神，坚持稳中求进工作总基调，推动经济社会发展取得新成效综述"),
        ("在希望的田野上奏响新时代的丰收曲", "某某省某某县坚持藏粮于地、藏粮于技，扛稳扛牢粮食安全政治责任，加快推进农业农村现代化建设纪实"),
    ],
)
def test_a_title_and_its_subtitle_on_one_line_longer_than_a_headline(title: str, subtitle: str, byline: str, gap: str) -> None:
    # Each part is within a headline's length; the line, two printed lines put on one, is not.
    assert len(f"{title} ——{subtitle}") > 60
    (a,) = _page(f"{title} ——{subtitle}\n{byline}\n{BODY}", gap).articles
    assert (a.headline, a.subtitle, a.byline) == (title, subtitle, byline)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "line",
    [
        "某某县委书记在全县三级干部大会上强调要求 ——各级干部要把群众的小事当作大事来办，做到件件有回音、事事有着落，让群众真正满意。",
        "某某县水利局的老局长张某某接受记者采访时回忆起那段往事 ——那年冬天特别冷，我们在工地上一干就是三个月，每天天还不亮就出门干活",
    ],
)
def test_prose_with_a_spaced_dash_is_no_title_and_subtitle(line: str, gap: str) -> None:
    # A line of prose longer than a headline that says "——" after a space: it ends on a full stop,
    # or its part after the dash runs on with more clauses than a 副题 has.
    assert len(line) > 60
    (a,) = _page(f"某某县推进冬季农田水利建设\n本报记者 钱多\n{BODY}{line}\n冬修水利忙，来年好收成。\n", gap).articles
    assert a.headline == "某某县推进冬季农田水利建设" and any(line.split(" ——")[0] in p for p in a.paragraphs)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("line", "kicker", "title"),
    [
        ("王某代表—— 为技能人才营造更优环境（代表委员履职故事）", "王某代表——", "为技能人才营造更优环境（代表委员履职故事）"),
        ("河南某村——农旅融合搭起“增收桥”（新春走基层）", "河南某村——", "农旅融合搭起“增收桥”（新春走基层）"),
        ("李某委员—— 推动特色产业提质增效", "李某委员——", "推动特色产业提质增效"),
    ],
)
def test_a_kicker_ending_in_a_dash_and_its_title_on_one_line_over_a_byline(line: str, kicker: str, title: str, gap: str) -> None:
    # The line has a crosshead's form ("高质量发展——开放是必由之路"), but a byline stands under it.
    (a,) = _page(f"{line}\n本报记者 钱多\n{BODY}", gap).articles
    assert (a.kicker, a.headline, a.byline) == (kicker, title, "本报记者 钱多")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_dashed_crosshead_inside_a_story_stays_in_its_body(gap: str) -> None:
    (a,) = _page(f"一渠清水润良田\n本报记者 钱多\n{BODY}管水更要节水——用好每一方水\n{BODY}", gap).articles
    assert a.headline == "一渠清水润良田" and "管水更要节水——用好每一方水" in a.paragraphs


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("byline", "printed", "authors"),
    [
        ("本报记者", "本报记者", ()),
        ("新华社记者", "新华社记者", ()),
        ("本报调研组", "本报调研组", ()),
        ("本报记者\n王五  李四", "本报记者 王五 李四", ("王五", "李四")),
        ("本报记者\n孙  超", "本报记者 孙 超", ("孙超",)),
    ],
)
def test_a_team_signing_with_the_outlet_alone(byline: str, printed: str, authors: tuple, gap: str) -> None:
    # The byline names no one (or names them on the line under it): it is no title.
    (a,) = _page(f"各地认真组织学习教育——\n学有质量 查有力度 改有成效\n{byline}\n{BODY}", gap).articles
    assert (a.kicker, a.headline, a.byline, a.authors) == ("各地认真组织学习教育——", "学有质量 查有力度 改有成效", printed, authors)
    assert a.body.startswith("清晨的田埂上")


@pytest.mark.parametrize("credit", ["李  锴摄(人民视觉)", "张 强摄", "本报记者  孙  超摄", "本报记者 赵九摄", "本报记者 钱小多摄"])
def test_a_photo_credit_under_a_heading_is_no_signature(credit: str) -> None:
    units = [Unit("古镇里开起老年学堂（走进传统村落）", 0), Unit(credit, 1), Unit("清晨的田埂上，村民们正忙着疏通水渠。", 2)]
    assert not signature_at(units, 1)
    a = _page(f"古镇里开起老年学堂（走进传统村落）\n村民在新修的渠道边查看水情。\n{credit}\n本报讯（记者 李蕊）{BODY}", "\n\n").articles[0]
    assert a.byline == "本报讯（记者 李蕊）" and a.authors == ("李蕊",)
    assert a.body.startswith("清晨的田埂上")


def test_a_long_prose_line_ending_in_a_bracket_is_no_heading() -> None:
    line = "今年以来，我市累计新建改建农村公路一百二十公里，新增客运班线十二条，惠及沿线群众五万余人，群众出行更加便利 记者从市里获悉（据市交通运输局）"
    assert len(line) > 60
    assert not heading_at([Unit(line, 0), Unit("本报记者 钱多", 1)], 0)


TEAM = "本报记者 王五"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("kicker", "title"),
    [
        ("近十年，某某师范大学两万多名毕业生扎根西部基层", "到最艰苦的地方奉献青春力量（报效祖国 建功西部）"),
        ("某某县把冷资源变成热产业", "冰雪经济火起来（坚定信心 打开新天地）"),
    ],
)
def test_a_kicker_and_a_title_whose_column_tag_has_a_space_on_one_line(kicker: str, title: str, gap: str) -> None:
    # The space inside the tag's bracket is no break between kicker and title.
    (a,) = _page(f"{kicker} {title}\n{TEAM}\n{BODY}", gap).articles
    assert (a.kicker, a.headline) == (kicker, title)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("before", ["", "一渠清水润良田\n本报记者 钱多\n" + BODY])
def test_a_title_with_its_subtitle_on_one_line_inside_the_lead_printed_above_it(before: str, gap: str) -> None:
    # Lead above its heading, cut mid-sentence: "…为基层" / heading / "减负专项…".  The spaced dash
    # makes the line a heading (no crosshead), and the halves of the sentence are joined.
    body = before + (
        "本报讯（记者 王五）为基层松绑就是为发展助力。今年以来，各地纠治形式主义为基层\n"
        "为治理赋能 为实干撑腰 ——各地纠治形式主义为基层松绑工作综述\n"
        "松绑专项工作机制会议强调，要更加注重源头治理，为基层减负。\n各地驰而不息抓作风，基层干部有了更多时间抓落实。\n"
    )
    a = _page(body, gap).articles[-1]
    assert (a.headline, a.subtitle, a.byline) == ("为治理赋能 为实干撑腰", "各地纠治形式主义为基层松绑工作综述", "本报讯（记者 王五）")
    assert "各地纠治形式主义为基层松绑专项工作机制会议强调" in a.paragraphs[0]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_half_sentence_over_a_title_with_its_subtitle_on_one_line_goes_back_to_the_body(gap: str) -> None:
    body = (
        "当历史进入新的一年，世界比以往更加渴\n大国应有的样子 ——某某年春季元首外交纪事\n"
        "望确定性、引领力和方向感，各国纷纷把视线投向中国，渴望合作的声音越来越多。\n各国领导人纷纷表示，愿同中国加强合作。\n"
    )
    (a,) = _page(body, gap).articles
    assert (a.kicker, a.headline, a.subtitle) == (None, "大国应有的样子", "某某年春季元首外交纪事")
    assert a.paragraphs[0].startswith("当历史进入新的一年，世界比以往更加渴望确定性")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("name", ["石  羚", "张贺", "陈某某（某某大学教授）"])
@pytest.mark.parametrize(
    ("first", "rest"),
    [
        ("时间刻度尺串联起“起点”与“高点”，就是我", "国纯电动汽车行业从小到大、由大到强的成长史。"),
        ("何为“东方式浪漫”？黄昏时分，湖面风不起，游客拍", "摄到落霞与孤鹜齐飞的场景，引发一片赞叹。"),
    ],
)
def test_a_signature_over_a_body_line_cut_at_the_column_edge(name: str, first: str, rest: str, gap: str) -> None:
    # The body's first printed line has clause marks and stops mid-sentence: it is no heading, so
    # the names-only line over it signs the piece.
    before = "一渠清水润良田\n本报记者 钱多\n" + BODY
    a = _page(f"{before}从“起点”到“高点”（人民论坛）\n{name}\n{first}\n{rest}\n", gap).articles[-1]
    assert a.headline == "从“起点”到“高点”（人民论坛）" and a.byline == " ".join(name.split())
    assert a.paragraphs[0] == first + rest


OTHER = "条例自下月起施行，新增婚姻家庭辅导服务等内容。\n民政部门负责人表示，将做好条例的宣传解读工作。\n"


@pytest.mark.parametrize("kicker", ["李某签署国务院令", "应对美滥施关税", "全市启动春季造林"])
def test_a_statement_standing_alone_over_a_title_is_its_kicker(kicker: str) -> None:
    # A standing column label is a short name ("纵横", "记者手记"); a longer line is a statement.
    before = "一渠清水润良田\n本报记者 钱多\n" + BODY
    a = _page(f"{before}{kicker}\n公布修订后的某某条例\n本报记者 王五\n{OTHER}", "\n\n").articles[-1]
    assert (a.kicker, a.headline) == (kicker, "公布修订后的某某条例")


@pytest.mark.parametrize("label", ["纵横", "记者手记", "“创城”在行动"])
def test_a_short_label_standing_alone_over_a_title_is_furniture(label: str) -> None:
    before = "一渠清水润良田\n本报记者 钱多\n" + BODY
    result = _page(f"{before}{label}\n公布修订后的某某条例\n本报记者 王五\n{OTHER}", "\n\n")
    a = result.articles[-1]
    assert (a.kicker, a.headline) == (None, "公布修订后的某某条例")
    assert label not in a.body and result.accounting.chars_furniture > 0


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("tag", ["（坚定信心，开创改革发展新局面）", "（奋勇争先，全力冲刺“十四五”）"])
def test_a_column_tag_with_a_comma_in_its_slogan(tag: str, gap: str) -> None:
    kicker, title = "把冷资源变成热产业", f"某省推动冰雪经济高质量发展{tag}"
    assert has_column_tag(title)
    (a,) = _page(f"{kicker} {title}\n{TEAM}\n{BODY}", gap).articles
    assert (a.kicker, a.headline, a.byline) == (kicker, title, TEAM)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("place", ["浙江某某市", "某某县", "山西某某市某某镇"])
def test_a_place_and_a_name_over_a_heading_sign_the_piece_before_it(place: str, gap: str) -> None:
    # A reader's letter ends "浙江某某市  杨某某"; the next piece's kicker starts after it.
    page = (
        f"一渠清水润良田\n本报记者 钱多\n{BODY}{place}  杨某某\n"
        "村民共同商定，干部带头遵守——\n妙用公约破陈规（大家谈）\n本报记者 王五\n"
        "农村天价彩礼、攀比浪费等问题，群众反映强烈。\n村里成立红白理事会，党员带头移风易俗。\n"
    )
    one, two = _page(page, gap).articles
    assert one.paragraphs[-1] == f"{place} 杨某某"
    assert (two.kicker, two.headline, two.byline) == ("村民共同商定，干部带头遵守——", "妙用公约破陈规（大家谈）", "本报记者 王五")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("name", ["赵  明文", "钱  明", "孙 某"])
def test_a_name_spaced_out_after_a_verse_signs_it_and_is_no_kicker(name: str, gap: str) -> None:
    # An essay closes with a verse and its writer's name spaced out; the commentary after it
    # has its own title and byline, and no kicker.
    page = (
        f"古韵新声入万家\n本报记者 钱多\n{BODY}这正是：\n石径通幽连古巷，\n新枝吐绿映春光。\n{name}\n"
        "检查考核岂能只看“台账厚度”（纵横）\n钱多多\n"
        "不久前，某地要求基层每月报送各类台账。\n台账越做越厚，干部越忙越累。\n"
    )
    one, two = _page(page, gap).articles
    printed = " ".join(name.split())
    assert one.paragraphs[-1] == printed and one.byline == "本报记者 钱多"
    assert (two.kicker, two.headline, two.byline) == (None, "检查考核岂能只看“台账厚度”（纵横）", "钱多多")
    assert two.paragraphs[0].startswith("不久前")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("label", ["回  信", "纵 横"])
def test_a_spaced_label_is_no_signature(label: str, gap: str) -> None:
    # Only a surname opens a spaced name: a spaced label over a title is still the title's kicker
    # or the page's label, never the piece before it signed; a letter's label ("回  信") put
    # above its heading opens the letter under it.
    other = "乡村大舞台上，剧团一连演了三场。\n台下坐满了从邻村赶来的乡亲。\n"
    page = f"古韵新声入万家\n本报记者 钱多\n{BODY}{label}\n某县推动优质演出走进乡村\n本报记者 王五\n{other}"
    one, two = _page(page, gap).articles
    printed = " ".join(label.split())
    assert printed not in one.paragraphs and printed not in (one.byline or "")
    assert two.headline == "某县推动优质演出走进乡村"
    if label.replace(" ", "") == "回信":
        assert two.paragraphs[0] == printed
    else:
        assert printed not in two.paragraphs


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_place_and_a_name_over_the_next_storys_lead_sign_the_piece_before_it(gap: str) -> None:
    # The next story's lead printed above its heading: the signature is still no headline.
    page = (
        f"一渠清水润良田\n本报记者 钱多\n{BODY}浙江某某市  杨某某\n"
        "本报讯（记者 王五）农村天价彩礼、攀比浪费等问题，群众反映强烈。\n"
        "村民共同商定，干部带头遵守——\n妙用公约破陈规（大家谈）\n村里成立红白理事会，党员带头移风易俗。\n"
    )
    articles = _page(page, gap).articles
    assert "浙江某某市 杨某某" in articles[0].paragraphs
    assert all(a.headline != "浙江某某市 杨某某" and "浙江某某市 杨某某" not in (a.kicker or "") for a in articles)


@pytest.mark.parametrize("label", ["纵横", "今日谈", "心声"])
@pytest.mark.parametrize("writer", ["王五", "张 贺", "青年学者 杜某某"])
def test_a_column_name_over_a_commentary_signed_by_its_writer_is_its_kicker(label: str, writer: str) -> None:
    # The writer signs under the title (a name, no 记者): the label is the commentary's column.
    before = "一渠清水润良田\n本报记者 钱多\n" + BODY
    result = _page(f"{before}{label}\n修渠也要修心\n{writer}\n{OTHER}", "\n\n")
    a = result.articles[-1]
    assert (a.kicker, a.headline, a.byline) == (label, "修渠也要修心", writer)


COUPLET = "春风化雨育新人  立德树人谱新篇"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("second", "kicker", "title", "subtitle"),
    [
        # A plain line longer than the couplet: the couplet is the title, the line its 副题.
        ("全市教育系统深入推进思政课改革综述", None, COUPLET, "全市教育系统深入推进思政课改革综述"),
        ("总书记勉励广大教师潜心育人、以德施教", None, COUPLET, "总书记勉励广大教师潜心育人、以德施教"),
        # The line with the column tag or the quoted words is the title, the couplet its kicker.
        ("某中学思政课上出“新味道”", COUPLET, "某中学思政课上出“新味道”", None),
        ("思政课堂换新颜（教育新观察）", COUPLET, "思政课堂换新颜（教育新观察）", None),
        # … and so is a shorter line under it.
        ("思政课这样上", COUPLET, "思政课这样上", None),
    ],
)
def test_a_couplet_over_a_plain_longer_line_is_the_title_over_its_subtitle(second, kicker, title, subtitle, gap: str) -> None:
    body = f"{COUPLET}\n{second}\n本报记者 钱多\n开学第一课，某中学的思政课堂座无虚席，老师用一段老校友的故事开讲，学生们听得入神。\n"
    (a,) = _page(body, gap).articles
    assert (a.kicker, a.headline, a.subtitle) == (_one_space(kicker), _one_space(title), subtitle)


def _one_space(text: str | None) -> str | None:
    """The parser's normalised form of a printed heading: runs of spaces closed to one."""
    return " ".join(text.split()) if text else text


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("first", "kicker", "title"),
    [
        ("某某市委召开常委会会议 研究部署当前经济工作和民生保障", "某某市委召开常委会会议", "研究部署当前经济工作和民生保障"),
        ("全市春季植树造林动员会召开 部署国土绿化重点任务", "全市春季植树造林动员会召开", "部署国土绿化重点任务"),
    ],
)
def test_kicker_and_title_on_one_line_over_the_line_of_who_presided(first: str, kicker: str, title: str, gap: str) -> None:
    # "某某会议召开" / "研究部署某项工作" / "某某主持会议", the first two printed on one line.
    body = f"{first}\n市委书记李四主持会议\n本报讯 3月8日，会议传达学习了有关会议精神，研究部署了下一阶段重点工作。\n"
    (a,) = _page(body, gap).articles
    assert (a.kicker, a.headline, a.subtitle) == (kicker, title, "市委书记李四主持会议")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_couplet_over_a_short_title_stays_kicker_and_title(gap: str) -> None:
    body = "春暖花开 万物复苏\n春耕生产正当时\n本报讯 眼下正值春耕时节，全市各地抢抓农时，田间地头一派繁忙景象。\n"
    (a,) = _page(body, gap).articles
    assert (a.kicker, a.headline, a.subtitle) == ("春暖花开 万物复苏", "春耕生产正当时", None)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("first", ["某某遗址第二期出土的", "考古队员在探方里找到了一批石器和", "这批文物将"])
def test_a_name_over_a_line_that_stops_on_a_function_word_signs_the_piece(first: str, gap: str) -> None:
    # "…出土的" cannot end a heading: it is the body's first line cut at the column's edge,
    # so the name above it signs the piece and is no heading line.
    body = f"某省十大考古新发现——\n见物 见人 见生活\n吴小禾\n{first}\n陶罐、骨针和石器，工艺精细，保存完好，展现了先民的生活图景。\n"
    (a,) = _page(body, gap).articles
    assert (a.kicker, a.headline, a.byline) == ("某省十大考古新发现——", "见物 见人 见生活", "吴小禾")
    assert a.paragraphs[0].startswith(first)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("source", ["资料来源：某某研究院", "数据来源：某某市统计局"])
def test_a_chart_title_over_its_data_source_is_a_caption(source: str, gap: str) -> None:
    # A chart under the byline: its title is no headline and the name over it signs the piece.
    body = (
        "聚变能源的愿景（前沿观察）\n吴小禾\n某装置建成后取得的主要成果\n" + source + "\n"
        "地球上的化石能源总有一天会耗尽，人类靠什么生活？科学家把目光投向了可控核聚变。\n"
    )
    (a,) = _page(body, gap).articles
    assert (a.headline, a.byline) == ("聚变能源的愿景（前沿观察）", "吴小禾")
    assert "某装置建成后取得的主要成果" in a.captions and a.paragraphs[0].startswith("地球上的化石能源")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("kicker", "title", "source"),
    [
        ("某地乡村物流网点实现村村覆盖", "快递进村有了新变化（数据观察）", "数据来源：某某局"),
        ("全省新能源汽车保有量持续攀升", "充电桩跑出加速度（经济聚焦）", "资料来源：某省能源局"),
        ("某市居民人均可支配收入稳步增长", "钱袋子鼓起来了（民生数据）", "数据来源：某市统计局"),
    ],
)
def test_a_tagged_title_over_its_story_s_chart_source_is_the_heading(kicker: str, title: str, source: str, gap: str) -> None:
    # Kicker / title closed by its column tag / the chart's source and maker / text: a chart's own
    # title carries no column tag, so the tagged line is the story's title, not the chart's.
    body = (
        f"{kicker}\n{title}\n{source}\n制图：张小丹\n"
        "今年一季度，全省各项指标稳中有升，多项数据创下同期新高，发展态势持续向好。\n"
        "业内人士表示，随着相关政策持续发力，这一势头有望延续。\n"
    )
    (a,) = _page(body, gap).articles
    assert (a.kicker, a.headline) == (kicker, title)
    assert a.paragraphs[0].startswith("今年一季度")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_chart_wedged_inside_a_sentence_is_no_heading_and_the_halves_join(gap: str) -> None:
    body = (
        "聚变能源的愿景（前沿观察）\n本报记者 钱多\n目前，由于长期缺少合适的试验装置，燃烧等离子体的\n"
        "某装置建成后取得的主要成果\n资料来源：某某研究院\n机理研究深度还不足，相关问题还需要进一步验证。\n"
    )
    (a,) = _page(body, gap).articles
    assert a.paragraphs[0] == "目前，由于长期缺少合适的试验装置，燃烧等离子体的机理研究深度还不足，相关问题还需要进一步验证。"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("labels", [("图三", "图四"), ("图①", "图②"), ("图1", "图2")])
def test_a_figure_number_standing_alone_is_no_heading(labels: tuple, gap: str) -> None:
    body = (
        "聚变能源的愿景（前沿观察）\n吴小禾\n" + "\n".join(labels) + "\n"
        "地球上的化石能源总有一天会耗尽，人类靠什么生活？科学家把目光投向了可控核聚变。\n"
    )
    (a,) = _page(body, gap).articles
    assert (a.kicker, a.headline, a.byline) == (None, "聚变能源的愿景（前沿观察）", "吴小禾")
    assert a.paragraphs[0] == labels[0]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(("first", "rest"), [("《某某市关于加强", "老年教育工作的意见》提出，要扩大老年教育资源供给。"), ("“老有所学", "也是老有所乐。”村里的老人们这样说。")])
def test_a_name_over_a_line_that_opens_a_title_or_quote_it_does_not_close_signs_the_piece(first: str, rest: str, gap: str) -> None:
    body = f"让乡村老年人老有所乐（余音）\n吴  峰\n{first}\n{rest}\n"
    (a,) = _page(body, gap).articles
    assert (a.headline, a.byline) == ("让乡村老年人老有所乐（余音）", "吴 峰")
    assert a.paragraphs[0] == first + rest


@pytest.mark.parametrize(
    "paragraph",
    [
        "在堆满彩绸的工作台前，扎作技艺传承人王五（上图，受访者供图）手持篾刀，将一根毛竹劈成薄薄的篾条。",
        "村里的老党员孙有田（左图）说起这些年的变化，最先提到的是门前那条水泥路。",
        "走进车间，工人们正在调试新下线的机器人（见右图），一台机器人一天能完成过去三个人的活。",
    ],
)
def test_a_paragraph_pointing_at_its_photo_in_brackets_is_no_caption(paragraph: str) -> None:
    from transforms.headings import caption_at
    from transforms.lines import Unit

    units = [Unit(paragraph, 0, False), Unit("“以前浇一次地要排好几天队。”种粮大户孙有田说。", 1, False)]
    assert not caption_at(units, 0)


@pytest.mark.parametrize(
    "caption",
    [
        "图为村民在新修的水渠边查看麦苗长势。", "上图：工人正在调试新下线的机器人。", "左图为某某村新貌，右图为某某村旧貌。",
        "某某展出的清代年画（图）。", "9月3日，某某县秋收现场会举行。图为农机手驾驶收割机作业。", "（图为某某村新修的水渠）",
        "某某节开幕。 图为游客在展台前参观。",
    ],
)
def test_a_caption_that_says_so_is_still_a_caption(caption: str) -> None:
    from transforms.headings import caption_at
    from transforms.lines import Unit

    units = [Unit(caption, 0, False), Unit("“以前浇一次地要排好几天队。”种粮大户孙有田说。", 1, False)]
    assert caption_at(units, 0)


@pytest.mark.parametrize(
    "paragraph",
    [
        "2023年，某某来到某组织总部实习。在这里，他参与开发的粮食安全交互地图为多国农业部门决策提供了参考。",
        "某某县力图为群众办好每一件实事，今年已新修道路二十公里。",
        "这张规划蓝图为某某新区的发展指明了方向。",
    ],
)
def test_a_word_ending_in_tu_before_wei_is_no_caption_pointer(paragraph: str) -> None:
    # "地图为…", "力图为…", "蓝图为…": 图为 inside the text's words, not a caption's opening "图为".
    from transforms.headings import caption_at
    from transforms.lines import Unit

    units = [Unit(paragraph, 0, False), Unit("“以前浇一次地要排好几天队。”种粮大户孙有田说。", 1, False)]
    assert not caption_at(units, 0)


GUEST = "2024年，某某酒厂的品牌价值再创新高，产品走进30余个国家。\n品质是立身之本，酒厂建起从一颗米到一杯酒的全链条品控体系。\n"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("writer", "authors"),
    [
        ("某某酿造集团有限公司党委书记、董事长  张  正", ("张正",)),  # an office and its posts
        ("某某消费信贷股份有限公司党委书记、总经理  章某清", ("章某清",)),
        ("某某集团董事长  吴某东", ("吴某东",)),
        ("浙江杭州  毕某俊", ("毕某俊",)),  # a reader's place and name, as a commentary column signs
        ("广西桂林  苑某阔", ("苑某阔",)),
        ("尼古拉·某某夫", ()),  # a transliterated name
    ],
)
def test_a_writers_line_under_a_title_signs_a_piece_of_its_own(writer: str, authors: tuple, gap: str) -> None:
    # A guest piece after a signed story: title, who writes (no 记者), prose.  Before, the
    # writer's line read as a heading line and the piece ran on in the story before it.
    before = "一渠清水润良田\n本报记者 钱多\n" + BODY
    articles = _page(f"{before}融合数字技术  构建品控体系\n{writer}\n{GUEST}", gap).articles
    assert [a.headline for a in articles] == ["一渠清水润良田", "融合数字技术 构建品控体系"]
    assert articles[1].paragraphs[0].startswith("2024年") and tuple(articles[1].authors) == authors
    assert articles[1].byline == _one_space(writer)


@pytest.mark.parametrize("second", ["美丽乡村  焕新颜", "春耕备耕  正当时"])
def test_a_phrase_couplet_under_a_title_is_no_writer(second: str) -> None:
    # The shape of a place or a post and a name, but no name: the heading's second line.  (Printed
    # as a block of its own, a post-and-name line is still read as a writer: ``name_line_at``.)
    (a,) = _page(f"某某县扎实推进和美乡村建设\n{second}\n本报记者 钱多\n{GUEST}").articles
    assert a.byline == "本报记者 钱多" and second.split()[1] in f"{a.kicker} {a.headline} {a.subtitle}"


THEORY = "习近平总书记指出，处理好开发和养护的关系，是一个全球性难题，也是人类文明进步面临的长期课题。\n这一理念是对马克思主义自然观和发展观的丰富拓展，深刻回答了为什么发展、怎样发展的问题。\n"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "title",
    [
        "“某某山水就是某某财富”观念：人类发展观“概念的革命”（深入学习贯彻某某某某某某某某某某某某某某某某·原创性理念标志性理念纵横谈）",
        "以新发展理念引领新时代经济社会高质量发展的实践路径（深入学习贯彻某某某某某某某某某某某某某某某某·学习《某某文选》第一卷专家谈）",
    ],
)
def test_a_title_with_a_long_series_tag_is_a_heading(title: str, gap: str) -> None:
    # Over a headline's length only by its tag (a series and its part, "…·…纵横谈"): the title is
    # a heading, its writer's name under it.
    assert len(title) > 60
    arts = _page(f"{title}\n黄某梁\n{THEORY}抓学风建设贵在讲实效（思想纵横）\n李某轩\n{OTHER}", gap).articles
    assert [(a.headline, a.byline) for a in arts] == [(title, "黄某梁"), ("抓学风建设贵在讲实效（思想纵横）", "李某轩")]


@pytest.mark.parametrize("name", ["唐  杰", "唐 杰", "唐某杰", "钱  某某"])
@pytest.mark.parametrize(
    "title",
    ["大力推动某某产业高质量发展", "大力推动某某产业发展（思想纵横）", "以新发展理念引领某某产业高质量发展的实践路径（深入学习贯彻某某思想·专家谈）"],
)
def test_a_name_closing_the_heading_block_signs_it_whatever_opens_the_text(title: str, name: str) -> None:
    # The lead paragraphs were printed above the heading, so a crosshead opens the text under the
    # writer's name: the name is still the byline, not a 副题 joined to the crosshead.
    cross = "某某产业开启了发展的新阶段"
    (a,) = _page(f"{title}\n{name}\n\n{cross}\n\n{THEORY}").articles
    assert (a.headline, a.subtitle, a.byline) == (title, None, " ".join(name.split()))
    assert a.paragraphs[0] == cross


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("line", "kicker", "title"),
    [
        ("某某在健身房摔伤 场馆能否免责？（以案说法）", None, "某某在健身房摔伤 场馆能否免责？（以案说法）"),
        ("某某县：畅通民意渠道 激发共治活力", "某某县：", "畅通民意渠道 激发共治活力"),
        ("为了守护家园，青年挺身而出 记住那些平凡的守护者", "为了守护家园，青年挺身而出", "记住那些平凡的守护者"),
        ("产业兴、生态美、百姓富  某某村走出振兴新路子", "产业兴、生态美、百姓富", "某某村走出振兴新路子"),
        ("机制更顺了，服务更优了  某区政务服务提速增效", "机制更顺了，服务更优了", "某区政务服务提速增效"),
    ],
)
def test_a_heading_line_over_a_byline_split_as_print_does(line: str, kicker: str | None, title: str, gap: str) -> None:
    (a,) = _page(f"{line}\n本报记者 钱多\n{BODY}", gap).articles
    assert (a.kicker, a.headline, a.byline) == (kicker, title, "本报记者 钱多")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("credit", ["本期统筹：赵小五", "本期统筹：赵小五  钱小六", "本版统筹:孙小七"])
def test_the_package_credit_line_under_its_last_piece_is_no_heading(credit: str, gap: str) -> None:
    # Who put a package together, printed under its last piece (a layout credit under it): a staff
    # credit that the piece keeps as printed, never the heading of the dispatch printed next.
    lead = "本报某地3月8日电（记者 王五）  " + OTHER
    body = f"一渠清水润良田\n本报记者 钱多\n{BODY}{credit}\n版式设计：周小八\n{lead}"
    heads = [a.headline for a in _page(body, gap).articles]
    assert heads[0] == "一渠清水润良田" and not any("统筹" in h for h in heads)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("heading", ["某某县选派文化指导员下基层\n### “唱”出一方文化新风景", "## “唱”出一方文化新风景"])
@pytest.mark.parametrize(
    ("first", "rest"),
    [
        ("吃过早饭，某某县某某街道某某社区居民张某某就骑上电", "动车，赶往社区党群服务中心，文化指导员李某某要在那里为大家上课。"),
        ("清晨六点，某某镇某某村的蔬菜大棚里，村民王某某正忙着给西红柿打", "杈，一株株秧苗长得齐腰高。"),
        ("5月8日，记者走进某某县某某产业园，生产车间里机器轰鸣，工人们正在", "紧张有序地赶制订单。"),
    ],
)
def test_a_heading_over_its_first_line_cut_at_the_columns_edge(heading: str, first: str, rest: str, gap: str) -> None:
    # The text's first printed line stops mid-clause and the next goes on with it: it is the first
    # half of the lead's sentence, not a line of the heading (which the extraction marked).
    before, after = _page(f"某某县召开会议\n本报记者 钱多\n会议要求各地抓好落实。\n{heading}\n{first}\n{rest}\n{BODY}", gap).articles
    *kicker, title = heading.split("\n")
    assert before.paragraphs == ("会议要求各地抓好落实。",)
    assert (after.kicker, after.headline, after.paragraphs[0]) == ((kicker or [None])[0], title.lstrip("# "), first + rest)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("kicker", ["某某县某某村——", "某某省推进农村改革"])
@pytest.mark.parametrize("title", ["某某企业勇担重任、善作善成", "守住耕地，种好良田", "让老街活起来、火起来"])
@pytest.mark.parametrize("subtitle", ["——某某县推动特色产业发展纪实", "——访某某市市长张某"])
def test_a_title_with_clause_marks_over_its_dashed_subtitle_is_no_cut_line(kicker: str, title: str, subtitle: str, gap: str) -> None:
    # No sentence goes on in a dashed line: the line over one is a title, commas or not, and the
    # block keeps its kicker (read before as prose over the body's first line cut at the edge).
    page = f"某某县召开会议\n本报记者 钱多\n会议要求各地抓好落实。\n{kicker}\n{title}\n{subtitle}\n本报记者 王五\n{BODY}"
    before, after = _page(page, gap).articles
    assert before.paragraphs == ("会议要求各地抓好落实。",)
    assert (after.kicker, after.headline, after.subtitle) == (kicker, title, subtitle.lstrip("—"))


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("title", ["育新苗，产量年年攀升", "守农时，良田连片丰收"])
def test_a_two_phrase_title_over_text_that_may_read_mid_clause_stays_a_title(title: str, gap: str) -> None:
    # "播种前，…" opens a clause, though "播" often goes on one ("传播"): a title of two phrases is
    # no line cut at the column's edge.
    page = f"某某县召开会议\n本报记者 钱多\n会议要求各地抓好落实。\n## 农业科研人员张某：\n{title}\n播种前，团队精心准备了几千份育种材料；播种期间，大家每天守在田里。\n{BODY}"
    before, after = _page(page, gap).articles
    assert title in after.headline and after.paragraphs[0].startswith("播种前")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("title", "subtitle"),
    [
        ("某某行业数字化转型实施方案印发", "到2027年关键工序数控化率达75%左右"),
        ("某地“创新空间”何以汇聚上百家科技企业", "一群年轻人，干着年轻的事业"),
        ("某某县为何能让荒山变成金山", "一个山村的绿色发展之路"),
    ],
)
def test_a_title_and_its_undashed_subtitle_on_one_line(title: str, subtitle: str, gap: str) -> None:
    # Weighed as the two lines would be: a title that reports or asks, a 副题 of detail under it.
    (a,) = _page(f"{title} {subtitle}\n本报记者 钱多\n{BODY}", gap).articles
    assert (a.kicker, a.headline, a.subtitle) == (None, title, subtitle)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("line", ["抓实党支部质量提升 打造坚强战斗堡垒", "劳动书写时代篇章 奋斗开创美好明天", "擂响奋进鼓 提振精气神"])
def test_a_couplet_title_on_one_line_stays_one_title(line: str, gap: str) -> None:
    (a,) = _page(f"{line}\n本报记者 钱多\n{BODY}", gap).articles
    assert (a.kicker, a.headline, a.subtitle) == (None, line, None)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("mark", ["## ", "### "])
@pytest.mark.parametrize(
    ("title", "subtitle"),
    [
        ("某某行业数字化转型实施方案印发", "到2027年关键工序数控化率达75%左右"),
        ("某地“创新空间”何以汇聚上百家科技企业", "一群年轻人，干着年轻的事业"),
    ],
)
def test_an_unmarked_line_under_a_marked_title_weighed_as_its_subtitle(title: str, subtitle: str, mark: str, gap: str) -> None:
    # The exporter marks the title's line; the line under it is its 副题 when weighed so.
    (a,) = _page(f"{mark}{title}\n{subtitle}\n本报记者 钱多\n{BODY}", gap).articles
    assert (a.kicker, a.headline, a.subtitle) == (None, title, subtitle)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_couplet_under_a_marked_line_stays_in_the_title(gap: str) -> None:
    (a,) = _page(f"## 抓实党支部质量提升\n打造坚强战斗堡垒\n本报记者 钱多\n{BODY}", gap).articles
    assert (a.headline, a.subtitle) == ("抓实党支部质量提升 打造坚强战斗堡垒", None)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("kicker", ["某某县某某村——", "某某市推进老旧小区改造——"])
@pytest.mark.parametrize("title", ["老街区  新产业  生意忙（走基层）", "楼道亮  路面平  心气顺", "旧厂房  新空间（探访）"])
def test_a_title_of_spaced_phrases_under_a_dashed_kicker_is_no_signature(kicker: str, title: str, gap: str) -> None:
    # Phrases of a name's length printed apart read as a line of names (a tag as a writer's note),
    # but a kicker ending in a dash introduces its title: the line under it is that title.
    page = f"某某县召开会议\n本报记者 钱多\n会议要求各地抓好落实。\n{kicker}\n{title}\n本报记者 王五\n{BODY}"
    before, after = _page(page, gap).articles
    assert (after.kicker, after.headline, after.byline) == (kicker, " ".join(title.split()), "本报记者 王五")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("kicker", ["某某县选派文化指导员下基层", "某某省推进农村改革"])
@pytest.mark.parametrize(
    ("title", "subtitle"),
    [
        ("某地“创新空间”何以汇聚上百家科技企业", "一群年轻人，干着年轻的事业"),
        ("某某行业数字化转型实施方案印发", "到2027年，关键工序数控化率达75%左右"),
    ],
)
def test_three_undashed_heading_lines_with_clause_marks(kicker: str, title: str, subtitle: str, gap: str) -> None:
    # The lower two weighed as a title over its 副题 are title and subtitle under the kicker, not a
    # two-line kicker over the 副题 taken for the title.
    page = f"某某县召开会议\n本报记者 钱多\n会议要求各地抓好落实。\n{kicker}\n{title}\n{subtitle}\n本报记者 王五\n{BODY}"
    before, after = _page(page, gap).articles
    assert (after.kicker, after.headline, after.subtitle) == (kicker, title, subtitle)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("under", ["本报记者 王五", "本报某某3月8日电 （记者王五）"])
@pytest.mark.parametrize("title", ["“这里的春天来得早！”", "“咱的日子越过越红火！”", "“这样的好日子谁不盼？”"])
def test_a_title_quoting_an_exclamation_or_question_over_its_byline(title: str, under: str, gap: str) -> None:
    # A title quoting what someone said ends on the speaker's mark inside the quotes; it heads
    # its own story, not one more paragraph of the story before it.
    before = "一渠清水润良田\n本报记者 钱多\n" + BODY
    if under.startswith("本报记者"):
        page = f"{before}{title}\n{under}\n{OTHER}"
    else:
        page = f"{before}{title}\n{under}{OTHER}"
    one, two = _page(page, gap).articles
    assert title not in one.paragraphs
    assert two.headline == title and two.paragraphs[-1] == OTHER.split("\n")[1]


@pytest.mark.parametrize("line", ["“加油！”", "“真好！”张三笑着说。"])
def test_a_quoted_cry_inside_a_story_stays_in_its_body(line: str) -> None:
    # Without a byline or lead under it, a quoted cry is the story's own paragraph.
    page = "一渠清水润良田\n本报记者 钱多\n" + BODY + f"{line}\n" + "村里的水渠修好了，乡亲们都很高兴。\n"
    (a,) = _page(page, "\n\n").articles
    assert line in a.paragraphs


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("kicker", "title"),
    [("春耕时节", "某某县田间地头农机忙"), ("某某会议召开", "研究部署春季农业生产"), ("金秋时节", "某某村稻谷喜获丰收")],
)
def test_a_short_kicker_on_its_titles_line_is_no_standing_label(kicker: str, title: str, gap: str) -> None:
    # A kicker printed on the title's line (the extraction joined the two) is printed with its
    # title: no column label standing apart, which is a line of its own ("纵横" / title).
    before = "一渠清水润良田\n本报记者 钱多\n" + BODY
    a = _page(f"{before}{kicker}  {title}\n本报记者 王五\n{OTHER}", gap).articles[-1]
    assert (a.kicker, a.headline) == (kicker, title)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("mark", ["## ", "### "])
@pytest.mark.parametrize(
    ("title", "subtitle"),
    [
        ("人类发展进步的大方向不会改变", "某某访问某某银行为支持南方国家走好现代化道路注入动力"),
        ("某市春季国土绿化行动全面启动", "今年计划新增城市绿地一百二十公顷"),
        ("奋力书写中国式现代化的地方篇章", "某某省推动经济社会发展取得新成效"),
        ("劳动创造幸福生活", "广大职工群众积极弘扬劳模精神、劳动精神"),
        ("筑牢现代化的家庭根基", "访某省妇联主席李四"),
    ],
)
def test_a_finished_marked_title_stands_over_its_undashed_subtitle(title: str, subtitle: str, mark: str, gap: str) -> None:
    # The exporter marks the title's line: the plain line under it is no kicker, and a finished
    # title does not go on in it; it is the 副题 printed without its dash.
    (a,) = _page(f"{mark}{title}\n{subtitle}\n本报记者 钱多\n{BODY}", gap).articles
    assert (a.kicker, a.headline, a.subtitle) == (None, title, subtitle)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("first", "second"),
    [("《某某市关于加强社区治理工作", "的若干意见》正式发布"), ("把社区服务中心建成居民群众的", "温馨家园和连心桥")],
)
def test_a_marked_title_line_left_open_goes_on_in_the_line_under_it(first: str, second: str, gap: str) -> None:
    (a,) = _page(f"## {first}\n{second}\n本报记者 钱多\n{BODY}", gap).articles
    # Wrapped in one block the line is read back without a space (``transforms.wraps``); in two
    # blocks the title's open end still carries it on, with a space.
    assert (a.headline, a.subtitle) == (f"{first}{'' if gap == chr(10) else ' '}{second}", None)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("space", [" ", "  ", "   "])
@pytest.mark.parametrize(
    ("kicker", "title"),
    [
        ("村里的垃圾去哪了？", "某某县推行农村垃圾分类新模式"),
        ("农村生活垃圾到底该往哪里去？", "某某县推行垃圾分类新模式"),
        ("家门口就能看好病！", "某县推进县域医共体建设见实效"),
    ],
)
def test_a_kicker_that_asks_or_exclaims_on_its_titles_line(kicker: str, title: str, space: str, gap: str) -> None:
    # A question or an exclamation closes its printed line: one with a title after it on the
    # same line is the kicker the extraction put there.
    a = _page(f"一渠清水润良田\n本报记者 钱多\n{BODY}{kicker}{space}{title}\n本报记者 王五\n{OTHER}", gap).articles[-1]
    assert (a.kicker, a.headline) == (kicker, title)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("line", ["谁来种地？ 怎样种好地？", "小区电梯停运三天 物业该不该担责？"])
def test_a_title_of_questions_on_one_line_stays_whole(line: str, gap: str) -> None:
    a = _page(f"{line}\n本报记者 王五\n{OTHER}", gap).articles[0]
    assert (a.kicker, a.headline) == (None, line)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("space", [" ", "  "])
@pytest.mark.parametrize(
    ("kicker", "title"),
    [
        ("某省博物馆创新展陈唐宋名画", "全民网购，实体店的未来在哪里？（读者点题·共同关注）"),
        ("某市老商场接连关门歇业", "全民网购，实体店的未来在哪里？"),
        ("某地推进老旧小区加装电梯", "楼层不同，费用怎么分摊？（民生观察）"),
        ("某县开展农村宅基地专项整治", "闲置农房，能否盘活利用？"),
    ],
)
def test_a_statement_before_a_question_with_its_own_premise_is_the_kicker(kicker: str, title: str, space: str, gap: str) -> None:
    # A title that asks states its premise once: after a comma in the question ("全民网购，…？"),
    # the phrase printed before it on the line is no second premise but the kicker.
    a = _page(f"{kicker}{space}{title}\n本报记者 王五\n{OTHER}", gap).articles[0]
    assert (a.kicker, a.headline) == (kicker, title)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("under", ["本报记者 王五\n", "本报某某3月8日电 （记者王五）"])
@pytest.mark.parametrize(("kicker", "name"), [("追记某某县某某村党支部书记", "张建国"), ("扎根乡村三十年的老支书", "王小明"), ("某某医院眼科主任", "李  华")])
def test_a_name_between_a_kicker_and_a_byline_is_a_profiles_title(kicker: str, name: str, under: str, gap: str) -> None:
    # A profile's title is the person it portrays; the byline or lead under it names the writer.
    before = "一渠清水润良田\n本报记者 钱多\n" + BODY
    a = _page(f"{before}{kicker}\n{name}\n{under}{OTHER}", gap).articles[-1]
    assert (a.kicker, a.headline) == (kicker, " ".join(name.split()))
    assert "王五" in (a.byline or "")



@pytest.mark.parametrize("kicker", ["春天来了！", "菜价涨了？", "好消息！"])
def test_a_short_kicker_that_exclaims_or_asks_standing_alone_is_no_column_label(kicker: str) -> None:
    # A standing column label is a name ("纵横", "记者手记"); a line that exclaims or asks is a
    # statement, the kicker of the title under it.
    before = "一渠清水润良田\n本报记者 钱多\n" + BODY
    a = _page(f"{before}{kicker}\n某某县百万亩油菜花竞相开放\n本报记者 王五\n{OTHER}", "\n\n").articles[-1]
    assert (a.kicker, a.headline) == (kicker, "某某县百万亩油菜花竞相开放")


LAST_STORY = "某某县推进冬季农田水利建设\n本报记者 钱多\n" + BODY


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("under", ["本报讯（记者 孙丽）9月3日上午，市委书记张某深入河道沿线实地调研。\n", "本报记者 孙丽\n9月3日上午，市委书记张某深入河道沿线实地调研。\n"])
@pytest.mark.parametrize(
    ("kicker", "title"),
    [
        ("某某市委书记张某深入某某河城区段检查督导环保督察组信访反馈问题整改落实情况时强调", "以群众诉求为导向 以群众满意为标准 持续推进整改"),
        ("出席省第某届人民代表大会第某次会议的某某市代表团继续审议政府工作报告、审查某某规划纲要（草案）", "开好头 起好步 努力实现新发展"),
        ("某某市召开全市优化营商环境工作推进会议暨某某领域突出问题专项整治行动动员部署大会", "对标一流 真抓实干 全力打造营商环境新高地"),
        ("某某深入某某河城区段检查督导环保督察组信访反馈问题整改落实情况时强调", "市人大常委会对《某某水库饮用水水源地环境问题整改方案》落实情况开展专题调研"),
    ],
)
def test_a_kicker_and_its_title_on_one_line_longer_than_a_headline(kicker: str, title: str, under: str, gap: str) -> None:
    # Each part is within a headline's length; the line, two printed lines put on one, is not.
    line = f"{kicker} {title}"
    assert len(line) > 60
    first, second = _page(f"{LAST_STORY}{line}\n{under}", gap).articles
    assert (second.kicker, second.headline) == (kicker, title)
    assert first.paragraphs[-1] == BODY.strip().split("\n")[-1]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "line",
    [
        "出席会议的还有市委常委、秘书长张某某 副市长李某某 市政协副主席王某某 市人大常委会副主任赵某某 以及各县（区）和市直有关部门主要负责同志",
        "某某县水利局局长张某某在接受记者采访时表示 今年全县冬修水利投入资金比去年增加了三成，新修塘坝十二座，疏浚渠道一百公里，受益农田五万亩",
    ],
)
def test_a_long_line_of_prose_with_spaces_is_no_kicker_and_title(line: str, gap: str) -> None:
    # Names listed with spaces, or a statement whose "title" runs on with clause commas: inside a
    # story, with no byline or lead under it, the line stays in the body.
    assert len(line) > 60
    (a,) = _page(f"{LAST_STORY}{line}\n冬修水利忙，来年好收成。\n", gap).articles
    assert a.headline == "某某县推进冬季农田水利建设" and line.replace(" ", "") in "".join(a.paragraphs)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("kicker", "title"),
    [
        ("出席省第某届人大第某次会议的某某代表团继续审议报告、审查某某规划（草案）", "开好头 起好步 努力实现新发展"),
        ("某某市召开会议，部署春季农业生产", "抓实春耕备耕 确保粮食丰收"),
    ],
)
def test_a_kicker_with_clause_marks_on_its_titles_line_inside_the_lead_it_heads(kicker: str, title: str, gap: str) -> None:
    # The lead was printed above its heading and cut by it ("…继续审议省政府工作报告；审" /
    # heading / "查计划报告…"): the clause marks are the kicker's, the headline is the title's
    # phrases, and the two halves of the sentence are one paragraph again.
    first_half = "本报讯（记者 孙丽）1月26日下午，出席会议的某某代表团继续审议省政府工作报告；审"
    rest = "查计划报告和预算报告。代表们一致认为，报告总结成绩实事求是。"
    first, second = _page(f"{LAST_STORY}{first_half}\n{kicker} {title}\n{rest}\n", gap).articles
    assert (second.kicker, second.headline) == (kicker, title)
    assert second.paragraphs[0].startswith("1月26日下午") and "审查计划报告" in second.paragraphs[0]
    assert first.paragraphs[-1] == BODY.strip().split("\n")[-1]


@pytest.mark.parametrize(
    ("line", "kicker", "title"),
    [
        ("曲目新 更“年轻” 漳河大鼓韵味足（文化中国行）", "曲目新 更“年轻”", "漳河大鼓韵味足（文化中国行）"),
        ("政策好 顾虑少 某市电梯更新实惠多（新春走基层）", "政策好 顾虑少", "某市电梯更新实惠多（新春走基层）"),
        ("把握关键 真抓实干 深入推进新时代兴边富民行动（专题深思）", "把握关键 真抓实干", "深入推进新时代兴边富民行动（专题深思）"),
    ],
)
def test_a_couplet_kicker_on_its_tagged_titles_line_is_the_kicker(line: str, kicker: str, title: str) -> None:
    assert split_heading_line(line)[:2] == (kicker, title)


@pytest.mark.parametrize(
    "line",
    [
        "老矿区 新产业 生产忙（新春走基层）",  # a third phrase of the couplet's length
        "学有质量 查有力度 改有成效（锲而不舍落实中央八项规定精神）",
        "坚守初心使命 勇攀科技高峰 更好肩负起科技强国建设重任",  # no column tag: the couplet's own line
        "某某代表—— 走专精特新之路 做大做强先进制造业（权威发布）",  # a title of two phrases, 7 / 9
    ],
)
def test_a_title_of_three_phrases_or_a_two_phrase_title_is_not_cut_after_a_couplet(line: str) -> None:
    kicker, title, _ = split_heading_line(line)
    assert kicker is None or not couplet(kicker)


# A story printed before the speaker's title, signed and closed by a full stop.
_STORY_ABOVE = "某地新建一座图书馆\n本报记者 张三\n某地新建的图书馆日前开馆，馆藏图书十万册，市民可以免费借阅。\n开馆当天，数千名市民前来参观。\n"


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("越南国家主席陈德良：推进国家的工业化", "越南国家主席陈德良31日在河内答记者问时说，越南要推进国家的工业化、现代化事业。"),
        ("韩国总统金大中：和解合作新的起点", "希望2001年成为韩国以及东亚地区迎来真正和平繁荣时代的新的起点。"),
        ("非统组织秘书长萨利姆：愿非洲各国人民和睦相处", "在新世纪到来之际，非洲统一组织秘书长萨利姆真诚祝愿非洲各国人民和睦相处。"),
        ("某某市委书记王某：把民生实事办到群众心坎上", "某某市委书记王某日前在全市干部大会上说，要把民生实事办到群众心坎上。"),
        ("马来西亚总理阿卜杜拉·巴达维：共建和平家园", "马来西亚总理阿卜杜拉·巴达维在新年献词中呼吁各族人民共建和平家园。"),
    ],
)
@pytest.mark.parametrize("above", ["", _STORY_ABOVE])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_speakers_post_and_name_before_a_colon_and_a_title_is_a_headline(title: str, lead: str, above: str, gap: str) -> None:
    *before, story = _page(f"{above}{title}\n{lead}\n", gap).articles
    assert (story.headline, list(story.paragraphs)) == (title, [lead])
    assert len(before) == (1 if above else 0)


@pytest.mark.parametrize(
    "line",
    [
        "广东：地税收入超600亿增长17.6％",
        "某某县：携手共建美丽家园",
        "新疆：『一黑一白』交相辉映",
        "某某市：去年接待游客1200万人次",
        "内蒙古：草原牧区通上了网",
    ],
)
def test_a_places_name_a_colon_and_a_title_with_figures_is_a_labelled_title(line: str) -> None:
    assert PLACE_TITLE.match(line) and LABELLED_TITLE.match(line) and not is_field(line)


@pytest.mark.parametrize(
    "line",
    [
        "活动地点：某某县文化馆",  # a box line: its label is a kind of value
        "履职：为群众办实事",  # a topic, a story's crosshead
        "记者：今年有哪些新打算？",  # an interview's turn
        "城市：更新改造",  # no place: one character before the generic part
        "北京：12345678",  # a value with no words
        "某某市：0437-3222222",
        "上海：去年增长24.6％，居全国前列",  # a clause: prose
    ],
)
def test_other_labelled_lines_are_no_places_title(line: str) -> None:
    assert not PLACE_TITLE.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "联系电话：0437-3222222",  # a kind of value, not a post and a name
        "主任委员：张三",  # a post alone, a name for its value
        "记者：您怎么看这个问题？",  # an interview's turn
        "退休职工王某某：以前办证要跑好几趟",  # a name without a post: a vox pop's line
        "活动时间：2024年3月9日上午9时",
    ],
)
def test_a_box_or_interview_line_stays_a_field(line: str) -> None:
    assert is_field(line) and not LABELLED_TITLE.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "习近平总书记指出：“中国高度重视人工",  # the verb opens a quote in the text
        "某某国总统某某某表示：“我们将继续推进改革",
        "某某市市长王某强调：要把好事办好",
    ],
)
def test_a_post_and_name_that_say_something_is_no_speakers_title(line: str) -> None:
    assert not LABELLED_TITLE.match(line)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("掘进方向从水平到斜向、竖向、拐弯掘进，刀盘直径从0.5米到超16米   跑好“人机共跑”的马拉松（评论员观察）", "跑好“人机共跑”的马拉松（评论员观察）"),
        ("某市开通首条跨江地铁，通勤时间缩短一半  “地下长龙”穿江而过（经济新方位）", "“地下长龙”穿江而过（经济新方位）"),
        ("我国距离最长特高压线路建成投运，输电量累计超2000亿千瓦时 跨越2800多公里，“西部电”点亮江浙沪（经济新方位·重大工程一线）",
         "跨越2800多公里，“西部电”点亮江浙沪（经济新方位·重大工程一线）"),
        # a title of two phrases and a comma (no column tag needed)
        ("某省某县推动优质文化资源直达基层   社区开起书法班，街舞老师请进村", "社区开起书法班，街舞老师请进村"),
        ("掘进方向从水平到斜向、竖向、拐弯掘进，刀盘直径从0.5米到超16米   盾构机，“百变金刚”本领强", "盾构机，“百变金刚”本领强"),
    ],
)
def test_a_kickers_line_run_on_with_its_title_gives_the_title(line: str, title: str) -> None:
    assert title_of_pair(line) == title


@pytest.mark.parametrize(
    "line",
    [
        "某地新建的图书馆日前开馆，馆藏图书十万册，市民可以免费借阅。",  # prose, no space
        "本报讯（记者 张三）某地新建的图书馆日前开馆，馆藏图书十万册。",  # a space in a bracket
        "跑好“人机共跑”的马拉松（评论员观察）",  # a title alone
        "近年来，某市持续推进老旧小区改造，累计完成 1200 个小区，惠及居民 30 万户，群众满意度不断提升。",
    ],
)
def test_a_line_that_is_no_kicker_and_title_gives_no_title(line: str) -> None:
    assert title_of_pair(line) is None


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("above", "title"),
    [
        (("西部边远地区寄递服务网络", "越织越密"), "包邮区有了新定义（大数据观察）"),  # a kicker wrapped in its box
        (("某省某县持续完善城市", "功能惠民生"), "建好口袋公园拓展绿色空间（探访）"),
    ],
)
def test_the_tagged_last_of_three_heading_lines_is_the_title(above: tuple[str, str], title: str, gap: str) -> None:
    # A column tag closes a title, never a 副题: the two lines over it are its kicker.
    (a,) = _page(f"{above[0]}\n{above[1]}\n{title}\n本报记者 钱多\n{BODY}", gap).articles
    assert (a.kicker, a.headline, a.subtitle) == (" ".join(above), title, None)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("title", "subtitle"),
    [
        ("为构建新发展格局、推动高质量发展不断注入新动能", "习近平总书记重要讲话激发奋斗热情、汇聚磅礴力量"),
        ("准确把握阶段性要求，科学谋划“十五五”", "某某总书记在某某座谈会上的重要讲话指明方向、凝聚力量"),
        ("人类发展进步的大方向不会改变", "某某主席访问某某银行为支持全球南方国家走好现代化道路注入强劲动力"),
    ],
)
def test_a_title_over_its_undashed_subtitle_naming_the_leaders_words(title: str, subtitle: str, gap: str) -> None:
    page = f"某某县召开会议\n本报记者 钱多\n会议要求各地抓好落实。\n{title}\n{subtitle}\n本报记者 王五\n{BODY}"
    before, after = _page(page, gap).articles
    assert (after.kicker, after.headline, after.subtitle) == (None, title, subtitle)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("half", "rest"),
    [
        ("习近平总书记在庆祝某某总工会成立100周年暨全国劳动模范和先进工作者表彰大", "会上发表重要讲话强调，新时代新征程，必须紧紧围绕党的中心任务。"),
        ("某某总书记在某某大会上发表重要讲话，勉励广大劳动者", "们弘扬劳模精神、劳动精神、工匠精神。"),
    ],
)
def test_the_lead_cut_by_a_title_over_its_source_subtitle(half: str, rest: str, gap: str) -> None:
    # The lead's first half printed over the block is no kicker: put back, the two lines under it
    # are the title and its 副题 naming the speech.
    title, subtitle = "为构建新发展格局、推动高质量发展不断注入新动能", "习近平总书记重要讲话激发奋斗热情、汇聚磅礴力量"
    page = f"某某县召开会议\n本报记者 钱多\n会议要求各地抓好落实。\n{half}\n{title}\n{subtitle}\n本报记者 王五\n{rest}\n{BODY}"
    before, after = _page(page, gap).articles
    assert (after.kicker, after.headline, after.subtitle) == (None, title, subtitle)
    assert after.paragraphs[0].startswith(half + rest[:4])
