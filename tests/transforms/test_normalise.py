import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.normalise import markdown_headings, normalise, numeric_marks
from transforms.parse import parse_issue


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("本报讯(记者 王茵 汪琳)为扎实做好", "本报讯（记者 王茵 汪琳）为扎实做好"),
        ("他说:好!真的吗?是的;走吧", "他说：好！真的吗？是的；走吧"),
        ("收窄至2.4%,", "收窄至2.4%，"),
        ("细颗粒物(PM2.5)浓度", "细颗粒物（PM2.5）浓度"),
        ("每天8:00—20:00开放", "每天8:00—20:00开放"),
        ("电话: 0431-12389", "电话：0431-12389"),
        ("投资1.5亿元，共1,000人", "投资1.5亿元，共1,000人"),
        ("信箱 jl\\_lyrb@126.com", "信箱 jl_lyrb@126.com"),
        ("辽源信息港 <http://www.0437.com>", "辽源信息港 http://www.0437.com"),
        ("## 我市召开推进会", "我市召开推进会"),
        ("再动员 再部署 再要求", "再动员 再部署 再要求"),
        ("ＡＢＣ２０２１年", "ABC2021年"),
        ("柴伟强调 ，要以群众诉求为导向", "柴伟强调，要以群众诉求为导向"),
        ("市领导晨检「走遍辽源」 环境整治「走遍辽源」", "市领导晨检「走遍辽源」 环境整治「走遍辽源」"),
        ("hello, world: fine", "hello, world: fine"),
        # A heading line keeps the space after a kicker's ？ or ！ (its title after it on the line);
        # prose and a colon's field do not.
        ("村里的垃圾去哪了？  某县推行垃圾分类新模式", "村里的垃圾去哪了？ 某县推行垃圾分类新模式"),
        ("家门口就能看好病! 某县推进医共体建设", "家门口就能看好病！ 某县推进医共体建设"),
        ("“真的吗？” 她笑着问道，大家都笑了起来，院子里一片欢声笑语，孩子们也跟着跑来跑去。", "“真的吗？”她笑着问道，大家都笑了起来，院子里一片欢声笑语，孩子们也跟着跑来跑去。"),
        ("报名地址： 某某县文化馆", "报名地址：某某县文化馆"),
        # ... and the space after a kicker's own comma (its title after it on the line); not in
        # prose, nor between figures, nor before the comma.
        ("为了一村人的饮水安全，  他在山里守了二十年", "为了一村人的饮水安全， 他在山里守了二十年"),
        ("从“没人管”到“抢着管”, 老旧小区有了新管家", "从“没人管”到“抢着管”， 老旧小区有了新管家"),
        ("为守护一方碧水， “河小青”巡河二十年", "为守护一方碧水， “河小青”巡河二十年"),
        ("近年来， 某某县坚持把群众需求作为工作导向，一件件民生实事落地见效。", "近年来，某某县坚持把群众需求作为工作导向，一件件民生实事落地见效。"),
        ("举报电话: 0431-12389, 0431-82097213", "举报电话：0431-12389，0431-82097213"),
    ],
)
def test_rules(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_stray_space_in_long_prose_is_removed() -> None:
    prose = "即便没有厚重的历史和得天独厚的各种优势，我们一样可以让我们 的城市宜居宜业，让我们的百姓体验幸福。"
    assert "我们的城市" in normalise(prose)


@pytest.mark.parametrize(
    "line",
    [
        "建设平台、完善机制，突出企业研发主体地位，推动产学研深度融合 让技术链和应用链紧密衔接（科技视点·新质生产力）",
        "劳动书写时代篇章，奋斗开创美好明天，总书记勉励广大劳动群众弘扬劳模精神 礼赞劳动者（劳动节特刊）",
    ],
)
def test_a_long_heading_line_ending_in_a_column_tag_keeps_the_space_between_its_parts(line: str) -> None:
    assert normalise(line) == line  # kicker and title printed on one line stay separable


@pytest.mark.parametrize(
    "line",
    [
        "民营企业勇担重任、善作善成 ——论学习贯彻某某座谈会上的重要讲话",
        "劳动书写时代篇章 奋斗开创美好明天 ——总书记勉励广大劳动群众弘扬劳模精神、奉献精神、工匠精神",
        "把小事办实，把实事办好 ——记某某社区党委书记李四",
    ],
)
def test_a_title_with_its_dashed_subtitle_on_one_line_keeps_the_space_before_the_dash(line: str) -> None:
    assert normalise(line) == line  # the heading split cuts title and subtitle at " ——"


@pytest.mark.parametrize(
    "line",
    [
        "出席省第某届人大第某次会议的某某代表团继续审议报告、审查某某规划（草案） 开好头 起好步 努力实现新发展",
        "某某市召开会议，部署春季农业生产 抓实春耕备耕 确保粮食丰收",
        "宾馆客房等处不得安装面部识别装置，“强制刷脸”得到规范 面部信息保护有了新办法",
    ],
)
def test_a_kicker_with_clause_marks_keeps_the_spaces_of_the_title_phrases_after_it(line: str) -> None:
    assert normalise(line) == line  # the heading split cuts the kicker off, the title keeps its phrases


@pytest.mark.parametrize(
    "line",
    [
        "某某深入某某河城区段检查督导环保督察组信访反馈问题整改落实情况时强调 市人大常委会对《某某水库饮用水水源地环境问题整改方案》落实情况开展专题调研",
        "某某在某某市调研城市更新和老旧小区改造以及城市地下管网建设改造工作时指出 以绣花功夫推进城市精细化管理 让人民群众的日常生活更加方便更加舒心更加美好",
    ],
)
def test_a_kicker_and_a_long_title_without_clause_marks_keep_their_space(line: str) -> None:
    assert len(line) > 70
    assert normalise(line) == line  # two heading lines on one, longer than any prose line without a comma


def test_prose_ending_in_a_signature_loses_its_stray_spaces() -> None:
    prose = "即便没有厚重的历史和得天独厚的各种优势，我们一样可以让我们 的城市宜居宜业，让百姓体验幸福。（辽轩）"
    assert "我们的城市" in normalise(prose)


def test_blank_lines_collapse_to_one_paragraph_boundary() -> None:
    assert normalise("\n\n甲乙\r\n\r\n\r\n丙丁\r戊己\n\n") == "甲乙\n\n丙丁\n戊己"


def test_markdown_headings_are_remembered() -> None:
    assert markdown_headings("## 以群众诉求为导向\n正文") == frozenset({"以群众诉求为导向"})


@pytest.mark.parametrize(
    ("raw", "want"),
    [("\\--委", "——委"), ("## —访某某区区长李四", "——访某某区区长李四"), ("> --2021年1月12日在某某会议上", "——2021年1月12日在某某会议上")],
)
def test_a_dash_behind_a_markdown_mark_is_a_subtitle_dash_at_once(raw: str, want: str) -> None:
    # The whole-text dash pass runs before the marks are gone; the line is read again without them.
    assert normalise(raw) == want and normalise(want) == want


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("辽源日报市委 ,:;!?()（）。，#\\_<>ａ１2:8\n-@.http/w")), max_size=80))
def test_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ('坚决防止出现"冷屋子"现象', "坚决防止出现“冷屋子”现象"),
        ('确保居民用能"不断供、不降温",让群众"暖心"', "确保居民用能“不断供、不降温”，让群众“暖心”"),
        ('他说:"好。"', "他说：“好。”"),
    ],
)
def test_paired_ascii_quotes_in_chinese_become_chinese_quotes(raw: str, want: str) -> None:
    assert normalise(raw) == want
    assert normalise(want) == want


@pytest.mark.parametrize("raw", ['他说"好', 'say "hello" world', '访问http://a.cn/?q="x"了解'])
def test_unpaired_or_non_chinese_quotes_stay(raw: str) -> None:
    assert normalise(raw).count('"') == raw.count('"')


@pytest.mark.parametrize(
    "line",
    [
        "宾馆客房、公共浴室等处不得安装面部识别装置，“强制刷脸”得到规范 面部信息安全保护有了新规定",
        "某县持续推进高标准农田建设，今年全县新建和改造高标准农田十二万多亩 一渠清水润良田",
        "家电以旧换新政策加力扩围、企业受益，消费者在家门口就能享受到实惠 购买量何以超过一亿台",
        # A one-phrase title as long as a naked headline (up to 40 ideographs), not only a short one.
        "出席省第某届人大第某次会议的某某代表团继续审议报告、审查某某规划（草案） 某某深入一线检查督导中央生态环境保护督察组信访反馈问题整改落实情况",
        "某某市召开全市安全生产工作会议，部署节日期间安全防范 某某要求全面排查整治各类风险隐患坚决守住安全生产底线确保节日平安",
    ],
)
def test_a_kicker_with_a_clause_mark_keeps_the_space_before_its_title_on_one_line(line: str) -> None:
    # The title after the space has no clause mark: the space separates kicker and title.
    assert normalise(line) == line


@pytest.mark.parametrize(
    "line",
    [
        # A kicker with a clause mark and a title of a full headline's length (31-60 ideographs)
        # after it, with the one space, three, or a space after the kicker's closing bracket.
        "出席省第某届人大第某次会议的某某代表团继续审议报告、审查某某规划（草案） 某某县县长李六到乡镇一线督办农村污水处理设施运行和管网建设情况",
        "某某县代表团分组审议政府工作报告、计划报告和预算报告 县人大常委会对《某某河流域污染防治实施方案》执行情况开展专题询问",
        "某县召开春季农业生产工作会议，部署春耕备耕 全县上下齐心协力抓好春耕备耕各项工作确保今年全县粮食生产再获丰收",
    ],
)
def test_a_kicker_with_a_clause_mark_keeps_the_space_before_a_long_title(line: str) -> None:
    title = line.split(" ")[-1]
    assert 30 < len(title) <= 60
    assert normalise(line) == line
    assert normalise(line.replace(" ", "   ")) == line


@pytest.mark.parametrize(
    "line",
    [
        # A kicker with clause marks and a title of a topic and its comment ("X，Y") on one line.
        "某型钻机作业深度从地表到深层、超深层，钻头直径从0.2米到超2米 钻探机，“穿地尖兵”显身手",
        "多地推出文旅消费新场景，夜游、夜市、夜演、夜购齐上阵，带动假日消费持续升温 夜经济，点亮城市烟火气",
        "全省今年新建改建农村公路三千多公里，建制村通硬化路、通客车比例均达到百分之百 小公路，连起致富路",
    ],
)
def test_a_kicker_with_a_clause_mark_keeps_the_space_before_a_topic_and_comment_title(line: str) -> None:
    assert normalise(line) == line
    assert normalise(line.replace(" ", "   ")) == line


@pytest.mark.parametrize(
    "line",
    [
        # A kicker that introduces its title with a dash, clause marks and all, before a title of
        # phrases longer than a couplet's (17, 16 ideographs).
        "记者来到某省某县某乡，听村民细说—— 完整准确全面贯彻新时代党的某某方略 坚决保持某地社会大局持续稳定",
        "走进某县某村，看产业兴旺、村美民富—— 到祖国和人民最需要的地方去发光发热 为某某式现代化建设贡献青春力量",
        "某某扎根山村三十年，带领乡亲们脱贫致富—— 以高度政治自觉和有力的行动举措推进 突出生态环境问题整改工作",
    ],
)
def test_a_dash_kicker_with_clause_marks_keeps_the_space_before_its_title(line: str) -> None:
    assert normalise(line) == line
    assert normalise(line.replace(" ", "   ")) == line


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        # Prose after its dash runs on with no space; a stray space in it goes.
        ("今年以来，某县新建农村公路三千公里，通了客车—— 小公路 连起了致富路，村民出行更方便了，日子越过越红火", "小公路连起了致富路"),
        ("他说，这是他们的选择，值得每个人学习和思考—— 我们 要学习的地方在这里，值得每个人学习和思考的地方", "我们要学习"),
    ],
)
def test_prose_with_a_dash_still_loses_a_stray_space(raw: str, fixed: str) -> None:
    assert fixed in normalise(raw)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        # Prose with a full stop, or a tail longer than a title's two phrases, loses the space.
        ("今年以来，全市新建农村公路三千公里。小公路 连起了致富路，村民出行更方便", "小公路连起了致富路"),
        ("记者走访发现，园里的果农们正忙着采摘装箱，一辆辆货车 在园外排起了长队，收购商早早就来订货了，今年的苹果格外好卖", "货车在园外"),
    ],
)
def test_prose_with_a_comma_after_a_stray_space_still_loses_it(raw: str, fixed: str) -> None:
    assert fixed in normalise(raw)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("即便没有厚重的历史和得天独厚的各种优势，我们一样可以让我们 的城市宜居宜业，让百姓体验幸福", "让我们的城市宜居宜业"),
        ("清晨的田埂上，村民们正忙着疏通水渠，渠水哗哗 地流进麦田，灌溉季节的西河村格外热闹", "渠水哗哗地流进麦田"),
        ("今年以来，全市新建改造高标准农田十二万多亩，新修水渠三百多公里，种粮大户 孙有田说", "种粮大户孙有田说"),
    ],
)
def test_a_stray_space_in_long_prose_goes_unless_a_title_follows_it(raw: str, fixed: str) -> None:
    assert fixed in normalise(raw)


# The rule as it was written before: a class of every code point with str.isdigit().
_DIGITS = "".join(map(re.escape, filter(str.isdigit, map(chr, range(0x110000)))))
_CLASS_RULE = re.compile(f"[,:](?<=[{_DIGITS}][,:])(?=[{_DIGITS}])")


@pytest.mark.parametrize("line", ["8:00", "1,000人", "２:３", "①,②", "a:1", "1:", ":1", "12,:3", "1,2,3:4", "第1,二"])
def test_numeric_marks_are_the_marks_between_two_digits(line: str) -> None:
    assert numeric_marks(line) == [m.start() for m in _CLASS_RULE.finditer(line)]


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from("0123456789０９①²٣,:，a汉 "), max_size=20))
def test_numeric_marks_agree_with_the_class_rule(line: str) -> None:
    assert numeric_marks(line) == [m.start() for m in _CLASS_RULE.finditer(line)]


@pytest.mark.parametrize("dash", ["――", "──", "－－", "———", "—", "--", "―"])
def test_a_subtitles_dash_as_extractions_print_it_becomes_the_double_dash(dash: str) -> None:
    assert normalise(f"{dash}访某某区区长李四") == "——访某某区区长李四"
    assert normalise(f"{dash}2021年1月12日在某某市人民代表大会上") == "——2021年1月12日在某某市人民代表大会上"


@pytest.mark.parametrize("dash", ["――", "──", "－－", "--"])
def test_a_spaced_subtitle_dash_on_the_title_line_becomes_the_double_dash(dash: str) -> None:
    assert normalise(f"乡村振兴看今朝 {dash}某县特色产业纪实之三") == "乡村振兴看今朝 ——某县特色产业纪实之三"


@pytest.mark.parametrize("line", ["1月25日0—24时，某市无新增确诊病例。", "————————", "2021-01-27", "a--b", "— 坚持"])
def test_other_dashes_stay(line: str) -> None:
    assert normalise(line) == line


@pytest.mark.parametrize("dash", ["―", "――", "—", "--", "──"])
def test_a_subtitle_with_any_dash_is_read_as_the_subtitle(dash: str) -> None:
    text = f"抓实党支部质量提升 打造坚强战斗堡垒\n\n{dash}访某某镇党委书记李四\n\n本报记者 张三\n\n“抓支部班子建设，关键在于提升战斗力。”李四表示。\n"
    a = parse_issue(text.encode(), source_file="liaoyuan-daily/2021-01-27.txt", default_paper="liaoyuan-daily").articles[0]
    assert (a.kicker, a.headline, a.subtitle) == (None, "抓实党支部质量提升 打造坚强战斗堡垒", "访某某镇党委书记李四")


@pytest.mark.parametrize("dash", ["—", "--", "―"])
def test_a_kickers_closing_dash_printed_single_becomes_the_double_dash(dash: str) -> None:
    assert normalise(f"某某县持续完善城市功能惠民生{dash}") == "某某县持续完善城市功能惠民生——"
    # … with its title on the same line after spaces
    assert normalise(f"法官提醒{dash}  任性直播 当心侵权") == "法官提醒—— 任性直播 当心侵权"
    # … or a 副题 after its title and a space
    assert normalise(f"大国应有的样子  {dash}某年春季外交纪事") == "大国应有的样子 ——某年春季外交纪事"


@pytest.mark.parametrize("line", ["1月25日0—", "他来自北京—天津", "京津冀协同发展。北京—"])
def test_a_dash_in_prose_stays_single(line: str) -> None:
    assert normalise(line) == line


@pytest.mark.parametrize(
    ("line", "kicker", "title"),
    [
        # A kicker that introduces its title with its dash, the title holding clause marks.
        ("某某高铁项目团队突破某某拱桥设计施工难点——  为构建新发展格局、推动高质量发展不断注入新动能",
         "某某高铁项目团队突破某某拱桥设计施工难点——", "为构建新发展格局、推动高质量发展不断注入新动能"),
        ("某某县探索农村养老服务新模式—— 让老人在家门口安享晚年，子女在外安心打拼",
         "某某县探索农村养老服务新模式——", "让老人在家门口安享晚年，子女在外安心打拼"),
        # A kicker that reports who said the title, the title holding a comma.
        ("某某给某校戍边支教志愿者服务队队员回信强调 用创造拥抱新时代，以奋斗铸就新辉煌",
         "某某给某校戍边支教志愿者服务队队员回信强调", "用创造拥抱新时代，以奋斗铸就新辉煌"),
        ("某某在某省考察时指出   坚定不移推动高质量发展，奋力谱写新篇章",
         "某某在某省考察时指出", "坚定不移推动高质量发展，奋力谱写新篇章"),
        ("某某给某村老党员回信勉励 扎根乡村沃土，带领乡亲们过上好日子",
         "某某给某村老党员回信勉励", "扎根乡村沃土，带领乡亲们过上好日子"),
    ],
)
def test_a_kicker_ending_in_its_dash_or_speech_verb_keeps_the_space_before_its_title(line: str, kicker: str, title: str) -> None:
    from transforms.headings import split_heading_line

    once = normalise(line)
    assert " " in once and normalise(once) == once
    assert split_heading_line(once)[:2] == (kicker, title)


@pytest.mark.parametrize(
    "line",
    [
        # Prose: a full stop, a clause mark before the verb, or a dash inside a sentence.
        "某某在会上强调 要把各项工作抓实抓细，确保取得实效。",
        # More clauses after the space than a title holds: prose run on past a stray space.
        "某某县水利局局长在接受记者采访时指出 今年全县冬修水利投入资金比去年增加了三成，新修塘坝十二座，疏浚渠道一百公里",
        "会议指出，某某工作取得新进展 ，各地要再接再厉，持续发力，推动某某工作不断迈上新台阶",
        "村里的老支书说，这条通往山外的水泥路——  前前后后修了整整三年，村里的老人都盼着通车，如今终于盼来了这一天的到来",
    ],
)
def test_prose_with_a_speech_verb_or_dash_before_a_space_loses_it(line: str) -> None:
    assert " " not in normalise(line)


@pytest.mark.parametrize(
    "lines",
    [
        ["某某村—", "——访某某区区长李四", "正文第一段。"],
        ["大国应有的样子 —二〇二五年春季纪事", "―――", "——", "—2021年1月12日在某某会议上"],
        ["…法官提醒--", "  任性网络直播 当心被诉侵权", "--访某某"],
        ["标题――", "──副题", "1月25日0—24时，无新增。", "－－某某"],
        ["应对冲击，避免内卷——", "—", "某某"],
    ],
)
def test_subtitle_dashes_are_read_line_by_line(lines: list[str]) -> None:
    # No dash pattern reaches across a line end: the text normalises as its lines do one by one
    # (``normalise`` runs them on the lines that hold a dash, not over the whole text).
    assert normalise("\n".join(lines)) == "\n".join(filter(None, (normalise(line) for line in lines)))
