"""Training and measuring the entity model on labelled BIO files (``make train-entities``,
``baozhi eval-entities``).

The labelled corpora are read from a path and never copied into the repository: only the
trained weights (``transforms/dicts/entities.crf.tsv``) are committed.

BIO format: one character and its tag per line (``柴 B-PER``; space or TAB between them), a
blank line between sentences; tags B-/I- with PER, LOC, ORG, and O.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from transforms import ner
from transforms.normalise import normalise_line

BIO_TYPES = {"PER": "person", "LOC": "place", "ORG": "org"}
# CRFsuite L-BFGS settings of the committed model, chosen by 5-fold runs on the dev split
# (F1 at c1 0.01 / 0.02 / 0.05 / 0.1: 0.820 / 0.823 / 0.820 / 0.818).
TRAINING = {"c1": 0.02, "c2": 0.01, "iterations": 150}
# Of gold entities marked as if a user dictionary named them (training_chunks): enough for the
# model to trust a newsroom's dictionary (柴伟 in people.txt), few enough that it still learns
# names from the text around them. At 0.3 the 5-fold F1 on the dev split was 0.806, at 0.05 0.826.
MARKED_SHARE = 0.05


@dataclass(frozen=True)
class Sentence:
    text: str  # as the pipeline sees it: normalised when that keeps every character in place
    tags: tuple[str, ...]
    source: str = ""  # as the file has it (what an issue file would print)

    def spans(self) -> set[tuple[int, int, str]]:
        return set(bio_spans(self.tags))


def read_bio(path: Path) -> list[Sentence]:
    """The sentences of a BIO file."""
    out: list[Sentence] = []
    chars: list[str] = []
    tags: list[str] = []
    for raw in path.read_text(encoding="utf-8-sig").splitlines() + [""]:
        line = raw.rstrip("\r\n")
        if not line.strip():
            if chars:
                out.append(_sentence("".join(chars), tuple(tags)))
                chars, tags = [], []
            continue
        ch, _, tag = line.partition("\t") if "\t" in line else line.rpartition(" ")
        chars.append(ch[:1] or " ")
        tags.append(tag.strip() or "O")
    return out


def _sentence(text: str, tags: tuple[str, ...]) -> Sentence:
    # The pipeline normalises text before it segments it (full-width digits -> ASCII, ASCII
    # commas in Chinese -> ，). Keep the labels aligned: use the normal form only when it has
    # the same length (it almost always has: the corpora have no runs of spaces).
    norm = normalise_line(text)
    return Sentence(norm if len(norm) == len(text) else text, tags, text)


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` spans of B-/I- tags; an I- after another type starts a span."""
    out = []
    start, typ = None, None
    for i, tag in enumerate([*tags, "O"]):
        kind, _, t = tag.partition("-")
        if start is not None and not (kind == "I" and t == typ):
            out.append((start, i, typ))
            start, typ = None, None
        if kind in ("B", "I") and start is None:
            start, typ = i, t
    return out


def training_chunks(
    sentences: Iterable[Sentence],
    tokenizer,
    retag: dict[str, str] | None = None,
    dictionary: dict[str, str] | None = None,
    marked_share: float = MARKED_SHARE,
) -> list[tuple[ner.Chunk, list[str]]]:
    """Every sentence cut into the chunks the pipeline labels, with their gold tags.

    Dictionary marks: the pipeline marks words of the newsroom's user dictionaries (柴伟,
    东辽县). The corpora have no such dictionary, so one is simulated: ``marked_share`` of the
    gold entities (chosen by a hash, the same every run) are marked as if a dictionary named
    them, beside real matches of the committed dictionaries. The model learns to trust a mark
    without forgetting unmarked names.
    """
    out = []
    for i, s in enumerate(sentences):
        tokens = ner.tokens_of(s.text, tokenizer.cut(s.text), retag)
        marks = [(a, b, t, 1) for a, b, t in ner.dictionary_marks(tokens, dictionary or {})]
        marks += [(a, b, t, 0) for a, b, t in s.spans() if zlib.crc32(f"{i}:{a}:{b}".encode()) % 1000 < marked_share * 1000]
        kept: list[tuple[int, int, str]] = []
        for a, b, t, _ in sorted(marks, key=lambda m: (m[0], m[3], m[0] - m[1])):
            if not kept or a >= kept[-1][1]:
                kept.append((a, b, t))
        for chunk in ner.chunks_of(s.text, tokens, kept):
            out.append((chunk, list(s.tags[chunk.start : chunk.start + len(chunk.text)])))
    return out


def train(chunks: Sequence[tuple[ner.Chunk, list[str]]], *, c1: float, c2: float, iterations: int, model_path: Path) -> None:
    """Train CRFsuite (L-BFGS) on labelled chunks; writes CRFsuite's binary model."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for chunk, tags in chunks:
        trainer.append(ner.feature_strings(chunk.text, chunk.tokens, chunk.marks), tags)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True})
    trainer.train(str(model_path))


def export_model(crfsuite_model: Path, header: Sequence[str] = ()) -> str:
    """A CRFsuite model as the text :func:`transforms.crf.parse_model_text` reads."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(crfsuite_model))
    info = tagger.info()
    lines = [f"# {h}" for h in header]
    lines += [f"T\t{a}\t{b}\t{w:.6g}" for (a, b), w in sorted(info.transitions.items()) if w]
    lines += [f"S\t{attr}\t{lab}\t{w:.6g}" for (attr, lab), w in sorted(info.state_features.items()) if w]
    return "\n".join(lines) + "\n"


def folds(n: int, k: int) -> list[int]:
    """A fold number for each of ``n`` sentences: ``k`` contiguous blocks, so the sentences of
    one article stay together (a random split would put an article's names in both halves and
    flatter the model: the held-back test split is other articles)."""
    return [min(i * k // n, k - 1) for i in range(n)]


@dataclass
class Score:
    tp: Counter
    fp: Counter
    fn: Counter

    @classmethod
    def empty(cls) -> Score:
        return cls(Counter(), Counter(), Counter())

    def add(self, predicted: set[tuple[int, int, str]], gold: set[tuple[int, int, str]]) -> None:
        for s in predicted:
            (self.tp if s in gold else self.fp)[s[2]] += 1
        for s in gold - predicted:
            self.fn[s[2]] += 1

    def prf(self, typ: str | None = None) -> tuple[float, float, float, int]:
        """Precision, recall, F1 and gold count of one type (``None``: all types)."""
        pick = (lambda c: sum(c.values())) if typ is None else (lambda c: c[typ])
        tp, fp, fn = pick(self.tp), pick(self.fp), pick(self.fn)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0), tp + fn

    def table(self) -> str:
        rows = ["| | precision | recall | F1 | gold spans |", "|---|---|---|---|---|"]
        for name, typ in (("all entities", None), ("persons", "PER"), ("places", "LOC"), ("organisations", "ORG")):
            p, r, f, n = self.prf(typ)
            rows.append(f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {n} |")
        return "\n".join(rows)


def train_model_text(
    sentences: Sequence[Sentence], tokenizer, retag: dict[str, str], dictionary: dict[str, str], *,
    c1: float, c2: float, iterations: int, header: Sequence[str] = (),
) -> str:
    """Train on ``sentences`` and return the model as text (see :func:`export_model`)."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="baozhi-crf-") as tmp:
        path = Path(tmp) / "model.crf"
        chunks = training_chunks(sentences, tokenizer, retag, dictionary)
        train(chunks, c1=c1, c2=c2, iterations=iterations, model_path=path)
        return export_model(path, header)


_SCORED_TYPE = {"person": "PER", "reporter": "PER", "place": "LOC", "org": "ORG"}


def predict(sentences: Sequence[Sentence], tokenizer, recogniser, batch: int = 400) -> list[set[tuple[int, int, str]]]:
    """The pipeline's mentions of every sentence (each one text, as ``baozhi entities`` reads a
    line) as ``(start, end, PER|LOC|ORG)``; a reporter counts as a person."""
    from transforms.entities import find_mentions

    out: list[set[tuple[int, int, str]]] = []
    for i in range(0, len(sentences), batch):
        texts = [s.text for s in sentences[i : i + batch]]
        found = find_mentions(texts, [tokenizer.cut(t) for t in texts], recogniser)
        out += [{(m.start, m.end, _SCORED_TYPE[m.entity_type]) for m in ms} for ms in found]
    return out


def score(sentences: Sequence[Sentence], predicted: Sequence[set[tuple[int, int, str]]]) -> Score:
    sc = Score.empty()
    for s, p in zip(sentences, predicted):
        sc.add(p, s.spans())
    return sc
