"""The dashboard's charts: Altair (Vega-Lite) specs, drawn by the Vega build bundled in Streamlit.

Each function takes a DataFrame straight from a ``dashboard_*`` query and names its columns; no
figure is computed here. Months are shown as 2021-09, days as 2021-09-06.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

MONTH = "%Y-%m"
DAY = "%Y-%m-%d"
# Coverage colours: a loaded issue, a file held back, nothing at all.
STATUS_COLOURS = {"issue": "#2e7d32", "quarantined": "#ef6c00", "missing": "#e0e0e0"}
FILE_STATUS_COLOURS = {"loaded": "#2e7d32", "duplicate": "#90a4ae", "replaced": "#5c6bc0",
                       "quarantined": "#ef6c00", "failed": "#c62828", "skipped": "#bdbdbd"}


def ranked_bars(df: pd.DataFrame, label: str, value: str, *, title: str, tooltip: list[str] | None = None,
                height_per_bar: int = 22) -> alt.Chart:
    """Horizontal bars, largest on top: the top-N lists (people, places, reporters, keywords)."""
    return alt.Chart(df, title=title).mark_bar().encode(
        x=alt.X(f"{value}:Q", title=value.replace("_", " ")),
        y=alt.Y(f"{label}:N", sort="-x", title=None),
        tooltip=tooltip or [label, value],
    ).properties(height=alt.Step(height_per_bar))


def _months(domain: tuple[str, str] | None) -> alt.Scale | alt.UndefinedType:
    """A time scale over ``domain`` (first day of the first month, first day after the last), so
    a series of one month is drawn against the whole archive, not stretched across the chart."""
    return alt.Scale(domain=list(domain)) if domain else alt.Undefined


def monthly(df: pd.DataFrame, value: str, *, title: str, colour: str | None = None,
            stacked: bool = True, domain: tuple[str, str] | None = None) -> alt.Chart:
    """Bars per month, stacked by ``colour`` when given: mentions, keywords, genres, reprints."""
    encoding = {
        "x": alt.X("month:T", timeUnit="yearmonth", title=None, axis=alt.Axis(format=MONTH), scale=_months(domain)),
        "y": alt.Y(f"{value}:Q", title=value.replace("_", " "), stack=stacked or None),
        "tooltip": [alt.Tooltip("month:T", timeUnit="yearmonth", format=MONTH, title="month"),
                    *([colour] if colour else []), value],
    }
    if colour:
        encoding["color"] = alt.Color(f"{colour}:N", title=colour.replace("_", " "))
    return alt.Chart(df, title=title).mark_bar().encode(**encoding)


def trend_lines(df: pd.DataFrame, value: str, colour: str, *, title: str,
                domain: tuple[str, str] | None = None) -> alt.Chart:
    """One line per ``colour`` value over months: keyword trends."""
    return alt.Chart(df, title=title).mark_line(point=True).encode(
        x=alt.X("month:T", timeUnit="yearmonth", title=None, axis=alt.Axis(format=MONTH), scale=_months(domain)),
        y=alt.Y(f"{value}:Q", title=value.replace("_", " ")),
        color=alt.Color(f"{colour}:N", title=colour),
        tooltip=[alt.Tooltip("month:T", timeUnit="yearmonth", format=MONTH, title="month"), colour, value],
    )


def calendar(df: pd.DataFrame, *, title: str) -> alt.Chart:
    """A day-by-day calendar per year: one square per day, coloured by issue / quarantined / missing.

    Fixed-size squares (13 px, 53 weeks ≈ 700 px a year), so draw it with ``width="content"``:
    a faceted chart cannot be stretched to the page.
    """
    statuses = list(STATUS_COLOURS)
    return alt.Chart(df, title=title).mark_rect(stroke="white", strokeWidth=1).encode(
        x=alt.X("date:O", timeUnit="week", title="week of the year (Sunday first)",
                axis=alt.Axis(labelAngle=0, labelOverlap=True, format="%U")),
        y=alt.Y("date:O", timeUnit="day", title=None, sort=[1, 2, 3, 4, 5, 6, 0]),
        row=alt.Row("date:O", timeUnit="year", title=None),
        color=alt.Color("status:N", scale=alt.Scale(domain=statuses, range=[STATUS_COLOURS[s] for s in statuses]),
                        title="day"),
        tooltip=[alt.Tooltip("date:T", format=DAY, title="date"), "status", "issues", "articles",
                 "flagged_articles", "quarantined_files"],
    ).properties(width=alt.Step(13), height=alt.Step(13))


def run_files(df: pd.DataFrame, *, title: str) -> alt.Chart:
    """Files per recent run (``run``: its start as shown to people), stacked by what happened to them."""
    fields = ["files_loaded", "files_duplicate", "files_quarantined", "files_failed", "files_skipped"]
    statuses = [f.removeprefix("files_") for f in fields]
    return alt.Chart(df, title=title).transform_fold(fields, as_=["what", "files"]).transform_calculate(
        status="replace(datum.what, 'files_', '')",
    ).mark_bar(size=36).encode(
        x=alt.X("run:O", title="run started", sort=None, axis=alt.Axis(labelAngle=0, labelOverlap=True)),
        y=alt.Y("files:Q", title="files", stack=True),
        color=alt.Color("status:N", scale=alt.Scale(domain=statuses, range=[FILE_STATUS_COLOURS[s] for s in statuses]),
                        title="file"),
        tooltip=["run_id:N", "status:N", "files:Q"],
    )


def genre_shares(df: pd.DataFrame, *, title: str, domain: tuple[str, str] | None = None) -> alt.Chart:
    """Genre mix per month as shares of the month's articles (100 % bars)."""
    return alt.Chart(df, title=title).mark_bar().encode(
        x=alt.X("month:T", timeUnit="yearmonth", title=None, axis=alt.Axis(format=MONTH), scale=_months(domain)),
        y=alt.Y("articles:Q", stack="normalize", title="share of articles", axis=alt.Axis(format="%")),
        color=alt.Color("genre:N", title="genre"),
        tooltip=[alt.Tooltip("month:T", timeUnit="yearmonth", format=MONTH, title="month"), "genre", "articles",
                 alt.Tooltip("share:Q", format=".1%")],
    )
