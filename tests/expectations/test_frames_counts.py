"""The gate's character counts (``count_matches``) agree with counting every regex match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from expectations import frames

TEXTS = [
    "辽源市委书记柴伟率队赴绍兴学习考察。",
    "举报电话:0431-12389 E-mail:jl_lyrb@126.com",
    "Lorem ipsum dolor sit amet",
    "è¾½æºæ¥æ¥",  # GB18030 bytes read as Latin-1
    "①②③ Ⅷ x² ½ 第3期 ２０２１年",
    "𠀀𪚥 CJK extension B, 〇 and ー",
    "",
    "_\t\n 123 ٣ ۳",
    "\x00辽\x00a\ud800\U0010ffff",  # NUL (the table's marker), a lone surrogate, the last code point
]
PATTERNS = (frames._CJK_PATTERN, frames._LETTER_PATTERN)


def test_written_examples_count_every_match():
    for pattern in PATTERNS:
        assert frames.count_matches(pattern, TEXTS) == [len(pattern.findall(t)) for t in TEXTS]
    assert frames.count_matches(frames._CJK_PATTERN, ["辽源abc"]) == [2]
    assert frames.count_matches(frames._LETTER_PATTERN, ["辽源abc 12①"]) == [6]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(exclude_categories=())), max_size=5))
def test_any_text_counts_every_match(texts):
    for pattern in PATTERNS:
        assert frames.count_matches(pattern, texts) == [len(pattern.findall(t)) for t in texts]


def test_patterns_match_one_character_at_a_time():
    # count_matches relies on it: a pattern matching two characters at once would count one
    assert all(re.fullmatch(p, "辽源") is None for p in PATTERNS)
