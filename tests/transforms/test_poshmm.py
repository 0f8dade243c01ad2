"""The vectorised POS-HMM Viterbi gives jieba.posseg's own route: same states, ties included."""

from __future__ import annotations

import jieba.posseg
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.poshmm import pos_hmm

# Characters the model knows (most of them) and ideographs it may not: the latter have no
# candidate states of their own and emit MIN_FLOAT everywhere, which is where ties arise.
_KNOWN = sorted(jieba.posseg.char_state_tab_P)[::40]
_HAN = st.one_of(st.sampled_from(_KNOWN), st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5))


def _jieba_states(run: str) -> list[tuple[str, str]]:
    _prob, route = jieba.posseg.viterbi(
        run, jieba.posseg.char_state_tab_P, jieba.posseg.start_P, jieba.posseg.trans_P, jieba.posseg.emit_P
    )
    return route


@settings(max_examples=400, deadline=None)
@given(st.lists(_HAN, min_size=1, max_size=12).map("".join))
def test_viterbi_is_jiebas_route(run):
    hmm = pos_hmm()
    assert [hmm.states[s] for s in hmm.viterbi(run)] == _jieba_states(run)


def test_viterbi_on_news_runs():
    # Runs jieba.posseg hands the HMM in real news: names, transliterations, numbers' units.
    hmm = pos_hmm()
    for run in ["郭金龙", "年", "江泽民", "科索沃", "克林顿访华", "尉健行李岚清", "哈达上签", "萨马兰奇"]:
        assert [hmm.states[s] for s in hmm.viterbi(run)] == _jieba_states(run), run


def test_viterbi_where_jieba_falls_back_to_the_reachable_states(monkeypatch):
    # Runs with a character none of whose candidate states follows the states before it (rare
    # characters next to each other): jieba then scores the states the previous ones can be
    # followed by, and the vectorised step, which scores every candidate at once, must notice.
    hmm = pos_hmm()
    calls = []
    fallback = hmm._fallback
    monkeypatch.setattr(hmm, "_fallback", lambda *a: calls.append(1) or fallback(*a))
    for run in ["鲶黟", "弯缜戬", "槌旅痹耒婧", "啤苠屙"]:
        assert [hmm.states[s] for s in hmm.viterbi(run)] == _jieba_states(run), run
    assert len(calls) >= 4
