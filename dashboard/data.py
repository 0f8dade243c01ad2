"""The dashboard's one door to the warehouse: a read-only snapshot per page view.

Every page view opens ``warehouse.duckdb`` read-only, as ``baozhi sql`` does: it never blocks
the nightly run (which builds a new catalog beside the old one and renames it over it) and is
never blocked by it. A page view keeps the catalog it opened, so all its figures come from one
committed night; the next page view (a reload) opens the file again and sees a new night.

Results are cached per catalog generation (``_catalog.generation``, +1 per committed run), so
a reload without a new night costs no query and a new night is never served from the cache.
The SQL lives in ``warehouse/sql/queries/dashboard_*.sql`` and is read through the catalog's
loader with bound parameters; nothing here decides what a figure means.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from warehouse.catalog import read_sql

@dataclasses.dataclass(frozen=True)
class CatalogInfo:
    """Which committed night a catalog file shows (its ``_catalog`` row)."""

    path: Path
    generation: int
    run_id: str | None
    committed_at: str | None


class Snapshot:
    """One read-only connection to one catalog file, for the length of a page view."""

    def __init__(self, con: duckdb.DuckDBPyConnection, info: CatalogInfo):
        self._con = con
        self.info = info

    def query(self, name: str, /, **params: object) -> pd.DataFrame:
        """``warehouse/sql/queries/<name>.sql`` with bound ``params``, as a DataFrame.

        Lists are passed as tuples so the cache can hash them (DuckDB takes either).
        """
        frozen = tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in params.items()))
        return _cached_query(str(self.info.path), self.info.generation, self.info.committed_at,
                             name, frozen, _con=self._con).copy()

    def close(self) -> None:
        self._con.close()


def open_snapshot(catalog_path: Path) -> Snapshot | None:
    """The catalog opened read-only, or None when no run has built one yet."""
    if not catalog_path.exists():
        return None
    con = duckdb.connect(str(catalog_path), read_only=True)
    try:
        row = con.execute("select generation, run_id, committed_at from _catalog").fetchone()
    except BaseException:
        con.close()
        raise
    generation, run_id, committed_at = row if row else (0, None, None)
    return Snapshot(con, CatalogInfo(catalog_path, int(generation), run_id, committed_at))


@st.cache_data(max_entries=512, show_spinner=False)
def _cached_query(path: str, generation: int, committed_at: str | None, name: str,
                  params: tuple[tuple[str, object], ...], *, _con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The cache key is the catalog (path, generation, commit time), the query and its values;
    the connection is left out of the key (the leading underscore) but answers a miss."""
    bound = {k: list(v) if isinstance(v, tuple) else v for k, v in params}
    return _con.execute(read_sql("queries", name), bound).df()
