"""Count how often each character opens a clause in plain news text: the table behind
``transforms.sentences`` (is the text under a headline the rest of a cut sentence?).

    python -m bench.clausestarts --text FILE [--text FILE …] [--write]

Reads plain text (one paragraph a line; e.g. the SIGHAN 2005 news test texts, People's Daily
1998 and MSR), splits it into clauses at the marks that end one (，。；！？：、 quotes, brackets,
spaces), and writes, for every character seen at least ``MIN_COUNT`` times, the share of its
occurrences that open a clause, smoothed towards ``PRIOR``.  "们" (0.002) and "的" (0.02) almost
never open one, "这" (0.49) and "据" (0.41) often do.  ``--write`` replaces
``transforms/dicts/clause_starts.tsv``; only these rates are kept, never the text.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "transforms" / "dicts" / "clause_starts.tsv"
_CLAUSE_BREAK = re.compile(r"[，。；！？：、“”‘’《》（）()\s,.;!?:]+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
MIN_COUNT = 20
PRIOR = 0.05  # a character's rate before any evidence (about the share of clause openings)
PRIOR_WEIGHT = 5


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


def table(r: dict[str, float]) -> str:
    head = "# char\tshare of its occurrences that open a clause (python -m bench.clausestarts)\n"
    return head + "".join(f"{c}\t{v}\n" for c, v in r.items())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--text", type=Path, action="append", required=True, help="plain text file (repeatable)")
    ap.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(REPO)}")
    args = ap.parse_args(argv)
    r = rates([p.read_text(encoding="utf-8") for p in args.text])
    print(f"{len(r)} characters", file=sys.stderr)
    if args.write:
        OUT.write_text(table(r), encoding="utf-8")
    else:
        sys.stdout.write(table(r))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
