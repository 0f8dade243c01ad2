"""`baozhi sql`, `search`, `schema`, `rebuild`: reading the warehouse, and rebuilding its catalog."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from baozhi import settings as settings_mod
from baozhi.app import app, load_settings

if TYPE_CHECKING:
    import duckdb

# DuckDB and rich are imported by the commands that use them, not when the CLI starts: every
# `baozhi run` imports this module to register its commands, and a run launches Prefect's API
# only after its imports and its check (DuckDB and rich were ~0.15 s of them).

DataOpt = Annotated[
    Optional[Path], typer.Option("--data", help="Data dir of the warehouse (default: $BAOZHI_DATA, else ./data).")
]
# Statement types a read-only session may run: SELECT covers DESCRIBE, SHOW and SUMMARIZE.
READ_ONLY_STATEMENTS = ("SELECT", "EXPLAIN")  # duckdb.StatementType names


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(1)


def _connect(settings: settings_mod.Settings) -> duckdb.DuckDBPyConnection:
    """The catalog opened read-only: it never blocks, and is never blocked by, the nightly run."""
    import duckdb

    path = settings.warehouse_path
    if not path.exists():
        _fail(f"no warehouse at {path}; run `baozhi run` first (or `baozhi rebuild` if the lake exists)")
    try:
        return duckdb.connect(str(path), read_only=True)
    except duckdb.Error as exc:
        _fail(f"cannot open {path}: {exc}")


def _jsonable(value: object) -> object:
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    return value if isinstance(value, (str, int, float, bool, list, dict, type(None))) else str(value)


@app.command()
def sql(
    query: Annotated[str, typer.Argument(help="One SELECT (or DESCRIBE / SHOW / EXPLAIN) statement.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    data: DataOpt = None,
) -> None:
    """Run a read-only SQL query against the warehouse.

    Examples: `baozhi sql "SELECT * FROM v_person_mentions_monthly ORDER BY mentions DESC LIMIT 10"` ·
    `baozhi sql "DESCRIBE articles"` · `baozhi sql "SELECT * FROM runs" --format csv > runs.csv`
    """
    import duckdb

    con = _connect(load_settings(data=data))
    try:
        try:
            statements = con.extract_statements(query)
        except duckdb.Error as exc:
            _fail(f"bad SQL: {exc}")
        if len(statements) != 1:
            _fail(f"give exactly one statement (got {len(statements)})")
        kind = statements[0].type
        if kind.name not in READ_ONLY_STATEMENTS:
            _fail(f"{kind.name} statements are not allowed: `baozhi sql` is read-only (SELECT, DESCRIBE, SHOW, EXPLAIN)")
        try:
            cursor = con.execute(query)
            names = [d[0] for d in cursor.description]
            rows = cursor.fetchall()
        except duckdb.Error as exc:
            _fail(str(exc))
    finally:
        con.close()
    _print(names, rows, format)


def _print(names: list[str], rows: list[tuple], format: Format) -> None:
    if format is Format.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(names)
        writer.writerows(rows)
    elif format is Format.json:
        typer.echo(json.dumps([{n: _jsonable(v) for n, v in zip(names, row)} for row in rows], ensure_ascii=False, indent=1))
    else:
        from rich.console import Console
        from rich.markup import escape
        from rich.table import Table

        table = Table(*names, show_lines=False)
        for row in rows:
            table.add_row(*("" if v is None else escape(str(v)) for v in row))
        Console().print(table)
        typer.echo(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")


def _query_cut(settings: settings_mod.Settings):
    """The pipeline tokenizer's ``cut``, or None when the language layer isn't available."""
    try:
        from baozhi.resources import tokenizer_for
    except ImportError:
        return None
    try:
        return tokenizer_for(tuple(settings.user_dicts)).cut
    except Exception as exc:  # a broken user dictionary should not stop a search
        typer.echo(f"warning: tokenizer unavailable ({exc}); matching the query text as is", err=True)
        return None


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to look for, e.g. \"柴伟 绍兴\" or \"柴伟绍兴\".")],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Articles to show.")] = 10,
    date_from: Annotated[Optional[dt.datetime], typer.Option("--from", formats=["%Y-%m-%d"],
                                                             help="Earliest issue date.")] = None,
    date_to: Annotated[Optional[dt.datetime], typer.Option("--to", formats=["%Y-%m-%d"],
                                                           help="Latest issue date.")] = None,
    data: DataOpt = None,
) -> None:
    """Search articles, best first (BM25 over their jieba tokens), with a snippet.

    Examples: `baozhi search 柴伟` · `baozhi search "柴伟 绍兴" --from 2021-01-01 -n 5`
    """
    import duckdb
    from rich.console import Console
    from rich.markup import escape

    from warehouse.catalog import read_sql
    from warehouse.search import query_words, snippet

    settings = load_settings(data=data)
    words = query_words(query, _query_cut(settings))
    if not words:
        _fail("the query has no words to search for")
    con = _connect(settings)
    try:
        rows = con.execute(read_sql("queries", "search"), {
            "query": " ".join(words), "limit": limit,
            "date_from": date_from.date() if date_from else None,
            "date_to": date_to.date() if date_to else None,
        }).fetchall()
    except duckdb.Error as exc:
        _fail(str(exc))
    finally:
        con.close()
    if not rows:
        typer.echo(f"no articles match {' '.join(words)}")
        return
    console = Console(highlight=False)
    for rank, (article_id, issue_date, headline, score, body) in enumerate(rows, 1):
        marked = escape(snippet(body, words)).replace("【", "[bold]【").replace("】", "】[/bold]")
        console.print(f"{rank:>2}. {issue_date or 'undated'}  [bold]{escape(headline)}[/bold]  (score {score:.2f})")
        console.print(f"    {marked}")
        console.print(f"    [dim]{article_id}[/dim]")


@app.command()
def schema(
    format: Annotated[str, typer.Option("--format", "-f", help="text or markdown.")] = "text",
    data: DataOpt = None,
) -> None:
    """Print the data dictionary: every table and view with its columns, from the SQL comments.

    Example: `baozhi schema --format markdown > DATA_DICTIONARY.md`
    """
    from warehouse import catalog, lake

    settings = load_settings(data=data)
    if settings.warehouse_path.exists():
        con = _connect(settings)
        try:
            rows = con.execute(catalog.read_sql("queries", "dictionary")).fetchall()
        finally:
            con.close()
    else:  # no warehouse yet: the dictionary of an empty one (the comments are in the SQL files)
        with catalog.memory(lake.empty_manifest(), settings.lake_dir) as con:
            rows = con.execute(catalog.read_sql("queries", "dictionary")).fetchall()
    typer.echo(render_dictionary(rows, markdown=format == "markdown"))


def render_dictionary(rows: list[tuple], *, markdown: bool) -> str:
    out: list[str] = []
    current = None
    for name, description, _, column, data_type, column_description in rows:
        if name != current:
            current = name
            if markdown:
                out += ["", f"### `{name}`", "", description or "", "", "| column | type | description |",
                        "|---|---|---|"]
            else:
                out += ["", f"{name} — {description or ''}"]
        if markdown:
            out.append(f"| `{column}` | {data_type} | {column_description or ''} |")
        else:
            out.append(f"  {column:<20} {data_type:<12} {column_description or ''}")
    return "\n".join(out).lstrip("\n")


@app.command()
def rebuild(data: DataOpt = None) -> None:
    """Rebuild warehouse.duckdb from the Parquet lake (e.g. after moving the data dir).

    Readers holding the old file keep their view until they reconnect.
    """
    from warehouse.store import Warehouse

    settings = load_settings(data=data)
    wh = Warehouse(settings.data)
    if not (wh.lake / "_current.json").exists():
        _fail(f"no lake at {wh.lake} (nothing to rebuild from)")
    from flows.lock import RunLocked, run_lock

    try:
        with run_lock(settings.data):  # never swap a catalog under a nightly commit
            wh.rebuild()
    except RunLocked as exc:
        _fail(str(exc))
    manifest = wh.manifest()
    files = sum(len(v) for v in manifest["tables"].values())
    typer.echo(f"rebuilt {wh.catalog_path} from generation {manifest['generation']} "
               f"(run {manifest['run_id']}, {files} Parquet files)")
