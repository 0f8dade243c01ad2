"""Byline, credit and signature rules, each on several printed forms."""

import pytest

from transforms.bylines import BYLINE_LINE, CLOSING_DATELINE, CLOSING_TAIL, SIGNED_LINE, byline_names, byline_people, credit_people, is_byline, is_credit, names_in, names_only, spaced_name, split_lead


@pytest.mark.parametrize(
    ("line", "authors", "photographers"),
    [
        ("■本报记者 孙晓燕", ("孙晓燕",), ()),
        ("●记者 王五 赵六", ("王五", "赵六"), ()),
        ("记者 周八 报道", ("周八",), ()),
        ("本报记者 李明 报道", ("李明",), ()),
        ("文/图 吴丽君", ("吴丽君",), ("吴丽君",)),
        ("文／图 本报记者 李长青", ("李长青",), ("李长青",)),
        ("本报记者 何静 文/图", ("何静",), ("何静",)),
        ("文/许文博 摄影：张凯", ("许文博",), ("张凯",)),
        ("文/陈晨 图/马力", ("陈晨",), ("马力",)),
        ("本报评论员", (), ()),
        ("本报特约评论员 李明", ("李明",), ()),
        ("社论", (), ()),
        ("本报记者", (), ()),
        ("新华社记者", (), ()),
        ("本报调研组", (), ()),
        ("本报联合采访组", (), ()),
        # One person wrote and photographed, the work words run together: "文·图/", "图文：".
        ("文·图/王茜", ("王茜",), ("王茜",)), ("图文/王茜", ("王茜",), ("王茜",)), ("文图：王茜", ("王茜",), ("王茜",)),
        # A post or a bureau before the role.
        ("首席记者 王茜", ("王茜",), ()), ("本报驻京记者 王茜", ("王茜",), ()),
        ("本报首席记者 王茜 通讯员 李四", ("王茜", "李四"), ()),
    ],
)
def test_byline_forms(line: str, authors: tuple, photographers: tuple) -> None:
    assert BYLINE_LINE.match(line), line
    assert byline_people(line) == (authors, photographers)


@pytest.mark.parametrize("line", ["评论员文章", "文化惠民", "社论：坚定信心", "图说新闻", "记者", "本报记者站", "调研组成员"])
def test_not_bylines(line: str) -> None:
    assert not BYLINE_LINE.match(line)


@pytest.mark.parametrize("line", ["记者手记", "记者观察", "本报记者调查", "记者来信"])
def test_a_column_named_after_the_reporter_is_no_byline(line: str) -> None:
    assert not is_byline(line)


def test_words_a_byline_prints_are_no_names() -> None:
    assert names_in("记者 周八 报道") == ("周八",)
    assert names_in("社论") == ()


@pytest.mark.parametrize(
    ("caption", "names"),
    [
        ("▲3月14日，工人正在装配新车。本报记者 郑宏伟 摄", ("郑宏伟",)),
        ("游客在雪场体验滑雪。记者 宋佳 摄", ("宋佳",)),
        ("工人在供热站检修设备。新华社发", ()),
        ("代表们步入会场。（新华社记者 李明 摄）", ("李明",)),
        ("图为孙德林在林区巡护。", ()),
    ],
)
def test_credit_at_the_end_of_a_caption(caption: str, names: tuple) -> None:
    assert credit_people(caption) == names


@pytest.mark.parametrize("line", ["（本报记者 陈雪梅）", "(记者 王五 通讯员 赵六)", "（通讯员 马红）"])
def test_signed_line(line: str) -> None:
    assert SIGNED_LINE.match(line)
    assert not SIGNED_LINE.match(line.strip("（）()") + "。")


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("本报记者  钱  多", ("钱多",)),  # a two-character name padded to three
        ("本报记者 赵大成 钱 多", ("赵大成", "钱多")),
        ("本报记者 钱 多 赵大成", ("钱多", "赵大成")),
        ("新华社记者 孔令文", ("孔令文",)),
        ("新华社记者 孔 文 林小雨", ("孔文", "林小雨")),
        ("某某晚报记者 周 平", ("周平",)),
        ("《某某周刊》记者 夏青", ("夏青",)),
        ("讲述人：退休教师 马 丁", ("马丁",)),
        ("口述：秦大山", ("秦大山",)),
    ],
)
def test_bylines_of_other_papers(line: str, authors: tuple) -> None:
    assert is_byline(line), line
    assert byline_names(line) == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [("韩大年", ("韩大年",)), ("孔 文", ("孔文",)), ("罗小米 司马兰", ("罗小米", "司马兰")), ("钱多多（某大学教授）", ("钱多多",))],
)
def test_a_line_of_names_only(line: str, authors: tuple) -> None:
    assert names_only(line) and byline_names(line) == authors


@pytest.mark.parametrize(
    "line", ["抢抓机遇 开足马力 奋勇争先", "凝聚奋进力量", "春耕备耕正当时", "本报讯（记者 王五）今天上午，会议召开。", "回  信", "贺  电"]
)
def test_not_a_line_of_names(line: str) -> None:
    assert not names_only(line)


@pytest.mark.parametrize(
    "line",
    [
        "本报记者 王彦雨 摄", "孔 文摄", "新华社记者 林小雨摄", "受访者供图", "某县委宣传部供图", "资料图片",
        "图①③均为林小雨摄", "以上图片均为某剧团提供", "图③至图⑥均为某某博物馆提供", "孔文摄（人民视觉）",
        "新华社发", "制图：马丁", "资料来源：某省统计局", "数据来源：某部、某局", "本报记者 孙 超摄", "本报记者  钱  多摄",
        # A photo story's credit under its pictures.
        "本报记者  钱  多摄影报道", "孔 文摄影报道", "新华社记者 林小雨摄影报道",
        "刘  新摄影报道",  # … or at the end of a photo report, signing it
        "资料照片",
        "□本报记者 王彦雨 摄", "■ 新华社发", "●孔 文摄",  # a decoration mark before it, as before a byline
    ],
)
def test_credit_lines(line: str) -> None:
    assert is_credit(line), line
    if line.endswith("摄"):
        assert not is_byline(line), line  # the photographer, not the writer: "本报记者 孙 超摄"


@pytest.mark.parametrize("line", ["为群众提供更好服务", "记者正在现场拍摄", "村民们在拍摄短视频。", "图书馆里提供热水的地方有很多，读者可以随时取用"])
def test_not_credit_lines(line: str) -> None:
    assert not is_credit(line), line


@pytest.mark.parametrize(("line", "name"), [("市长 孙弘", "孙弘"), ("青年学生 汪 玮", "汪玮"), ("青年企业家 廖光朝", "廖光朝")])
def test_a_post_and_a_name_padded_or_not(line: str, name: str) -> None:
    from transforms.bylines import POST_NAME, post_name

    assert POST_NAME.match(line) and post_name(line) == (name,)


@pytest.mark.parametrize(("line", "names"), [("刘子怡 吴付来", ("刘子怡", "吴付来")), ("钱多多 孔 文", ("钱多多", "孔文"))])
def test_two_names_on_one_line_are_two_writers_not_a_post_and_a_name(line: str, names: tuple) -> None:
    # "刘子怡  吴付来" under a theory page's title: a surname and a given name ending in no
    # post's character ("市长", "学生") is the first writer, not his post.
    from transforms.bylines import post_name

    assert post_name(line) == names


@pytest.mark.parametrize(("line", "name"), [("赵  明文", True), ("钱 明", True), ("回  信", False), ("纵 横", False), ("赵明文", False), ("赵  明文章", False)])
def test_a_name_spaced_out_opens_with_a_surname(line: str, name: bool) -> None:
    # "赵  明文" signs a verse at its end; "回  信" is the label over a letter printed in full.
    assert spaced_name(line) is name


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("张三、李四、王五", True),
        ("本报记者", False),
        ("立规矩、明边界，强监管、促创新", False),  # a title's parallel phrases: no surname among them
        ("稳增长、保就业、防风险", False),
        ("刘某某 陈某 黄某", True),
    ],
)
def test_a_list_of_names_holds_a_common_surname(line: str, names: bool) -> None:
    assert names_only(line) is names


@pytest.mark.parametrize(
    ("paragraph", "lead", "rest"),
    [
        # the year in the dateline around a new year
        ("本报太原2000年12月31日电记者安洋报道：今天上午，某市…", "本报太原2000年12月31日电记者安洋报道：", "今天上午，某市…"),
        ("本报北京2000年12月31日讯2000年是本世纪的最后一年。", "本报北京2000年12月31日讯", "2000年是本世纪的最后一年。"),
        ("新华社北京2000年12月28日电（记者王五）某会议今天…", "新华社北京2000年12月28日电（记者王五）", "某会议今天…"),
        # a wire story reprinted: 据新华社…电
        ("据新华社哈瓦那12月30日电（记者郑某）某国领导人30日…", "据新华社哈瓦那12月30日电（记者郑某）", "某国领导人30日…"),
        ("据新华社北京12月31日电在新年到来之际，…", "据新华社北京12月31日电", "在新年到来之际，…"),
        ("据本报某市5月3日电某地今天…", "据本报某市5月3日电", "某地今天…"),
        # run-in reporters as a list, each with his agency
        ("本报北京12月31日讯新华社记者秦某、本报记者赵某某报道：乐音飞扬。", "本报北京12月31日讯新华社记者秦某、本报记者赵某某报道：", "乐音飞扬。"),
        ("本报哈尔滨12月31日电记者董某、胡某、夏某报道：今天的冰城…", "本报哈尔滨12月31日电记者董某、胡某、夏某报道：", "今天的冰城…"),
        ("本报讯 记者王茵 汪琳报道：昨天，…", "本报讯 记者王茵 汪琳报道：", "昨天，…"),
        ("本报某市5月3日讯记者张某报道：某市今天…", "本报某市5月3日讯记者张某报道：", "某市今天…"),
        # a foreign place of up to eight characters
        ("据新华社新西兰北帕莫斯顿1月1日电（记者江某）象征着…", "据新华社新西兰北帕莫斯顿1月1日电（记者江某）", "象征着…"),
        ("新华社布宜诺斯艾利斯3月2日电（记者王某）某国今天…", "新华社布宜诺斯艾利斯3月2日电（记者王某）", "某国今天…"),
        ("本报里约热内卢2000年12月31日讯记者李某报道：今夜…", "本报里约热内卢2000年12月31日讯记者李某报道：", "今夜…"),
    ],
)
def test_dateline_leads_of_other_years_and_wires(paragraph: str, lead: str, rest: str) -> None:
    assert split_lead(paragraph) == (lead, rest)


@pytest.mark.parametrize(
    "paragraph",
    ["据新华社报道，某国今天…", "据本报记者了解，某地…", "记者王某报道：某市今天…", "2000年12月31日，某市…"],
)
def test_prose_that_only_names_a_wire_or_a_reporter_opens_no_lead(paragraph: str) -> None:
    assert split_lead(paragraph) == (None, paragraph)


@pytest.mark.parametrize(
    "credit",
    ["（本报南极长城站2000年12月31日专电）", "（本报斯德哥尔摩电）", "（据新华社电）", "（本栏均据新华社电）", "（本报西沙1月1日零时电）", "（新华社北京4月30日电）"],
)
def test_a_closing_credit_alone_or_ending_the_last_paragraph(credit: str) -> None:
    assert CLOSING_DATELINE.match(credit)
    assert CLOSING_TAIL.search("…都隔不断我们与祖国的血肉之情。" + credit)
    assert CLOSING_TAIL.search("“请党和人民放心。”" + credit)
    assert not CLOSING_TAIL.search("某国领导人" + credit)  # inside a sentence: a source named, not a credit


@pytest.mark.parametrize("text", ["（新华社记者李四摄）", "（本报记者 王五）", "（据新华社报道）", "（本报讯）"])
def test_other_brackets_are_no_closing_credit(text: str) -> None:
    assert not CLOSING_DATELINE.match(text)


@pytest.mark.parametrize(
    ("lead", "names"),
    [
        ("本报北京12月31日讯记者吴某某报道：", ("吴某某",)),
        ("本报北京12月31日讯新华社记者秦某、本报记者赵某某报道：", ("秦某", "赵某某")),
        ("本报太原2000年12月31日电记者安某报道：", ("安某",)),
        ("据新华社哈瓦那12月30日电（记者郑某某）", ("郑某某",)),
        ("本报北京12月31日讯", ()),
    ],
)
def test_the_place_of_a_dated_lead_is_no_writer(lead: str, names: tuple) -> None:
    # "本报北京12月31日讯": "本报北京" is the paper and the place, not a writer's name.
    assert byline_people(lead)[0] == names
