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


def test_the_gate_imports_great_expectations_with_one_pandas_readers_asset_model():
    # GE builds a pydantic model per pandas reader as it is imported (~0.18 s of CPU); the gate
    # adds data frames only. Should GE rename or drop its builder, this fails (nothing replaced),
    # while the gate itself goes on working with GE's full set.
    code = textwrap.dedent("""
        import datetime as dt, sys, tempfile
        from expectations.gate import Gate, GateContext, KEPT_READER
        from tests.expectations.conftest import make_batch, published, to_arrow
        from great_expectations.datasource.fluent import dynamic_pandas, pandas_datasource as pds
        from great_expectations.datasource.fluent.data_asset.path.pandas import generated_assets
        print(dynamic_pandas._generate_pandas_data_asset_models.__qualname__)
        print(sorted(pds._PANDAS_ASSET_MODELS), sorted(generated_assets._FILE_PATH_ASSET_MODELS), KEPT_READER)
        print(pds.CSVAsset is pds._PandasDataAsset, pds.DataFrameAsset in pds.PandasDatasource.asset_types)
        gate = Gate(tempfile.mkdtemp(), GateContext("run-x", dt.date(2021, 12, 31), published([])))
        result = gate.validate(to_arrow(make_batch()))
        print(len(gate.summary_rows()) > 0, not result.failed_issues)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.splitlines() == ["_for_one_reader.<locals>.build", "['feather'] ['feather'] read_feather",
                                       "True True", "True True"]
    assert "asset_types" not in out.stderr  # GE warns of a datasource left with no asset type


def test_a_builder_without_a_blacklist_is_left_as_great_expectations_wrote_it():
    from expectations.gate import _for_one_reader

    def build_models(base_model_class, use_docstring_from_method=False):  # a GE that changed
        return {"csv": base_model_class}

    def with_blacklist(base_model_class, blacklist=None, skip_first_param=False):
        return sorted(blacklist)

    assert _for_one_reader(build_models) is build_models
    refused = _for_one_reader(with_blacklist)(object, ("read_sql",), skip_first_param=True)
    assert "read_csv" in refused and "read_sql" in refused and "read_feather" not in refused
