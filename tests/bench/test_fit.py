"""bench.fit: the weighted logistic regression behind transforms.evidence and transforms.roles."""

from __future__ import annotations

import random

from bench import fit
from transforms import roles


def _rows(n: int = 300, seed: int = 1) -> list[tuple[tuple[float, ...], int, float]]:
    """Made-up blocks: a subtitle line opens with figures or lists points, a kicker has clause marks."""
    rng = random.Random(seed)
    rows = []
    for _ in range(n):
        x = {f: float(rng.random() < 0.3) for f in roles.FEATURES}
        x["bias"] = 1.0
        y = int(x["figures_under"] + x["points_under"] - x["clause_over"] - x["marks_under"] > 0.5)
        rows.append((tuple(x[f] for f in roles.FEATURES), y, 5.0 if rng.random() < 0.1 else 1.0))
    return rows


def test_fitted_signs_are_the_ones_papers_give() -> None:
    weights = fit.fit(_rows(), steps=1500, features=roles.FEATURES, signs=fit.ROLE_SIGNS)
    for feature, sign in fit.ROLE_SIGNS.items():
        assert (weights[feature] >= 0) if sign == "+" else (weights[feature] <= 0), feature


def test_rounded_weights_keep_every_training_decision_of_a_separable_set() -> None:
    rows = _rows()
    weights = fit.fit(rows, steps=1500, features=roles.FEATURES, signs=fit.ROLE_SIGNS)
    # the cut sits halfway between two scores, so weights rounded to three places read alike
    assert all((roles.Pair(x).score(weights) > 0) == bool(y) for x, y, _ in rows)


def test_held_weights_stay_and_the_others_are_fitted() -> None:
    held = {"clause_over": -0.5, "figures_under": 0.25}
    weights = fit.fit(_rows(), steps=1500, features=roles.FEATURES, signs=fit.ROLE_SIGNS, held=held)
    assert weights["clause_over"] == -0.5 and weights["figures_under"] == 0.25
    assert weights["points_under"] > 0 and weights["marks_under"] < 0


def test_the_holdout_days_are_never_fitted_on(tmp_path) -> None:
    import pytest

    for splits in ("fit,holdout", "test", "all"):
        with pytest.raises(SystemExit) as exc:
            fit.main(["--corpus", str(tmp_path), "--roles", "--splits", splits])
        assert exc.value.code == 2, splits
