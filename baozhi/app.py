"""The Typer application object; command modules in ``baozhi.commands`` register onto it."""

import typer

from baozhi import settings as settings_mod

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


def load_settings(**overrides: object) -> settings_mod.Settings:
    """The command's settings, read once (environment, then these flags) and passed down; a bad
    value stops the command with the variable or flag named (exit code 2, like a bad flag)."""
    try:
        return settings_mod.load(**overrides)
    except settings_mod.SettingsError as exc:
        typer.echo(f"baozhi: {exc}", err=True)
        raise typer.Exit(2) from None
