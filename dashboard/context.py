"""What every page of one page view shares: the settings, the snapshot, the archive, the period.

``main.py`` calls :func:`begin` before the page runs and :func:`end` after it; a page calls
:func:`current` and, when it needs data, :func:`require_data`, which explains an empty
warehouse instead of failing.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import functools
from pathlib import Path

import pandas as pd
import streamlit as st

from baozhi import settings as settings_mod
from dashboard import fmt, tables
from dashboard.data import Snapshot, open_snapshot

_KEY = "_baozhi_page_context"


@dataclasses.dataclass
class PageContext:
    settings: settings_mod.Settings
    snapshot: Snapshot | None
    archive: dict | None  # the dashboard_archive row: issues, papers, first/last date, runs, ...
    # (from, to) picked in the sidebar; (None, None) for the whole archive (undated issues included)
    period: tuple[dt.date | None, dt.date | None] = (None, None)

    def table(self, df: pd.DataFrame, **kwargs) -> None:
        """A table with dates, times and counts formatted for people (``tables.table``)."""
        tables.table(df, self.settings.timezone, **kwargs)

    def months(self) -> tuple[str, str] | None:
        """The period's months as a chart domain: ("2021-01-01", "2021-10-01") for 2021-01 to 2021-09."""
        first = self.period[0] or (self.archive or {}).get("first_date")
        last = self.period[1] or (self.archive or {}).get("last_date")
        if fmt.missing(first) or fmt.missing(last):
            return None
        first, last = pd.Timestamp(first), pd.Timestamp(last)
        end = (last.replace(day=1) + pd.offsets.MonthBegin(1))
        return first.replace(day=1).strftime("%Y-%m-%d"), end.strftime("%Y-%m-%d")

    @property
    def has_issues(self) -> bool:
        return bool(self.archive and self.archive["issues"])


@functools.cache
def settings_from_argv(argv: tuple[str, ...]) -> settings_mod.Settings:
    """The script's arguments (``baozhi dashboard`` passes ``--data DIR``), read once per process."""
    parser = argparse.ArgumentParser(prog="baozhi dashboard", add_help=False)
    parser.add_argument("--data", type=Path, default=None)
    args, _ = parser.parse_known_args(list(argv))
    return settings_mod.load(data=args.data)


def begin(argv: list[str]) -> PageContext:
    """Open this page view's snapshot and draw the sidebar (data dir, night shown, period)."""
    settings = settings_from_argv(tuple(argv))
    snapshot = open_snapshot(settings.warehouse_path)
    archive = None
    if snapshot is not None:
        rows = snapshot.query("dashboard_archive").to_dict("records")
        archive = rows[0] if rows else None
    ctx = PageContext(settings, snapshot, archive)
    _sidebar(ctx)
    st.session_state[_KEY] = ctx
    return ctx


def end(ctx: PageContext) -> None:
    if ctx.snapshot is not None:
        ctx.snapshot.close()
    st.session_state.pop(_KEY, None)


def current() -> PageContext:
    return st.session_state[_KEY]


def require_data(ctx: PageContext) -> Snapshot:
    """The snapshot, or an explanation and the end of the page when no run has built a warehouse."""
    if ctx.snapshot is None:
        st.info(
            f"**No warehouse yet** in `{ctx.settings.data}`. This dashboard shows what the nightly run "
            f"has loaded, and no run has finished there. Run `baozhi run --data {ctx.settings.data}` "
            f"(or wait for the scheduled run), then reload this page.",
            icon=":material/hourglass_empty:",
        )
        st.stop()
    return ctx.snapshot


def require_issues(ctx: PageContext, what: str) -> Snapshot:
    """Like :func:`require_data`, and also explains a warehouse that holds no issue yet."""
    snapshot = require_data(ctx)
    if not ctx.has_issues:
        st.info(
            f"**No issues loaded yet**, so there are no {what} to show. Runs so far: "
            f"{fmt.number(ctx.archive['runs'] if ctx.archive else 0)}; see *Last night* for what "
            f"happened to the files they found.",
            icon=":material/inbox:",
        )
        st.stop()
    return snapshot


def _sidebar(ctx: PageContext) -> None:
    bar = st.sidebar
    bar.caption(f"Data dir `{ctx.settings.data}`")
    if ctx.snapshot is None:
        bar.caption("No warehouse yet.")
        return
    info = ctx.snapshot.info
    committed = pd.Timestamp(info.committed_at) if info.committed_at else None
    bar.caption(f"Showing night {info.generation} (run `{info.run_id or '—'}`), committed "
                f"{fmt.local_time(committed, ctx.settings.timezone)} {ctx.settings.timezone}. "
                "Reload the page to see a newer night.")
    first, last = (ctx.archive or {}).get("first_date"), (ctx.archive or {}).get("last_date")
    if first is None or pd.isna(first) or pd.isna(last):
        return
    first, last = pd.Timestamp(first).date(), pd.Timestamp(last).date()
    kept = st.session_state.get("period")
    if kept and any(d < first or d > last for d in kept):  # a later night moved the archive's ends
        del st.session_state["period"]
    picked = bar.date_input("Period (issue dates)", value=(first, last), min_value=first, max_value=last,
                            key="period", help="People, places, keywords, reporters, reprints and search "
                                               "count only issues of these months.")
    # The whole archive is no filter at all, so undated issues stay in search by default.
    if isinstance(picked, (tuple, list)) and len(picked) == 2 and tuple(picked) != (first, last):
        ctx.period = (picked[0], picked[1])
    elif isinstance(picked, (tuple, list)) and len(picked) == 1:  # the user is still picking the end
        ctx.period = (picked[0], None)
