"""The parser's fast counting helpers equal their simple per-character definitions on random text."""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from itertools import pairwise

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from transforms import decode as D
from transforms.decode import cjk_count
from transforms.normalise import _half_width
from transforms.topic import Topics, bigrams, bigrams_of, forget_pairs, pair_key

# Text drawn mostly from the ranges that matter (ideographs, CJK punctuation, ASCII, controls,
# full-width forms), with any code point now and then.
_CHARS = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.characters(min_codepoint=0x3400, max_codepoint=0x4DBF),
    st.characters(min_codepoint=0xF900, max_codepoint=0xFAFF),
    st.characters(min_codepoint=0x3000, max_codepoint=0x303F),
    st.characters(min_codepoint=0xFF00, max_codepoint=0xFFEF),
    st.characters(min_codepoint=0, max_codepoint=0xFF),
    st.characters(),
)
TEXT = st.text(_CHARS, max_size=200)
CHINESE = st.text(st.sampled_from("辽源日报市委书记柴伟深入仙人河主城区段进行实地调研督导整改美丽乡村，。 a1"), max_size=60)


def _is_cjk_simple(c: str) -> bool:
    """The ranges of CJK_RANGES written out, checked against the regex classes built from them."""
    o = ord(c)
    return (0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF
            or 0x20000 <= o <= 0x3134F)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_cjk_count_and_cjk_only_match_is_cjk(text: str) -> None:
    simple = [c for c in text if _is_cjk_simple(c)]
    assert all(D.is_cjk(c) for c in simple)
    assert cjk_count(text) == D.cjk_count(text) == len(simple)
    assert D.cjk_only(text) == "".join(simple)


@settings(max_examples=200, deadline=None)
@given(st.text(_CHARS, min_size=D._NUMPY_FROM - 2, max_size=2 * D._NUMPY_FROM))
@example("辽" * D._NUMPY_FROM + "\ud800" + "\U00020000" + "\U0003134f\U00031350" + "\u4dbf\u4dc0\ufaff\ufb00")
def test_cjk_count_of_long_texts_matches_is_cjk(text: str) -> None:
    """Long texts are counted with numpy (from _NUMPY_FROM characters): the same count."""
    assert D.cjk_count(text) == sum(1 for c in text if _is_cjk_simple(c))


@settings(max_examples=200, deadline=None)
@given(st.lists(TEXT, max_size=12))
@example(["", "辽", "\n", "\ud800辽", ""])
def test_cjk_counts_are_the_counts_one_by_one(texts: list[str]) -> None:
    assert D.cjk_counts(texts) == [sum(1 for c in t if _is_cjk_simple(c)) for t in texts]


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_common_count_matches_gb2312_level_one(text: str) -> None:
    cjk = D.cjk_only(text)
    assert D.common_count(cjk) == sum(1 for c in cjk if D._is_common(c))


def _plausible_chinese_by_regex(text: str) -> tuple[bool, str]:
    """decode._plausible_chinese written with the regex helpers (cjk_only, common_count)."""
    cjk = D.cjk_only(text)
    latin = len(D._ASCII_LETTER.findall(text))
    if not cjk:
        return False, "no CJK characters"
    share = len(cjk) / (len(cjk) + latin)
    if share < D._MIN_CJK_SHARE:
        return False, f"CJK share {share:.2f} of letters"
    common = D.common_count(cjk) / len(cjk)
    if common < D._MIN_COMMON_SHARE:
        return False, f"only {common:.2f} of the characters are common Chinese (mojibake?)"
    return True, ""


_PLAUSIBLE_CHARS = st.one_of(_CHARS, st.sampled_from("的是了亍丌兀䶮𠙶abcXYZ[@`{"))


@settings(max_examples=400, deadline=None)
@given(st.text(_PLAUSIBLE_CHARS, max_size=300))
@example("的是了亍丌兀䶮𠙶" + "abc")
@example("锟斤拷烫烫烫")
def test_plausible_chinese_counts_as_the_regexes_do(text: str) -> None:
    assert D._plausible_chinese(text) == _plausible_chinese_by_regex(text)


def test_common_count_on_known_characters() -> None:
    assert D.common_count("的是了") == 3  # GB2312 level 1
    assert D.common_count("亍丌兀") == 0  # level 2 (D8A1…)
    assert D.common_count("䶮") == 0  # not in GB2312


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_text_controls_match_unicode_category(text: str) -> None:
    bad = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f")
    assert D._text_controls(text) == (bad > max(2, len(text) // 200))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_binary_counts_control_bytes(data: bytes) -> None:
    controls = sum(1 for b in data if b < 0x20 and b not in (0x09, 0x0A, 0x0D, 0x0C))
    assert D._binary(data) == (b"\x00" in data or controls > max(2, len(data) // 200))


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_half_width_matches_the_definition(text: str) -> None:
    want = "".join(chr(ord(c) - 0xFEE0) if ("０" <= c <= "９" or "Ａ" <= c <= "Ｚ" or "ａ" <= c <= "ｚ") else c for c in text)
    assert _half_width(text) == want


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_bigrams_are_adjacent_ideograph_pairs(text: str) -> None:
    want = {pair_key(a + b) for a, b in pairwise(text) if _is_cjk_simple(a) and _is_cjk_simple(b)}
    assert bigrams(text) == want


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(TEXT, st.text(_CHARS, min_size=200, max_size=400)), max_size=6))
def test_bigrams_made_together_are_those_made_one_by_one(texts: list[str]) -> None:
    # A page's lines are made in one numpy pass, a line alone by the regex (or numpy, when long).
    forget_pairs()
    together = bigrams_of(texts)
    forget_pairs()
    want = [{pair_key(a + b) for a, b in pairwise(t) if _is_cjk_simple(a) and _is_cjk_simple(b)} for t in texts]
    assert together == want and [bigrams(t) for t in texts] == want


@settings(max_examples=100, deadline=None)
@given(st.lists(CHINESE, min_size=1, max_size=8), st.data())
def test_topic_sums_match_the_simple_formulas(texts: list[str], data: st.DataObject) -> None:
    topics = Topics(texts)
    docs = [bigrams(t) for t in texts]
    df = Counter(b for d in docs for b in d)
    n = len(texts)

    def weight(b: int) -> float:
        return math.log((n + 1) / (df[b] + 0.5)) if b in df else math.log((n + 1) / 0.5)

    mine = data.draw(st.lists(st.sampled_from(range(n)), unique=True))
    own = Counter(b for k in mine for b in docs[k])
    profile = frozenset(own) | bigrams(data.draw(CHINESE))
    assert topics.weight_of(profile) == sum(weight(b) for b in profile)
    mean = sum(sum(weight(b) for b in d) for d in docs) / n
    others = n - len(mine)
    if others > 0 and mean > 0:
        expected = sum(weight(b) * max(0, df.get(b, 0) - own.get(b, 0)) for b in profile) / others
        assert math.isclose(topics.background(profile, own, len(mine)), max(expected / mean, 0.02), rel_tol=1e-12)
        # The texts' own profile (no foreign pairs): skipping the clamp gives the very same float.
        inside = frozenset(own)
        assert topics.background(inside, own, len(mine), own_in_issue=True) == topics.background(inside, own, len(mine))
        # … and from the texts' pairs alone, without the counts: the same up to the sums' rounding.
        profile_of, background = topics.texts_background([docs[k] for k in mine])
        assert profile_of == inside
        assert math.isclose(background, topics.background(inside, own, len(mine), own_in_issue=True), rel_tol=1e-9)


def _full_width_punct_simple(line: str) -> str:
    """The per-character definition that normalise._full_width_punct speeds up."""
    from transforms.normalise import _PROTECTED, _TO_FULL, _neighbour, _zh

    mask = [False] * len(line)
    for m in _PROTECTED.finditer(line):
        for k in range(m.start(), m.end()):
            mask[k] = True
    chars = list(line)
    chinese_line = any(_is_cjk_simple(c) for c in line)
    stack: list[int] = []
    pairs: list[tuple[int, int]] = []
    for i, c in enumerate(chars):
        if mask[i]:
            continue
        if c == "(":
            stack.append(i)
        elif c == ")" and stack:
            pairs.append((stack.pop(), i))
    for a, b in pairs:
        near = (_neighbour(line, a, -1), _neighbour(line, a, 1), _neighbour(line, b, -1), _neighbour(line, b, 1))
        if any(n and _zh(n) for n in near):
            chars[a], chars[b] = "（", "）"
    for i, c in enumerate(chars):
        if mask[i] or c not in ",:;!?":
            continue
        before, after = (line[i - 1] if i else ""), (line[i + 1] if i + 1 < len(line) else "")
        if c in ",:" and before.isdigit() and after.isdigit():
            continue
        if chinese_line:
            chars[i] = _TO_FULL[c]
    return "".join(chars)


_PIECES = ["辽源", "电话", "(", ")", ",", ":", ";", "!", "?", " ", "8", "00", "http://x.cn/a,b", "jl_lyrb@126.com", "PM2.5", "，", "a", "²", "٣", "①", "1,0", "(8:0)"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=20).map("".join))
def test_full_width_punct_matches_the_per_character_definition(line: str) -> None:
    from transforms.normalise import _full_width_punct

    assert _full_width_punct(line) == _full_width_punct_simple(line)


def _fix_spaces_simple(line: str) -> str:
    """The per-character definition that normalise._fix_spaces speeds up."""
    from transforms.normalise import (
        _CLAUSE_PUNCT,
        _KICKER_END_PUNCT,
        _LINE_END_PUNCT,
        _PHRASE_END,
        _SHORT_BRACKET,
        _SPACES,
        _ZH_PUNCT,
        _is_heading_line,
    )

    line = _SPACES.sub(" ", line).strip()
    if " " not in line:
        return line
    # Which lines are headings is one definition (normalise._is_heading_line); the walk is what's checked here.
    short = _is_heading_line(line)
    depth_open: list[int] = []
    bracket_of: dict[int, int] = {}
    for i, c in enumerate(line):
        if c in "（(":
            depth_open.append(i)
        elif c in "）)" and depth_open:
            start = depth_open.pop()
            for k in range(start, i):
                if line[k] == " ":
                    bracket_of[k] = i - start
    out = []
    for i, c in enumerate(line):
        if c != " ":
            out.append(c)
            continue
        left, right = line[i - 1], line[i + 1]
        if short and left in _LINE_END_PUNCT and _is_cjk_simple(right):
            out.append(c)  # a kicker that asks or exclaims, its title after it
            continue
        if short and left in _KICKER_END_PUNCT and (_is_cjk_simple(right) or right == "“") and i >= 2 and (
            _is_cjk_simple(line[i - 2]) or line[i - 2] in _PHRASE_END
        ):
            out.append(c)  # a kicker ending in its comma, its title after it
            continue
        if left in _CLAUSE_PUNCT or right in _CLAUSE_PUNCT:
            continue
        if left in _ZH_PUNCT or right in _ZH_PUNCT:
            if short:
                out.append(c)
            continue
        if _is_cjk_simple(left) and _is_cjk_simple(right):
            if short or bracket_of.get(i, 99) <= _SHORT_BRACKET:
                out.append(c)
            continue
        out.append(c)
    return "".join(out)


_SPACE_PIECES = ["辽源", "记者", " ", "  ", "\u3000", "\t", "（", "）", "(", ")", "，", "。", "「", "」", "a", "8", "王茵汪琳", "再动员再部署", "？", "“", "”"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SPACE_PIECES), max_size=30).map("".join))
@example("辽源" * 18 + "，（辽源 ）")  # over _HEADING_LINE with a clause mark, ending in a column-tag form
def test_fix_spaces_matches_the_per_character_definition(line: str) -> None:
    from transforms.normalise import _fix_spaces

    assert _fix_spaces(line) == _fix_spaces_simple(line)


def _ends_sentence_simple(text: str) -> bool:
    """lines.ends_sentence without the closing-bracket shortcut."""
    from transforms.lines import _CLOSERS, _CONTINUED, _TRAILING_PAREN, FINAL, NOTE

    text = text.rstrip()
    if _CONTINUED.search(text):
        return True
    while True:
        stripped = _TRAILING_PAREN.sub("", text)
        if stripped == text or not stripped:
            break
        text = stripped
    if not text or _TRAILING_PAREN.fullmatch(text) or NOTE.fullmatch(text):
        return True  # "（辽轩）", "（本报记者张三、李四参与采写）": a note closing the piece
    if text[-1] in FINAL:
        return True
    if text[-1] in _CLOSERS:
        body = text.rstrip("".join(_CLOSERS))
        return bool(body) and body[-1] in FINAL
    return False


_END_PIECES = ["整改", "。", "”", "（", "）", "(", ")", "辽轩", "下转第三版", " ", "\u3000", "\n", "本报记者 陈雪梅", "，", "a"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_END_PIECES), max_size=12).map("".join))
def test_ends_sentence_matches_the_plain_definition(text: str) -> None:
    from transforms.lines import ends_sentence

    assert ends_sentence(text) == _ends_sentence_simple(text)


def _near_copy_simple(short: str, long: str) -> bool:
    """copies.near_copy by difflib alone, without the subsequence and length shortcuts."""
    import difflib

    from transforms.copies import _MAX_DELETED_SHARE, _MAX_DELETIONS

    ops = difflib.SequenceMatcher(None, long, short, autojunk=False).get_opcodes()
    if any(tag in ("insert", "replace") for tag, *_ in ops):
        return False
    dels = [i2 - i1 for tag, i1, i2, _j1, _j2 in ops if tag == "delete"]
    return len(dels) <= _MAX_DELETIONS and sum(dels) <= _MAX_DELETED_SHARE * len(long)


_COPY_PIECES = ["落实", "省生态环境保护", "督察", "整改", "。", "，", "辽源", "a"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_COPY_PIECES), min_size=1, max_size=12), st.data())
def test_near_copy_matches_difflib_alone(pieces: list[str], data) -> None:
    from transforms.copies import near_copy

    long = "".join(pieces)
    drop = data.draw(st.sets(st.integers(0, len(pieces) - 1), max_size=4))
    extra = data.draw(st.sampled_from(["", "辽", "x"]))
    short = "".join(p for k, p in enumerate(pieces) if k not in drop) + extra
    assert near_copy(short, long) == _near_copy_simple(short, long)


@settings(max_examples=100, deadline=None)
@given(st.lists(CHINESE, min_size=1, max_size=8), st.data())
def test_topics_weighing_only_some_pairs_score_them_the_same(texts: list[str], data: st.DataObject) -> None:
    full = Topics(texts)
    pairs = bigrams(data.draw(st.sampled_from(texts)))
    some = Topics(texts, only=pairs)
    profile = bigrams(data.draw(CHINESE)) | bigrams(data.draw(st.sampled_from(texts)))
    assert some.score(pairs, profile) == full.score(pairs, profile)
    with pytest.raises(ValueError):
        some.background(profile, Counter(), 0)


def test_only_a_hash_sign_composes_to_one() -> None:
    """markdown_headings returns early for a text without "#" after NFC: no other code point
    (nor any composition, which only yields letters with marks) gives one."""
    from transforms.normalise import markdown_headings

    assert not [o for o in range(0x110000) if o != 0x23 and "#" in unicodedata.normalize("NFC", chr(o))]
    assert markdown_headings("以群众诉求为导向\n正文＃") == frozenset()
    assert markdown_headings("## 以群众诉求为导向\n正文") == frozenset({"以群众诉求为导向"})


_CREDIT_PIECES = ["。", "！", "”", " ", "（", "）", "(", ")", "本报记者", "郑宏伟", "摄", "摄影", "影", "发", "新华社", "记者",
                  "人民视觉", "\n", "图为", "图", "左图", "①", "3", "：", "a", "工人正在装配新车"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_CREDIT_PIECES), max_size=12).map("".join))
@example("工人正在装配新车。本报记者 郑宏伟 摄\n")
@example("工人正在装配新车。（新华社发）")
def test_credit_tail_and_caption_guards_find_what_the_regexes_find(text: str) -> None:
    from transforms import bylines as B
    from transforms.headings import _CAPTION

    fast, slow = B.credit_tail(text), B.CREDIT_TAIL.search(text)
    assert (fast and (fast.span(), fast.groups())) == (slow and (slow.span(), slow.groups()))
    assert bool("图" in text and _CAPTION.search(text)) == bool(_CAPTION.search(text))


def test_code_point_tables_agree_with_the_definitions_everywhere() -> None:
    """decode's numpy classes over every code point: ideographs as is_cjk, letters as [A-Za-z]."""
    import numpy as np

    codes = np.arange(0x110000, dtype=np.uint32)
    want_cjk = np.zeros(0x110000, dtype=bool)
    for lo, hi in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3134F)):
        want_cjk[lo : hi + 1] = True
    assert (D.ideographs(codes) == want_cjk).all()
    assert all(D.is_cjk(chr(o)) == want_cjk[o] for o in range(0x3000, 0x32000, 7))
    letters = np.flatnonzero(D._ascii_letters(codes)).tolist()
    assert letters == [o for o in range(0x110000) if D._ASCII_LETTER.fullmatch(chr(o))]


def test_the_common_characters_are_gb2312_level_1_every_one():
    # Tabulated by decoding GB2312's level-1 byte pairs: exactly the ideographs _is_common accepts.
    blocks = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
    assert D._COMMON_CODES == [o for lo, hi in blocks for o in range(lo, hi + 1) if D._is_common(chr(o))]
    assert len(D._COMMON_CODES) == 3755
