import datetime as dt
import pytest

from transforms.masthead import is_furniture, read_masthead
from transforms.parse import parse_issue
from transforms.papers import NAME_PATTERN, folder_slug, paper_slug, slug_from_name, slug_from_romanised

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


@pytest.mark.parametrize(
    "dated",
    ["2021年1月12日在某某市第八届人民代表大会第六次会议上", "2021年3月1日起施行", "2018年7月9日至7月23日"],
)
def test_a_dated_heading_line_under_the_page_header_is_no_masthead_date(dated: str) -> None:
    # The page header gives the date; a heading line that opens with its own date and goes on
    # (a speech's 副题, a rule's start) is the piece's, neither the issue's date nor furniture.
    lines = ["01 综合", "", "2021年1月10日 星期日 某某日报", "", "再动员 再部署 再要求", "抢抓机遇 开足马力", dated, "本报记者 王茜"]
    m = read_masthead(lines)
    assert m.issue_date == dt.date(2021, 1, 10) and m.weekday == "星期日"
    assert 6 not in m.furniture


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


def test_other_layout_date_line_with_lunar_and_short_issue_number() -> None:
    m = read_masthead(["松原日报", "", "2023年3月15日 星期三 农历二月廿四", "", "第12345期 本期8版", "本版编辑：张三", "",
                       "春耕物资供应充足", "今年以来，我市农资储备工作有序推进。"])
    assert m.paper_name == "松原日报" and m.issue_date == dt.date(2023, 3, 15) and m.weekday == "星期三"
    assert m.lunar_date == "农历二月廿四"
    assert (m.issue_number, m.page_count, m.editor) == (12345, 8, "张三")
    assert {0, 2, 4, 5} <= m.furniture and 7 not in m.furniture


def test_running_number_wins_over_short_number() -> None:
    m = read_masthead(["第318期", "总第8353期 今日4版", "2021年9月6日 星期一"])
    assert m.issue_number == 8353


def test_unknown_chinese_masthead_name() -> None:
    # Folder first (the operator named the paper), else a stable hash of the printed name.
    assert paper_slug("松原日报", None, "songyuan-daily/2023-03-15.txt", "liaoyuan-daily") == "songyuan-daily"
    slug = paper_slug("松原日报", None, "2023-03-15.txt", "liaoyuan-daily")
    assert slug == slug_from_name("松原日报") and slug.endswith("-daily") and slug != "liaoyuan-daily"
    assert slug_from_name("松原日报") != slug_from_name("白城日报")
    assert slug_from_name("江城晚报").endswith("-evening") and slug_from_name("中国青年报").endswith("-youth")
    assert paper_slug("松原日报", "SONG YUAN RI BAO", "x.txt", "d") == "songyuan-daily"  # romanisation beats a hash


def test_items_ending_in_bao_are_not_paper_names() -> None:
    for line in ("辽源市疫情通报", "喜报", "工作简报"):
        assert not NAME_PATTERN.fullmatch(line), line


def test_issue_number_printed_with_hao() -> None:
    m = read_masthead(["江城晚报", "2022年7月21日 星期四", "总第9876号 今日十二版", "", "标题", "正文是一句话。"])
    assert (m.issue_number, m.page_count) == (9876, 12)
    assert is_furniture("总第9876号")


@pytest.mark.parametrize(
    "line",
    ["天气预报", "今天白天 晴转多云 西南风3到4级 12℃—25℃", "明天 多云 有阵雨 10℃—22℃", "夜间 小雪 -18℃~-9℃",
     "北风4至5级", "人民网网址：http://www.people.com.cn", "www.0437.com", "投稿邮箱：jcwb_news@163.com"],
)
def test_weather_box_url_and_mailbox_lines_are_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line", ["今天最高气温25℃，市民外出注意防晒。", "全市将出现大风降温天气", "网上办事大厅上线运行", "今日天气晴好，适宜出游。"]
)
def test_weather_words_in_prose_are_not_furniture(line: str) -> None:
    assert not is_furniture(line)


@pytest.mark.parametrize(
    "lines",
    [
        ["某某日报 2024年3月9日 星期六", "要闻 2"], ["2024年3月9日 星期六 某某日报", "第02版：要闻"],
        ["要闻 2", "某某日报", "2024年3月9日 星期六"],
    ],
)
def test_page_header_lines_are_furniture_and_name_paper_and_date(lines: list) -> None:
    m = read_masthead([*lines, "", "标题在这里", "本报记者 孔文", "正文是一句话。"])
    assert m.furniture == frozenset(range(len(lines)))
    assert m.paper_name == "某某日报" and m.issue_date == dt.date(2024, 3, 9) and m.weekday == "星期六"


@pytest.mark.parametrize("line", ["本版责编：张三 李四", "本版责编：王五 版式设计：赵六", "责编：孔文"])
def test_staff_credits_at_the_foot_of_a_page_are_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "LIAOYUAN DAILY", "PEOPLE'S DAILY", "JILIN EVENING NEWS", "2021.1.27 星期三", "2021-01-27 星期三", "2021/1/27 周三",
        "二维码", "扫码关注某某日报", "扫一扫 看视频",  # a QR code's label
        # The imprint at the foot of the last page.
        "广告经营许可证：2204004000001", "零售价：1.00元", "月价：30元 年价：360元", "本报地址：某某市人民大街1号",
        "订报热线：0437-3249000", "社长：张三 总编辑：李四", "值班总编：王五", "每周一至周五出版",
    ],
)
def test_a_page_headers_english_name_and_figure_date_are_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "CHINA DAILY 报道称，今年一季度出口增长。", "Daily news", "GDP 5.2%", "2021.1.27", "2021.1.27 星期三，市民们早早来到公园晨练。",
        "扫码支付已经成为市民的习惯。", "二维码成为城市名片",
        "今年的定价：每斤3元", "社长说，今年要扩大规模", "地址：某某市人民大街1号",  # a notice's own box line
    ],
)
def test_prose_with_english_words_or_a_figure_date_is_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_a_page_header_inside_an_issue_stays_out_of_the_stories() -> None:
    # Page 2's header ("LIAOYUAN DAILY" / "第2版" / "2021.1.27 星期三") between two stories.
    text = (
        "辽源日报\n\n2021年1月27日 星期三\n\n总第8205期 今日4版\n\n"
        "东丰县完成首批重点人群新冠疫苗接种工作\n\n本报讯（记者 于志）1月25日，东丰县一线重点人群完成首批接种。\n\n"
        "LIAOYUAN DAILY\n\n第2版\n\n2021.1.27 星期三\n\n"
        "抓实党支部质量提升 打造坚强战斗堡垒\n\n本报记者 张莹莹\n\n“党支部工作联系点启动以来，我从抓实基本制度入手。”\n"
    )
    issue = parse_issue(text.encode(), source_file="liaoyuan-daily/2021-01-27.txt", default_paper="liaoyuan-daily")
    one, two = issue.articles
    assert one.paragraphs[-1].endswith("完成首批接种。") and two.kicker is None
    assert two.headline == "抓实党支部质量提升 打造坚强战斗堡垒" and two.page == "02"


@pytest.mark.parametrize("line", ["2021-01-27 星期三", "2021.1.27 星期三", "2021/01/27 周三"])
def test_a_masthead_date_written_with_figures_before_its_weekday(line: str) -> None:
    m = read_masthead(["辽源日报", "", line, "", "总第8205期 今日4版", "", "某某会议召开，会议总结了阶段成果。"])
    assert m.issue_date == dt.date(2021, 1, 27) and m.weekday == line.split()[-1]


@pytest.mark.parametrize("line", ["2021.1.27", "2021.13.27 星期三", "版本 2021.1.27 星期三 更新说明如下"])
def test_a_figure_date_without_a_weekday_or_impossible_is_no_masthead_date(line: str) -> None:
    assert read_masthead(["辽源日报", "", line, "", "某某会议召开，会议总结了阶段成果。"]).issue_date is None
