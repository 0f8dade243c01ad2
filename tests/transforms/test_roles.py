"""transforms.roles: two plain heading lines, kicker + title or title + undashed subtitle."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms import roles


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("某行业智能化改造推进方案出台", "到2030年重点工序数字化率达80%左右"),
        ("全市春季国土绿化行动全面启动", "2025年计划新增城市绿地120公顷"),
        ("某县农村供水保障工程全面完工", "截至6月底已惠及12万农村人口"),
        ("某市外贸进出口实现平稳开局", "1至2月进出口总值同比增长8.5%"),
        ("某省冰雪旅游市场持续升温迎来旺季", "二〇二五年雪季接待游客超千万人次"),
        ("某市十四届人大三次会议开幕", "听取政府工作报告 审查计划报告和预算报告"),
        ("守护绿水青山 建设美丽乡村", "某县持续推进农村人居环境整治取得明显成效"),
        # A title that asks, over the line that answers it.
        ("某市“数字小镇”何以汇聚上百家科技企业", "一批年轻人，做着创新的事业"),
        ("老街区如何留住城市的烟火气", "某市推进城市更新的探索与实践"),
        # A 副题 that names its piece: an interview, an editorial series.
        ("筑牢某某现代化的家庭根基", "访某省妇联党组书记、主席某某某"),
        ("“文化交流让两国人民的心贴得更近”", "访某国资深翻译家、某某奖获得者某某某"),
        ("把培育新兴产业群摆在更加突出的位置", "论学习贯彻某某在部分省区市座谈会上的重要讲话"),
        # … or names the report last (纪实, 见闻, 扫描) or opens a profile (记…), under a title
        # however short.
        ("某某产业看今朝", "某县特色产业发展纪实"),
        ("大国小城的春天", "某某市推动高质量发展见闻"),
        ("把论文写在大地上", "记某农业大学教授张三"),
        ("为基层减负赋能", "各地整治形式主义工作扫描"),
    ],
)
def test_title_over_its_undashed_subtitle(first: str, second: str) -> None:
    assert roles.title_over_subtitle(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # A line that opens by naming the piece (an interview, a profile, an editorial series, an
        # occasion) is the 副题 under any title: a couplet, a title longer than it, a statement
        # with clause marks.
        ("建强支部班子 激发基层活力", "访某镇党委书记某某"),
        ("守好群众的“钱袋子”和“菜篮子”", "访某县县长李四"),
        ("让每一块土地都长出好收成来", "记某乡农技站站长王五"),
        ("把发展新兴产业摆在更加突出的位置", "论学习贯彻某某重要讲话"),
        ("某市人民政府工作报告", "2024年1月8日在某某市第九届人民代表大会第三次会议上"),
        ("在新征程上奋勇争先、再立新功", "写在某某建校七十周年之际"),
        ("平安建设 人人参与 线索举报 有奖必兑", "专访某市平安办负责人"),
    ],
)
def test_a_line_opening_by_naming_its_piece_is_the_subtitle_under_any_title(first: str, second: str) -> None:
    assert roles.opens_naming_piece(second)
    assert roles.title_over_subtitle(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # A line naming who chaired the meeting the title reports is its 副题, however long or
        # short the title over it: it points back to "the meeting".
        ("中共中央政治局召开会议", "中共中央总书记习近平主持会议"),
        ("某省委常委会召开会议", "省委书记某某主持会议"),
        ("市政府召开第十二次常务会议", "市长张三主持会议并讲话"),
        ("研究部署春季农业生产和防汛抗旱工作", "某某主持会议并发表重要讲话"),
        ("人脸信息安全保护有了新办法", "中共中央总书记习近平主持会议"),
    ],
)
def test_a_line_naming_the_meetings_chair_is_the_subtitle(first: str, second: str) -> None:
    assert roles.opens_naming_piece(second)
    assert roles.title_over_subtitle(first, second)


@pytest.mark.parametrize(
    "line",
    [
        # It names its own meeting, or the chairing is prose of the text: no 副题 by that alone.
        "李强主持召开国务院常务会议",
        "某某主持召开专题会议研究部署安全生产工作",
        "市人大常委会副主任、市总工会主席杜某某主持会议。",
        "主持会议的人",
    ],
)
def test_a_line_that_does_not_point_back_to_the_meeting_names_no_chair(line: str) -> None:
    assert not roles.opens_naming_piece(line)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("在世界舞台展现中国青年担当", "“世界超市”义乌一线观察"),
        ("好产品到哪里都会有好市场（走市场  看韧性  强信心）", "“打火机之乡”湖南邵东一线观察"),
        ("“老字号”焕发新活力的密码", "某市“百年老街”更新改造见闻"),
        ("以元首外交引领开创新局面", "二〇二五年春季“中国之友”会见纪事"),
        ("让群众办事像“网购”一样方便", "各地推进“高效办成一件事”工作扫描"),
    ],
)
def test_a_line_naming_its_report_last_is_the_subtitle_under_a_headline_whatever_it_quotes(first: str, second: str) -> None:
    # The quoted words of such a line are its subject's byname ("世界超市"), not the title's marks.
    assert roles.names_report_last(second) and not roles.opens_naming_piece(second)
    assert roles.title_over_subtitle(first, second)


@pytest.mark.parametrize(("first", "second"), [("走进“世界超市”", "“小商品之城”义乌见闻"), ("记者手记", "“世界超市”义乌一线观察")])
def test_a_short_line_over_a_report_named_last_is_weighed(first: str, second: str) -> None:
    # A line that cannot stand as a headline alone is a label or kicker over a short title.
    assert not roles.title_over_subtitle(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Words that only start like a piece's name are a title under its kicker.
        ("某市举办春节民俗文化展", "记忆中的年味又回来了"),
        ("某县文旅融合发展取得新成效", "记住乡愁 留住乡韵"),
        ("某国议会代表团应邀来华进行正式友好访问", "访问团首站抵达某市"),
        # A short label over the line stays a kicker (``roles.introduces``).
        ("记者手记", "访某镇党委书记某某"),
    ],
)
def test_words_that_only_look_like_a_piece_s_name_leave_the_kicker(first: str, second: str) -> None:
    assert not roles.title_over_subtitle(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # A statement over a shorter title, a label, a line that introduces: the kicker.
        ("某市发展改革委发布今年第一季度经济运行情况", "经济运行稳中向好"),
        ("纵横", "老字号要守正更要创新"),
        ("某县某乡某村——", "一渠清水润良田（走基层）"),
        ("某某会议在某地召开时强调", "2025年要抓好五方面重点工作"),
        ("市政府新闻办公室表示", "到2027年全市将新建改建公园50座"),
        # The title is the line with the quoted words or the book title.
        ("某省某市推进老旧街区更新", "3条老街换上“新衣”"),
        ("某某签署国务院令", "公布修订后的《某某管理条例》"),
        # A title that opens with a count is the news itself, under the statement of its kicker
        # (a 副题's figures are those of a period or a target: "到2027年…", "截至6月底…").
        ("某市开展学雷锋志愿服务活动", "3000余名志愿者走进社区"),
        ("某省集中开工一批重大产业项目", "120个项目总投资超过800亿元"),
        ("某县持续深化政务服务改革", "98%的事项实现网上办理"),
        # A kicker with clause marks over its title.
        ("强化源头治理，推动部门联动，织密安全防护网", "某市安全生产形势持续稳定向好"),
        # Two lines of one length with no mark: a kicker and its title, as most blocks are.
        ("某省加快推进数字政府建设", "让企业群众办事更加便捷"),
        # The line with the column tag is the title, even under a line that asks.
        ("某省怎样答好这道发展考题？", "某省因地制宜发展新兴产业群（奋勇争先）"),
        # A question under a statement is the title; an interview's "访谈" is no 副题's "访".
        ("旧车置换新车，补贴加力、商家受益", "不到9个月，销售量何以破亿台"),
        ("某市举办非遗传承人座谈会", "访谈间感受匠心传承的力量"),
        # A label too short for a title stays a kicker whatever is under it; "记者…" is no profile.
        ("纵横", "某县特色产业发展纪实"),
        ("记者手记", "记者走进某某村的见闻"),
    ],
)
def test_kicker_over_its_title(first: str, second: str) -> None:
    assert not roles.title_over_subtitle(first, second)


def test_the_trace_receives_the_evidence_of_weighed_blocks_only() -> None:
    trace: list = []
    roles.title_over_subtitle("某行业智能化改造推进方案出台", "到2030年重点工序数字化率达80%左右", trace)
    roles.title_over_subtitle("纵横", "老字号要守正更要创新", trace)  # a label: not weighed
    ((lines, pair, decision),) = trace
    assert lines == ["某行业智能化改造推进方案出台", "到2030年重点工序数字化率达80%左右"] and decision
    assert pair.score() > 0 and len(pair.values) == len(roles.FEATURES)


_LINE = st.text(alphabet="某市县推进发展建设工作会议召开强调表示年月日到1234567890“”《》，、 ——：", min_size=1, max_size=40)


@settings(deadline=None, max_examples=200)
@given(_LINE, _LINE)
def test_a_line_that_introduces_is_never_a_title_over_a_subtitle(first: str, second: str) -> None:
    for end in ("——", "：", "时强调", "表示"):
        assert not roles.title_over_subtitle(first + end, second)


def test_weights_name_every_feature_and_a_subtitle_line_speaks_for_itself() -> None:
    assert set(roles.WEIGHTS) == set(roles.FEATURES)
    for feature in ("points_under", "plain_under_couplet", "figures_under", "asks_over", "genre_under"):
        assert roles.WEIGHTS[feature] >= 0
    for feature in ("series_over", "clause_over", "marks_under", "long_over"):
        assert roles.WEIGHTS[feature] <= 0


@pytest.mark.parametrize(
    ("half", "body", "facts"),
    [
        # Over another kicker line, with a word cut in two ("黄" / "花村", 黄花村 printed again).
        ("走进某某县城关镇黄", "花村，以往每逢农闲，村里的年轻劳力多半外出务工。", dict(over_kicker=True, cut_word=True)),
        # A function character last, and the cut word again.
        ("一些村子从“脏乱差”到“洁净美”的", "巨变，折射出实干的力量。", dict(cut_word=True)),
        # A year's statement cut before its end, the body opening with a few characters' sentence.
        ("2030年是某某", "建校百年。在这个值得纪念的节点，学校推出了系列活动。", dict(cut_word=True)),
        # A clause mark and a last word that needs what follows (a verb before its place, an
        # adverb before its verb): nothing else speaks for the cut.
        ("今年的订单怎么样，记者最近到", "某县几家工厂走访，车间里机器轰鸣。", {}),
        ("新修的步道和球场，有利于我们更", "方便地锻炼身体，居民们都说好。", {}),
        ("村里的老人说，这项改革有利于", "大家安心种粮，收成一年比一年好。", {}),
        # No clause mark, but a last word that all but never closes a clause (a function word:
        # 都, 须, 也, 必须), and a word cut in two: no heading line ends so.
        ("每个中国人一定都", "在锦绣河山、繁花似锦的语境里通晓了“锦”的华美。", dict(cut_word=True)),
        ("未成年人矫正对象某某在社区矫正期间须", "每天用手机进行人脸识别验证，而学校不让带手机。", dict(cut_word=True)),
        ("西河村的年轻人如今也", "愿意回乡创业了，村里新开了三家农家乐。", dict(cut_word=True)),
        ("某某县委书记在座谈会上要求全县上下必须", "把农田水利建设摆在突出位置，确保春灌用水。", dict(cut_word=True)),
        # Over another kicker line, the body opening with a clause of one ideograph: the last
        # character of a word cut at the heading ("解" / "锁，", "农" / "村，").
        ("小区门禁必须“刷脸”才能解", "锁，移动支付平台不知何时开通了“扫脸即付”。", dict(over_kicker=True)),
        ("某市的工业化，发端于农", "村，现在形成了一区多园的格局。", {}),
        ("某县的变化，起步于山", "区，如今已是全省闻名的茶乡。", {}),
        # Joined to the body, the line opens the sentence as a story sets its scene (a place down
        # to its street, a spot there), which the body alone does not: with a pair across the cut
        # that the issue prints elsewhere, the two are one sentence.
        ("走在某省某市铁西区凌空街道六", "小区，几十栋楼宇的外墙红色打底、浅黄点缀。", dict(cut_word=True)),
        ("在某省某县某镇的一处", "茶园里，采茶工人正忙着采摘春茶。", dict(cut_word=True)),
        ("湖北某市江岸区解", "放公园东南角，葱茏树木间立着一座纪念碑。", dict(cut_word=True)),
    ],
)
def test_a_top_line_cut_from_the_lead_weighs_as_half_a_sentence(half: str, body: str, facts: dict) -> None:
    facts = dict(over_kicker=False, on_title=False, quoted=False) | facts
    assert roles.half_evidence(half, body, **facts).score() > 0


@pytest.mark.parametrize(
    ("half", "body", "facts"),
    [
        ("某县做强村集体经济扩大家门口就业", "近年来，某县把发展村集体经济作为乡村振兴的抓手。", {}),
        ("某某代表——", "“要让农田灌溉更省心。”全国人大代表某某说。", {}),
        ("盘活闲置厂房，引进科创团队", "老工业区里，科创团队陆续入驻。", dict(on_title=True)),
        ("核心阅读", "城市更新，是提升城市治理现代化的关键一招。", {}),
        # A kicker with a clause mark whose last word may close a clause.
        ("守护绿水青山，志愿者接力同行", "近年来，某县组织志愿者上山巡护。", {}),
        ("春耕正当时，农机下田忙", "连日来，某某镇的田野里一派繁忙。", {}),
        # A heading's phrase may end on such a word ("复苏" closes few clauses): without a clause
        # mark the line is no prose that stops.
        ("某地消费市场加快复苏", "近年来，某地持续推出促消费举措。", {}),
        ("春暖花开 万物复苏", "眼下正值春耕时节，全市各地抢抓农时。", {}),
        # … even with a word across the cut printed elsewhere: only a function word last says prose.
        ("某地消费市场加快复苏", "近年来，某地持续推出促消费举措。", dict(cut_word=True)),
        ("某县做强村集体经济扩大家门口就业", "近年来，某县把发展村集体经济作为乡村振兴的抓手。", dict(cut_word=True)),
        # A body opening with a figure's clause or a list's number opens no clause of one ideograph.
        ("某县春耕备耕忙", "3月，某县各乡镇抢抓农时。", {}),
        ("某县春耕备耕忙", "一、抓好种子供应，确保良种到户。", {}),
        # A scene over a body that sets its own scene is a kicker's statement, not a cut sentence.
        ("春节期间，某地文旅市场火热", "大年初一，某古镇人头攒动。", {}),
        ("某县做强村集体经济", "在某省某县某镇，村集体经济收入三年翻了一番。", dict(cut_word=True)),
    ],
)
def test_a_kicker_over_a_body_that_opens_a_sentence_weighs_as_a_kicker(half: str, body: str, facts: dict) -> None:
    facts = dict(over_kicker=False, on_title=False, quoted=False) | facts
    facts = dict(cut_word=False) | facts
    assert roles.half_evidence(half, body, **facts).score() <= 0


def test_half_weights_name_every_feature_with_the_signs_of_print() -> None:
    assert set(roles.HALF_WEIGHTS) == set(roles.HALF_FEATURES)
    for feature in ("clause", "open", "never_last", "over_kicker", "short_tail", "mid_clause", "rare_start", "cut_word", "open_end",
                    "lone_start", "scene"):
        assert roles.HALF_WEIGHTS[feature] >= 0
    for feature in ("heading_end", "label", "on_title", "quoted"):
        assert roles.HALF_WEIGHTS[feature] <= 0


@pytest.mark.parametrize(
    "line",
    ["2021年1月12日在某某市第八届人民代表大会第六次会议上", "在全省经济工作会议上的讲话", "二〇二五年三月五日在第十四届全国人民代表大会第三次会议上"],
)
def test_a_speech_or_report_named_by_its_occasion_names_the_piece(line: str) -> None:
    assert roles.names_piece(line)


@pytest.mark.parametrize("line", ["在京召开会议", "某地在全省大会上作典型发言", "在会议上强调抓好春耕生产"])
def test_a_statement_about_a_meeting_names_no_piece(line: str) -> None:
    assert not roles.names_piece(line)


@pytest.mark.parametrize(
    ("first", "second", "tied"),
    [
        # No evidence either way under a kicker: the tie goes to title and 副题 only when asked.
        ("某地古泉断流三十载后复涌", "一群年轻人，干着年轻的事业", True),
        ("人脸信息安全保护有了新办法", "一批年轻人，做着创新的事业", True),
        # Evidence for a kicker and its title (the title carries quoted words) wins over the tie.
        ("端稳端牢中国人的饭碗", "田野里来了一群“新农人”", False),
    ],
)
def test_a_tie_under_a_kicker_reads_title_and_subtitle_when_asked(first: str, second: str, tied: bool) -> None:
    assert roles.title_over_subtitle(first, second, kicker_above=True, tie=True) is tied
    assert not roles.title_over_subtitle(first, second, kicker_above=True)


@pytest.mark.parametrize(
    ("half", "body"),
    [
        # A kicker redrawn over a commentary: one statement, a topic and its comment joined by one
        # comma, closing on a word that closes clauses, over text that opens its own sentence.
        ("为了和平与正义，英雄挺身而出", "党的十八大以来，某地把边疆治理摆在重要位置。"),
        ("家电以旧换新，政策加力、企业受益、消费者得实惠", "在北京、上海，以古旧书交流为主题的活动越来越多。"),
        ("宾馆客房等处不得安装人脸识别设备，“强制刷脸”受到规范", "从某某到某某，人工智能正在走进千家万户。"),
        ("断流多年后，干流顺利实现全线过流", "卫生健康是个人之事，也是国之大者。"),
    ],
)
def test_a_statement_over_a_commentary_weighs_as_its_kicker(half: str, body: str) -> None:
    facts = dict(over_kicker=False, on_title=False, quoted=False, cut_word=False, commentary=True)
    assert roles.closes_a_statement(half, quoted=False)
    assert roles.half_evidence(half, body, **facts).score() <= 0


@pytest.mark.parametrize(
    ("half", "body", "quoted"),
    [
        # Stopping on a word that needs what follows: the lead's sentence, cut by the heading.
        ("新修的步道和球场，有利于我们更", "方便地锻炼身体，居民们都说好。", False),
        # A sentence that ends inside the line goes on after it ("…如何？最近" / "到某地走访").
        ("国际贸易形势复杂多变，企业生产状态如何？最近", "到某省多地走访，真切感受到一股定力。", False),
        ("某街道专门开设了服务驿站，但为啥利用率不高呢？为了找出", "原因，一名街道工作人员注册成为骑手。", False),
        # A list cut mid-list, 、 its only mark.
        ("全民阅读大会盛况空前、各大图书馆到馆", "读者人数屡创新高、热门图书签售会大排长龙，书香处处。", False),
        # Three clauses or more: a lead's sentence.
        ("赏美景、品美食，看演出、逛市集，刚刚过去的“五一”假期，各地旅游景区", "熙熙攘攘，文旅市场活力涌动。", False),
        # Opening with its time, as a lead does.
        ("前段时间，某某音乐学院", "唢呐博士某某在维也纳金色大厅吹响一曲。", False),
        ("不久前，某市图书馆", "推出了夜间开放服务，读者纷纷点赞。", False),
        # Printed again in the text: the commentary's own words (a summary, a pull-quote).
        ("我国是后来者，但具有后来居上的优势和潜力", "不久前，全球首次“人机共跑”半程马拉松开跑。", True),
    ],
)
def test_prose_over_a_commentary_that_is_no_whole_statement_weighs_as_half_a_sentence(half: str, body: str, quoted: bool) -> None:
    facts = dict(over_kicker=False, on_title=False, quoted=quoted, cut_word=False, commentary=True)
    assert not roles.closes_a_statement(half, quoted=quoted)
    assert roles.half_evidence(half, body, **facts).score() > 0


@pytest.mark.parametrize("line", ["到2027年关键工序数控化率达75%左右", "截至3月底某某达标", "2025年全国某某倡议书", "二〇二五年某某纪事", "1至2月某某增长"])
def test_a_line_opening_on_its_figures(line: str) -> None:
    assert roles.opens_with_figures(line)


@pytest.mark.parametrize("line", ["12个重点项目集中开工", "生态环境督察整改方案", "到基层去"])
def test_a_line_opening_on_no_figures(line: str) -> None:
    assert not roles.opens_with_figures(line)  # a bare count is the news itself


@pytest.mark.parametrize(
    "first",
    [
        "为构建新发展格局不断注入新动能",
        "为构建新发展格局、推动高质量发展不断注入新动能",
        "准确把握阶段性要求，科学谋划“十五五”",
        "人类发展进步的大方向不会改变",
        "助力“春天的事业”  书写幸福答卷",
    ],
)
@pytest.mark.parametrize(
    "second",
    [
        "习近平总书记重要讲话激发奋斗热情、汇聚磅礴力量",
        "某某总书记在某某座谈会上的重要讲话指明方向、凝聚力量",
        "总书记的重要指示为促进残疾人事业全面发展指明前进方向",
        "某某主席访问某某银行为支持全球南方国家走好现代化道路注入强劲动力",
    ],
)
def test_a_line_opening_on_the_leaders_words_or_visit_is_the_subtitle(first: str, second: str) -> None:
    # A commentary or a round-up answering a speech or a visit names it in its 副题, the leader by
    # his post as the subject: under any title, with clause marks, quoted words or phrases.
    assert roles.names_its_source(second)
    assert roles.title_over_subtitle(first, second)


@pytest.mark.parametrize(
    "line",
    [
        # A headline names the leader without his post; a kicker names the words after who
        # printed or heard them, or reports what was said ("…强调"); a presidium is no leader.
        "习近平在某地考察时强调",
        "《求是》杂志发表习近平总书记重要文章",
        "各地干部群众热议习近平总书记重要讲话",
        "主席团主持选举会议",
        "越南国家主席某某：推进国家的工业化",
        "总书记的殷殷嘱托为广大劳动者明确了方向",
    ],
)
def test_a_line_not_opening_on_the_leaders_words_names_no_source(line: str) -> None:
    assert not roles.names_its_source(line)


def test_under_a_kicker_a_line_naming_its_source_is_weighed() -> None:
    # Such a piece prints no kicker: under a line read as one, the block is weighed as any other
    # (the line above is the lead's first half, cut by the heading).
    first, second = "为构建新发展格局、推动高质量发展不断注入新动能", "习近平总书记重要讲话激发奋斗热情、汇聚磅礴力量"
    assert not roles.title_over_subtitle(first, second, kicker_above=True)
