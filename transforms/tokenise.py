"""Chinese word segmentation with POS tags: one explicit jieba tokenizer, optionally a fast backend.

``Tokenizer`` wraps a ``jieba.Tokenizer`` + ``jieba.posseg.POSTokenizer`` pair built from
jieba's main dictionary and the user-dictionary TEXTS handed in (reading the files is
``baozhi.resources``' job). Never jieba's module globals (``jieba.dt``, ``jieba.posseg.dt``).

Two backends give the same tokens and tags (see tests/transforms/test_tokenise.py):

- ``"jieba"``: ``POSTokenizer.cut`` itself, the reference.
- ``"fast"`` (default): the same algorithm re-implemented where the time goes
  (``transforms/posseg_fast.py``: the DAG + route of many texts at once and the POS-HMM Viterbi
  in numpy, with jieba's floating-point operations and tie-breaks, and one loop of glue).
  Identical output, ties included; no text cache is involved.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from transforms.imports import import_jieba

import_jieba()  # jieba without its module-level POS tokenizer (never used here): see there
import jieba  # noqa: E402
import jieba.finalseg  # noqa: E402
import jieba.posseg  # noqa: E402

from transforms.dagroute import PrefixTable  # noqa: E402
from transforms.posseg_fast import FastPosseg  # noqa: E402

# jieba logs "Building prefix dict ..." at DEBUG to stderr on its own handler; we want quiet.
jieba.setLogLevel(logging.WARNING)

BACKENDS = ("fast", "jieba")
CACHE_FORMAT = "3"  # bump when what the cache holds changes
# A user-dictionary line: "东辽县 2000 ns", "河长制 800", "柴伟" (freq and tag optional, as jieba).
_re_dict_line = re.compile(r"^(?P<word>\S+)(?:\s+(?P<freq>\d+))?(?:\s+(?P<tag>[a-z]+))?$")


@dataclass(frozen=True)
class DictEntry:
    word: str
    freq: int | None
    tag: str | None


class DictionaryError(ValueError):
    """A user-dictionary line that cannot be read; names the source and the line."""


def parse_user_dict(text: str, source: str = "<user dict>") -> list[DictEntry]:
    """Entries of a jieba user dictionary in ``word [freq] [tag]`` form.

    Blank lines and lines starting with ``#`` (comments, section headers) are skipped;
    a UTF-8 BOM is ignored. Raises :class:`DictionaryError` naming ``source`` and the line.
    """
    entries: list[DictEntry] = []
    for lineno, raw in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = _re_dict_line.match(line)
        if m is None:
            raise DictionaryError(f"{source}:{lineno}: not 'word [freq] [tag]': {line!r}")
        freq = m["freq"]
        entries.append(DictEntry(m["word"], int(freq) if freq is not None else None, m["tag"]))
    return entries


def _shared_keys(freq: dict[str, int], tags: dict[str, str]) -> dict[str, str]:
    """``tags`` re-keyed with FREQ's own key strings and interned tag strings.

    jieba reads dict.txt twice (prefix dict, then POS tags), so every word exists as two
    string objects and every tag ("n", "v") as ~350k copies: ~40 MB per worker for nothing.
    """
    intern = sys.intern
    shared = {w: intern(tags[w]) for w in freq if w in tags}
    shared.update((w, intern(t)) for w, t in tags.items() if w not in shared)
    return shared


def _cache_key(entries: list[tuple[str, DictEntry]]) -> str:
    """What the built dictionaries depend on: jieba's version and dict.txt, the user entries."""
    main_dict = Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME)  # what DEFAULT_DICT (None) means
    st = main_dict.stat()
    parts = [CACHE_FORMAT, jieba.__version__, str(main_dict), str(st.st_size), str(st.st_mtime_ns)]
    parts += [f"{e.word}\t{e.freq}\t{e.tag}" for _, e in entries]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:20]


def _write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, path)  # two processes building at once both write whole files
    except OSError:
        tmp.unlink(missing_ok=True)  # a read-only cache folder only costs the next start its time


class Tokenizer:
    """One jieba tokenizer with the committed + extra user dictionaries; build once per process.

    ``user_dicts``: ``(source_name, text)`` pairs in jieba's ``word freq tag`` format.
    ``cache_dir``: where jieba keeps its prefix-dict cache (``None``: jieba's default, /tmp) and
    where the built dictionaries are cached, keyed on jieba's dict.txt and the user entries (a
    model cache, like jieba's own; nothing keyed on text).
    ``recogniser``: the entity layer's model and word lists (``transforms.entities.Recogniser``),
    carried here because it is built and used exactly where the tokenizer is.

    The fast backend works from the dictionaries as arrays (:class:`PrefixTable`), loaded from
    the cache in milliseconds. jieba's own objects (``.jieba`` with FREQ, ``.posseg`` with
    word_tag_tab: ~850k Python dict entries, ~0.75 s of CPU to load) are made when first asked
    for: by the jieba backend's first cut, by a benchmark or a test.
    """

    def __init__(
        self,
        user_dicts: Iterable[tuple[str, str]] = (),
        *,
        backend: str = "fast",
        cache_dir: str | None = None,
        recogniser: object | None = None,
    ) -> None:
        if backend not in BACKENDS:
            raise ValueError(f"backend must be one of {', '.join(BACKENDS)}, not {backend!r}")
        self.backend = backend
        entries = [(source, e) for source, text in user_dicts for e in parse_user_dict(text, source)]
        self.user_words: dict[str, str | None] = {e.word: e.tag for _, e in entries}  # every user entry
        self.recogniser = recogniser
        self._entries, self._cache_dir = entries, cache_dir
        self._jieba: jieba.Tokenizer | None = None
        self._posseg: jieba.posseg.POSTokenizer | None = None
        for _, e in entries:
            if e.freq == 0:  # add_word's side effect on jieba's HMM segmenter, kept without add_word
                jieba.finalseg.add_force_split(e.word)
        key = _cache_key(entries) if cache_dir else None
        self._table_file = Path(cache_dir) / f"baozhi-tokenizer-{key}.marshal" if cache_dir else None
        self._dicts_file = Path(cache_dir) / f"baozhi-jieba-dicts-{key}.marshal" if cache_dir else None
        table = self._load_table() or self._build()
        self._fast = FastPosseg(table) if backend == "fast" else None

    @property
    def jieba(self) -> jieba.Tokenizer:
        """jieba's tokenizer with the user words added (FREQ, total), made when first asked for."""
        if self._jieba is None:
            self._load_dicts()
        return self._jieba

    @property
    def posseg(self) -> jieba.posseg.POSTokenizer:
        """jieba.posseg's tokenizer over :attr:`jieba`, the user tags merged into word_tag_tab."""
        if self._posseg is None:
            self._load_dicts()
        return self._posseg

    def _load_table(self) -> PrefixTable | None:
        """The fast backend's arrays from the cache: one marshal load of ~11 MB of bytes, a few
        milliseconds. None: not cached (or written by another Python or version)."""
        if self._table_file is None:
            return None
        try:
            return PrefixTable.from_arrays(marshal.loads(self._table_file.read_bytes()))
        except (OSError, EOFError, ValueError, TypeError):
            return None

    def _load_dicts(self) -> None:
        """jieba's tokenizer and posseg's tag table from the cache file :meth:`_build` left: one
        marshal load instead of jieba's cache + re-reading dict.txt for the tags + re-keying
        them (~1.5 s); built again when the file is missing or unreadable."""
        try:
            if self._dicts_file is None:
                raise OSError("no cache folder")
            freq, total, tags = marshal.loads(self._dicts_file.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            self._build()
            return
        tokenizer = self._new_jieba()
        tokenizer.FREQ, tokenizer.total, tokenizer.initialized = freq, total, True
        posseg = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)  # no dict.txt re-read
        posseg.tokenizer, posseg.word_tag_tab = tokenizer, tags
        self._jieba, self._posseg = tokenizer, posseg

    def _new_jieba(self) -> jieba.Tokenizer:
        tokenizer = jieba.Tokenizer(dictionary=jieba.DEFAULT_DICT)
        if self._cache_dir is not None:
            tokenizer.tmp_dir = self._cache_dir
        return tokenizer

    def _build(self) -> PrefixTable:
        """jieba's prefix dictionary + the user entries, posseg's tag table with them merged in,
        and their arrays; all cached for the next process."""
        tokenizer = self._new_jieba()
        tokenizer.initialize()
        for _, e in self._entries:
            tokenizer.add_word(e.word, e.freq, e.tag)
        posseg = jieba.posseg.POSTokenizer(tokenizer)
        posseg.makesure_userdict_loaded()  # merge the user tags into word_tag_tab now
        posseg.word_tag_tab = _shared_keys(tokenizer.FREQ, posseg.word_tag_tab)
        self._jieba, self._posseg = tokenizer, posseg
        table = PrefixTable.build(tokenizer.FREQ, tokenizer.total, posseg.word_tag_tab)
        if self._table_file is not None and self._dicts_file is not None:
            _write_atomically(self._dicts_file, marshal.dumps((tokenizer.FREQ, tokenizer.total, posseg.word_tag_tab)))
            _write_atomically(self._table_file, marshal.dumps(table.to_arrays()))
        return table

    def __repr__(self) -> str:
        return f"<Tokenizer backend={self.backend} user_words={len(self.user_words)}>"

    def cut(self, text: str) -> list[tuple[str, str]]:
        """(word, tag) pairs, jieba precise mode with HMM; whitespace is not emitted."""
        if self._fast is not None:
            return self._fast.cut(text)
        return [(p.word, p.flag) for p in self.posseg.cut(text) if not p.word.isspace()]

    def cut_many(self, texts: Sequence[str]) -> list[list[tuple[str, str]]]:
        """:meth:`cut` of every text; with the fast backend one pass over all of them is much
        cheaper than a call per text (the dictionary route is computed for all blocks at once)."""
        if self._fast is not None:
            return self._fast.cut_many(texts)
        return [self.cut(text) for text in texts]

    def segment_line(self, line: str, pos: bool = False) -> str:
        """One line of text as words separated by single spaces (``word/tag`` with ``pos``)."""
        return self.segment_lines([line], pos)[0]

    def segment_lines(self, lines: Sequence[str], pos: bool = False) -> list[str]:
        """:meth:`segment_line` of every line, cut together (:meth:`cut_many`)."""
        if pos:
            return [" ".join([f"{w}/{t}" for w, t in pairs]) for pairs in self.cut_many(lines)]
        return [" ".join([w for w, _ in pairs]) for pairs in self.cut_many(lines)]


def agreement(reference: Sequence[tuple[str, str]], other: Sequence[tuple[str, str]]) -> float:
    """Share of ``reference`` tokens that ``other`` has at the same character span with the same tag."""

    def spans(pairs: Sequence[tuple[str, str]]) -> set[tuple[int, int, str]]:
        out, at = set(), 0
        for w, t in pairs:
            out.add((at, at + len(w), t))
            at += len(w)
        return out

    ref = spans(reference)
    if not ref:
        return 1.0
    return len(ref & spans(other)) / len(ref)
