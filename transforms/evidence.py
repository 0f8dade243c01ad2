"""Is a heading-like run with only body text under it a headline, or a line inside the story?

The segmenter opens an article at once when a byline, a lead (本报讯…), a caption or a marked
heading stands under a run of heading-like lines.  With nothing but body text under it the run
may be a headline printed without a byline (a notice, a brief, an unsigned story) or a
crosshead inside the story under way ("持续发力推动房地产市场企稳向好" / more of the same
story), a column-split half-sentence, a pull quote.  No single rule tells them apart, so the
decision weighs evidence: the run's form (lines, length, clause marks, a column tag, a question),
where it stands (mid-sentence, at the top of the page, inside a signed story), and what the text
under it is about — a crosshead's text goes on with the topic of the story's beginning; a new
story's text does not (``transforms.topic`` pair weights).

The weights are a logistic regression fitted on rendered pages of the development split
(``python -m bench.fit --corpus DIR``, which writes ``WEIGHTS`` below), with the samples' and
held-out files in the training data; only these few numbers are kept.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# Features of a candidate run, in this order (every value is 0/1 or a share in [0, 1]).
FEATURES = (
    "bias",
    "one_line",  # the run is a single line
    "three_lines",  # three or more heading-like lines in a row
    "short",  # fewer than MIN_NAKED_HEADLINE ideographs: "东方超环", "创业扶持高"
    "short_echoed",  # … and the text under it repeats its words: "暖气不热怎么办？" / "…暖气不热…"
    "notice",  # a notice's title: "关于…的通知", "寻物启事"
    "siblings",  # other unsigned heading lines near it inside the same story (a crosshead series)
    "parallel",  # … one of them in the same form (length, spaces, colon, first words)
    "long",  # more than MAX_NAKED_HEADLINE
    "clause",  # "，、；" inside: "“五良”并举，平急结合，确保粮食丰收"
    "question",  # ends in ？ or ！
    "tag",  # ends in a column tag: "……（文化中国行）"
    "spaced",  # phrases separated by spaces: "立行立改 务求实效"
    "mid_sentence",  # the text before it stops mid-sentence
    "page_top",  # no story under way (top of the page, or only a stray lead)
    "signed_story",  # the story under way has a byline
    "continues_tail",  # the text under it goes on with the last paragraphs before it
    "continues_start",  # … with the story's headline and first paragraphs (a displaced lead
    # of the next story may stand at the end of the story under way, never at its start)
    "echo_next",  # share of its character pairs the text under it repeats
    "echo_story",  # share of its character pairs the story under way holds
)

# Fitted weights (see the module docstring); a run opens an article when the score is > 0.
WEIGHTS: dict[str, float] = {
    "bias": 1.282,
    "one_line": -1.772,
    "three_lines": 4.211,
    "short": -4.034,
    "short_echoed": 3.103,
    "notice": 0.0,
    "siblings": -2.849,
    "parallel": -4.511,
    "long": -0.464,
    "clause": -3.532,
    "question": 1.209,
    "tag": 2.68,
    "spaced": 3.055,
    "mid_sentence": 1.452,
    "page_top": 2.556,
    "signed_story": 0.208,
    "continues_tail": -2.186,
    "continues_start": -2.895,
    "echo_next": 0.0,
    "echo_story": 0.978,
}


# The features that weigh the topic of the text around the run (``transforms.topic``): the
# costly ones, computed only when the cheap ones leave the decision open.
TOPIC_FEATURES = frozenset(("short_echoed", "continues_tail", "continues_start", "echo_next", "echo_story"))


@dataclass(frozen=True)
class Evidence:
    values: tuple[float, ...]
    weighed: bool = True  # False: the topic features are not computed (0 here), see bounds()

    def score(self, weights: dict[str, float] | None = None) -> float:
        w = WEIGHTS if weights is None else weights
        return sum(w.get(name, 0.0) * v for name, v in zip(FEATURES, self.values))

    def bounds(self, weights: dict[str, float] | None = None) -> tuple[float, float]:
        """The lowest and highest score the topic features (each in [0, 1]) could still give."""
        base = self.score(weights)
        if self.weighed:
            return base, base
        w = WEIGHTS if weights is None else weights
        topic = [w.get(name, 0.0) for name in TOPIC_FEATURES]
        return base + sum(min(0.0, x) for x in topic), base + sum(max(0.0, x) for x in topic)

    def probability(self, weights: dict[str, float] | None = None) -> float:
        return 1.0 / (1.0 + math.exp(-self.score(weights)))

    def as_dict(self) -> dict[str, float]:
        return dict(zip(FEATURES, self.values))
