import pytest

from transforms.lines import Unit
from transforms.model import ParsedIssue
from transforms.parse import parse_issue
from transforms.wraps import between_words, closes_above, goes_on, join_wrapped

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
