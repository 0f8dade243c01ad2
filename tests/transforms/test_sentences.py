"""Does a text open mid-clause (transforms.sentences)?  Made-up openings of both kinds."""

from __future__ import annotations

import pytest

from transforms.sentences import (
    LOW_END,
    LOW_START,
    bare_place,
    end_rate,
    mid_clause,
    open_end,
    open_quote,
    opens_on_an_adverbial,
    opens_on_its_speakers_words,
    opens_with_its_place,
    opens_with_its_scene,


    opens_with_clause_end,
    opens_with_lone_character,
    opens_with_tail,
    quotes_its_speaker,
    points_back,
    sentence_inside,
    start_rate,
    stops_mid_clause,
)


@pytest.mark.parametrize(
    "text",
    ["们谋划实施了蛋谷项目。", "的伟大精神，其核心是奉献担当。", "了一笔账，大家都很满意。", "召开，会议总结了阶段成果。", "倒闭了，街坊们都觉得可惜。"],
)
def test_the_rest_of_a_cut_sentence(text: str) -> None:
    assert mid_clause(text)


@pytest.mark.parametrize(
    "text",
    [
        "近日，社区召开议事会。", "今年以来，街道共走访群众三千余户。", "这是一次难得的机会。", "据介绍，项目已经开工。",
        "在社区书记的带动下，居民们行动起来。", "记者从市里获悉，工程已完工。",
        "“我们这里编的，叫醒狮。”", "2025年是中国话剧诞生118周年。", "",
        # a name opens the sentence: surnames are not judged by the rates
        "习近平总书记指出，要坚持人民至上。", "钟某表示，项目进展顺利。", "范某某说，今年的收成不错。",
    ],
)
def test_the_opening_of_a_sentence_or_text_not_judged(text: str) -> None:
    assert not mid_clause(text)


@pytest.mark.parametrize(
    "text",
    [
        # a clause of two characters, a surname's and one more, holds no name and what its bearer
        # did: the rest of a word cut at the column's edge ("在强化职工权益保障" / "方面，…")
        "方面，某省提出将加强女性就业保障。", "方式，推动资源向基层下沉。", "程度，也在逐年提高。", "范围，包括全市所有社区。",
        "方法，让群众少跑腿。",
    ],
)
def test_a_two_character_clause_opening_on_a_surname_is_judged_by_its_rate(text: str) -> None:
    assert mid_clause(text) and mid_clause(text, strict=True)


@pytest.mark.parametrize(
    "text",
    [
        "方晓表示，项目进展顺利。", "程宇强调，要守牢安全底线。", "钟某介绍，今年的收成不错。",  # a name and what its bearer did
        "于是，大家又忙了起来。",  # "于" 0.034: only a character that all but never opens a clause is judged
        "李某，男，四十五岁。", "高度，决定了视野。",  # a common surname opening clauses often: not judged
    ],
)
def test_a_surname_opening_a_name_or_a_common_word_is_not_judged(text: str) -> None:
    assert not mid_clause(text)


@pytest.mark.parametrize(
    "text",
    ["据某某市市长陈", "据统计全省共有", "根据规划", "随着气温逐渐回升", "由于连日降雨", "截至去年年底", "按照部署", "依据有关规定"],
)
def test_a_sentence_opening_on_its_source_cause_or_span(text: str) -> None:
    assert opens_on_an_adverbial(text)


@pytest.mark.parametrize(
    "title", ["让中药走向世界", "老者如是说", "在开放中求发展", "为大熊猫查“户口”", "围绕农民需求做文章", "当阅读成为“刚需”", "数据里的新年"]
)
def test_a_title_opens_on_no_sentence_adverbial(title: str) -> None:
    assert not opens_on_an_adverbial(title)


@pytest.mark.parametrize(
    "text",
    ["前不久，某某公司的新厂房揭牌。", "凌晨4点，某某胡同的路灯还亮着。", "傍晚时分，村口的广场热闹起来。", "目前，全县已建成站点二十个。",
     "去年以来，某某镇新增就业岗位八百个。", "深夜，急诊室里仍有人值守。",
     # "a while ago": how a commentary's lead sets its occasion
     "前段时间，某某音乐学院的学生登上国际舞台。", "前些天，某县的樱桃迎来采摘季。", "前几天，记者来到某某村。",
     "不久前，某市发布了一份青年发展报告。",
     # a news lead's date word: "日" seldom opens a clause, "日前，" opens leads
     "日前，某地一项重点工程顺利开工。", "日前，某某研究院发布年度报告。",
     # … or the time word before the scene it sets, with no comma: "午后的阳光…", "凌晨的菜市场…"
     "午后的阳光穿过玻璃洒进屋内。", "凌晨的菜市场已是人声鼎沸。", "清晨的田埂上，村民们正忙着疏通水渠。",
     # … or how long it has been so: "千百年来，…" ("千" seldom opens a clause), "长期以来，…"
     "千百年来，木作与人们的生活息息相关。", "多年来，他坚持扎根一线。", "党的十八大以来，某地生态持续向好。",
     # … or a day of the lunar calendar, as a holiday story's scene opens ("大" opens few short clauses)
     "大年初三，远处鞭炮声声，屋内花灯生产有条不紊。", "大年初四凌晨5点，某某站已经忙碌起来。", "大年三十，一家人围坐包饺子。",
     "除夕下午两点，村口的广场热闹起来。", "正月十五，村里的灯会一直闹到深夜。", "腊月二十三，家家户户忙着扫尘。"],
)
def test_a_sentence_opening_with_its_time_is_judged_by_the_word_not_its_first_character(text: str) -> None:
    # "前" and "凌" seldom open a clause (目前, 之前 go on one), but "前不久，", "凌晨4点，" do.
    assert not mid_clause(text)


@pytest.mark.parametrize("text", ["上海某区，一座新建的社区食堂开门迎客。", "上海浦东，某某科技园里灯火通明。", "河南某市，麦田里的收割机来回穿梭。"])
def test_a_scene_opening_with_its_province_is_not_judged(text: str) -> None:
    # "上" seldom opens a clause (以上, 线上 go on one), but "上海某区，" opens a scene.
    assert not mid_clause(text)


@pytest.mark.parametrize("label", ["核心阅读", "核心提示", "编后", "们的故事"])
def test_a_line_without_clause_marks_is_no_rest_of_a_sentence(label: str) -> None:
    # A label or heading under a kicker ("核心阅读") is not the second half of a sentence.
    assert not mid_clause(label)


@pytest.mark.parametrize("text", ["港口码头，船舶泊位有序安排。", "召开，会议总结了阶段成果。", "核心区域，游人如织。"])
def test_strict_judges_only_characters_that_all_but_never_open_a_clause(text: str) -> None:
    assert not mid_clause(text, strict=True)
    assert mid_clause("的伟大精神，其核心是奉献担当。", strict=True) and mid_clause("们谋划实施了蛋谷项目。", strict=True)


def test_the_table_says_what_opens_clauses() -> None:
    rates = {c: start_rate(c) for c in "们的这据在"}
    assert all(r is not None for r in rates.values())
    assert rates["们"] < LOW_START < rates["这"] and rates["的"] < rates["在"] < rates["据"]
    assert start_rate("A") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("“社区是居民的第二个", True), ("他说：“水渠修到哪里，", True), ("“续写友谊，开创未来”", False), ("一渠清水润良田", False), ("“一”“二”", False)],
)
def test_a_quotation_opened_and_not_closed(text: str, expected: bool) -> None:
    assert open_quote(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("头，一旁的某某很是欣慰。", True), ("一，某某店深受境外旅客青睐。", True), ("麓，全村7个村民小组。", True),
     ("道；理念先行，实干为要。", True),
     ("3月，村里修了渠。", False), ("一、总体要求", False), ("今年，村里修了渠。", False), ("“好，”他说。", False),
     ("水渠修好了。", False)],
)
def test_text_opening_with_a_clause_of_one_character(text: str, expected: bool) -> None:
    assert opens_with_lone_character(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("要求，深入贯彻党的二十大精神。", True), ("以来，全市新建农村公路300公里。", True), ("认为，修渠是村里的头等大事。", True),
     ("指出，要把水渠修到田间地头。", True), ("精神，决心把水渠修好用好。", True), ("强调，各乡镇要倒排工期。", True),
     ("目前，西河村的水渠已全线贯通。", False), ("因此，村里决定先修水渠。", False), ("此外，村里还修了三座桥。", False),
     ("当天，村民们早早来到渠边。", False), ("要把水渠修到田间地头。", False), ("要求：各乡镇倒排工期。", False),
     ("问，村里的水渠修好了吗？", False), ("要求、措施和时限都已明确。", False), ("西河村要求，各组派人修渠。", False)],
)
def test_text_opening_with_a_one_word_clause_that_ends_a_longer_one(text: str, expected: bool) -> None:
    # "要求，" "以来，" "认为，" follow their subject or time in the same clause; a sentence opens
    # with a one-word clause of a connective or a time ("目前，", "因此，", "当天，"); a word's clause
    # is closed by a comma ("要求：" over a list is a label), never by an enumeration comma.
    assert opens_with_clause_end(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("班组。上服是检修的第一道关。", True), ("渠。村民们说，渠修到哪里。", True), ("办好。", True),
     ("西河村的水渠修了三年。", False), ("今年，村里修了渠。", False), ("“好。”他说。", False)],
)
def test_text_opening_with_the_tail_of_a_sentence(text: str, expected: bool) -> None:
    assert opens_with_tail(text, 3) is expected


@pytest.mark.parametrize(
    "text",
    ["3月5日，某县油菜花节开幕", "2024年9月，某市建成全省首个调度中心", "9月，某县启动秋粮收购", "2023年11月下旬，某地迎来降雪",
     "4月25日上午，某市举行汇演", "5月初，某镇开始插秧", "近日，某县首批农机投入使用",
     # the hour, or the hours a count covers
     "3月5日10时，某市召开调度会", "2月8日0—24时，某市无新增病例", "6月1日8时30分，某县开闸放水", "4月2日0-24时，某省报告",
     # the days it lasted
     "5月27日至30日，某市代表团赴某地考察", "2018年7月9日至7月23日，督察组进驻某市", "3月1日至4月15日，某县开展排查",
     "2023年12月28日至2024年1月3日，某地举办冰雪节"],
)
def test_a_news_sentence_opens_with_its_date(text: str) -> None:
    from transforms.sentences import dated_opening

    assert dated_opening(text)


@pytest.mark.parametrize(
    "text", ["9月的田野", "2024年全国粮食产量再创新高", "三月，春风拂面", "2024年，我们一起走过", "10时，会议开始", "3月5日10时许的会场"]
)
def test_a_dated_line_without_its_month_and_comma_is_no_dated_opening(text: str) -> None:
    from transforms.sentences import dated_opening

    assert not dated_opening(text)


@pytest.mark.parametrize(
    "text",
    [
        "今年的订单怎么样，记者最近到",  # a verb before its place
        "新修的步道和球场，有利于我们更",  # an adverb before its verb
        "这项改革有利于",  # a preposition's verb before its object
        "外卖订单在全部订单中的占",
        "记者来到",
    ],
)
def test_a_line_stopping_on_a_word_that_needs_what_follows(text: str) -> None:
    assert open_end(text)


@pytest.mark.parametrize(
    "text",
    [
        "让专家门诊下沉基层", "乡村旅游迎来新发展", "春耕备耕正当时", "守护绿水青山，志愿者接力同行",
        "让乡亲们的生活越来越好", "小小菜篮子", "某某村的新变化",
        # no ideograph last: a closed quotation or a mark ends the line as a heading does
        "打几份“零工”", "某某村——", "2025",
    ],
)
def test_a_line_stopping_where_a_clause_may_close(text: str) -> None:
    assert not open_end(text)


@pytest.mark.parametrize("text", ["每个中国人一定都", "在社区矫正期间须", "新修的步道有利于我们更", "西河村的年轻人如今也", "乡亲们自发地把"])
def test_a_line_stopping_on_a_function_word_is_open_even_strictly(text: str) -> None:
    assert open_end(text, strict=True)


@pytest.mark.parametrize("text", ["某地消费市场加快复苏", "春暖花开 万物复苏", "乡村旅游迎来新发展"])
def test_a_heading_phrase_ending_on_a_content_word_is_not_open_strictly(text: str) -> None:
    # "复苏" (0.039) closes few clauses, but a heading phrase may end on it.
    assert not open_end(text, strict=True)


def test_the_ending_table_says_what_closes_clauses() -> None:
    rates = {w: end_rate(w) for w in ("我们更", "有利于", "新发展", "下沉基层")}
    assert all(r is not None for r in rates.values())
    assert rates["我们更"] < rates["有利于"] < LOW_END < rates["下沉基层"] < rates["新发展"]
    # the longest counted ending speaks: "期间" closes clauses, its last character alone less often
    assert end_rate("在某某期间") == end_rate("期间") != end_rate("间")
    assert end_rate("“零工”") is None and end_rate("A") is None


def test_the_rest_of_a_time_word_cut_in_two_still_goes_on() -> None:
    # "…近" / "年来，…": the rest of "近年来" cut at a column break opens no sentence.
    assert mid_clause("年来，某县新建农田三万亩。")
    # "…规模扩" / "大了，…": "大" opening a short clause goes on, unless it opens a lunar day.
    assert mid_clause("大了，订单也跟着多了起来。")


@pytest.mark.parametrize(
    "text",
    ["如何让企业获得更好的跨境金融服务？某银行创新推出“一点接入", "水渠修好了吗？记者日前来到某某县", "春灌的水够用吗！看着渠水流进麦田", "渠修好了。村民们说"],
)
def test_a_line_closing_a_sentence_and_running_on_is_prose(text: str) -> None:
    assert sentence_inside(text)


@pytest.mark.parametrize(
    "text",
    ["暖气不热怎么办？", "村里的垃圾去哪了？ 某某县推行垃圾分类新模式", "“这里的春天来得早！”", "“咱的日子越过越红火！”（乡村行）", "春天来了！"],
)
def test_a_heading_asking_or_exclaiming_at_its_end_or_before_a_space_is_no_run_on(text: str) -> None:
    assert not sentence_inside(text)


@pytest.mark.parametrize("text", ["张琼是某某镇北岸社区的一名", "全省城市低保平均", "某地网上购物不", "中国完全能够", "坐落在某某新区的"])
def test_a_line_stopping_on_a_word_that_never_closes_a_clause_stops_mid_clause(text: str) -> None:
    assert stops_mid_clause(text)


@pytest.mark.parametrize(
    "text",
    ["更多高校毕业生赴西部支教", "需求旺盛效率增", "包含大件  品类更多", "某市推动高质量发展", "让群众可感可及"],
)
def test_a_heading_ending_on_a_rare_single_character_or_with_phrases_does_not(text: str) -> None:
    # One character's rate says little ("教" of 支教); a heading's phrases are printed with spaces.
    assert not stops_mid_clause(text)


@pytest.mark.parametrize("text", ["湖北武汉市江岸区", "重庆市九龙坡区谢家湾街道民主村", "在内蒙古自治区准格尔旗准格尔召镇", "走在某省某市铁西区凌空街道", "某某市某某县"])
def test_a_place_named_down_to_its_street_is_a_bare_place(text: str) -> None:
    assert bare_place(text)


@pytest.mark.parametrize("text", ["东辽县", "辽源市", "四川内江市产业帮扶巴中市通江县", "广东省东莞市：", "吉林延边促进各民族交往交流交融"])
def test_one_name_a_statement_or_a_labelled_place_is_not(text: str) -> None:
    # One name may be a kicker's label; a kicker states what happened there ("…产业帮扶…").
    assert not bare_place(text)


@pytest.mark.parametrize(
    "text",
    [
        "“我们珍视这段友谊。”某某说，“我们是听着这首歌长大的。”",
        "“今年的节目全是乡亲们自己排的。”村文艺队队长笑着说。",
        "“过去对接成果要靠人脉，现在靠平台。”某公司负责人介绍。",
        "“我还有许多要学的地方。”他告诉记者。",
    ],
)
def test_a_quotation_with_its_speaker_named_quotes_its_speaker(text: str) -> None:
    assert quotes_its_speaker(text)


@pytest.mark.parametrize(
    "text",
    ["“这么难得的机会，咱可不能错过！”", "“苏湖熟，天下足”，历史上苏州是经济中心。", "他说，今年的节目全是乡亲们自己排的。"],
)
def test_a_bare_quotation_or_reported_speech_does_not(text: str) -> None:
    assert not quotes_its_speaker(text)


@pytest.mark.parametrize(
    "text",
    [
        "“我们珍视这段友谊。”某某说，“我们这一代人是听着这些故事长大的。”",
        "“这是‘好’事，也是难事。”村民王某笑着说。",
        "“五六岁时，我就拿着凿子做东西玩。”某博物馆馆长王某说，他家三代都是木工。",
        "“下一步，我们将扩大试点范围。”某市发展改革委负责人表示：",
    ],
)
def test_a_paragraph_opening_on_a_quotation_with_its_speaker_named(text: str) -> None:
    assert opens_on_its_speakers_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "“这么难得的机会，咱可不能错过！”",
        "“拥抱创新，共赢未来”。今年的车展上，“新”字当头，某某说，",
        "黄河岸边春风拂动。“今年的麦子长势好。”种粮大户薛某说。",
        "记者来到某村，“这条路修好了，”村民王某说，“出门方便多了。”",
    ],
)
def test_a_bare_quotation_or_a_quotation_after_a_scene_does_not_open_on_its_speakers_words(text: str) -> None:
    assert not opens_on_its_speakers_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "大年初一，林河村人声鼎沸，稻场上搭起了舞台。",
        "当前，全省60岁及以上老年人口已超过千万人。",
        "前不久，某市公安机关公布了10起典型案例。",
        "3月5日上午，某县召开春耕生产推进会。",
        "青川市石桥镇的老街上，一家百年茶馆至今仍在营业。",
        "在某省青川县石桥镇，有一座以老茶馆命名的公园。",
        "湖北青川市江岸区的一处公园里，一座纪念碑巍然矗立。",
        "暮春时节，某村的梅花鸡保种繁育场里，新一批鸡苗正破壳而出。",
        "春节期间，某社区干净整洁，年味十足。",
        "清明前后，茶农们忙着采摘头茬春茶。",
        "近几年，网络直播行业用户规模持续增长。",
        "5月的青川，漫山遍野开满了槐花。",
    ],
)
def test_a_sentence_opening_on_its_time_or_place_sets_a_scene(text: str) -> None:
    assert opens_with_its_scene(text)


@pytest.mark.parametrize(
    "text",
    [
        "茶馆第四代传人说，祖辈传下来的规矩一直没变。",
        "“锣鼓一敲响声声，唱唱咱们老百姓。”舞台上，文艺队员唱起了花鼓戏。",
        "评书一开场，茶客们便放下茶碗，听得入神。",
        "青川市是全省首个全域纳入都市圈的地级市。",
        "惩贪反腐是一场攻坚战，更是一场持久战。",
        "“五一”期间的客流，比去年同期增长了两成。",
        "这一时期的作品，风格更加沉郁。",
    ],
)
def test_a_sentence_opening_on_its_subject_sets_none(text: str) -> None:
    # One place name is a subject ("青川市是…"); a scene is named down to its county or village.
    assert not opens_with_its_scene(text)


@pytest.mark.parametrize(
    "text, place",
    [
        ("青川市石桥镇的老街上，一家百年茶馆至今仍在营业。", True),
        ("在某省青川县石桥镇，有一座以老茶馆命名的公园。", True),
        ("江苏扬州邗江区，一条全长约3.3公里的河道，因为污水直排，导致周边居民投诉不断。", True),
        ("今年下半年，沱江特大桥即将合龙。", False),
        ("如今，老街上的茶馆越开越多。", False),
        ("青川市是全省首个全域纳入都市圈的地级市。", False),
    ],
)
def test_a_scene_set_by_its_place_not_its_time(text: str, place: bool) -> None:
    # A lead sets its scene by where it happens as often as by when; a closing looks ahead from a time.
    assert opens_with_its_place(text) is place


@pytest.mark.parametrize(
    "text",
    [
        "一是产品力。市场的竞争，说到底是产品的竞争。",
        "二是营销力。品质是根本，营销是关键。",
        "其次，要把好案件入口关。",
        "后来，由于当时形势要求，他们秘密穿越国境。",
        "此外，街道还为老人开设了食堂。",
        "与此同时，两地检察机关联合开展听证。",
        "这正是：",
        "这种水涨船高的人情消费影响了邻里关系。",
        "这些做法得到了居民的认可。",
        "如何直面这一趋势？短时间内，我们或许无法回答。",
        "在庐江县，这样的休闲好去处还有很多。",
        "出人意料的是，资金主动找上了门。",
        "值得注意的是，这个场馆建在一座知名的山脚下。",
        "其中，三所学校已投入使用。",
        "不仅如此，村里还办起了老年大学。",
        "也就是说，每户每年能多收入两万元。",
    ],
)
def test_a_sentence_that_points_back_to_one_before_it(text: str) -> None:
    assert points_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "近年来，我国博物馆进入快速发展期。",
        "这一天，村里格外热闹。",  # a demonstrative that sets the scene
        "这些年来，村里的变化一年比一年大。",
        "这个春节假期，文博馆里过大年成为新年俗。",
        "“这个好不好用？”市民李女士问。",  # a quotation opens the scene
        "市场就在那里，面对“小院高墙”，比拼的是实力。",
        "或许有人想过这样的问题：列车如何保持干净整洁？",
        "一粒种子改变一个世界。",
        "同时段的客流创下新高。",  # 同时 as a word of its own sentence, no comma after it
        "其中的道理并不复杂。",  # no comma: a phrase of its own sentence
        "最让人难忘的是那年冬天的一场大雪。",
    ],
)
def test_a_sentence_that_stands_on_its_own(text: str) -> None:
    assert not points_back(text)
