"""transforms.dagroute: jieba's DAG + route for many blocks at once, identical to jieba's own."""

from __future__ import annotations

import jieba.posseg
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms import dagroute
from transforms.dagroute import PrefixTable


@pytest.fixture(scope="module")
def jieba_tokenizer(tk):
    return tk.jieba


@pytest.fixture(scope="module")
def table(jieba_tokenizer):
    return PrefixTable.build(jieba_tokenizer.FREQ, jieba_tokenizer.total)


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


def test_blocks_are_what_jieba_posseg_routes():
    # The fast backend hands over the pieces re_han_internal matches; "\0" joins them safely.
    assert not jieba.posseg.re_han_internal.match("\0")
