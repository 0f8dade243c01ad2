"""baozhi (报纸): batch ETL from newspaper issue files to a validated Parquet + DuckDB warehouse."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("baozhi")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
