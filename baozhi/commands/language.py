"""`baozhi` commands: language."""

from baozhi.app import app  # noqa: F401
