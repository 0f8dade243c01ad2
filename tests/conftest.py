"""Shared fixtures: one Prefect test API for the session, fresh data dirs per test, and the
pipeline's tokenizer and fallback IDF (built once per session)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Quiet, offline Prefect for every test process (children inherit it); set before Prefect loads.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_TO_API_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING")
# A temporary API boots on ~5 s of one core; a suite on a shared 2-core machine (load 10-12)
# waited more than Prefect's 20 s (and the session API's 60 s) and errored, then passed alone.
# The waits are only upper bounds: a quiet machine is not slowed by them.
API_STARTUP_TIMEOUT = 300
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", str(API_STARTUP_TIMEOUT))

# Caches (jieba's prefix dictionary) go to a throwaway folder, not the user's ~/.cache, removed
# when the session's first process exits (~20 MB each; test workers and the processes tests
# start inherit the folder and leave it to that process).
if "XDG_CACHE_HOME" not in os.environ:
    os.environ["XDG_CACHE_HOME"] = _TEST_CACHE = tempfile.mkdtemp(prefix="baozhi-test-cache-")
    _CREATOR = os.getpid()  # a child forked from here inherits the handler: not its to remove
    atexit.register(lambda: os.getpid() == _CREATOR and shutil.rmtree(_TEST_CACHE, ignore_errors=True))

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples" / "liaoyuan-daily"


@pytest.fixture(scope="session")
def prefect_api():
    """A real Prefect API (temporary server + SQLite) for the whole session; workers inherit it."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=API_STARTUP_TIMEOUT):
        from prefect.settings import PREFECT_API_URL

        url = PREFECT_API_URL.value()
        old = os.environ.get("PREFECT_API_URL")
        os.environ["PREFECT_API_URL"] = url  # so process-pool workers talk to the same server
        try:
            yield url
        finally:
            if old is None:
                os.environ.pop("PREFECT_API_URL", None)
            else:
                os.environ["PREFECT_API_URL"] = old


@pytest.fixture
def landing(tmp_path) -> Path:
    """A landing folder holding a copy of the bundled sample issues."""
    root = tmp_path / "landing" / "liaoyuan-daily"
    root.mkdir(parents=True)
    for path in sorted(SAMPLES.glob("*.txt")):
        shutil.copy2(path, root / path.name)
    return tmp_path / "landing"


@pytest.fixture
def data_dir(tmp_path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture(scope="session")
def tk(tmp_path_factory):
    """The pipeline's tokenizer with the committed dictionaries and entity recogniser."""
    from baozhi.resources import dict_texts, recogniser
    from transforms.tokenise import Tokenizer

    return Tokenizer(dict_texts(), cache_dir=str(tmp_path_factory.mktemp("jieba-cache")), recogniser=recogniser())


@pytest.fixture(scope="session")
def idf():
    """jieba's IDF with the committed stopwords: what a warehouse under 200 articles uses."""
    from baozhi.resources import jieba_idf, stopwords
    from transforms.keywords import Idf

    return Idf.from_corpus(0, {}, fallback=jieba_idf(), stopwords=stopwords())
