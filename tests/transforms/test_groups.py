"""transforms.groups: pieces printed under one group title take it as their kicker."""

from __future__ import annotations

import pytest

from tests.transforms.pages import parse_page

BEFORE = (
    "一渠清水润良田\n本报记者 钱多\n"
    "清晨的田埂上，村民们正忙着疏通水渠，渠水哗哗地流进麦田，灌溉季节的西河村格外热闹。\n"
)
# Each piece its own text (a paragraph printed twice would be dropped as an extraction copy).
PROSE = "某某街道的早市开张了，摊主们忙着摆货，居民们拎着菜篮子挑选新鲜蔬菜。"
MORE = "说起这些年的变化，老住户们都有说不完的话题，大家纷纷为家门口的新气象点赞。"
OTHER = "某县的老茶农张三今年添了新设备，采茶、制茶都比往年省力，收入也跟着涨了。"
THIRD = "傍晚时分，某某村的文化广场上热闹起来，村民们跳起广场舞，孩子们追逐嬉戏。"


def _heads(body: str, gap: str = "\n\n") -> list[tuple[str | None, str]]:
    return [(a.kicker, a.headline) for a in parse_page(body, gap).articles]


# A standing column's label over pieces signed by writers: a bare name, a post and a name.
@pytest.mark.parametrize(
    ("label", "writers"),
    [
        ("纵横", ("张三丰", "李小四", "王五一")),
        ("来论", ("某某大学教授  赵六", "某某研究院研究员  钱七", "某某中学教师  孙八")),
        ("心声", ("青年学者  周九", "青年企业家  吴十", "大学生  郑十一")),
        ("夜读札记", ("赵明", "钱亮", "孙华")),
    ],
)
def test_a_column_label_over_signed_pieces_is_every_piece_s_kicker(label: str, writers: tuple[str, ...]) -> None:
    body = f"""{label}
小吃摊里有大学问
{writers[0]}
{PROSE}
{MORE}
老手艺遇上新消费
{writers[1]}
{OTHER}
把好事办到群众心坎上
{writers[2]}
{THIRD}"""
    assert _heads(body) == [
        (label, "小吃摊里有大学问"), (label, "老手艺遇上新消费"), (label, "把好事办到群众心坎上"),
    ]


@pytest.mark.parametrize("label", ["乡风文明树新风（某某视线·推进移风易俗（中））", "守护乡愁  留住乡韵"])
def test_a_package_title_over_pieces_signed_at_their_end_is_every_piece_s_kicker(label: str) -> None:
    # Readers' letters under a package's title (its column tag with a series' part in it, or
    # parallel phrases), each signed at its end with a place and a name.
    body = BEFORE + f"""{label}
红白事简办  乡亲们点赞
{PROSE}
{MORE}
河北某某县  王小五
邻里帮一把  喜事不铺张
{OTHER}
山西某某市  赵小六"""
    printed = " ".join(label.split())  # spaces between phrases come out as one
    assert _heads(body)[1:] == [(printed, "红白事简办 乡亲们点赞"), (printed, "邻里帮一把 喜事不铺张")]


# An editors' note's package: its title, the note, the editors' signature, two reporters' pieces.
PACKAGE_OPENING = f"""这片土地值得奔赴
前不久，我们向在基层工作的青年发起征稿，请他们讲讲扎根基层的故事。
——编  者
扎根边疆，书写青春
本报记者  张  三
{PROSE}"""
PACKAGE = f"""{PACKAGE_OPENING}
在基层找到方向
本报记者  李  四
{OTHER}"""


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_an_editors_note_s_title_is_the_kicker_of_the_pieces_under_it(gap: str) -> None:
    # "某某值得奔赴" / note / "——编  者" / pieces with reporters' bylines: the package's title.
    body = PACKAGE
    heads = _heads(body, gap)
    assert heads[-2:] == [("这片土地值得奔赴", "扎根边疆，书写青春"), ("这片土地值得奔赴", "在基层找到方向")]


@pytest.mark.parametrize(
    ("kicker", "writer"),
    [
        ("某县推出便民新举措——", "本报记者  王  五"),  # a reporter's story and its statement
        ("某某县今年新建十座社区食堂", "王五一"),  # a statement over a writer's piece: no group's name
    ],
)
def test_a_story_s_own_kicker_opens_no_group(kicker: str, writer: str) -> None:
    # A story with a kicker of its own, then a commentary signed by its writer: the commentary
    # has no kicker (a story's kicker says something of that story only).
    body = f"""{kicker}
社区食堂开到家门口
{writer}
{PROSE}
{MORE}
让好政策落到实处
赵  六
{OTHER}"""
    assert _heads(body) == [(kicker, "社区食堂开到家门口"), (None, "让好政策落到实处")]


@pytest.mark.parametrize(
    ("title", "writer"),
    [
        ("让好政策落到实处（人民时评）", "赵六一"),  # a column tag closes a story's own title
        ("让好政策落到实处", "本报记者  赵  六"),  # another kind of writer: a reporter's story
    ],
)
def test_a_group_ends_at_a_story_printed_otherwise(title: str, writer: str) -> None:
    body = f"""纵横
小吃摊里有大学问
张三丰
{PROSE}
{MORE}
{title}
{writer}
{OTHER}"""
    assert _heads(body) == [("纵横", "小吃摊里有大学问"), (None, title)]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_dispatch_after_the_pieces_and_the_package_credit_end_the_group(gap: str) -> None:
    # An editors' note over reporters' pieces; a dispatch from elsewhere ("本报某地…电") is another
    # story, and the package's credit line under a piece closes the package.
    body = PACKAGE + f"""
本期统筹：赵小五  钱小六
社区食堂开到家门口
本报记者  王  五
{THIRD}
某市推出便民服务新举措
本报某地3月8日电（记者 孙八）  {MORE}"""
    heads = _heads(body, gap)
    assert heads[1:] == [
        ("这片土地值得奔赴", "扎根边疆，书写青春"), ("这片土地值得奔赴", "在基层找到方向"),
        (None, "社区食堂开到家门口"), (None, "某市推出便民服务新举措"),
    ]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_dispatch_after_reporters_pieces_is_no_piece(gap: str) -> None:
    # Pieces signed "本报记者 …"; a dispatch signed with its dateline ("本报某地3月8日电") is a
    # news story of its own, printed after the package.
    body = f"""{PACKAGE_OPENING}
某市推出便民服务新举措
本报某地3月8日电（记者 孙八）  {MORE}"""
    assert _heads(body, gap)[1:] == [("这片土地值得奔赴", "扎根边疆，书写青春"), (None, "某市推出便民服务新举措")]
