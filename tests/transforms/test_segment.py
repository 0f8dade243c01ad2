import pytest

from tests.transforms.pages import parse_page
from transforms.parse import parse_issue
from transforms.model import ParsedIssue

HEAD = "辽源日报\n\n2021年9月6日 星期一\n\n总第8353期 今日4版\n\n"


def _parse(body: str) -> ParsedIssue:
    result = parse_issue((HEAD + body).encode("utf-8"), source_file="liaoyuan-daily/x.txt", default_paper="d")
    assert isinstance(result, ParsedIssue), result
    assert result.accounting.balanced, result.accounting
    return result


def test_kicker_headline_subtitle_and_byline_line() -> None:
    a = _parse(
        "绿水青山 冰天雪地\n\n市委书记柴伟率队赴外地学习考察\n——访考察团的成员们\n\n本报记者 王茜\n\n"
        "5月27日，市委书记柴伟率党政代表团赴对口合作城市学习考察。\n"
    ).articles[0]
    assert (a.kicker, a.headline, a.subtitle) == ("绿水青山 冰天雪地", "市委书记柴伟率队赴外地学习考察", "访考察团的成员们")
    assert a.byline == "本报记者 王茜" and a.authors == ("王茜",) and a.genre == "interview"


def test_inline_lead_byline_and_signature() -> None:
    issue = _parse(
        "我市召开产业工人队伍建设改革推进会\n\n本报讯（记者 王茵 汪琳）9月2日，推进会召开。会议总结阶段成果。\n\n"
        "督察组向辽源市转交第八批信访件\n\n本报讯 9月3日，督察组将第八批案件移交辽源市。（辽轩）\n"
    )
    one, two = issue.articles
    assert one.byline == "本报讯（记者 王茵 汪琳）" and one.authors == ("王茵", "汪琳")
    assert one.paragraphs[0].startswith("9月2日") and one.genre == "news"
    assert two.byline == "本报讯" and two.authors == ("辽轩",)


def test_caption_credit_and_split_sentence_joined_across_caption() -> None:
    a = _parse(
        "程宇深入一线检查督导整改落实情况\n\n本报讯（记者 徐楠）9月3日下午，市长程宇深入渭津镇，就受理案件进行督办，要求各级各部门提升站位、统一\n\n"
        "9月3日，程宇在渭津镇污水处理厂了解情况。图为督办现场。\n\n本报记者 王彦雨 摄\n\n思想，形成工作合力。\n"
    ).articles[0]
    assert "提升站位、统一思想，形成工作合力。" in a.body
    assert a.captions == ("9月3日，程宇在渭津镇污水处理厂了解情况。图为督办现场。", "本报记者 王彦雨 摄")
    assert a.photographers == ("王彦雨",) and "图为" not in a.body


def test_continuation_and_lone_name_byline_and_headline_without_byline() -> None:
    issue = _parse(
        "东辽县：携手共建美丽家园\n\n李洪波\n\n建设美丽家园，需要群众参与。五年来，我们深入学习贯彻， （下转第三版）\n\n"
        "辽源市新型冠状病毒肺炎疫情情况通报\n\n1月25日0—24时，辽源市无新增确诊病例，无新增疑似病例。\n"
    )
    one, two = issue.articles
    assert one.byline == "李洪波" and one.authors == ("李洪波",) and one.continued_to == "第三版"
    assert "下转" not in one.body
    assert two.headline == "辽源市新型冠状病毒肺炎疫情情况通报" and two.byline is None and two.genre == "notice"


def test_notice_box_lines_stay_separate_and_furniture_is_out() -> None:
    issue = _parse(
        "扫黑除恶 全民参与 重要线索 予以奖励\n\n全省扫黑举报电话: 0431-12389\n市委组织部: 3313266\n"
        "新闻热线：0437-3249118\n"
    )
    a = issue.articles[0]
    assert a.paragraphs == ("全省扫黑举报电话：0431-12389", "市委组织部：3313266")
    assert a.genre == "notice" and issue.accounting.chars_furniture > 0


def test_section_label_is_not_an_article() -> None:
    issue = _parse(
        "市领导晨检环境整治工作\n\n本报讯（记者 于志）9月3日，市人大常委会开展晨检。\n\n“创城”在行动\n\n"
        "## 我市召开产业工人队伍建设改革推进会\n\n本报讯（记者 张莹莹）9月2日，推进会召开。\n"
    )
    assert [a.headline for a in issue.articles] == ["市领导晨检环境整治工作", "我市召开产业工人队伍建设改革推进会"]
    assert issue.articles[1].kicker is None


# -- rules found on held-out pages (tests/transforms/heldout) ---------------------------


@pytest.mark.parametrize("stray", ["■江城速递", "●图片新闻", "四平市公安局交警支队", "市消防救援支队"])
def test_logo_or_office_name_inside_a_split_sentence_is_furniture(stray: str) -> None:
    a = _parse(
        "社区托管班受欢迎\n\n本报讯（记者 孙七）报名人数远超预期，\n\n"
        f"{stray}\n\n社区又腾出两间活动室，把名额增加到了65个。\n"
    ).articles[0]
    assert "报名人数远超预期，社区又腾出两间活动室" in a.body and stray.lstrip("■●") not in a.body


@pytest.mark.parametrize("label", ["【人物】残疾人运动员蒋裕燕", "【关键词】“行走的医院”", "【事件】某村卫生室开诊"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_run_in_label_under_a_line_with_no_full_stop_is_no_stray(label: str, gap: str) -> None:
    # A deck that dropped its full stop, then the body of a labelled column: "【人物】…" opens a
    # paragraph (its label run in before its text), it is no logo wedged into a split sentence.
    a = _parse(
        gap.join(["给“倔强的海燕”一片天（暖闻热评）", "孙龙飞", "让更多人关注、了解残疾人事业，促进了残健融合",
                  label, "【故事】3岁时，一场车祸让她失去右臂和右腿，但她从游泳运动中找到了信心。"]) + "\n"
    ).articles[0]
    assert label in a.body


@pytest.mark.parametrize("stray", ["【江城速递】", "【图片新闻】"])
def test_a_bracketed_logo_alone_inside_a_split_sentence_is_still_furniture(stray: str) -> None:
    a = _parse(
        "社区托管班受欢迎\n\n本报讯（记者 孙七）报名人数远超预期，\n\n"
        f"{stray}\n\n社区又腾出两间活动室，把名额增加到了65个。\n"
    ).articles[0]
    assert "报名人数远超预期，社区又腾出两间活动室" in a.body and stray not in a.body


def test_bare_half_sentence_between_halves_stays_text() -> None:
    a = _parse(
        "老人的幸福晚年\n\n本报讯（记者 孙七）家住\n\n安恕镇杏山村五组徐德\n\n明老人今年八十岁，身体硬朗。\n"
    ).articles[0]
    assert "安恕镇杏山村五组徐德" in a.body


@pytest.mark.parametrize("ending", ["，", "、"])
def test_trailing_comma_continues_even_a_field_like_answer(ending: str) -> None:
    a = _parse(
        "专访县农业局局长\n\n本报记者 陈雪梅\n\n记者：今年有哪些新举措？\n\n"
        f"答：今年县里安排专项资金，同时组织农技人员包村指导{ending}\n\n帮助农户解决技术难题。\n"
    ).articles[0]
    assert f"包村指导{ending}帮助农户" in a.body


@pytest.mark.parametrize("sign", ["（本报记者 陈雪梅）", "（记者 王五 通讯员 赵六）"])
def test_bracketed_signature_is_no_kicker_and_names_the_authors(sign: str) -> None:
    first, second = _parse(
        "把小庭院做成大产业\n——访县农业农村局局长\n\n" + "记者：情况如何？\n\n答：全县农户户均增收三千八百元。\n\n" * 12
        + f"{sign}\n\n关于开展春季植树造林工作的通知\n\n各乡镇人民政府：\n\n现将有关事项通知如下。\n"
    ).articles
    assert first.authors and set(first.authors) <= {"陈雪梅", "王五", "赵六"}
    assert (second.kicker, second.headline, second.genre) == (None, "关于开展春季植树造林工作的通知", "notice")


@pytest.mark.parametrize("office", ["东丰县人民政府办公室", "市森林防火指挥部", "市精神文明建设委员会"])
def test_notice_office_and_date_stay_with_the_notice(office: str) -> None:
    notice, news = _parse(
        "关于做好春季防火工作的通告\n\n各有关单位：\n\n请严格落实防火责任。\n\n"
        f"{office}\n\n2023年3月14日\n\n东丰鹿乡迎来首批研学游客人\n\n本报讯（通讯员 马红）3月12日，八十名中学生走进基地。\n"
    ).articles
    assert notice.paragraphs[-2:] == (office, "2023年3月14日")
    assert news.headline == "东丰鹿乡迎来首批研学游客人" and news.kicker is None


@pytest.mark.parametrize("question", ["暖气不热怎么办？", "垃圾分类难在哪？", "春耕物资够不够！"])
def test_short_question_headline_echoed_by_its_body(question: str) -> None:
    words = question[:-1]
    issue = _parse(
        "城市供热保障有力\n\n本报讯（记者 何静）全市供热运行平稳。\n\n"
        f"{question}\n\n市民来电反映{words}的问题，记者联系了有关部门。工作人员答复将尽快处理。\n"
    )
    assert [a.headline for a in issue.articles] == ["城市供热保障有力", question]


def test_question_sentence_not_echoed_stays_body() -> None:
    issue = _parse(
        "城市供热保障有力\n\n本报讯（记者 何静）全市供热运行平稳。\n\n谁不盼着屋里暖和呢？\n\n"
        "供热企业加强巡检，累计处理隐患三百余处。\n"
    )
    assert len(issue.articles) == 1 and "谁不盼着屋里暖和呢？" in issue.articles[0].body


@pytest.mark.parametrize("title", ["代表委员热议：让发展成色更足", "记者手记：冰雪里的温度", "短评：植树不能只看数量"])
def test_column_label_and_title_heads_an_article(title: str) -> None:
    issue = _parse(
        "全市经济开局良好\n\n本报讯（记者 王五）一季度全市经济运行平稳。\n\n"
        f"{title}\n\n全国人大代表张海涛说，要加快种业振兴，把饭碗牢牢端在自己手中。\n"
    )
    assert [a.headline for a in issue.articles] == ["全市经济开局良好", title]


@pytest.mark.parametrize("digest", ["政府工作报告（摘要）", "市委工作报告（节选）", "在全市大会上的讲话（摘登）"])
def test_digest_title_heads_an_article(digest: str) -> None:
    issue = _parse(
        "全市经济开局良好\n\n本报讯（记者 王五）一季度全市经济运行平稳。\n\n"
        f"{digest}\n\n今年发展主要预期目标是：地区生产总值增长百分之六左右。\n"
    )
    last = issue.articles[-1]
    assert last.headline == digest
    assert last.genre == ("report" if "报告" in digest else last.genre)


@pytest.mark.parametrize(
    ("line", "caption", "photographers"),
    [
        # A line with a full stop is prose to normalise: its spaces between ideographs go.
        ("▲3月14日，工人正在装配新车。本报记者 郑宏伟 摄", "▲3月14日，工人正在装配新车。本报记者郑宏伟摄", ("郑宏伟",)),
        ("▲游客在雪场体验滑雪。", "▲游客在雪场体验滑雪。", ()),
        ("11月6日，工人在供热站检修设备。新华社发", "11月6日，工人在供热站检修设备。新华社发", ()),
    ],
)
def test_marked_or_credited_caption_between_split_halves(line: str, caption: str, photographers: tuple) -> None:
    a = _parse(
        f"冰雪旅游持续升温\n\n本报讯（记者 宋佳）滑雪场累计接待游客\n\n{line}\n\n186.5万人次，同比增长62%。\n"
    ).articles[0]
    assert "累计接待游客186.5万人次" in a.body
    assert a.captions == (caption,) and a.photographers == photographers


@pytest.mark.parametrize(
    ("byline", "authors", "photographers"),
    [("文/图 吴丽君", ("吴丽君",), ("吴丽君",)), ("记者 周八 报道", ("周八",), ()), ("■本报记者 孙晓燕", ("孙晓燕",), ()),
     ("本报评论员", (), ()), ("文/许文博 摄影：张凯", ("许文博",), ("张凯",)),
     ("刘子怡 吴付来", ("刘子怡", "吴付来"), ()), ("钱多多 吴付来", ("钱多多", "吴付来"), ())],
)
def test_byline_forms_under_a_headline(byline: str, authors: tuple, photographers: tuple) -> None:
    a = _parse(f"北山公园荷花盛开\n\n{byline}\n\n连日来，北山公园的荷花进入盛花期。\n").articles[0]
    assert (a.headline, a.byline, a.authors, a.photographers) == ("北山公园荷花盛开", byline, authors, photographers)
    assert a.body.startswith("连日来")


@pytest.mark.parametrize(
    ("first", "second", "want"),
    [
        # A one-phrase title and a longer list of points under it: title and undashed 副题.
        ("十四届全国人大一次会议在京开幕", "听取政府工作报告 审查计划报告和预算报告", ("", "first", "second")),
        ("全省冬季供暖工作会议召开", "压实属地责任 确保温暖过冬 防范安全风险", ("", "first", "second")),
        # A short slogan above a phrase-list title, or a long line above a shorter one: the kicker.
        ("春耕备耕正当时", "市委召开常委会会议 研究部署春季农业生产", ("first", "second", "")),
        ("出席省十三届人大四次会议的辽源代表团继续审议报告", "开好头 起好步 努力实现新发展", ("first", "second", "")),
        # Phrases above, one phrase under: the kicker again.
        ("坚持稳中求进 推动高质量发展", "全省经济运行实现良好开局", ("first", "second", "")),
        # A statement over the figures that detail it: title and undashed 副题 (transforms.roles).
        ("某省新能源汽车推广应用方案出台", "到2030年新车销量占比达50%以上", ("", "first", "second")),
        ("全市春季国土绿化行动全面启动", "2025年计划新增城市绿地120公顷", ("", "first", "second")),
        ("本市出台稳就业促增收十条措施", "到2026年3万余名高校毕业生将获岗位补贴", ("", "first", "second")),
        # … but a line that introduces, or a label, over such a line is its kicker, and so is a
        # statement over a number-led line that carries the quoted words of a title.
        ("全省经济工作会议召开时强调", "2025年要抓好五方面重点工作", ("first", "second", "")),
        ("春耕备耕", "3万亩良田完成春季翻耕", ("first", "second", "")),
        ("老城区更新改造项目稳步推进", "3条老街换上“新衣”", ("first", "second", "")),
        # A line opening with a bare count is the news itself, the title under its kicker (a
        # 副题's figures are a period's or a target's: "到2030年…", "2025年…").
        ("本市开展学雷锋志愿服务月活动", "3000余名志愿者走进社区", ("first", "second", "")),
        # A title that asks over its answer, a title over the interview it heads: undashed 副题.
        ("某市“数字小镇”何以汇聚上百家科技企业", "一批年轻人，做着创新的事业", ("", "first", "second")),
        ("筑牢某某现代化的家庭根基", "访某省妇联党组书记、主席某某某", ("", "first", "second")),
        ("“文化交流让两国人民的心贴得更近”", "访某国资深翻译家、某某奖获得者某某某", ("", "first", "second")),
        # A 副题 naming its report (…见闻, …纪实) or a profile (记…) under a title however short.
        ("大国小城的春天", "某某市推动高质量发展见闻", ("", "first", "second")),
        ("某某产业看今朝", "某县特色产业发展纪实", ("", "first", "second")),
        ("把论文写在大地上", "记某农业大学教授张三", ("", "first", "second")),
    ],
)
def test_two_line_heading_kicker_or_undashed_subtitle(first: str, second: str, want: tuple) -> None:
    a = _parse(f"{first}\n{second}\n\n本报讯（记者 王五）会议开幕。代表们认真审议报告。\n").articles[0]
    pick = {"first": first, "second": second, "": None}
    assert (a.kicker, a.headline, a.subtitle) == tuple(pick[w] for w in want)


def _page(body: str, gap: str = "\n") -> ParsedIssue:
    return parse_page(body, gap, blank_after_head=True)


BODY = "清晨的田埂上，村民们正忙着疏通水渠，渠水哗哗地流进麦田。\n“以前浇一次地要排好几天队。”种粮大户孙有田说。\n"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("kicker", "title"),
    [
        ("某省某县西河村——", "一渠清水润良田（走基层）"),
        ("孙有田代表——", "让农田灌溉更省心"),
        ("皮影戏：", "一口唱尽千年事 十指能调万千兵（传承）"),
        ("记者来到某县某乡，听村民细说——", "增收账本沉甸甸"),
    ],
)
def test_kicker_ending_in_a_dash_or_colon(kicker: str, title: str, gap: str) -> None:
    a = _page(f"{kicker}\n{title}\n本报记者 钱 多\n{BODY}", gap).articles[0]
    assert (a.kicker, a.headline, a.subtitle) == (kicker, title, None)
    assert a.authors == ("钱多",) and a.body.startswith("清晨的田埂上")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("title", "byline", "authors"),
    [
        ("人人网购，实体店的出路在何方？（读者点题）", "本报记者 赵大成 钱 多", ("赵大成", "钱多")),
        ("我们为什么要“追”月亮？", "孔文", ("孔文",)),
        ("“续写友谊，开创未来”", "新华社记者 林小雨", ("林小雨",)),
        ("村里的老戏台又热闹起来了！（新春走基层）", "韩 梅", ("韩梅",)),
        ("“银发课堂”：把课开到家门口（人文茶座）", "钱多多（某大学教授）", ("钱多多",)),
    ],
)
def test_titles_of_other_papers_over_their_bylines(title: str, byline: str, authors: tuple, gap: str) -> None:
    issue = _page(f"{title}\n{byline}\n{BODY}", gap)
    (a,) = issue.articles
    assert a.headline == title and a.kicker is None and a.authors == authors
    assert a.body.startswith("清晨的田埂上")


@pytest.mark.parametrize("credit", ["受访者供图", "孔 文摄", "某县委宣传部供图", "资料图片", "孔文摄（人民视觉）"])
def test_credit_forms_close_a_caption(credit: str) -> None:
    a = _page(f"一渠清水润良田\n本报记者 钱多\n村民在新修的渠道边查看水情。\n{credit}\n{BODY}").articles[0]
    assert a.captions == ("村民在新修的渠道边查看水情。", credit)
    assert a.body.startswith("清晨的田埂上")


def test_title_with_column_tag_over_an_undashed_subtitle() -> None:
    a = _page("从以旧换新看低碳生活（人民时评）\n消费新亮点 发展新赛道③\n孔文\n" + BODY).articles[0]
    assert (a.kicker, a.headline, a.subtitle) == (None, "从以旧换新看低碳生活（人民时评）", "消费新亮点 发展新赛道③")


STORY = (
    "一渠清水润良田\n本报记者 钱多\n"
    "清晨的田埂上，村民们正忙着疏通水渠，渠水哗哗地流进麦田，灌溉季节的西河村格外热闹。\n"
    "西河村的水渠修了三年，村里的麦田从此告别了靠天吃饭，种粮大户孙有田说今年麦子长势格外好。\n"
)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "crossheads",
    [
        ("修渠先修心", "管水更要节水"),
        ("水渠通到田间地头 麦田告别靠天吃饭", "渠水润泽千亩良田 村民种粮更有底气"),
        ("一条水渠：从规划到竣工", "一片麦田：从靠天到靠渠"),
    ],
)
def test_crossheads_inside_a_signed_story_stay_in_its_body(crossheads: tuple, gap: str) -> None:
    one, two = crossheads
    body = (
        STORY + f"{one}\n西河村的水渠规划之初，村民对修渠占地有顾虑，村干部挨家挨户讲清修渠对麦田灌溉的好处。\n"
        f"{two}\n水渠修好以后，西河村成立了管水小组，麦田灌溉按片轮灌，渠水不再白白流走，村民种粮更省心。\n"
    )
    (a,) = _page(body, gap).articles
    assert a.headline == "一渠清水润良田"
    assert one in a.paragraphs and two in a.paragraphs


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "title",
    ["关于做好今冬供暖收费工作的通知", "寻物启事", "某县2024年度优秀志愿者名单公示", "市区部分路段夜间施工的通告"],
)
def test_a_notice_without_byline_after_a_story_is_an_article(title: str, gap: str) -> None:
    body = STORY + f"{title}\n各供暖单位：为做好今冬供暖收费工作，现将有关事项通知如下，请遵照执行。\n联系电话：1234567\n"
    one, two = _page(body, gap).articles
    assert one.headline == "一渠清水润良田" and two.headline == title and two.byline is None
    assert two.body.startswith("各供暖单位")


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("某某会议召开时强调 抓好春耕 保障供给", ("某某会议召开时强调", "抓好春耕 保障供给", None)),
        ("某省连续第五年发布营商环境改革方案 聚焦企业感受 凝聚发展合力", ("某省连续第五年发布营商环境改革方案", "聚焦企业感受 凝聚发展合力", None)),
        ("某县某村—— 文旅融合架起致富桥（走基层）", ("某县某村——", "文旅融合架起致富桥（走基层）", None)),
        ("某县某村——文旅融合架起致富桥（走基层）", ("某县某村——", "文旅融合架起致富桥（走基层）", None)),
        ("乡村振兴看今朝 ——某县特色产业纪实之三", (None, "乡村振兴看今朝", "某县特色产业纪实之三")),
        ("从以旧换新看低碳生活（人民时评）——消费新亮点③", (None, "从以旧换新看低碳生活（人民时评）", "消费新亮点③")),
        ("老矿区 新产业 生产忙", (None, "老矿区 新产业 生产忙", None)),
        ("抓实党支部质量提升 打造坚强战斗堡垒", (None, "抓实党支部质量提升 打造坚强战斗堡垒", None)),
        ("沉着冷静应对变局（走市场 看韧性 强信心）", (None, "沉着冷静应对变局（走市场 看韧性 强信心）", None)),
        ("高质量发展——开放是必由之路", (None, "高质量发展——开放是必由之路", None)),
        # A column tag closes the title: a line before it that is no parallel phrase is the kicker.
        ("某省主要作物良种覆盖率超过九成 某县筑牢稳产增收的良种基础（调研行）", ("某省主要作物良种覆盖率超过九成", "某县筑牢稳产增收的良种基础（调研行）", None)),
        ("某市数字运维中心运行近半年 为智慧城市建设打牢根基（探访）", ("某市数字运维中心运行近半年", "为智慧城市建设打牢根基（探访）", None)),
        ("某县化肥利用率达42.6% 作物的“口粮”，怎样减“肥”（春耕进行时）", ("某县化肥利用率达42.6%", "作物的“口粮”，怎样减“肥”（春耕进行时）", None)),
        ("搭建平台、健全机制，强化企业主体地位 让技术链和应用链紧密衔接（科技视点）", ("搭建平台、健全机制，强化企业主体地位", "让技术链和应用链紧密衔接（科技视点）", None)),
        ("擂响奋进鼓 鼓起精气神（文化中国行）", (None, "擂响奋进鼓 鼓起精气神（文化中国行）", None)),
        ("克服冻土高寒 解决群众用水难（走基层）", (None, "克服冻土高寒 解决群众用水难（走基层）", None)),
        ("学有质量 查有力度 改有成效（深一度）", (None, "学有质量 查有力度 改有成效（深一度）", None)),
        ("市委书记率队赴外地学习考察 为本市高质量发展寻方向计", (None, "市委书记率队赴外地学习考察 为本市高质量发展寻方向计", None)),
        # A first phrase far shorter than the second is no couplet half: it is the kicker.
        ("某某签署国务院令 公布修订后的《某某管理条例》", ("某某签署国务院令", "公布修订后的《某某管理条例》", None)),
        ("以科技赋能乡村振兴 完善农业社会化服务和农技推广体系", ("以科技赋能乡村振兴", "完善农业社会化服务和农技推广体系", None)),
        ("应对寒潮天气 怎么守护好城市的“生命线”", ("应对寒潮天气", "怎么守护好城市的“生命线”", None)),
        ("寒潮来袭 全市供热企业提前一周升温保供（民生）", ("寒潮来袭", "全市供热企业提前一周升温保供（民生）", None)),
        # ... and so is one shorter by more than a couplet's slack, however little
        ("一季度经济稳中有进 某某新区厚植发展新优势", ("一季度经济稳中有进", "某某新区厚植发展新优势", None)),
        ("夏粮收购进展顺利 农民种粮收益稳中有升", ("夏粮收购进展顺利", "农民种粮收益稳中有升", None)),
        ("乡村旅游火起来 村民腰包鼓起来了", (None, "乡村旅游火起来 村民腰包鼓起来了", None)),
        # ... but phrases of one length, or a first phrase the longer, or clause marks stay whole,
        # and a long column tag after a space is no phrase.
        ("成立家宴中心 酒席成本降了", (None, "成立家宴中心 酒席成本降了", None)),
        ("为治理赋能 为实干撑腰", (None, "为治理赋能 为实干撑腰", None)),
        ("完整准确全面贯彻某某方略 坚决保持社会大局稳定", (None, "完整准确全面贯彻某某方略 坚决保持社会大局稳定", None)),
        ("寒潮来袭 全市供热企业提前升温、加密巡检", (None, "寒潮来袭 全市供热企业提前升温、加密巡检", None)),
        ("提升金融服务水平和能力 （深入学习贯彻某某新时代思想·学习《某某文选》第一卷专家谈系列评论之三）",
         (None, "提升金融服务水平和能力 （深入学习贯彻某某新时代思想·学习《某某文选》第一卷专家谈系列评论之三）", None)),
        # A title that asks prints its premise first: one plain phrase before the question is the
        # title's, tagged or not; a statement with clause marks as long again is still the kicker.
        ("某某在健身房摔伤 场馆能否免责？（以案说法）", (None, "某某在健身房摔伤 场馆能否免责？（以案说法）", None)),
        ("小区电梯停运整整三天 物业该不该担责？", (None, "小区电梯停运整整三天 物业该不该担责？", None)),
        ("旧车换新车，补贴加力、商家受益、市场回暖 不到半年，销量何以翻番？（观察）",
         ("旧车换新车，补贴加力、商家受益、市场回暖", "不到半年，销量何以翻番？（观察）", None)),
        # A label and its colon before a couplet introduce it: the kicker; before one phrase it is
        # a labelled title.
        ("某某县：畅通民意渠道 激发共治活力", ("某某县：", "畅通民意渠道 激发共治活力", None)),
        ("某地剪纸：一把剪刀剪春秋 满纸花开映新年（传承）", ("某地剪纸：", "一把剪刀剪春秋 满纸花开映新年（传承）", None)),
        ("“数字乡村”：让农民生活更便利", (None, "“数字乡村”：让农民生活更便利", None)),
        # A first part with a clause mark is no phrase of a parallel title: the kicker, unless the
        # two match in length and the first is a few short phrases (a title's verse).
        ("为了守护家园，青年挺身而出 记住那些平凡的守护者", ("为了守护家园，青年挺身而出", "记住那些平凡的守护者", None)),
        ("产业兴、生态美、百姓富 某某村走出振兴新路子", ("产业兴、生态美、百姓富", "某某村走出振兴新路子", None)),
        ("机制更顺了，服务更优了 某区政务服务提速增效", ("机制更顺了，服务更优了", "某区政务服务提速增效", None)),
        ("讲政策、听民意、解难题 某县干部走进田间地头", ("讲政策、听民意、解难题", "某县干部走进田间地头", None)),
        ("春风暖，花开早 好日子在后头", (None, "春风暖，花开早 好日子在后头", None)),
        # A first part longer than the title phrase by more than a couplet's phrases differ is the
        # kicker (a long slogan's phrases may differ by a fifth: 16 / 14 stays whole).
        ("某某舰两位九旬老兵回“新家”圆梦 一张跨越时空的珍贵“船票”", ("某某舰两位九旬老兵回“新家”圆梦", "一张跨越时空的珍贵“船票”", None)),
        ("某县多措并举推动地下水超采治理 某处名泉断流三十载复涌", ("某县多措并举推动地下水超采治理", "某处名泉断流三十载复涌", None)),
        ("某省持续推进高标准农田建设 今年新建农田百万亩", ("某省持续推进高标准农田建设", "今年新建农田百万亩", None)),
        # … by a fifth of the first part's length exactly (15 / 12, 10 / 8): no couplet's phrases
        ("某某银行支持企业探索“出海”新路径 筑牢某某式现代化家庭根基", ("某某银行支持企业探索“出海”新路径", "筑牢某某式现代化家庭根基", None)),
        ("某县启动春季植树行动 荒山披上新的绿装", ("某县启动春季植树行动", "荒山披上新的绿装", None)),
        ("市委书记某某率队赴某地学习考察 为某市高质量发展寻方向", ("市委书记某某率队赴某地学习考察", "为某市高质量发展寻方向", None)),
        ("完整准确全面贯彻某某方略和各项部署 坚决保持某地社会大局持续稳定",
         (None, "完整准确全面贯彻某某方略和各项部署 坚决保持某地社会大局持续稳定", None)),
        # A first part built unlike the title after it is no phrase of a couplet but the kicker,
        # whatever the lengths: the title a person's name or one quotation or a count, the first
        # part a place's statement (when no title phrase opens with a place) or dated.
        ("追记某某县某某村党支部书记 张建国", ("追记某某县某某村党支部书记", "张建国", None)),
        ("某某医院眼科主任医师 李 华", ("某某医院眼科主任医师", "李 华", None)),
        ("青年学者 张建国", (None, "青年学者 张建国", None)),
        ("老手艺人坚守非遗传承 “这门老手艺可不能丢”", ("老手艺人坚守非遗传承", "“这门老手艺可不能丢”", None)),
        ("某省加快推进数字政府建设 让企业群众办事更加便捷", ("某省加快推进数字政府建设", "让企业群众办事更加便捷", None)),
        ("浙江某县全面启动春季造林 十万亩荒山已经披上新绿", ("浙江某县全面启动春季造林", "十万亩荒山已经披上新绿", None)),
        ("某某省某某县 荒山变果园 农民变股东", ("某某省某某县", "荒山变果园 农民变股东", None)),
        ("北京冬奥精彩纷呈 上海进博成果丰硕", (None, "北京冬奥精彩纷呈 上海进博成果丰硕", None)),
        ("我市以高度自觉和有力举措 推进某某问题整改工作", (None, "我市以高度自觉和有力举措 推进某某问题整改工作", None)),
        ("3月5日是学雷锋纪念日 争做新时代好青年", ("3月5日是学雷锋纪念日", "争做新时代好青年", None)),
        ("学雷锋志愿服务活动启动 3000余名志愿者走进社区", ("学雷锋志愿服务活动启动", "3000余名志愿者走进社区", None)),
        ("节能降碳行动方案印发 2025年能耗下降百分之五", (None, "节能降碳行动方案印发 2025年能耗下降百分之五", None)),
        # A kicker ending in its comma, its title after the space normalise keeps there: a clause
        # mark in the first part and none in the title; a title's own comma has no space after it.
        ("为了一村人的饮水安全， 他在山里守了二十年", ("为了一村人的饮水安全，", "他在山里守了二十年", None)),
        ("从“没人管”到“抢着管”， 老旧小区有了新管家", ("从“没人管”到“抢着管”，", "老旧小区有了新管家", None)),
        ("警医联动，为生命开路", (None, "警医联动，为生命开路", None)),
        # A title that says where its news is from, after a statement that says no place: the
        # statement is its kicker, however alike their lengths (a couplet's phrases have no place
        # of their own; one in each may be a couplet's, "北京冬奥… 上海进博…" above).
        ("发挥多重国家发展战略叠加效应 河北健全支持体系激发创业活力", ("发挥多重国家发展战略叠加效应", "河北健全支持体系激发创业活力", None)),
        ("推动文旅深度融合发展 四川打造全域旅游新格局", ("推动文旅深度融合发展", "四川打造全域旅游新格局", None)),
        ("坚持生态优先绿色发展 某县走出乡村振兴新路子", ("坚持生态优先绿色发展", "某县走出乡村振兴新路子", None)),
        ("稳住基本盘 某省开新局", (None, "稳住基本盘 某省开新局", None)),  # a couplet's short phrases
        # Another place before it: the kicker when both run longer than a couplet's phrase.
        ("某市连续第八年发布优化营商环境行动方案 某省发布指南规范学校营养配餐", ("某市连续第八年发布优化营商环境行动方案", "某省发布指南规范学校营养配餐", None)),
        ("辽宁省博物馆创新展陈唐宋名画 江苏加速建设生育友好型社会", ("辽宁省博物馆创新展陈唐宋名画", "江苏加速建设生育友好型社会", None)),
        ("浙江推进山区海岛县跨越式发展 四川深化县域经济高质量发展", ("浙江推进山区海岛县跨越式发展", "四川深化县域经济高质量发展", None)),
        ("北京冬奥会精彩纷呈 上海进博会成果丰硕", (None, "北京冬奥会精彩纷呈 上海进博会成果丰硕", None)),
        # Figures are set half-width: a statement with a figure in it is as much longer than the
        # title as it is printed, "4800" as wide as two ideographs.
        ("记者探访某县海拔近4800米的高原村庄 优化文化服务和产品供给机制", ("记者探访某县海拔近4800米的高原村庄", "优化文化服务和产品供给机制", None)),
        ("某港口年集装箱吞吐量突破3000万标箱 加快建设国际航运枢纽新高地", ("某港口年集装箱吞吐量突破3000万标箱", "加快建设国际航运枢纽新高地", None)),
        ("奋战100天 冲刺开门红", (None, "奋战100天 冲刺开门红", None)),
        # A title of two phrases cut by a comma prints them on one line: a plain statement printed
        # before it with a space is its kicker, no phrase of it.  Three clauses are prose.
        ("发挥多重国家发展战略叠加效应 用创造拥抱新时代，以奋斗铸就新辉煌", ("发挥多重国家发展战略叠加效应", "用创造拥抱新时代，以奋斗铸就新辉煌", None)),
        ("推进老旧小区改造提质 社区开起书法班，街舞老师请进村", ("推进老旧小区改造提质", "社区开起书法班，街舞老师请进村", None)),
        ("深化县域医共体建设 爬山又涉水，当好健康守护人", ("深化县域医共体建设", "爬山又涉水，当好健康守护人", None)),
        ("推进老旧小区改造提质 社区开起书法班，街舞老师请进村，居民乐在其中", (None, "推进老旧小区改造提质 社区开起书法班，街舞老师请进村，居民乐在其中", None)),
        ("好日子在后头 春风暖，花开早", (None, "好日子在后头 春风暖，花开早", None)),  # a short phrase, no statement
        # A title that asks with clause marks in it: the statement before it is its kicker; a bare
        # question keeps the phrase before it as its premise.
        ("某省主要农作物良种覆盖率超九成 为什么中国意味着确定性、未来性、机遇性",
         ("某省主要农作物良种覆盖率超九成", "为什么中国意味着确定性、未来性、机遇性", None)),
        ("某地持续推进老旧小区改造 改造之后，居民的日子怎样过得更舒心", ("某地持续推进老旧小区改造", "改造之后，居民的日子怎样过得更舒心", None)),
        ("某某在健身房摔伤 场馆能否免责？（以案说法）", (None, "某某在健身房摔伤 场馆能否免责？（以案说法）", None)),
        ("持续推进全域旅游发展 游客怎样玩得更加尽兴", (None, "持续推进全域旅游发展 游客怎样玩得更加尽兴", None)),
        # A couplet title takes no third phrase built otherwise: a statement before it, with a
        # clause mark or of another length than its phrases (shorter too), is its kicker.
        ("某公司助力绿色低碳发展 到祖国和人民最需要的地方发光发热 为某某式现代化建设贡献青春力量",
         ("某公司助力绿色低碳发展", "到祖国和人民最需要的地方发光发热 为某某式现代化建设贡献青春力量", None)),
        ("断流多年后，干流顺利实现全线过流 到人民最需要的地方发光发热  为现代化建设贡献青春力量",
         ("断流多年后，干流顺利实现全线过流", "到人民最需要的地方发光发热  为现代化建设贡献青春力量", None)),
        ("老街巷换新颜，居民笑开颜 留住烟火气 编织潮生活", ("老街巷换新颜，居民笑开颜", "留住烟火气 编织潮生活", None)),
        ("某县推进农村人居环境整治 建好口袋公园 拓展绿色空间", ("某县推进农村人居环境整治", "建好口袋公园 拓展绿色空间", None)),
        # A column's couplet title is two short slogans: a first part longer than a slogan before a
        # tagged title of its length is a statement, the kicker; short parallel phrases stay whole.
        ("某某中央某某局召开会议 “人造太阳”：能源自由的愿景（瞰前沿·大国重器）",
         ("某某中央某某局召开会议", "“人造太阳”：能源自由的愿景（瞰前沿·大国重器）", None)),
        ("一季度某省经济稳步增长 老商街“圈粉”年轻人（消费视窗）", ("一季度某省经济稳步增长", "老商街“圈粉”年轻人（消费视窗）", None)),
        ("以文化赋能经济社会发展 让创新链和产业链无缝对接（科技视点）", ("以文化赋能经济社会发展", "让创新链和产业链无缝对接（科技视点）", None)),
        ("加力扩围政策满月 以旧换新成效显现（经济新方位）", (None, "加力扩围政策满月 以旧换新成效显现（经济新方位）", None)),
        ("一口述说千古事 双手能舞百万兵（传承）", (None, "一口述说千古事 双手能舞百万兵（传承）", None)),
        ("擂响奋进鼓 提振精气神（文化中国行）", (None, "擂响奋进鼓 提振精气神（文化中国行）", None)),
        # … but a phrase of the couplet's own length and form is its first phrase.
        ("学有质量 查有力度 改有成效", (None, "学有质量 查有力度 改有成效", None)),
        ("以群众诉求为导向 以群众满意为标准 持续推进整改", (None, "以群众诉求为导向 以群众满意为标准 持续推进整改", None)),
        ("扫黑除恶 全民参与 重要线索 予以奖励", (None, "扫黑除恶 全民参与 重要线索 予以奖励", None)),
    ],
)
def test_heading_printed_on_one_line(line: str, want: tuple) -> None:
    from transforms.headings import split_heading_line

    assert split_heading_line(line) == want


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_kicker_and_title_on_one_line_over_a_byline(gap: str) -> None:
    a = _page("某某会议召开时强调 抓好春耕 保障供给\n本报记者 钱多\n" + BODY, gap).articles[0]
    assert (a.kicker, a.headline, a.subtitle) == ("某某会议召开时强调", "抓好春耕 保障供给", None)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("某公司助力绿色低碳发展  到祖国和人民最需要的地方发光发热  为某某式现代化建设贡献青春力量",
         ("某公司助力绿色低碳发展", "到祖国和人民最需要的地方发光发热  为某某式现代化建设贡献青春力量")),
        ("断流多年后，干流实现全线过流 建好口袋公园 拓展绿色空间", ("断流多年后，干流实现全线过流", "建好口袋公园 拓展绿色空间")),
    ],
)
def test_kicker_and_couplet_title_on_one_line_over_a_byline(line: str, want: tuple, gap: str) -> None:
    a = _page(line + "\n本报记者 钱多\n" + BODY, gap).articles[0]
    assert (a.kicker, " ".join(a.headline.split())) == (want[0], " ".join(want[1].split()))  # spaces as printed


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (("某省委常委会召开会议", "研究部署春季农业生产工作", "省委书记某某主持会议"),
         ("某省委常委会召开会议", "研究部署春季农业生产工作", "省委书记某某主持会议")),
        (("绿水青山 金山银山", "生态优先绿色发展", "某市以生态环境高水平保护推动经济高质量发展取得新成效"),
         ("绿水青山 金山银山 生态优先绿色发展", "某市以生态环境高水平保护推动经济高质量发展取得新成效", None)),
    ],
)
def test_three_heading_lines_without_dashes(lines: tuple, want: tuple, gap: str) -> None:
    a = _page("\n".join(lines) + "\n本报记者 钱多\n" + BODY, gap).articles[0]
    assert (a.kicker, a.headline, a.subtitle) == want


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("kicker", "title", "subtitle"),
    [
        ("再动员 再部署 再要求", "抢抓机遇 开足马力 奋勇争先", "2021年1月12日在某某市第八届人民代表大会第六次会议上"),
        ("出席省第某届人大第某次会议的某某代表团继续审议报告、审查某某规划（草案）", "开好头 起好步 努力实现新发展", "访某某镇党委书记张三"),
        ("某某县召开全县工作会议", "凝心聚力 奋勇争先", "在某某县第十五届人民代表大会第三次会议上的报告"),
    ],
)
def test_three_heading_lines_the_last_naming_the_piece(kicker: str, title: str, subtitle: str, gap: str) -> None:
    # A 副题 that names the piece (an interview, a speech's occasion) is no title under a two-line
    # kicker, however long it is and whatever marks the kicker has.
    before = "某某县召开会议\n本报记者 孙丽\n会议要求各地抓好落实。\n"
    _, a = _page(f"{before}{kicker}\n{title}\n{subtitle}\n本报记者 钱多\n" + BODY, gap).articles
    assert (a.kicker, a.headline, a.subtitle) == (kicker, title, subtitle)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("kicker", "title", "subtitle"),
    [
        ("辽宁某市某县某乡西沟村——", "大国应有的样子", "一群年轻人，干着年轻的事业"),
        ("某某在某省考察时强调", "坚定信心 勇毅前行", "奋力谱写中国式现代化某省新篇章"),
        ("某地皮影戏：", "“濒危”转“安”", "一个剧团二十年的坚守与创新"),
        ("帮助乡亲脱贫致富的老支书张三——", "一生扎根小山村", "记者走进某某村看振兴路上的新变化"),
    ],
)
def test_a_kicker_that_introduces_its_title_stands_over_title_and_undashed_subtitle(
    kicker: str, title: str, subtitle: str, gap: str
) -> None:
    # The kicker's dash, colon or speech verb introduces the line right under it: the title; the
    # line under that is its 副题, not the title under a two-line kicker.
    before = "某某县召开会议\n本报记者 孙丽\n会议要求各地抓好落实。\n"
    _, a = _page(f"{before}{kicker}\n{title}\n{subtitle}\n本报记者 钱多\n" + BODY, gap).articles
    assert (a.kicker, a.headline, a.subtitle) == (kicker, title, subtitle)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("space", [" ", "  "])
@pytest.mark.parametrize(
    ("kicker", "title", "subtitle"),
    [
        ("某某在某省调研时强调", "立规矩、明边界，强监管、促创新", "某某主持会议"),
        ("辽宁省某某市某某县某某乡西沟村——", "大国应有的样子", "一群年轻人，干着年轻的事业"),
        ("帮助乡亲脱贫致富的老支书张三——", "一生扎根小山村", "记者走进某某村看振兴路上的新变化"),
        ("某某会议召开时强调", "抓好春耕 保障供给", "确保全年粮食播种面积稳定在一千万亩以上"),
    ],
)
def test_a_kicker_introducing_the_title_on_its_line_stands_over_an_undashed_subtitle(
    kicker: str, title: str, subtitle: str, space: str, gap: str
) -> None:
    # Kicker and title printed on one line, the kicker introducing the title: the line under
    # them is the 副题, not the title under a kicker line.
    before = "某某县召开会议\n本报记者 孙丽\n会议要求各地抓好落实。\n"
    _, a = _page(f"{before}{kicker}{space}{title}\n{subtitle}\n本报记者 钱多\n" + BODY, gap).articles
    assert (a.kicker, a.headline, a.subtitle) == (kicker, title, subtitle)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("kicker", "first", "second"),
    [("某某村——", "抓实党支部质量提升", "打造坚强战斗堡垒"), ("某某村：", "让“老有所养", "”变成“老有颐养”")],
)
def test_a_title_over_two_lines_under_a_kicker_that_introduces_it_stays_one_title(kicker: str, first: str, second: str, gap: str) -> None:
    # A couplet stacked, or a title line that goes on in the next, is one title.
    before = "某某县召开会议\n本报记者 孙丽\n会议要求各地抓好落实。\n"
    _, a = _page(f"{before}{kicker}\n{first}\n{second}\n本报记者 钱多\n" + BODY, gap).articles
    assert a.kicker == kicker and a.subtitle is None
    assert a.headline.replace(" ", "") == first + second


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("title", "series"),
    [
        ("为治理赋能  为实干撑腰", "消费新亮点  发展新赛道③"),
        ("稳住基本盘 激发新活力", "强党性 转作风①"),
        ("擂响奋进鼓 提振精气神", "文化新气象  发展新动能⑫"),
    ],
)
@pytest.mark.parametrize("mark", ["", "### "])
def test_a_series_line_with_its_number_under_a_couplet_is_its_subtitle(title: str, series: str, mark: str, gap: str) -> None:
    # Two stacked lines of short parallel phrases read as one couplet title, but an instalment
    # number closes a series' name, the 副题 of the piece it numbers, never a title's phrase.
    before = "某某县召开会议\n本报记者 孙丽\n会议要求各地抓好落实。\n"
    _, a = _page(f"{before}{mark}{title}\n{series}\n本报记者 钱多\n" + BODY, gap).articles
    assert (a.kicker, " ".join(a.headline.split()), " ".join((a.subtitle or "").split())) == (
        None, " ".join(title.split()), " ".join(series.split())
    )


VOICES = (
    "一渠清水润良田\n本报记者 钱多\n"
    "清晨的田埂上，村民们正忙着疏通水渠，渠水哗哗地流进麦田，灌溉季节的西河村格外热闹。\n"
    "（作者为某某大学教授）\n"
    "我们有信心种好每一亩田\n{post1}\n"
    "今年开春，我把承包的两百亩地全部种上了小麦，水渠修好以后，再也不用担心浇不上水了。\n"
    "（作者为某某合作社理事长，本报记者钱多整理）\n"
    "科技让种粮更轻松\n{post2}\n"
    "作为农学院的学生，我利用寒假回乡调研，看到无人机飞防、智能灌溉走进了田间地头。\n"
)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("post1", "post2", "names"),
    [
        ("青年农民 孙有田", "青年学生 王 芳", ("孙有田", "王芳")),  # a two-character name padded with a space
        ("种粮大户 孙有田", "农学院硕士研究生 王 芳", ("孙有田", "王芳")),
        ("合作社理事长 周大山", "青年教师 韩梅", ("周大山", "韩梅")),
    ],
)
def test_each_voice_is_a_piece_signed_with_post_and_name(post1: str, post2: str, names: tuple, gap: str) -> None:
    # Short pieces, each a title, who writes (post and name) and prose: with or without blank lines.
    one, two, three = parse_page(VOICES.format(post1=post1, post2=post2), gap, blank_after_head=True).articles
    assert (two.headline, two.byline, two.authors) == ("我们有信心种好每一亩田", post1, (names[0],))
    assert (three.headline, three.byline, three.authors) == ("科技让种粮更轻松", post2, (names[1],))
    assert one.paragraphs[-1] == "（作者为某某大学教授）"


@pytest.mark.parametrize("title", ["春耕备耕 正当时", "农机下田 马力足"])
def test_two_phrases_under_a_kicker_are_the_title_not_its_writer(title: str) -> None:
    # The second phrase opens with a surname (正, 马) but the first names no person.
    body = "市委召开常委会会议\n" + title + "\n今年开春以来，全市上下抓紧农时，春耕备耕工作有序推进，农资供应充足。\n"
    (a,) = parse_page(body, "\n").articles
    assert a.byline is None and title in (a.headline, a.kicker)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "note",
    ["（作者为某某大学经济学院教授）", "（作者系某某研究院研究员，本报记者钱多整理）", "（作者分别为某某大学讲师、某某学院教授）"],
)
def test_an_author_note_ends_its_piece_and_stays_with_it(note: str, gap: str) -> None:
    # "（作者为…）" signs the commentary above it: not the next piece's lead, and the piece is
    # closed, so the unsigned title under it opens a piece of its own.
    body = (
        "让种粮农民吃上定心丸\n孙有田\n"
        "粮食安全是国之大者。今年，国家继续稳定种粮农民补贴，完善农业保险，种粮农民收益有保障。\n"
        "种粮有收益，农民才有积极性，粮食生产才有后劲，这是稳住农业基本盘的关键所在。\n"
        f"{note}\n"
        "种粮农民的收益保障还要再加力\n"
        "种粮农民收益保障机制还要完善，农业保险要扩面提标，让种粮农民的收益更有保障，种粮更安心。\n"
        "各地还要加快推进高标准灌区建设，让种粮农民种得好、卖得出、收益高，种粮农民收益保障才能落到实处。\n"
    )
    one, two = parse_page(body, gap, blank_after_head=True).articles
    assert one.paragraphs[-1] == note
    assert two.headline == "种粮农民的收益保障还要再加力" and two.paragraphs[0].startswith("种粮农民收益保障机制")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("note", ["案例来源：某某市中级人民法院", "案例来源：某某区人民检察院"])
def test_where_a_story_s_cases_come_from_ends_it_and_is_no_kicker(note: str, gap: str) -> None:
    # "案例来源：…" printed at the end of a story, right over the next piece's heading block.
    body = (
        "一渠清水润良田\n本报记者 钱多\n"
        "清晨的田埂上，村民们正忙着疏通水渠，渠水哗哗地流进麦田，灌溉季节的西河村格外热闹。\n"
        f"{note}\n记者手记\n修渠也要修心\n王五\n"
        "几起纠纷提醒我们，修渠不只是工程，更要把村民的意见听进去，把规矩立在前面。\n"
    )
    one, two = parse_page(body, gap, blank_after_head=True).articles
    assert one.paragraphs[-1] == note
    assert two.headline == "修渠也要修心" and two.kicker == "记者手记" and note not in (two.kicker or "")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("mark", ["", "## ", "### "])
@pytest.mark.parametrize(
    ("lines", "want"),
    [
        # A column tag closes the title: a line under it, dash or no dash, is the subtitle.
        (("心中常亮一盏灯（人民论坛）", "强党性转作风③"), (None, "心中常亮一盏灯（人民论坛）", "强党性转作风③")),
        (("公共事务，街道管还是园区办？（基层观察）", "某市兼顾社区民生与园区诉求的治理探索"),
         (None, "公共事务，街道管还是园区办？（基层观察）", "某市兼顾社区民生与园区诉求的治理探索")),
        (("冬闲变冬忙", "山村里的冰雪游红火起来（走基层）", "某县乡村旅游一线见闻"),
         ("冬闲变冬忙", "山村里的冰雪游红火起来（走基层）", "某县乡村旅游一线见闻")),
    ],
)
def test_a_column_tag_closes_the_title(lines: tuple, want: tuple, mark: str, gap: str) -> None:
    # The headline may carry the exporter's "## " mark.
    block = "\n".join([lines[0], *(mark + x if "（" in x else x for x in lines[1:])]) if len(lines) == 3 else "\n".join(
        [mark + lines[0], *lines[1:]]
    )
    a = _page(block + "\n本报记者 钱多\n" + BODY, gap).articles[0]
    assert (a.kicker, a.headline, a.subtitle) == want


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("space", [" ", "  ", "   "])
@pytest.mark.parametrize(
    ("kicker", "title"),
    [("某某签署国务院令", "公布修订后的《某某管理条例》"), ("应对寒潮天气", "怎么守护好城市的“生命线”"), ("以科技赋能乡村振兴", "完善农业社会化服务和农技推广体系")],
)
def test_a_short_kicker_printed_on_its_title_s_line(kicker: str, title: str, space: str, gap: str) -> None:
    a = _page(kicker + space + title + "\n本报记者 钱多\n" + BODY, gap).articles[0]
    assert (a.kicker, a.headline, a.subtitle) == (kicker, title, None)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("credit", ["刘  新摄影报道", "本报记者  钱  多摄影报道", "孔文摄影报道"])
def test_a_photo_story_credit_stays_with_its_pictures_not_the_next_kicker(credit: str, gap: str) -> None:
    # "某某县人民法院某某环境法庭开庭现场。" / "刘  新摄影报道" / next story's kicker: the credit
    # closes the photo story above; it was read as the first half of the next kicker.
    page = (
        f"一渠清水润良田\n本报记者 钱多\n{BODY}某县法院干警参与增殖放流活动。\n某县法院黄河环境法庭开庭现场。\n{credit}\n"
        "某小程序运营方收集消费者线下消费数据被起诉\n未经许可，经营者收集顾客信息违法（新闻看法）\n本报记者 魏某某\n"
        "不同意授权个人信息就无法继续使用应用软件，扫码付款时个人信息竟被传送至线上小程序。\n近日，某地法院审结一起个人信息保护纠纷案。\n"
    )
    one, two = _page(page, gap).articles
    assert (two.kicker, two.headline) == ("某小程序运营方收集消费者线下消费数据被起诉", "未经许可，经营者收集顾客信息违法（新闻看法）")
    assert one.captions[-1].replace(" ", "") == credit.replace(" ", "")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("label", ["回  信", "贺  信", "回信"])
def test_a_letter_s_label_under_its_heading_opens_the_letter(label: str, gap: str) -> None:
    # "回  信" is spaced like a two-character name ("孔  文") but names what the text is: the
    # letter's first line, not its writer's byline nor a heading of its own.
    page = (
        "某某给某县青年突击队队员回信强调\n在乡村沃土上建功立业  为家乡振兴奉献青春才智\n"
        f"{label}\n某某省某某县某某中学的老师们：\n你们的来信我收到了，得知你们在山区学校教书育人，我很高兴。\n"
    )
    (a,) = _page(page, gap).articles
    assert (a.kicker, a.headline, a.byline) == ("某某给某县青年突击队队员回信强调", "在乡村沃土上建功立业 为家乡振兴奉献青春才智", None)
    assert a.paragraphs[0].replace(" ", "") == label.replace(" ", "")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("space", ["  ", "   "])
def test_a_letter_s_kicker_and_title_on_one_long_line_over_its_label(space: str, gap: str) -> None:
    # A leader's letter prints kicker and title on one line, over 60 characters with the wide
    # spaces; over "回  信" it is the letter's heading, not the first line of a headless text that
    # would go on to the next story as its lead.
    kicker, title = "某某给某省某县某某中学援建山区学校青年教师团全体成员回信强调", "在乡村沃土上建功立业  为建设美丽富饶的新时代乡村家园奉献才智"
    page = (
        f"{kicker}{space}{title}\n回  信\n某某省某某县某某中学的老师们：\n你们的来信我收到了，得知你们在山区学校教书育人，我很高兴。\n"
        f"某  某\n2024年3月1日\n耕好心田这片地（今日谈）\n孔  文\n青春的答卷，写在田野上，也写在课堂里。\n"
    )
    letter, piece = _page(page, gap).articles
    assert (letter.kicker, letter.headline.replace(" ", "")) == (kicker, title.replace(" ", ""))
    assert letter.paragraphs[0].replace(" ", "") == "回信"
    assert (piece.headline, piece.paragraphs[0]) == ("耕好心田这片地（今日谈）", "青春的答卷，写在田野上，也写在课堂里。")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_kicker_with_a_comma_stays_over_a_story_whose_body_opens_with_its_box_label(gap: str) -> None:
    # "…二十年，带领…应用" / title / byline / "核心阅读": the kicker ends in 用 and the box label
    # opens with 核, a pair the story prints again ("应用核心技术"), but no sentence runs into a
    # box label: the kicker is no half of the lead.
    kicker = "孔文扎根草场二十年，带领乡亲科学应用"
    page = (
        f"{kicker}\n让“致富草”在山坡扎根（乡村新农人）\n本报记者 钱多\n核心阅读\n"
        "十年间，种草养畜的办法在三个乡镇推广开来。\n二十年来，孔文带着团队攻关应用核心技术，让草业走出大山。\n"
    )
    (a,) = _page(page, gap).articles
    assert (a.kicker, a.headline) == (kicker, "让“致富草”在山坡扎根（乡村新农人）")
    assert a.paragraphs[0] == "核心阅读"


@pytest.mark.parametrize("gap", [" ", "   "])
def test_a_kicker_with_clause_marks_glued_to_a_long_one_phrase_title(gap: str) -> None:
    # The title is 33 ideographs, longer than a couplet's phrase but a title line all the same.
    kicker = "出席省第某届人大第某次会议的某某代表团继续审议报告、审查某某规划（草案）"
    title = "某某深入一线检查督导中央生态环境保护督察组信访反馈问题整改落实情况"
    issue = _parse(
        "我市召开产业工人队伍建设改革推进会\n\n本报讯（记者 王茵）9月2日，推进会召开。会议总结阶段成果。\n\n"
        f"{kicker}{gap}{title}\n\n本报讯（记者 徐楠）9月3日下午，某某深入某镇，就受理案件进行督办。\n"
    )
    assert [(a.kicker, a.headline) for a in issue.articles][1] == (kicker, title)
    assert issue.articles[1].paragraphs[0].startswith("9月3日下午")


@pytest.mark.parametrize("signature", ["（辽轩）", ""])
def test_a_lead_over_the_next_storys_displaced_lead_is_no_caption(signature: str) -> None:
    # Under its heading a closed sentence over a 本报讯 lead is the photo's caption — but not when
    # it is a lead itself: the one below is the next story's, printed above that story's heading.
    first = f"本报讯9月3日，督察组将第八批群众来信举报案件移交某市。案件共有4件，归属地是某县。{signature}"
    issue = _parse(
        f"督察组向某市转交第八批信访件\n\n{first}\n\n本报讯9月5日，督察组将第\n\n"
        "督察组向某市转交第十批信访件\n\n十批群众来信举报案件移交某市。案件共有3件，涉及大气污染问题。\n"
    )
    eight = issue.articles[0]
    assert eight.headline == "督察组向某市转交第八批信访件" and not eight.captions
    assert eight.paragraphs[0] == first.removeprefix("本报讯")
    assert eight.byline == "本报讯"


def test_a_photo_credit_with_a_decoration_mark_is_no_headline() -> None:
    issue = _parse(
        "程宇深入一线检查督导整改落实情况\n\n本报讯（记者 徐楠）9月3日下午，市长程宇深入渭津镇，就受理案件进行督办。\n\n"
        "9月3日，程宇在渭津镇污水处理厂了解情况。\n\n□本报记者 王彦雨 摄\n\n"
        "市领导晨检「走遍辽源」 环境整治「走遍辽源」\n\n本报讯（记者 于志）9月3日，市人大常委会开展晨检活动。\n"
    )
    assert [a.headline for a in issue.articles] == ["程宇深入一线检查督导整改落实情况", "市领导晨检「走遍辽源」 环境整治「走遍辽源」"]
    assert "□本报记者 王彦雨 摄" in issue.articles[0].captions


@pytest.mark.parametrize("close", ["特此声明", "特此公告", "特此通知。"])
def test_a_notices_closing_formula_ends_its_notice(close: str) -> None:
    # "特此声明" is as short as a label, but it is the notice's last line, never furniture or a kicker.
    issue = _parse(
        "遗失声明\n\n某某市某某商贸有限公司不慎遗失营业执照副本，声明作废。\n\n"
        f"{close}\n\n督察组向辽源市转交第十批信访件\n\n本报讯 9月5日，督察组将第十批案件移交辽源市。（辽轩）\n"
    )
    notice, brief = issue.articles
    assert notice.paragraphs[-1] == close and brief.kicker is None


@pytest.mark.parametrize("cut", ["本报讯9月3日，督察组将第", "本报讯 9月3日，督察组将第八批群众"])
def test_a_cut_copy_of_a_lead_above_its_heading_is_not_joined_to_the_whole_lead(cut: str) -> None:
    lead = "本报讯9月3日，督察组将第八批群众来信举报案件移交某市。案件共有4件，归属地是某县。（辽轩）"
    issue = _parse(
        "我市召开产业工人队伍建设改革推进会\n\n本报讯（记者 王茵）9月2日，推进会召开。会议总结阶段成果。\n\n"
        f"{cut}\n\n督察组向某市转交第八批信访件\n\n{lead}\n"
    )
    one, two = issue.articles
    assert two.paragraphs == (lead.removeprefix("本报讯"),) and two.byline == "本报讯"
    assert one.paragraphs == ("9月2日，推进会召开。会议总结阶段成果。",)


@pytest.mark.parametrize(
    ("lead", "authors"),
    [
        ("某某日报讯（记者 王五）", ("王五",)),  # a paper naming itself
        ("某某晚报讯（记者 王五 通讯员 李四）", ("王五", "李四")),
        ("本报长春9月2日讯（记者 王五）", ("王五",)),
        ("本报讯 记者王五报道：", ("王五",)),  # the reporter run into the lead
    ],
)
def test_lead_forms_of_other_papers_open_their_story(lead: str, authors: tuple) -> None:
    issue = _parse(
        "我市召开产业工人队伍建设改革推进会\n\n本报讯（记者 王茵）9月2日，推进会召开。会议总结阶段成果。\n\n"
        f"东丰县完成首批重点人群疫苗接种工作\n\n{lead}9月5日，全县一线重点人群完成首批接种。\n"
    )
    two = issue.articles[1]
    assert two.headline == "东丰县完成首批重点人群疫苗接种工作" and two.byline.replace(" ", "") == lead.replace(" ", "")
    assert two.paragraphs[0] == "9月5日，全县一线重点人群完成首批接种。" and tuple(two.authors) == authors


def test_a_correspondent_byline_is_no_dateline_lead() -> None:
    a = _parse("东丰县完成首批重点人群疫苗接种工作\n\n本报通讯员 李四\n\n9月5日，全县一线重点人群完成首批接种。\n").articles[0]
    assert a.byline == "本报通讯员 李四" and a.authors == ("李四",)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("space", [" ", "  ", "   "])
@pytest.mark.parametrize(
    ("kicker", "title"),
    [
        # A kicker with clause marks and a title of a full headline's length on one line: the
        # title is a leader's visit reported in full, no slogan of short phrases.
        ("出席省第某届人大第某次会议的某某代表团继续审议报告、审查某某规划（草案）", "某某县县长李六到乡镇一线督办农村污水处理设施运行和管网建设情况"),
        ("某某县代表团分组审议政府工作报告、计划报告和预算报告", "县人大常委会对《某某河流域污染防治实施方案》执行情况开展专题询问"),
    ],
)
def test_a_kicker_with_a_clause_mark_and_a_long_title_on_one_line(kicker: str, title: str, space: str, gap: str) -> None:
    page = (
        f"{kicker}{space}{title}\n本报讯（记者 钱多）3月5日下午，某某一行来到某某镇，实地察看污水处理厂运行情况。\n"
        "某某指出，要坚持问题导向，确保整改落实到位。\n"
    )
    (a,) = _page(page, gap).articles
    assert (a.kicker, a.headline, a.byline) == (kicker, title, "本报讯（记者 钱多）")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("title", "subtitle", "under"),
    [
        # A 副题 printed without its dash that opens by naming the piece, under a couplet title
        # longer than it, over a byline or over the first lines of a box.
        ("建强支部班子 激发基层活力", "访某镇党委书记某某", "本报记者 钱多"),
        ("守好群众的“钱袋子”和“菜篮子”", "访某县县长李四", "本报记者 钱多"),
        ("把发展新兴产业摆在更加突出的位置", "论学习贯彻某某重要讲话", "本报评论员"),
    ],
)
def test_an_undashed_subtitle_naming_its_piece_stays_the_subtitle(title: str, subtitle: str, under: str, gap: str) -> None:
    page = f"{title}\n{subtitle}\n{under}\n“支部强不强，要看班子。”今年以来，某镇从抓实支部班子入手，推动各项工作落地见效。\n"
    (a,) = _page(page, gap).articles
    assert (a.kicker, a.headline, a.subtitle) == (None, title, subtitle)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("space", [" ", "  ", "   "])
@pytest.mark.parametrize(
    ("kicker", "title"),
    [
        # A kicker with clause marks and a title of a topic and its comment on one line.
        ("某型钻机作业深度从地表到深层、超深层，钻头直径从0.2米到超2米", "钻探机，“穿地尖兵”显身手"),
        ("多地推出文旅消费新场景，夜游、夜市、夜演、夜购齐上阵，带动假日消费持续升温", "夜经济，点亮城市烟火气"),
    ],
)
def test_a_kicker_with_clause_marks_and_a_topic_and_comment_title_on_one_line(kicker: str, title: str, space: str, gap: str) -> None:
    page = f"{kicker}{space}{title}\n本报记者 钱多\n3月5日，某地一项重点工程顺利开工，现场机器轰鸣，一派繁忙景象。\n工程建成后将大大缩短两地通行时间。\n"
    (a,) = _page(page, gap).articles
    assert (a.kicker, a.headline, a.byline) == (kicker, title, "本报记者 钱多")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("kicker", "title"),
    [
        ("某型钻机作业深度从地表到深层、超深层，钻头直径从0.2米到超2米", "钻探机，“穿地尖兵”显身手"),
        ("某县推进高标准农田建设，新建改造农田十二万亩", "一渠清水润良田"),
    ],
)
def test_a_kicker_over_a_lead_opening_with_its_date_word_stays_the_kicker(kicker: str, title: str, gap: str) -> None:
    # "日前，某地…": the body opens a news sentence with its date word, so the kicker with clause
    # marks and no end is no first half of it ("日" alone seldom opens a clause; "日前" opens leads).
    page = f"{kicker}  {title}\n本报记者 钱多\n日前，某地一项重点工程顺利开工，现场机器轰鸣，一派繁忙景象。\n工程建成后将大大缩短两地通行时间。\n"
    (a,) = _page(page, gap).articles
    assert (a.kicker, a.headline) == (kicker, title)
    assert a.paragraphs[0].startswith("日前，")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("half", "kicker", "title", "rest"),
    [
        ("某省某某市的一", "帮助乡亲脱贫致富的老支书张三——", "一生扎根小山村", "处院落里，几排整齐的新房映入眼帘，这里曾是全县最穷的村子。"),
        ("在某县城郊的", "守护候鸟三十年的护林员李四——", "湿地深处的“鸟爸爸”", "一片湿地上，成群的候鸟正在觅食，远处传来阵阵鸟鸣。"),
    ],
)
def test_a_dash_kicker_on_its_title_s_line_under_a_lead_s_first_half(half: str, kicker: str, title: str, rest: str, gap: str) -> None:
    # "某省某某市的一" / "…老支书张三—— 一生扎根小山村" / byline / "处院落里，…": the kicker that
    # introduces its title is cut off the title's line even with another line over it (the
    # lead's first half, which goes back to the body).
    page = f"{half}\n{kicker} {title}\n本报记者 钱多\n{rest}\n村里的老人说，这些年的变化，大家都看在眼里。\n"
    (a,) = _page(page, gap).articles
    assert (a.kicker, a.headline, a.byline) == (kicker, title, "本报记者 钱多")
    assert a.paragraphs[0] == half + rest


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("salutation", "heading", "first"),
    [
        ("各位代表：", "某市人民政府工作报告\n——2024年1月8日在某市第九届人民代表大会第三次会议上\n市长 王五", "现在，我代表市人民政府，向大会报告工作，请予审议。"),
        ("全省广大青年朋友们：", "青春建功新时代\n——某省优秀青年代表倡议书", "今天，我们在这里郑重发出倡议。"),
        ("亲爱的同学们：", "在新的起点上奋力奔跑\n——某大学校长在开学典礼上的讲话", "金秋时节，我们迎来了新一级同学。"),
    ],
)
def test_a_salutation_printed_above_its_heading_opens_the_body(salutation: str, heading: str, first: str, gap: str) -> None:
    # "各位代表：" / title / "——在某某会议上" / writer / "现在，我代表…": a speech's or letter's
    # salutation is its text's first line, printed above the heading block; never the kicker.
    title = heading.split("\n")[0]
    page = f"{salutation}\n{heading}\n{first}\n过去的一年，我们攻坚克难，各项事业取得新的成绩。\n"
    (a,) = _page(page, gap).articles
    assert (a.kicker, a.headline) == (None, title)
    assert a.paragraphs[:2] == (salutation, first)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("kicker", "title", "crosshead"),
    [
        ("某市多措并举推动河湖生态修复", "古城护城河断流二十载重现碧波", "变化：从季节断流到常年有水"),
        ("某县持续推进农村人居环境整治", "昔日臭水塘变身村民休闲地", "变化：从垃圾遍地到干净整洁"),
    ],
)
def test_a_labelled_line_right_under_a_story_s_byline_is_its_crosshead(kicker: str, title: str, crosshead: str, gap: str) -> None:
    # The story's lead printed above its heading, then kicker / title / byline / "断流：从…" / text:
    # the labelled line before any of the story's text is its first crosshead, not a column title
    # heading a story of its own (a story never stands without a line of text).
    page = (
        "清澈的河水缓缓流过古城墙下，岸边垂柳依依，不少市民驻足拍照。\n"
        f"{kicker}\n{title}\n本报记者 钱多\n{crosshead}\n"
        "二十多年前，由于过度取水，河道逐渐干涸，河床裸露，周边一片萧瑟。\n"
        "近年来，当地实施了一系列生态补水措施，河道重新有了活水。\n"
    )
    articles = _page(page, gap).articles
    (a,) = [x for x in articles if x.headline == title]
    assert (a.kicker, a.byline) == (kicker, "本报记者 钱多")
    assert any(p == crosshead for p in a.paragraphs)
    assert all(x.headline != crosshead for x in articles)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("scene", ["上海某区，一座新建的社区食堂开门迎客，老人们排队打饭。", "上海浦东，某某科技园里灯火通明，研发人员正在调试设备。"])
def test_a_kicker_over_a_scene_opening_with_its_province_stays_the_kicker(scene: str, gap: str) -> None:
    # "上海某区，…": the body opens a scene with its place, not the rest of the kicker's sentence.
    kicker, title = "某市推进养老服务设施建设，新建社区食堂、日间照料中心各百余个", "家门口，吃上热乎饭"
    page = f"{kicker}  {title}\n本报记者 钱多\n{scene}\n如今，这样的社区食堂已遍布全市各个街道。\n"
    (a,) = _page(page, gap).articles
    assert (a.kicker, a.headline) == (kicker, title)
    assert a.paragraphs[0] == scene


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("kicker", "title", "under"),
    [
        ("记者探访某县海拔3000多米的山区牧场", "打通水源管网  解决牧民吃水难", "从肩挑背扛到拧开龙头"),
        ("某县全力推进高标准农田建设", "旱能浇  涝能排", "昔日望天田变成了高产田"),
    ],
)
def test_a_kicker_and_couplet_on_one_line_over_a_plain_line(kicker: str, title: str, under: str, gap: str) -> None:
    # "statement  couplet" / plain line / byline: the kicker and the couplet title printed on one
    # line, their 副题 under them, as "某某会议召开 研究部署某项工作" / "某某主持会议" is read.
    page = f"{kicker} {title}\n{under}\n本报记者 钱多\n3月5日，记者来到村里，只见家家户户都用上了自来水。\n村民们说，这在过去想都不敢想。\n"
    (a,) = _page(page, gap).articles
    assert (a.kicker, a.headline.replace("  ", " "), a.subtitle) == (kicker, title.replace("  ", " "), under)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("label", "title"),
    [("某某省某某市：", "畅通民意渠道  激发共治活力"), ("某某县某某镇：", "盘活闲置农房  激活乡村资源")],
)
def test_a_place_label_and_its_couplet_title_inside_the_lead_s_sentence(label: str, title: str, gap: str) -> None:
    # "本报讯（记者…）…她打开手机上的小程序，页面赫" / "某某市： 畅通…  激发…" / "然显示：…": the
    # line has a field's form ("label：value"), but no field's value is a couplet: it is the
    # story's kicker and title, printed inside its lead's sentence.
    page = (
        "上一篇稿件的最后一段，到这里就结束了。\n"
        "本报讯（记者 钱多）“下班路上发现路灯坏了，我就拍照上传。”市民李某没想到，第二天路灯就修好了；她打开手机上的小程序，页面赫\n"
        f"{label} {title}\n"
        "然显示：报修“已处理”。“群众也能参与城市治理，这种感觉真好。”她说。\n"
        "这个小程序，是当地推进基层治理创新的一项举措。\n"
    )
    articles = _page(page, gap).articles
    (a,) = [x for x in articles if x.byline == "本报讯（记者 钱多）"]
    assert (a.kicker, a.headline.replace("  ", " ")) == (label, title.replace("  ", " "))


@pytest.mark.parametrize(
    ("lead", "kicker", "title", "rest", "naked", "body"),
    [
        (
            "本报讯（记者 钱多）3月5日至8日，某市委书记张三率党政",
            "春风送暖 山河锦绣 都是发展良机",
            "某市党政代表团赴某省学习考察 为高质量发展寻良方",
            "代表团赴某省对口合作城市学习考察，为推动我市经济高质量发展取经问道。",
            "生态环境督察整改方案向社会公开",
            "2023年6月1日至6月15日，省生态环境保护督察组对某市开展了为期15天的督察，并向某市反馈了督察意见。",
        ),
        (
            "本报讯（记者 孙五）4月2日至4日，某县县长李六带领考察",
            "山海相连 协作共赢 携手奔向未来",
            "某县考察团赴某市对接产业合作 为县域经济发展取真经",
            "团一行赴某市学习考察，对接产业合作项目，为县域经济发展取经问道。",
            "督察反馈问题整改方案全文发布",
            "2024年5月6日至5月20日，省生态环境保护督察组对某县开展了督察，并向某县反馈了督察意见。",
        ),
    ],
)
def test_a_story_s_own_heading_under_its_lead_is_no_crosshead_beside_the_next_headline(
    lead: str, kicker: str, title: str, rest: str, naked: str, body: str
) -> None:
    # "本报讯（记者…）…率党政" / kicker / title / "代表团赴…": the lead printed above its heading
    # signs the story, so its heading bounds the story as a byline under it would: it is not
    # one of a crosshead series beside an unsigned headline further down ("某某整改方案向社会
    # 公开" / a dated first sentence), which opens a story of its own even when the story before
    # shares its words.
    page = (
        f"{lead}\n\n{kicker}\n{title}\n\n{rest}\n\n在行政中心，双方举行座谈，围绕产业合作、园区共建等深入交流。\n\n"
        "考察期间，代表团先后走进12家企业，学习当地生态环境治理和督察问题整改方案落实的经验。\n\n"
        "此次考察收获满满，为推动高质量发展找准了方向。\n\n"
        f"{naked}\n\n{body}\n\n相关部门高度重视督察整改工作，制定了整改方案，明确了整改目标、措施和时限。\n"
    )
    first, second = _page(page, "\n").articles
    assert (first.kicker, first.headline) == (kicker, title)
    assert (second.kicker, second.headline, second.byline, second.paragraphs[0]) == (None, naked, None, body)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("kicker", "title", "subtitle"),
    [
        ("某地大学生返乡当新农人，同时打十几份“工”", "缅怀，为了更好地传承", "某某科技创新突围的密码与担当"),
        ("某县选派文化指导员下基层，村村有了文艺队", "戏台搭起来，日子乐起来", "某县推进乡村文化振兴纪实"),
        ("某镇农技员走进田间地头手把手教种粮", "种粮，心里有底了", "农技服务包联到户让农户吃下定心丸"),
    ],
)
def test_three_heading_lines_a_short_title_under_a_kicker(kicker: str, title: str, subtitle: str, gap: str) -> None:
    # With a kicker over them, two lines are a title and its 副题 on weaker evidence than a block
    # of two lines needs (a second kicker line is what the other reading makes), and the title may
    # be shorter than a naked headline.
    before = "某某县召开会议\n本报记者 孙丽\n会议要求各地抓好落实。\n"
    _, a = _page(f"{before}{kicker}\n{title}\n{subtitle}\n本报记者 钱多\n" + BODY, gap).articles
    assert (a.kicker, a.headline, a.subtitle) == (kicker, title, subtitle)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("title", "subtitle"),
    [
        ("创新成势  澎湃向前（寰宇平）", "一群年轻人，干着年轻的事业"),
        ("让改革红利惠及更多百姓（人民时评）", "写在某某会议闭幕之际"),
        ("老手艺，新活法（文化中国行）", "某地非遗传承人的坚守与创新"),
    ],
)
def test_a_tagged_title_over_its_undashed_subtitle_with_no_byline_opens_a_story(title: str, subtitle: str, gap: str) -> None:
    # A commentary signed in its column tag prints no byline: the tag closes the title wherever it
    # stands in the run, so the run (title, then its 副题) at the top of a page heads its story.
    text = "科技兴则民族兴，科技强则国家强。面对外部打压，我们的创新之路越走越宽广。\n中国创新成势，让一个结论变得无比清晰。\n"
    (a,) = _page(f"{title}\n{subtitle}\n{text}", gap).articles
    assert (a.headline, a.subtitle) == (" ".join(title.split()), subtitle)
    assert a.paragraphs[0].startswith("科技兴则民族兴")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("day", ["4月12日", "5月1日", "十月八日", "4月12号"])
def test_a_day_on_its_own_line_is_no_heading_line(day: str, gap: str) -> None:
    # A schedule prints each day on a line of its own over what happens then: the day is the
    # text's first line, never a heading's, so the title over it stands alone at the top.
    title = "锚定“百万英才汇南粤” 打造人才发展新高地"
    text = f"{day}\n“百万英才”春季招聘活动在某地举行，一百余家企业带来三千多个岗位。\n4月13日\n引才分队携岗位赴各地高校开展招聘。\n"
    (a,) = _page(f"{title}\n{text}", gap).articles
    assert a.headline == title and a.paragraphs[0].startswith(day)


@pytest.mark.parametrize(
    ("cut", "rest", "naked", "body"),
    [
        (
            "正在筹建汽车零部件产业园的某某汽车科",
            "技股份有限公司董事长王某认为，产业园区建设要突出特色，引入科技创新理念。",
            "生态环境督察整改方案向社会公开",
            "2023年6月1日至6月15日，省生态环境保护督察组对某市开展了为期15天的督察，并向某市反馈了督察意见。",
        ),
        (
            "来自某某县的某某农业发展有限公司总经",
            "理赵某表示，乡村振兴要与新型城镇化同步推进，让农民就近就业、增收致富。",
            "督察反馈问题整改方案全文发布",
            "2024年5月6日至5月20日，省生态环境保护督察组对某县开展了督察，并向某县反馈了督察意见。",
        ),
    ],
)
def test_a_line_cut_at_the_column_edge_is_no_crosshead_beside_the_next_headline(cut: str, rest: str, naked: str, body: str) -> None:
    # A short line the walker joined to the next as the first half of a cut sentence ("…某某汽车科"
    # / "技股份有限公司…") is no crosshead, so it makes no crosshead series with an unsigned headline
    # further down ("某某整改方案向社会公开" / a dated first sentence), which opens a story of its own.
    page = (
        "某市党政代表团赴某省学习考察 为高质量发展寻良方\n本报记者 钱多\n\n"
        "3月5日至8日，某市党政代表团赴某省对口合作城市学习考察，为推动我市经济高质量发展取经问道。\n\n"
        "在行政中心，双方举行座谈，围绕产业合作、园区共建、科技创新深入交流，多家企业的总经理参加座谈。\n\n"
        f"{cut}\n{rest}\n\n"
        "考察期间，代表团先后走进12家企业，学习当地生态环境治理和督察问题整改方案落实的经验。\n\n"
        "此次考察收获满满，为推动高质量发展找准了方向。\n\n"
        f"{naked}\n\n{body}\n\n相关部门高度重视督察整改工作，制定了整改方案，明确了整改目标、措施和时限。\n"
    )
    first, second = _page(page, "\n").articles
    assert first.byline == "本报记者 钱多" and cut + rest in first.paragraphs
    assert (second.headline, second.byline, second.paragraphs[0]) == (naked, None, body)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("naked", "cut", "rest"),
    [
        ("某市公开省级生态环境督察整改方案", "《整改方案》明确", "要求，坚决扛起督察整改的政治责任，逐项抓好整改落实。"),
        ("某县农村公路建设推进会召开", "县政府主要负责人", "强调，各乡镇要倒排工期，确保年底前全部完工。"),
        ("督察反馈问题整改方案全文发布", "全市各级各部门自去年", "以来，已完成整改任务18项，其余任务正在推进。"),
    ],
)
def test_a_line_cut_before_a_clause_end_is_no_crosshead_beside_the_headline_above(naked: str, cut: str, rest: str, gap: str) -> None:
    # "某市公开…整改方案" / dated text / "《整改方案》明确" / "要求，…": the short line under the
    # unsigned headline is the first half of a clause cut at the column's edge (the walker has not
    # read it yet when it weighs the headline), so it makes no crosshead series with the headline,
    # which heads a story of its own; the cut line is joined in that story.
    page = (
        "某市党政代表团赴某省学习考察 为高质量发展寻良方\n本报记者 钱多\n\n"
        "3月5日至8日，某市党政代表团赴某省对口合作城市学习考察，为推动我市经济高质量发展取经问道。\n\n"
        "在行政中心，双方举行座谈，围绕产业合作、园区共建、科技创新深入交流，多家企业的总经理参加座谈。\n\n"
        "此次考察收获满满，为推动高质量发展找准了方向。\n\n"
        f"{naked}\n\n"
        "2023年6月1日至6月15日，省生态环境保护督察组对某市开展了为期15天的督察，并向某市反馈了督察意见。\n\n"
        f"{cut}\n{rest}\n\n相关部门高度重视督察整改工作，制定了整改方案，明确了整改目标、措施和时限。\n"
    )
    first, second = _page(page, gap).articles
    assert first.byline == "本报记者 钱多" and first.paragraphs[-1].startswith("此次考察")
    assert second.headline == naked and cut + rest in second.paragraphs


@pytest.mark.parametrize(
    ("before", "naked", "after"),
    [
        (
            "2023年6月1日至6月15日，省生态环境保护督察组对某市开展了为期15天的生态环境保护",
            "某市公开省级生态环境督察整改方案",
            "督察，并于2023年7月20日向某市反馈了督察意见。某市高度重视，逐项制定整改措施。",
        ),
        (
            "4月2日，某县召开农村公路建设推进会，总结去年农村公路建设",
            "某县农村公路建设推进会召开",
            "工作，安排部署今年重点任务。会议要求，各乡镇要倒排工期，确保年底前完工。",
        ),
    ],
)
def test_a_lead_cut_by_its_heading_after_a_finished_story_opens_that_story(before: str, naked: str, after: str) -> None:
    # "…找准了方向。" / "2023年6月1日至6月15日，…生态环境保护" / unsigned heading / "督察，并于…": a new
    # paragraph opening with its date and naming the heading's words, cut by that heading, is its
    # story's lead, not the signed story before going on; its halves are joined under the heading.
    page = (
        "某市党政代表团赴某省学习考察 为高质量发展寻良方\n本报记者 钱多\n\n"
        "3月5日至8日，某市党政代表团赴某省对口合作城市学习考察，为推动我市经济高质量发展取经问道。\n\n"
        "在行政中心，双方举行座谈，围绕产业合作、园区共建、科技创新深入交流。\n\n"
        "此次考察收获满满，为推动高质量发展找准了方向。\n\n"
        f"{before}\n\n{naked}\n\n{after}\n"
    )
    first, second = _page(page, "\n").articles
    assert first.byline == "本报记者 钱多" and first.paragraphs[-1] == "此次考察收获满满，为推动高质量发展找准了方向。"
    assert (second.headline, second.byline, second.paragraphs[0]) == (naked, None, before + after)


def test_a_dated_paragraph_of_the_story_cut_at_the_column_edge_stays_in_it() -> None:
    # "2015年5月，…同年9月，我还受" / "邀赴华参加纪念…" / "战争胜利70周年大会。": the dated paragraph
    # names nothing of the line under it, a half-line of its own sentence, not a heading.
    page = (
        "和平的力量\n本报记者 钱多\n\n"
        "八十年前的那场战争，让两国人民结下了深厚情谊，这份情谊今天仍在延续。\n\n"
        "2015年5月，他在莫斯科出席纪念活动期间，会见了参战老兵的后代。同年9月，老兵的孙女受\n"
        "邀赴华参加纪念中国人民抗日战争暨世界反法西斯\n"
        "战争胜利70周年大会。她说，这是她一生中最难忘的经历。\n"
    )
    (story,) = _page(page, "\n").articles
    assert story.byline == "本报记者 钱多" and len(story.paragraphs) == 2


@pytest.mark.parametrize(
    ("above", "title", "below"),
    [
        (
            ["督察进驻日期：2023年8月26日—9月26日", "专门值班电话：0431-83112369"],
            "欢迎社会各界积极监督举报违法线索",
            ["专门邮政信箱：某市A065号邮政专用信箱，邮编130051", "受理举报电话时间：每天8:00—20:00"],
        ),
        (
            ["举报受理时间：每天8:00—20:00"],
            "欢迎广大群众踊跃提供问题线索",
            ["举报地址：某市人民大街100号市公安局", "网络举报：QQ号：35963521", "电子邮箱：jubao@example.com"],
        ),
    ],
)
def test_a_boxs_title_under_box_lines_after_a_finished_story_opens_the_box(above: list[str], title: str, below: list[str]) -> None:
    # "…公开办理情况。" / "督察进驻日期：…" / "专门值班电话：…" / box title / "专门邮政信箱：…": box lines
    # after a story's last sentence are closed lines, so no sentence of the story runs on into the
    # title under them, which opens the box.
    page = (
        "某督察组向某市转交第十批信访件\n本报记者 钱多\n\n"
        "9月5日，省生态环境保护督察组将第十批群众来信来电反映的问题移交某市，共有8件。\n\n"
        "某市高度重视，对交办的案件逐一建立台账，限期办结并向社会公开办理情况。\n\n"
        + "\n\n".join([*above, title, *below]) + "\n"
    )
    story, box = _page(page, "\n").articles
    assert story.paragraphs[1].startswith("某市高度重视")
    assert box.headline == title and list(box.paragraphs[-len(below):]) == below


def test_lines_under_a_boxs_own_title_stay_in_the_box() -> None:
    # A box opened by its title: a line without a label among its lines ("市公安局禁毒支队（…）")
    # follows box lines, not prose, and is no heading.
    page = (
        "禁毒工作 全民参与 重要线索 予以奖励\n\n举报电话：0437-12345\n\n来信来访：市禁毒办（某市人民大街100号）\n\n"
        "市公安局禁毒支队（某市人民大街4456号）\n\n电话举报：市禁毒办：3280039\n"
    )
    (box,) = _page(page, "\n").articles
    assert box.headline == "禁毒工作 全民参与 重要线索 予以奖励" and len(box.paragraphs) == 4


def test_an_interview_question_cut_at_the_column_edge_is_no_box_line() -> None:
    # "记者：…的冲突？如何平衡“软引" / "导”与“硬约束”的关系？": a question asks and leaves its
    # quotation open; the line under it finishes it, whatever label opens the question.
    page = (
        "村规民约如何助推移风易俗\n本报记者 钱多\n\n"
        "记者：在推进移风易俗的过程中，如何发挥村规民约的应有作用？\n\n"
        "王某：移风易俗并非易事，村规民约要发挥引导与约束作用，党员干部要带头遵守。\n\n"
        "记者：村规民约在执行中如何化解人情与规范的冲突？如何平衡“软引\n"
        "导”与“硬约束”的关系？\n\n"
        "杨某：一方面，人情社会与制度规范并不矛盾，邻里互助、诚实守信都是正向的力量。\n"
    )
    (story,) = _page(page, "\n").articles
    assert "记者：村规民约在执行中如何化解人情与规范的冲突？如何平衡“软引导”与“硬约束”的关系？" in story.paragraphs


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("title", "subtitle"),
    [
        ("某市有序推进重点文旅项目", "消费新亮点  发展新赛道③"),
        ("立规矩、明边界，强监管、促创新", "强党性转作风①"),
        ("老街区焕发新活力", "城市更新一线观察⑫"),
    ],
)
def test_a_series_name_with_its_number_under_a_title_is_its_subtitle(title: str, subtitle: str, gap: str) -> None:
    # A series numbers its pieces in the 副题 ("——强党性转作风①"); printed without the dash it is
    # still the 副题, not the title under a kicker.
    (a,) = _page(f"{title}\n{subtitle}\n本报记者 钱多\n" + BODY, gap).articles
    assert (a.kicker, a.headline, a.subtitle) == (None, title, " ".join(subtitle.split()))


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("source", ["数据来源：某市人力资源和社会保障局", "资料来源：某某研究院"])
def test_a_crosshead_of_a_series_over_the_storys_chart_opens_no_story(source: str, gap: str) -> None:
    # The story's crossheads ("落户无忧" … "服务无忧"), the last one over a chart with its data
    # source: a chart under a heading makes a photo-news item, but not under a crosshead of a series.
    body = (
        "某市打造人才发展新高地\n本报记者 钱多\n某市全力实施“百万英才”行动计划，人才服务体系不断完善。\n"
        "落户无忧\n全日制本科以上学历人才可直接落户，不受社保年限限制。\n"
        "安居无忧\n本科以上学历人才可申请人才公寓，租金低于市场价。\n"
        "子女无忧\n高层次人才子女可在全市范围内选择入读公办学校。\n"
        f"服务无忧\n高层次人才每年免费体检一次。\n{source}\n"
    )
    (a,) = _page(body, gap).articles
    assert a.headline == "某市打造人才发展新高地" and "服务无忧" in a.paragraphs


BEFORE_LEAD = (
    "一渠清水润良田\n本报记者 钱多\n"
    "清晨的田埂上，村民们正忙着疏通水渠，渠水哗哗地流进麦田，灌溉季节的西河村格外热闹。\n"
    "西河村的水渠修了三年，村里的麦田从此告别了靠天吃饭，种粮大户孙有田说今年麦子长势格外好。\n"
)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("half", "rest"),
    [
        ("如何让企业获得更好的跨境金融服务？某某银行创新推出“一点接入 全球响", "应”服务模式，为企业出海提供一站式金融支持。"),
        ("水渠修好了吗？记者日前来到某某县西河村只见渠水清", "澈，麦田青翠，村民们正忙着春灌。"),
        ("好日子从哪里来？西河村的村民有自己的答案。“有了这条渠我们的", "麦子再也不怕旱了。”孙有田说。"),
        ("春灌的水够用吗！看着渠水流进麦田的孙有田", "笑得合不拢嘴，今年他家又多种了二十亩麦子。"),
    ],
)
def test_a_lead_closing_a_sentence_and_left_open_above_its_heading_is_no_kicker(half: str, rest: str, gap: str) -> None:
    # A line that closes a sentence inside it and runs on into the next is prose, not a heading
    # line: over a kicker and a couplet title it is the lead's first half, cut by the heading.
    body = BEFORE_LEAD + f"{half}\n某某银行支持企业探索“出海”新路径\n强化联动机制  服务对外开放\n本报记者 王五\n{rest}\n"
    two = parse_page(body, gap).articles[-1]
    assert (two.kicker, two.headline, two.subtitle) == ("某某银行支持企业探索“出海”新路径", "强化联动机制 服务对外开放", None)
    assert two.paragraphs[0] == half + rest


def _read_joined(half: str, rest: str, gap: str) -> bool:
    """A story whose paragraph is printed as ``half`` over ``rest``: is it read as one article with
    the paragraph joined again?"""
    body = (
        "一渠清水润良田\n本报记者 钱多\n清晨的田埂上，村民们正忙着疏通水渠，渠水哗哗地流进麦田。\n"
        f"{half}\n{rest}\n西河村的水渠修了三年，村里的麦田从此告别了靠天吃饭。\n"
    )
    (one,) = _page(body, gap).articles
    return half + rest in one.paragraphs


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("half", "rest"),
    [
        ("张琼是某某镇北岸社区的一名", "出租屋楼栋长，已在北岸生活超过20年，邻里有事都爱找他。"),
        ("全省城市低保平均", "标准提高到801元/月，增幅3%，农村低保标准同步提高。"),
        ("某地网上购物不", "包邮占比降至1.38%，多家电商平台上线包邮服务，物流业发生着新变化。"),
    ],
)
def test_a_line_stopping_on_a_word_that_never_closes_a_clause_is_cut_prose(half: str, rest: str, gap: str) -> None:
    # A heading's last word closes its phrase; a measure word ("一名"), "平均", "不" need what
    # follows: the line is the first half of a sentence cut at the column's edge, joined again,
    # never a headline or a crosshead.
    assert _read_joined(half, rest, gap)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("half", "rest"),
    [
        ("看着大家全神贯注的学习劲", "头，一旁的文化指导员很是欣慰，说这样的课还要多办。"),
        ("作为某市首批离境退税商店之", "一，某某商场深受境外旅客青睐，今年前4个月退税额大增。"),
        ("西河村地处某某山西南", "麓，全村7个村民小组、4个自然寨，共1400多人。"),
        ("高质量发展是新时代的硬", "道；理念先行，实干为要。"),
    ],
)
def test_a_line_whose_next_line_opens_with_a_one_character_clause_is_cut_prose(half: str, rest: str, gap: str) -> None:
    # News prose opens no clause with one character: "头，", "一，", "麓，" end a word cut at the
    # column's edge, so the line over them is the first half of the paragraph, joined again,
    # never a naked headline or a crosshead, however headline-like ("…学习劲" stops on a noun).
    assert _read_joined(half, rest, gap)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("half", "rest"),
    [
        ("《某县农村水利建设方案》明确", "要求，各乡镇要在年底前把水渠修到田间地头。"),
        ("西河村党支部书记孙有田", "认为，水渠修好了，村里的麦田才有盼头。"),
        ("自从去年秋天水渠开工", "以来，村民们投工投劳，水渠一天天向前延伸。"),
        ("村两委班子认真学习全会", "精神，决心把水渠修好用好，让麦田旱涝保收。"),
        ("在动员会上某县县长王某", "强调，各乡镇要倒排工期，确保年底前完工。"),
    ],
)
def test_a_line_over_a_one_word_clause_that_ends_a_longer_one_is_cut_prose(half: str, rest: str, gap: str) -> None:
    # "要求，" "认为，" "以来，" "精神，" end a clause whose subject or time is printed above them
    # (``opens_with_clause_end``): the line over them is that clause's first half, cut at the
    # column's edge between two words ("…明确" / "要求，": no word is cut, "确要" is printed
    # nowhere), joined again, never a naked headline or a crosshead.
    assert _read_joined(half, rest, gap)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("half", "rest"),
    [
        ("这种水涨船高的人情消费", "影响了邻里关系，为村民带来不小的负担，也不利于文明乡风建设。"),
        ("这些刚从地里摘下的新鲜蔬菜", "送到了食堂，老人们吃得格外香甜。"),
        ("这样的好去处在西河村", "还有很多，村民们茶余饭后都爱去坐一坐。"),
        ("一是把水渠修到田间地头", "让每一块麦田都能按时浇上水。"),
        ("这一变化让种粮大户孙有田", "尝到了甜头，今年他又多流转了50亩地。"),
    ],
)
def test_a_line_pointing_back_to_the_text_before_it_is_cut_prose(half: str, rest: str, gap: str) -> None:
    # No heading opens by pointing back to what was said before it ("这种…", "这些…", "这样的…",
    # "一是…", "这一…"): such a line with no sentence end is the first half of a paragraph cut at
    # the column's edge, joined again whatever word the cut falls after, never a naked headline
    # or a crosshead.
    assert _read_joined(half, rest, gap)


CLOSED_LEAD = "本报讯（记者 王五）某县每年生产打火机超过150亿只，产品远销120多个国家和地区。\n"
CLOSED_TEXT = "走进某电气公司生产车间，6条自动化生产线同时运转，各类元件快速组装。\n“我们的订单排到了10月份。”公司副总经理说。\n"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("line", "title", "subtitle", "crosshead"),
    [
        ("好产品到哪里都会有好市场（走市场 看韧性 强信心） ——某地打火机产业一线观察", "好产品到哪里都会有好市场（走市场 看韧性 强信心）", "某地打火机产业一线观察", "“不把鸡蛋放在同一个篮子里”"),
        ("筑牢中国式现代化家庭根基 ——访某省妇联主席李四", "筑牢中国式现代化家庭根基", "访某省妇联主席李四", "新时代家庭家教家风建设的根本遵循"),
        ("小城的春天 ——某市推动高质量发展见闻", "小城的春天", "某市推动高质量发展见闻", "老街区焕发新活力"),
    ],
)
def test_a_heading_closed_by_its_subtitle_on_its_line_leaves_the_line_under_it_to_the_text(
    line: str, title: str, subtitle: str, crosshead: str, gap: str
) -> None:
    # "title ——副题" printed on one line closes the heading as a dashed line of its own does: the
    # phrase under it, before any text, is the text's first crosshead, neither a title under a
    # kicker nor a headline of its own (the lead stands above the heading).
    body = "一渠清水润良田\n本报记者 钱多\n" + BODY + CLOSED_LEAD + f"{line}\n{crosshead}\n" + CLOSED_TEXT
    two = _page(body, gap).articles[-1]
    assert (two.kicker, two.headline.replace("  ", " "), two.subtitle) == (None, title, subtitle)
    assert crosshead in two.paragraphs and two.paragraphs[-1] == CLOSED_TEXT.strip().split("\n")[-1]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_the_first_text_line_cut_under_a_heading_closed_by_its_subtitle_is_joined(gap: str) -> None:
    # A line with clause marks under such a heading and its byline is the text's first line, cut at
    # the column's edge: joined to the line that finishes it, no crosshead.
    body = (
        "一渠清水润良田\n本报记者 钱多\n" + BODY + "小城的春天 ——某市推动高质量发展见闻\n本报记者 徐某\n"
        "早春，在某自治区某市某镇，依然寒风\n凛冽，最低温度有零下20多摄氏度。\n" + CLOSED_TEXT
    )
    two = _page(body, gap).articles[-1]
    assert two.paragraphs[0] == "早春，在某自治区某市某镇，依然寒风凛冽，最低温度有零下20多摄氏度。"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_tagged_title_inside_a_lead_cut_by_its_heading_stays_a_title_over_a_one_character_clause(gap: str) -> None:
    # "本报讯（记者 某某）人工智能快速发" / title / photo / credit / "展，在赋能…": the one-character
    # clause is the tail of the lead printed above the heading, not of the title.
    body = (
        "一渠清水润良田\n本报记者 钱多\n清晨的田埂上，村民们正忙着疏通水渠，渠水哗哗地流进麦田。\n"
        "本报讯（记者 金某）人工智能快速发\n法治护航科技向善（以案说法）\n图①：民警深入辖区企业宣讲。\n王  力摄\n"
        "展，在赋能千行百业的同时，也带来新的法律问题。\n"
    )
    titles = [a.headline for a in _page(body, gap).articles]
    assert "法治护航科技向善（以案说法）" in titles


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("credit", ["资料照片", "本报记者 张三摄"])
def test_a_title_ending_on_a_rare_ending_over_its_photo_stays_a_title(credit: str, gap: str) -> None:
    # "…战场上的中国人" ends on a word that seldom closes a clause in running text, but a photo
    # under it says heading: the rule for cut prose reads the line right above prose only.
    body = (
        "一渠清水润良田\n本报记者 钱多\n清晨的田埂上，村民们正忙着疏通水渠，渠水哗哗地流进麦田。\n"
        f"铭记世界反法西斯战场上的中国人\n{credit}\n13岁，是刘义权参加东北抗日联军的年纪。\n"
    )
    articles = _page(body, gap).articles
    assert [a.headline for a in articles] == ["一渠清水润良田", "铭记世界反法西斯战场上的中国人"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("crosshead", ["奉献：为了千家万户", "坚守：守护万家灯火"])
def test_a_labelled_crosshead_over_a_cut_line_stands_alone_and_the_line_is_joined(crosshead: str, gap: str) -> None:
    # "奉献：为了千家万户" / "“五一”假期，从公安民" / "警到医护人员…": the crosshead opens its
    # section; the line under it is the section's first line, cut at the column's edge.
    body = (
        "一渠清水润良田\n本报记者 钱多\n清晨的田埂上，村民们正忙着疏通水渠，渠水哗哗地流进麦田。\n"
        f"{crosshead}\n“五一”假期，从公安民\n警到医护人员再到社区工作人员，人们在各自岗位上坚守。\n"
    )
    (one,) = _page(body, gap).articles
    assert crosshead in one.paragraphs
    assert "“五一”假期，从公安民警到医护人员再到社区工作人员，人们在各自岗位上坚守。" in one.paragraphs


INTRO = "在“梨花开遍了天涯”的季节，某某代表团对某国进行友好访问，同当地民众一道重温历史、缅怀先烈，两国人民的深厚情谊历久弥新。"
GROUP_LEAD = "本报讯（记者 强某某 谢某某）某市解放公园东南角，葱茏树木间，一座大理石纪念碑巍然矗立。"


@pytest.mark.parametrize("photos", [1, 2, 3])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_the_introduction_under_a_run_of_photos_is_no_caption(photos: int, gap: str) -> None:
    # A group's heading, its photos each signed by a credit, then the editors' introduction with no
    # credit of its own, then the first report's lead: the introduction is text, not a caption.
    shots = "".join(f"当地时间5月{k}日，某国民众向无名烈士墓献花。\n本报记者 于某某摄\n" for k in range(1, photos + 1))
    page = f"铭记二战历史  传承深厚友谊\n{shots}{INTRO}\n{GROUP_LEAD}\n在纪念碑前，师生们献上鲜花，默哀致敬。\n"
    arts = parse_page(page, gap).articles
    assert INTRO in [p for a in arts for p in a.paragraphs]
    assert all(INTRO not in a.captions for a in arts)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_sentence_between_the_heading_and_the_lead_is_still_a_caption(gap: str) -> None:
    # No credit over it: the photo's caption printed between the heading and the lead, its credit lost.
    caption = "当地时间5月3日，某国民众向无名烈士墓献花。"
    page = f"铭记二战历史  传承深厚友谊\n{caption}\n{GROUP_LEAD}\n在纪念碑前，师生们献上鲜花，默哀致敬。\n"
    arts = parse_page(page, gap).articles
    assert caption in arts[0].captions


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("space", [" ", "  "])
@pytest.mark.parametrize(
    ("kicker", "title"),
    [
        # A plain statement before a title phrase with clause marks, on one line: a couplet's
        # phrases never hold a clause mark, so the statement is the kicker, however long each is.
        ("某某签署国务院令", "立规矩、明边界，强监管、促创新"),
        ("应对某国滥施关税", "既能赚到钱，又能陪家人"),
        ("主要农作物良种覆盖率超百分之九十七", "为什么中国意味着确定性、未来性、机遇性"),
        ("某市推进老旧小区改造", "社区开起书法班、舞蹈班，居民乐在其中（走基层）"),
    ],
)
def test_a_plain_statement_before_a_title_with_clause_marks_is_its_kicker(kicker: str, title: str, space: str, gap: str) -> None:
    page = f"{kicker}{space}{title}\n本报记者 钱多\n" + BODY
    (a,) = _page(page, gap).articles
    assert (a.kicker, a.headline, a.subtitle) == (kicker, title, None)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_plain_statement_before_a_title_with_clause_marks_over_its_undashed_subtitle(gap: str) -> None:
    # The line under them gives the figures, the 副题: kicker and title share the line above.
    page = "应对某国滥施关税 既能赚到钱，又能陪家人\n到2027年关键工序数控化率达75%左右\n本报记者 钱多\n" + BODY
    (a,) = _page(page, gap).articles
    assert (a.kicker, a.headline, a.subtitle) == ("应对某国滥施关税", "既能赚到钱，又能陪家人", "到2027年关键工序数控化率达75%左右")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("line", "want"),
    [
        # A first part that asks is a title over its 副题 printed on its line.
        ("某地“创新空间”何以汇聚百家企业 一群年轻人，干着年轻的事业",
         (None, "某地“创新空间”何以汇聚百家企业", "一群年轻人，干着年轻的事业")),
        # Clause marks on both sides: no plain statement (``headings`` weighs such lines).
        ("春风暖，花开早 好日子在后头，幸福在前头", (None, "春风暖，花开早 好日子在后头，幸福在前头", None)),
        # A part too short to be a statement: the line is one title.
        ("好 日子红火，心里亮堂", (None, "好 日子红火，心里亮堂", None)),
    ],
)
def test_no_kicker_cut_before_a_title_with_clause_marks(line: str, want: tuple, gap: str) -> None:
    (a,) = _page(f"{line}\n本报记者 钱多\n" + BODY, gap).articles
    assert (a.kicker, a.headline, a.subtitle) == want


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("kicker", "title", "subtitle"),
    [
        # A heading closed by its 副题 after a spaced dash, photos under it: no sentence is cut
        # before a spaced dash, whatever clause marks the 副题 holds.
        ("某省鼓励盘活农村闲置空间发展庭院经济", "养老护理员落“沪”记（体验·民生一线观察）", "某某重要讲话激发奋斗热情、汇聚磅礴力量"),
        ("某县选派文化指导员下基层", "乡村舞台唱新歌", "某地文化惠民工作见闻，群众乐享文化大餐"),
        (None, "一张跨越时空的“船票”", "某某纪念馆里的故事、老兵和他的传承"),
    ],
)
@pytest.mark.parametrize("captions", ["图②：王某（左三）为护理员讲解雾化器使用方法。\n以上图片均为某某福利院提供\n", "本报记者 张三摄\n"])
def test_a_heading_closed_by_a_spaced_subtitle_over_photos_under_its_lead(kicker, title: str, subtitle: str, captions: str, gap: str) -> None:
    # The story's lead printed above its heading, the heading with photos under it: the heading is
    # the lead's story's, not lines of the lead's paragraph.
    heading = (f"{kicker}\n" if kicker else "") + f"{title}  ——{subtitle}\n"
    body = (
        BEFORE_HEADED + "本报讯（记者 姜某）“五一”假期，29岁的某某福利院员工王某获评市劳动模范。\n" + heading + captions
        + "虽说年纪轻轻就收获了许多荣誉，王某仍十分谦虚：“我还有许多需要学习的地方。”\n"
    )
    last = _page(body, gap).articles[-1]
    assert (last.kicker, last.headline, last.subtitle) == (kicker, title, subtitle)
    assert last.paragraphs[0].startswith("“五一”假期") and last.paragraphs[1].startswith("虽说年纪轻轻")


BEFORE_HEADED = "一渠清水润良田\n本报记者 钱多\n" + BODY


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("heading", "want"),
    [
        # The chair's line under a meeting's title is its 副题, with or without the kicker printed
        # on the title's line.
        ("中共中央政治局召开会议\n中共中央总书记习近平主持会议", (None, "中共中央政治局召开会议", "中共中央总书记习近平主持会议")),
        ("某省委常委会召开会议\n省委书记某某主持会议并讲话", (None, "某省委常委会召开会议", "省委书记某某主持会议并讲话")),
        ("某地不得强制“刷脸”，人脸识别受到规范 人脸信息安全保护有了新办法\n某某主持会议",
         ("某地不得强制“刷脸”，人脸识别受到规范", "人脸信息安全保护有了新办法", "某某主持会议")),
    ],
)
def test_the_chair_of_a_meeting_under_its_title_is_the_subtitle(heading: str, want: tuple, gap: str) -> None:
    (a,) = _page(f"{heading}\n本报记者 钱多\n" + BODY, gap).articles
    assert (a.kicker, a.headline, a.subtitle) == want


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("kicker", "title", "subtitle"),
    [
        # The heading printed inside its lead's sentence, whose first half is above it: the top line
        # with clause marks is the kicker, whole, over the title and its undashed 副题.
        ("某型钻机作业深度从地表到深层、超深层，钻头直径从0.2米到超2米", "某地古泉断流三十载后复涌", "一群年轻人，干着年轻的事业"),
        ("宾馆客房、公共浴室等场所不得安装人脸识别设备，强制刷脸受到规范", "人脸信息安全保护有了新办法", "一批年轻人，做着创新的事业"),
        ("多地推出文旅消费新场景，带动假日消费持续升温", "某市老街区焕发出新的活力", "老字号、新业态，游客纷至沓来"),
    ],
)
def test_a_whole_kicker_over_title_and_undashed_subtitle_inside_the_lead(kicker: str, title: str, subtitle: str, gap: str) -> None:
    body = (
        BEFORE_HEADED + "本报讯（记者 刘某某）汩\n" + f"{kicker}\n{title}\n{subtitle}\n"
        + "汩泉水从出水壁涌出，流向下方水渠，引得游人驻足拍照。\n“这水就跟我小时候看到的一样！”村民赵某说。\n"
    )
    last = _page(body, gap).articles[-1]
    assert (last.kicker, last.headline, last.subtitle) == (kicker, title, subtitle)
    assert last.byline == "本报讯（记者 刘某某）" and "汩泉水从出水壁涌出" in "".join(last.paragraphs)


@pytest.mark.parametrize(
    ("top", "mid", "last", "want"),
    [
        # Re-read: the whole kicker over the title and its undashed 副题.
        ("某型钻机作业深度从地表到深层、超深层，钻头直径从0.2米到超2米", "某地古泉断流三十载后复涌", "一群年轻人，干着年轻的事业",
         (["某型钻机作业深度从地表到深层、超深层，钻头直径从0.2米到超2米"], "某地古泉断流三十载后复涌", "一群年轻人，干着年轻的事业")),
        # A kicker cut at the column's edge (its top line ends on a clause mark) goes on in the line
        # under it: two kicker lines over the title.
        ("多地推出文旅消费新场景，夜游、夜市、", "夜演夜购齐上阵为城市添彩", "夜经济点亮城市烟火气", None),
        # The title carries the block's marks (quoted words): the plain line over it is the
        # kicker's second line.
        ("某县推进高标准农田建设，新建改造农田十二万亩", "端稳端牢中国人的饭碗", "田野里来了一群“新农人”", None),
        # A line that leads in is a kicker's; a top line closed by a heading's mark or holding a
        # title after a space is read as it stands.
        ("某县推进高标准农田建设，新建改造农田十二万亩", "记者来到某县某村——", "田野里来了一群新农人", None),
        ("某县推进高标准农田建设，新建农田十二万亩！", "端稳端牢中国人的饭碗", "田野里来了一群新农人", None),
        ("某县推进农田建设，新建农田十二万亩 端稳饭碗", "端稳端牢中国人的饭碗", "田野里来了一群新农人", None),
    ],
)
def test_a_whole_kicker_over_a_second_line_is_re_read(top: str, mid: str, last: str, want) -> None:
    from transforms.segment import Draft, title_under_a_whole_kicker

    d = Draft(headline=last, kicker_lines=[top, mid], kicker=f"{top} {mid}")
    title_under_a_whole_kicker(d)
    got = (d.kicker_lines, d.headline, d.subtitle)
    assert got == (want if want is not None else ([top, mid], last, None))
    assert d.kicker == " ".join(d.kicker_lines)


@pytest.mark.parametrize(
    ("line", "others", "want"),
    [
        ("服务无忧", ["落户无忧", "本科以上学历人才可直接落户。", "子女无忧"], True),
        ("从大运河聆听", ["从大运河看见", "两岸风光如画。", "从大运河读懂"], True),
        # One of the form is no series; nor are lines of the same length in other words.
        ("服务无忧", ["落户无忧", "本科以上学历人才可直接落户。"], False),
        ("纵横", ["观察", "时评"], False),
        ("服务无忧", ["服务无忧", "服务无忧"], False),  # the line itself printed again
    ],
)
def test_in_series(line: str, others: list, want: bool) -> None:
    from transforms.segment import in_series

    assert in_series(line, others) is want


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("title", ["## 夯实高质量发展的物质基础（专家谈）", "夯实高质量发展的物质基础（专家谈）"])
def test_the_last_of_a_series_of_crossheads_is_no_kicker_of_the_next_heading(title: str, gap: str) -> None:
    # A story's crossheads in one form, the last one cut off by the column's end over the next
    # story's heading: it is the story's crosshead, not the next heading's kicker.
    body = (
        "某市打造人才发展新高地\n本报记者 钱多\n某市出台新政，为各类人才提供全方位服务。\n"
        "落户无忧\n本科以上学历人才、中级职称以上专业技术人才可直接落户。\n"
        "子女无忧\n高层次人才子女可按意愿选择入读公办学校。\n"
        "服务无忧\n"
        f"{title}\n赵某某\n高质量发展是新时代的硬道理，也是经济思想的重要内容。\n“质”和“量”相辅相成。\n"
    )
    one, two = _page(body, gap).articles
    assert two.kicker is None and two.paragraphs[0].startswith("高质量发展")
    assert one.paragraphs[-1] == "服务无忧"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("space", [" ", "   "])
@pytest.mark.parametrize(
    ("kicker", "title", "under"),
    [
        # Kicker and title printed on one line, a line with clause marks under them: the block's
        # one kicker is on the line, so the line under it is the 副题.
        ("某型钻机作业深度从地表到深层、超深层，钻头直径从0.2米到超2米", "某地古泉断流三十载后复涌", "一群年轻人，干着年轻的事业"),
        ("为了守护家园，青年挺身而出", "记住那些默默奉献的普通人", "某地多措并举传承红色基因，激励青年建功立业"),
        ("某某会议召开时强调", "抓好春耕 保障供给", "各地因时因势抓好农业生产"),
    ],
)
def test_a_line_under_kicker_and_title_on_one_line_is_the_subtitle(kicker: str, title: str, under: str, space: str, gap: str) -> None:
    (a,) = _page(f"{kicker}{space}{title}\n{under}\n本报记者 钱多\n" + BODY, gap).articles
    assert (a.kicker, a.headline, a.subtitle) == (kicker, title, under)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("line", "under"),
    [
        # The line under carries the block's marks (quoted words): the title under a kicker of its
        # own line, read as before.
        ("为了守护家园，青年挺身而出 记住那些普通人的名字", "田野里来了一群“新农人”"),
        # A couplet stays one line, no kicker on it: the weights read the two lines.
        ("绿水青山 冰天雪地", "某市以生态环境高水平保护推动经济高质量发展"),
    ],
)
def test_a_title_under_a_line_of_kicker_phrases_stays_the_title(line: str, under: str, gap: str) -> None:
    (a,) = _page(f"{line}\n{under}\n本报记者 钱多\n" + BODY, gap).articles
    assert (a.kicker, a.headline, a.subtitle) == (line, under, None)


STORY_A = "世纪更替之时，我们在南极长城站遥祝祖国繁荣昌盛，升起一面鲜艳的五星红旗。"
STORY_A2 = "长城站就是中国长城的延伸，这里离祖国虽然遥远，但再高的山也隔不断我们与祖国的血肉之情。"
STORY_B = "1月1日零时，新世纪的钟声伴着汽笛的长鸣，回荡在碧波万顷的南海上。官兵们向着首都北京致敬。"


@pytest.mark.parametrize(
    "credit",
    [
        "（本报南极长城站2000年12月31日专电）",
        "（本报斯德哥尔摩电）",
        "（据新华社电）",
        "（本栏均据新华社电）",
        "（本报西沙1月1日零时电）",
        "（新华社北京12月31日电）",
    ],
)
@pytest.mark.parametrize("on_own_line", [False, True])
@pytest.mark.parametrize("title", ["西沙灯语映碧波", "拦海造田", "新世纪故土情"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_short_title_right_under_a_story_closed_by_its_credit_heads_the_next_story(credit: str, on_own_line: bool, title: str, gap: str) -> None:
    # "…血肉之情。（本报南极长城站…专电）" / "西沙灯语映碧波" / "1月1日零时，…": the credit ends the
    # story, so the short unsigned heading under it opens the next one (no crosshead of the last).
    last = f"{STORY_A2}\n{credit}" if on_own_line else STORY_A2 + credit
    page = f"极地遥送爱国情\n本报记者 钱多\n{STORY_A}\n{last}\n{title}\n{STORY_B}\n"
    first, second = _page(page, gap).articles
    assert first.paragraphs[-1].endswith(credit)
    assert (second.headline, second.paragraphs) == (title, (STORY_B,))


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_title_with_its_column_tag_rejected_as_a_heading_closes_no_story(gap: str) -> None:
    # "创新成势 澎湃向前（寰宇平）" read as text: its tag is no signature closing a story (no sentence
    # ends before it), so the line under it is not taken for the next story's title on that ground.
    page = f"极地遥送爱国情\n本报记者 钱多\n{STORY_A}\n{STORY_A2}\n创新成势 澎湃向前（寰宇平）\n中国科技创新突围的密码与担当\n{STORY_B}\n"
    heads = [(a.kicker, a.headline) for a in _page(page, gap).articles]
    assert (None, "中国科技创新突围的密码与担当") not in heads and ("创新成势 澎湃向前（寰宇平）", "中国科技创新突围的密码与担当") not in heads


@pytest.mark.parametrize("title", ["西沙灯语映碧波", "拦海造田"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_short_line_after_an_unclosed_story_is_still_weighed(title: str, gap: str) -> None:
    # No credit: the story may go on under a crosshead; the short line is judged as before
    # (here the text under it goes on the same subject, a crosshead).
    page = f"极地遥送爱国情\n本报记者 钱多\n{STORY_A}\n{title}\n在南极长城站，我们遥祝祖国繁荣昌盛，五星红旗升起在南极的上空。\n"
    articles = _page(page, gap).articles
    assert [a.headline for a in articles] == ["极地遥送爱国情"]


STORY_C = "据朝鲜军方人士披露，最近，美军不断派遣各种侦察机对朝鲜进行空中侦察，朝方对此表示强烈不满。"
STORY_D = "巴基斯坦地方政权选举的投票工作在全国的四个省同时开始，这标志着还政于民计划进入了第一阶段。"


def _unsigned_page(line: str, under: str) -> str:
    """A signed story closed by its credit, an unsigned one opened under it, then ``line`` over ``under``."""
    return (
        f"极地遥送爱国情\n本报记者 钱多\n{STORY_A}\n{STORY_A2}（本报南极长城站专电）\n"
        f"西沙灯语映碧波\n{STORY_B}\n{line}\n{under}\n"
    )


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(("title", "body"), [("美机侦察朝战略目标", STORY_C), ("巴基斯坦地方选举开始", STORY_D), ("某国议会解散提前举行大选", STORY_D)])
def test_a_short_title_after_an_unsigned_story_opened_by_its_own_short_title_heads_the_next_story(title: str, body: str, gap: str) -> None:
    # A page of unsigned stories, each under a short title of its own ("西沙灯语映碧波" / text /
    # "美机侦察朝战略目标" / text): the second title is no crosshead of the first story.
    heads = [(a.headline, a.paragraphs[0]) for a in _page(_unsigned_page(title, body), gap).articles]
    assert heads[-2:] == [("西沙灯语映碧波", STORY_B), (title, body)]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("line", "under"),
    [
        # a quotation: the story quoting its subject
        ("“始终向创新要动力”", STORY_C),
        # an interview's crosshead over the interviewer's question
        ("推动家家幸福安康", "记者：围绕推动家庭家教家风建设，全国妇联开展了哪些工作？"),
        # a line cut at the column's edge, its sentence going on mid-clause
        ("《整改方案》明确", "要求，深入贯彻有关精神，认真落实各项整改措施，确保按期完成任务。"),
    ],
)
def test_lines_inside_an_unsigned_story_that_open_no_story(line: str, under: str, gap: str) -> None:
    heads = [a.headline for a in _page(_unsigned_page(line, under), gap).articles]
    assert line not in heads and heads[-1] == "西沙灯语映碧波"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(("title", "body"), [("美机侦察朝战略目标", STORY_C), ("巴基斯坦地方选举开始", STORY_D), ("某国首批女兵加入作战部队", STORY_B)])
def test_a_short_title_at_the_top_of_a_page_of_unsigned_stories_heads_its_story(title: str, body: str, gap: str) -> None:
    # The page's first line under its header, short, over prose: the first story's title
    # ("美机侦察朝战略目标" / "据朝鲜军方人士披露，…"), then the next unsigned title after it.
    heads = [(a.headline, a.paragraphs[0]) for a in _page(f"{title}\n{body}\n西沙灯语映碧波\n{STORY_A}\n", gap).articles]
    assert heads == [(title, body), ("西沙灯语映碧波", STORY_A)]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("line", ["核心阅读", "王 鹏绘（新华社发）", "某某供图", "“始终向创新要动力”"])
def test_a_box_label_or_a_credit_at_the_top_of_a_page_heads_no_story(line: str, gap: str) -> None:
    heads = [a.headline for a in _page(f"{line}\n{STORY_C}\n", gap).articles]
    assert line not in heads


DISPATCH_LEADS = (
    "新华社开罗1月1日电（记者钱多）埃及首都开罗的居民昨晚涌上街头，在尼罗河畔燃放烟花，迎接新世纪的到来。",
    "本报北京1月2日讯记者孙有田报道：我国最大的湖区生态综合治理工程近日正式启动，首批项目已经开工。",
    "据新华社东京1月1日电 日本各地的寺庙昨晚敲响新年钟声，许多市民前往神社参拜祈福。",
)
DISPATCH_MORE = "工程计划用五年时间完成，总投资约二十亿元，将带动沿湖农民增收。"


def _dispatch_page(lead: str, line: str, under: str) -> str:
    """A story signed by its dated dispatch lead, two paragraphs, then ``line`` over ``under``."""
    return f"开罗喜迎新世纪\n{lead}\n{DISPATCH_MORE}\n{line}\n{under}\n"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("lead", DISPATCH_LEADS)
@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("老者如是说", "一位年过七旬的老人站在街头，笑着向过往的行人问好。"),
        ("让中药走向世界", "中医药的国际标准化工作日前取得新的进展，多国学者参与研讨。"),
        ("摩解散议会提前大选", "摩洛哥国王宣布解散议会，大选将于三月举行，各党派开始筹备。"),
    ],
)
def test_a_short_title_after_a_story_signed_by_its_dated_lead_heads_the_next_story(lead: str, title: str, body: str, gap: str) -> None:
    # The 2001 world page: reports of a few paragraphs, each signed by its dateline lead and
    # each under a short title ("老者如是说" / "一位年过七旬的老人…"), none closed by a credit.
    articles = _page(_dispatch_page(lead, title, body), gap).articles
    assert [a.headline for a in articles] == ["开罗喜迎新世纪", title]
    assert list(articles[1].paragraphs) == [body] and articles[0].paragraphs[-1] == DISPATCH_MORE


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("lead", DISPATCH_LEADS)
@pytest.mark.parametrize(
    ("line", "under"),
    [
        # a paragraph's first line cut at the column's edge between two words: its clause closes below
        ("在强化职工权益保障", "方面，某省提出将加强女性就业保障，为因生育中断就业的女性提供再就业培训。"),
        ("在提升公共服务", "方面，某市提出将扩大优质教育资源供给，优化幼儿园布局。"),
        ("在加强湖区生态保护", "方面，沿湖各县已建起多个湿地保护区。"),
        # … or one opening on its source, cause or span, whatever the text under it opens with
        ("据某某市市长陈", "从亮介绍，该湖是我国五大淡水湖之一，自然条件优越，也是重要的淡水渔业基地。"),
        ("据统计全省共有", "三十多个县建成生态农业示范区，覆盖农户百万。"),
        ("随着气温逐渐回升", "湖区的候鸟数量逐年增加，湿地面积也在不断扩大。"),
        ("截至去年年底", "全省已有三十多个县建成生态农业示范区。"),
    ],
)
def test_a_line_cut_between_words_after_a_dispatch_heads_no_story(lead: str, line: str, under: str, gap: str) -> None:
    articles = _page(_dispatch_page(lead, line, under), gap).articles
    assert [a.headline for a in articles] == ["开罗喜迎新世纪"]
    assert line in "".join(articles[0].paragraphs) and under in "".join(articles[0].paragraphs)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("crosshead", ["老者如是说", "让中药走向世界"])
def test_a_short_line_in_a_feature_signed_without_its_day_stays_a_crosshead(crosshead: str, gap: str) -> None:
    # A feature opened by "本报讯（记者 钱多）" names no day: its short lines over prose are its
    # crossheads ("“丁字”布局成就长城胜景"), not titles of dispatches.
    lead = "本报讯（记者 钱多）我国最大的湖区生态综合治理工程近日正式启动，首批项目已经开工。"
    body = "一位年过七旬的老人站在湖边，笑着说起这些年湖区的变化。"
    articles = _page(_dispatch_page(lead, crosshead, body), gap).articles
    assert [a.headline for a in articles] == ["开罗喜迎新世纪"]


WORLD_A = ("今天，十亿印度人以平静的心情迎来了新年，街头的人们互致问候。", "凌晨，新德里下起了小雨，但马路上仍然有不少车辆和行人。")
WORLD_B = ("新年的元旦对于古巴来说意义非凡，哈瓦那街头处处张灯结彩。", "一日晚上，当城堡上炮声一响，无数礼花腾空而起，映红了海湾。")
WORLD_C = "首都的广场上挤满了欢度新年的市民，孩子们追逐着彩色的气球。"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("on_own_line", [False, True])
@pytest.mark.parametrize(
    "credits",
    [
        ("（据新华社新德里1月1日电）", "（据新华社哈瓦那12月31日电）", "（本报开罗1月1日电）"),
        ("（新华社新德里1月1日电）", "（本报哈瓦那电）", "（据新华社电）"),
    ],
)
def test_titles_of_one_length_over_stories_closed_by_their_datelines_are_no_crosshead_series(
    credits: tuple, on_own_line: bool, gap: str
) -> None:
    # The 2001 world page: "平和安祥新德里" / … / "（据新华社新德里1月1日电）" / "五彩缤纷哈瓦那" / …: titles
    # of one length, but each story closed by its dateline, so they are no series of one story's
    # crossheads, the page's first title too.
    def close(paragraph: str, credit: str) -> str:
        return f"{paragraph}\n{credit}" if on_own_line else paragraph + credit

    page = (
        f"平和安祥新德里\n{WORLD_A[0]}\n{close(WORLD_A[1], credits[0])}\n"
        f"五彩缤纷哈瓦那\n{WORLD_B[0]}\n{close(WORLD_B[1], credits[1])}\n欢乐祥和开罗城\n{close(WORLD_C, credits[2])}\n"
    )
    articles = _page(page, gap).articles
    assert [a.headline for a in articles] == ["平和安祥新德里", "五彩缤纷哈瓦那", "欢乐祥和开罗城"]
    assert articles[0].paragraphs[0] == WORLD_A[0] and articles[0].paragraphs[-1].endswith(credits[0])


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("byline", ["本报记者 钱多", None])
def test_titles_of_one_length_with_no_dateline_between_stay_a_crosshead_series(byline: str | None, gap: str) -> None:
    # No dateline closes a story between them: one story's crossheads ("平和安祥新德里" /
    # "五彩缤纷哈瓦那" / "欢乐祥和开罗城" under one heading, or at a page's top with none).
    top = f"新年之夜\n{byline}\n{WORLD_A[0]}\n" if byline else ""
    page = f"{top}平和安祥新德里\n{WORLD_A[1]}\n五彩缤纷哈瓦那\n{WORLD_B[0]}\n{WORLD_B[1]}\n欢乐祥和开罗城\n{WORLD_C}\n"
    heads = [a.headline for a in _page(page, gap).articles]
    assert not {"平和安祥新德里", "五彩缤纷哈瓦那", "欢乐祥和开罗城"} & set(heads)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("space", [" ", "   "])
@pytest.mark.parametrize(
    ("kicker", "title"),
    [
        ("某省某县推动优质文化资源直达基层", "社区开起书法班，街舞老师请进村"),
        ("某型钻机作业深度从地表到深层、超深层，钻头直径从0.2米到超2米", "钻探机，“穿地尖兵”显身手"),
        ("某市持续完善城市功能惠民生", "建好口袋公园，拓展绿色空间（民生一线）"),
    ],
)
def test_a_kicker_and_a_two_phrase_title_on_one_line_cutting_a_lead_head_its_story(kicker: str, title: str, space: str, gap: str) -> None:
    # "本报讯（记者 钱多）…在某县，记者看到" / "kicker   X，Y" / "了破解这些难题的新办法。": a title of
    # two phrases and a comma, its kicker printed on its line, is a heading's form though the line
    # stands inside the lead's first sentence.
    above = "调研组一行深入杨木水库一级保护区进行了实地考察，认真听取了相关负责人的汇报。\n会议传达了吉林省产业工人队伍建设改革推进会会议精神，各成员单位汇报改革推进情况。"
    half = "本报讯（记者 钱多）公共文化服务资源配置不均、群众参与热情不高，是不少地方面临的共性问题。在某省某县，记者看到"
    rest = "了破解这些难题的新办法。"
    page = f"某县召开全县秋收工作会议\n本报记者 张三\n{above}\n{half}\n{kicker}{space}{title}\n{rest}\n挖掘千余名乡土文化人才，在地服务乡亲们；发放万余份调查问卷，配送“对味”的文化服务。\n"
    arts = _page(page, gap).articles
    assert [a.headline for a in arts] == ["某县召开全县秋收工作会议", title]
    assert arts[1].kicker == kicker
    assert arts[1].paragraphs[0].endswith("记者看到了破解这些难题的新办法。")
