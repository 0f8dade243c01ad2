"""bench.entity_issues: labelled sentences through the parser and the language layer."""

from __future__ import annotations

from baozhi.entity_lab import _sentence
from bench.entity_issues import evaluate, issue_files


def labelled(text: str, *spans: tuple[str, str]):
    """A sentence with its gold spans given as (name, type): ``("李岚清", "PER")``."""
    tags = ["O"] * len(text)
    for name, typ in spans:
        at = text.index(name)
        tags[at] = "B-" + typ
        tags[at + 1 : at + len(name)] = ["I-" + typ] * (len(name) - 1)
    return _sentence(text, tuple(tags))


SENTENCES = [
    labelled("李岚清会见美国客人", ("李岚清", "PER"), ("美国", "LOC")),  # a headline
    labelled("新华社北京5月9日电国务院副总理李岚清上午在中南海会晤了美国前财政部长芭芭拉·弗兰克林。",
             ("新华社", "ORG"), ("北京", "LOC"), ("国务院", "ORG"), ("李岚清", "PER"), ("中南海", "LOC"),
             ("美国", "LOC"), ("芭芭拉·弗兰克林", "PER")),
    labelled("李岚清说，中美两国应当加强在经济和科技领域的合作。", ("李岚清", "PER"), ("中", "LOC"), ("美", "LOC")),
    labelled("会见后，双方还就共同关心的问题交换了意见。"),
    labelled("辽源市委书记柴伟在东辽县调研时强调，要抓好秋季农业生产。",
             ("辽源市委", "ORG"), ("柴伟", "PER"), ("东辽县", "LOC")),
]


def test_every_sentence_is_laid_out_once_in_order():
    files = issue_files(SENTENCES * 30, issue_chars=400)
    assert len(files) > 1
    assert [s for f in files for s in f.sentences] == SENTENCES * 30
    assert all(s.source in f.text for f in files for s in f.sentences)


def test_sentences_are_found_again_and_every_gold_span_is_scored(tk, idf):
    sc = evaluate(SENTENCES, tk, idf)  # (repeated sentences would be dropped as extraction duplicates)
    gold = sum(len(s.spans()) for s in SENTENCES)
    assert (sc.sentences, sc.lost, sc.stray, sc.missed_outside) == (5, 0, 0, 0)
    assert sc.cut == 1  # the dateline went to the byline: the sentence is found in two pieces
    for score in (sc.spans, sc.spans_no_reporters, sc.articles, sc.articles_no_reporters):
        assert sum(score.tp.values()) + sum(score.fn.values()) == gold
    assert sc.spans.prf()[1] > 0.6  # the committed model finds most of these
