"""bench.textlayout: plain text (one paragraph or headline a line) laid out as issue files."""

from __future__ import annotations

import datetime as dt

from bench.textlayout import Masthead, layout, looks_like_headline, main, split_articles
from transforms.parse import parse_issue
from transforms.model import ParsedIssue

TEXT = """\
城市绿地面积逐年增加
本市今年新建公园三处，绿地面积比去年增加百分之五。
市民对新公园的评价普遍较好。

女士们，先生们：
这一段不是标题，因为它以冒号结尾的上一行只是称呼。
图片：
（本报记者某某摄）
新学期开学
秋季开学
——记某小学的第一天
孩子们背着书包走进校园，老师在门口迎接。
"""


def test_a_headline_is_short_and_not_a_sentence():
    assert looks_like_headline("城市绿地面积逐年增加")
    assert looks_like_headline("共同创造美好的新世纪——二○○一年新年贺词")
    assert not looks_like_headline("谢谢。")
    assert not looks_like_headline("女士们，先生们：")
    assert not looks_like_headline("图片：")
    assert not looks_like_headline("（二○○○年十二月三十一日）（附图片1张）")
    assert not looks_like_headline("他来到中国。成为第一个访华的大船主")
    assert not looks_like_headline("一" * 40)


def test_articles_keep_every_line_and_group_heading_lines():
    arts = list(split_articles(TEXT.splitlines()))
    assert [a.heading for a in arts] == [
        ("城市绿地面积逐年增加",),
        ("新学期开学", "秋季开学", "——记某小学的第一天"),
    ]
    # the salutation, the note and the caption credit are paragraphs of the first article
    assert "女士们，先生们：" in arts[0].paragraphs and "（本报记者某某摄）" in arts[0].paragraphs
    laid = [x for a in arts for x in (*a.heading, *a.paragraphs)]
    assert laid == [line for line in TEXT.splitlines() if line.strip()]


def test_issues_are_dated_numbered_and_never_split_an_article():
    arts = list(split_articles(TEXT.splitlines())) * 5
    files = layout(arts, start=dt.date(1998, 1, 1), issue_chars=100, masthead=Masthead("人民日报", 500))
    assert [f.name for f in files[:2]] == ["1998-01-01.txt", "1998-01-02.txt"]
    assert [f.number for f in files] == list(range(500, 500 + len(files)))
    assert sum(f.articles for f in files) == len(arts)
    assert files[0].text.startswith("人民日报\n1998年1月1日 星期四\n总第500期 今日4版\n\n")


def test_a_laid_out_issue_parses_with_its_masthead_date_and_paper():
    (issue,) = layout(list(split_articles(TEXT.splitlines())), start=dt.date(1998, 3, 2), issue_chars=10_000)
    parsed = parse_issue(issue.text.encode("utf-8"), source_file=issue.name, default_paper="liaoyuan-daily")
    assert isinstance(parsed, ParsedIssue)
    assert (parsed.paper, parsed.issue_date, parsed.date_source) == ("peoples-daily", dt.date(1998, 3, 2), "masthead")
    assert parsed.issue_number == 18001
    assert any(a.headline == "城市绿地面积逐年增加" for a in parsed.articles)


def test_the_command_writes_the_files(tmp_path, capsys):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(TEXT * 3, encoding="utf-8")
    assert main([str(src), "--out", str(tmp_path / "landing"), "--issue-chars", "150"]) == 0
    written = sorted(p.name for p in (tmp_path / "landing").iterdir())
    assert written and written[0] == "1998-01-01.txt"
    assert f"{len(written)} issue files" in capsys.readouterr().out
