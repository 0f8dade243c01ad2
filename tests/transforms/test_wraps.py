import pytest

from transforms.lines import Unit
from transforms.model import ParsedIssue
from transforms.parse import parse_issue
from transforms.wraps import (
    between_words,
    closes_above,
    goes_on,
    join_wrapped,
    rejoin_wrapped,
    rest_of_kicker,
    rest_of_subtitle,
    read_through,
    rest_of_title,
    stacked_couplet,
    wrapped,
)

HEAD = "辽源日报\n\n2021年9月6日 星期一\n\n总第8353期 今日4版\n\n"
LEAD = "本报讯（记者 王五）1月9日，全市各地扎实推进各项工作，取得阶段成果。\n"


def _parse(body: str) -> ParsedIssue:
    result = parse_issue((HEAD + body).encode("utf-8"), source_file="liaoyuan-daily/x.txt", default_paper="d")
    assert isinstance(result, ParsedIssue), result
    assert result.accounting.balanced, result.accounting
    return result


@pytest.mark.parametrize(
    "first, second",
    [
        ("东丰县完成首批重点人群的", "新冠疫苗接种工作"),  # the possessive needs its head
        ("我市农民合作社与", "家庭农场同步发展"),  # a conjunction needs its second member
        ("全省扶贫资金和", "项目监管全面加强"),
        ("中央第一生态环境保护督察组向", "辽源市转交第八批信访件"),  # a preposition needs its object
        ("让更多冰雪运动场地走进校园是", "我们的共同心愿"),  # the copula needs its predicate
        ("抓好春耕备耕、", "稳定粮食生产"),  # no field stops on the enumeration comma
        ("加快科技创新、", "产业创新深度融合"),
        ("绿色发展", "的新路子越走越宽"),  # no field opens on the possessive
    ],
)
def test_a_heading_line_stopped_inside_its_phrase_goes_on(first: str, second: str) -> None:
    assert goes_on(first, second)


@pytest.mark.parametrize(
    "first, second",
    [
        ("辽源市公开省级", "生态环境督察整改方案"),  # "省级" seldom closes a clause, "生" seldom opens one
        ("广东区域协作消费帮扶", "产品交易中心开业"),
        ("国际商会三十二届", "世界大会在沪举行"),
        ("安徽庐江县去年实现旅游综合", "收入近百亿元"),
        ("罢免办法于法无据导致", "失去村民信任"),
        ("五省市打假专项执法查获", "假冒名酒十万余瓶"),
        ("两个“五分之一”背后的转型之", "路（经济聚焦）"),  # the column tag ends the second line
    ],
)
def test_a_heading_cut_between_two_words_goes_on(first: str, second: str) -> None:
    assert between_words(first, second) and goes_on(first, second)


@pytest.mark.parametrize(
    "first, second",
    [
        ("我市召开产业工人", "队伍建设改革推进会"),  # "人" may end a phrase: left to the stack's rules
        ("某某学术研讨会召开", "专家学者共话某某"),  # a kicker that is a whole clause
        ("省级", "生态环境督察整改方案"),  # too short for a line of a box: a column's name
        ("这场关税战是美方", "心声"),  # a lead's first half over a column's name
        ("纵横", "文物讲解岂容“戏说”"),
        ("国际商会三十二届", "世界大会在沪举行" * 3),  # a 副题 longer than a box
        ("轻工业数字化转型实施方案印发", "到2027年关键工序数控化率达75%"),  # a 副题 opening on its figures
        ("某某实施方案印发", "截至3月底某某达75%左右"),
        ("辽源市公开省级", "生态环境督察整改方案和重点任务清单等十项配套文件"),
        ("辽源市公开省级", "生态环境督察，整改方案出台"),  # a clause of its own
        ("筑牢中国式现代化家庭根基", "访全国妇联党组书记黄晓薇"),  # a 副题 naming its piece
        ("筑牢中国式现代化家庭根基", "记某某大学教授张三"),
        ("铭记世界反法西斯战场上的中国人", "上海市某区推动新旧动能转化纪实"),  # opens on a place
        ("铭记世界反法西斯战场上的中国人", "上海某区推动新旧动能转化"),
    ],
)
def test_a_break_with_no_sign_of_a_cut_phrase_stays(first: str, second: str) -> None:
    assert not between_words(first, second)


@pytest.mark.parametrize(
    "first, second",
    [
        ("市人大常委会对《某某水库饮用水", "水源地整改方案》落实情况开展专题调研"),
        ("从容淡定应对挑战（走市场", "看韧性  强信心）"),
        ("为养老护理人才开拓更广天地", "（快评）"),
        ("当学生让AI模仿我的文体", "（师说）"),
        ("包邮区有了新定义", "（大数据观察）"),
        ("冰雪里的温度", "（记者手记）"),
    ],
)
def test_a_line_closing_the_heading_above_goes_on_with_it(first: str, second: str) -> None:
    assert closes_above(first, second) and goes_on(first, second)


@pytest.mark.parametrize(
    "first, second",
    [
        ("绿水青山 冰天雪地", "都是金山银山"),  # a whole kicker over its title
        ("春季植树造林", "全市启动春季造林绿化行动"),
        ("某某实施方案印发", "到2027年某某达75%左右"),  # a title over its 副题
        ("爱国主义教育", "——某地一线观察"),  # a dashed 副题 is a field of its own
        ("辽宁某县某村——", "大国应有的样子"),  # a kicker introducing its title
        ("为了一村人的饮水安全，", "他在山里守了二十年"),  # a kicker stating the title's cause
        ("看着灶台上两簇跳动的淡蓝色火焰，82岁的", "“天然气带来了新生活”（新春走基层）"),  # a lead's half
        ("“国际科技创新中心是粤港澳大湾", "孙志嘉委员——"),  # a quotation left open is a lead's
        ("《中共中央 国务", "让更多乡村老年人老有所学（余音）"),  # the book title is not closed there
        ("某某同志的讲话", "（二〇〇〇年十二月三十一日）"),  # a dated line is a speech's 副题
        ("某某工作会议召开", "（本报记者 王珂）"),  # a reporter's line signs
        ("某某工作会议召开", "（本报记者  王  珂）"),
        ("某某工作会议召开", "（马雪琪参与采写）"),
        ("某某工作会议召开", "（摘编自《某某日报》）"),
        ("爱国主义是具体的实践的", "青年学生 汪玮"),  # spaced phrases break at their space
        ("扫黑除恶 全民参与 重要线索和", "予以奖励"),
    ],
)
def test_whole_heading_lines_stay_apart(first: str, second: str) -> None:
    assert not goes_on(first, second)


@pytest.mark.parametrize(
    "first, second",
    [
        ("院日前发布《关于某某问题的解释》（以", "下简称《解释》），依法从严惩处盗挖黑土的行为。"),
        ("某某表示，要加强《某某", "条例》的宣传，让群众知法懂法；"),
        ("某某工作会议召开", "（" + "某" * 70 + "）"),
    ],
)
def test_prose_closing_a_mark_is_no_heading_line(first: str, second: str) -> None:
    assert not closes_above(first, second)  # cut at the column's edge, or longer than a heading


def test_join_wrapped_joins_each_wrap_and_keeps_the_marked_title() -> None:
    units = [Unit("绿水青山 冰天雪地", 1), Unit("都是金山银山", 1), Unit("督察组向", 1), Unit("某市转交第八批信访件", 1)]
    assert [u.text for u in join_wrapped(units)] == ["绿水青山 冰天雪地", "都是金山银山", "督察组向某市转交第八批信访件"]
    spaced = [Unit("从容淡定应对挑战（走市场", 2), Unit("看韧性  强信心）", 2)]
    assert [u.text for u in join_wrapped(spaced)] == ["从容淡定应对挑战（走市场 看韧性  强信心）"]
    marked = [Unit("某某村的", 3), Unit("老支书张三", 3, marked=True)]
    assert join_wrapped(marked) == marked  # the exporter marks where a title begins
    apart = [Unit("发展新质生产力是", 4), Unit("把某某摆在更加突出的位置", 5)]
    assert join_wrapped(apart) == apart  # a lead's first half in a block of its own over the heading


@pytest.mark.parametrize(
    "lines, headline",
    [
        (["东丰县完成首批重点人群的", "新冠疫苗接种工作"], "东丰县完成首批重点人群的新冠疫苗接种工作"),
        (["我市农民合作社与", "家庭农场同步发展"], "我市农民合作社与家庭农场同步发展"),
        (["推动科技创新、", "产业创新深度融合"], "推动科技创新、产业创新深度融合"),
        (["市人大常委会对《某某水库饮用水", "水源地整改方案》落实情况开展专题调研"], "市人大常委会对《某某水库饮用水水源地整改方案》落实情况开展专题调研"),
        (["为养老护理人才开拓更广天地", "（快评）"], "为养老护理人才开拓更广天地（快评）"),
        (["辽源市公开省级", "生态环境督察整改方案"], "辽源市公开省级生态环境督察整改方案"),
        (["国际商会三十二届", "世界大会在沪举行"], "国际商会三十二届世界大会在沪举行"),
    ],
)
def test_a_wrapped_title_is_one_title(lines: list[str], headline: str) -> None:
    a = _parse("\n".join(lines) + "\n\n" + LEAD).articles[0]
    assert (a.kicker, a.headline, a.subtitle) == (None, headline, None)


@pytest.mark.parametrize("tag", ["（师说）", "（快评）", "（人民时评）"])
def test_a_column_tag_wrapped_under_its_title_closes_it(tag: str) -> None:
    a = _parse(f"当学生让AI模仿我的文体\n{tag}\n\n张三\n\n1月9日，全市各地扎实推进各项工作，取得阶段成果。\n").articles[0]
    assert (a.headline, a.paragraphs[0]) == (f"当学生让AI模仿我的文体{tag}", "1月9日，全市各地扎实推进各项工作，取得阶段成果。")


@pytest.mark.parametrize(
    "kicker, title",
    [("春季植树造林", "全市启动春季造林绿化行动"), ("绿水青山 冰天雪地 都是金山银山", "市委书记柴伟率队赴外地学习考察")],
)
def test_a_kicker_stacked_over_its_title_stays_a_kicker(kicker: str, title: str) -> None:
    a = _parse(f"{kicker}\n{title}\n\n{LEAD}").articles[0]
    assert (a.kicker, a.headline) == (kicker, title)


@pytest.mark.parametrize(
    "first, second",
    [
        ("——“打火机之乡”", "湖南邵东一线观察"),
        ("——习近平总书记重要讲话激发奋斗", "热情、汇聚磅礴力量"),  # a 副题 with its own commas
        ("——论学习贯彻某某某总书记在部分省区市", "“十五五”时期经济社会发展座谈会上重要讲话"),
    ],
)
def test_the_line_under_a_dashed_subtitle_is_more_of_it(first: str, second: str) -> None:
    assert rest_of_subtitle(first, second) and wrapped(first, first, second)


@pytest.mark.parametrize(
    "first, second",
    [
        ("——强党性转作风①", "李洪兴"),  # the writer's name
        ("——某某一线观察", "本报记者 王珂 颜珂"),  # the byline
        ("——访某某公司总经理某某", "本报记者李新彦黄振中"),  # the byline run together
        ("——人民网网友1382", "电商冲击下，有人说“实体店不行了”。"),  # a quotation's source, then prose
        ("——编  者", "刺激中小额消费，提升购买频次"),  # an editor's note signed
        ("——某某同志在某某座谈会上重要讲话", "谈海外市场——"),  # the next piece's kicker
        ("——论学习贯彻某某重要讲话", "4月12日"),  # a date opening the text
        ("——某某一线观察", "——记者手记"),  # a second dashed line
        ("——百名书记谈党支部建设", "辽源市新型冠状病毒肺炎疫情情况通报"),  # the next piece's title
    ],
)
def test_what_stands_under_a_dashed_subtitle_apart_from_it(first: str, second: str) -> None:
    assert not rest_of_subtitle(first, second)


@pytest.mark.parametrize(
    "first, second",
    [
        ("赴缅甸作战的中国", "远征军将领戴安澜——"),
        ("5名工业和信息化领域代表", "与中外记者见面交流——"),
        ("某地律师协会联合", "发布典型案例："),
    ],
)
def test_a_kicker_line_over_the_end_that_introduces_the_title_is_its_first_half(first: str, second: str) -> None:
    assert rest_of_kicker(first, second) and wrapped(first, first, second)


@pytest.mark.parametrize(
    "first, second",
    [
        ("“毕大爷，今天给您", "吉林长春第二社会福利院——"),  # a lead's first half, its quotation open
        ("清风拂过青松翠柏，沿青石板路", "江苏兴化昌荣镇——"),  # a lead's first half with its clause
        ("新华社记者 李嘉南摄", "这正是："),  # a credit
        ("浙江某某市 杨某某", "村民共同商定，干部带头遵守——"),  # a reader's letter signed
        ("（案例来源：最高人民法院）", "广东省东莞市："),  # a note
        ("■记者手记", "李东浩委员——"),
        ("江苏兴化昌荣镇——", "铁骨铸丰碑——"),  # each line introduces already
        ("男女武将相继披挂", "某地皮影戏："),  # a lead's half: the lines do not balance
        ("开栏的话", "某某县——"),  # a label
    ],
)
def test_lines_over_a_kicker_end_that_are_no_half_of_it(first: str, second: str) -> None:
    assert not rest_of_kicker(first, second)


@pytest.mark.parametrize(
    "first, second",
    [
        ("出口转内销要有", "“增量思维”（纵横）"),
        ("千年稻种缘何焕发", "新机（话说新农村）"),  # a rest of two ideographs
        ("让中国古典文明不断滋养和启迪", "现代世界（专题深思）"),
        ("一条广陵路", "连接古与今（感知文化里的中国）"),  # a couplet broken at its space
    ],
)
def test_a_title_line_over_its_tagged_rest_goes_on(first: str, second: str) -> None:
    assert rest_of_title(first, second) and wrapped(first, first, second)


@pytest.mark.parametrize(
    "first, second",
    [
        ("西部边远地区寄递服务网络越织越密", "包邮区有了新定义（大数据观察）"),  # 24 ideographs: kicker and title
        ("在旅游开发中不断探索新解法", "寻找“网红村”的“长红”密码（神州看点）"),
        ("把握关键 真抓实干", "深入推进新时代兴边富民行动（专题深思）"),  # spaced phrases: a kicker whole
        ("某某市某某区某某街道", "小巷里的大变化（民生一线）"),  # a place, a kicker whole
        ("营老爷的意趣", "陈平原（北京大学教授）"),  # the writer and his post
        ("政策好", "电梯更新实惠多（新春走基层）"),  # the rest longer than the line over it
        ("为养老护理人才开拓（快评）", "更广天地（快评）"),  # the line above is tagged already
    ],
)
def test_a_kicker_over_a_tagged_title_stays_apart(first: str, second: str) -> None:
    assert not rest_of_title(first, second)


def test_a_column_tag_alone_closes_the_line_above_whatever_its_commas() -> None:
    assert wrapped("未经同意，经营者处理个人信息违法", "未经同意，经营者处理个人信息违法", "（新闻看法）")
    assert not wrapped("（作者为某某研究中心研究员）", "（作者为某某研究中心研究员）", "（本文由某杂志社组稿）")
    assert not wrapped("某某工作取得实效。", "某某工作取得实效。", "（快评）")  # a sentence is finished


def test_rejoin_wrapped_joins_a_wrap_within_its_block_only() -> None:
    units = [Unit("赴缅甸作战的中国", 1), Unit("远征军将领戴安澜——", 1), Unit("沙场殉国志无违", 1), Unit("本报记者 方圆", 1)]
    assert [u.text for u in rejoin_wrapped(units)] == ["赴缅甸作战的中国远征军将领戴安澜——", "沙场殉国志无违", "本报记者 方圆"]
    apart = [Unit("赴缅甸作战的中国", 1), Unit("远征军将领戴安澜——", 2)]
    assert rejoin_wrapped(apart) == apart  # a line in a block of its own is no piece of the box
    marked = [Unit("——某某一线观察", 3), Unit("某某纪实", 3, marked=True)]
    assert rejoin_wrapped(marked) == marked
    title = [Unit("珠宝首饰这样选", 5, marked=True), Unit("选购首饰时，应注意以下陷阱：", 5)]
    assert rejoin_wrapped(title) == title  # the exporter marks the title: the line under it is text
    under = [Unit("振奋精神有所作为", 7), Unit("陈耀朋友：", 7), Unit("龙口打响攻坚战", 7), Unit("本报讯（记者 罗盘）（附图片1张）", 7)]
    assert rejoin_wrapped(under) == under  # a letter's salutation, a lead: the text, not the heading's rest
    cut = [Unit("像这样自主研发的", 8), Unit("图①：某某换流站。", 8)]
    assert rejoin_wrapped(cut) == cut  # a line of text cut over a caption
    lead = [Unit("本报北京1月1日讯记者李", 6), Unit("会计委派制度试点取得成效", 6)]
    assert rejoin_wrapped(lead) == lead  # a lead cut by the heading printed inside it
    three = [Unit("——论学习贯彻某某", 4), Unit("在部分省区市座谈会上", 4), Unit("重要讲话精神", 4)]
    assert [u.text for u in rejoin_wrapped(three)] == ["——论学习贯彻某某在部分省区市座谈会上重要讲话精神"]


@pytest.mark.parametrize(
    "lines, heading",
    [
        (["赴缅甸作战的中国", "远征军将领戴安澜——", "沙场殉国志无违"], ("赴缅甸作战的中国远征军将领戴安澜——", "沙场殉国志无违", None)),
        (["大国应有的样子", "——二〇二五年春季中国", "元首外交纪事"], (None, "大国应有的样子", "二〇二五年春季中国元首外交纪事")),
        (["任性网络直播", "当心被诉侵权（法治聚焦）"], (None, "任性网络直播当心被诉侵权（法治聚焦）", None)),
        (["西部边远地区寄递服务网络", "越织越密", "包邮区有了新定义（大数据观察）"], ("西部边远地区寄递服务网络 越织越密", "包邮区有了新定义（大数据观察）", None)),
    ],
)
def test_a_wrapped_field_is_read_as_one(lines: list[str], heading: tuple) -> None:
    a = _parse("\n".join(lines) + "\n\n" + LEAD).articles[0]
    assert (a.kicker, a.headline, a.subtitle) == heading


@pytest.mark.parametrize(
    "first, second, below",
    [
        ("中央第一生态环境保护", "督察组向某市转交第十批信访件", "本报讯9月5日，中央第一生态环境保护督察组将第十批信访件转交某市。"),
        ("我市召开产业工人", "队伍建设改革推进会", "本报讯为深入贯彻新时期产业工人队伍建设改革精神，…"),
        ("辽源市新型冠状病毒", "肺炎疫情情况通报", "截至1月10日24时，全市新型冠状病毒肺炎疫情平稳。"),
    ],
)
def test_a_cut_the_text_reads_through_is_inside_one_phrase(first: str, second: str, below: str) -> None:
    assert read_through(first, second, below) and wrapped(first, first, second, below)
    assert not read_through(first, second, "本报讯近日，某市召开会议，研究部署有关工作。")  # the text does not read on


@pytest.mark.parametrize(
    "first, second, below",
    [
        ("把握关键 真抓实干", "深入推进兴边富民行动", "要把握关键 真抓实干深入推进兴边富民行动"),  # spaced phrases stand
        ("故宫博物院藏", "清代《岁朝欢庆图》。", "台北故宫博物院藏清代《双扬鞭》年画。"),  # a caption's sentence
        ("本报记者 王五", "某某工作取得实效", "本报记者 王五某某工作取得实效"),  # a byline
        ("纵横", "云咖升“咖”的启示", "纵横云咖升“咖”的启示"),  # too short for a box's line
        ("——某某一线观察", "某某纪实", "——某某一线观察某某纪实"),  # a dashed line
    ],
)
def test_lines_read_through_only_as_plain_box_lines(first: str, second: str, below: str) -> None:
    assert not read_through(first, second, below)


def test_two_parallel_lines_of_a_heading_box_are_one_couplet_title() -> None:
    box = [Unit("铭记二战历史", 1), Unit("传承深厚友谊", 1), Unit("本报记者 王五", 1)]
    assert [u.text for u in rejoin_wrapped(box)] == ["铭记二战历史 传承深厚友谊", "本报记者 王五"]
    kicker = [Unit("绿水青山 冰天雪地", 2), Unit("都是金山银山", 2)]
    assert rejoin_wrapped(kicker) == kicker  # a spaced kicker's lines stand
    intro = [Unit("外交官何凤山——", 3), Unit("生命签证救难民", 3)]
    assert rejoin_wrapped(intro) == intro  # a kicker introducing its title
    amid = [Unit("树木倾倒砸坏邻家房", 4), Unit("所有人需承担侵权责任", 4), Unit("因为大风天气，杨树被刮倒。", 4)]
    assert rejoin_wrapped(amid) == amid  # two crossheads amid the story's text
    assert stacked_couplet("抓实党支部质量提升", "打造坚强战斗堡垒")
    assert not stacked_couplet("市委组织部：3313266", "网络举报：QQ号：35963")
