"""Fit the weights of ``transforms.evidence`` on rendered pages of the development split.

    python -m bench.fit --corpus DIR [--rounds 3] [--seeds 0] [--write]
    python -m bench.fit --corpus DIR --roles --seeds 0,1,2 [--splits fit,dev] [--write]   (transforms.roles)

Renders the ``fit`` days of the corpus (clean pages, damaged pages, 辽源日报-style issues) into a
temporary folder, parses them together with the samples' goldens and the held-out cases, and
labels every weighed heading decision the segmenter makes (``parse_issue(trace=…)``): positive
when a line of the run is a kicker, title or subtitle of the file's gold. A logistic regression
(L2, classes balanced, the samples and held-out files weighing more) gives the weights. Because
the decisions change what the segmenter sees next, each round parses again with the new weights
and adds the new decisions to the training rows. ``--write`` puts the weights into
``transforms/evidence.py``. ``--splits fit,dev`` adds the ``dev`` days (development text from
the eleventh round on); the ``holdout`` days are never read.
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
from transforms import evidence, roles, segment
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
            if isinstance(ev, evidence.Evidence):
                rows.append((ev.values, int(any(flat(t) in gold for t in lines)), weight))
    return rows


# The direction of each piece of evidence on two heading lines (``transforms.roles``): "+" for
# title over subtitle, "-" for kicker over title.
ROLE_SIGNS = {
    "points_under": "+", "plain_under_couplet": "+", "figures_under": "+", "series_under": "+", "longer_under": "+",
    "asks_over": "+", "genre_under": "+",
    "series_over": "-", "clause_over": "-", "marks_under": "-", "long_over": "-",
}


def _role_rows(cases: list[Case], weight: float) -> list[tuple[tuple[float, ...], int, float]]:
    """Every two-line block ``transforms.roles`` weighed, labelled by the gold: 1 when the first
    line is an article's title and the second its subtitle, 0 when they are its kicker and title
    (blocks the gold reads otherwise, a cut sentence over a title, say, teach nothing here)."""
    rows = []
    for case in cases:
        pairs = {(flat(a.get(x)), flat(a.get(y))): label for a in case.gold["articles"]
                 for x, y, label in (("headline", "subtitle", 1), ("kicker", "headline", 0)) if a.get(x) and a.get(y)}
        trace: list = []
        parse_issue(case.data, source_file=case.source_file, default_paper=case.default_paper, trace=trace)
        for lines, ev, _decision in trace:
            if isinstance(ev, roles.Pair) and (label := pairs.get((flat(lines[0]), flat(lines[1])))) is not None:
                rows.append((ev.values, label, weight))
    return rows


def fit(
    rows: list[tuple[tuple[float, ...], int, float]], steps: int = 4000, lr: float = 0.5,
    features: tuple[str, ...] = evidence.FEATURES, signs: dict[str, str] = SIGNS, held: dict[str, float] | None = None,
) -> dict[str, float]:
    """Weighted logistic regression by gradient descent, then the bias moved to the cut that
    gives the best F1 on the training decisions (headlines are rare among the candidates).
    ``held``: features whose weights stay as given (only the others and the bias are fitted)."""
    x = np.array([r[0] for r in rows], dtype=float)
    y = np.array([r[1] for r in rows], dtype=float)
    w = np.array([r[2] for r in rows], dtype=float)
    w = w / w.sum()
    held = held or {}
    beta = np.array([held.get(f, 0.0) for f in features])
    lo = np.array([held[f] if f in held else 0.0 if signs.get(f) == "+" else -np.inf for f in features])
    hi = np.array([held[f] if f in held else 0.0 if signs.get(f) == "-" else np.inf for f in features])
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
    below = scores[scores < cut]
    # score > 0 exactly where scores >= cut: the cut goes halfway to the next score below, so
    # rounding the weights to three places does not move a decision that sat on it
    beta[0] -= (cut + below.max()) / 2 if below.size else cut - 1.0
    return {name: round(float(b), 3) for name, b in zip(features, beta)}


def _write(weights: dict[str, float], module: str = "evidence", name: str = "WEIGHTS") -> None:
    path = REPO / "transforms" / f"{module}.py"
    text = path.read_text(encoding="utf-8")
    block = f"{name}: dict[str, float] = {{\n" + "".join(f'    "{k}": {v},\n' for k, v in weights.items()) + "}\n"
    new = re.sub(rf"^{name}: dict\[str, float\] = \{{\n.*?\n\}}\n", lambda _: block, text, count=1, flags=re.S | re.M)
    path.write_text(new, encoding="utf-8")


# The direction of each piece of evidence on a block's top line being the first half of the
# body's first sentence (``transforms.roles.half_evidence``).
HALF_SIGNS = {
    "clause": "+", "open": "+", "never_last": "+", "dated": "+", "run_on": "+", "over_kicker": "+", "short_tail": "+",
    "mid_clause": "+", "rare_start": "+", "cut_word": "+", "open_end": "+", "commentary": "+",
    "lone_start": "+", "scene": "+",
    "heading_end": "-", "label": "-", "on_title": "-", "quoted": "-",
}


def _half_rows(cases: list[Case], weight: float) -> list[tuple[tuple[float, ...], int, float]]:
    """Every top kicker line ``transforms.order`` weighed, labelled by the gold: 1 when some gold
    article's body starts with it, 0 when it stands in a gold kicker.  A line the gold prints as a
    whole first paragraph (a credit, "王  鹏绘（新华社发）") is no half of a sentence, whatever
    goes on under it: it teaches nothing here (a gold with paragraphs says so; the samples' golden
    files hold the body's first words only)."""
    rows = []
    for case in cases:
        kickers = [flat(a["kicker"]) for a in case.gold["articles"] if a.get("kicker")]
        starts = [flat(a["body_first"]) for a in case.gold["articles"] if a.get("body_first")]
        wholes = {flat(a["paragraphs"][0]) for a in case.gold["articles"] if a.get("paragraphs")}
        trace: list = []
        parse_issue(case.data, source_file=case.source_file, default_paper=case.default_paper, trace=trace)
        for lines, ev, _decision in trace:
            if not isinstance(ev, roles.Half) or not (half := flat(lines[0])):
                continue
            if any(half in k for k in kickers):
                rows.append((ev.values, 0, weight))
            elif any(s.startswith(half[: len(s)]) for s in starts) and half not in wholes:
                rows.append((ev.values, 1, weight))
    return rows


def _fit_scorer(rendered: dict[str, list[Case]], hand: list[Case], rounds: int, *, rows_of, weights: dict[str, float],
                features, signs, score, counted: str, hold: tuple[str, ...] = ()) -> dict[str, float]:
    """Fit one of ``transforms.roles``' scorers: its rows read again each round (the parse changes
    with the weights), ``weights`` (the module's own table) updated in place, the share of the
    rows' weight read right and the headline F1 of every set printed per round. ``counted``
    names the rows and their positive class: "top lines (half-sentences)"."""
    fitted = dict(weights)
    held = {f: weights[f] for f in hold}
    rows_name, positive = counted.rstrip(")").split(" (")
    for round_ in range(rounds):
        rows = [r for cases in rendered.values() for r in rows_of(cases, 1.0)] + rows_of(hand, HAND_WEIGHT)
        fitted = fit(rows, features=features, signs=signs, held=held)
        weights.clear()
        weights.update(fitted)
        right = sum(w for x, y, w in rows if (score(x) > 0) == bool(y))
        figures = {name: evaluate(cases).headline_f1 for name, cases in rendered.items()}
        print(f"round {round_ + 1}: {len(rows)} {rows_name} ({sum(y for _, y, _ in rows)} {positive}), "
              f"{right / sum(w for *_, w in rows):.3f} of the weight read right; headline F1 "
              + ", ".join(f"{k} {v:.3f}" for k, v in figures.items()) + f", samples+held-out {evaluate(hand).headline_f1:.3f}",
              file=sys.stderr)
    print(fitted)
    return fitted


def _fit_halves(rendered: dict[str, list[Case]], hand: list[Case], rounds: int, hold: tuple[str, ...] = ()) -> dict[str, float]:
    return _fit_scorer(rendered, hand, rounds, rows_of=_half_rows, weights=roles.HALF_WEIGHTS, hold=hold,
                       features=roles.HALF_FEATURES, signs=HALF_SIGNS, score=lambda x: roles.Half(x, 0.0).score(),
                       counted="top lines (half-sentences)")


def _fit_roles(rendered: dict[str, list[Case]], hand: list[Case], rounds: int) -> dict[str, float]:
    return _fit_scorer(rendered, hand, rounds, rows_of=_role_rows, weights=roles.WEIGHTS, features=roles.FEATURES,
                       signs=ROLE_SIGNS, score=lambda x: roles.Pair(x).score(), counted="blocks (title over subtitle)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, required=True, help="folder of articles_YYYYMMDD.json")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--write", action="store_true", help="write the weights into transforms/evidence.py (roles.py)")
    ap.add_argument("--seeds", type=lambda v: [int(x) for x in v.split(",")], default=[0],
                    help="layouts of the fit days to render, e.g. 0,1,2 (default 0)")
    ap.add_argument("--splits", type=lambda v: v.split(","), default=["fit"],
                    help="days to render: fit (default), or fit,dev (never holdout or test)")
    ap.add_argument("--roles", action="store_true", help="fit transforms.roles (two heading lines) instead")
    ap.add_argument("--halves", action="store_true", help="fit transforms.roles' HALF_WEIGHTS (a top line cut from the lead) instead")
    ap.add_argument("--hold", type=lambda v: v.split(","), default=[],
                    help="features whose weights stay as the module has them, e.g. clause,open (--roles / --halves)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="baozhi-fit-") as tmp:
        root = Path(tmp)
        rendered: dict[str, list[Case]] = {}
        if set(args.splits) - {"fit", "dev"}:
            ap.error("--splits: fit and dev only (the holdout days are never fitted on)")
        for split in args.splits:
            for seed in args.seeds:
                at = root / split
                write_set(args.corpus, at / f"clean{seed}", kind="pages", split=split, seed=seed)
                write_set(args.corpus, at / f"damaged{seed}", kind="pages", split=split, damage=1.0, seed=seed)
                write_set(args.corpus, at / f"issues{seed}", kind="issues", split=split, seed=seed)
                for name in ("clean", "damaged", "issues"):
                    rendered.setdefault(f"{split} {name}" if len(args.splits) > 1 else name, []).extend(
                        load_cases(at / f"{name}{seed}"))
        hand = load_cases(REPO / "tests/transforms/golden", [REPO / "samples/liaoyuan-daily"]) + load_cases(
            REPO / "tests/transforms/heldout/cases"
        )
        if args.roles:
            weights = _fit_roles(rendered, hand, args.rounds)
            if args.write:
                _write(weights, "roles")
            return 0
        if args.halves:
            weights = _fit_halves(rendered, hand, args.rounds, tuple(args.hold))
            if args.write:
                _write(weights, "roles", "HALF_WEIGHTS")
            return 0
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
