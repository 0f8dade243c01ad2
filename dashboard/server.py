"""Starting Streamlit for ``baozhi dashboard``: our options, set from code, over any user config.

Options given here as "flag options" take precedence over ``~/.streamlit/config.toml``,
``./.streamlit/config.toml`` and ``STREAMLIT_*`` variables, so a user's config cannot switch
usage statistics back on or make the server watch files.
"""

from __future__ import annotations

from pathlib import Path

MAIN_SCRIPT = Path(__file__).parent / "app" / "main.py"


def streamlit_options(host: str, port: int) -> dict[str, object]:
    """The Streamlit config options of the dashboard (as flag options: section_option names)."""
    return {
        "server_address": host,
        "server_port": port,
        # Where people open it, which is also what Streamlit prints; set, so that it never asks
        # an outside service for this machine's public address.
        "browser_serverAddress": "127.0.0.1" if host in ("0.0.0.0", "::") else host,
        "browser_serverPort": port,
        "browser_gatherUsageStats": False,  # no telemetry, whatever the user's config says
        "server_headless": True,  # no browser launched, no e-mail prompt
        "server_showEmailPrompt": False,
        "server_fileWatcherType": "none",  # a dashboard, not a development server
        "server_runOnSave": False,
        "global_developmentMode": False,
        "client_toolbarMode": "viewer",  # no "Deploy" button or developer menu
        "client_showErrorDetails": "full",  # our bugs show their traceback (STYLE: fail loudly)
        "theme_base": "light",
    }


def serve(data_dir: Path, reports_dir: Path, host: str, port: int) -> None:
    """Run the dashboard server in this process until interrupted (Ctrl-C): Streamlit's own
    server (uvicorn) for the pages, plus the quality reports under /reports/ (``dashboard.asgi``)."""
    from streamlit import config
    from streamlit.web import bootstrap

    from dashboard import asgi

    options = streamlit_options(host, port)
    config._main_script_path = str(MAIN_SCRIPT)  # as `streamlit run` does, before reading config
    bootstrap.load_config_options(flag_options=options)
    asgi.build(MAIN_SCRIPT, reports_dir)
    bootstrap.run_asgi_app(str(MAIN_SCRIPT), "dashboard.asgi:app", ["--data", str(data_dir)], options)
