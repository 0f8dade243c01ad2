"""Shared helpers for the parser tests: the bundled samples, one parse per sample, the golden option.

``--golden-actual`` writes ``<stem>.actual.json`` beside each golden file for diffing by eye.
It never touches the golden files themselves: those are written and reviewed by hand.
Pass the path so pytest loads this conftest before parsing options:
``pytest tests/transforms/test_golden.py --golden-actual``.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples" / "liaoyuan-daily"
GOLDEN = Path(__file__).resolve().parent / "golden"
DEFAULT_PAPER = "liaoyuan-daily"

# Masthead furniture that must never show up inside an article.
FURNITURE = ("刊号", "新闻热线", "E-mail", "LIAO YUAN", "信息港", "主管主办")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--golden-actual",
        action="store_true",
        default=False,
        help="write <stem>.actual.json next to each golden file (never overwrites the golden)",
    )


def sample_paths() -> list[Path]:
    return sorted(SAMPLES.glob("*.txt"))


def sample_bytes(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def sample_text(name: str) -> str:
    return sample_bytes(name).decode("utf-8")


def parse(data: bytes, source_file: str, default_paper: str = DEFAULT_PAPER):
    """Call the parser under test (imported late, so collection works before it exists)."""
    from transforms.parse import parse_issue

    return parse_issue(data, source_file=source_file, default_paper=default_paper)


@functools.lru_cache(maxsize=None)
def parse_sample(name: str):
    """Parse one bundled sample once per test session; the result is frozen, so sharing is safe."""
    return parse(sample_bytes(name), source_file=name)


def text_fields(article) -> dict[str, str]:
    """Every printed text of an article, by field name, for "never inside an article" checks."""
    fields = {
        "headline": article.headline or "",
        "kicker": article.kicker or "",
        "subtitle": article.subtitle or "",
        "body": article.body,
    }
    for i, caption in enumerate(article.captions):
        fields[f"captions[{i}]"] = caption
    return fields


@pytest.fixture
def golden_actual(request: pytest.FixtureRequest) -> bool:
    # default=...: the option is unknown when this conftest loads after the command line is parsed.
    return bool(request.config.getoption("--golden-actual", default=False))
