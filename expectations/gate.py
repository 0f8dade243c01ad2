"""The one door to Great Expectations: build the suites once per run, validate batches in memory.

    gate = Gate(settings.reports_dir, GateContext(run_id, today, published, trailing))
    result = gate.validate({"issues": ..., "articles": ..., "tokens": ..., ...})  # per batch
    result.failed_issues     # issue_id -> critical failures: quarantine these, publish the rest
    result.flagged_articles  # article_id -> flag failures: publish with articles.quality_flags
    result.dq_rows           # plain dicts, one per failing issue or flagged article and check
    gate.summary_rows()      # after the last batch: one per expectation for the whole run
    print(gate.write_report())  # DATA/reports/<run_id>/index.html, self-contained (offline)

Nothing else in the project imports ``great_expectations``. Each table is a pandas frame built by
``frames.py`` (helper columns included) and checked by the suite declared in ``suites.py``; each
failing row is mapped back to its ``issue_id`` (and, for article checks, its ``article_id``)
through GE's ``unexpected_index_list``. Article and language tables are checked before the issues
table, whose ``flagged_text_share`` needs to know which articles were flagged.

The warehouse's summary row of an expectation is the run's, not a call's ("3 of 1,320 rows
unexpected" over every call): how the flow cuts the night into calls depends on when the workers
deliver, and must not show in ``dq_results`` (a run with the process pool and one with threads
give the same rows). The report page still lists every call with its own summaries.
"""

from __future__ import annotations

import datetime as dt
import inspect
import logging
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from transforms.imports import import_on_first_use, replaced_on_import, unimportable


# Great Expectations imports every core expectation when it is imported, among them
# ``expect_column_kl_divergence_to_be_less_than`` (``from scipy import stats``): scipy.stats and
# scipy.linalg are ~1.1 s of CPU, a third of the import, on the critical path of every run with
# work, for checks our suites never use. A suite that used one would load it then.
import_on_first_use("scipy.stats")
# The same expectation draws its charts with altair (`import altair as alt`, used only by its
# renderers: `alt.Chart(df)`): ~0.3 s of CPU (altair, its Vega-Lite schema classes, narwhals),
# on the same critical path, for charts no report of ours draws.
import_on_first_use("altair")

# Great Expectations imports SQLAlchemy whenever it is installed (Prefect's server needs it, so it
# is), to offer SQL datasources; our suites check pandas frames only. SQLAlchemy is an optional
# dependency of GE, which then puts placeholders where its SQL parts would be: the import is ~0.5 s
# of CPU less (of ~3), on the critical path of every run with work. Whoever imports SQLAlchemy
# afterwards (Prefect's server, when a test runs one in this process) gets it as usual.
# GE's pandas datasources offer an asset per pandas reader (add_csv_asset, add_excel_asset, ...),
# each a pydantic model GE builds, as it is imported, from the reader's signature and docstring:
# twice ~20 readers, ~0.18 s of the import's CPU, on the critical path of every run with work. We
# add in-memory frames only (add_dataframe_asset, a class of its own). GE's builder is kept for one
# reader, read_feather (a short signature), so each datasource still declares an asset type.
KEPT_READER = "read_feather"


def _for_one_reader(build_models):
    """GE's ``_generate_pandas_data_asset_models`` with every pandas reader but one refused (added
    to its ``blacklist``); GE's own builder, unchanged, when it takes no ``blacklist`` any more."""
    try:
        signature = inspect.signature(build_models)
    except (TypeError, ValueError):
        return build_models
    if "blacklist" not in signature.parameters:
        return build_models

    def build(*args, **kwargs):
        call = signature.bind(*args, **kwargs)
        others = tuple(n for n in dir(pd) if n.startswith("read_") and n != KEPT_READER)
        call.arguments["blacklist"] = (*(call.arguments.get("blacklist") or ()), *others)
        return build_models(*call.args, **call.kwargs)

    return build


import pandas as pd  # noqa: E402

with unimportable("sqlalchemy"), replaced_on_import(
        "great_expectations.datasource.fluent.dynamic_pandas", "_generate_pandas_data_asset_models", _for_one_reader):
    import great_expectations as gx  # noqa: E402  (after the lines above)
    import great_expectations.expectations as gxe  # noqa: E402
import pyarrow as pa  # noqa: E402
from great_expectations.core.run_identifier import RunIdentifier  # noqa: E402
from great_expectations.expectations.expectation import Expectation  # noqa: E402
from great_expectations.data_context.types.base import (  # noqa: E402
    DataContextConfig,
    InMemoryStoreBackendDefaults,
    ProgressBarsConfig,
)

from expectations import frames, report  # noqa: E402
from expectations.suites import (  # noqa: E402
    CRITICAL, EARLIEST_ISSUE_DATE, FLAG, SPECS, SPECS_BY_NAME, TABLES, WARNING, Spec, specs_for,
)

log = logging.getLogger(__name__)

# Expectation -> its configuration, while one suite runs (see _configurations_built_once).
_BUILT: ContextVar[dict[tuple[int, object], tuple[Expectation, object]] | None] = ContextVar(
    "baozhi_expectation_configurations", default=None)


def _configurations_built_once() -> None:
    """Within one run of a suite (:meth:`Gate._run`), each expectation's ``configuration`` is
    built once and then reused; everywhere else it is Great Expectations' own property.

    GE builds an ExpectationConfiguration from the expectation's pydantic fields at every read of
    ``Expectation.configuration`` (``self.dict()``, the class name made snake case, a new object),
    and a suite run reads it ~40 times per expectation (dependencies, domain, success and runtime
    keyword arguments, results): ~2,400 times a call, ~40 % of the gate's CPU. Our expectations are
    not changed while a suite runs; the one thing GE changes on them, the ``id`` it gives an
    expectation when its suite is stored, is part of the key, so a configuration read before that
    is not served after it. Same results, tested (tests/expectations)."""
    def configuration(self):
        built = _BUILT.get()
        if built is None:
            return _ge_configuration(self)
        key = (id(self), self.id)
        got = built.get(key)
        if got is None or got[0] is not self:
            got = built[key] = (self, _ge_configuration(self))
        return got[1]

    configuration.__doc__ = _ge_configuration.__doc__
    Expectation.configuration = property(configuration)


_ge_configuration = Expectation.configuration.fget  # GE's own
_configurations_built_once()

def _unsaved(context) -> None:
    """The ephemeral context's project configuration is not saved at every change.

    GE "saves" an ephemeral context's configuration (``context.variables.save()``) each time a
    datasource, an asset or a batch definition is added: it serializes the whole configuration to
    YAML into an in-memory store that nothing reads (the context reads its variables from the
    configuration object itself). A gate adds 11: ~0.04 s of the ~0.08 s of CPU of building it,
    on a one-file run's critical path. Only this context's variables are changed; a GE that saves
    otherwise, or no longer saves, is unaffected."""
    context.variables.save = lambda: None


MAX_ROWS_PER_OBSERVED = 5  # one issue's observed text quotes at most this many failing rows
# Issues are checked last: their flagged_text_share is computed from the article checks' flags.
CHECK_ORDER = ("articles", "tokens", "entities", "keywords", "issues")


class GateError(RuntimeError):
    """An expectation could not be evaluated (a bug or a schema change), not bad data."""


@dataclass(frozen=True)
class Failure:
    table: str
    expectation: str  # Spec.name, e.g. "no_furniture_in_body"
    level: str  # suites.CRITICAL, FLAG or WARNING
    observed: str  # human-readable, quotes the failing values
    issue_id: str | None
    article_id: str | None = None  # set for flags: one failure per flagged article
    doubtful_chars: int = 0  # flags: characters of the body the failure puts in doubt (Spec.doubt)

    @property
    def critical(self) -> bool:
        return self.level == CRITICAL


@dataclass(frozen=True)
class GateContext:
    run_id: str
    today: dt.date
    published_issues: pa.Table  # issue_id, paper, issue_date, issue_number of published issues
    trailing_daily_articles: dict[str, list[int]] = field(default_factory=dict)  # paper -> last 30 days


@dataclass(frozen=True)
class Tally:
    """One expectation's rows checked and rows unexpected, in one call or summed over a run's."""

    rows: int = 0
    unexpected: int = 0  # GE's unexpected_count: 0 for a check that passed (BOOLEAN_ONLY gives none)
    success: bool = True
    checked_at: dt.datetime | None = None  # the last call's

    def add(self, call: Tally) -> Tally:
        return Tally(self.rows + call.rows, self.unexpected + call.unexpected, self.success and call.success,
                     call.checked_at)


@dataclass(frozen=True)
class GateResult:
    failed_issues: dict[str, list[Failure]]  # issue_id -> critical failures (hold back)
    flagged_articles: dict[str, list[Failure]]  # article_id -> flag failures (publish, flagged)
    warnings: list[Failure]
    dq_rows: list[dict]  # dq_results rows of this call's failing issues and flagged articles (the
    # table's schema: warehouse/schema.py); the summary rows are the run's: Gate.summary_rows()

    def flags(self) -> dict[str, list[str]]:
        """article_id -> names of the checks that flagged it: ``articles.quality_flags``."""
        return {aid: sorted({f.expectation for f in fs}) for aid, fs in self.flagged_articles.items()}

    def flags_of_issue(self, issue_id: str) -> list[Failure]:
        """The flag failures of one issue's articles (for its reason.json when it is held back)."""
        return [f for fs in self.flagged_articles.values() for f in fs if f.issue_id == issue_id]


class Gate:
    """A Great Expectations context with the run's suites; built once per run, reused per batch."""

    def __init__(self, reports_dir: Path, context: GateContext):
        self.context = context
        self.docs_dir = Path(reports_dir) / context.run_id
        self._tomorrow = context.today + dt.timedelta(days=1)
        self._known = frames.known_issues(context.published_issues)  # and, later, the run's own issues
        self._days: dict[tuple, dict[str, int]] = {}  # (paper, date) -> issue id -> articles, this run
        # In-memory stores, no Data Docs site (their pages load Bootstrap and jQuery from CDNs and
        # show nothing offline: report.py writes our own page), no progress bars, no analytics.
        self._gx = gx.get_context(mode="ephemeral", project_config=DataContextConfig(
            store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False),
            data_docs_sites={},
            analytics_enabled=False,
            progress_bars=ProgressBarsConfig(globally=False),
        ))
        _unsaved(self._gx)
        self._calls = 0
        self._validations: list[report.Validation] = []  # every table of every validate() call
        self._rows: list[dict] = []  # and their rows, each call's summaries included, for the report
        self._tallies: dict[str, Tally] = {}  # expectation name -> the run's count so far
        source = self._gx.data_sources.add_pandas("baozhi")
        self._batches = {}
        self._definitions = {}
        self._again: dict[tuple[str, tuple[str, ...]], gx.ValidationDefinition] = {}  # see _run
        for table in TABLES:
            self._batches[table] = source.add_dataframe_asset(table).add_batch_definition_whole_dataframe(f"{table}_batch")
            self._definitions[table] = self._definition(table, table, specs_for(table))

    def validate(self, tables: Mapping[str, pa.Table]) -> GateResult:
        """Check one batch; tables absent from ``tables`` are skipped (and so are the checks on
        other tables that need them, e.g. article_has_tokens without "tokens")."""
        checked_at = dt.datetime.now(dt.timezone.utc)
        built = self._frames(tables)
        rows: list[dict] = []
        summaries: list[dict] = []  # this call's, for the report only
        failures: list[Failure] = []
        flagged: dict[str, list[Failure]] = {}
        for table in CHECK_ORDER:
            if table == "issues" and tables.get("issues") is not None:
                built["issues"] = self._issues_frame(tables, flagged if "articles" in built else None)
            if table not in built:
                continue
            df = built[table].reset_index(drop=True)
            df["row_no"] = range(len(df))
            built[table] = df
            results = self._run(table, df, RunIdentifier(run_name=self.context.run_id, run_time=checked_at))
            self._validations.append(report.Validation(self._calls + 1, table, len(df), checked_at))
            for er in results:
                spec = SPECS_BY_NAME[er.expectation_config.meta["name"]]
                found = self._failures(spec, er, df)
                failures.extend(found)
                call = Tally(len(df), er.result.get("unexpected_count", 0) or 0, bool(er.success), checked_at)
                self._tallies[spec.name] = self._tallies.get(spec.name, Tally()).add(call)
                summaries.append(self._summary_row(spec, call))
                rows.extend(self._failure_row(f, checked_at) for f in found)
                for f in found:
                    if f.level == FLAG:
                        flagged.setdefault(f.article_id, []).append(f)

        self._calls += 1
        self._rows.extend(summaries + rows)
        failed: dict[str, list[Failure]] = {}
        for f in failures:
            if f.critical and f.issue_id is not None:
                failed.setdefault(f.issue_id, []).append(f)
        if "issues" in built:  # the call's issues are neighbours of the run's later ones, passed or not
            issues = built["issues"]
            ids = set(issues["issue_id"])
            self._known = [k for k in self._known if k.issue_id not in ids]
            self._known.extend(frames.delivered(issues, (EARLIEST_ISSUE_DATE, self._tomorrow)))
            frames.count_days(self._days, issues)
        return GateResult(
            failed_issues=failed,
            flagged_articles=flagged,
            warnings=[f for f in failures if f.level == WARNING],
            dq_rows=rows,
        )

    def summary_rows(self) -> list[dict]:
        """The run's summary rows of ``dq_results``: one per expectation checked by any call (in
        the suites' order), its rows and unexpected rows summed over the calls, failed when any
        call failed it; ``checked_at`` is its last call's. The same whatever the calls' sizes:
        every checked row belongs to one issue (tokens are grouped by issue and tag)."""
        return [self._summary_row(spec, self._tallies[spec.name]) for spec in SPECS if spec.name in self._tallies]

    def write_report(self) -> Path:
        """Write the run's quality report (every validation, what it held back, flagged or warned
        about, and the suites); returns ``<reports_dir>/<run_id>/index.html``."""
        self.docs_dir.mkdir(parents=True, exist_ok=True)
        index = self.docs_dir / "index.html"
        index.write_text(report.render(self.context.run_id, self._validations, self._rows), encoding="utf-8")
        return index

    # ---- helpers --------------------------------------------------------------------------------

    def _run(self, table: str, df: pd.DataFrame, run_id: RunIdentifier) -> list:
        """The table's suite on ``df``: one ExpectationValidationResult per check, in suite order,
        those of failed checks with every failing row (``unexpected_index_list``).

        GE lists the failing rows only in its COMPLETE result format, which costs about twice
        BOOLEAN_ONLY for every check, failing or not (more metrics each: the unexpected values,
        their index list, a query), and most checks pass. So the suite runs BOOLEAN_ONLY, and the
        checks that failed run again, COMPLETE, as a suite of their own on the same frame: their
        outcome is the same, now with the rows. GE's own CPU on 440 issues of real news (two
        calls, ~5 checks failing in each) 0.57 -> 0.44 s."""
        def run(definition: gx.ValidationDefinition, result_format: dict) -> list:
            token = _BUILT.set({})
            try:
                return definition.run(batch_parameters={"dataframe": df}, expectation_parameters={"tomorrow": self._tomorrow},
                                      result_format=result_format, run_id=run_id).results
            finally:
                _BUILT.reset(token)

        first = run(self._definitions[table], {"result_format": "BOOLEAN_ONLY"})
        failed = tuple(er.expectation_config.meta["name"] for er in first
                       if not er.success and not er.exception_info.get("raised_exception"))
        if not failed:
            return first
        key = (table, failed)
        if key not in self._again:  # a few sets of checks fail, night after night: built once each
            self._again[key] = self._definition(f"{table}.again{len(self._again)}", table,
                                                [SPECS_BY_NAME[name] for name in failed])
        again = run(self._again[key], {"result_format": "COMPLETE", "unexpected_index_column_names": ["issue_id", "row_no"]})
        complete = {er.expectation_config.meta["name"]: er for er in again}
        return [complete.get(er.expectation_config.meta["name"], er) for er in first]

    def _definition(self, name: str, table: str, specs) -> gx.ValidationDefinition:
        """A suite of ``table``'s checks ``specs`` (``baozhi.<name>``) bound to the table's batch."""
        suite = self._gx.suites.add(_suite(f"baozhi.{name}", table, specs))
        return self._gx.validation_definitions.add(
            gx.ValidationDefinition(name=f"{name}_gate", data=self._batches[table], suite=suite))

    def _frames(self, tables: Mapping[str, pa.Table]) -> dict[str, pd.DataFrame]:
        unknown = set(tables) - set(TABLES)
        if unknown:
            raise ValueError(f"unknown table(s) {', '.join(sorted(unknown))}; expected {', '.join(TABLES)}")
        out: dict[str, pd.DataFrame] = {}  # the issues frame is built later (_issues_frame)
        if tables.get("articles") is not None:
            out["articles"] = frames.articles_frame(tables["articles"], tables.get("tokens"))
        if tables.get("tokens") is not None:
            out["tokens"] = frames.tokens_frame(tables["tokens"])
        if tables.get("entities") is not None:
            out["entities"] = frames.entities_frame(tables["entities"])
        if tables.get("keywords") is not None:
            out["keywords"] = frames.keywords_frame(tables["keywords"])
        return out

    def _issues_frame(self, tables: Mapping[str, pa.Table], flagged: Mapping[str, list[Failure]] | None) -> pd.DataFrame:
        names = None if flagged is None else {
            aid: (max(f.doubtful_chars for f in fs), [f.expectation for f in fs]) for aid, fs in flagged.items()
        }
        return frames.issues_frame(
            tables["issues"], tables.get("articles"), self._known, self.context.trailing_daily_articles,
            date_range=(EARLIEST_ISSUE_DATE, self._tomorrow), flagged=names, earlier_days=self._days,
        )

    def _failures(self, spec: Spec, er, df: pd.DataFrame) -> list[Failure]:
        if er.exception_info.get("raised_exception"):
            raise GateError(f"{spec.table}.{spec.name} could not be evaluated: {er.exception_info['exception_message']}")
        if er.success:
            return []
        hits = [(hit["issue_id"], int(hit["row_no"])) for hit in er.result.get("unexpected_index_list") or ()]
        if spec.flags_articles:  # one failure per flagged article
            return [Failure(spec.table, spec.name, spec.level, self._explain(spec, df.iloc[r]), issue_id,
                            df.iloc[r]["article_id"], int(df.iloc[r][spec.doubt])) for issue_id, r in hits]
        by_issue: dict[str | None, list[int]] = {}
        for issue_id, row_no in hits:
            by_issue.setdefault(issue_id, []).append(row_no)
        out = []
        for issue_id, row_nos in by_issue.items():
            shown = [self._explain(spec, df.iloc[r]) for r in row_nos[:MAX_ROWS_PER_OBSERVED]]
            if len(row_nos) > MAX_ROWS_PER_OBSERVED:
                shown.append(f"(+{len(row_nos) - MAX_ROWS_PER_OBSERVED} more)")
            out.append(Failure(spec.table, spec.name, spec.level, "; ".join(shown), issue_id))
        return out

    def _explain(self, spec: Spec, row: pd.Series) -> str:
        values = {k: (None if _missing(v) else v) for k, v in row.items()}
        try:
            return spec.explain.format(tomorrow=self._tomorrow, **values)
        except (KeyError, ValueError, TypeError):  # a template bug must not hide the failure
            return f"{spec.kwargs.get('column')}={values.get(spec.kwargs.get('column'))!r}"

    def _summary_row(self, spec: Spec, tally: Tally) -> dict:
        """A summary row: "all 935 rows as expected", "3 of 935 rows unexpected"."""
        n, unexpected = tally.rows, tally.unexpected
        observed = f"{unexpected} of {n} rows unexpected" if unexpected else f"all {n} rows as expected"
        return {
            "run_id": self.context.run_id, "table_name": spec.table, "expectation": spec.name,
            "level": spec.level, "critical": spec.critical, "success": tally.success, "observed_value": observed,
            "issue_id": None, "article_id": None, "checked_at": tally.checked_at,
        }

    def _failure_row(self, f: Failure, checked_at: dt.datetime) -> dict:
        return {
            "run_id": self.context.run_id, "table_name": f.table, "expectation": f.expectation,
            "level": f.level, "critical": f.critical, "success": False, "observed_value": f.observed,
            "issue_id": f.issue_id, "article_id": f.article_id, "checked_at": checked_at,
        }


LEVEL_NOTES = {
    CRITICAL: "CRITICAL (holds the issue back)",
    FLAG: "FLAG (the article is published, its quality_flags name this check)",
    WARNING: "WARNING (published)",
}


def _missing(value: object) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # lists, arrays
        return False


def _suite(name: str, table: str, specs) -> gx.ExpectationSuite:
    """A GE suite of ``table``'s checks ``specs``, from the reviewed declarations in suites.py."""
    suite = gx.ExpectationSuite(name=name, meta={"notes": f"baozhi quality gate, table {table}"})
    for spec in specs:
        expectation_class = getattr(gxe, spec.type)
        suite.add_expectation(expectation_class(
            **dict(spec.kwargs),
            meta={"name": spec.name, "level": spec.level, "why": spec.why},
            notes=f"{LEVEL_NOTES[spec.level]}: {spec.why}",
        ))
    return suite
