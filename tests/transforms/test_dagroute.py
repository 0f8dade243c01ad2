"""transforms.dagroute: jieba's DAG + route for many blocks at once, identical to jieba's own."""

from __future__ import annotations

import jieba.posseg
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms import dagroute
from transforms.dagroute import PrefixTable, code_points


@pytest.fixture(scope="module")
def jieba_tokenizer(tk):
    return tk.jieba


@pytest.fixture(scope="module")
def table(tk, jieba_tokenizer):
    return PrefixTable.build(jieba_tokenizer.FREQ, jieba_tokenizer.total, tk.posseg.word_tag_tab)


def jieba_route(tok, block: str) -> list[int]:
    route: dict = {}
    tok.calc(block, tok.get_DAG(block), route)
    return [route[i][1] for i in range(len(block))]


def ours(table, blocks):
    route, starts = table.routes(blocks)
    return [[x - s for x in route[s : s + len(b)]] for b, s in zip(blocks, starts)]


BLOCKS = [
    "党委书记郭银虎在横幅上签了名", "源源源", "手牵着手", "1998年", "PM2", "5浓度同比下降12", "3微克",
    "研究生命起源", "沿江建平台", "长江大桥通车", "我", "ISO9001质量体系认证", "乒乓球拍卖完了",
    "结婚的和尚未结婚的", "阿卜杜拉", "本", "王储说", "南京市长江大桥", "AAAA", "的的的的的的",
]
_han = st.sampled_from(list("源手牵着长江大桥南京市生命研究起源的了是在和有人大会议乒乓球拍卖完结婚尚未阿卜杜拉")
                       + ["1", "9", "A", "x", "_", ".", "+"])


@pytest.mark.parametrize("small", [False, True], ids=["numpy steps", "python loop"])
def test_the_route_is_jiebas_route(table, jieba_tokenizer, monkeypatch, small):
    monkeypatch.setattr(dagroute, "SMALL_STEPS", 10**9 if small else 0)
    assert ours(table, BLOCKS) == [jieba_route(jieba_tokenizer, b) for b in BLOCKS]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(_han, min_size=1, max_size=30).map("".join), min_size=1, max_size=12), st.booleans())
def test_any_blocks_any_path(table, jieba_tokenizer, blocks, small):
    saved = dagroute.SMALL_STEPS
    dagroute.SMALL_STEPS = 10**9 if small else 0
    try:
        assert ours(table, blocks) == [jieba_route(jieba_tokenizer, b) for b in blocks]
    finally:
        dagroute.SMALL_STEPS = saved


def test_the_table_survives_the_cache_form(table):
    again = PrefixTable.from_arrays(table.to_arrays())
    assert ours(again, BLOCKS) == ours(table, BLOCKS)
    keys = ["党委书记", "党委书", "源", "郭银虎"]
    assert again.tags_of(lookup(again, keys)) == table.tags_of(lookup(table, keys)) == ["n", "x", "ng", "x"]


def test_a_damaged_cache_form_is_refused(table):
    pairs, child, lp, logtotal, tag, names = table.to_arrays()
    with pytest.raises(ValueError):
        PrefixTable.from_arrays((pairs, child, lp, logtotal, tag[:-2], names))
    with pytest.raises(ValueError):
        PrefixTable.from_arrays((pairs, child, lp, logtotal, tag, ("n", *names)))


def lookup(table, spans):
    """:meth:`PrefixTable.nodes` of each span, laid out as blocks."""
    starts = np.cumsum([0] + [len(w) + 1 for w in spans])[:-1]
    return table.nodes(code_points("\0".join(spans) + "\0"), starts, np.array([len(w) for w in spans]))


def test_every_key_is_found_with_its_freq_and_tag(table, tk, jieba_tokenizer):
    # The fast backend asks the table, not FREQ and word_tag_tab: every key of FREQ (words and
    # prefixes only, "党委书" of "党委书记"), user words included, must answer as those dicts do.
    freq, tags = jieba_tokenizer.FREQ, tk.posseg.word_tag_tab
    keys = list(freq)
    nodes = lookup(table, keys)
    assert (nodes >= 0).all()
    assert table.is_word(nodes).tolist() == [bool(f) for f in freq.values()]
    assert table.tags_of(nodes) == [tags.get(w, "x") for w in keys]
    assert freq["党委书"] == 0 and tags["柴伟"] == "nr"  # both kinds are there


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(_han, min_size=1, max_size=8).map("".join), min_size=1, max_size=12))
def test_any_span_is_found_or_not_as_in_freq(table, tk, jieba_tokenizer, spans):
    freq, tags = jieba_tokenizer.FREQ, tk.posseg.word_tag_tab
    nodes = lookup(table, spans)
    assert (nodes >= 0).tolist() == [w in freq for w in spans]
    assert table.is_word(nodes).tolist() == [bool(freq.get(w)) for w in spans]
    assert table.tags_of(nodes) == [tags.get(w, "x") for w in spans]


def test_a_tagged_character_freq_lacks_keeps_its_tag():
    # posseg tags a character the route leaves alone by word_tag_tab, whether or not FREQ has it.
    table = PrefixTable.build({"长江": 5, "长": 3, "江": 0}, 8, {"长江": "ns", "鹿": "n"})
    nodes = lookup(table, ["鹿", "长江", "江", "湖"])
    assert table.tags_of(nodes) == ["n", "ns", "x", "x"]
    assert table.is_word(nodes).tolist() == [False, True, False, False]
    assert ours(table, ["鹿长江"]) == [[0, 2, 2]]


def test_blocks_are_what_jieba_posseg_routes():
    # The fast backend hands over the pieces re_han_internal matches; "\0" joins them safely.
    assert not jieba.posseg.re_han_internal.match("\0")
