"""Console entry point ``baozhi``: importing the command modules registers their commands."""

import atexit
import logging
import os
import sys

from baozhi.app import app
from baozhi.commands import bench, dashboard, evaluate, language, pipeline, warehouse  # noqa: F401  (registration)


def main() -> None:
    """The ``baozhi`` command: the Typer app, then a quick exit.

    A finished command ends without the interpreter's teardown: after a run, freeing its objects
    one by one (jieba's 350,000-word dictionary, Great Expectations' and pandas' modules, the
    entity model) took ~1 s of a one-file run's ~7 s, after everything was written. What the
    teardown does that matters happens first: the atexit handlers (Prefect's, logging's flush),
    and the standard streams are flushed. Files and DuckDB connections are closed by their own
    ``with`` blocks before a command returns. An exception that is not ``SystemExit`` (our bug)
    is not caught here: it ends the normal way, with its traceback."""
    try:
        app()
    except SystemExit as exc:
        quick_exit(exc.code)
    quick_exit(0)  # Typer's standalone mode always raises SystemExit; kept for a plain return


def quick_exit(code: object) -> None:
    """``sys.exit(code)``'s status, without the teardown: ``None`` is 0, an int is itself, any
    other value is printed to stderr and is 1 (as the interpreter does)."""
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:
        print(code, file=sys.stderr)
        status = 1
    atexit._run_exitfuncs()  # noqa: SLF001  (os._exit skips them; they include logging.shutdown)
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`baozhi status | head`) or stream: nothing to flush to
            pass
    os._exit(status)


__all__ = ["app", "main"]
