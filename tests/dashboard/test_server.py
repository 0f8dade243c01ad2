"""`baozhi dashboard` as a real server: our Streamlit options win over a user's config, and the
command serves the app on 127.0.0.1 from a real second process."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from dashboard.server import streamlit_options

REPO = Path(__file__).resolve().parents[2]
BAOZHI = Path(sys.executable).parent / "baozhi"


def test_options_turn_telemetry_off_and_stay_local():
    options = streamlit_options("127.0.0.1", 8501)
    assert options["browser_gatherUsageStats"] is False
    assert options["server_address"] == options["browser_serverAddress"] == "127.0.0.1"
    assert options["server_headless"] is True and options["server_fileWatcherType"] == "none"
    assert streamlit_options("0.0.0.0", 80)["browser_serverAddress"] == "127.0.0.1"


def test_a_user_config_cannot_turn_usage_statistics_back_on(tmp_path):
    """Streamlit reads ~/.streamlit/config.toml, ./.streamlit/config.toml and STREAMLIT_* variables;
    the dashboard's options are flag options, which take precedence over all of them."""
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text(
        "[browser]\ngatherUsageStats = true\n[server]\nfileWatcherType = \"poll\"\n")
    code = (
        "import json; from streamlit import config; from streamlit.web import bootstrap; "
        "from dashboard.server import streamlit_options; "
        "bootstrap.load_config_options(flag_options=streamlit_options('127.0.0.1', 8501)); "
        "print(json.dumps([config.get_option('browser.gatherUsageStats'), config.get_option('server.fileWatcherType'), "
        "config.get_option('server.address')]))"
    )
    env = {**os.environ, "HOME": str(tmp_path), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "true"}
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True,
                         check=True).stdout
    assert json.loads(out.strip().splitlines()[-1]) == [False, "none", "127.0.0.1"]
    # the user's file was read (without our flags it wins): the override is ours, not an accident
    plain = code.replace("flag_options=streamlit_options('127.0.0.1', 8501)", "flag_options={}")
    out = subprocess.run([sys.executable, "-c", plain], cwd=tmp_path, env=env, capture_output=True, text=True,
                         check=True).stdout
    assert json.loads(out.strip().splitlines()[-1])[:2] == [True, "poll"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_the_command_serves_the_app_locally(fixture_data, tmp_path):
    report = fixture_data / "reports" / "run-1" / "index.html"
    report.parent.mkdir(parents=True)
    report.write_text("<html>Data Docs of run-1</html>")
    port = _free_port()
    log = (tmp_path / "dashboard.log").open("w")
    proc = subprocess.Popen([str(BAOZHI), "dashboard", "--data", str(fixture_data), "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT, cwd=tmp_path)
    try:
        deadline, health = time.monotonic() + 60, None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                    health = r.read().decode()
                    break
            except OSError:
                time.sleep(0.3)
        assert health == "ok", (tmp_path / "dashboard.log").read_text()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/people", timeout=5) as r:
            page = r.read().decode()
        # the page loads its scripts, styles and icons from this server only
        assert "<script" in page
        assert re.findall(r'(?:src|href)="([^"]*)"', page)
        assert not [u for u in re.findall(r'(?:src|href)="([^"]*)"', page) if "//" in u]
        # the runs' quality reports are served too, and nothing else of the data dir
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/reports/run-1/index.html", timeout=5) as r:
            assert r.read().decode() == "<html>Data Docs of run-1</html>"
        for outside in ("/reports/../warehouse.duckdb", "/reports/%2e%2e/warehouse.duckdb"):
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(f"http://127.0.0.1:{port}{outside}", timeout=5)
            assert refused.value.code in (400, 404)  # refused: by Streamlit's path check or by StaticFiles
        other = socket.gethostbyname(socket.gethostname())
        if other != "127.0.0.1":  # listening on 127.0.0.1 only, as asked
            with pytest.raises(OSError):
                socket.create_connection((other, port), timeout=1).close()
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()
    assert f"http://127.0.0.1:{port}" in (tmp_path / "dashboard.log").read_text()
