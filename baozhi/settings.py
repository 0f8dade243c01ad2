"""One typed settings object, read once at the entry point and passed down.

This is the only module that reads ``os.environ`` (see STYLE.md, "One wiring point"). Settings are
a pydantic-settings model: :func:`load` reads the ``BAOZHI_*`` variables once per command (or
scheduled run), applies the command-line flags over them and validates everything together; a bad
value is refused with the name of the variable or flag it came from::

    baozhi: BAOZHI_WORKERS='two': Input should be a valid integer, unable to parse string as an integer
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent
BUNDLED_SAMPLES = REPO_ROOT / "samples"
DICTS_DIR = REPO_ROOT / "transforms" / "dicts"

RUNNERS = ("process", "thread", "dask")

# field -> the environment variable it is read from. Only these are read: cron and time zone come
# from `baozhi serve`'s flags or prefect.yaml, the rest from the command line.
ENVIRONMENT = {
    "landing": "BAOZHI_LANDING",
    "data": "BAOZHI_DATA",
    "default_paper": "BAOZHI_PAPER",
    "runner": "BAOZHI_RUNNER",
    "dask_address": "BAOZHI_DASK_ADDRESS",
    "workers": "BAOZHI_WORKERS",
    "batch_size": "BAOZHI_BATCH_SIZE",
    "batch_bytes": "BAOZHI_BATCH_BYTES",
    "user_dicts": "BAOZHI_USER_DICTS",
    "papers": "BAOZHI_PAPERS",
    "quarantine_threshold": "BAOZHI_QUARANTINE_THRESHOLD",
}


class SettingsError(ValueError):
    """A setting with a value that cannot be used; the message names the variable or flag."""


class Settings(BaseSettings):
    """Everything a run needs to know; built by :func:`load` and never mutated."""

    # Built only from the values given (load() passes the environment's); a Settings rebuilt
    # from a deployment's parameters never reads the environment of the machine it runs on.
    model_config = SettingsConfigDict(frozen=True, extra="forbid")

    landing: Path = BUNDLED_SAMPLES
    data: Path = Path("data")
    default_paper: str = "liaoyuan-daily"
    # Orchestration
    runner: Literal["process", "thread", "dask"] = "process"
    dask_address: str | None = None
    workers: Annotated[int, Field(ge=1)] = Field(default_factory=lambda: os.cpu_count() or 1)
    # A parse task takes about batch_bytes of files (its tables are what a worker holds) and at
    # most batch_size issues; fewer, bigger tasks hide Prefect's cost per task run.
    batch_bytes: Annotated[int, Field(ge=1)] = 600_000  # ~25 files of the synthetic archive, ~80 of real news
    batch_size: Annotated[int, Field(ge=1)] = 100
    cron: str = "30 2 * * *"
    timezone: str = "Asia/Shanghai"
    # Language layer: extra jieba user dictionaries on top of the committed ones
    user_dicts: tuple[Path, ...] = ()
    # Paper registry: the newsroom's files on top of transforms/dicts/papers.tsv
    papers: tuple[Path, ...] = ()
    # Quality gate: a night with a larger share of quarantined or failed files fails the run
    quarantine_threshold: Annotated[float, Field(ge=0, le=1)] = 0.5
    retry_quarantined: bool = False
    verbose: bool = False
    progress: bool = False  # a progress bar on the terminal (the CLI sets it when stdout is a tty)

    @classmethod
    def settings_customise_sources(cls, settings_cls, init_settings, env_settings, dotenv_settings,
                                   file_secret_settings):
        return (init_settings,)

    @field_validator("landing", "data")
    @classmethod
    def _absolute(cls, path: Path) -> Path:
        return path.resolve()

    @field_validator("user_dicts", "papers", mode="before")
    @classmethod
    def _path_list(cls, value: Any) -> Any:
        # os.pathsep-separated, like PATH: "/srv/dicts/a.txt:/srv/dicts/b.txt"
        if isinstance(value, str):
            return tuple(Path(p) for p in value.split(os.pathsep) if p)
        return value

    @property
    def warehouse_path(self) -> Path:
        return self.data / "warehouse.duckdb"

    @property
    def lake_dir(self) -> Path:
        return self.data / "lake"

    @property
    def quarantine_dir(self) -> Path:
        return self.data / "quarantine"

    @property
    def reports_dir(self) -> Path:
        return self.data / "reports"

    def with_overrides(self, **overrides: object) -> Settings:
        """A validated copy with the given fields replaced; ``None`` values leave a field as it is."""
        given = {k: v for k, v in overrides.items() if v is not None}
        return _validated({**self.model_dump(), **given}, {k: f"--{k.replace('_', '-')}" for k in given})


class Environment(PydanticBaseSettingsSource):
    """The ``BAOZHI_*`` variables of ``ENVIRONMENT`` from a mapping (``os.environ`` by default)."""

    def __init__(self, settings_cls: type[BaseSettings], environ: Mapping[str, str]):
        super().__init__(settings_cls)
        self.environ = environ

    def get_field_value(self, field, field_name: str) -> tuple[Any, str, bool]:
        return self.environ.get(ENVIRONMENT.get(field_name, "")), field_name, False

    def __call__(self) -> dict[str, Any]:
        return {f: self.environ[var] for f, var in ENVIRONMENT.items() if self.environ.get(var)}


def load(environ: Mapping[str, str] | None = None, **overrides: object) -> Settings:
    """Settings from the environment (``BAOZHI_*``), then command-line overrides (``None``
    leaves a value as it is). Call once per command and pass the result down."""
    from_env = Environment(Settings, os.environ if environ is None else environ)()
    given = {k: v for k, v in overrides.items() if v is not None}
    origin = {k: f"{ENVIRONMENT[k]}={v!r}" for k, v in from_env.items()}
    origin.update({k: f"--{k.replace('_', '-')}" for k in given})
    return _validated({**from_env, **given}, origin)


def _validated(values: Mapping[str, Any], origin: Mapping[str, str]) -> Settings:
    try:
        return Settings(**values)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            name = str(err["loc"][0]) if err["loc"] else ""
            problems.append(f"{origin.get(name, name)}: {err['msg']}")
        raise SettingsError("; ".join(problems)) from None


def prefect_environment(verbose: bool) -> dict[str, str]:
    """Prefect settings for a local run, applied before Prefect is imported.

    Quiet by default: Prefect's INFO chatter and its anonymous telemetry (which fails on a
    closed network and logs an ERROR) are off; ``--verbose`` brings the full logs back. Logs are
    not shipped to the temporary API server, whose shutdown would otherwise race the log worker.
    A user's own server (``PREFECT_API_URL`` already set) is left alone.
    """
    env = {
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_LOGGING_LEVEL": "INFO" if verbose else "WARNING",
        "PREFECT_SERVER_LOGGING_LEVEL": "INFO" if verbose else "WARNING",
        "PREFECT_LOGGING_TO_API_ENABLED": "true" if os.environ.get("PREFECT_API_URL") else "false",
    }
    return {k: v for k, v in env.items() if k not in os.environ}


def apply_prefect_environment(verbose: bool) -> None:
    os.environ.update(prefect_environment(verbose))


def prefect_api_url() -> str | None:
    return os.environ.get("PREFECT_API_URL") or None


def set_prefect_api_url(url: str | None) -> None:
    """Child processes (task workers) inherit the API address instead of starting their own;
    ``None`` removes it again once the temporary server is gone."""
    if url is None:
        os.environ.pop("PREFECT_API_URL", None)
    else:
        os.environ["PREFECT_API_URL"] = url


def user_cache_home() -> Path:
    """``$XDG_CACHE_HOME`` or ``~/.cache``: where per-user caches (jieba's prefix dict) live."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")


def child_environment(extra: dict[str, str]) -> dict[str, str]:
    """This process's environment plus ``extra``: for a child process (Prefect's temporary API)."""
    return {**os.environ, **extra}
