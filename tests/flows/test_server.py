"""flows.server: one temporary Prefect API per run, and no dangling address afterwards."""

import os

from flows.server import prefect_api


def test_temporary_api_is_started_once_and_forgotten(monkeypatch):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    with prefect_api() as url:
        assert os.environ["PREFECT_API_URL"] == url and url.startswith("http://127.0.0.1")
    assert "PREFECT_API_URL" not in os.environ


def test_a_configured_server_is_used_as_is(monkeypatch):
    monkeypatch.setenv("PREFECT_API_URL", "http://prefect.example:4200/api")
    with prefect_api() as url:
        assert url == "http://prefect.example:4200/api"
    assert os.environ["PREFECT_API_URL"] == "http://prefect.example:4200/api"
