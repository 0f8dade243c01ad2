"""`baozhi` commands: language (`baozhi segment`)."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path
from typing import Annotated

import typer

from baozhi.app import app, load_settings


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

    settings = load_settings()
    extra = tuple(settings.user_dicts) + tuple(user_dict or ())
    try:
        tokenizer = tokenizer_for(extra, backend)
    except (FileNotFoundError, ValueError) as exc:
        typer.echo(f"baozhi segment: {exc}", err=True)
        raise typer.Exit(2) from exc
    out = sys.stdout
    # Lines are cut a chunk at a time (the fast tokenizer routes many lines in one pass); at a
    # terminal, one at a time, so each answer comes as soon as its line is typed.
    chunk = 1 if sys.stdin.isatty() else 1000
    while lines := [line.rstrip("\r\n") for line in itertools.islice(sys.stdin, chunk)]:
        out.write("".join(seg + "\n" for seg in tokenizer.segment_lines(lines, pos=pos)))
        out.flush()
