"""One typed settings object, read once at the entry point and passed down.

This is the only module that reads ``os.environ`` (see STYLE.md, "One wiring point").
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
BUNDLED_SAMPLES = REPO_ROOT / "samples"
DICTS_DIR = REPO_ROOT / "transforms" / "dicts"

RUNNERS = ("process", "thread", "dask")


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know; built by :func:`load` and never mutated."""

    landing: Path = BUNDLED_SAMPLES
    data: Path = Path("data")
    default_paper: str = "liaoyuan-daily"
    # Orchestration
    runner: str = "process"
    dask_address: str | None = None
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    batch_size: int = 25  # issue files per parse task: large enough to hide Prefect's per-task cost
    cron: str = "30 2 * * *"
    timezone: str = "Asia/Shanghai"
    # Language layer: extra jieba user dictionaries on top of the committed ones
    user_dicts: tuple[Path, ...] = ()
    # Quality gate: a night with a larger share of quarantined files fails the run
    quarantine_threshold: float = 0.5
    retry_quarantined: bool = False
    verbose: bool = False
    progress: bool = False  # a progress bar on the terminal (the CLI sets it when stdout is a tty)

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
        """A copy with the given fields replaced; ``None`` values leave a field as it is."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


def load(environ: dict[str, str] | None = None, **overrides: object) -> Settings:
    """Settings from the environment (``BAOZHI_*``), then command-line overrides."""
    env = dict(os.environ if environ is None else environ)
    from_env: dict[str, object] = {}
    if env.get("BAOZHI_LANDING"):
        from_env["landing"] = Path(env["BAOZHI_LANDING"])
    if env.get("BAOZHI_DATA"):
        from_env["data"] = Path(env["BAOZHI_DATA"])
    if env.get("BAOZHI_PAPER"):
        from_env["default_paper"] = env["BAOZHI_PAPER"]
    if env.get("BAOZHI_RUNNER"):
        from_env["runner"] = env["BAOZHI_RUNNER"]
    if env.get("BAOZHI_DASK_ADDRESS"):
        from_env["dask_address"] = env["BAOZHI_DASK_ADDRESS"]
    if env.get("BAOZHI_WORKERS"):
        from_env["workers"] = int(env["BAOZHI_WORKERS"])
    if env.get("BAOZHI_BATCH_SIZE"):
        from_env["batch_size"] = int(env["BAOZHI_BATCH_SIZE"])
    if env.get("BAOZHI_USER_DICTS"):
        # os.pathsep-separated list, like PATH: "/srv/dicts/a.txt:/srv/dicts/b.txt"
        from_env["user_dicts"] = tuple(Path(p) for p in env["BAOZHI_USER_DICTS"].split(os.pathsep) if p)
    if env.get("BAOZHI_QUARANTINE_THRESHOLD"):
        from_env["quarantine_threshold"] = float(env["BAOZHI_QUARANTINE_THRESHOLD"])
    settings = Settings().with_overrides(**from_env).with_overrides(**overrides)
    if settings.runner not in RUNNERS:
        raise ValueError(f"runner must be one of {', '.join(RUNNERS)}, not {settings.runner!r}")
    return replace(settings, landing=settings.landing.resolve(), data=settings.data.resolve())


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
