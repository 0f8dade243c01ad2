"""flows.server: one temporary Prefect API per run, and no dangling address afterwards."""

import os
import ssl

import pytest
from prefect import flow, task

from flows.server import plain_http_trust_store, prefect_api


@task
def double(x: int) -> int:
    return 2 * x


@flow
def doubled() -> int:
    """A flow with one task run: what the tests below look for in the server's database."""
    return double.submit(21).result()


def test_temporary_api_is_started_once_and_forgotten(monkeypatch):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    with prefect_api() as url:
        assert os.environ["PREFECT_API_URL"] == url and url.startswith("http://127.0.0.1")
    assert "PREFECT_API_URL" not in os.environ


def test_a_configured_server_is_used_as_is(monkeypatch):
    from prefect.settings import PREFECT_API_SSL_CERT_FILE

    monkeypatch.setenv("PREFECT_API_URL", "http://prefect.example:4200/api")
    before = PREFECT_API_SSL_CERT_FILE.value()
    with prefect_api() as url:
        assert url == "http://prefect.example:4200/api"
        assert PREFECT_API_SSL_CERT_FILE.value() == before  # its TLS settings are the user's
    assert os.environ["PREFECT_API_URL"] == "http://prefect.example:4200/api"


def _servers() -> set[int]:
    """Prefect API servers under this process: ours (forked, named ``SERVER_NAME``, or started as
    ``flows.api_child``) or one Prefect started itself (uvicorn with ``create_app``)."""
    import psutil

    from flows.server import SERVER_NAME

    return {p.pid for p in psutil.Process().children(recursive=True)
            if p.name() == SERVER_NAME
            or any(mark in " ".join(p.cmdline()) for mark in ("flows.api_child", "create_app"))}


def test_a_flow_run_inside_uses_the_temporary_api_and_starts_no_other(monkeypatch):
    """Prefect reads its settings at import; the address must reach this process's client too,
    or the flow quietly starts a second server (and ~200 MB, ~3 s with it)."""
    from prefect import flow, get_client
    from prefect.settings import PREFECT_API_URL

    import threading

    @flow
    def probe() -> str:
        seen = []  # a thread starts with an empty context: Prefect's own threads see this
        worker = threading.Thread(target=lambda: seen.append(PREFECT_API_URL.value()))
        worker.start()
        worker.join()
        assert seen == [PREFECT_API_URL.value()]
        return str(get_client().api_url)

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    before = _servers()
    with prefect_api() as url:
        assert PREFECT_API_URL.value() == url
        assert probe().rstrip("/") == url.rstrip("/")
        assert len(_servers() - before) == 1


def test_a_flow_run_on_the_temporary_api_sends_no_heartbeats(monkeypatch):
    """Nobody watches a temporary server's heartbeats, and the flow run waits for the heartbeat
    thread's current one-second sleep as it ends. A configured server keeps Prefect's setting."""
    from prefect import flow
    from prefect.flow_engine import FlowRunEngine
    from prefect.settings import get_current_settings

    @flow
    def probe():
        return get_current_settings().flows.heartbeat_frequency

    prefects_own = get_current_settings().flows.heartbeat_frequency
    assert prefects_own is not None  # Prefect's default (180 s): the setting below changes something
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    with prefect_api():
        assert probe() is None
        assert FlowRunEngine(flow=probe).heartbeat_seconds is None
    monkeypatch.setenv("PREFECT_API_URL", "http://prefect.example:4200/api")
    with prefect_api():
        assert get_current_settings().flows.heartbeat_frequency == prefects_own


def test_a_flow_with_tasks_runs_on_a_new_database_where_no_block_type_was_registered(monkeypatch, tmp_path):
    """The temporary server skips registering block types (finding them imports every Prefect
    collection): our flows need none, even on a database made for this run."""
    import sqlite3

    from prefect.settings import PREFECT_API_DATABASE_CONNECTION_URL, temporary_settings

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    database = tmp_path / "prefect.db"  # the server's SQLite file, passed on as this process's setting
    with temporary_settings(updates={PREFECT_API_DATABASE_CONNECTION_URL: f"sqlite+aiosqlite:///{database}"}):
        with prefect_api():
            assert doubled() == 42
    db = sqlite3.connect(database)
    assert db.execute("SELECT count(*) FROM flow_run").fetchone() == (1,)
    assert db.execute("SELECT count(*) FROM block_type").fetchone() == (0,)


def test_work_given_for_the_start_runs_while_the_server_boots(monkeypatch):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    before = _servers()
    seen = []

    def work():
        import time

        deadline = time.monotonic() + 10
        while not _servers() - before and time.monotonic() < deadline:
            time.sleep(0.05)
        seen.append((len(_servers() - before), "PREFECT_API_URL" in os.environ))

    with prefect_api(while_starting=work) as url:
        assert seen == [(1, False)]  # the server process was booting, its address not yet given out
        assert url.startswith("http://127.0.0.1")
    assert _servers() == before


def test_a_failure_while_starting_stops_the_server(monkeypatch):
    import pytest

    def broken():
        raise RuntimeError("import failed")

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    before = _servers()
    with pytest.raises(RuntimeError, match="import failed"):
        with prefect_api(while_starting=broken):
            pass
    assert _servers() == before
    assert "PREFECT_API_URL" not in os.environ


def test_the_temporary_server_runs_no_automations_and_still_records_the_runs(monkeypatch, tmp_path):
    """Automations' services (triggers and the actions they fire) are off on a server that lives
    for one run; the flow run and its task runs are recorded as before."""
    import json
    import sqlite3
    import time
    import urllib.request

    from prefect.settings import PREFECT_API_DATABASE_CONNECTION_URL, temporary_settings

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    database = tmp_path / "prefect.db"
    with temporary_settings(updates={PREFECT_API_DATABASE_CONNECTION_URL: f"sqlite+aiosqlite:///{database}"}):
        with prefect_api() as url:
            with urllib.request.urlopen(f"{url}/admin/settings", timeout=30) as response:
                services = json.load(response)["server"]["services"]
            assert services["triggers"]["enabled"] is False
            assert json.load(urllib.request.urlopen(f"{url}/admin/settings", timeout=30))["server"]["analytics_enabled"] is False
            assert services["task_run_recorder"]["enabled"] and services["event_persister"]["enabled"]
            assert doubled() == 42
            db = sqlite3.connect(database)
            deadline = time.monotonic() + 30  # the recorder writes task runs from their events
            while db.execute("SELECT count(*) FROM task_run").fetchone() != (1,) and time.monotonic() < deadline:
                time.sleep(0.2)
            assert db.execute("SELECT count(*) FROM task_run").fetchone() == (1,)
            assert db.execute("SELECT count(*) FROM flow_run").fetchone() == (1,)


@task
def trust_store_in_task() -> tuple[str, int]:
    from prefect.settings import PREFECT_API_SSL_CERT_FILE

    path = PREFECT_API_SSL_CERT_FILE.value()
    return path, ssl.create_default_context(cafile=path).cert_store_stats()["x509_ca"]


@flow
def trust_store_in_flow() -> tuple[str, int]:
    return trust_store_in_task.submit().result()


def test_prefect_clients_of_the_temporary_api_read_a_trust_store_of_one_root(monkeypatch, tmp_path):
    # Every Prefect client loads its CA file as it is made (certifi's ~150 roots: ~35 ms); the
    # temporary API is plain http, so one root serves, in the flow and its task runs alike.
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    with prefect_api():
        path, roots = trust_store_in_flow()
    assert path == str(tmp_path / "baozhi" / "prefect" / "temporary-api-ca.pem")
    assert roots == 1


def test_the_trust_store_is_written_once_and_whole(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = plain_http_trust_store()
    text = path.read_text(encoding="ascii")
    assert text.count("-----BEGIN CERTIFICATE-----") == 1 and text.rstrip().endswith("-----END CERTIFICATE-----")
    assert ssl.create_default_context(cafile=str(path)).cert_store_stats()["x509_ca"] == 1
    mtime = path.stat().st_mtime_ns
    assert plain_http_trust_store() == path and path.stat().st_mtime_ns == mtime
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left


def test_the_temporary_server_asks_itself_for_a_path_of_the_runs_routers_once_it_serves():
    """The warm-up: one request (here refused) once the server says it started, and none before."""
    import http.server
    import threading
    import types

    from flows.api_child import _warm_routes

    asked: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            asked.append(self.path)
            self.send_error(404)

        def log_message(self, *args):
            pass

    httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    server = types.SimpleNamespace(started=False)
    warm = threading.Thread(target=_warm_routes, args=(server, httpd.server_port))
    warm.start()
    warm.join(0.3)
    assert warm.is_alive() and asked == []  # waits for the server to serve
    server.started = True
    warm.join(10)
    httpd.shutdown()
    assert not warm.is_alive() and asked == ["/api/admin/version"]


def test_the_routers_a_run_calls_come_first_and_no_two_routers_share_a_first_segment():
    """Prefect's routers reordered for the temporary server: none lost, the run's first in their
    order, the rest in Prefect's; and reordering decides no match, since no first path segment
    is served by two routers that change places (the templates router shares "automations"
    with the automations router, and the ui routers share "ui": they keep their order)."""
    from prefect.server.api.server import API_ROUTERS

    from flows.api_child import RUN_ROUTERS, WARM_PATH, run_routers_first

    ordered = run_routers_first(API_ROUTERS)
    assert sorted(map(id, ordered)) == sorted(map(id, API_ROUTERS))
    assert [r.prefix for r in ordered[: len(RUN_ROUTERS)]] == list(RUN_ROUTERS)
    rest = [r for r in API_ROUTERS if r.prefix not in RUN_ROUTERS]
    assert list(ordered[len(RUN_ROUTERS):]) == rest

    def first_segments(router):
        return {route.path.strip("/").split("/")[0] for route in router.routes}  # prefix included

    moved = [first_segments(r) for r in ordered[: len(RUN_ROUTERS)]]
    others = set().union(*map(first_segments, rest))
    assert all(not (a & b) for i, a in enumerate(moved) for b in moved[i + 1:])
    assert not set().union(*moved) & others
    # the warm-up asks for a route of the last router a run calls: it passes all of them
    assert WARM_PATH.removeprefix("/api") in {route.path for route in ordered[len(RUN_ROUTERS) - 1].routes}


def test_the_temporary_server_is_started_without_the_key_value_stores_type_checks(monkeypatch):
    """docket's py-key-value type-checks every call (beartype): off in the temporary server,
    unless the user chose otherwise."""
    from flows.server import _TemporaryServer

    monkeypatch.delenv("PY_KEY_VALUE_DISABLE_BEARTYPE", raising=False)
    default = _TemporaryServer(1).environment()
    monkeypatch.setenv("PY_KEY_VALUE_DISABLE_BEARTYPE", "false")
    chosen = _TemporaryServer(1).environment()
    assert [default["PY_KEY_VALUE_DISABLE_BEARTYPE"], chosen["PY_KEY_VALUE_DISABLE_BEARTYPE"]] == ["true", "false"]
    assert default["PREFECT_SERVER_ANALYTICS_ENABLED"].lower() in ("0", "false")


def test_the_temporary_server_is_spawned_while_another_thread_runs(monkeypatch):
    """Forking is refused beside another thread (a lock it holds would stay held in the child):
    the server is then a fresh interpreter, ``flows.api_child``, with the same environment."""
    import threading

    import psutil

    import flows.server as server_mod

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    before = _servers()  # the suite's own (Prefect's test harness)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        with prefect_api() as url:
            (server,) = _servers() - before
            assert "flows.api_child" in " ".join(psutil.Process(server).cmdline())
            assert doubled() == 42 and url.startswith("http://127.0.0.1")
    finally:
        stop.set()
        other.join()
    assert server_mod.SERVER_NAME not in {p.name() for p in psutil.Process().children(recursive=True)}


_FORKED_RUN = """
import json, sys, urllib.request
from pathlib import Path

import psutil

from flows.lock import run_lock
from flows.server import SERVER_NAME, prefect_api

with run_lock(Path(sys.argv[1])):
    with prefect_api() as url:
        (server,) = [p for p in psutil.Process().children() if p.name() == SERVER_NAME]
        settings = json.load(urllib.request.urlopen(url + "/admin/settings", timeout=60))
        print(json.dumps({
            "pid": server.pid,
            "cmdline_is_ours": server.cmdline() == psutil.Process().cmdline(),
            "files": [f.path for f in server.open_files()],
            "analytics": settings["server"]["analytics_enabled"],
            "triggers": settings["server"]["services"]["triggers"]["enabled"],
            "ui": settings["server"]["ui"]["enabled"],
        }), flush=True)
        if len(sys.argv) > 2:
            sys.stdin.readline()  # killed here by the test
"""


def _forked_run(tmp_path, *args: str) -> "subprocess.Popen":
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    return subprocess.Popen([sys.executable, "-c", _FORKED_RUN, str(tmp_path), *args], env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_run_forks_its_server_with_the_servers_settings_and_not_its_lock(tmp_path):
    """A run's process (one thread) forks the server once it has imported Prefect: the server
    has the settings of a server living one run (no UI, telemetry or automations) though
    Prefect read this process's as it was imported, and no descriptor of this process's, such
    as its run lock, which it would otherwise keep held after the run died."""
    import json

    run = _forked_run(tmp_path)
    out, err = run.communicate(timeout=300)
    assert run.returncode == 0, err[-3000:]
    seen = json.loads(out)
    assert seen["cmdline_is_ours"]  # forked, not a fresh interpreter
    assert not [f for f in seen["files"] if f.endswith(".baozhi.lock")]
    assert (seen["analytics"], seen["triggers"], seen["ui"]) == (False, False, False)
    import psutil

    assert not psutil.pid_exists(seen["pid"]) or psutil.Process(seen["pid"]).status() == psutil.STATUS_ZOMBIE


def test_a_forked_server_dies_with_a_killed_run(tmp_path):
    """A run killed with SIGKILL (a scheduler's time limit) cannot stop its server: the server
    goes with it instead of serving for ever."""
    import json
    import time

    import psutil

    run = _forked_run(tmp_path, "wait")
    server = json.loads(run.stdout.readline())["pid"]
    assert psutil.pid_exists(server)
    run.kill()
    run.wait(timeout=30)
    deadline = time.monotonic() + 30
    while psutil.pid_exists(server) and psutil.Process(server).status() != psutil.STATUS_ZOMBIE:
        assert time.monotonic() < deadline, "the server outlived its run"
        time.sleep(0.1)


def test_the_temporary_server_builds_its_app_with_what_it_imported_frozen():
    """Prefect's create_app collects garbage once as the last app of its process; the objects
    imported before it (~425,000) are frozen first, so that collection does not walk them."""
    import subprocess
    import sys
    import textwrap

    code = textwrap.dedent("""
        import gc
        import prefect.server.api.server as server
        import flows.api_child

        def create_app():
            print(gc.get_freeze_count() > 100_000, gc.isenabled())
            raise SystemExit(0)

        server.create_app = create_app
        flows.api_child.serve(9)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.split() == ["True", "False"]


@pytest.mark.parametrize(
    "updates",
    [{}, {"PREFECT_API_URL": "http://127.0.0.1:9/api", "PREFECT_LOGGING_LEVEL": "DEBUG"},
     {"PREFECT_API_KEY": "某某-secret", "PREFECT_FLOWS_HEARTBEAT_FREQUENCY": None,
      "PREFECT_SERVER_DATABASE_CONNECTION_URL": "sqlite+aiosqlite:////tmp/某某.db",
      "PREFECT_CLIENT_CUSTOM_HEADERS": {"X-某某": "1"}, "PREFECT_API_SSL_CERT_FILE": "/tmp/ca.pem"}],
)
def test_the_servers_settings_are_the_ones_set_here_as_prefect_writes_them(updates):
    """The settings set in this process, as the forked server reads them: what Prefect's
    to_environment_variables(exclude_unset=True) gives, values and spelling, secrets shown."""
    import prefect.settings
    from prefect.settings import get_current_settings, temporary_settings

    from flows.server import set_settings_environment

    with temporary_settings(updates={getattr(prefect.settings, k): v for k, v in updates.items()}):
        settings = get_current_settings()
        ours = set_settings_environment(settings)
        assert ours == settings.to_environment_variables(exclude_unset=True)
    assert {k: v for k, v in updates.items() if v is not None}.keys() <= ours.keys()


@pytest.mark.parametrize(
    "code",
    ["import flows.nightly; flows.nightly.preload()",  # the flow process, before its flow starts
     "from prefect.server.api.server import create_app"],  # the server, before it builds its app
)
def test_what_the_server_is_forked_with_both_processes_import(code):
    """The modules imported before the server is forked are ones the flow process and the
    server each import anyway: none is imported for the fork alone."""
    import json
    import subprocess
    import sys

    from flows.server import SHARED_IMPORTS

    check = f"import json, sys\n{code}\nprint(json.dumps([m for m in {list(SHARED_IMPORTS)!r} if m not in sys.modules]))"
    run = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    assert json.loads(run.stdout.splitlines()[-1]) == []
