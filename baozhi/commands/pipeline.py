"""`baozhi` commands: pipeline."""

from baozhi.app import app  # noqa: F401
