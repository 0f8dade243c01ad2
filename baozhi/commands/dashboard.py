"""`baozhi dashboard`: the morning dashboard over the warehouse, local and offline."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from baozhi.app import app, load_settings


@app.command()
def dashboard(
    data: Annotated[Optional[Path], typer.Option(
        "--data", help="Data dir of the warehouse (default: $BAOZHI_DATA, else ./data).")] = None,
    port: Annotated[int, typer.Option("--port", help="Port to serve on.")] = 8501,
    host: Annotated[str, typer.Option(
        "--host", help="Address to listen on; 127.0.0.1 keeps it on this machine.")] = "127.0.0.1",
) -> None:
    """Serve the dashboard (last night, coverage, people, places, keywords, reporters, reprints,
    search) at http://HOST:PORT. Read-only: it never blocks a nightly run, and shows a new night
    on reload. Fully offline: every script, style and font is served by this process.

    Examples: `baozhi dashboard` · `baozhi dashboard --data /srv/baozhi --port 8600`
    """
    settings = load_settings(data=data)
    from dashboard.server import serve

    typer.echo(f"baozhi dashboard: http://{host}:{port}  (data {settings.data}; Ctrl-C stops it)")
    serve(settings.data, settings.reports_dir, host, port)
