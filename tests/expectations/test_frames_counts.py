"""The gate's character classes counted by Arrow (RE2) agree with the Python regexes they replace."""

from __future__ import annotations

import re

import pyarrow as pa
import pyarrow.compute as pc
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
    "_\t\n 123 ٣ ۳",  # underscore, digits of other scripts
]


def _arrow_counts(texts: list[str]) -> tuple[list[int], list[int]]:
    arr = pa.array(texts, pa.string())
    return (pc.count_substring_regex(arr, frames._CJK_RE2).to_pylist(),
            pc.count_substring_regex(arr, frames._LETTER_RE2).to_pylist())


def _python_counts(texts: list[str]) -> tuple[list[int], list[int]]:
    return ([len(re.findall(frames._CJK_RE, t)) for t in texts],
            [len(re.findall(frames._LETTER_RE, t)) for t in texts])


def test_written_examples_count_the_same():
    assert _arrow_counts(TEXTS) == _python_counts(TEXTS)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cn"))), max_size=5))
def test_any_text_counts_the_same(texts):
    # Characters unassigned in Python's Unicode database are left out: RE2 knows newer
    # versions (U+31350, CJK extension H, is a letter there and nothing to Python 3.11).
    assert _arrow_counts(texts) == _python_counts(texts)
