"""The run's quality report: one self-contained page, nothing loaded from the network."""

from __future__ import annotations

import datetime as dt
import re

from expectations.gate import Gate, GateContext
from expectations.suites import TABLES
from tests.expectations.conftest import NO_PUBLISHED, issue_id, make_batch, to_arrow

# Anything a browser would fetch: script or frame sources, stylesheets, images, fonts, imports.
FETCHED = re.compile(r"""<(?:script|link|img|iframe|object|embed|source)\b|\bsrc\s*=|@import|url\(""", re.I)


def test_report_is_self_contained_and_lists_every_validation(tmp_path):
    gate = Gate(tmp_path / "reports", GateContext("run-42", dt.date(2021, 12, 31), NO_PUBLISHED, {}))
    batch = make_batch(2)
    batch["articles"][0]["body"] = "新闻热线:0437-3249118"  # flags the article: furniture, short body
    gate.validate(to_arrow(batch))
    gate.validate(to_arrow(make_batch(1, first_day=2)))
    index = gate.write_report()

    assert index == tmp_path / "reports" / "run-42" / "index.html"
    page = index.read_text(encoding="utf-8")
    assert FETCHED.search(page) is None, FETCHED.search(page)
    assert not re.search(r"https?://", page)  # no address of any kind, so nothing to load
    assert "<style>" in page and "run-42" in page
    # the index lists the run's validations: every table of both validate() calls, with anchors
    listed = re.findall(r'<li><a href="#(v\d+-\w+)">', page)
    assert listed == [f"v{n}-{t}" for n in (1, 2) for t in ("articles", "tokens", "entities", "keywords", "issues")]
    assert all(f'id="{a}"' in page for a in listed) and set(TABLES) == {a.split("-", 1)[1] for a in listed}
    # what the gate found is there, by article and issue
    flagged = f"{issue_id(0)}-a001"
    assert "Flagged articles" in page and flagged in page and "新闻热线" in page
    assert "1 article(s) flagged" in page and "0 issue(s) held back" in page
    assert {p.name for p in tmp_path.iterdir()} == {"reports"}  # nothing written elsewhere


def test_report_escapes_what_it_quotes(tmp_path):
    gate = Gate(tmp_path, GateContext("run-1", dt.date(2021, 12, 31), NO_PUBLISHED, {}))
    batch = make_batch(1)
    batch["articles"][0]["headline"] = "<script>alert(1)</script>"  # a headline > 60 chars is not needed:
    batch["articles"][0]["genre"] = "<b>sports</b>"  # critical: quoted in the report
    gate.validate(to_arrow(batch))
    page = gate.write_report().read_text(encoding="utf-8")
    assert "<b>sports</b>" not in page and "&lt;b&gt;sports&lt;/b&gt;" in page
    assert "<script>" not in page
