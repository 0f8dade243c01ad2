"""flows.api_database: when the temporary server may skip Prefect's migration check."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from flows.api_database import migrated, migration_heads, prefect_sqlite_versions


def _script(versions: Path, name: str, revision: str, down: str) -> None:
    versions.mkdir(parents=True, exist_ok=True)
    (versions / f"{name}.py").write_text(
        f'"""某某 migration"""\nimport sqlalchemy as sa\n\nrevision = "{revision}"\ndown_revision = {down}\n'
        "branch_labels = None\n\n\ndef upgrade():\n    pass\n",
        encoding="utf-8",
    )


@pytest.fixture
def versions(tmp_path):
    v = tmp_path / "versions"
    _script(v, "2022_01_01_000000_aaa111_initial", "aaa111", "None")
    _script(v, "2022_02_01_000000_bbb222_second", "bbb222", '"aaa111"')
    _script(v, "2022_03_01_000000_ccc333_third", "ccc333", '"bbb222"')
    return v


def _database(path: Path, *revisions: str) -> str:
    with closing(sqlite3.connect(path)) as con:
        con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        con.executemany("INSERT INTO alembic_version VALUES (?)", [(r,) for r in revisions])
        con.commit()
    return f"sqlite+aiosqlite:///{path}"


def test_the_heads_are_the_revisions_nothing_builds_on(versions):
    assert migration_heads(versions) == {"ccc333"}
    _script(versions, "2022_04_01_000000_ddd444_branch", "ddd444", '"bbb222"')
    assert migration_heads(versions) == {"ccc333", "ddd444"}
    _script(versions, "2022_05_01_000000_eee555_merge", "eee555", '("ccc333", "ddd444")')
    assert migration_heads(versions) == {"eee555"}


@pytest.mark.parametrize("text", ["revision = None\ndown_revision = None\n", 'revision = "x1"\n', ""])
def test_a_script_read_otherwise_gives_no_heads(versions, text):
    (versions / "2022_06_01_000000_fff666_odd.py").write_text(text, encoding="utf-8")
    assert migration_heads(versions) is None


def test_no_scripts_no_heads(tmp_path):
    assert migration_heads(tmp_path) is None


def test_a_database_at_the_head_is_migrated_and_one_behind_is_not(versions, tmp_path):
    assert migrated(_database(tmp_path / "at-head.db", "ccc333"), versions)
    assert not migrated(_database(tmp_path / "behind.db", "bbb222"), versions)
    assert not migrated(_database(tmp_path / "empty.db"), versions)
    assert not migrated(_database(tmp_path / "two.db", "ccc333", "bbb222"), versions)


def test_anything_but_a_sqlite_file_at_the_head_is_left_to_prefect(versions, tmp_path):
    assert not migrated(f"sqlite+aiosqlite:///{tmp_path / 'missing.db'}", versions)
    (tmp_path / "other.db").write_text("not a database at all, 某某", encoding="utf-8")
    assert not migrated(f"sqlite+aiosqlite:///{tmp_path / 'other.db'}", versions)
    with closing(sqlite3.connect(tmp_path / "no-table.db")) as con:
        con.execute("CREATE TABLE flow (id TEXT)")
    assert not migrated(f"sqlite+aiosqlite:///{tmp_path / 'no-table.db'}", versions)
    assert not migrated("sqlite+aiosqlite:///:memory:", versions)
    assert not migrated("postgresql+asyncpg://user:pw@localhost/prefect", versions)
    url = _database(tmp_path / "at-head.db", "ccc333")
    assert migrated(url, versions) and not migrated(url, tmp_path / "no-scripts") and not migrated(url, None)
    assert not migrated(f"{url}?mode=ro", versions)  # a query: left to Prefect


def test_prefects_own_scripts_have_the_heads_alembic_finds():
    """Read the way Alembic reads them: the installed Prefect's SQLite migrations, found where
    Prefect's ORM configuration says they are."""
    from alembic.script import ScriptDirectory
    from prefect.server.database import provide_database_interface

    versions = Path(provide_database_interface().orm.versions_dir)
    assert prefect_sqlite_versions() == versions
    script = ScriptDirectory(str(versions.parent.parent), version_locations=[str(versions)])
    assert migration_heads(versions) == set(script.get_heads()) and len(script.get_heads()) == 1


@pytest.mark.parametrize("at_head", [True, False])
def test_the_server_skips_the_migration_check_only_on_a_database_at_the_head(tmp_path, at_head):
    from prefect.settings import PREFECT_API_DATABASE_CONNECTION_URL, temporary_settings

    from flows.server import _TemporaryServer

    (head,) = migration_heads(prefect_sqlite_versions())
    url = _database(tmp_path / "prefect.db", head if at_head else "0000aaaa0000")
    with temporary_settings(updates={PREFECT_API_DATABASE_CONNECTION_URL: url}):
        environment = _TemporaryServer(1).environment()
    assert environment.get("PREFECT_SERVER_DATABASE_MIGRATE_ON_START") == ("false" if at_head else None)
