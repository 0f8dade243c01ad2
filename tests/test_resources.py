"""Model files parsed once and kept as marshal data in the user's cache (baozhi.resources)."""

from __future__ import annotations

import marshal
import os

import pytest

from baozhi import resources


def _words(text: str) -> dict[str, float]:
    return {w: float(v) for w, v in (line.split() for line in text.splitlines())}


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "baozhi" / "jieba"


def test_a_model_file_is_parsed_once_then_loaded(tmp_path, cache):
    model = tmp_path / "idf.txt"
    model.write_text("辽源 9.5\n新闻 3.25\n", encoding="utf-8")
    calls = []

    def counted(text):
        calls.append(text)
        return _words(text)

    assert resources.parsed_file(model, counted) == {"辽源": 9.5, "新闻": 3.25}
    assert resources.parsed_file(model, counted) == {"辽源": 9.5, "新闻": 3.25}
    assert len(calls) == 1 and len(list(cache.glob("idf-*.marshal"))) == 1


def test_an_edited_file_or_another_parser_is_parsed_again(tmp_path, cache):
    model = tmp_path / "idf.txt"
    model.write_text("辽源 9.5\n", encoding="utf-8")
    assert resources.parsed_file(model, _words) == {"辽源": 9.5}
    model.write_text("辽源 7.0\n", encoding="utf-8")
    os.utime(model, ns=(1, 1))  # even with the time set back: the size changed
    assert resources.parsed_file(model, _words) == {"辽源": 7.0}

    def doubled(text):
        return {w: 2 * v for w, v in _words(text).items()}

    assert resources.parsed_file(model, doubled) == {"辽源": 14.0}


def test_an_unreadable_copy_is_made_again(tmp_path, cache):
    model = tmp_path / "idf.txt"
    model.write_text("辽源 9.5\n", encoding="utf-8")
    resources.parsed_file(model, _words)
    (copy,) = cache.glob("idf-*.marshal")
    copy.write_bytes(b"\x00garbage")
    assert resources.parsed_file(model, _words) == {"辽源": 9.5}
    assert marshal.loads(copy.read_bytes()) == {"辽源": 9.5}  # and the copy is whole again


def test_jiebas_table_is_the_parsed_file(cache):
    from transforms.keywords import parse_idf

    table = resources.parsed_file(resources.JIEBA_IDF, parse_idf)
    assert table == parse_idf(resources.JIEBA_IDF.read_text(encoding="utf-8")) and len(table) > 200_000
    assert resources.parsed_file(resources.JIEBA_IDF, parse_idf) == table  # from the copy


def test_jiebas_table_as_arrays_holds_every_word_of_the_file(cache):
    import statistics

    from transforms.keywords import parse_idf

    resources.jieba_idf.cache_clear()
    try:
        arrays = resources.jieba_idf()
        assert len(list(cache.glob("idf-*.marshal"))) == 1  # kept for the next process
        table = parse_idf(resources.JIEBA_IDF.read_text(encoding="utf-8"))
        words = list(table)
        assert len(arrays) == len(table) and arrays.get_many(words, -1.0) == [table[w] for w in words]
        assert arrays.median() == statistics.median(table.values())
        assert arrays.get_many([w + "某" for w in words[:1000]], -1.0).count(-1.0) == sum(
            w + "某" not in table for w in words[:1000])
    finally:
        resources.jieba_idf.cache_clear()


def test_a_changed_dependency_is_parsed_again(tmp_path, cache):
    model, module = tmp_path / "idf.txt", tmp_path / "builder.py"
    model.write_text("辽源 9.5\n", encoding="utf-8")
    module.write_text("SCALE = 1\n", encoding="utf-8")
    calls = []

    def counted(text):
        calls.append(text)
        return _words(text)

    resources.parsed_file(model, counted, depends=(module,))
    resources.parsed_file(model, counted, depends=(module,))
    module.write_text("SCALE = 2\n", encoding="utf-8")  # the code that builds the tables changed
    resources.parsed_file(model, counted, depends=(module,))
    assert len(calls) == 2


def test_the_entity_model_from_the_copy_is_the_parsed_model(cache):
    import numpy as np

    from transforms.crf import CrfModel, parse_model_text

    path = resources.DICTS_DIR / resources.ENTITY_MODEL
    parsed = parse_model_text(path.read_text(encoding="utf-8"))
    made = CrfModel.from_state(resources.parsed_file(path, resources.entity_model_state, depends=(resources.crf.__file__,)))
    loaded = CrfModel.from_state(resources.parsed_file(path, resources.entity_model_state, depends=(resources.crf.__file__,)))
    assert len(list(cache.glob("entities.crf-*.marshal"))) == 1
    for model in (made, loaded):
        assert vars(model).keys() == vars(parsed).keys()
        for name, value in vars(parsed).items():
            got = vars(model)[name]
            if isinstance(value, np.ndarray):
                assert got.dtype == value.dtype and np.array_equal(got, value), name
            elif isinstance(value, list) and value and isinstance(value[0], np.ndarray):
                assert all(np.array_equal(a, b) and a.dtype == b.dtype for a, b in zip(got, value, strict=True)), name
            else:
                assert got == value, name
