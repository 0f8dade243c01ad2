"""Page headers and page labels: what a page prints about itself, and that it is never body text."""

from __future__ import annotations

import datetime as dt

import pytest

from transforms.masthead import read_masthead
from transforms.normalise import normalise
from transforms.pageheader import find_headers, is_page_header, read_edge_header, read_header
from transforms.pages import id_token, missing, page_label, resolve, sort_key
from transforms.papers import PaperRegistry, committed


@pytest.mark.parametrize(
    "text, label",
    [
        ("第二版", "02"), ("第2版", "02"), ("第 02 版", "02"), ("2", "02"), ("02", "02"), ("12版", "12"),
        ("第十二版", "12"), ("A3", "A03"), ("a3版", "A03"), ("第A3版", "A03"), ("B12", "B12"), ("第一百版", None),
        ("2021", None), ("0", None), ("", None), (None, None), ("要闻", None),
    ],
)
def test_page_labels(text, label) -> None:
    assert page_label(text) == label


def test_labels_sort_in_reading_order_and_resolve_within_a_section() -> None:
    labels = ["A02", "12", None, "02", "B01", "A10"]
    assert sorted(labels, key=sort_key) == [None, "02", "12", "A02", "A10", "B01"]
    assert resolve("第3版", "A01") == "A03" and resolve("B2版", "A01") == "B02"
    assert resolve("第三版", "01") == "03" and resolve("第三版", None) == "03" and resolve("下页", "01") is None
    assert id_token("02") == "p02" and id_token("A03") == "pa03"


@pytest.mark.parametrize(
    "line, page, section, paper, date",
    [
        ("要闻 2", "02", "要闻", None, None),
        ("2 要闻", "02", "要闻", None, None),
        ("第2版", "02", None, None, None),
        ("第二版 综合", "02", "综合", None, None),
        ("A2", "A02", None, None, None),
        ("A02版 经济·综合", "A02", "经济·综合", None, None),
        ("教育 05", "05", "教育", None, None),
        ("第2版 要闻 责任编辑：高峰", "02", "要闻", None, None),
        ("第4版 评论 本版责编：张三 李四", "04", "评论", None, None),
        ("03版：文化", "03", "文化", None, None),
        ("人民日报 2025年6月15日 星期日", None, None, "人民日报", dt.date(2025, 6, 15)),
        ("辽源日报 2021年9月6日 第3版", "03", None, "辽源日报", dt.date(2021, 9, 6)),
        ("2025年5月8日 星期四 第6版 要闻", "06", "要闻", None, dt.date(2025, 5, 8)),
        ("10 各地传真 2025年5月8日 星期四", "10", "各地传真", None, dt.date(2025, 5, 8)),
        ("吉林日报 | 2023年3月15日 | 星期三 | A3 | 时政", "A03", "时政", "吉林日报", dt.date(2023, 3, 15)),
    ],
)
def test_headers_are_read(line, page, section, paper, date) -> None:
    h = read_header(normalise(line), committed())
    assert h is not None, line
    assert (h.page, h.section, h.paper_name, h.issue_date) == (page, section, paper, date)
    assert is_page_header(normalise(line))


@pytest.mark.parametrize(
    "line",
    [
        "（下转第2版）", "下转 第2版", "详见第2版", "见A3", "本报讯 记者 王茵", "2025年5月8日 星期四", "总第8353期 今日4版",
        "第12345期 今日8版", "市委书记柴伟在第2版会议上讲话。", "十四五 规划", "全市经济运行稳中向好", "2", "城事播报 06",
        "《人民日报》（2025年05月08日第04版）", "人民日报评论员", "RENMIN RIBAO", "3月5日 星期日", "2021年2月30日 第2版",
    ],
)
def test_lines_that_are_no_header_anywhere(line) -> None:
    assert read_header(normalise(line), committed()) is None, line


def test_looser_forms_only_at_the_edge_of_a_page() -> None:
    assert read_edge_header("2") is not None and read_edge_header("2").page == "02"
    assert read_edge_header("城事播报 06").page == "06"
    lines = ["2", "", "标题一行", "", "正文第一段，讲了一件事。", "3", "正文第二段，又讲了一件事。", "正文第三段。", "正文第四段。", "", "城事播报 06"]
    found = find_headers(lines)
    assert set(found) == {0, 10}  # the "3" in the middle is not at an edge


def test_a_registry_name_without_bao_is_a_paper_name() -> None:
    reg = PaperRegistry.parse([("u.tsv", "cankao-xiaoxi\t参考消息\tCANKAO XIAOXI\tckxx\n")])
    h = read_header("参考消息 2024年1月9日 星期二", reg)
    assert h is not None and h.paper_name == "参考消息"
    assert read_header("参考消息 2024年1月9日 星期二", committed()) is None


PAGE_TWO = """人民日报 2025年6月15日 星期日
第2版 要闻 责任编辑：高峰

春耕物资供应充足

本报北京6月14日电（记者 王茵）今年以来，各地农资储备工作有序推进。

要闻 2
"""


def test_headers_are_furniture_and_name_paper_and_date_when_no_masthead() -> None:
    lines = normalise(PAGE_TWO).split("\n")
    m = read_masthead(lines)
    assert m.paper_name == "人民日报" and m.issue_date == dt.date(2025, 6, 15) and m.weekday == "星期日"
    assert m.editor is None  # the page's editor, not the issue's
    headers = dict(m.headers)
    assert {lines[i] for i in headers} == {"人民日报 2025年6月15日 星期日", "第2版 要闻 责任编辑：高峰", "要闻 2"}
    assert set(headers) <= m.furniture
    assert {h.page for h in headers.values()} == {None, "02"}
    body = [i for i, line in enumerate(lines) if "春耕" in line or "农资" in line]
    assert not set(body) & m.furniture


def test_a_masthead_printed_in_pinyin_only_the_registry_knows() -> None:
    m = read_masthead(["RENMIN RIBAO", "2023年3月6日 星期一", "", "标题", "正文是一句话。"])
    assert m.romanised == "RENMIN RIBAO" and 0 in m.furniture


def test_missing_pages_when_the_masthead_says_how_many() -> None:
    assert missing(("01", "02"), 4) == ("03", "04")
    assert missing(("01", "02", "03", "04"), 4) == ()
    assert missing(("02",), 2) == ("01",)
    assert missing(("01",), None) is None and missing((), 4) is None
    assert missing(("A01", "A02"), 8) is None


@pytest.mark.parametrize("section", ["要闻", "理论", "政治", "文化"])
def test_a_known_section_alone_at_the_top_of_a_page_is_its_header(section: str) -> None:
    lines = ["第13版", section, "某某日报 2024年3月9日 星期六", "", "标题在这里", "本报记者 孔文", "正文是一句话。"]
    assert set(find_headers(lines)) == {0, 1, 2}
    assert read_header(section) is None  # away from the page's edge a lone word is no header


@pytest.mark.parametrize("line", ["18 青春·特别报道", "特别报道·新青年 7", "06 城市·观察", "文艺·副刊 12"])
def test_a_page_name_joined_by_a_middle_dot_is_known_by_either_part(line: str) -> None:
    h = read_header(line)
    assert h is not None and h.page is not None and "·" in h.section


@pytest.mark.parametrize("name", ["民主政治", "周末·人物", "青春派"])
def test_any_page_name_between_a_page_line_and_the_date_line_is_header(name: str) -> None:
    lines = ["第9版", name, "某某日报 2024年3月9日 星期六", "", "标题在这里", "本报记者 孔文", "正文是一句话。"]
    found = find_headers(lines)
    assert set(found) == {0, 1, 2} and found[1].section == name
    # Under a page line but over a title, a short line is the title, not the page's name.
    lines = ["某某日报 2024年3月9日 星期六", "第9版", name, "本报记者 孔文", "正文是一句话。"]
    assert set(find_headers(lines)) == {0, 1}


@pytest.mark.parametrize("line", ["人民日报 2025-5-2 星期五", "人民日报 2025.5.2 星期五", "人民日报 2025/05/02 星期五"])
def test_a_header_date_written_in_figures(line: str) -> None:
    h = read_header(line)
    assert h is not None and h.paper_name == "人民日报" and h.issue_date == dt.date(2025, 5, 2)
