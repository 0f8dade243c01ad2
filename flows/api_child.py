"""Prefect's temporary API server, the child process ``flows.server`` launches:
``python -m flows.api_child PORT``.

What ``uvicorn --factory prefect.server.api.server:create_app`` did, with the collector paused while
the server imports and builds its app. That makes ~425,000 objects the collector tracks (FastAPI,
SQLAlchemy, Prefect's pydantic models), and the collections they triggered, each walking the objects
made so far, were ~0.6 s of its ~3 s of CPU. The objects made by then live as long as the server, so
they are frozen out of later collections; the collector runs as usual after that. Prefect reads its
settings from the environment ``flows.server`` prepared (ephemeral, final, UI off).
"""

from __future__ import annotations

import gc
import sys


def serve(port: int) -> None:
    gc.disable()
    try:
        import uvicorn
        from prefect.server.api.server import create_app

        app = create_app()
        config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error", lifespan="on")
        server = uvicorn.Server(config)
    finally:
        gc.freeze()
        gc.enable()
    server.run()


if __name__ == "__main__":
    serve(int(sys.argv[1]))
