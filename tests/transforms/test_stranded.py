"""Stranded leads: whole paragraphs at the end of one article that are about a later one move there."""

from __future__ import annotations

import pytest

from transforms.segment import Draft
from transforms.stranded import move_stranded

TOUR = [
    "5月27日至30日，市委书记率党政代表团赴对口合作城市绍兴学习考察，为推动我市经济高质量发展寻方向。",
    "在绍兴市行政中心会议室，两地召开对口合作座谈会，绍兴市委书记介绍了当地经济社会发展情况。",
    "考察期间，代表团先后深入绍兴越城区、新昌县、上虞区的龙头企业和特色小镇，学习企业专注主业的经验。",
    "三天考察，代表团成员纷纷表示，要把绍兴的好经验带回来，推动两地对口合作不断走深走实。",
]
# The lead of the river story, printed above the tour's last lines' neighbour headline.
RIVER_LEAD = [
    "今年以来，我市把河道综合治理作为改善人居环境的重点工程，对仙人河、东辽河主城区段河道开展清淤疏浚和岸线整治。",
    "河道综合治理工程分三期实施，仙人河清淤疏浚和截污管网改造将在汛期前全部完工。",
]
RIVER = [
    "记者在仙人河治理现场看到，清淤疏浚工程正在加紧施工，河道两岸的截污管网改造同步推进。",
    "市水利局负责人介绍，河道综合治理完成后，仙人河主城区段水质将稳定达到地表水四类标准。",
    "东辽河主城区段的岸线整治也已启动，沿河将建设健身步道和滨水公园，方便市民休闲。",
]
SCHOOL = [
    "9月1日，全市中小学迎来新学期，各学校认真做好开学准备工作，确保校园安全有序。",
    "市教育局要求各学校严格落实课后服务，丰富学生课余生活，切实减轻学生课业负担。",
    "新学期，全市新建改建的三所学校投入使用，新增学位两千余个，缓解了城区入学压力。",
]


def _draft(headline: str, paragraphs: list[str]) -> Draft:
    return Draft(headline=headline, paragraphs=list(paragraphs), blocks=list(range(len(paragraphs))))


def _issue(tour_tail: list[str]) -> list[Draft]:
    return [
        _draft("市委书记率队赴绍兴学习考察 为高质量发展寻方向", TOUR + tour_tail),
        _draft("我市全面推进河道综合治理工程", RIVER),
        _draft("全市中小学开学工作平稳有序", SCHOOL),
    ]


def test_lead_printed_before_its_headline_opens_its_article() -> None:
    drafts = _issue(RIVER_LEAD)
    assert move_stranded(drafts) == 2
    tour, river, school = drafts
    assert tour.paragraphs == TOUR
    assert river.paragraphs == RIVER_LEAD + RIVER
    assert len(river.blocks) == len(river.paragraphs) and len(tour.blocks) == len(tour.paragraphs)
    assert school.paragraphs == SCHOOL


def test_lead_of_an_article_further_on_moves_past_its_neighbour() -> None:
    drafts = _issue(RIVER_LEAD)
    drafts[1], drafts[2] = drafts[2], drafts[1]  # the river story is now two articles on
    move_stranded(drafts)
    assert drafts[0].paragraphs == TOUR
    assert drafts[2].paragraphs == RIVER_LEAD + RIVER
    assert drafts[1].paragraphs == SCHOOL


def test_an_ordinary_last_paragraph_stays() -> None:
    closing = "市领导和市直相关部门负责人陪同考察，代表团成员表示将把考察成果转化为推动发展的实际行动。"
    drafts = _issue([closing])
    assert move_stranded(drafts) == 0
    assert drafts[0].paragraphs[-1] == closing and drafts[1].paragraphs == RIVER


@pytest.mark.parametrize(
    "said",
    ["市水利局负责人说，", "市水利局负责人介绍：", "市水利局负责人告诉记者，"],
)
def test_a_run_opening_on_a_speakers_words_with_the_speaker_named_stays(said: str) -> None:
    # A story's voice, which closes many a story ("“…”某某说，“…”"); a lead opens on a bare
    # quotation or on a scene, and may quote its speaker later on.
    words = "“今年以来，我市把河道综合治理作为改善人居环境的重点工程。”"
    rest = "“仙人河、东辽河主城区段河道的清淤疏浚和岸线整治，汛期前全部完工。”"
    drafts = _issue([words + rest])
    assert move_stranded(drafts) == 1 and drafts[1].paragraphs[0] == words + rest
    drafts = _issue([words + said + rest])
    assert move_stranded(drafts) == 0 and drafts[1].paragraphs == RIVER
    scene = "仙人河畔，施工机械来回穿梭。" + words + said + rest
    drafts = _issue([scene])
    assert move_stranded(drafts) == 1 and drafts[1].paragraphs[0] == scene


def test_no_move_when_a_sentence_runs_into_the_run() -> None:
    tour = TOUR[:-1] + [TOUR[-1].rstrip("。") + "，同时"]  # the last tour paragraph ends mid-sentence
    drafts = [
        _draft("市委书记率队赴绍兴学习考察 为高质量发展寻方向", tour + RIVER_LEAD[:1]),
        _draft("我市全面推进河道综合治理工程", RIVER),
        _draft("全市中小学开学工作平稳有序", SCHOOL),
    ]
    assert move_stranded(drafts) == 0


def test_an_article_keeps_its_core() -> None:
    drafts = [
        _draft("市委书记率队赴绍兴学习考察", TOUR[:1] + RIVER_LEAD),
        _draft("我市全面推进河道综合治理工程", RIVER),
    ]
    assert move_stranded(drafts) == 0  # only MIN_CORE paragraphs: nothing may leave
    drafts = [
        _draft("市委书记率队赴绍兴学习考察", TOUR[:2] + RIVER_LEAD),
        _draft("我市全面推进河道综合治理工程", RIVER),
    ]
    move_stranded(drafts)
    assert drafts[0].paragraphs == TOUR[:2] + RIVER_LEAD[:1]  # the third stays: MIN_CORE = 3
    assert drafts[1].paragraphs == RIVER_LEAD[1:] + RIVER
    assert move_stranded([_draft("只有一篇", TOUR + RIVER_LEAD)]) == 0


# A commentary whose first paragraph was printed above its heading: the lead names none of the
# headline's words and shares few with the next two paragraphs, which go on to another point; its
# subject comes back further down the piece.
SEWAGE_LEAD = "三十年前，我市第一座污水处理厂在城东建成投用；如今，全市日处理污水能力已经翻了两番。"
SEWAGE = [
    "时间轴连接起昨天与今天，记录的是城市建设从小到大、由大到强的成长历程。",
    "回望来路，每一步都离不开规划先行、久久为功的坚持，也离不开市民的理解与支持。",
    "从第一座污水处理厂到如今的八座污水处理厂，城市管网越织越密，日处理能力逐年提升。",
    "污水处理能力翻番的背后，是城东、城西两个片区管网改造的持续推进，污水直排口全部封堵。",
]


def _commentary(tail: list[str], school: list[str] = SCHOOL) -> list[Draft]:
    return [
        _draft("市委书记率队赴绍兴学习考察 为高质量发展寻方向", TOUR + tail),
        _draft("治水账里的民生温度（人民论坛）", SEWAGE),
        _draft("全市中小学开学工作平稳有序", school),
    ]


def test_a_lead_that_shares_no_words_with_the_next_paragraphs_still_moves() -> None:
    drafts = _commentary([SEWAGE_LEAD])
    assert move_stranded(drafts) == 1
    assert drafts[0].paragraphs == TOUR and drafts[1].paragraphs == [SEWAGE_LEAD, *SEWAGE]


def test_a_lead_naming_a_farther_headline_is_still_the_next_storys() -> None:
    # The lead names a word of the third story's headline ("中小学") without being about it.
    lead = "三十年前，我市第一座污水处理厂在城东建成投用，旁边的中小学师生常来参观；如今，全市日处理污水能力翻了两番。"
    drafts = _commentary([lead])
    assert move_stranded(drafts) == 1
    assert drafts[1].paragraphs == [lead, *SEWAGE] and drafts[2].paragraphs == SCHOOL


def test_a_note_in_brackets_stays_at_the_end_of_its_piece() -> None:
    # A paragraph wholly in brackets notes the piece it ends, whatever it names.
    note = "（本文污水处理厂和管网改造数据由市城管局污水处理中心提供，城东、城西片区污水直排口封堵）"
    drafts = _commentary([note])
    assert move_stranded(drafts) == 0
    assert drafts[0].paragraphs[-1] == note


# A notice box ends in lines of "label：value", closed without a full stop; a lead printed after
# the box belongs to the story under the next heading just as after a full stop.
BOX = [
    "为营造安全稳定的社会环境，现向社会公开征集违法犯罪线索，欢迎广大群众积极举报。",
    "举报电话：3281234",
    "举报邮箱：jubao@example.com",
    "来信地址：某某市人民大街100号市综治办",
]


def test_lead_after_a_box_line_moves_to_its_story() -> None:
    drafts = [_draft("公开征集违法犯罪线索", BOX + RIVER_LEAD), _draft("我市全面推进河道综合治理工程", RIVER)]
    assert move_stranded(drafts) == 2
    assert drafts[0].paragraphs == BOX and drafts[1].paragraphs == RIVER_LEAD + RIVER


def test_a_box_line_cut_still_needs_a_foreign_tail() -> None:
    tail = "市综治办提醒，举报线索一经查实，将按规定给予举报人奖励，并严格为举报人保密。"
    drafts = [_draft("公开征集违法犯罪线索", BOX + [tail]), _draft("我市全面推进河道综合治理工程", RIVER)]
    assert move_stranded(drafts) == 0


# A short lead of one sentence left at the end of the story before: few pairs, but a whole
# sentence about the next story ("2024年，某品牌价值已突破3000亿元。"); a short line that is no
# sentence ("案例来源：某某法院") signs the story it ends and stays.
WINE = [
    "品质是青川酒的立身之本，青川酒厂依托秦岭生态水源与十万亩高粱基地，守住酿造工艺的每一道关口。",
    "在创新发展的道路上，青川酒厂深挖文化内涵，打造国潮品牌和文旅融合项目，让千年酒史焕发新活力。",
    "今日的青川酒，既是非遗技艺的守护者，也是产业创新的探路者，正以数字技术构建全流程品控体系。",
]


def test_a_one_sentence_lead_moves_to_its_story() -> None:
    lead = "2024年，青川酒品牌价值已突破300亿元。"
    drafts = [_draft("我市全面推进河道综合治理工程", RIVER_LEAD + RIVER + [lead]), _draft("融合数字技术 构建品控体系", WINE)]
    assert move_stranded(drafts) == 1
    assert drafts[0].paragraphs == RIVER_LEAD + RIVER and drafts[1].paragraphs == [lead] + WINE


def test_a_short_line_that_is_no_sentence_stays() -> None:
    note = "案例来源：青川酒厂法务部"
    drafts = [_draft("我市全面推进河道综合治理工程", RIVER_LEAD + RIVER + [note]), _draft("融合数字技术 构建品控体系", WINE)]
    assert move_stranded(drafts) == 0


# A brief of one or two paragraphs is too short for a run to be weighed against it, yet the
# extraction prints the next story's one-paragraph lead under it as often as under a long story:
# that paragraph moves when it names the next headline's words more than its own story's.
BRIEF = "本报讯（记者 林某）3月2日，记者从某某县卫生健康局获悉，全县学校食堂食品安全专项检查已全部完成。"
ROAD_LEAD = "“农村公路修到家门口以来，我们村的蔬菜当天就能运进城里。”说起农村公路建设，村党支部书记赞不绝口。"
ROAD = [
    "今年以来，某某镇新建改建农村公路十二条，总里程四十余公里，实现了村村通硬化路。",
    "公路通了，产业活了，全镇蔬菜大棚面积比去年增加三成，农民人均收入稳步增长。",
]


def _brief(tail: list[str], road_head: str = "农村公路通到家门口 蔬菜当天进城里", road: list[str] = ROAD) -> list[Draft]:
    return [
        _draft("某某县完成学校食堂食品安全专项检查", [BRIEF, *tail]),
        _draft(road_head, road),
        _draft("全市中小学开学工作平稳有序", SCHOOL),
    ]


def test_a_short_storys_last_paragraph_naming_the_next_headline_is_its_lead() -> None:
    drafts = _brief([ROAD_LEAD])
    assert move_stranded(drafts) == 1
    assert drafts[0].paragraphs == [BRIEF] and drafts[1].paragraphs == [ROAD_LEAD, *ROAD]
    assert len(drafts[0].blocks) == 1 and len(drafts[1].blocks) == 3


def test_a_short_storys_lead_moves_after_two_paragraphs_of_its_own() -> None:
    second = "检查组要求各学校严格落实食品安全校长负责制，对发现的问题立即整改。"
    drafts = _brief([second, ROAD_LEAD])
    assert move_stranded(drafts) == 1
    assert drafts[0].paragraphs == [BRIEF, second] and drafts[1].paragraphs[0] == ROAD_LEAD


@pytest.mark.parametrize(
    "lead",
    ["青川县石桥镇林河村的大棚边，菜农们正忙着把刚摘下的蔬菜装车，赶在中午前运走。", "清晨，菜农们正忙着把刚摘下的蔬菜装车，赶在中午前运走。"],
)
def test_a_short_storys_last_paragraph_setting_a_scene_needs_to_name_little_of_the_next_headline(lead: str) -> None:
    # It names one pair of the next headline (蔬菜), none of its own: enough for a paragraph that
    # opens on its place or time as a lead does; the same words without the scene stay.
    drafts = _brief([lead])
    assert move_stranded(drafts) == 1
    assert drafts[0].paragraphs == [BRIEF] and drafts[1].paragraphs == [lead, *ROAD]
    plain = "菜农们正忙着把刚摘下的蔬菜装车，赶在中午前运走，青川县石桥镇林河村的大棚边一片繁忙。"
    assert move_stranded(_brief([plain])) == 0


def test_a_short_storys_closing_stays() -> None:
    # Its own subject (食堂, 食品安全), not the next headline's.
    closing = "下一步，县卫生健康局将把学校食堂食品安全检查常态化，切实守护师生舌尖上的安全。"
    drafts = _brief([closing])
    assert move_stranded(drafts) == 0
    assert drafts[0].paragraphs[-1] == closing


def test_no_lead_moves_to_a_story_with_a_dateline_lead_of_its_own() -> None:
    # A story has one lead: "本报讯（…）" under the heading says the paragraph above is not it.
    own_lead = ["本报讯（记者 王某）今年以来，某某镇新建改建农村公路十二条，实现了村村通硬化路。", *ROAD[1:]]
    drafts = _brief([ROAD_LEAD], road=own_lead)
    assert move_stranded(drafts) == 0
    drafts = _brief([ROAD_LEAD])
    drafts[1].byline = "本报讯（记者 王某）"
    assert move_stranded(drafts) == 0


def test_a_short_storys_paragraph_naming_no_headline_word_stays() -> None:
    drafts = _brief([ROAD_LEAD], road_head="产业兴旺 日子红火")
    assert move_stranded(drafts) == 0


def test_a_two_paragraph_lead_is_not_split_by_a_short_story() -> None:
    # Both paragraphs are about the next story: what stands above its heading is more than one
    # lead paragraph, and a short story keeps what it has.
    first = "某某镇把农村公路建设作为乡村振兴的先手棋，一条条农村公路通到了村民家门口。"
    drafts = _brief([first, ROAD_LEAD])
    assert move_stranded(drafts) == 0
    assert drafts[0].paragraphs == [BRIEF, first, ROAD_LEAD]


def test_a_continued_part_gives_no_lead() -> None:
    # "（上接第1版）" / the rest of a story: a part without its headline has nothing to weigh the
    # paragraph against, and its text is the story's whatever the next heading says.
    drafts = _brief([ROAD_LEAD])
    drafts[0].headline = ""
    drafts[0].paragraphs[0] = "（上接第1版）"
    assert move_stranded(drafts) == 0


# A box of "label：value" lines (hotlines, addresses) whose first line the extraction printed
# above the box's heading, at the end of the story before it.
REPORT = [
    "为推动某某水库水源地保护工作落实，5月28日，市人大常委会组织代表深入水库上游村组开展调研。",
    "调研组一行实地查看了水库一级保护区和上游村屯的环境整治情况，听取了有关部门的工作汇报。",
    "调研组强调，保护好饮用水水源地责任重大，各级政府及相关部门要常抓不懈，切实让群众喝上放心水。",
]
HOTLINE_BOX = [
    "举报电话：某某市人民大街100号市公安局禁毒支队",
    "来信来访：市禁毒办（某某市人民大街100号）",
    "电话举报：市禁毒办：3280039",
    "网络举报：QQ号：35963521",
]
REPORT_HEAD = "市人大常委会对水库水源地保护工作开展专题调研"
BOX_HEAD = "禁毒工作 全民参与 重要线索 予以奖励"


def _boxed(tail: list[str], box: list[str] = HOTLINE_BOX, box_head: str = BOX_HEAD) -> list[Draft]:
    return [_draft(REPORT_HEAD, REPORT + tail), _draft(box_head, box), _draft("全市中小学开学工作平稳有序", SCHOOL)]


def test_a_box_line_printed_above_its_boxs_heading_opens_the_box() -> None:
    line = "全省禁毒举报电话：0431-12389，0431-82097213"
    drafts = _boxed([line])
    assert move_stranded(drafts) == 1
    assert drafts[0].paragraphs == REPORT and drafts[1].paragraphs == [line, *HOTLINE_BOX]
    assert len(drafts[1].blocks) == len(drafts[1].paragraphs)


def test_two_box_lines_above_the_heading_both_open_the_box() -> None:
    lines = ["全省禁毒举报电话：0431-12389", "禁毒举报邮箱：jindu@example.com"]
    drafts = _boxed(lines)
    assert move_stranded(drafts) == 2
    assert drafts[0].paragraphs == REPORT and drafts[1].paragraphs == [*lines, *HOTLINE_BOX]


def test_a_storys_own_contact_line_stays() -> None:
    # It names neither heading: a story may end in its own contact line.
    line = "联系电话：0437-3281234"
    drafts = _boxed([line])
    assert move_stranded(drafts) == 0
    assert drafts[0].paragraphs[-1] == line


def test_a_box_line_stays_when_no_box_follows() -> None:
    # The story under the next heading opens with prose: it is no box the line could open.
    line = "全省禁毒举报电话：0431-12389，0431-82097213"
    prose = ["今年以来，我市深入开展禁毒宣传进社区活动，群众识毒防毒拒毒意识明显增强。", *SCHOOL[1:]]
    drafts = _boxed([line], box=prose)
    assert move_stranded(drafts) == 0


def test_a_box_line_after_a_cut_sentence_stays() -> None:
    # The prose before it stops mid-sentence: the line is inside the story, not after its end.
    line = "全省禁毒举报电话：0431-12389，0431-82097213"
    drafts = _boxed([line])
    drafts[0].paragraphs[-2] = drafts[0].paragraphs[-2].rstrip("。") + "，同时"
    assert move_stranded(drafts) == 0


# A daily notice whose first paragraph, a dated count, the extraction printed above its title:
# its words (确诊, 病例) are not the title's (肺炎, 疫情) beyond the city's name, but a paragraph
# opening with its date and hours is a lead's first sentence.
COUNT = "3月2日0—24时，青川市无新增确诊病例，无新增疑似病例。截至3月2日24时，青川市累计确诊病例5例，累计治愈出院5例。"
NOTICE = ["提醒广大群众，当前疫情形势依然严峻，请坚持做好个人防护，戴口罩、勤洗手、常通风。青川市疫情防控工作领导小组办公室 2021年3月3日"]
NOTICE_HEAD = "青川市新型冠状病毒肺炎疫情情况通报"


def _before_notice(tail: list[str], head: str = NOTICE_HEAD) -> list[Draft]:
    return [
        _draft("某某县完成学校食堂食品安全专项检查", [BRIEF, *tail]),
        _draft(head, NOTICE),
        _draft("全市中小学开学工作平稳有序", SCHOOL),
    ]


def test_a_dated_lead_naming_little_of_the_next_title_still_moves() -> None:
    drafts = _before_notice([COUNT])
    assert move_stranded(drafts) == 1
    assert drafts[0].paragraphs == [BRIEF] and drafts[1].paragraphs == [COUNT, *NOTICE]


def test_the_same_count_without_its_date_stays() -> None:
    undated = COUNT.split("，", 1)[1]
    drafts = _before_notice([undated])
    assert move_stranded(drafts) == 0


def test_a_dated_paragraph_naming_nothing_of_the_next_title_stays() -> None:
    drafts = _before_notice([COUNT], head="提醒广大群众做好个人防护")
    assert move_stranded(drafts) == 0


def test_a_dated_paragraph_of_its_own_story_stays() -> None:
    # It names its own headline (食堂, 食品安全) more than the next one's.
    own = "3月3日上午，某某县卫生健康局再次抽查了五所学校食堂，食品安全检查结果全部合格。"
    drafts = _before_notice([own])
    assert move_stranded(drafts) == 0


# A feature on a village tea house, and under it a story on the village's Spring Festival gala whose
# lead, setting its scene, was printed above its heading.  The lead shares a few words with the tea
# house story (老街, 游客), too many for the evidence that moves a lead naming no headline word, but
# it opens as a lead does and breaks from the paragraphs it follows.
TEA = [
    "石桥古镇的老街上，一家百年茶馆至今仍在营业，青砖灰瓦的门脸吸引着南来北往的游客。",
    "茶馆第四代传人王大伯说，祖辈传下来的规矩一直没变：铜壶烧水，盖碗沏茶，一碗茶可以喝上一下午。",
    "近年来，古镇把老茶馆纳入文物保护，修缮了梁柱和门窗，还请来评书艺人每周登台说书。",
    "评书一开场，茶客们便放下茶碗，听得入神，不少年轻人也专程赶来，感受老茶馆的慢生活。",
]
GALA = [
    "“锣鼓一敲响声声，唱唱咱们老百姓。”舞台上，村里的文艺队员身着戏服，唱起了自编自演的花鼓戏。",
    "稻场上的这台村晚，节目全部由村民自己编排，有花鼓戏、广场舞，还有孩子们的诗朗诵，一共十二个节目。",
    "村文艺队队长说，排练从腊月就开始了，白天干农活，晚上到村委会排练，大家的劲头都很足。",
]
GALA_SCENE = "村口老街的稻场上搭起了舞台，小板凳一字排开，游客和村民有说有笑。"
# Two more paragraphs on the tea house, on the village troupe that sings there.
OPERA = ["每逢节日，村里的文艺队也来茶馆登台，唱起花鼓戏，锣鼓声、叫好声不断。", "文艺队队长说，在茶馆唱戏，台下的茶客就是最懂行的观众。"]


def _gala(tail: list[str], gala: list[str] = GALA) -> list[Draft]:
    return [
        _draft("百年茶馆飘茶香", TEA + tail),
        _draft("乡村舞台唱出好日子", gala),
        _draft("全市中小学开学工作平稳有序", SCHOOL),
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "大年初一，林河村人声鼎沸，" + GALA_SCENE,
        "青川县石桥镇林河村，" + GALA_SCENE,
        "在青川县石桥镇林河村，" + GALA_SCENE,
    ],
)
def test_a_lead_setting_its_scene_moves_to_the_story_under_it(lead: str) -> None:
    drafts = _gala([lead])
    assert move_stranded(drafts) == 1
    assert drafts[0].paragraphs == TEA and drafts[1].paragraphs == [lead, *GALA]
    drafts = _gala([*OPERA, lead])  # after two paragraphs closer to its topic
    assert move_stranded(drafts) == 1
    assert drafts[0].paragraphs == TEA + OPERA and drafts[1].paragraphs == [lead, *GALA]


def test_a_lead_opening_on_no_scene_needs_a_clearer_break_from_the_paragraphs_it_follows() -> None:
    # After the tea house's troupe (锣鼓, 登台), the gala's lead shares a little with the
    # paragraphs it follows: enough to keep it unless it opens as a lead does.
    lead = "林河村人声鼎沸，村口的稻场上搭起了舞台，锣鼓声声，台下坐满了观众。"
    assert move_stranded(_gala([*OPERA, lead])) == 0
    drafts = _gala([*OPERA, "大年初一，" + lead])
    assert move_stranded(drafts) == 1 and drafts[1].paragraphs[0] == "大年初一，" + lead
    # Right after the tea house's own paragraphs it shares nothing with them: a clear break.
    drafts = _gala(["林河村人声鼎沸，" + GALA_SCENE])
    assert move_stranded(drafts) == 1 and drafts[1].paragraphs[0] == "林河村人声鼎沸，" + GALA_SCENE


@pytest.mark.parametrize("said", ["村民王某说。", "村民王某笑着说。", "王某告诉记者。"])
def test_a_speakers_words_with_the_speaker_named_stay(said: str) -> None:
    quote = "“林河村人声鼎沸，村口老街的稻场上搭起了舞台，小板凳一字排开，游客和村民有说有笑。”"
    drafts = _gala([quote])
    assert move_stranded(drafts) == 1  # a bare quotation may open a story
    assert move_stranded(_gala([quote + said])) == 0


def test_a_closing_that_goes_on_from_the_paragraphs_before_it_stays() -> None:
    # About the troupe of the next story as much as about the tea house, but more about the
    # paragraphs it follows than about the gala's opening.
    closing = "如今，茶馆的戏台成了文艺队的第二个舞台，每到周末，锣鼓一敲，茶客们就围拢过来。"
    drafts = _gala([*OPERA, closing])
    assert move_stranded(drafts) == 0


def test_no_scene_lead_moves_to_a_story_with_a_dateline_lead_or_across_a_cut_sentence() -> None:
    lead = "大年初一，林河村人声鼎沸，" + GALA_SCENE
    dated = ["本报讯（记者 张三）" + GALA[1], *GALA[2:]]
    assert move_stranded(_gala([lead], gala=dated)) == 0
    cut = [*TEA[:-1], TEA[-1].rstrip("。") + "，同时"]
    drafts = _gala([lead])
    drafts[0].paragraphs[: len(TEA)] = cut
    assert move_stranded(drafts) == 0


# A commentary in numbered sections, its introduction printed above its heading, under the tour.
# The introduction speaks in general terms: it names none of the headline's words.
LABOUR_INTRO = [
    "五一国际节日到来之际，广大职工群众坚定信心，在新征程上奋发进取、建功立业。",
    "历史是最好的老师，奋斗成就伟业，实干铸就辉煌。",
    "新时代新征程，广大职工群众爱岗敬业、奋发进取，以实干铸就时代辉煌。",
]
LABOUR = [
    "从产业特征看，广大职工群众加快从密集型向知识型转变，技能人才队伍不断壮大。",
    "从精神面貌看，劳模精神、工匠精神激励着广大职工群众爱岗敬业、奋发进取。",
    "（二）",
    "奋斗铸就时代辉煌，广大职工群众在新征程上建功立业、大有可为。",
]


def _labour(tail: list[str], first: str = "（一）") -> list[Draft]:
    return [
        _draft("市委书记率队赴绍兴学习考察 为高质量发展寻方向", TOUR + tail),
        _draft("用劳动创造美好生活", [first, *LABOUR]),
        _draft("全市中小学开学工作平稳有序", SCHOOL),
    ]


@pytest.mark.parametrize("first", ["（一）", "(一)", "一、产业工人的新面貌"])
def test_the_introduction_of_a_body_in_numbered_sections_moves_under_its_heading(first: str) -> None:
    drafts = _labour(LABOUR_INTRO, first)
    assert move_stranded(drafts) == len(LABOUR_INTRO)
    assert drafts[0].paragraphs == TOUR and drafts[1].paragraphs == [*LABOUR_INTRO, first, *LABOUR]
    assert len(drafts[0].blocks) == len(TOUR)
    # A body that does not open on its first section's number has no introduction to wait for.
    drafts = _labour(LABOUR_INTRO, "（二）")
    assert move_stranded(drafts) < len(LABOUR_INTRO) and drafts[0].paragraphs[len(TOUR)] == LABOUR_INTRO[0]


def test_an_introduction_starts_where_its_paragraphs_turn_to_the_next_story() -> None:
    # The tour's last paragraph shares nothing with the commentary: it stays, though the run from
    # it on is still, as a whole, more about the commentary than about the tour.
    drafts = _labour(LABOUR_INTRO)
    drafts[0].paragraphs[-len(LABOUR_INTRO) - 1 :] = [TOUR[-1], TOUR[-1].replace("三天考察", "此次考察"), *LABOUR_INTRO]
    move_stranded(drafts)
    assert drafts[0].paragraphs[-1] == TOUR[-1].replace("三天考察", "此次考察")
    assert drafts[1].paragraphs[: len(LABOUR_INTRO)] == LABOUR_INTRO


def test_a_story_opening_on_its_first_section_takes_no_closing_from_the_story_above() -> None:
    closing = "市领导和市直相关部门负责人陪同考察，代表团成员表示将把考察成果转化为推动发展的实际行动。"
    drafts = _labour([closing])
    assert move_stranded(drafts) == 0 and drafts[1].paragraphs[0] == "（一）"
    # Nor does the introduction move across a cut sentence.
    drafts = _labour(LABOUR_INTRO)
    drafts[0].paragraphs[len(TOUR) - 1] = TOUR[-1].rstrip("。") + "，同时"
    assert move_stranded(drafts) < len(LABOUR_INTRO)


# The gala's lead in two paragraphs: a scene, then what the scene is about.
# The second, on its own, is about the tea house's old street and its visitors as much as about the gala.
GALA_SECOND = "老街上的游客也围拢过来，和村民一起看节目，不少游客说这样的年味最难忘。"


@pytest.mark.parametrize(
    "lead",
    [
        "大年初一，林河村人声鼎沸，" + GALA_SCENE,
        "除夕夜，林河村人声鼎沸，" + GALA_SCENE,
        "林河村人声鼎沸，" + GALA_SCENE,
    ],
)
def test_a_two_paragraph_lead_breaking_off_from_its_story_moves_whole(lead: str) -> None:
    drafts = _gala([lead, GALA_SECOND])
    assert move_stranded(drafts) == 2
    # The second paragraph alone does not break off from the tea house: the pair does.
    assert drafts[0].paragraphs == TEA and drafts[1].paragraphs == [lead, GALA_SECOND, *GALA]
    assert len(drafts[0].blocks) == len(TEA) and len(drafts[1].blocks) == len(GALA) + 2


def test_a_two_paragraph_run_with_a_speakers_words_or_after_a_cut_sentence_stays() -> None:
    lead = "大年初一，林河村人声鼎沸，" + GALA_SCENE
    said = "“不少游客说这样的年味最难忘。”村文艺队队长王某说。"
    assert move_stranded(_gala([lead, said])) < 2
    drafts = _gala([lead, GALA_SECOND])
    drafts[0].paragraphs[len(TEA) - 1] = TEA[-1].rstrip("。") + "，同时"
    assert move_stranded(drafts) == 0


def test_a_two_paragraph_closing_that_goes_on_from_its_story_stays() -> None:
    drafts = _gala(OPERA)
    assert move_stranded(drafts) == 0 and drafts[0].paragraphs == TEA + OPERA


# Another story a few places on, on the same village's gala of twenty years, that names the lead's
# village in its headline and speaks more of what the lead names (林河村, 十里八乡, 稻场, 村晚) than
# the gala right under the lead does.
FESTIVAL = [
    "林河村的村晚年年都办，稻场上的花鼓戏一唱就是一整晚，十里八乡的村民都赶来看。",
    "林河村文艺队成立二十年，队员从十几人发展到六十多人，花鼓戏、广场舞样样拿手。",
    "林河村党支部书记说，村晚让村里热闹起来，也让在外打工的年轻人更愿意回乡过年。",
]
FESTIVAL_LEAD = "林河村人声鼎沸，十里八乡的村民赶到稻场，等着看林河村的村晚。"


def _gala_and_festival(tail: list[str]) -> list[Draft]:
    return [*_gala(tail), _draft("林河村村晚唱了二十年", FESTIVAL)]


@pytest.mark.parametrize("when", ["大年初一，", "除夕夜，", "正月初二晚上，"])
def test_a_lead_above_a_heading_opens_the_story_under_it_not_a_closer_one_further_on(when: str) -> None:
    lead = when + FESTIVAL_LEAD
    drafts = _gala_and_festival([lead])
    assert move_stranded(drafts) == 1
    assert drafts[0].paragraphs == TEA and drafts[1].paragraphs == [lead, *GALA] and drafts[3].paragraphs == FESTIVAL


@pytest.mark.parametrize("when", ["大年初一，", "除夕夜，"])
def test_a_run_whose_best_story_is_not_under_its_heading_goes_there_unless_it_reads_as_that_storys_lead(when: str) -> None:
    # An excerpt printed out of its place ("……" and a passage) is no lead: it goes where it reads best.
    excerpt = "……" + when + FESTIVAL_LEAD
    drafts = _gala_and_festival([excerpt])
    assert move_stranded(drafts) == 1
    assert drafts[1].paragraphs == GALA and drafts[3].paragraphs == [excerpt, *FESTIVAL]
    # Nor is a paragraph that does not break off from its story towards the one under its heading.
    closing = "如今，林河村的村民常到茶馆坐坐，十里八乡的茶客也赶来，等着看林河村的村晚。"
    drafts = _gala_and_festival([*OPERA, closing])
    move_stranded(drafts)
    assert drafts[1].paragraphs == GALA


@pytest.mark.parametrize(
    "line",
    [
        "“污水厂，连着民生”。",
        "治水账，也是民生账。",
        "污水厂，连着民生。",
    ],
)
def test_a_line_of_a_few_words_above_a_heading_is_the_lead_of_the_story_under_it(line: str) -> None:
    # Too short to weigh against the paragraphs it follows, it leans to the commentary's topic.
    drafts = _commentary([line])
    assert move_stranded(drafts) == 1
    assert drafts[0].paragraphs == TOUR and drafts[1].paragraphs == [line, *SEWAGE]


@pytest.mark.parametrize(
    "line",
    [
        "三天考察，收获满满。",  # its own story's closing
        "网友：污水厂何时建成？",  # a box line
        "污水厂投用。（新华社电）",  # a note run into it
        "“污水要管好。”市长说。",  # a speaker's words, the speaker named
        "……污水厂，连着民生。",  # an excerpt
        "污水厂连着民生。",  # one clause, saying its one thing as a closing does
    ],
)
def test_a_short_line_that_closes_its_story_or_is_no_lead_stays(line: str) -> None:
    drafts = _commentary([line])
    assert move_stranded(drafts) == 0 and drafts[0].paragraphs == [*TOUR, line]


def test_a_short_line_is_no_lead_of_a_story_with_a_dateline_lead_or_after_a_cut_sentence() -> None:
    line = "“污水厂，连着民生”。"
    drafts = _commentary([line])
    drafts[1].paragraphs[0] = "本报讯（记者 张三）" + SEWAGE[0]
    assert move_stranded(drafts) == 0
    drafts = _commentary([line])
    drafts[0].paragraphs[-1] = TOUR[-1].rstrip("。") + "，同时"
    assert move_stranded(drafts) == 0


# The gala's programme: on its own it reads as the gala's lead, and so does the scene before it.
GALA_PROGRAMME = "村晚的节目单上，花鼓戏、广场舞、诗朗诵，一共十二个节目，全部由村民自己编排。"


@pytest.mark.parametrize("where", ["青川县石桥镇林河村，", "在青川县石桥镇林河村，", "四川省青川县石桥镇，"])
@pytest.mark.parametrize(
    "second",
    [GALA_PROGRAMME, "村晚的舞台上，花鼓戏、广场舞、诗朗诵，唱出了村民的好日子。", "乡村舞台上，村民自己编排的十二个节目，唱出了好日子。"],
)
def test_a_lead_of_two_opening_on_its_place_moves_whole_though_its_second_paragraph_alone_would(where: str, second: str) -> None:
    # The second paragraph alone reads as the gala's lead (and names its headline, 舞台, 好日子, or
    # not); the one before it sets the lead's scene, the place it happens.
    scene = where + GALA_SCENE
    drafts = _gala([scene, second])
    assert move_stranded(drafts) == 2
    assert drafts[0].paragraphs == TEA and drafts[1].paragraphs == [scene, second, *GALA]


@pytest.mark.parametrize(
    "own",
    [
        "如今，老街上的茶馆越开越多，游客坐下来喝碗茶，听一段评书。",  # its own story's scene
        "今年下半年，老街上的茶馆还将请来更多评书艺人，让游客在茶香中感受古镇的慢生活。",  # looking ahead
    ],
)
def test_a_closing_opening_on_its_time_stays_above_a_one_paragraph_lead(own: str) -> None:
    drafts = _gala([own, GALA_PROGRAMME])
    assert move_stranded(drafts) == 1
    assert drafts[0].paragraphs == [*TEA, own] and drafts[1].paragraphs == [GALA_PROGRAMME, *GALA]
