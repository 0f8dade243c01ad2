"""Helper columns and the reviewed POS-tag file."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from expectations import frames, pos_tags

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "liaoyuan-daily"


@pytest.mark.parametrize("keyword,kind", [
    ("2021年", "date"), ("9月3日", "date"), ("30日", "date"), ("星期一", "date"), ("今年", "date"),
    ("十二月", "date"), ("2021", "number"), ("85%", "number"), ("3.5", "number"),
    ("十四五", "word"), ("仙人河", "word"), ("整改", "word"), ("CN22", "word"),
])
def test_keyword_kind(keyword, kind):
    assert frames.keyword_kind(keyword) == kind


@pytest.mark.parametrize("text,found", [
    ("国内统一刊号:CN22-0010", "国内统一刊号"), ("新闻热线:0437-3249118", "新闻热线"),
    ("E-mail:jl_lyrb@126.com", "E-mail"), ("email: a@b.c", "email"), ("辽源信息港", "信息港"),
    ("中共辽源市委主管主办", "主管主办"), ("辽源LIAO YUAN RI BAO", "LIAO YUAN RI BAO"),
    ("市委书记柴伟深入仙人河主城区段", None), ("NBA CBA 比赛", None),
])
def test_furniture_pattern(text, found):
    m = frames.FURNITURE_RE.search(text)
    assert (m.group(0) if m else None) == found
    assert frames.furniture_in(text) == found


@settings(max_examples=300, deadline=None)
@example("联系 E-MAİL: a@b.c")  # (?i) matches "İ" and "ı" for "i"
@example("emaıl")
@example("辽源 LIAO YUAN RI BAO")
@example("LIAO YUAN RI BAOS")  # no match: a letter after BAO
@given(st.text(alphabet=st.sampled_from("刊号国内统一新闻热线信息港主管主办 BAOLIYUNRXeE-maMAiIİılL辽源:\n") | st.characters()))
def test_furniture_hints_never_skip_a_match(text):
    # the hints only skip texts the regex would not match: the same answer on any text
    m = frames.FURNITURE_RE.search(text)
    assert frames.furniture_in(text) == (m.group(0) if m else None)


def test_article_helper_columns():
    articles = pa.table({
        "article_id": ["a1", "a2"], "issue_id": ["i", "i"], "headline": ["标题", None],
        "body": ["第一段落内容很长\n图为\n第一段落内容很长\n图为", "abc def 中文"],  # "图为" too short to count
        "genre": ["news", "news"], "captions": [["图为"], ["不在正文里的图片说明"]],
    })
    df = frames.articles_frame(articles, tokens=None)
    assert df["max_paragraph_repeats"].tolist() == [2, 1]
    assert df["repeated_paragraph"][0] == "第一段落内容很长"
    assert df["captions_in_body"].tolist() == [0, 0]  # captions under 6 characters are ignored
    assert df["cjk_share"][1] == pytest.approx(2 / 8)  # 中文 of abc def 中文
    assert df["headline"].tolist() == ["标题", ""]
    assert df["tokens_found"].isna().all()


def test_cjk_share_counts_letters_not_digits():
    bodies = ["举报电话:0431-12389,0431-82097213\n专门值班电话:0431-83112369",  # a real notice
              "è¾½æº\x90æ\x97¥æ\x8a¥ mojibake of 辽源日报", "2021-09-06 12:00"]
    articles = pa.table({"article_id": ["a", "b", "c"], "issue_id": ["i"] * 3, "headline": ["标题"] * 3,
                         "body": bodies, "genre": ["notice"] * 3, "captions": [[], [], []]})
    share = frames.articles_frame(articles, tokens=None)["cjk_share"].tolist()
    assert share[0] == 1.0 and share[1] < 0.5 and share[2] == 0.0


def test_pos_tag_file_matches_installed_jieba():
    assert pos_tags.load() == frozenset(pos_tags.derive())
    assert pos_tags.POS_TAGS_FILE.read_text(encoding="utf-8") == pos_tags.render(pos_tags.derive())


def test_jieba_tags_on_a_sample_issue_are_all_in_the_reviewed_set():
    import jieba
    import jieba.posseg

    tokenizer = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    text = (SAMPLES / "002_8752af011981d324.txt").read_text(encoding="utf-8")
    tags = {pair.flag for pair in tokenizer.cut(text)}
    assert tags and tags <= pos_tags.load()
    assert {"x", "m", "eng", "nr", "ns"} <= tags
