"""The one door to Great Expectations: build the suites once per run, validate batches in memory.

    gate = Gate(settings.reports_dir, GateContext(run_id, today, published, trailing))
    result = gate.validate({"issues": ..., "articles": ..., "tokens": ..., ...})  # per batch
    result.failed_issues  # issue_id -> critical failures: quarantine these, publish the rest
    warehouse_tx.record_dq(result.dq_rows)
    print(gate.build_docs())  # DATA/reports/<run_id>/index.html

Nothing else in the project imports ``great_expectations``. Each table is a pandas frame built by
``frames.py`` (helper columns included) and checked by the suite declared in ``suites.py``; each
failing row is mapped back to its ``issue_id`` through GE's ``unexpected_index_list``.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

import great_expectations as gx
import great_expectations.expectations as gxe
import pandas as pd
import pyarrow as pa
from great_expectations.core.run_identifier import RunIdentifier
from great_expectations.data_context.types.base import (
    DataContextConfig,
    InMemoryStoreBackendDefaults,
    ProgressBarsConfig,
)

from expectations import frames
from expectations.suites import EARLIEST_ISSUE_DATE, SPECS_BY_NAME, TABLES, Spec, specs_for

log = logging.getLogger(__name__)

SITE_NAME = "baozhi"
MAX_ROWS_PER_OBSERVED = 5  # one issue's observed text quotes at most this many failing rows

DQ_SCHEMA = pa.schema([
    pa.field("run_id", pa.string(), nullable=False),
    pa.field("table_name", pa.string(), nullable=False),
    pa.field("expectation", pa.string(), nullable=False),
    pa.field("critical", pa.bool_(), nullable=False),
    pa.field("success", pa.bool_(), nullable=False),
    pa.field("observed_value", pa.string(), nullable=False),
    pa.field("issue_id", pa.string()),  # null on the per-table summary row
    pa.field("checked_at", pa.timestamp("us", tz="UTC"), nullable=False),
])


class GateError(RuntimeError):
    """An expectation could not be evaluated (a bug or a schema change), not bad data."""


@dataclass(frozen=True)
class Failure:
    table: str
    expectation: str  # Spec.name, e.g. "no_furniture_in_body"
    critical: bool
    observed: str  # human-readable, quotes the failing values
    issue_id: str | None


@dataclass(frozen=True)
class GateContext:
    run_id: str
    today: dt.date
    published_issues: pa.Table  # issue_id, paper, issue_date, issue_number of published issues
    trailing_daily_articles: dict[str, list[int]] = field(default_factory=dict)  # paper -> last 30 days


@dataclass(frozen=True)
class GateResult:
    failed_issues: dict[str, list[Failure]]  # issue_id -> critical failures (hold back)
    warnings: list[Failure]
    dq_rows: pa.Table  # DQ_SCHEMA

    @property
    def passed(self) -> bool:
        return not self.failed_issues


class Gate:
    """A Great Expectations context with the run's suites; built once per run, reused per batch."""

    def __init__(self, reports_dir: Path, context: GateContext):
        self.context = context
        self.docs_dir = Path(reports_dir) / context.run_id
        self._tomorrow = context.today + dt.timedelta(days=1)
        self._known = frames.known_issues(context.published_issues)
        # In-memory stores, one docs site under reports_dir, no progress bars, no analytics:
        # the default ephemeral config would point its docs site at a temp dir instead.
        self._gx = gx.get_context(mode="ephemeral", project_config=DataContextConfig(
            store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False),
            data_docs_sites={SITE_NAME: {
                "class_name": "SiteBuilder",
                "show_how_to_buttons": False,
                "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(self.docs_dir)},
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            }},
            analytics_enabled=False,
            progress_bars=ProgressBarsConfig(globally=False),
        ))
        source = self._gx.data_sources.add_pandas("baozhi")
        self._definitions = {}
        for table in TABLES:
            batch = source.add_dataframe_asset(table).add_batch_definition_whole_dataframe(f"{table}_batch")
            suite = self._gx.suites.add(_suite(table))
            self._definitions[table] = self._gx.validation_definitions.add(
                gx.ValidationDefinition(name=f"{table}_gate", data=batch, suite=suite)
            )

    def validate(self, tables: Mapping[str, pa.Table]) -> GateResult:
        """Check one batch; tables absent from ``tables`` are skipped (and so are the checks on
        other tables that need them, e.g. article_has_tokens without "tokens")."""
        checked_at = dt.datetime.now(dt.timezone.utc)
        built = self._frames(tables)
        rows: list[dict] = []
        failures: list[Failure] = []
        for table, df in built.items():
            df = df.reset_index(drop=True)
            df["row_no"] = range(len(df))
            result = self._definitions[table].run(
                batch_parameters={"dataframe": df},
                expectation_parameters={"tomorrow": self._tomorrow},
                result_format={"result_format": "COMPLETE", "unexpected_index_column_names": ["issue_id", "row_no"]},
                run_id=RunIdentifier(run_name=self.context.run_id, run_time=checked_at),
            )
            for er in result.results:
                spec = SPECS_BY_NAME[er.expectation_config.meta["name"]]
                found = self._failures(spec, er, df)
                failures.extend(found)
                rows.append(self._summary_row(spec, er, len(df), checked_at))
                rows.extend(self._failure_row(f, checked_at) for f in found)

        failed: dict[str, list[Failure]] = {}
        for f in failures:
            if f.critical and f.issue_id is not None:
                failed.setdefault(f.issue_id, []).append(f)
        if "issues" in built:  # issues that passed become trusted neighbours for later batches
            ok = built["issues"][~built["issues"]["issue_id"].isin(failed)]
            self._known.extend(frames.known_issues(pa.Table.from_pandas(
                ok[["issue_id", "paper", "issue_date", "issue_number"]], preserve_index=False)))
        return GateResult(
            failed_issues=failed,
            warnings=[f for f in failures if not f.critical],
            dq_rows=pa.Table.from_pylist(rows, schema=DQ_SCHEMA),
        )

    def build_docs(self) -> Path:
        """Render the run's suites and validation results; returns ``<reports_dir>/<run_id>/index.html``."""
        self._gx.build_data_docs(site_names=[SITE_NAME])
        return self.docs_dir / "index.html"

    # ---- helpers --------------------------------------------------------------------------------

    def _frames(self, tables: Mapping[str, pa.Table]) -> dict[str, pd.DataFrame]:
        unknown = set(tables) - set(TABLES)
        if unknown:
            raise ValueError(f"unknown table(s) {', '.join(sorted(unknown))}; expected {', '.join(TABLES)}")
        out: dict[str, pd.DataFrame] = {}
        if tables.get("issues") is not None:
            out["issues"] = frames.issues_frame(
                tables["issues"], tables.get("articles"), self._known, self.context.trailing_daily_articles,
                date_range=(EARLIEST_ISSUE_DATE, self._tomorrow),
            )
        if tables.get("articles") is not None:
            out["articles"] = frames.articles_frame(tables["articles"], tables.get("tokens"))
        if tables.get("tokens") is not None:
            out["tokens"] = frames.tokens_frame(tables["tokens"])
        if tables.get("entities") is not None:
            out["entities"] = frames.entities_frame(tables["entities"])
        if tables.get("keywords") is not None:
            out["keywords"] = frames.keywords_frame(tables["keywords"])
        return out

    def _failures(self, spec: Spec, er, df: pd.DataFrame) -> list[Failure]:
        if er.exception_info.get("raised_exception"):
            raise GateError(f"{spec.table}.{spec.name} could not be evaluated: {er.exception_info['exception_message']}")
        if er.success:
            return []
        by_issue: dict[str | None, list[int]] = {}
        for hit in er.result.get("unexpected_index_list") or ():
            by_issue.setdefault(hit["issue_id"], []).append(int(hit["row_no"]))
        out = []
        for issue_id, row_nos in by_issue.items():
            shown = [self._explain(spec, df.iloc[r]) for r in row_nos[:MAX_ROWS_PER_OBSERVED]]
            if len(row_nos) > MAX_ROWS_PER_OBSERVED:
                shown.append(f"(+{len(row_nos) - MAX_ROWS_PER_OBSERVED} more)")
            out.append(Failure(spec.table, spec.name, spec.critical, "; ".join(shown), issue_id))
        return out

    def _explain(self, spec: Spec, row: pd.Series) -> str:
        values = {k: (None if _missing(v) else v) for k, v in row.items()}
        try:
            return spec.explain.format(tomorrow=self._tomorrow, **values)
        except (KeyError, ValueError, TypeError):  # a template bug must not hide the failure
            return f"{spec.kwargs.get('column')}={values.get(spec.kwargs.get('column'))!r}"

    def _summary_row(self, spec: Spec, er, n_rows: int, checked_at: dt.datetime) -> dict:
        unexpected = er.result.get("unexpected_count", 0) or 0
        observed = f"{unexpected} of {n_rows} rows unexpected" if unexpected else f"all {n_rows} rows as expected"
        return {
            "run_id": self.context.run_id, "table_name": spec.table, "expectation": spec.name,
            "critical": spec.critical, "success": bool(er.success), "observed_value": observed,
            "issue_id": None, "checked_at": checked_at,
        }

    def _failure_row(self, f: Failure, checked_at: dt.datetime) -> dict:
        return {
            "run_id": self.context.run_id, "table_name": f.table, "expectation": f.expectation,
            "critical": f.critical, "success": False, "observed_value": f.observed,
            "issue_id": f.issue_id, "checked_at": checked_at,
        }


def _missing(value: object) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # lists, arrays
        return False


def _suite(table: str) -> gx.ExpectationSuite:
    """The GE suite for ``table`` from the reviewed declarations in suites.py."""
    suite = gx.ExpectationSuite(name=f"baozhi.{table}", meta={"notes": f"baozhi quality gate, table {table}"})
    for spec in specs_for(table):
        expectation_class = getattr(gxe, spec.type)
        suite.add_expectation(expectation_class(
            **dict(spec.kwargs),
            meta={"name": spec.name, "critical": spec.critical, "why": spec.why},
            notes=f"{'CRITICAL (holds the issue back)' if spec.critical else 'WARNING (published)'}: {spec.why}",
        ))
    return suite
