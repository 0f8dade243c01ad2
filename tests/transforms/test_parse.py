"""parse_issue end to end on synthetic issues of another paper, laid out differently from the samples.

Each issue is written here in full, so what the parser must find is visible next to the text.
"""

from __future__ import annotations

import datetime as dt

import pytest

from transforms.decode import cjk_count
from transforms.model import ParsedIssue
from transforms.papers import slug_from_name
from transforms.parse import parse_issue

SONGYUAN = """\
松原日报

2023年3月15日 星期三 农历二月廿四

第12345期 本期8版

本版编辑:张三

春季植树造林
全市启动春季造林绿化行动
——今年计划完成造林面积5万亩

本报讯(记者 刘洋)3月14日,全市春季造林绿化行动启动仪式在宁江区举行。今年,我市计划完成造林面积5万亩,新建村屯绿化示范点30个。

市林业局负责人介绍,今年的造林任务将重点放在防护林建设和城郊绿化上,确保苗木成活率达到90%以上。

短评:植树不能只看数量

植树造林,功在当代,利在千秋。但有的地方只重栽种、不重管护,年年栽树不见树。植树更要“管树”,让每一棵树都能扎根成林。

各地要建立管护责任制,把成活率纳入考核,真正做到栽一片、活一片、绿一片。

春耕物资供应充足

今年以来,我市农资储备工作有序推进,化肥、种子、农药等春耕物资储备充足,价格总体平稳,能够满足全市春耕生产需要。

转自《人民日报》

做好乡村振兴这篇大文章
——访市农业农村局局长王建国

记者:今年我市乡村振兴工作有哪些重点?

王建国:今年我们将重点抓好粮食生产、产业发展和人居环境整治三项工作,确保粮食产量稳定在80亿斤以上。

记者:在产业发展方面有什么具体举措?

王建国:我们将围绕玉米、水稻、杂粮杂豆等优势产业,打造一批农产品加工园区,让农民更多分享产业增值收益。

(上接第一版)

全市经济运行稳中向好

一季度,全市规模以上工业增加值同比增长6.5%,固定资产投资同比增长12.3%,主要经济指标实现良好开局。
"""


def _parse(text: str, source_file: str = "2023-03-15.txt") -> ParsedIssue:
    result = parse_issue(text.encode("utf-8"), source_file=source_file, default_paper="liaoyuan-daily")
    assert isinstance(result, ParsedIssue), result
    assert result.accounting.balanced, result.accounting
    return result


def test_other_paper_masthead_and_ids() -> None:
    issue = _parse(SONGYUAN)
    assert issue.paper == slug_from_name("松原日报") and issue.paper_name == "松原日报"
    assert issue.issue_id == f"{issue.paper}-2023-03-15"
    assert (issue.issue_date, issue.date_source, issue.weekday) == (dt.date(2023, 3, 15), "masthead", "星期三")
    assert (issue.lunar_date, issue.issue_number, issue.page_count, issue.editor) == ("农历二月廿四", 12345, 8, "张三")
    assert _parse(SONGYUAN, "songyuan-daily/x.txt").issue_id == "songyuan-daily-2023-03-15"


def test_other_paper_articles() -> None:
    got = [(a.kicker, a.headline, a.subtitle, a.byline, a.genre) for a in _parse(SONGYUAN).articles]
    assert got == [
        ("春季植树造林", "全市启动春季造林绿化行动", "今年计划完成造林面积5万亩", "本报讯（记者 刘洋）", "news"),
        (None, "短评：植树不能只看数量", None, None, "commentary"),
        (None, "春耕物资供应充足", None, None, "other"),
        (None, "做好乡村振兴这篇大文章", "访市农业农村局局长王建国", None, "interview"),
        (None, "全市经济运行稳中向好", None, None, "other"),
    ]


def test_reprint_interview_and_continuation() -> None:
    trees, comment, farm, talk, economy = _parse(SONGYUAN).articles
    assert farm.source_outlet == "人民日报" and "转自" not in farm.body
    assert farm.body.startswith("今年以来，我市农资储备") and farm.body.endswith("满足全市春耕生产需要。")
    assert talk.paragraphs[0] == "记者：今年我市乡村振兴工作有哪些重点？"
    assert talk.paragraphs[1].startswith("王建国：") and len(talk.paragraphs) == 4
    assert economy.continued_from == "第一版" and talk.continued_from is None and "上接" not in economy.body
    assert trees.authors == ("刘洋",) and comment.body.startswith("植树造林，功在当代")


@pytest.mark.parametrize("where", ["above", "under"])
def test_continuation_marker_above_or_under_the_headline(where: str) -> None:
    marker, head = "(上接第一版)\n\n", "全市经济运行稳中向好\n\n"
    text = SONGYUAN.replace(marker + head, head + marker) if where == "under" else SONGYUAN
    economy = _parse(text).articles[-1]
    assert (economy.headline, economy.continued_from) == ("全市经济运行稳中向好", "第一版")
    assert economy.body.startswith("一季度，全市规模以上")


def test_short_line_not_echoed_by_the_text_under_it_is_no_headline() -> None:
    # A column split leaves a short half-sentence; the text under it does not repeat its words.
    text = SONGYUAN.replace(
        "各地要建立管护责任制,",
        "安恕镇杏山村五组徐德\n\n仁家的庭院收拾得干干净净。各地要建立管护责任制,",
    )
    comment = _parse(text).articles[1]
    assert "安恕镇杏山村五组徐德仁家的庭院收拾得干干净净。" in comment.body
    assert [a.headline for a in _parse(text).articles][2] == "春耕物资供应充足"


def test_short_kicker_on_the_line_above_a_later_headline_is_kept() -> None:
    # Same block as its headline: a kicker.  ("“创城”在行动" standing alone is a column label.)
    text = SONGYUAN.replace("春耕物资供应充足\n", "春耕备耕\n春耕物资供应充足\n")
    farm = _parse(text).articles[2]
    assert (farm.kicker, farm.headline) == ("春耕备耕", "春耕物资供应充足")
    labelled = _parse(SONGYUAN.replace("春耕物资供应充足\n", "春耕备耕\n\n春耕物资供应充足\n"))
    assert (labelled.articles[2].kicker, labelled.articles[2].headline) == (None, "春耕物资供应充足")
    assert labelled.accounting.chars_furniture - _parse(SONGYUAN).accounting.chars_furniture == 4


XINHUA = """\
人民日报

2023年3月16日 星期四

国务院常务会议部署稳就业工作

新华社北京3月15日电 国务院总理主持召开国务院常务会议,部署进一步做好稳就业工作,要求各地区各部门多措并举扩大就业。

会议指出,就业是最大的民生,要落实落细就业优先政策。(下转第二版)

来源:新华社

评论员文章
稳就业就是稳民生

就业是民生之本。各地要把稳就业摆在更加突出的位置,切实帮助高校毕业生等重点群体就业。
"""


def test_agency_dateline_source_line_and_commentary_after_it() -> None:
    issue = _parse(XINHUA, "x.txt")
    assert (issue.paper, issue.issue_id) == ("peoples-daily", "peoples-daily-2023-03-16")
    news, comment = issue.articles
    assert (news.byline, news.authors, news.genre) == ("新华社北京3月15日电", (), "news")  # 北京 is no author
    assert (news.source_outlet, news.continued_to) == ("新华社", "第二版")
    assert news.body.endswith("要落实落细就业优先政策。") and "来源" not in news.body
    assert (comment.kicker, comment.headline, comment.genre) == ("评论员文章", "稳就业就是稳民生", "commentary")


@pytest.mark.parametrize("byline", ["本报记者 何静", ""])
def test_a_page_without_any_heading_keeps_its_prose(byline: str) -> None:
    text = (
        "2023年3月15日 星期三\n\n" + (f"{byline}\n\n" if byline else "")
        + "入冬以来，供电公司共组织巡检队伍二百六十余支，累计巡视线路四千八百多公里。\n\n"
        "工作人员答复，室内温度低于十八度的，居民可拨打供热服务热线反映。\n"
    )
    result = parse_issue(text.encode("utf-8"), source_file="x/2023-03-15.txt", default_paper="d")
    assert isinstance(result, ParsedIssue) and result.accounting.balanced
    (only,) = result.articles
    assert only.headline == "" and "累计巡视线路" in only.body and "居民可拨打" in only.body
    assert result.accounting.chars_in_articles >= 60


def test_a_page_of_a_few_short_lines_is_still_furniture() -> None:
    result = parse_issue("2023年3月15日 星期三\n\n图片新闻\n\n天气晴好\n".encode("utf-8"), source_file="x/a.txt", default_paper="d")
    assert isinstance(result, ParsedIssue) and result.articles == ()


def test_an_exception_in_a_stage_is_raised_not_turned_into_a_rejection(monkeypatch):
    """A bug is not bad input: no catch-all may turn it into a Rejection (the run marks the
    file failed, with the traceback, and retries it)."""
    import pytest

    import transforms.parse as parse_mod

    def broken_decode(data):
        raise RuntimeError("a bug in decode")

    monkeypatch.setattr(parse_mod, "decode", broken_decode)
    with pytest.raises(RuntimeError, match="a bug in decode"):
        parse_mod.parse_issue("本报讯 一段新闻。".encode(), source_file="x.txt", default_paper="liaoyuan-daily")



BRIEFS = """\
人民日报
2023年3月16日 星期四

体育简讯

本报桂林3月15日电（记者 李中文）第九届全国象棋冠军赛今天进行了男子组第三轮赛事，参赛的三十二名棋手分在八个小组。

按照赛程，男子组比赛将持续到本月二十日，前八名进入决赛阶段。

本报香港3月15日电（记者 陶世安）亚洲杯乒乓球赛小组赛昨日在这里进行了最后一轮较量。

新华社北京3月15日电 国家体育总局今天公布了新一批运动员技术等级。
"""


def test_a_brief_joining_a_story_keeps_its_own_lead_and_reporters() -> None:
    # Headless items under one column title: the first lead is the story's byline; a later one
    # stays in the text as printed (its place is a place of the story, not furniture) and its
    # reporters join the story's.
    issue = _parse(BRIEFS, "x.txt")
    (story,) = issue.articles
    assert story.headline == "体育简讯" and story.byline == "本报桂林3月15日电（记者 李中文）"
    assert story.authors == ("李中文", "陶世安")
    assert story.paragraphs[0].startswith("第九届全国象棋冠军赛")
    assert story.paragraphs[2].startswith("本报香港3月15日电（记者 陶世安）亚洲杯")
    assert story.paragraphs[3].startswith("新华社北京3月15日电") and "国家体育总局" in story.paragraphs[3]
    assert issue.accounting.chars_furniture == cjk_count("人民日报 2023年3月16日 星期四")  # the masthead only
