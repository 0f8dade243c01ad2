"""The Typer application object; command modules in ``baozhi.commands`` register onto it."""

import typer

app = typer.Typer(
    name="baozhi",
    help=(
        "baozhi (报纸): turn newspaper issue files into a clean, validated DuckDB warehouse.\n\n"
        "Quick start: `baozhi run` ingests the landing folder (default: the bundled samples) "
        "into ./data; `baozhi status` shows what happened to every file."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",
)
