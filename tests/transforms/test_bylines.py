"""Byline, credit and signature rules, each on several printed forms."""

import pytest

from transforms.bylines import BYLINE_LINE, SIGNED_LINE, byline_people, credit_people, names_in


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
    ],
)
def test_byline_forms(line: str, authors: tuple, photographers: tuple) -> None:
    assert BYLINE_LINE.match(line), line
    assert byline_people(line) == (authors, photographers)


@pytest.mark.parametrize("line", ["评论员文章", "文化惠民", "社论：坚定信心", "图说新闻"])
def test_not_bylines(line: str) -> None:
    assert not BYLINE_LINE.match(line)


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
