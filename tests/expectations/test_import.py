"""Importing the gate and validating with it leave scipy.stats (~1.1 s of every run) and altair
(~0.3 s) unloaded, and SQLAlchemy unimported (~0.5 s; GE's SQL datasources are not used)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest


@pytest.mark.parametrize(("module", "use"), [
    ("scipy.stats", "from scipy import stats; print(stats.entropy([0.5, 0.5]) > 0)"),
    ("altair", "import altair as alt; print(alt.Chart({'values': [{'a': 1}]}).mark_bar() is not None)"),
])
def test_the_gate_validates_without_loading(module: str, use: str):
    code = textwrap.dedent(f"""
        import datetime as dt, sys
        import pyarrow as pa
        from expectations.gate import Gate, GateContext
        from tests.expectations.conftest import make_batch, published, to_arrow
        lazy = type(sys.modules["{module}"]).__name__
        import tempfile
        gate = Gate(tempfile.mkdtemp(), GateContext("run-x", dt.date(2021, 12, 31), published([])))
        result = gate.validate(to_arrow(make_batch()))
        print(lazy, type(sys.modules["{module}"]).__name__, len(gate.summary_rows()) > 0, not result.failed_issues)
        {use}  # a check that needed it would still find it
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.split() == ["OnFirstUse", "OnFirstUse", "True", "True", "True"]


def test_the_gate_validates_without_sqlalchemy_and_leaves_it_importable():
    code = textwrap.dedent("""
        import datetime as dt, sys, tempfile
        from expectations.gate import Gate, GateContext
        from tests.expectations.conftest import make_batch, published, to_arrow
        imported = "sqlalchemy" in sys.modules
        gate = Gate(tempfile.mkdtemp(), GateContext("run-x", dt.date(2021, 12, 31), published([])))
        result = gate.validate(to_arrow(make_batch()))
        print(imported, "sqlalchemy" in sys.modules, len(gate.summary_rows()) > 0, not result.failed_issues)
        import sqlalchemy  # Prefect's server, in a process that validated first, still finds it
        print(sqlalchemy.__name__)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.split() == ["False", "False", "True", "True", "sqlalchemy"]
