"""Crossheads against headlines: decided for the story and page as a whole (transforms.segment).

Made-up stories in the forms papers print: crossheads in series inside a signed story (one
line each, or a kicker and a title each), an unsigned feature with a parallel series of
crossheads, and the 辽源日报 convention that must hold beside them: unsigned notices and briefs
after a story are articles of their own.
"""

from __future__ import annotations

import pytest

from tests.transforms.pages import parse_page as _page


CANAL = [
    "时近正午，湖滨美术馆内游人如织，讲解员正向游客介绍古代漕运的路线和船闸的构造。",
    "博物馆收藏了上万件与运河有关的文物，从漕船模型到沿岸城市的商贸账册，样样都有来历。",
    "沿着运河一路向北，沿岸城市因河而兴，运河带来的人流物流塑造了这些城市的街巷格局。",
    "在运河边长大的老船工说，过去跑船靠经验，如今船闸调度全靠智能系统，通航效率提高了不少。",
    "运河沿线的非遗项目也热闹起来，剪纸、船歌、灯会吸引了不少年轻人前来学习体验。",
    "博物馆负责人介绍，今年还将推出运河主题研学线路，让更多孩子走近运河、读懂运河。",
]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "heads",
    [
        (("探寻流动文化——", "从运河看城市开拓发展的智慧"), ("见证千年变迁——", "从运河读懂商贸传承的密码"), ("传承运河故事——", "从运河聆听非遗生机的新语")),
        (("助农环保——", "秸秆等变成饲料和有机肥"), ("多方协作——", "进一步健全回收利用体系"), ("科技赋能——", "智能船闸提高通航效率")),
    ],
)
def test_crossheads_with_kickers_in_series_stay_in_a_signed_story(heads: tuple, gap: str) -> None:
    body = ["读一部水乡文化的百科全书", "本报记者 钱多", CANAL[0], CANAL[1]]
    for (kicker, title), para in zip(heads, CANAL[2:5]):
        body += [kicker, title, para]
    body.append(CANAL[5])
    (a,) = _page("\n".join(body), gap).articles
    assert a.headline == "读一部水乡文化的百科全书" and a.byline == "本报记者 钱多"
    assert all(title in a.paragraphs for _, title in heads)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "crossheads",
    [
        ("规划建设同步推进", "基础设施互联互通", "产业发展协作共兴", "公共服务共建共享"),
        ("一体规划 同步建设", "互联互通 设施先行", "协作共兴 产业为要", "共建共享 服务为民"),
    ],
)
def test_a_parallel_series_of_crossheads_in_an_unsigned_feature(crossheads: tuple, gap: str) -> None:
    body = ["同城融圈向未来", "某市全面融入都市圈跑出加速度", CANAL[0], CANAL[1]]
    for head, para in zip(crossheads, CANAL[2:]):
        body += [head, para]
    (a,) = _page("\n".join(body), gap).articles
    assert a.headline in ("某市全面融入都市圈跑出加速度", "同城融圈向未来 某市全面融入都市圈跑出加速度")
    assert all(c in a.paragraphs for c in crossheads)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_crossheads_after_one_taken_for_a_headline_are_still_weighed_in_the_signed_story(gap: str) -> None:
    # The first crosshead looks like a title (its text starts a new sub-topic); the later ones
    # are crossheads of the same signed story and must not be shielded by it.
    body = [
        "切实防范化解重点行业风险", "本报记者 钱多 赵大成",
        "会议提出，切实防范化解重点行业风险，坚决守住不出现区域性风险的底线，各地各部门积极行动。",
        "开年以来，各地区各单位围绕重点行业安全隐患，持续加大工作力度，取得积极成效。",
        "推动房地产市场企稳向好",
        "房地产市场是宏观经济的风向标，各地着力打通卡点堵点，降低购房门槛，释放住房需求潜力。",
        "稳妥处置中小金融机构风险",
        "各地区各部门持续压降中小金融机构风险，重点领域风险隐患得到有效化解，守住了底线。",
        "严密防范和查处违规集资活动",
        "各地区各部门防范化解重点领域风险工作有序推进，严厉查处违规集资活动，守护群众钱袋子。",
    ]
    articles = _page("\n".join(body), gap).articles
    assert articles[0].headline == "切实防范化解重点行业风险"
    assert "严密防范和查处违规集资活动" in articles[-1].body
    assert len(articles) <= 2


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_unsigned_briefs_after_each_other_are_articles(gap: str) -> None:
    body = [
        "一渠清水润良田", "本报记者 钱多",
        "清晨的田埂上，村民们正忙着疏通水渠，渠水哗哗地流进麦田，灌溉季节的西河村格外热闹。",
        "西河村的水渠修了三年，村里的麦田从此告别了靠天吃饭，种粮大户孙有田说今年麦子长势格外好。",
        "市区部分路段夜间施工的通告",
        "因道路改造需要，市区部分路段将于本月夜间施工，请过往车辆绕行，给您带来不便敬请谅解。",
        "关于做好今冬供暖收费工作的通知",
        "各供暖单位：为做好今冬供暖收费工作，现将有关事项通知如下，请遵照执行。",
        "我市举办春季招聘会",
        "3月8日，我市春季招聘会在市人才市场举办，两百余家企业提供就业岗位三千多个。",
    ]
    titles = [a.headline for a in _page("\n".join(body), gap).articles]
    assert titles == ["一渠清水润良田", "市区部分路段夜间施工的通告", "关于做好今冬供暖收费工作的通知", "我市举办春季招聘会"]


FARM = """守住粮食安全底线
——今年农业农村工作这么干③
本报记者 钱多 孙田
中央农村工作会议提出：“确保粮食播种面积稳定、产量保持在1.4万亿斤左右。”粮食安全是国之大者，春耕备耕是全年粮食生产的第一仗。
去年，全国粮食产量首次突破1.4万亿斤，高标准农田建设持续推进，种粮农民收益稳定增长，农资供应总体充足。
开年以来，各地抢抓农时，农资储备、农机检修、技术指导等工作有序推进，春耕备耕准备扎实。
{cross1}
高标准农田是粮食稳产增产的基础。今年，各地将加快推进高标准灌区建设，新建和改造提升高标准农田数千万亩，补上农田水利短板。
农业农村部有关负责人表示，将统筹资金、强化监管，确保高标准农田建一亩成一亩，真正让农田旱能灌、涝能排。
随着建设标准提高，农田的产出能力明显增强，种粮农民说，地平了，渠通了，收成更有底了。
{cross2}
种粮农民收益有保障，粮食生产才有后劲。今年，国家继续实施稻谷、小麦最低收购价政策，稳定种粮农民补贴，完善农业保险。
专家表示，要让种粮农民有钱挣、得实惠，健全种粮农民收益保障机制，粮食安全的根基才能更牢。
"""


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("cross1", "cross2"),
    [("加快推进高标准灌区建设", "健全种粮农民收益保障机制"), ("让农田旱能灌涝能排", "让种粮农民有钱挣得实惠"), ("补上农田水利短板", "稳定种粮农民补贴")],
)
def test_crossheads_naming_the_signed_story_s_subject_stay_in_it(cross1: str, cross2: str, gap: str) -> None:
    # Not parallel, no series: each crosshead names what the story under way is about.
    (story,) = _page(FARM.format(cross1=cross1, cross2=cross2), gap, blank_after_head=True).articles
    assert story.headline == "守住粮食安全底线"
    assert cross1 in story.paragraphs and cross2 in story.paragraphs


# The other side of the line, a brief on another subject after a signed story staying an article of
# its own, is test_variations.test_headline_without_byline_is_still_an_article (东丰县… under a
# signed story of the sample, its byline removed).



PARKING = """老旧小区有了停车位
本报记者 钱多
入夜，城东街道的老旧小区里，找不到车位的居民只好把车停在路边，停车难成了居民的烦心事。
街道干部说，小区建成早，设计时没考虑停车，如今家家有车，停车位缺口有两百多个。
居民代表提出，破解停车难，不能只靠划线，得把边角空地都利用起来。
{question}
{answer}
如今，小区新增车位一百多个，居民晚上回家再也不用绕着小区找车位了。
"""


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("如何破解停车难？", "破解停车难，街道请来规划师，把闲置的锅炉房和边角空地改成立体车位。"),
        ("破解停车难靠什么？", "破解停车难靠什么？街道把闲置的锅炉房改成立体车位，又和附近单位错时共享。"),
        ("边角空地怎么用？", "边角空地怎么用，居民代表和规划师一起出主意，改出了五十多个车位。"),
    ],
)
def test_a_question_the_signed_story_asks_of_itself_is_a_crosshead(question: str, answer: str, gap: str) -> None:
    # The text under the question answers it in its words, as a new piece under a question title
    # would; but the story under way holds those words already: the story asking itself.
    (story,) = _page(PARKING.format(question=question, answer=answer), gap, blank_after_head=True).articles
    assert story.headline == "老旧小区有了停车位" and question in story.paragraphs


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_question_title_on_another_subject_after_a_signed_story_stays_a_headline(gap: str) -> None:
    story = PARKING.replace("{question}\n", "").format(answer="街道请来规划师，把边角空地改成立体车位。")
    body = story + (
        "春季如何预防流感？\n"
        "春季如何预防流感？疾控专家提醒，老人和儿童要及时接种疫苗，勤洗手、常通风，出现发热及时就医。\n"
    )
    titles = [a.headline for a in _page(body, gap, blank_after_head=True).articles]
    assert titles == ["老旧小区有了停车位", "春季如何预防流感？"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("大家说·我的家乡②", "家乡的路越走越宽"),
        (None, "家乡的路越走越宽"),
        ("读者来信", "小村庄里的新变化"),
        (None, "路通了，家乡的日子越过越红火（我的家乡）"),  # a tagged title may hold a comma
    ],
)
def test_an_editors_note_under_a_heading_opens_the_group_it_introduces(label, title, gap: str) -> None:
    # An unsigned heading over a paragraph the editors sign ("——编  者") is the item that
    # introduces a column or a group of readers' pieces, not a crosshead of the story before.
    body = [
        "别让好政策卡在最后一公里",
        "孟亚生",
        "一项好政策，从出台到落地，中间隔着不少环节，哪一环松了劲，群众都难有获得感。",
        "有的地方政策宣传不到位，企业不知道；有的地方申报材料繁琐，企业嫌麻烦，好政策成了摆设。",
        *([label] if label else []),
        title,
        "前不久，本版向读者征集家乡变化的故事，收到来稿数百篇，今天选登其中两篇。",
        "——编  者",
        "山路通到了家门口",
        "王小禾",
        "我的家在大山深处，小时候去一趟镇上要走大半天，如今水泥路修到了家门口，班车一天好几趟。",
    ]
    arts = _page("\n".join(body), gap, blank_after_head=True).articles
    assert [a.headline for a in arts] == ["别让好政策卡在最后一公里", title, "山路通到了家门口"]
    assert arts[1].paragraphs[0].startswith("前不久，本版向读者征集")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("byline", "cross"), [("本报记者", "深学细悟  入脑入心"), ("本报记者 钱多", "抓好春耕备耕"), ("本报评论员", "把好事办实")]
)
def test_a_heading_run_right_under_the_byline_is_the_story_s_first_crosshead(byline: str, cross: str, gap: str) -> None:
    # Its lead printed above the heading block, a story opens with a crosshead: it never ends at its byline.
    body = "\n".join([
        "各地认真组织学习教育——",
        "学有质量  查有力度  改有成效（某某专栏）",
        byline,
        cross,
        # the body's first line cut at the column's edge, short enough to look like a heading line
        "各地组织引导党员干部深入学习新修订的条例和有关规定的重要论",
        "述，增强党性修养、提高政治觉悟，以好作风推动好落实。",
        "某省委举办读书班，教育引导党员干部原原本本学、逐条逐句悟，在学深悟透上下功夫。",
    ])
    (a,) = _page(body, gap, blank_after_head=True).articles
    assert a.kicker == "各地认真组织学习教育——" and a.headline == "学有质量 查有力度 改有成效（某某专栏）"
    assert a.paragraphs[0] == " ".join(cross.split()) and a.byline == byline
    assert a.paragraphs[1] == "各地组织引导党员干部深入学习新修订的条例和有关规定的重要论述，增强党性修养、提高政治觉悟，以好作风推动好落实。"


COURT = """大风刮来的损失，谁来担责（法治视点）
本报记者 钱多
近日，多地出现大风天气，高空坠物、树木倾倒砸坏财物的纠纷随之增多。法官提醒，极端天气并非免责的理由。
{case1a}
{case1b}
周先生将车停在小区楼下，第二天发现车辆被狂风刮落的空调外机砸坏，与物业协商不成，诉至法院。
法院审理认为，物业公司未尽到管理维护义务，判决其赔偿吴先生车辆维修费三千余元。
{case2a}
{case2b}
因为大风，刘女士院中的杨树被刮倒，砸坏了邻居王先生家的围墙，王先生起诉要求赔偿修复费用。
法官介绍，林木倾倒造成他人损害，所有人无法证明自身并无过失的，应当承担侵权责任。
"""


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "cases",
    [
        ("阳台花盆坠落砸车", "业主被判赔偿损失", "广告牌被风吹倒伤人", "商户需承担赔偿责任"),
        ("空调外机坠落砸车", "物业公司被判赔偿", "院中大树倒向邻居家", "树木所有人承担责任"),
    ],
)
def test_two_line_case_summaries_in_a_signed_story_are_its_crossheads(cases: tuple, gap: str) -> None:
    # Each case a court column reports is summed up in two lines, line for line of a length.
    text = COURT.format(case1a=cases[0], case1b=cases[1], case2a=cases[2], case2b=cases[3])
    (story,) = _page(text, gap, blank_after_head=True).articles
    assert story.headline == "大风刮来的损失，谁来担责（法治视点）" and all(c in story.paragraphs for c in cases)


SCHOOL = [
    "清晨的社区活动中心格外热闹，几十位退休老人背着书包走进教室，开始一天的课程。",
    "社区老年学校开办三年，课程从书法、剪纸到民间舞蹈，报名的老人一年比一年多。",
    "教室里，老师正在示范运笔，老人们屏住呼吸，一笔一画地在宣纸上临摹春联。",
    "剪纸课上，七十岁的赵阿婆几刀下去，一只喜鹊就落在了红纸上，引来同学们一阵称赞。",
    "排练厅里音乐响起，老人们跟着节拍舞动彩扇，动作虽慢，却一招一式都很认真。",
    "社区负责人说，明年还将开设摄影和智能手机课程，让老人们在家门口学得更多。",
]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "crossheads",
    [
        # The second label is too long for a column's ("一堂民间舞蹈课："): a "label：value" line,
        # yet it makes the first one of a series.
        ("一堂书法课：笔墨之间写出春天", "一堂民间舞蹈课：彩扇翻飞舞出活力"),
        ("一堂剪纸课：方寸红纸剪出吉祥", "一堂智能手机课：指尖轻点连通世界"),
        # The second lists its phrases with 、: still a phrase of the same form.
        ("开课：从识字读报到书法剪纸", "收获：学知识、交朋友"),
        ("起步：从一间教室到一座学校", "展望：开设摄影、智能手机课程"),
    ],
)
def test_labelled_crossheads_in_series_stay_in_a_signed_story(crossheads: tuple, gap: str) -> None:
    body = ["社区里办起老年学校", "本报记者 钱多", SCHOOL[0], SCHOOL[1], crossheads[0], SCHOOL[2], SCHOOL[3], crossheads[1], SCHOOL[4], SCHOOL[5]]
    (a,) = _page("\n".join(body), gap, blank_after_head=True).articles
    assert a.headline == "社区里办起老年学校" and a.byline == "本报记者 钱多"
    assert all(c in a.paragraphs for c in crossheads)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_labelled_crossheads_in_series_stay_in_an_unsigned_feature(gap: str) -> None:
    # No byline, so no "series inside a signed story" rule: the weighed evidence (a parallel
    # series of short lines inside a story under way) is clear enough to overrule the labelled form.
    crossheads = ("一堂书法课：笔墨之间写出春天", "一堂剪纸课：方寸红纸剪出吉祥", "一堂舞蹈课：彩扇翻飞舞出活力")
    body = ["家门口的课堂", "城东社区把老年学校办到了居民家门口", SCHOOL[0], SCHOOL[1]]
    for head, para in zip(crossheads, SCHOOL[2:5]):
        body += [head, para]
    body.append(SCHOOL[5])
    (a,) = _page("\n".join(body), gap, blank_after_head=True).articles
    assert a.headline == "城东社区把老年学校办到了居民家门口"
    assert all(c in a.paragraphs for c in crossheads)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("title", ["短评：老年学校要办在家门口", "记者手记：冰雪里的温度", "一线观察：春耕农资供应充足"])
def test_a_labelled_column_title_after_a_story_stays_a_headline(title: str, gap: str) -> None:
    # One labelled line after a finished story, on a subject of its own: the column's piece
    # (short, as a crosshead is, but in no series and led by no speaker of the story).
    body = [
        "社区里办起老年学校", "本报记者 钱多", SCHOOL[0], SCHOOL[1], SCHOOL[5],
        title,
        "入冬以来，全市各地抓紧做好春耕备耕准备，化肥、种子储备充足，农机检修已完成八成。",
        "农业部门的技术人员走进田间地头，指导农户选好良种、用好农机，确保不误农时。",
    ]
    titles = [a.headline for a in _page("\n".join(body), gap, blank_after_head=True).articles]
    assert titles == ["社区里办起老年学校", title]


# A round-up of places' figures: each place's piece under its name, a colon and a title with figures.
PLACES = [
    ("某某省：财政收入超244亿增长18.3％", "2000年某某省财政收入244.8亿元，比上年增长18.3％，为五年来增幅最高的一年。", "据介绍，国有大中型企业提前实现扭亏脱困，为财政增收创造了条件。"),
    ("上海：财政收入超千亿增幅近25％", "最新统计显示，去年上海市财政收入完成1141.6亿元，比上年增长24.6％。", "据介绍，财政收入的稳步增长，反映了财政与经济发展的良性互动。"),
    ("江苏：国税收入超682亿居全国第三", "去年，江苏省国税收入大幅攀升，全省国税收入达682.6亿元，位居全国第三。", "五年间，全省国税收入连上四个台阶。"),
    ("某某县：特色产业带动农民增收", "某某县去年发展特色种植十万亩，农民人均纯收入增加三百多元。", "县里还建起了农产品批发市场，方便农户就近销售。"),
]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("pieces", [PLACES, PLACES[1:], PLACES[::-1], PLACES[:2], PLACES[2:]])
@pytest.mark.parametrize("above", [True, False])
def test_places_titles_head_a_round_ups_pieces(pieces: list, above: bool, gap: str) -> None:
    # "某某省：…" / text / "上海：…" / text: a place's name, a colon and a title (figures and all)
    # head a piece of their own, after a story on another subject or at the top of the page, and
    # however many places follow; a series of them is no story's crossheads.
    body = ["社区里办起老年学校", "本报记者 钱多", SCHOOL[0], SCHOOL[1]] if above else []
    body += [line for piece in pieces for line in piece]
    articles = _page("\n".join(body), gap, blank_after_head=True).articles
    assert [(a.headline, list(a.paragraphs)) for a in articles[1 if above else 0 :]] == [(t, [p, q]) for t, p, q in pieces]


# A round-up of leaders' new-year messages: each piece one paragraph under its speaker's title.
ROUND_UP = [
    ("越南国家主席陈德良：推进国家的工业化", "越南国家主席陈德良31日答记者问时说，越南要推进国家的工业化、现代化事业。"),
    ("韩国总统金大中：和解合作新的起点", "希望新的一年成为东亚地区迎来真正和平繁荣时代的新的起点。"),
    ("蒙古总统巴嘎班迪：团结起来克服困难", "蒙古总统巴嘎班迪说，全国人民应该团结起来，克服当前的严峻困难。"),
    ("非统组织秘书长萨利姆：愿非洲各国人民和睦相处", "在新世纪到来之际，萨利姆真诚祝愿非洲各国人民和睦相处。"),
]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("pieces", [ROUND_UP, ROUND_UP[1:], ROUND_UP[::-1], ROUND_UP[:2]])
def test_speakers_titles_in_series_head_a_round_ups_pieces(pieces: list, gap: str) -> None:
    # Each speaker's title heads a piece of its own: the form of the first story's own headline
    # repeated is the next story's, not a crosshead (a story's crossheads never name another
    # speaker in its title's form).
    body = [line for piece in pieces for line in piece]
    articles = _page("\n".join(body), gap, blank_after_head=True).articles
    assert [(a.headline, list(a.paragraphs)) for a in articles] == [(t, [p]) for t, p in pieces]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("pieces", [ROUND_UP, ROUND_UP[1:], ROUND_UP[:2]])
@pytest.mark.parametrize(
    ("heading", "intro"),
    [
        ("世界政要寄语新世纪", "据新华社北京12月31日电在新世纪的钟声即将敲响之际，一些国家领导人接受本社记者采访，表达了对新世纪的期望。"),
        ("各国领导人发表新年贺词", "本报北京1月1日讯新年前夕，多国领导人发表新年贺词或接受采访，展望新的一年。以下是部分内容摘要。"),
    ],
)
def test_speakers_titles_under_a_round_ups_heading_and_intro_head_its_pieces(heading: str, intro: str, pieces: list, gap: str) -> None:
    # The round-up's heading and intro, then its pieces: the first speaker's title heads a piece as
    # the later ones do, not a crosshead of the intro (a post and a name are no story's topic).
    body = ["社区里办起老年学校", "本报记者 钱多", SCHOOL[0], SCHOOL[1], heading, intro]
    body += [line for piece in pieces for line in piece]
    articles = _page("\n".join(body), gap, blank_after_head=True).articles
    assert [a.headline for a in articles] == ["社区里办起老年学校", heading, *(t for t, _ in pieces)]
    assert [list(a.paragraphs) for a in articles[2:]] == [[p] for _, p in pieces]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_speakers_turns_under_a_speakers_title_stay_in_the_interview(gap: str) -> None:
    # The same speaker again, a story already quoting them so, is an interview's turn.
    body = [
        "某某市市长王某：把民生实事办到群众心坎上",
        "记者：今年全市在民生方面有哪些新打算？",
        "某某市市长王某：今年我们将新建十所学校，改造一百个老旧小区，让群众得实惠。",
        "记者：老旧小区改造中，居民意见不一时怎么办？",
        "某某市市长王某：先开居民议事会，把方案摆到桌面上，意见统一了再动工。",
        "记者：群众有意见怎么反映？",
        "某某市市长王某：欢迎大家监督",  # a short turn in a speaker's title's form
        "记者：谢谢您接受采访。",
    ]
    (a,) = _page("\n".join(body), gap, blank_after_head=True).articles
    assert a.headline == body[0] and body[6] in a.paragraphs


INTERVIEW = [
    "记者：老旧小区改造中，居民意见不一时怎么办？",
    "钱多：我们先开居民议事会，把方案摆到桌面上，大家商量着来，意见统一了再动工。",
    "{question}",
    "{rest}",
    "钱多：主要靠居民自治，楼长和志愿者轮流值守，有问题随时报给社区。",
]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("question", "rest"),
    [
        ("记者：小区改造在推动", "居民自治上有哪些新办法？如何让更多居民参与进来？"),
        ("记者：议事会制度在调解", "邻里纠纷上有哪些做法？哪些经验可以推广？"),
    ],
)
def test_an_interview_question_cut_at_the_column_stays_in_the_interview(question: str, rest: str, gap: str) -> None:
    # The story has printed "记者：…" paragraphs already: the label is a speaker, not a column.
    body = ["老旧小区改造要听居民的", "本报记者 孙田", *"\n".join(INTERVIEW).format(question=question, rest=rest).split("\n")]
    (a,) = _page("\n".join(body), gap, blank_after_head=True).articles
    assert a.headline == "老旧小区改造要听居民的"
    assert any(question in p for p in a.paragraphs)


ROADS = [
    "大雪过后，城郊公路上的养护工人连夜出动，撒融雪剂、清积雪，天亮前打通了全部主干道。",
    "养护站站长说，今年冬天雪大，站里提前备足了物资，二十多台除雪车分片包干，随叫随到。",
]
BOX_TEXT = (
    "跟着养护工人跑了一夜，记者看到的是一份朴素的坚守：哪里有积雪，哪里就有他们的身影，"
    "冻僵的手揣进怀里暖一暖，又接着干。正是这样一群普通人，守护着千家万户的平安出行。"
)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(("label", "title"), [("■记者手记", "冰雪路上的守护"), ("◆记者手记", "融雪剂怎样用才环保"), ("●记者观察", "一夜无眠保畅通")])
def test_a_box_title_under_its_label_inside_a_signed_story_stays_in_it(label: str, title: str, gap: str) -> None:
    # The box closes the story; the next story's lead was printed above its heading, right under
    # the box's text — which made the box's title look like a heading over a caption and a lead.
    body = [
        "雪后公路当天打通", "本报记者 钱多", *ROADS, label, title, BOX_TEXT,
        "本报讯（记者 孙田）3月5日，全市春季招聘会在市人才市场举办，两百余家企业提供岗位三千多个。",
        "春季招聘会提供岗位三千多个",
        "招聘会现场人头攒动，不少求职者带着简历早早赶来，一些企业当场与求职者签订了意向协议。",
    ]
    arts = _page("\n".join(body), gap, blank_after_head=True).articles
    assert arts[0].headline == "雪后公路当天打通" and title in arts[0].paragraphs
    assert title not in [a.headline for a in arts]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_labelled_piece_with_its_own_byline_after_a_story_is_an_article(gap: str) -> None:
    # The label over a heading with its byline under it: a column's piece, not a box in the story.
    body = ["雪后公路当天打通", "本报记者 钱多", *ROADS, "■记者手记", "冰雪路上的守护", "本报记者 孙田", BOX_TEXT]
    arts = _page("\n".join(body), gap, blank_after_head=True).articles
    assert [a.headline for a in arts] == ["雪后公路当天打通", "冰雪路上的守护"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("据统计，去年全市新能源汽车产量达到", "12万辆，同比增长三成。"),
        ("依托冰雪乐园、温泉小镇等一系", "列冬季旅游项目，全县游客人数翻了一番。"),
        ("选址、设计、施工、验收……一座座", "口袋公园建成开放。"),
    ],
)
def test_a_cut_sentence_over_the_next_story_s_lead_is_joined(first: str, second: str, gap: str) -> None:
    # A line with clause marks that stops mid-sentence, then the sentence's end, then a lead: the
    # story's last sentence cut at the column, not a heading over a caption.
    body = [
        "县域经济稳中有进", "本报记者 钱多", *ROADS, first, second,
        "本报讯（记者 孙田）3月5日，全市春季招聘会在市人才市场举办，两百余家企业提供岗位三千多个。",
        "招聘会现场人头攒动，不少求职者带着简历早早赶来，一些企业当场与求职者签订了意向协议。",
    ]
    arts = _page("\n".join(body), gap, blank_after_head=True).articles
    assert first not in [a.headline for a in arts]
    assert any(first + second in p for a in arts for p in a.paragraphs)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("title", ["春季招聘会提供岗位三千多个", "“家门口”就业，岗位送上门"])
def test_a_title_over_its_caption_and_lead_stays_a_heading(title: str, gap: str) -> None:
    # A title (with a comma or not) over its photo's caption and its lead.
    body = [
        "县域经济稳中有进", "本报记者 钱多", *ROADS, title,
        "图为求职者在招聘会现场咨询。",
        "本报讯（记者 孙田）3月5日，全市春季招聘会在市人才市场举办，两百余家企业提供岗位三千多个。",
        "招聘会现场人头攒动，不少求职者带着简历早早赶来，一些企业当场与求职者签订了意向协议。",
    ]
    arts = _page("\n".join(body), gap, blank_after_head=True).articles
    assert [a.headline for a in arts] == ["县域经济稳中有进", title]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("如何破解停车难？", "破解停车难，街道请来规划师，把闲置的锅炉房和边角空地改成立体车位。"),
        ("边角空地怎么用？", "边角空地怎么用，居民代表和规划师一起出主意，改出了五十多个车位。"),
    ],
)
def test_a_question_an_unsigned_story_asks_of_itself_is_a_crosshead(question: str, answer: str, gap: str) -> None:
    # The same story with no byline under its heading (its byline printed elsewhere, or none):
    # the question still names what the story under way is about.
    story = PARKING.replace("本报记者 钱多\n", "").replace("老旧小区有了停车位\n", "城东街道——\n老旧小区有了停车位\n")
    (a,) = _page(story.format(question=question, answer=answer), gap, blank_after_head=True).articles
    assert a.headline == "老旧小区有了停车位" and question in a.paragraphs


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_question_title_on_another_subject_after_an_unsigned_story_stays_a_headline(gap: str) -> None:
    story = PARKING.replace("本报记者 钱多\n", "").replace("老旧小区有了停车位\n", "城东街道——\n老旧小区有了停车位\n")
    body = story.replace("{question}\n", "").format(answer="街道请来规划师，把边角空地改成立体车位。") + (
        "春季如何预防流感？\n"
        "春季如何预防流感？疾控专家提醒，老人和儿童要及时接种疫苗，勤洗手、常通风，出现发热及时就医。\n"
    )
    titles = [a.headline for a in _page(body, gap, blank_after_head=True).articles]
    assert titles == ["老旧小区有了停车位", "春季如何预防流感？"]


GRAIN = [
    "中央农村工作会议提出，确保粮食播种面积稳定、产量保持在1.4万亿斤左右，春耕备耕是全年粮食生产的第一仗。",
    "开年以来，各地抢抓农时，农资储备、农机检修、技术指导等工作有序推进，春耕备耕准备扎实。",
    "高标准农田是粮食稳产增产的基础，今年各地将新建和改造提升高标准农田数千万亩，补上农田水利短板。",
    "种粮农民收益有保障，粮食生产才有后劲，国家继续实施稻谷、小麦最低收购价政策，稳定种粮农民补贴。",
    "专家表示，要让种粮农民有钱挣、得实惠，粮食安全的根基才能更牢，各地还将完善农业保险。",
]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "crossheads",
    [
        ("打好农田建设、水利建设、农机保障组合拳", "不断增强种粮农民的获得感和安全感", "健全价格、补贴、保险三位一体的保障体系"),
        ("建设高标准农田、补上水利短板", "让种粮农民的腰包鼓起来", "稳价格、保补贴、强保险"),
    ],
)
def test_crossheads_listing_with_enumeration_commas_are_siblings_of_a_plain_one(crossheads: tuple, gap: str) -> None:
    # A crosshead lists its phrases with 、 ("艰苦创业、团结协作、不懈进取的精神永远不会变"): a
    # phrase, not a half-sentence, so it counts as a sibling of the plain crosshead between them
    # (which alone, in a signed story, read as a headline).  A line with ，or ；is still prose.
    body = ["守住粮食安全底线", "本报记者 钱多", GRAIN[0]]
    for cross, para in zip(crossheads, GRAIN[1:4]):
        body += [cross, para]
    body.append(GRAIN[4])
    (a,) = _page("\n".join(body), gap).articles
    assert a.headline == "守住粮食安全底线" and all(c in a.body for c in crossheads)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("label", "title"), [("记者手记", "一份朴素而温暖的冬夜坚守"), ("记者观察", "养护工人一夜无眠保畅通"), ("记者手记", "守护千家万户的平安出行")]
)
def test_a_reporters_box_printed_with_its_plain_label_stays_in_the_story(label: str, title: str, gap: str) -> None:
    # No mark on the label, so label and title read as a heading run over the box's text, and a
    # title as long as a headline (or one the box's text repeats) was weighed a headline; a
    # reporter's column over a title with only text under it is the story's box.
    body = ["雪后公路当天打通", "本报记者 钱多", *ROADS, label, title, BOX_TEXT]
    (a,) = _page("\n".join(body), gap).articles
    assert a.headline == "雪后公路当天打通" and list(a.paragraphs[-3:]) == [label, title, BOX_TEXT]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_reporters_column_with_its_own_byline_after_a_story_is_an_article(gap: str) -> None:
    body = ["雪后公路当天打通", "本报记者 钱多", *ROADS, "记者手记", "冰雪路上的守护", "本报记者 孙田", BOX_TEXT]
    arts = _page("\n".join(body), gap).articles
    assert [a.headline for a in arts] == ["雪后公路当天打通", "冰雪路上的守护"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("credit", ["刘  新摄影报道", "本报记者 孙 超摄影报道"])
@pytest.mark.parametrize(
    ("title", "captions"),
    [
        ("司法力量护佑黄河", ["某县人民法院干警参与增殖放流活动。", "某县人民法院黄河环境法庭开庭现场。"]),
        ("护林员的一天", ["清晨，护林员沿着防火道巡山。"]),
        ("春耕时节田间忙", []),
    ],
)
def test_a_photo_report_signed_at_its_end_after_a_signed_story_is_an_article(title: str, captions: list, credit: str, gap: str) -> None:
    # A short title with only text under it, after a signed story, weighed a crosshead; but the
    # text closes with the photographer's credit for the whole piece: a photo report of its own.
    text = "近年来，某县人民法院不断推进生态司法改革，成立专门守护黄河水域环境的流动法庭，把法庭搬上黄河大堤。"
    body = ["雪后公路当天打通", "本报记者 钱多", *ROADS, title, *captions, text, credit]
    arts = _page("\n".join(body), gap).articles
    assert [a.headline for a in arts] == ["雪后公路当天打通", title]
    assert text in arts[1].body and all(c in arts[1].body for c in captions)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "question",
    ["这些各具特色的小村庄，在发展中都遇到过难题，它们是怎样一一破解的？", "游客来了又走，热度降了又升，网红村的长红密码究竟在哪里？"],
)
def test_a_questioning_sentence_over_a_crossheads_place_stays_in_the_story(question: str, gap: str) -> None:
    # The story asks its question in a sentence, then reports place by place: "桃花村" / a question
    # crosshead / text.  The place looks like a writer's name under a question title; a question
    # that runs on with two commas is a sentence, no title.
    body = [
        "寻找网红村的长红密码（看点）", "本报记者 钱多", *ROADS, question,
        "桃花村", "成名多年，小村怎样留住游客？",
        "桃花村有两千多年历史，近年来村里办民宿、搞非遗体验，游客一年比一年多，回头客也多了。",
    ]
    (a,) = _page("\n".join(body), gap).articles
    assert a.headline == "寻找网红村的长红密码（看点）" and question in a.body


# ``_Walker._siblings``: which heading-like runs near a candidate count as its crosshead series.
_FIELD = "清晨的田埂上，村民们正忙着疏通水渠，渠水哗哗地流进麦田，灌溉季节的西河村格外热闹。"
_SPRING = "开年以来，各地抢抓农时，农资储备、农机检修、技术指导等工作有序推进，春耕备耕准备扎实。"
_EXPERT = "专家表示，要让种粮农民有钱挣、得实惠，粮食安全的根基才能更牢，各地还将完善农业保险。"


def _siblings_after(*after: str) -> list[tuple[str, ...]]:
    """The siblings of the crosshead "让种粮农民有钱挣得实惠" inside a signed story that has one
    more crosshead above it, with ``after`` printed under the story."""
    from transforms.lines import Unit
    from transforms.segment import _Walker

    texts = ["守住粮食安全底线", "本报记者 钱多", _FIELD, "补上农田水利短板", _SPRING, "让种粮农民有钱挣得实惠", _EXPERT, *after, _FIELD]
    return _Walker([Unit(t, k) for k, t in enumerate(texts)])._siblings(5, 6)


@pytest.mark.parametrize(
    "after",
    [
        # The heading of the next story printed inside its lead's first sentence: signed by it.
        ("本报讯（记者 孙五）3月5日至8日，某市委书记张三率党政", "春风送暖 山河锦绣", "代表团赴某省学习考察",
         "代表团赴某省对口合作城市学习考察，为推动经济高质量发展取经问道。"),
        # A whole dateline lead opens a story of its own: what stands under it is no crosshead here.
        ("本报讯（记者 孙五）3月5日，东城区举办春季招聘会，两百余家企业提供岗位三千多个。", "东城区举办春季招聘会",
         _SPRING, "招聘会现场人头攒动"),
        # A heading with its byline printed inside the run is another story's heading.
        ("东城区：携手共建美丽家园", "文/赵明远"),
        # A line with clause commas is a half-sentence, not a crosshead.
        ("看到荒坡长成果园，心里特别踏实",),
    ],
)
def test_another_story_s_heading_is_no_sibling_crosshead(after: tuple[str, ...]) -> None:
    assert _siblings_after(*after) == [("补上农田水利短板",)]


def test_a_quotation_crosshead_counts_as_a_sibling_commas_and_all() -> None:
    # "“看到荒坡长成果园，心里特别踏实”": the commas are the speaker's; one quotation, whole, is a
    # crosshead quoting the story's subject.
    assert _siblings_after("“看到荒坡长成果园，心里特别踏实”", _SPRING) == [("补上农田水利短板",), ("“看到荒坡长成果园，心里特别踏实”",)]
