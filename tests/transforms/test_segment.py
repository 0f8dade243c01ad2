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
