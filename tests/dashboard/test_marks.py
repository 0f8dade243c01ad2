"""Marking entities and query words in article text."""

from hypothesis import given, strategies as st

from dashboard import marks


def test_longest_name_first_and_never_inside_a_mark():
    names = {"柴伟": "person", "辽源": "place", "辽源市": "place"}
    assert marks.segments("市委书记柴伟赴辽源市,辽源", names) == [
        ("市委书记", None), ("柴伟", "person"), ("赴", None), ("辽源市", "place"), (",", None), ("辽源", "place")]


def test_html_is_escaped_and_marks_carry_the_kind():
    out = marks.to_html("<b>柴伟</b> & 辽源", {"柴伟": "person", "辽源": "place"})
    assert out.startswith("&lt;b&gt;<mark class=\"bz-person\"")
    assert ">柴伟</mark>&lt;/b&gt; &amp; <mark class=\"bz-place\"" in out


def test_a_byline_name_that_is_also_a_person_stays_a_person():
    rows = [("柴伟", "person"), ("王茜", "reporter"), ("柴伟", "reporter")]
    assert marks.entity_names(rows) == {"柴伟": "person", "王茜": "reporter"}


@given(st.text(alphabet="柴伟辽源市赴,", max_size=40))
def test_segments_give_the_text_back(text):
    pieces = marks.segments(text, {"柴伟": "person", "辽源": "place", "辽源市": "place", "": "place"})
    assert "".join(p for p, _ in pieces) == text
