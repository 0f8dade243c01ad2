"""Features of the entity model: each character, its neighbours and the jieba token it is in.

Why a model: jieba's tags alone (``nr`` person, ``ns`` place, ``nt`` org) give F1 0.57 on
People's Daily NER (its dictionary tags ``顾客 明白 阳光`` as persons and ``美丽 青春`` as
places; it glues ``中美`` ``访华`` ``外交部长`` into one word, and cuts foreign names into
pieces). A linear-chain CRF that sees each character, its neighbours, and the jieba token it
sits in (``B-nr``: first character of an ``nr`` word) learns when to trust the tag and where
an entity really starts and ends, at any character. Trained by ``make train-entities``
(``baozhi/entity_lab.py``) with :func:`feature_strings`; the pipeline computes the same
features vectorised (``transforms/crf.py``).

A chunk is a clause: text is cut after ``。！？；，：`` and at whitespace (:func:`split_chunks`)
in training and in the pipeline alike, so a text's labels never depend on its neighbours.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

LABELS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG")
TYPES = ("PER", "LOC", "ORG")
# Padding characters around every chunk (private use area: never in newspaper text).
BOS, EOS = "\ue000", "\ue001"
UNCOVERED = "_"  # the token state of a character no token covers (whitespace)
# Feature templates: unigram offsets, bigram offsets (the bigram starting there), token-state
# offsets; plus the token's word ("w") and the character's class ("k").
UNIGRAMS = (-2, -1, 0, 1, 2)
BIGRAMS = (-2, -1, 0, 1)
STATES = (-1, 0, 1)
PAD = max(max(map(abs, UNIGRAMS)), max(abs(o) for o in BIGRAMS) + 1, max(map(abs, STATES)))

# Character classes, a prior the model can share between rare characters:
# S surname (王 柴), T transliteration (斯 尔 克: 克林顿 叶利钦), L place suffix (县 镇 河),
# O organisation suffix (局 委 院 队).
SURNAME_CHARS = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦"
    "戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
    "苑迟邝台杭谈"
)
TRANSLITERATION_CHARS = frozenset(
    "阿埃艾爱安奥巴拜班邦贝本比彼毕波伯布查达戴丹德迪蒂杜多厄恩尔法菲费芬弗福盖甘冈戈格根古哈海汉豪赫亨"
    "胡华霍基吉加贾杰金卡凯坎康科克肯库夸奎拉莱赖兰朗劳勒雷里利连林琳隆卢鲁伦罗洛马迈麦曼梅蒙米密缪莫姆"
    "穆纳内尼努诺帕派潘佩皮普奇齐乔切琼丘萨塞桑森沙莎舍什施斯松苏索塔泰坦汤特提图托瓦万威韦维温沃乌西希"
    "谢辛休雅亚扬耶伊因英尤约泽扎詹兹佐"
)
PLACE_SUFFIX_CHARS = frozenset("省市县区镇乡村州郡岛河江湖山峰港湾洋海道路街庄屯寨")
ORG_SUFFIX_CHARS = frozenset("部局委会院所厅处队团社报厂司行校党组办署")

_BOUNDARY = np.zeros(0x10000, dtype=bool)  # a clause ends after these
_BOUNDARY[[ord(c) for c in "。！？；，：!?;\n"]] = True
_SPACE = np.array([chr(i).isspace() for i in range(0x10000)], dtype=bool)
# Whitespace ends a clause too: in normalised text a space inside Chinese separates headline
# phrases or a byline's names (再动员 再部署, 本报记者 王茜); no entity runs across it.
_BOUNDARY |= _SPACE
MAX_CHUNK = 120  # a clause longer than this (a list of names, a table row) is cut at a token end


def codepoints(s: str) -> np.ndarray:
    cp = np.frombuffer(s.encode("utf-32-le"), dtype="<u4")
    return np.minimum(cp, 0xFFFF).astype(np.int64)  # astral characters share one unknown slot


def char_class(ch: str) -> str:
    """``"ST"`` for 马 (a surname and a transliteration character); ``""`` for most characters."""
    return (
        ("S" if ch in SURNAME_CHARS else "")
        + ("T" if ch in TRANSLITERATION_CHARS else "")
        + ("L" if ch in PLACE_SUFFIX_CHARS else "")
        + ("O" if ch in ORG_SUFFIX_CHARS else "")
    )


def split_chunks(text: str, token_ends: Sequence[int] = ()) -> list[tuple[int, int]]:
    """``(start, end)`` of the clauses of ``text``: ``市委书记柴伟强调，要…`` -> two chunks.

    A clause ends after ``。！？；，：!?;`` or whitespace. Whitespace at a clause's ends is not
    part of it, so a paragraph inside an article body (``…\n市长孙弘说。\n…``) is cut exactly
    as the same paragraph alone. A clause longer than ``MAX_CHUNK`` is cut at the last token
    end (``token_ends``, sorted) that fits, else blindly.
    """
    starts, ends = chunk_bounds(text, np.asarray(token_ends, dtype=np.int64))
    return list(zip(starts.tolist(), ends.tolist()))


def chunk_bounds(text: str, token_ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """:func:`split_chunks` as two arrays, starts and ends (what the vectorised model wants:
    no list of pairs, and the token ends are read only when a clause is too long)."""
    n = len(text)
    if n == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    cp = codepoints(text)
    ends = np.flatnonzero(_BOUNDARY[cp]) + 1
    if not len(ends) or ends[-1] != n:
        ends = np.append(ends, n)
    starts = np.concatenate([[0], ends[:-1]])
    at = np.arange(n)
    space = _SPACE[cp]
    next_solid = np.minimum.accumulate(np.where(space, n, at)[::-1])[::-1]
    prev_solid = np.maximum.accumulate(np.where(space, -1, at))
    a = next_solid[starts]
    e = prev_solid[ends - 1] + 1
    keep = a < e
    a, e = a[keep], e[keep]
    if not len(a) or (e - a).max() <= MAX_CHUNK:
        return a, e
    cut_a: list[int] = []
    cut_e: list[int] = []
    for x, y in zip(a.tolist(), e.tolist()):
        while y - x > MAX_CHUNK:
            k = int(np.searchsorted(token_ends, x + MAX_CHUNK, side="right")) - 1
            cut = int(token_ends[k]) if k >= 0 and token_ends[k] > x else x + MAX_CHUNK
            cut_a.append(x)
            cut_e.append(cut)
            x = cut
        cut_a.append(x)
        cut_e.append(y)
    return np.array(cut_a, dtype=np.int64), np.array(cut_e, dtype=np.int64)


Token = tuple[int, int, str, str]  # (start, end, word, tag), character offsets


@dataclass(frozen=True)
class Chunk:
    """One clause to label: its text and the jieba tokens starting in it (offsets in the
    chunk; a token running past the chunk's end is cut there)."""

    text: str
    tokens: tuple[Token, ...]
    start: int = 0  # where the chunk starts in its text
    marks: tuple[tuple[int, int, str], ...] = ()  # dictionary matches: (start, end, PER|LOC|ORG)


def token_starts(text: str, words: Sequence[str]) -> np.ndarray:
    """Where each of jieba's words of ``text`` starts (``Tokenizer.cut``: whitespace dropped,
    nothing else): the words are the text's non-whitespace characters in order, so the k-th
    word starts at the non-whitespace character whose rank is the length of the words before."""
    lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
    solid = np.flatnonzero(~_SPACE[codepoints(text)]) if text else np.zeros(0, np.int64)
    if int(lengths.sum()) != len(solid):  # pragma: no cover - a tokenizer that changed characters
        raise ValueError(f"tokens do not spell the text {text[:40]!r}")
    return solid[np.cumsum(lengths) - lengths]


def tokens_of(text: str, pairs: Sequence[tuple[str, str]], retag: dict[str, str] | None = None) -> list[Token]:
    """jieba's (word, tag) pairs of ``text`` (``Tokenizer.cut``) with their offsets; ``retag``
    replaces the tags of the words it names (as :meth:`CrfModel.tag_texts` does)."""
    fix = (retag or {}).get
    starts = token_starts(text, [w for w, _ in pairs]).tolist()
    return [(s, s + len(w), w, fix(w, t)) for s, (w, t) in zip(starts, pairs)]


def chunks_of(text: str, tokens: Sequence[Token], marks: Sequence[tuple[int, int, str]] = ()) -> list[Chunk]:
    """The :func:`split_chunks` clauses of ``text``, each with its tokens and the dictionary
    ``marks`` (``(start, end, type)`` in ``text``) that start in it."""
    bounds = split_chunks(text, [e for _, e, _, _ in tokens])
    starts = [s for s, _, _, _ in tokens]
    out = []
    for a, b in bounds:
        inside = tuple(
            (s - a, min(e, b) - a, w, t) for s, e, w, t in tokens[bisect_left(starts, a) : bisect_left(starts, b)]
        )
        marked = tuple((s - a, min(e, b) - a, t) for s, e, t in marks if a <= s < b)
        out.append(Chunk(text[a:b], inside, a, marked))
    return out


def dictionary_marks(tokens: Sequence[Token], dictionary: dict[str, str]) -> list[tuple[int, int, str]]:
    """Tokens that are entries of the user dictionaries: ``(start, end, PER|LOC|ORG)``."""
    return [(s, e, dictionary[w]) for s, e, w, _ in tokens if w in dictionary]


def token_states(n: int, tokens: Sequence[Token]) -> tuple[list[str], list[str]]:
    """Per character: the token state (``B-nr`` ``M-nr`` ``E-nr`` ``S-v``) and the token's word."""
    state = [UNCOVERED] * n
    word = [""] * n
    for s, e, w, t in tokens:
        if e - s == 1:
            state[s] = "S-" + t
        else:
            state[s] = "B-" + t
            state[e - 1] = "E-" + t
            for k in range(s + 1, e - 1):
                state[k] = "M-" + t
        for k in range(s, e):
            word[k] = w
    return state, word


def feature_strings(text: str, tokens: Sequence[Token], marks: Sequence[tuple[int, int, str]] = ()) -> list[list[str]]:
    """The CRFsuite attributes of every character of one chunk (training; also the reference
    the vectorised :meth:`CrfModel.tag_texts` is tested against)."""
    n = len(text)
    padded = BOS * PAD + text + EOS * PAD
    state, word = token_states(n, tokens)
    mark = [""] * n
    for s, e, t in marks:
        mark[s] = "B-" + t
        for k in range(s + 1, e):
            mark[k] = "I-" + t
    pstate = ["BOS"] * PAD + state + ["EOS"] * PAD
    out = []
    for i in range(n):
        j = i + PAD
        x = [f"c{o:+d}={padded[j + o]}" for o in UNIGRAMS]
        x += [f"b{o:+d}={padded[j + o]}{padded[j + o + 1]}" for o in BIGRAMS]
        x += [f"p{o:+d}={pstate[j + o]}" for o in STATES]
        x.append("w=" + word[i])
        if mark[i]:
            x.append("d=" + mark[i])
        cls = char_class(text[i])
        if cls:
            x.append("k=" + cls)
        out.append(x)
    return out
