"""Count how often each character opens a clause in plain news text: the table behind
``transforms.sentences`` (is the text under a headline the rest of a cut sentence?).

    python -m bench.clausestarts --text FILE [--text FILE …] [--write]
    python -m bench.clausestarts --ends --text FILE [--text FILE …] [--corpus DIR] [--write]

Reads plain text (one paragraph a line; e.g. the SIGHAN 2005 news test texts, People's Daily
1998 and MSR), splits it into clauses at the marks that end one (，。；！？：、 quotes, brackets,
spaces), and writes, for every character seen at least ``MIN_COUNT`` times, the share of its
occurrences that open a clause, smoothed towards ``PRIOR``.  "们" (0.002) and "的" (0.02) almost
never open one, "这" (0.49) and "据" (0.41) often do.  ``--write`` replaces
``transforms/dicts/clause_starts.tsv``; only these rates are kept, never the text.

``--ends`` counts the other side of a clause: for every ending of one to three characters, the
share of its occurrences that close a clause ("更" 0.001, "有利于" 0.02: the word needs what
follows; "发展" 0.24, "期间" 0.59), written to ``transforms/dicts/clause_ends.tsv``.  ``--corpus``
adds the paragraphs of the development corpus's ``fit`` days (never the later days) to the text.

``--alone`` counts, for every word of two or three ideographs that closes a clause, the share of
those clauses it makes up alone ("要求" 0.002: "会议要求，…", its subject before it; "目前" 0.84,
"因此" 0.90: a sentence opens with the word), written to ``transforms/dicts/clause_alone.tsv``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from bench.stories import load_days, split_days

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "transforms" / "dicts" / "clause_starts.tsv"
ENDS_OUT = REPO / "transforms" / "dicts" / "clause_ends.tsv"
ALONE_OUT = REPO / "transforms" / "dicts" / "clause_alone.tsv"
_CLAUSE_BREAK = re.compile(r"[，。；！？：、“”‘’《》（）()\s,.;!?:]+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
MIN_COUNT = 20
PRIOR = 0.05  # a character's rate before any evidence (about the share of clause openings)
PRIOR_WEIGHT = 5
# Quotation marks and book-title marks close no clause: "…吃上“网红”小吃的" runs on through them,
# so they are taken out before the ends are counted ("…吃上网红小吃的"); a dash or an ellipsis does
# close one ("…大有可为——").
_QUOTES = re.compile(r"[“”‘’《》「」『』]")
_END_BREAK = re.compile(r"[，。；！？：、（）()\s,.;!?:—…]+")
MAX_ENDING = 3
END_PRIOR = 0.1  # an ending's share before any evidence (news clauses run about ten characters)


def rates(texts: list[str]) -> dict[str, float]:
    """Character -> smoothed share of its occurrences that open a clause."""
    opens: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for text in texts:
        for clause in _CLAUSE_BREAK.split(text):
            if not clause:
                continue
            opens[clause[0]] += 1
            seen.update(clause)
    return {
        c: round((opens[c] + PRIOR_WEIGHT * PRIOR) / (n + PRIOR_WEIGHT), 3)
        for c, n in sorted(seen.items())
        if n >= MIN_COUNT and _CJK.match(c)
    }


def end_rates(texts: list[str]) -> dict[str, float]:
    """Ending of one to ``MAX_ENDING`` ideographs -> smoothed share of its occurrences that close a
    clause, for every ending seen at least ``MIN_COUNT`` times."""
    ends: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for text in texts:
        for clause in _END_BREAK.split(_QUOTES.sub("", text)):
            for i in range(len(clause)):
                for n in range(1, MAX_ENDING + 1):
                    if i + n <= len(clause):
                        seen[clause[i : i + n]] += 1
            for n in range(1, min(MAX_ENDING, len(clause)) + 1):
                ends[clause[-n:]] += 1
    return {
        g: round((ends[g] + PRIOR_WEIGHT * END_PRIOR) / (n + PRIOR_WEIGHT), 3)
        for g, n in sorted(seen.items())
        if n >= MIN_COUNT and all(_CJK.match(c) for c in g)
    }


ALONE_SIZES = (2, 3)  # a word, not a character (a lone one is a cut word's tail: ``opens_with_lone_character``)


def alone_rates(texts: list[str]) -> dict[str, float]:
    """Word of two or three ideographs -> smoothed share of the clauses it closes that it makes
    up alone, for every word closing at least ``MIN_COUNT`` clauses."""
    alone: Counter[str] = Counter()
    closes: Counter[str] = Counter()
    for text in texts:
        for clause in _END_BREAK.split(_QUOTES.sub("", text)):
            for n in ALONE_SIZES:
                if len(clause) >= n:
                    closes[clause[-n:]] += 1
                    alone[clause] += len(clause) == n
    return {
        w: round((alone[w] + PRIOR_WEIGHT * PRIOR) / (n + PRIOR_WEIGHT), 3)
        for w, n in sorted(closes.items())
        if n >= MIN_COUNT and all(_CJK.match(c) for c in w)
    }


def table(r: dict[str, float], what: str = "char\tshare of its occurrences that open a clause") -> str:
    head = f"# {what} (python -m bench.clausestarts)\n"
    return head + "".join(f"{c}\t{v}\n" for c, v in r.items())


def fit_paragraphs(corpus: Path) -> list[str]:
    """The body paragraphs of the corpus's ``fit`` days (the days the parser is tuned on)."""
    days = load_days(corpus)
    return [p for day in split_days(list(days), "fit") for story in days[day] for p in story.paragraphs]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--text", type=Path, action="append", required=True, help="plain text file (repeatable)")
    ap.add_argument("--ends", action="store_true", help="count clause endings instead (clause_ends.tsv)")
    ap.add_argument("--alone", action="store_true", help="count words that make a clause alone instead (clause_alone.tsv)")
    ap.add_argument("--corpus", type=Path, help="also the fit days' paragraphs of this folder of articles_YYYYMMDD.json")
    ap.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(REPO)} ({ENDS_OUT.relative_to(REPO)}, {ALONE_OUT.relative_to(REPO)})")
    args = ap.parse_args(argv)
    texts = [p.read_text(encoding="utf-8") for p in args.text] + (fit_paragraphs(args.corpus) if args.corpus else [])
    if args.ends:
        out, text = ENDS_OUT, table(end_rates(texts), "ending\tshare of its occurrences that close a clause")
    elif args.alone:
        out, text = ALONE_OUT, table(alone_rates(texts), "word\tshare of the clauses it closes that it makes up alone")
    else:
        out, text = OUT, table(rates(texts))
    print(f"{text.count(chr(10)) - 1} entries", file=sys.stderr)
    if args.write:
        out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
