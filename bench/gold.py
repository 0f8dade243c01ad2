"""Gold files: what a correct parser reads from an issue or page file (format in bench/README.md).

A gold set is a folder of ``<name>.json`` files, each beside the text file it describes
(``<name>.txt``, or the file named by its ``source_file``, looked up in the folder and then in
the ``--text`` folders). Two shapes are read:

- the evaluation format (rendered pages, the held-out cases): ``issue``, ``furniture``,
  ``duplicates``, ``joins``, ``articles``;
- the bundled samples' golden files (``tests/transforms/golden``), converted on loading:
  ``issue_not_in_bodies`` are furniture, phrases the golden wants once in the bodies are
  duplicates, and the golden's ``body_contains`` phrases that no single input line holds are
  joins (they can only be read whole if a split was joined).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from transforms.decode import Decoded, decode


def flat(text: str | None) -> str:
    """The form in which gold and parsed text are compared: NFKC (full- and half-width
    punctuation alike), whitespace removed. "本报讯(记者 王五)" == "本报讯（记者王五）"."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


@dataclass(frozen=True)
class Case:
    """One file to score: its bytes and its gold (evaluation format)."""

    name: str
    data: bytes
    gold: dict

    @property
    def source_file(self) -> str:
        return self.gold["source_file"]

    @property
    def default_paper(self) -> str:
        return self.gold.get("default_paper", "liaoyuan-daily")


def input_lines(data: bytes) -> list[str]:
    decoded = decode(data)
    text = decoded.text if isinstance(decoded, Decoded) else ""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def from_golden(golden: dict, data: bytes) -> dict:
    """A samples' golden file in the evaluation format."""
    lines = [flat(x) for x in input_lines(data)]
    joins = [
        phrase
        for a in golden["articles"]
        for phrase in a.get("body_contains", [])
        if not any(flat(phrase) in line for line in lines)
    ]
    keep = ("headline", "kicker", "subtitle", "byline", "authors", "photographers", "genre", "source_outlet",
            "captions", "continued_to", "continued_from", "body_first", "body_last", "_also_ok")
    return {
        "source_file": golden["source_file"],
        "default_paper": golden.get("default_paper", "liaoyuan-daily"),
        "kind": "issue",
        "issue": golden["issue"],
        "furniture": golden.get("issue_not_in_bodies", []),
        "duplicates": [p for p, n in golden.get("issue_body_occurrences", {}).items() if n == 1],
        "joins": joins,
        "articles": [{k: a[k] for k in keep if k in a} for a in golden["articles"]],
    }


def _is_golden(d: dict) -> bool:
    return "issue_not_in_bodies" in d or "duplicates_dropped" in d


def _text_for(path: Path, gold: dict, text_dirs: list[Path]) -> Path:
    base = Path(gold["source_file"]).name
    for candidate in (path.with_suffix(".txt"), path.parent / base, *(d / base for d in text_dirs)):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"{path.name}: no text file {path.stem}.txt or {base} beside it or under {text_dirs}")


def load_cases(folder: Path, text_dirs: list[Path] | None = None) -> list[Case]:
    """Every gold file of ``folder`` with its text, sorted by name."""
    cases: list[Case] = []
    for path in sorted(folder.glob("*.json")):
        if path.name.endswith(".actual.json"):
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        if "source_file" not in gold or "articles" not in gold:
            continue  # not a gold file
        data = _text_for(path, gold, text_dirs or []).read_bytes()
        cases.append(Case(path.stem, data, from_golden(gold, data) if _is_golden(gold) else gold))
    if not cases:
        raise FileNotFoundError(f"no gold files (*.json with source_file and articles) in {folder}")
    return cases
