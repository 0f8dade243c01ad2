"""Keywords per article: TF-IDF over the article's tokens, IDF from this warehouse's own corpus.

While the warehouse holds fewer than ``MIN_CORPUS_DOCS`` articles its document frequencies
say little, so jieba's bundled IDF table (``jieba/analyse/idf.txt``) is used instead.
Date words, numbers, single characters, punctuation and newspaper furniture never become
keywords: ``5月`` ``2021年`` ``三天`` ``第三版`` ``本报讯`` ``记者`` are all filtered by rule or list.
"""

from __future__ import annotations

import heapq
import math
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from transforms.model import Keyword

MIN_CORPUS_DOCS = 200
TOP_K = 10
# POS tags (jieba posseg) a keyword may carry: nouns, names, verbal nouns, idioms, abbreviations.
KEYWORD_TAGS = frozenset(
    {"n", "nr", "nrfg", "nrt", "ns", "nt", "nz", "nw", "vn", "v", "an", "a", "j", "i", "l", "eng"}
)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_DIGIT = re.compile(r"[0-9０-９]")
# Numerals and date/time/measure endings written in Chinese: 三天 十九 第八批 初一 七月 二〇二一年
_CN_NUMBER = re.compile(r"^[第初]?[〇零一二三四五六七八九十百千万亿两半几数多余]+[年月日号天批次个项件条户名位期届岁元号时分秒周]?$")
# Relative dates: 今年 去年 上半年 本月 当日 次日 星期三 周五 (but 青年 少年 节日 stay candidates)
_DATEISH = re.compile(r"^(?:[今去明前后当近每全本上下同次昨首][半]?[年月日天]|星期.|礼拜.|周[一二三四五六日天末])$")


def parse_idf(text: str) -> dict[str, float]:
    """jieba's ``word idf`` lines as a mapping."""
    table = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 2:
            table[parts[0]] = float(parts[1])
    return table


@dataclass(frozen=True, eq=False)
class WordTable:
    """A read-only word -> weight table as two arrays: the words sorted (fixed-width unicode) and
    their weights in that order. jieba's idf.txt as a dict is 270,132 str and float objects that a
    process builds before its first keyword (~0.2 s of CPU loading them, ~0.05 s for a median);
    as arrays it is two buffers, and the words of a whole batch are looked up in one
    ``searchsorted``."""

    words: np.ndarray  # sorted, dtype '<U{longest word}'
    weights: np.ndarray  # float64, weights[i] is the weight of words[i]

    @classmethod
    def from_mapping(cls, table: Mapping[str, float]) -> WordTable:
        words = sorted(table)
        return cls(np.array(words, dtype=str), np.array([table[w] for w in words], dtype=np.float64))

    def to_state(self) -> tuple[str, bytes, bytes]:
        """The arrays as marshal-able values (``from_state`` gives them back without copying)."""
        return self.words.dtype.str, self.words.tobytes(), self.weights.tobytes()

    @classmethod
    def from_state(cls, state: tuple[str, bytes, bytes]) -> WordTable:
        dtype, words, weights = state
        return cls(np.frombuffer(words, dtype=dtype), np.frombuffer(weights, dtype=np.float64))

    def __len__(self) -> int:
        return len(self.words)

    def median(self) -> float:
        """The median weight, as ``statistics.median`` gives it (the mean of the two middle ones
        for an even count), from a partial sort of the weights."""
        middle = sorted({(len(self) - 1) // 2, len(self) // 2})
        return statistics.median(np.partition(self.weights, middle)[middle].tolist())

    def get_many(self, words: Sequence[str], default: float) -> list[float]:
        """The weight of each of ``words`` (``default`` for a word the table lacks), in order."""
        if not len(self) or not words:
            return [default] * len(words)
        at = np.searchsorted(self.words, np.array(words, dtype=str)).clip(0, len(self) - 1)
        # Compared as Python strings: numpy drops a string's trailing NUL characters, so "辽源\x00"
        # would find "辽源" in the array; the table's own words never end in one.
        found = [a == b for a, b in zip(self.words[at].tolist(), words)]
        weights = self.weights[at].tolist()
        return [w if hit else default for w, hit in zip(weights, found)]


def parse_stopwords(text: str) -> frozenset[str]:
    """Whitespace-separated words; lines starting with ``#`` are comments."""
    words: set[str] = set()
    for line in text.lstrip("\ufeff").splitlines():
        if not line.strip().startswith("#"):
            words.update(line.split())
    return frozenset(words)


@dataclass(frozen=True, eq=False)
class Idf:
    """Inverse document frequencies for keyword weights, and the words never to pick."""

    source: str  # "corpus" (this warehouse's articles) or "jieba" (bundled table)
    n_docs: int
    # jieba's table as arrays (WordTable: loaded in ~0.01 s, not built word by word), or a plain
    # dict of the corpus's words, treated as read-only: a mappingproxy's .get finds the dict's
    # method anew on every call (~1 µs), and keywords look up every candidate word of every article.
    table: WordTable | Mapping[str, float]
    default: float  # for words the table does not know
    stopwords: frozenset[str] = field(default=frozenset())

    @classmethod
    def from_corpus(
        cls,
        n_docs: int,
        doc_freq: Mapping[str, int],
        fallback: str | Mapping[str, float] | WordTable,
        *,
        stopwords: Iterable[str] = (),
        min_docs: int = MIN_CORPUS_DOCS,
    ) -> Idf:
        """IDF from ``doc_freq`` (articles containing each word) once ``n_docs >= min_docs``.

        ``fallback``: jieba's idf.txt, as text, already parsed (:func:`parse_idf`) or as a
        :class:`WordTable` (kept as it is: its arrays are read-only).
        Corpus IDF is smoothed, ``log((n+1)/(df+1)) + 1``, so a word in every article keeps a
        small positive weight and an unseen word gets the largest.
        """
        stop = frozenset(stopwords)
        if n_docs < min_docs:
            if isinstance(fallback, WordTable):
                return cls("jieba", n_docs, fallback, fallback.median() if len(fallback) else 1.0, stop)
            table = parse_idf(fallback) if isinstance(fallback, str) else fallback
            default = statistics.median(table.values()) if table else 1.0
            return cls("jieba", n_docs, dict(table), default, stop)
        table = {w: math.log((n_docs + 1) / (df + 1)) + 1.0 for w, df in doc_freq.items() if df > 0}
        return cls("corpus", n_docs, table, math.log(n_docs + 1) + 1.0, stop)

    def __call__(self, word: str) -> float:
        return self.weights([word])[0]

    def weights(self, words: Sequence[str]) -> list[float]:
        """The IDF of each of ``words``, in order."""
        if isinstance(self.table, WordTable):
            return self.table.get_many(words, self.default)
        get, default = self.table.get, self.default  # without a method call per word
        return [get(w, default) for w in words]


def is_candidate(word: str, tag: str, stopwords: frozenset[str]) -> bool:
    """Whether a token may be a keyword at all (before weighting)."""
    if len(word) < 2 or tag not in KEYWORD_TAGS or word in stopwords:
        return False
    if not _HAN.search(word) or _DIGIT.search(word):  # "PM2.5", "2021", punctuation
        return False
    return not (_CN_NUMBER.match(word) or _DATEISH.match(word))


def document_words(tokens: Iterable[tuple[str, str]], stopwords: frozenset[str] = frozenset()) -> set[str]:
    """The distinct candidate words of one article: what ``doc_freq`` counts."""
    return {w for w, t in tokens if is_candidate(w, t, stopwords)}


# is_candidate's tests of the word itself, as one pattern over many words, one a line: it matches
# a line of two characters or more that holds an ideograph and no digit and is neither a
# numeral nor a relative date ("工作" yes; "2021年" "三天" "今年" "PM" no). The four patterns
# above, each run per word, cost more than the rest of extract.
_WORD_LINE = re.compile(
    r"^(?=[^\n]*[\u4e00-\u9fff])"  # _HAN
    r"(?!" + _CN_NUMBER.pattern[1:-1] + r"$)"  # _CN_NUMBER, without its ^ and $
    r"(?!" + _DATEISH.pattern[1:-1] + r"$)"  # _DATEISH
    r"[^\n0-9０-９]{2,}$",  # _DIGIT; two characters or more
    re.MULTILINE,
)


def candidate_words(words: Iterable[str], stopwords: frozenset[str]) -> set[str]:
    """The words ``is_candidate`` accepts with a keyword tag: one regex pass over all of them."""
    words = list(words)
    joined = "\n".join(words)
    if joined.count("\n") != max(len(words) - 1, 0):  # a word with a line end: one at a time
        return {w for w in words if is_candidate(w, "n", stopwords)}
    return set(_WORD_LINE.findall(joined)).difference(stopwords)


def extract(tokens: Sequence[tuple[str, str]], idf: Idf, top_k: int = TOP_K) -> tuple[Keyword, ...]:
    """Top ``top_k`` keywords by TF-IDF, rank 1 best; ties broken by the word, for stable output."""
    return extract_many([tokens], idf, top_k)[0]


def extract_many(
    token_lists: Sequence[Sequence[tuple[str, str]]], idf: Idf, top_k: int = TOP_K
) -> list[tuple[Keyword, ...]]:
    """:func:`extract` of each article's tokens, the IDF of all their words looked up at once."""
    counts = [candidate_counts(tokens, idf.stopwords) for tokens in token_lists]
    words = list(set().union(*counts))
    weight = dict(zip(words, idf.weights(words)))
    return [_top(c, weight, top_k) for c in counts]


def candidate_counts(tokens: Sequence[tuple[str, str]], stopwords: frozenset[str]) -> dict[str, int]:
    """How often each keyword candidate occurs among ``tokens``."""
    # Each distinct (word, tag) is judged once, not every occurrence (an article repeats its
    # words); the tag first (most tokens fail it), then the distinct words in one regex pass.
    tagged = [(w, c) for (w, t), c in Counter(tokens).items() if t in KEYWORD_TAGS]
    if not tagged:
        return {}
    ok = candidate_words({w for w, _ in tagged}, stopwords)
    counts: dict[str, int] = {}
    for w, c in tagged:
        if w in ok:
            counts[w] = counts.get(w, 0) + c
    return counts


def _top(counts: dict[str, int], weight: Mapping[str, float], top_k: int) -> tuple[Keyword, ...]:
    total = sum(counts.values())
    if not total:
        return ()
    # (-score, word): the smallest first is the best, ties by the word, compared as tuples in C
    best = heapq.nsmallest(top_k, [(-(c / total * weight[w]), w) for w, c in counts.items()])
    return tuple(Keyword(w, round(-s, 6), rank) for rank, (s, w) in enumerate(best, 1))
