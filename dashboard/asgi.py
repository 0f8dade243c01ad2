"""The dashboard as an ASGI app: Streamlit's ``st.App`` plus one route of our own, ``/reports/``,
serving the runs' quality reports (``DATA/reports/<run_id>/index.html``) from this process, so
*Last night* can link to its run's report (a page cannot link to a ``file://`` path).

``server.serve`` builds :data:`app` before uvicorn imports ``dashboard.asgi:app``.
"""

from __future__ import annotations

from pathlib import Path

REPORTS_ROUTE = "/reports"
app = None  # the st.App of this process, set by build()


def build(main_script: Path, reports_dir: Path):
    """``st.App`` for ``main_script`` with ``reports_dir`` served read-only under /reports/."""
    import streamlit as st
    from starlette.routing import Mount
    from starlette.staticfiles import StaticFiles

    global app
    # check_dir=False: a fresh data dir has no report yet; StaticFiles refuses paths outside it
    reports = StaticFiles(directory=reports_dir, html=True, check_dir=False)
    app = st.App(main_script, routes=[Mount(REPORTS_ROUTE, app=reports, name="reports")])
    return app
