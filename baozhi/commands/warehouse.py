"""`baozhi` commands: warehouse."""

from baozhi.app import app  # noqa: F401
