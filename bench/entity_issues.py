"""The entity layer measured the way the owners measure it: labelled sentences laid out as issue
files and run through the real parser and language layer (``baozhi eval-entities --issues``).

The sentence-level evaluation (``baozhi/entity_lab.py``) gives the model each sentence as one
text. Here the sentences become issue files (``bench.textlayout``: a short line without
sentence punctuation is a headline, the rest paragraphs, ~1,800 characters an issue),
``transforms.parse.parse_issue`` makes articles of them (headlines, bylines, captions,
furniture, normalised text) and the worker's own calls find the entities
(``transforms.language``: :func:`find_text_mentions` for the spans, :func:`analyse_columns` for
the rows of the ``entities`` table). Two scores:

- **spans**: every sentence is found again in its issue's article texts, whole or in the
  pieces the parser cut it into (``本报香港6月9日电`` in the byline, ``记者陶世安…`` in the
  body), and the mentions inside it are scored as exact spans against its gold spans. A gold
  span in no piece is missed; a mention in text that belongs to no sentence is wrong.
- **articles**: what the ``entities`` table holds: per article the multiset of (name, type),
  each name as often as its ``mentions``, against the gold names of the sentences the article
  holds. The warehouse allows no other score (its rows have no spans).

Reporters (``记者陶世安``) are gold persons in the corpus; every score is given twice, with a
``reporter`` row or mention counted as a person and with reporters left out, so the cost of
either reading is visible.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from baozhi.entity_lab import Score, Sentence
from bench.textlayout import layout, split_articles
from transforms import language
from transforms.keywords import Idf
from transforms.normalise import normalise_line
from transforms.parse import parse_issue

_TYPE = {"person": "PER", "place": "LOC", "org": "ORG", "reporter": "PER"}
MIN_PIECE = 4  # a shorter piece of a sentence is not looked for (it would be found anywhere)
PAPER = "peoples-daily"


@dataclass
class IssueScores:
    """Exact spans and article multisets, each with reporters as persons (``spans``,
    ``articles``) and without them (``*_no_reporters``); what happened to the sentences."""

    spans: Score = field(default_factory=Score.empty)
    spans_no_reporters: Score = field(default_factory=Score.empty)
    articles: Score = field(default_factory=Score.empty)
    articles_no_reporters: Score = field(default_factory=Score.empty)
    sentences: int = 0
    whole: int = 0  # found verbatim in one article text
    cut: int = 0  # found in pieces (a dateline in the byline, the rest in the body)
    lost: int = 0  # not found at all
    missed_outside: int = 0  # gold spans in a part of a sentence no article text holds
    stray: int = 0  # mentions in article text that belongs to no sentence

    def merge(self, other: IssueScores) -> None:
        for name in ("spans", "spans_no_reporters", "articles", "articles_no_reporters"):
            mine, theirs = getattr(self, name), getattr(other, name)
            for part in ("tp", "fp", "fn"):
                getattr(mine, part).update(getattr(theirs, part))
        for name in ("sentences", "whole", "cut", "lost", "missed_outside", "stray"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def report(self) -> str:
        lines = [
            f"{self.sentences} sentences: {self.whole} found whole in an article text, {self.cut} in pieces "
            f"(a dateline in the byline ...), {self.lost} not found; {self.missed_outside} gold spans in text "
            f"no article holds, {self.stray} mentions in text of no sentence",
        ]
        for title, sc in (
            ("exact spans, a reporter counted as a person", self.spans),
            ("exact spans, reporters left out", self.spans_no_reporters),
            ("the entities table: per article (name, type) x mentions, a reporter counted as a person", self.articles),
            ("the entities table, reporters left out", self.articles_no_reporters),
        ):
            lines += ["", title, sc.table()]
        return "\n".join(lines)


@dataclass(frozen=True)
class IssueFileText:
    name: str
    text: str
    sentences: tuple[Sentence, ...]  # the labelled sentences it prints, in order


def issue_files(sentences: Sequence[Sentence], issue_chars: int = 1800) -> list[IssueFileText]:
    """The sentences laid out as issue files (each sentence one line of ``bench.textlayout``)."""
    lines = [s for s in sentences if s.source.strip()]
    articles = list(split_articles(s.source for s in lines))
    out = []
    first_article = first_line = 0
    for f in layout(articles, issue_chars=issue_chars):  # each file takes the next f.articles
        mine = articles[first_article : first_article + f.articles]
        n_lines = sum(len(a.heading) + len(a.paragraphs) for a in mine)
        out.append(IssueFileText(f.name, f.text, tuple(lines[first_line : first_line + n_lines])))
        first_article += f.articles
        first_line += n_lines
    return out


def evaluate(sentences: Sequence[Sentence], tokenizer, idf: Idf, *, issue_chars: int = 1800) -> IssueScores:
    """Lay ``sentences`` out as issue files, parse them, find entities as a worker does, score.
    ``tokenizer`` carries the recogniser (``Tokenizer(..., recogniser=...)``)."""
    out = IssueScores()
    for f in issue_files(sentences, issue_chars):
        out.merge(score_issue(f, tokenizer, idf))
    return out


def score_issue(f: IssueFileText, tokenizer, idf: Idf) -> IssueScores:
    sc = IssueScores(sentences=len(f.sentences))
    parsed = parse_issue(f.text.encode("utf-8"), source_file=f.name, default_paper=PAPER)
    articles = getattr(parsed, "articles", ())
    found = language.find_text_mentions(articles, tokenizer)
    rows = [c.entities for c in language.analyse_columns(articles, tokenizer, idf)]
    reporters = [{e.entity for e in r if e.entity_type == "reporter"} for r in rows]
    # every entity text in one string ("\x00" between them) to find the sentences in
    base, at = [], 0
    for t in found.texts:
        base.append(at)
        at += len(t) + 1
    blob = "\x00".join(found.texts)
    # mentions in blob offsets, as the table counts them: a person who is one of the
    # article's reporters is dropped, as transforms.entities.extract drops them
    predicted = [
        (base[i] + m.start, base[i] + m.end, _TYPE[m.entity_type], m.entity_type == "reporter")
        for i, ms in enumerate(found.mentions)
        for m in ms
        if not (m.entity_type == "person" and m.text in reporters[found.owners[i]])
    ]
    covered: list[tuple[int, int]] = []
    gold_names: list[Counter] = [Counter() for _ in articles]
    cursor = article = 0
    for s in f.sentences:
        key = normalise_line(s.source.strip())
        gold = s.spans()
        pieces = _locate(blob, key, cursor) if key else []
        if not pieces:
            sc.lost += 1
            _missed(sc, gold)
        else:
            whole = len(pieces) == 1 and pieces[0][1:] == (0, len(key))
            sc.whole += whole
            sc.cut += not whole
            end_pos, frm, to = pieces[-1]
            cursor = end_pos + to - frm
            article = found.owners[_text_at(base, end_pos)]
        if articles:
            gold_names[article].update((s.text[a:b], t) for a, b, t in gold)
        if not pieces:
            continue
        shift = len(s.source) - len(s.source.lstrip())
        if key != s.text.strip() or len(key) != len(s.source.strip()):  # offsets would not map
            _missed(sc, gold)
            sc.missed_outside += len(gold)
            continue
        gold = {(a - shift, b - shift, t) for a, b, t in gold}
        mine: set = set()
        mine_nr: set = set()
        for pos, frm, to in pieces:
            covered.append((pos, pos + to - frm))
            for a, b, t, is_reporter in predicted:
                if pos <= a and b <= pos + to - frm:
                    span = (a - pos + frm, b - pos + frm, t)
                    mine.add(span)
                    if not is_reporter:
                        mine_nr.add(span)
        sc.missed_outside += sum(not any(frm <= a and b <= to for _, frm, to in pieces) for a, b, _ in gold)
        sc.spans.add(mine, gold)
        sc.spans_no_reporters.add(mine_nr, gold)
    for a, b, t, is_reporter in predicted:
        if not any(c0 <= a and b <= c1 for c0, c1 in covered):
            sc.stray += 1
            sc.spans.fp[t] += 1
            sc.spans_no_reporters.fp[t] += not is_reporter
    for k, ents in enumerate(rows):
        table = Counter({(e.entity, _TYPE[e.entity_type]): e.mentions for e in ents})
        table_nr = Counter({(e.entity, _TYPE[e.entity_type]): e.mentions for e in ents if e.entity_type != "reporter"})
        sc.articles.add(_numbered(table), _numbered(gold_names[k]))
        sc.articles_no_reporters.add(_numbered(table_nr), _numbered(gold_names[k]))
    return sc


def _missed(sc: IssueScores, gold: set[tuple[int, int, str]]) -> None:
    for _, _, t in gold:
        sc.spans.fn[t] += 1
        sc.spans_no_reporters.fn[t] += 1


def _text_at(base: list[int], pos: int) -> int:
    from bisect import bisect_right

    return max(0, bisect_right(base, pos) - 1)


def _numbered(counts: Counter) -> set[tuple[str, int, str]]:
    """A multiset as a set :class:`Score` counts: (name, k, type) for the k-th mention."""
    return {(name, k, t) for (name, t), n in counts.items() for k in range(n)}


def _longest_piece(blob: str, key: str, cursor: int) -> tuple[int, int, int] | None:
    """``(blob_pos, key_from, key_to)`` of the longest piece of ``key`` in ``blob`` that is all
    of it, a suffix or a prefix (``MIN_PIECE`` characters at least); looked for from ``cursor``
    (where the previous sentence ended), then from the start."""
    for start in (cursor, 0):
        pos = blob.find(key, start)
        if pos >= 0:
            return pos, 0, len(key)
    for start in (cursor, 0):
        found = []
        # if key[i:] is in blob so is key[i+1:]: bisect for the longest suffix, then prefix
        lo, hi = 0, len(key) - MIN_PIECE + 1
        while lo < hi:
            mid = (lo + hi) // 2
            lo, hi = (lo, mid) if blob.find(key[mid:], start) >= 0 else (mid + 1, hi)
        if lo <= len(key) - MIN_PIECE:
            found.append((len(key) - lo, blob.find(key[lo:], start), lo))
        lo, hi = MIN_PIECE - 1, len(key)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            lo, hi = (mid, hi) if blob.find(key[:mid], start) >= 0 else (lo, mid - 1)
        if lo >= MIN_PIECE:
            found.append((lo, blob.find(key[:lo], start), 0))
        if found:
            length, pos, frm = max(found)
            return pos, frm, frm + length
    return None


def _locate(blob: str, key: str, cursor: int) -> list[tuple[int, int, int]]:
    """The pieces of ``key`` (a sentence) in ``blob``, ``(blob_pos, key_from, key_to)`` in
    sentence order: the whole sentence, or the pieces the parser cut it into."""
    pieces: list[tuple[int, int, int]] = []
    todo = [(0, len(key))]
    while todo:
        lo, hi = todo.pop()
        if hi - lo < MIN_PIECE:
            continue
        hit = _longest_piece(blob, key[lo:hi], cursor)
        if hit is None:
            continue
        pos, frm, to = hit
        pieces.append((pos, lo + frm, lo + to))
        todo += [(lo, lo + frm), (lo + to, hi)]
    return sorted(pieces, key=lambda p: p[1])
