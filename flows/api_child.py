"""Prefect's temporary API server, the child process ``flows.server`` launches:
``python -m flows.api_child PORT``.

What ``uvicorn --factory prefect.server.api.server:create_app`` did, with the collector paused while
the server imports and builds its app. That makes ~425,000 objects the collector tracks (FastAPI,
SQLAlchemy, Prefect's pydantic models), and the collections they triggered, each walking the objects
made so far, were ~0.6 s of its ~3 s of CPU. The objects made by then live as long as the server, so
they are frozen out of later collections; the collector runs as usual after that. Prefect reads its
settings from the environment ``flows.server`` prepared (ephemeral, final, UI off).

Once it serves, it asks itself for a path no route has (see :func:`_warm_routes`).
"""

from __future__ import annotations

import gc
import sys
import threading
import time
import urllib.error
import urllib.request


def serve(port: int) -> None:
    gc.disable()
    try:
        import uvicorn
        from prefect.server.api.server import create_app

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


def _warm_routes(server, port: int, timeout: float = 60.0) -> None:
    """One request for a path no route has (a 404), as soon as the server serves.

    FastAPI builds what it matches a request against (a model field per parameter of every route)
    the first time a request passes each of Prefect's routers: ~0.3 s of CPU spread over a run's
    first requests (create the flow, its run, its task runs), which the flow waited for. A path
    that matches nothing passes every router, so they are built here, while the flow's process is
    still preparing (this server is usually up ~1 s before it needs it)."""
    deadline = time.monotonic() + timeout
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{port}/api/baozhi-warm-up", timeout=timeout).close()
    except urllib.error.HTTPError as exc:  # 404: what was asked for
        exc.close()
    except OSError:
        pass  # the server stopped first (a run over before it was up): nothing to warm


if __name__ == "__main__":
    serve(int(sys.argv[1]))
