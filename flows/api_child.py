"""Prefect's temporary API server, the child process ``flows.server`` launches:
``python -m flows.api_child PORT``.

What ``uvicorn --factory prefect.server.api.server:create_app`` did, with the collector paused while
the server imports and builds its app. That makes ~425,000 objects the collector tracks (FastAPI,
SQLAlchemy, Prefect's pydantic models), and the collections they triggered, each walking the objects
made so far, were ~0.6 s of its ~3 s of CPU. The objects made by then live as long as the server, so
they are frozen out of later collections; the collector runs as usual after that. Prefect reads its
settings from the environment ``flows.server`` prepared (ephemeral, final, UI off).

Prefect's routers are included with the ones a run's flow asks first (:data:`RUN_ROUTERS`), and
once it serves, it asks itself for one of their paths (see :func:`_warm_routes`).
"""

from __future__ import annotations

import gc
import sys
import threading
import time
import urllib.error
import urllib.request


# The routers of Prefect's API a run's flow calls (the flow and its run, the CSRF token, the events
# socket, the server's version), by their path prefixes; ``/admin`` last (see _warm_routes).
RUN_ROUTERS = ("/flows", "/flow_runs", "/csrf-token", "/events", "/admin")
WARM_PATH = "/api/admin/version"  # a route of the last of them: a string, no database


def serve(port: int) -> None:
    gc.disable()
    try:
        import uvicorn
        from prefect.server.api import server as prefect_server
        from prefect.server.api.server import create_app

        prefect_server.API_ROUTERS = run_routers_first(prefect_server.API_ROUTERS)

        # Frozen before the app is built too: as the last app of its process ("final", which
        # flows.server sets as Prefect's own temporary server does), create_app collects garbage
        # once, to reclaim the routes older FastAPI versions copied. That collection walked every
        # object imported so far: ~0.33 s of CPU (create_app 0.64-0.78 -> 0.34-0.41 s, 3
        # alternating runs); frozen, it walks only what building the app made.
        gc.freeze()
        app = create_app()
        config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error", lifespan="on")
        server = uvicorn.Server(config)
    finally:
        gc.freeze()
        gc.enable()
    threading.Thread(target=_warm_routes, args=(server, port), daemon=True).start()
    server.run()


def run_routers_first(routers: tuple) -> tuple:
    """Prefect's API routers, those of :data:`RUN_ROUTERS` first in that order, then the others in
    Prefect's order.

    FastAPI (0.137 and later) builds what it matches a request against (a pydantic adapter per
    parameter and response of every route: ~4 ms of CPU a route) the first time a request
    reaches each included router, and a request passes every router included before its own.
    In Prefect's order the routers a run calls come as far down as 30th of 31 (``/admin``), so a
    run built all 186 routes (~1 s of CPU) for the 42 of the five it calls. Routers of other
    prefixes are still there, built when first asked for. The order of two routers decides
    nothing else: no two of them serve the same first path segment (tested), so no request
    could match a route of each."""
    first = sorted((r for r in routers if r.prefix in RUN_ROUTERS), key=lambda r: RUN_ROUTERS.index(r.prefix))
    return (*first, *(r for r in routers if r.prefix not in RUN_ROUTERS))


def _warm_routes(server, port: int, timeout: float = 60.0) -> None:
    """One request for :data:`WARM_PATH`, as soon as the server serves: it passes the routers a
    run calls (:func:`run_routers_first`), which are built then, while the flow's process is
    still preparing (this server is usually up ~1 s before it needs it), and not on the flow's
    first requests (create the flow, its run), which waited for them."""
    deadline = time.monotonic() + timeout
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{port}{WARM_PATH}", timeout=timeout).close()
    except urllib.error.HTTPError as exc:  # a refusal still built the routes it passed
        exc.close()
    except OSError:
        pass  # the server stopped first (a run over before it was up): nothing to warm


if __name__ == "__main__":
    serve(int(sys.argv[1]))
