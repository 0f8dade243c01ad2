"""baozhi.settings: read once per command from BAOZHI_* (pydantic-settings), errors name the variable."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from baozhi import settings as settings_mod
from baozhi.settings import ENVIRONMENT, Settings, SettingsError, load


def test_every_documented_variable_is_read():
    env = {"BAOZHI_LANDING": "/srv/epaper", "BAOZHI_DATA": "/srv/baozhi", "BAOZHI_PAPER": "shaoxing-daily",
           "BAOZHI_RUNNER": "dask", "BAOZHI_DASK_ADDRESS": "tcp://10.0.0.5:8786", "BAOZHI_WORKERS": "3",
           "BAOZHI_BATCH_SIZE": "50", "BAOZHI_BATCH_BYTES": "300000", "BAOZHI_USER_DICTS": "/d/a.txt:/d/b.txt", "BAOZHI_QUARANTINE_THRESHOLD": "0.25",
           "BAOZHI_PAPERS": "/d/papers.tsv"}
    s = load(environ=env)
    assert (s.landing, s.data, s.default_paper, s.runner, s.dask_address) == (
        Path("/srv/epaper"), Path("/srv/baozhi"), "shaoxing-daily", "dask", "tcp://10.0.0.5:8786")
    assert (s.workers, s.batch_size, s.batch_bytes, s.quarantine_threshold) == (3, 50, 300_000, 0.25)
    assert s.user_dicts == (Path("/d/a.txt"), Path("/d/b.txt")) and s.papers == (Path("/d/papers.tsv"),)
    assert set(env) == set(ENVIRONMENT.values())


def test_flags_override_the_environment_and_none_leaves_it():
    s = load(environ={"BAOZHI_WORKERS": "3", "BAOZHI_DATA": "/srv/baozhi"}, workers=1, data=None)
    assert (s.workers, s.data) == (1, Path("/srv/baozhi"))


@pytest.mark.parametrize("var,value,says", [
    ("BAOZHI_WORKERS", "two", "valid integer"),
    ("BAOZHI_WORKERS", "0", "greater than or equal to 1"),
    ("BAOZHI_RUNNER", "spark", "'process', 'thread' or 'dask'"),
    ("BAOZHI_QUARANTINE_THRESHOLD", "half", "valid number"),
    ("BAOZHI_BATCH_SIZE", "-5", "greater than or equal to 1"),
])
def test_a_bad_value_is_refused_naming_the_variable(var, value, says):
    with pytest.raises(SettingsError) as err:
        load(environ={var: value})
    assert str(err.value).startswith(f"{var}={value!r}: ") and says in str(err.value)


def test_a_bad_flag_is_named_as_the_flag():
    with pytest.raises(SettingsError, match="^--batch-size: "):
        load(environ={}, batch_size=0)


def test_settings_rebuilt_from_parameters_read_no_environment(monkeypatch):
    """A scheduled run's settings are its deployment's parameters, whatever the worker's environment."""
    monkeypatch.setenv("BAOZHI_WORKERS", "7")
    s = load(environ={}, workers=2)
    again = Settings(**s.model_dump(mode="json"))
    assert again == s and again.workers == 2


def test_the_cli_reports_a_bad_variable_and_exits_2(monkeypatch, tmp_path):
    from baozhi.cli import app

    monkeypatch.setenv("BAOZHI_WORKERS", "lots")
    result = CliRunner().invoke(app, ["status", "--data", str(tmp_path)])
    assert result.exit_code == 2
    assert "BAOZHI_WORKERS='lots'" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("argv", [["schema"], ["status"], ["sql", "select 1"], ["search", "柴伟"]])
def test_each_command_reads_the_settings_once(monkeypatch, tmp_path, argv):
    from baozhi.cli import app

    calls = []
    real = settings_mod.load

    def counting(*args, **kwargs):
        calls.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(settings_mod, "load", counting)
    CliRunner().invoke(app, [*argv, "--data", str(tmp_path / "data")])
    assert len(calls) == 1, calls
