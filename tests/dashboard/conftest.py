"""Fixtures: data dirs for the dashboard (the hand-built fixture issues, an empty warehouse, none)
and a helper that renders one page of the real app with Streamlit's own test harness."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.server import MAIN_SCRIPT
from tests.warehouse import fixtures
from tests.warehouse.conftest import publish
from warehouse import catalog, lake
from warehouse.store import Warehouse

# page script -> what the navigation calls it
PAGES = ("last_night.py", "coverage.py", "people.py", "places.py", "keywords.py", "reporters.py",
         "reprints.py", "search.py")


@pytest.fixture
def fixture_data(tmp_path: Path) -> Path:
    """A data dir whose warehouse holds the three fixture issues (2021-06-01, 06-02, 07-05), one run."""
    wh = Warehouse(tmp_path / "data")
    publish(wh, [fixtures.delivery(f) for f in fixtures.ALL], "run-1")
    return wh.data_dir


@pytest.fixture
def empty_catalog_data(tmp_path: Path) -> Path:
    """A data dir with a catalog of an empty lake: no run has committed anything."""
    data = tmp_path / "data"
    catalog.build(data / "warehouse.duckdb", lake.empty_manifest(), data / "lake")
    return data


class Dashboard:
    """The real app (``dashboard/app/main.py``) under AppTest, pointed at one data dir."""

    def __init__(self, data: Path, monkeypatch: pytest.MonkeyPatch):
        # `baozhi dashboard` hands the data dir to the script as `--data DIR` (sys.argv)
        monkeypatch.setattr(sys, "argv", [str(MAIN_SCRIPT), "--data", str(data)])
        self.at = AppTest.from_file(str(MAIN_SCRIPT), default_timeout=120)
        self.at.run()

    def page(self, script: str) -> AppTest:
        self.at.switch_page(script).run()
        assert not self.at.exception, [e.value for e in self.at.exception]
        return self.at


@pytest.fixture
def dashboard(monkeypatch):
    return lambda data: Dashboard(data, monkeypatch)


def texts(at: AppTest) -> str:
    """Every text the page shows (markdown, captions, titles, alerts, metrics, html), one string."""
    out = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error", "success"):
        out += [str(e.value) for e in getattr(at, kind)]
    out += [f"{m.label} {m.value}" for m in at.metric]
    out += [str(e.proto.body) for e in at.get("html")]
    return "\n".join(out)


def charts(at: AppTest) -> list:
    return at.get("vega_lite_chart")


def chart_spec(chart) -> dict:
    """The Vega-Lite spec of a chart element."""
    return json.loads(chart.proto.spec)


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def later_issue():
    """A fourth fixture issue, 2021-07-06, naming 柴伟 again: published as a second night."""
    iid = "liaoyuan-daily-2021-07-06"
    return fixtures.issue(dt.date(2021, 7, 6), 8381, [
        fixtures.article(iid, 1, "市委书记柴伟调研春耕", ["市委书记柴伟到东辽河畔调研春耕生产。"], authors=["王茜"],
                         entities=[("柴伟", "person", "市委书记", 2), ("东辽河", "place", None, 1)],
                         keywords=[("春耕", 0.9)]),
    ])
