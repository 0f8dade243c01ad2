"""The explicit tokenizer: dictionaries, whitespace, the fast backend's identity with jieba.posseg."""

from __future__ import annotations

import re
from pathlib import Path

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
    "国家统计局今天发布数据，上半年国内生产总值同比增长百分之五点三。",
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


@settings(max_examples=200, deadline=None)
@given(st.lists(_pieces, max_size=40).map("".join))
def test_fast_backend_equals_jieba_posseg_on_any_text(fast, reference, text):
    assert fast.cut(text) == reference.cut(text)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.lists(_pieces, max_size=30).map("".join), max_size=8))
def test_cutting_many_texts_at_once_equals_one_at_a_time(fast, reference, texts):
    assert fast.cut_many(texts) == [reference.cut(t) for t in texts]


def test_route_ties_are_broken_as_jieba_breaks_them(fast, reference):
    # Two routes with exactly equal probability: jieba keeps the longer first word (max((p, x))).
    for text, words in [("源源源", ["源源", "源"]), ("手牵着手", ["手牵着", "手"])]:
        assert [w for w, _ in reference.cut(text)] == words
        assert fast.cut(text) == reference.cut(text)


# Written to look like real national and international news (not copied from any corpus): names
# of people and places the dictionaries lack, foreign names with ·, numbers in every notation,
# full-width digits, percentages, Latin acronyms, dates and quotations. These make the many short
# out-of-dictionary runs that go through the POS-HMM, and the number/letter pieces around them.
REAL_LIKE = [
    "新华社北京１２月３１日电（记者吴坤胜）国家主席江泽民今天发表二○○一年新年贺词。",
    "据统计，1998年全省粮食总产量达到2135.6万吨，比上年增长8.7%，创历史最高水平。",
    "联合国秘书长安南在纽约会见了巴勒斯坦过渡管理机构主席阿拉法特。",
    "阿卜杜拉·本·阿齐兹王储说，沙特愿同中国加强在石油领域的合作。",
    "瓦西里斯的船只中有40％驶往东亚，每个月几乎都有三四艘船停泊中国码头。",
    "中国足协副主席郎效农、国家队主教练米卢蒂诺维奇出席了新闻发布会。",
    "在IBM、HP和NEC等公司的帮助下，该校建成了覆盖全校的ATM校园网。",
    "黑龙江省佳木斯市郊区长发镇农民刘玉贵去年养猪收入3万余元。",
    "“我们一定要把这件事办好！”老人拉着记者的手说。",
    "本报讯记者邹声文、实习生黄婷婷报道：第十届全国人大常委会第五次会议今天闭幕。",
    "截至11月底，全市已有127家企业通过ISO9001质量体系认证，占规模以上企业的三分之一。",
    "欧盟15国外长21日在布鲁塞尔举行会议，讨论科索沃问题。",
    "西藏自治区党委书记郭银虎在横幅上签了名。",
    "赵、钱、孙、李四位老师傅分别获得“五一劳动奖章”。",
    "PM2.5浓度同比下降12.3微克/立方米，优良天数比例为87.1%。",
    "他说：“这是一个历史性的时刻”。——摘自《人民日报》1999年10月1日第1版",
]


def test_fast_backend_equals_jieba_posseg_on_real_like_news(fast, reference):
    for sentence in REAL_LIKE:
        assert fast.cut(sentence) == reference.cut(sentence), sentence
    text = "\n".join(REAL_LIKE)  # and as one text: blocks, whitespace and lines together
    assert fast.cut(text) == reference.cut(text)


def test_words_of_blocks_routed_in_many_passes_are_jieba_posseg(fast, reference, monkeypatch):
    # The blocks of a batch are routed in passes of about ROUTE_CHARS characters, and each pass
    # finds its words and its runs of single characters (jieba's buf) on its own: passes of a few
    # blocks, so that runs, dictionary-word runs ("的了" is not one, "人大" is) and HMM runs meet
    # the passes' edges and the blocks' edges everywhere.
    import transforms.posseg_fast as posseg_fast

    texts = REAL_LIKE + ["的了是在和有人大，江建平长春。", "柴伟2021年PM2.5的了", "了", "，。"]
    for chars in (1, 7, 40, 10_000):
        monkeypatch.setattr(posseg_fast, "ROUTE_CHARS", chars)
        assert fast.cut_many(texts) == [reference.cut(t) for t in texts], chars


# The shared real-text corpus sits beside the checkout (../shared/corpora), a worktree or two up.
SIGHAN = next((p / "shared" / "corpora" / "sighan2005-news" for p in Path(__file__).resolve().parents
               if (p / "shared" / "corpora" / "sighan2005-news").is_dir()), Path("../shared/corpora/sighan2005-news"))


@pytest.mark.skipif(not SIGHAN.is_dir(), reason=f"real news text (../shared/corpora/sighan2005-news) not present")
def test_fast_backend_is_jieba_posseg_on_real_news(fast, reference):
    """Every line of the SIGHAN 2005 test texts (read from the shared corpus, never copied), cut
    in batches of a few hundred lines as a worker cuts an issue's texts, and every 70th line one at
    a time: identical to jieba.posseg, line for line (ties and unknown-word runs included)."""
    lines = [ln for f in sorted(SIGHAN.glob("*.txt")) for ln in f.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 5000
    expected = [reference.cut(line) for line in lines]
    got = [pairs for at in range(0, len(lines), 300) for pairs in fast.cut_many(lines[at : at + 300])]
    mismatched = [line for line, a, b in zip(lines, got, expected) if a != b]
    assert not mismatched, mismatched[:3]
    for line, pairs in zip(lines[::70], expected[::70]):
        assert fast.cut(line) == pairs, line


def test_a_second_tokenizer_loads_the_built_dictionaries_from_the_cache(tmp_path):
    built = Tokenizer(dict_texts(), cache_dir=str(tmp_path))
    cached_files = sorted(tmp_path.glob("baozhi-tokenizer-*.marshal"))
    assert len(cached_files) == 1
    loaded = Tokenizer(dict_texts(), cache_dir=str(tmp_path))
    assert loaded.cut(REAL_LIKE[2]) == built.cut(REAL_LIKE[2])
    assert loaded._jieba is None  # the fast backend loaded arrays only, never jieba's dicts
    assert loaded.jieba.FREQ == built.jieba.FREQ and loaded.jieba.total == built.jieba.total
    assert loaded.posseg.word_tag_tab == built.posseg.word_tag_tab
    assert loaded.user_words == built.user_words
    for sentence in REAL_LIKE:
        assert loaded.cut(sentence) == built.cut(sentence)
    assert [(p.word, p.flag) for p in loaded.posseg.cut(REAL_LIKE[0])] == [(p.word, p.flag) for p in built.posseg.cut(REAL_LIKE[0])]
    # Another user dictionary is another cache entry, never the first one's dictionaries.
    extra = Tokenizer([*dict_texts(), ("newsroom.txt", "鹿鸣湖畔小镇 50 ns\n")], cache_dir=str(tmp_path))
    assert len(list(tmp_path.glob("baozhi-tokenizer-*.marshal"))) == 2
    assert ("鹿鸣湖畔小镇", "ns") in extra.cut("走进鹿鸣湖畔小镇")
    assert "鹿鸣湖畔小镇" not in loaded.jieba.FREQ


def test_an_unreadable_cache_file_is_rebuilt(tmp_path):
    Tokenizer(dict_texts(), cache_dir=str(tmp_path))
    (cached,) = tmp_path.glob("baozhi-tokenizer-*.marshal")
    cached.write_bytes(b"not marshal")
    again = Tokenizer(dict_texts(), cache_dir=str(tmp_path))
    assert again.cut("东辽县柴伟督察组") == [("东辽县", "ns"), ("柴伟", "nr"), ("督察组", "nt")]
    assert cached.read_bytes() != b"not marshal"


# A newsroom's own dictionary (made up): words with a tag jieba lacks or gives otherwise (记 is n in
# jieba), a word without a tag, words forced apart (freq 0: 市长, 长江大桥), a word that is only a
# prefix in jieba (鹿鸣). The texts around them have names and runs jieba's dictionary does not know.
NEWSROOM = "某某县 800 ns\n张三丰 nr\n鹿鸣湖畔小镇 50 ns\n鹿鸣 30\n巡河员 20\n长江大桥 0\n市长 0\n记 5 v\n"
NEWSROOM_TEXTS = [
    "某某县县长张三丰在鹿鸣湖畔小镇调研河长制，看望巡河员王小二、李四喜。",
    "南京市长江大桥上车流不息，市长江某某说：“记下来，明天再议。”",
    "鹿鸣小学的赵钱孙李周吴郑王八位同学获得一等奖，奖金共计3.5万元。",
    "阿卜杜拉·本·哈桑一行抵达某某县，考察了PM2.5监测站。",
    "记 记者 记一记 长江 大桥 鹿鸣湖 湖畔",
]


def test_fast_backend_equals_jieba_posseg_with_a_newsroom_dictionary(tmp_path):
    texts = [*dict_texts(), ("newsroom.txt", NEWSROOM)]
    built = Tokenizer(texts, cache_dir=str(tmp_path))  # builds and caches
    loaded = Tokenizer(texts, cache_dir=str(tmp_path))  # arrays from the cache
    reference = Tokenizer(texts, backend="jieba", cache_dir=str(tmp_path))
    for text in NEWSROOM_TEXTS:
        expected = reference.cut(text)
        assert built.cut(text) == expected, text
        assert loaded.cut(text) == expected, text
    assert loaded.cut_many(NEWSROOM_TEXTS) == [reference.cut(t) for t in NEWSROOM_TEXTS]
    assert loaded._jieba is None  # cutting never needed jieba's dicts
    pairs = loaded.cut_many(NEWSROOM_TEXTS)
    assert ("张三丰", "nr") in pairs[0] and ("某某县", "ns") in pairs[0] and ("记", "v") in pairs[4]
    assert "长江大桥" not in dict(pairs[1]) and "市长" not in dict(pairs[1])
