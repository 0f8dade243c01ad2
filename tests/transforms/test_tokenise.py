"""The explicit tokenizer: dictionaries, whitespace, the fast backend's identity with jieba.posseg."""

from __future__ import annotations

import re

import jieba
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from baozhi.resources import dict_texts
from baozhi.settings import BUNDLED_SAMPLES
from transforms.tokenise import DictionaryError, Tokenizer, agreement, parse_user_dict

# General national news, nothing local: the domain dictionary must not change how these are cut.
GENERAL_NEWS = [
    "国务院总理李克强主持召开国务院常务会议，部署进一步稳定就业的措施。",
    "国家统计局今天发布数据，上半年国内生产总值同比增长百分之五点五。",
    "教育部要求各地做好秋季学期开学准备工作，确保师生安全健康。",
    "北京冬奥会的筹办工作正在有序推进，各项场馆建设基本完成。",
    "致力于志愿服务的青年们在社区开展了垃圾分类宣传活动。",
    "沿江建平台、长江大桥通车，研究生命起源是科学家长期关注的问题。",
    "他们在广东辽宁两地考察了多家企业。",
]


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return str(tmp_path_factory.mktemp("jieba-cache"))


@pytest.fixture(scope="module")
def fast(cache):
    return Tokenizer(dict_texts(), backend="fast", cache_dir=cache)


@pytest.fixture(scope="module")
def reference(cache):
    return Tokenizer(dict_texts(), backend="jieba", cache_dir=cache)


def words(tokenizer, text):
    return [w for w, _ in tokenizer.cut(text)]


@pytest.mark.parametrize("word", ["东辽县", "仙人河", "河长制", "杨木水库", "辽河源镇", "最多跑一次", "市人大常委会"])
def test_dictionary_words_stay_whole(fast, word):
    assert word in words(fast, f"今年以来，{word}的工作取得新进展。")


def test_name_after_post_is_not_glued_to_it(fast):
    assert words(fast, "市委常委、副市长江建平陪同调研")[:6] == ["市委常委", "、", "副", "市长", "江建平", "陪同"]


def test_user_tags_reach_posseg(fast):
    assert dict(fast.cut("东辽县柴伟督察组")) == {"东辽县": "ns", "柴伟": "nr", "督察组": "nt"}


def test_general_news_is_cut_exactly_as_plain_jieba(fast, cache):
    plain = jieba.Tokenizer()  # jieba's default dictionary only, as jieba.lcut uses
    plain.tmp_dir = cache
    for sentence in GENERAL_NEWS:
        assert words(fast, sentence) == plain.lcut(sentence), sentence


def test_whitespace_is_never_a_token(fast):
    pairs = fast.cut("  辽源 日报\n\n 2021年\u3000仙人河\t")
    assert pairs and all(not w.isspace() for w, _ in pairs)
    assert "".join(w for w, _ in pairs) == "辽源日报2021年仙人河"


def test_segment_line(fast):
    assert fast.segment_line("市委书记柴伟深入仙人河") == "市委书记 柴伟 深入 仙人河"
    assert fast.segment_line("东辽县", pos=True) == "东辽县/ns"
    assert fast.segment_line("") == ""


def test_extra_user_dict_takes_effect(cache):
    base = Tokenizer(dict_texts(), cache_dir=cache)
    extra = Tokenizer([*dict_texts(), ("newsroom.txt", "# our words\n鹿鸣湖畔小镇 50 ns\n")], cache_dir=cache)
    assert "鹿鸣湖畔小镇" not in words(base, "走进鹿鸣湖畔小镇")
    assert ("鹿鸣湖畔小镇", "ns") in extra.cut("走进鹿鸣湖畔小镇")


def test_parse_user_dict_skips_comments_and_names_bad_lines():
    entries = parse_user_dict("\ufeff# 注释\n\n东辽县 1000 ns\n河长制\n柴伟 nr\n", "a.txt")
    assert [(e.word, e.freq, e.tag) for e in entries] == [("东辽县", 1000, "ns"), ("河长制", None, None), ("柴伟", None, "nr")]
    with pytest.raises(DictionaryError, match=r"b.txt:2"):
        parse_user_dict("仙人河 500 ns\n仙人河 五百 ns\n", "b.txt")


def test_fast_backend_equals_jieba_posseg_on_the_samples(fast, reference):
    for path in sorted(BUNDLED_SAMPLES.glob("*/*.txt")):
        text = path.read_text(encoding="utf-8")
        ref = reference.cut(text)
        assert agreement(ref, fast.cut(text)) >= 0.995, path.name
        assert fast.cut(text) == ref, path.name  # in fact identical


def test_agreement_counts_spans_and_tags():
    ref = [("市委", "nt"), ("书记", "n"), ("柴伟", "nr")]
    assert agreement(ref, ref) == 1.0
    assert agreement(ref, [("市委书记", "n"), ("柴伟", "nr")]) == pytest.approx(1 / 3)
    assert agreement(ref, [("市委", "n"), ("书记", "n"), ("柴伟", "nr")]) == pytest.approx(2 / 3)


_pieces = st.sampled_from(
    list("辽源市委书记柴伟深入仙人河东辽县的了是在和有人大会议江建平长春")
    + ["2021", "年", "PM2.5", "A", "x", " ", "\n", "，", "。", "、", "(", "%", "-", "+", "_", "#", "9.3", "\u3000"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_pieces, max_size=40).map("".join))
def test_fast_backend_loses_nothing_on_any_text(fast, text):
    assert "".join(w for w, _ in fast.cut(text)) == "".join(text.split())


@settings(max_examples=150, deadline=None)
@given(st.lists(_pieces, max_size=40).map("".join))
def test_fast_backend_equals_jieba_posseg_unless_the_route_ties(fast, reference, text):
    # Known, documented difference: when two routes have exactly equal probability (in practice
    # a run of one repeated character, 源源源), jieba's Python calc keeps the longer first word
    # (源源 源) and jieba_fast's C calc the shorter (源 源源). Everything else is identical.
    assume(not re.search(r"([\u4e00-\u9fff])\1", text))
    assert fast.cut(text) == reference.cut(text)


def test_known_tie_difference_is_only_a_tie(fast, reference):
    assert [w for w, _ in reference.cut("源源源")] == ["源源", "源"]
    assert [w for w, _ in fast.cut("源源源")] == ["源", "源源"]
