"""End-to-end parser rules on variations of the samples made here: encodings, moved duplicates,
wedged captions, missing bylines, missing mastheads, another paper, and bytes that are no issue.

Each variation is built from the sample text in the test itself, so what changed is visible.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest

from tests.transforms.conftest import FURNITURE, parse, parse_sample, sample_paths, sample_text, text_fields
from transforms.model import ParsedIssue, Rejection

S002 = "002_8752af011981d324.txt"  # 2021-09-06, masthead, a stranded duplicate fragment
S004 = "004_1ed890315a895296.txt"  # 2021-01-27, masthead, no duplicates

# 002's masthead block, lines 5-24 of the file, exactly as printed.
MASTHEAD_002_FIRST = "吉D微风"
MASTHEAD_002_LAST = "辽源信息港 <http://www.0437.com>"


def _ok(result) -> ParsedIssue:
    assert isinstance(result, ParsedIssue), f"expected a parsed issue, got {result!r}"
    return result


def _parse_text(text: str, source_file: str = "variation.txt", default_paper: str = "liaoyuan-daily") -> ParsedIssue:
    return _ok(parse(text.encode("utf-8"), source_file=source_file, default_paper=default_paper))


def _shape(issue: ParsedIssue) -> list[tuple]:
    """What an issue says, without ids: for "same articles" comparisons."""
    return [
        (a.headline, a.kicker, a.subtitle, a.byline, a.authors, a.photographers, a.genre, a.captions, a.paragraphs)
        for a in issue.articles
    ]


def _by_headline(issue: ParsedIssue, headline: str):
    matches = [a for a in issue.articles if a.headline == headline]
    assert len(matches) == 1, f"{len(matches)} articles headed {headline!r}; headlines: {[a.headline for a in issue.articles]}"
    return matches[0]


def _all_bodies(issue: ParsedIssue) -> str:
    return "\n".join(a.body for a in issue.articles)


def _replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, f"variation anchor found {text.count(old)}x: {old[:30]!r}"
    return text.replace(old, new)


def _without_masthead(text: str) -> str:
    start = text.index(MASTHEAD_002_FIRST)
    end = text.index(MASTHEAD_002_LAST) + len(MASTHEAD_002_LAST)
    return text[:start] + text[end:]


# --- encodings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "encode", "encoding"),
    [
        ("gb18030", lambda t: t.encode("gb18030"), "gb18030"),
        ("utf-8 BOM + CRLF", lambda t: t.replace("\n", "\r\n").encode("utf-8-sig"), "utf-8-sig"),
        ("utf-16", lambda t: t.encode("utf-16"), "utf-16"),
    ],
)
@pytest.mark.parametrize("name", [S002, S004])
def test_reencoded_issue_gives_the_same_articles(name: str, label: str, encode, encoding: str) -> None:
    reference = _ok(parse_sample(name))
    again = _ok(parse(encode(sample_text(name)), source_file=name, default_paper="liaoyuan-daily"))
    assert again.encoding == encoding, f"{label}: recorded encoding {again.encoding!r}"
    assert reference.encoding == "utf-8"
    assert _shape(again) == _shape(reference), f"{label}: articles differ from the UTF-8 parse"
    assert (again.issue_id, again.issue_date, again.issue_number) == (
        reference.issue_id,
        reference.issue_date,
        reference.issue_number,
    )
    assert again.accounting == reference.accounting


def test_truncated_utf8_still_decodes_as_utf8() -> None:
    data = sample_text(S004).encode("utf-8")
    last_lead = max(i for i, byte in enumerate(data) if byte >= 0xC0)  # lead byte of the last ideograph
    truncated = data[: last_lead + 2]  # two of its three bytes: a character cut in two
    with pytest.raises(UnicodeDecodeError):
        truncated.decode("utf-8")
    issue = _ok(parse(truncated, source_file=S004))
    assert issue.encoding == "utf-8"
    assert issue.issue_date == dt.date(2021, 1, 27)
    assert "东丰县完成首批重点人群新冠疫苗接种工作" in [a.headline for a in issue.articles]


# --- bytes that are no issue -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "data", "reason"),
    [
        ("empty", b"", "empty file"),
        ("whitespace", b" \n\t\r\n   \n", "empty file"),
        ("NUL-filled", b"\x00" * 4096, "binary content"),
        ("random binary", random.Random(20210906).randbytes(8192), "binary content"),
    ],
)
def test_not_an_issue_is_a_rejection_with_a_reason(label: str, data: bytes, reason: str) -> None:
    result = parse(data, source_file="x.txt")
    assert isinstance(result, Rejection), f"{label}: {result!r}"
    assert result.reason == reason, f"{label}: reason {result.reason!r} ({result.detail!r})"


def test_invalid_in_every_encoding_is_not_decodable() -> None:
    # 0x81 0x20 is no GB18030 sequence and no UTF-8 either; no NULs, so not "binary".
    data = "本报讯 记者从市里获悉，".encode("utf-8") * 20 + b"\x81\x20\x81\x20" + "今年以来".encode("utf-8") * 20
    result = parse(data, source_file="x.txt")
    assert isinstance(result, Rejection), repr(result)
    assert result.reason.startswith("not decodable"), result


# --- repair: duplicates, captions ------------------------------------------------------------

OWN_PARAGRAPH = "李兆宇一行先后深入北寿街道辖区内的八千米楼"  # from 002's 晨检 article
CHENJIAN = "市领导晨检「走遍辽源」 环境整治「走遍辽源」"
CHANYE = "我市召开产业工人队伍建设改革推进会"


def _paragraph_of(text: str, start: str) -> str:
    line = next(line for line in text.split("\n") if line.startswith(start))
    return line


@pytest.mark.parametrize(
    ("where", "anchor"),
    [
        ("right after itself", OWN_PARAGRAPH),
        ("later, inside another article", "市委副书记、市产改协调领导小组组长台培青出席会议并讲话。"),
        ("earlier, inside another article", "副市长徐晖,市政府办、市生态环境局"),
    ],
    ids=["after-itself", "later-elsewhere", "earlier-elsewhere"],
)
def test_moved_duplicate_paragraph_is_kept_once_in_its_own_article(where: str, anchor: str) -> None:
    text = sample_text(S002)
    duplicate = _paragraph_of(text, OWN_PARAGRAPH)
    anchor_line = _paragraph_of(text, anchor) if anchor != OWN_PARAGRAPH else duplicate
    varied = _replace_once(text, anchor_line + "\n", anchor_line + "\n\n" + duplicate + "\n")
    base = _ok(parse_sample(S002))
    issue = _parse_text(varied, source_file=S002)
    assert _all_bodies(issue).count(OWN_PARAGRAPH) == 1, f"{where}: duplicate kept"
    holders = [a.headline for a in issue.articles if OWN_PARAGRAPH in a.body]
    assert holders == [CHENJIAN], f"{where}: the paragraph left its own article for {holders}"
    assert issue.duplicates_dropped == base.duplicates_dropped + 1
    assert issue.accounting.balanced
    assert issue.accounting.chars_duplicate > base.accounting.chars_duplicate
    assert [a.headline for a in issue.articles] == [a.headline for a in base.articles]


DONGFENG = "东丰县完成首批重点人群新冠疫苗接种工作"
SPLIT_FIRST = "抽调78名经过培训的预防"  # 004 line 60 ends here, line 62 goes on 接种人员…


@pytest.mark.parametrize(
    ("caption", "photographer"),
    [
        ("1月25日，东丰县医务人员在接种点为一线重点人群接种新冠疫苗。图为接种现场。", None),
        ("本报记者 于志 摄", "于志"),
    ],
)
def test_caption_between_the_halves_of_a_split_sentence(caption: str, photographer: str | None) -> None:
    text = sample_text(S004)
    varied = _replace_once(text, SPLIT_FIRST + "\n\n", SPLIT_FIRST + "\n\n" + caption + "\n\n")
    article = _by_headline(_parse_text(varied, source_file=S004), DONGFENG)
    assert "抽调78名经过培训的预防接种人员" in article.body, "split sentence not joined across the caption"
    assert caption in article.captions, f"captions: {article.captions}"
    assert caption not in article.body
    if photographer:
        assert photographer in article.photographers


def test_caption_wedged_in_the_sample_is_a_caption_and_the_sentence_joined() -> None:
    # 000 prints 图为柴伟… between "…特色产品,广泛" and "挖掘与绍兴合作潜力…".
    issue = _ok(parse_sample("000_0da2c49996d6d99d.txt"))
    bodies = _all_bodies(issue)
    assert "广泛挖掘与绍兴合作潜力" in bodies
    assert "图为柴伟率队考察宝业集团智能家居项目" not in bodies
    captions = [c for a in issue.articles for c in a.captions]
    assert any("图为柴伟率队考察宝业集团智能家居项目" in c for c in captions), captions


# --- headlines and bylines -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headline", "byline_text", "kept_body"),
    [
        (DONGFENG, "本报讯(记者 于志)", "1月25日,记者从东丰县卫生健康局获悉"),
        ("抓实党支部质量提升 打造坚强战斗堡垒", "本报记者 张莹莹\n", "“党支部工作联系点工作启动对接以来"),
    ],
)
def test_headline_without_byline_is_still_an_article(headline: str, byline_text: str, kept_body: str) -> None:
    text = sample_text(S004)
    base = _ok(parse_sample(S004))
    issue = _parse_text(_replace_once(text, byline_text, ""), source_file=S004)
    article = _by_headline(issue, headline)
    assert article.byline is None
    assert article.authors == ()
    assert kept_body.replace(",", "，") in article.body
    assert [a.headline for a in issue.articles] == [a.headline for a in base.articles]


# --- masthead removed: the date comes from the path, never the (absent) masthead -------------


@pytest.mark.parametrize("source_file", ["2021-09-06.txt", "lyrb_20210906.txt", "liaoyuan-daily/2021-09-06.txt"])
def test_no_masthead_date_from_file_name(source_file: str) -> None:
    base = _ok(parse_sample(S002))
    issue = _parse_text(_without_masthead(sample_text(S002)), source_file=source_file)
    assert (issue.issue_date, issue.date_source) == (dt.date(2021, 9, 6), "path")
    assert issue.paper == "liaoyuan-daily"
    assert issue.issue_number is None and issue.page_count is None and issue.weekday is None
    assert [a.headline for a in issue.articles] == [a.headline for a in base.articles]


def test_no_masthead_no_date_in_name_is_never_masthead() -> None:
    issue = _parse_text(_without_masthead(sample_text(S002)), source_file="page-one.txt")
    assert issue.date_source in ("inferred", "unknown")
    if issue.date_source == "unknown":
        assert issue.issue_date is None
    else:
        assert issue.issue_date is not None
    assert issue.issue_number is None


def test_masthead_date_wins_over_file_name() -> None:
    issue = _ok(parse(sample_text(S002).encode("utf-8"), source_file="2020-01-01.txt", default_paper="liaoyuan-daily"))
    assert (issue.issue_date, issue.date_source) == (dt.date(2021, 9, 6), "masthead")


# --- another paper ---------------------------------------------------------------------------

SHAOXING = """\


绍兴日报

SHAO XING RI BAO

2022年3月15日 星期二
壬寅年二月十三

总第21345期 今日8版

国内统一刊号:CN33-0001 E-mail:sxrb@example.com

设计制作:周晓

中共绍兴市委主管主办 绍兴日报社出版

新闻热线:0575-85131234

春耕备耕正当时

市委召开常委会会议 研究部署春季农业生产

本报讯(记者 陈静)3月14日,市委召开常委会会议,研究部署春季农业生产工作。会议强调,要压实粮食安全责任,抓好春播春管,确保全年粮食播种面积稳定。

会议指出,各地要加强农资供应保障,做好农田水利设施检修,及时发布农业气象信息,帮助农户抢抓农时。

越城区启动老旧小区改造工程

本报讯(记者 王立新)今年以来,越城区启动新一轮老旧小区改造,计划改造小区32个,惠及居民1.2万户。改造内容包括管网更新、外墙修缮和加装电梯。

区住建局负责人介绍,改造工程将于年底前全部完工。

柯桥区举办春季招聘会

本报讯(记者 孙梅)3月13日,柯桥区春季招聘会在区人力资源市场举行,共有120家企业提供岗位3000余个。
"""


def test_another_paper_gets_its_own_slug_and_metadata() -> None:
    issue = _parse_text(SHAOXING, source_file="2022-03-15.txt", default_paper="liaoyuan-daily")
    assert issue.paper != "liaoyuan-daily"
    assert "shaoxing" in issue.paper
    assert issue.paper_name == "绍兴日报"
    assert (issue.issue_date, issue.date_source) == (dt.date(2022, 3, 15), "masthead")
    assert issue.weekday == "星期二"
    assert issue.lunar_date == "壬寅年二月十三"
    assert (issue.issue_number, issue.page_count, issue.editor) == (21345, 8, "周晓")
    assert issue.issue_id.startswith(issue.paper) and issue.issue_id.endswith("2022-03-15")
    got = [(a.kicker, a.headline, a.byline, a.authors) for a in issue.articles]
    assert got == [
        ("春耕备耕正当时", "市委召开常委会会议 研究部署春季农业生产", "本报讯（记者 陈静）", ("陈静",)),
        (None, "越城区启动老旧小区改造工程", "本报讯（记者 王立新）", ("王立新",)),
        (None, "柯桥区举办春季招聘会", "本报讯（记者 孙梅）", ("孙梅",)),
    ]
    first, second, third = issue.articles
    assert first.body.startswith("3月14日，市委召开常委会会议")
    assert first.body.endswith("帮助农户抢抓农时。")
    assert second.body.endswith("改造工程将于年底前全部完工。")
    assert third.body.startswith("3月13日，柯桥区春季招聘会")
    assert all(a.genre == "news" for a in issue.articles)
    for article in issue.articles:
        for field, value in text_fields(article).items():
            for furniture in (*FURNITURE, "SHAO XING", "设计制作", "总第21345期"):
                assert furniture not in value, f"{article.headline}: {field} holds {furniture!r}"
    assert issue.accounting.balanced
    assert issue.accounting.chars_furniture > 0


# --- furniture never inside an article -------------------------------------------------------


@pytest.mark.parametrize("path", sample_paths(), ids=lambda p: p.stem)
def test_no_furniture_inside_articles(path) -> None:
    issue = _ok(parse_sample(path.name))
    found = [
        f"article {a.seq} {field}: {furniture!r}"
        for a in issue.articles
        for field, value in text_fields(a).items()
        for furniture in FURNITURE
        if furniture in value
    ]
    assert not found, "\n".join(found)
