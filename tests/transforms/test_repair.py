import pytest

from transforms.repair import Unit, cjk_count, dedupe, ends_sentence

A = "市委书记柴伟要求市直各部门务必高度重视，针对群众信访举报案件进行认真分析、研判态势。"
B = "调研组一行深入杨木水库一级保护区进行了实地考察，认真听取了相关负责人的汇报。"
C = "会议传达了吉林省产业工人队伍建设改革推进会会议精神，各成员单位汇报改革推进情况。"


def _units(*texts: str) -> list[Unit]:
    return [Unit(t, k) for k, t in enumerate(texts)]


def _balanced(units: list[Unit], kept: list[Unit], dropped: list[Unit]) -> bool:
    return sum(cjk_count(u.text) for u in units) == sum(cjk_count(u.text) for u in kept + dropped)


@pytest.mark.parametrize("copies", [2, 3, 6])
def test_repeated_paragraph_kept_once_at_first_place(copies: int) -> None:
    units = _units(A, *([B] * copies), C)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == [A, B, C]
    assert len(dropped) == copies - 1 and _balanced(units, kept, dropped)


def test_non_adjacent_copies_and_block_repeat() -> None:
    units = _units(A, B, C, A, B, C)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == [A, B, C] and len(dropped) == 3


def test_near_copy_with_phrase_missing_keeps_the_complete_one_in_first_place() -> None:
    short = A.replace("针对群众信访举报案件", "")
    units = _units(short, B, A)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == [A, B]
    assert [u.text for u in dropped] == [short] and _balanced(units, kept, dropped)


def test_stranded_piece_and_its_block_stay_in_their_own_article() -> None:
    piece = B[8:]
    units = _units(A, piece, C, "另一篇文章的第一段，写的是别的事情，和前面的内容无关。", B, C)
    kept, dropped = dedupe(units)
    assert [u.text for u in kept] == [A, "另一篇文章的第一段，写的是别的事情，和前面的内容无关。", B, C]
    assert len(dropped) == 2


def test_similar_but_different_items_are_not_duplicates() -> None:
    one = "本报讯 9月3日，中央第一生态环境保护督察组将第八批群众来信举报案件移交辽源市。案件共有4件，涉及大气污染、噪声问题。"
    two = "本报讯 9月5日，中央第一生态环境保护督察组将第十批群众来信举报案件移交辽源市。案件共有4件，涉及水污染、生态问题。"
    kept, dropped = dedupe(_units(one, two))
    assert len(kept) == 2 and not dropped


def test_short_lines_repeat_legitimately() -> None:
    kept, dropped = dedupe(_units("本报记者 王茜", A, "本报记者 王茜", B))
    assert len(kept) == 4 and not dropped


@pytest.mark.parametrize(
    ("text", "ends"),
    [("…整改。", True), ("他说：“好。”", True), ("城市“痛点”“难点”", False), ("龙山区。（辽轩）", True),
     ("是以习近平同", False), ("思想，（下转第三版）", True), ("各位代表：", True)],
)
def test_ends_sentence(text: str, ends: bool) -> None:
    assert ends_sentence(text) is ends
