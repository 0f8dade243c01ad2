"""baozhi.dict_texts: the data files read as texts, in order, and a missing one named."""

import pytest

from baozhi.dict_texts import read_texts
from baozhi.paper_files import paper_registry
from baozhi.resources import dict_texts


def test_texts_in_order_with_a_byte_order_mark_dropped(tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_bytes("\ufeff辽源 ns\n".encode())  # saved by a Windows editor
    second.write_text("龙山区 ns\n", encoding="utf-8")
    assert read_texts([first, second], "user dictionary") == [(str(first), "辽源 ns\n"), (str(second), "龙山区 ns\n")]


def test_a_file_that_cannot_be_read_is_named_as_what_it_is_for(tmp_path):
    missing = tmp_path / "places.txt"
    with pytest.raises(FileNotFoundError, match=f"user dictionary {missing} cannot be read"):
        dict_texts((missing,))
    with pytest.raises(FileNotFoundError, match=f"paper registry {missing} cannot be read"):
        paper_registry((missing,))
