"""Console entry point ``baozhi``: importing the command modules registers their commands."""

from baozhi.app import app
from baozhi.commands import bench, dashboard, evaluate, language, pipeline, warehouse  # noqa: F401  (registration)

__all__ = ["app"]
