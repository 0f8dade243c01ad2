"""`baozhi` commands: bench."""

from baozhi.app import app  # noqa: F401
