import datetime as dt

from transforms.masthead import is_furniture, read_masthead
from transforms.papers import folder_slug, paper_slug, slug_from_romanised

FULL = [
    "吉D微风", "", "LIAO YUAN RI BAO", "", "2021年9月6日 星期一", "辛酉年七月三十 八月初一白露", "",
    "总第8353期 今日4版", "", "国内统一刊号：CN22-0010 E-mail:jl_lyrb@126.com", "", "设计制作：胡群诗雪", "",
    "中共辽源市委主管主办 辽源日报社出版", "", "再动员 再部署 再要求", "", "本报讯（记者 王茵）为扎实做好整改工作。",
]


def test_full_masthead() -> None:
    m = read_masthead(FULL)
    assert (m.paper_name, m.romanised) == ("辽源日报", "LIAO YUAN RI BAO")
    assert m.issue_date == dt.date(2021, 9, 6) and m.weekday == "星期一"
    assert m.lunar_date == "辛酉年七月三十 八月初一白露"
    assert (m.issue_number, m.page_count, m.editor) == (8353, 4, "胡群诗雪")
    assert 0 in m.furniture and 15 not in m.furniture and 17 not in m.furniture


def test_partial_masthead_other_paper() -> None:
    m = read_masthead(["SHAO XING WAN BAO", "2019年5月31日 星期五", "", "标题在这里", "正文是一句话。"])
    assert m.paper_name is None and m.issue_date == dt.date(2019, 5, 31) and m.issue_number is None
    assert paper_slug(None, m.romanised, "x/y.txt", "d") == "shaoxing-evening"


def test_no_masthead() -> None:
    m = read_masthead(["绿水青山 冰天雪地", "", "本报记者 王茜", "5月27日，市委书记率团考察。"])
    assert m.issue_date is None and m.paper_name is None and not m.furniture


def test_furniture_anywhere_but_not_prose() -> None:
    assert is_furniture("新闻热线：0437-3249118")
    assert is_furniture("国内统一刊号：CN22-0010")
    assert not is_furniture("记者拨打新闻热线后得知，问题已经解决。")


def test_paper_slugs() -> None:
    assert slug_from_romanised("SHAO XING RI BAO") == "shaoxing-daily"
    assert paper_slug("辽源日报", None, "other/x.txt", "d") == "liaoyuan-daily"
    assert paper_slug(None, None, "liaoyuan-daily/2021-09-06.txt", "d") == "liaoyuan-daily"
    assert paper_slug(None, None, "000_x.txt", "fallback-paper") == "fallback-paper"
    assert folder_slug("000_x.txt") is None
