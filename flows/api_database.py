"""Whether the temporary API may skip Prefect's migration check: its SQLite database is at the
head of the installed Prefect's migrations.

As it starts, Prefect's server runs ``alembic upgrade head`` on its database (``migrate_on_start``).
With the database already at the head, as on every run after the first on a machine (the
database is per user: ``PREFECT_HOME/prefect.db``), that imports Alembic and walks its script
directory to do nothing: ~0.3 s of the server's CPU before it serves, which a run waits for.
:func:`migrated` answers from the database's ``alembic_version`` table and the scripts'
``revision`` / ``down_revision`` lines, without importing Prefect's server, SQLAlchemy or
Alembic; any other case (a new database, a Prefect upgrade with new migrations, a database other
than a SQLite file, a script or file it cannot read) is left to Prefect, which migrates.
"""

from __future__ import annotations

import importlib.util
import re
import sqlite3
from contextlib import closing
from pathlib import Path

# Where Prefect keeps its SQLite migrations (AioSqliteORMConfiguration.versions_dir), found
# without importing the package: a Prefect that keeps them elsewhere gives no scripts, so it migrates.
SQLITE_VERSIONS = ("_migrations", "versions", "sqlite")
_SQLITE_FILE = re.compile(r"^sqlite(?:\+\w+)?:///([^?]+)$")  # no query: no URI or in-memory tricks
_REVISION = re.compile(r'^revision = "(\w+)"$', re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision = (.+)$", re.MULTILINE)


def prefect_sqlite_versions() -> Path | None:
    """The installed Prefect's SQLite migration scripts, or None."""
    spec = importlib.util.find_spec("prefect.server.database")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)), *SQLITE_VERSIONS)


def migrated(connection_url: str, versions: Path | None) -> bool:
    """Whether the SQLite database file of ``connection_url`` is at the head revision of the
    migration scripts in ``versions``. False for anything else, never an error."""
    match = _SQLITE_FILE.match(connection_url)
    if versions is None or match is None or match[1] == ":memory:":
        return False
    path = Path(match[1])
    heads = migration_heads(versions)
    if not heads or not path.is_file():
        return False
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as con:
            current = {row[0] for row in con.execute("SELECT version_num FROM alembic_version")}
    except sqlite3.Error:
        return False
    return current == heads


def migration_heads(versions: Path) -> set[str] | None:
    """The revisions no migration script in ``versions`` builds on (Alembic's heads), from each
    script's ``revision = "…"`` and ``down_revision = …`` lines (None, one revision or a tuple of
    them); None when a script does not have exactly one of each, or there is none."""
    revisions: set[str] = set()
    below: set[str] = set()
    for script in sorted(versions.glob("*.py")):
        text = script.read_text(encoding="utf-8")
        revision, down = _REVISION.findall(text), _DOWN_REVISION.findall(text)
        if len(revision) != 1 or len(down) != 1:
            return None
        revisions.add(revision[0])
        below.update(re.findall(r'"(\w+)"', down[0]))
    return (revisions - below) or None
