"""`baozhi` commands: language (`baozhi segment`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from baozhi import settings as settings_mod
from baozhi.app import app


@app.command()
def segment(
    pos: Annotated[bool, typer.Option("--pos", help="Append /tag (jieba posseg tag set) to every word.")] = False,
    user_dict: Annotated[
        list[Path] | None,
        typer.Option("--user-dict", help="Extra jieba user dictionary (word freq tag); repeatable.", exists=True, dir_okay=False),
    ] = None,
    backend: Annotated[str, typer.Option(help="fast (default) or jieba: same tokens, different speed.")] = "fast",
) -> None:
    """Segment text from stdin: one line in, one line out, words separated by single spaces.

    Uses exactly the pipeline's tokenizer: the committed dictionaries in transforms/dicts/,
    then BAOZHI_USER_DICTS, then every --user-dict.
    """
    from baozhi.resources import tokenizer_for

    settings = settings_mod.load()
    extra = tuple(settings.user_dicts) + tuple(user_dict or ())
    try:
        tokenizer = tokenizer_for(extra, backend)
    except (FileNotFoundError, ValueError) as exc:
        typer.echo(f"baozhi segment: {exc}", err=True)
        raise typer.Exit(2) from exc
    out = sys.stdout
    for line in sys.stdin:
        out.write(tokenizer.segment_line(line.rstrip("\r\n"), pos=pos) + "\n")
    out.flush()
