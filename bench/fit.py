"""Fit the weights of ``transforms.evidence`` on rendered pages of the development split.

    python -m bench.fit --corpus DIR [--rounds 3] [--write]

Renders the ``fit`` days of the corpus (clean pages, damaged pages, 辽源日报-style issues) into a
temporary folder, parses them together with the samples' goldens and the held-out cases, and
labels every weighed heading decision the segmenter makes (``parse_issue(trace=…)``): positive
when a line of the run is a kicker, title or subtitle of the file's gold. A logistic regression
(L2, classes balanced, the samples and held-out files weighing more) gives the weights. Because
the decisions change what the segmenter sees next, each round parses again with the new weights
and adds the new decisions to the training rows. ``--write`` puts the weights into
``transforms/evidence.py``. The ``test`` days are never read.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

import numpy as np

from bench.gold import Case, flat, load_cases
from bench.render import write_set
from bench.score import evaluate
from transforms import evidence, segment
from transforms.parse import parse_issue

REPO = Path(__file__).resolve().parent.parent
# The direction of each piece of evidence is known; only its size is fitted.  A headline is
# echoed by its body, carries a column tag, opens a page; a crosshead continues its story's
# topic and comes in a series.
SIGNS = {
    "three_lines": "+", "notice": "+", "tag": "+", "page_top": "+", "question": "+", "short_echoed": "+",
    "echo_next": "+", "short": "-", "clause": "-", "siblings": "-", "parallel": "-",
    "continues_tail": "-", "continues_start": "-",
}
HAND_WEIGHT = 5.0  # a decision in the samples or held-out files counts this many times
L2 = 0.05


def _rows(cases: list[Case], weight: float) -> list[tuple[tuple[float, ...], int, float]]:
    rows = []
    for case in cases:
        gold = {flat(a.get(k)) for a in case.gold["articles"] for k in ("kicker", "headline", "subtitle") if a.get(k)}
        trace: list = []
        parse_issue(case.data, source_file=case.source_file, default_paper=case.default_paper, trace=trace)
        for lines, ev, _decision in trace:
            rows.append((ev.values, int(any(flat(t) in gold for t in lines)), weight))
    return rows


def fit(rows: list[tuple[tuple[float, ...], int, float]], steps: int = 4000, lr: float = 0.5) -> dict[str, float]:
    """Weighted logistic regression by gradient descent, then the bias moved to the cut that
    gives the best F1 on the training decisions (headlines are rare among the candidates)."""
    x = np.array([r[0] for r in rows], dtype=float)
    y = np.array([r[1] for r in rows], dtype=float)
    w = np.array([r[2] for r in rows], dtype=float)
    w = w / w.sum()
    beta = np.zeros(x.shape[1])
    lo = np.array([0.0 if SIGNS.get(f) == "+" else -np.inf for f in evidence.FEATURES])
    hi = np.array([0.0 if SIGNS.get(f) == "-" else np.inf for f in evidence.FEATURES])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ beta))
        grad = x.T @ (w * (p - y)) + L2 * np.r_[0.0, beta[1:]] / len(rows)
        beta = np.clip(beta - lr * grad, lo, hi)  # signs fixed by how papers are made, sizes fitted
    scores = x @ beta
    best, cut = -1.0, 0.0
    for c in np.unique(scores):
        pred = scores >= c
        tp = (w * (pred & (y == 1))).sum()
        f1 = 2 * tp / ((w * pred).sum() + (w * y).sum())
        if f1 > best:
            best, cut = f1, c
    beta[0] -= cut - 1e-6  # score > 0 exactly where scores >= cut
    return {name: round(float(b), 3) for name, b in zip(evidence.FEATURES, beta)}


def _write(weights: dict[str, float]) -> None:
    path = REPO / "transforms" / "evidence.py"
    text = path.read_text(encoding="utf-8")
    block = "WEIGHTS: dict[str, float] = {\n" + "".join(f'    "{k}": {v},\n' for k, v in weights.items()) + "}\n"
    new = re.sub(r"WEIGHTS: dict\[str, float\] = \{\n.*?\n\}\n", block, text, count=1, flags=re.S)
    path.write_text(new, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, required=True, help="folder of articles_YYYYMMDD.json")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--write", action="store_true", help="write the weights into transforms/evidence.py")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="baozhi-fit-") as tmp:
        root = Path(tmp)
        sets = {
            "clean": write_set(args.corpus, root / "clean", kind="pages", split="fit"),
            "damaged": write_set(args.corpus, root / "damaged", kind="pages", split="fit", damage=1.0),
            "issues": write_set(args.corpus, root / "issues", kind="issues", split="fit"),
        }
        rendered = {name: load_cases(root / name) for name in sets}
        hand = load_cases(REPO / "tests/transforms/golden", [REPO / "samples/liaoyuan-daily"]) + load_cases(
            REPO / "tests/transforms/heldout/cases"
        )
        rows: list = []
        segment.USE_LEGACY = True
        weights: dict[str, float] = {}
        for round_ in range(args.rounds):
            for cases in rendered.values():
                rows += _rows(cases, 1.0)
            rows += _rows(hand, HAND_WEIGHT)
            weights = fit(rows)
            evidence.WEIGHTS.clear()
            evidence.WEIGHTS.update(weights)
            segment.USE_LEGACY = False
            figures = {name: evaluate(cases).headline_f1 for name, cases in rendered.items()}
            hand_f1 = evaluate(hand).headline_f1
            print(f"round {round_ + 1}: {len(rows)} decisions; headline F1 "
                  + ", ".join(f"{k} {v:.3f}" for k, v in figures.items()) + f", samples+held-out {hand_f1:.3f}", file=sys.stderr)
    print(weights)
    if args.write:
        _write(weights)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
