"""`baozhi render` (lay marked-up articles out as page or issue files with gold) and
`baozhi eval` (score the parser on a folder of files with gold JSON)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from baozhi.app import app


@app.command()
def render(
    corpus: Annotated[Path, typer.Option("--corpus", help="Folder of articles_YYYYMMDD.json (marked-up articles).", exists=True, file_okay=False)],
    out: Annotated[Path, typer.Option("--out", help="Folder to write <name>.txt + <name>.json into.")],
    issues: Annotated[bool, typer.Option("--issues", help="One 辽源日报-style whole-issue file per day instead of one file per page.")] = False,
    damage: Annotated[float, typer.Option("--damage", help="Extraction damage rate: 0 = clean pages, 1 = the usual rate.")] = 0.0,
    split: Annotated[str, typer.Option("--split", help="Days to render: fit (first half), test (second half), dev or holdout (the earlier and later half of test) or all.")] = "all",
    seed: Annotated[int, typer.Option("--seed", help="Same seed, same files.")] = 0,
    recompose: Annotated[
        int | None, typer.Option("--recompose", help="Redraw each story's kicker and subtitle from the split's other stories, with this seed.")
    ] = None,
    captions_twice: Annotated[
        float, typer.Option("--captions-twice", help="Rate of photo captions printed a second time: 0 = none (the files of before), 1 = the usual rate.")
    ] = 0.0,
    wrap: Annotated[bool, typer.Option("--wrap", help="Print headings longer than their box over two lines, as narrow headline boxes do.")] = False,
    decks: Annotated[
        int | None, typer.Option("--decks", help="Give stories a deck of pull quotes from their own body, with this seed.")
    ] = None,
    deck_mode: Annotated[
        str, typer.Option("--deck-mode", help="Which stories --decks chooses: commentary (column-tagged titles) or long (also half the long stories).")
    ] = "commentary",
) -> None:
    """Render extracted page text and its gold from marked-up articles (never commit the output).

    Examples: `baozhi render --corpus CORPUS --out data/eval/clean --split test` ·
    `baozhi render --corpus CORPUS --out data/eval/damaged --damage 1 --split test` ·
    `baozhi render --corpus CORPUS --out data/eval/issues --issues --split test` ·
    `baozhi render --corpus CORPUS --out data/eval/recomposed --split dev --recompose 1` ·
    `baozhi render --corpus CORPUS --out data/eval/captions --damage 1 --split dev --captions-twice 1` ·
    `baozhi render --corpus CORPUS --out data/eval/decks --split dev --damage 1 --decks 1 --deck-mode long`
    """
    from bench.render import write_set

    try:
        written = write_set(
            corpus, out, kind="issues" if issues else "pages", split=split, damage=damage, seed=seed, recompose=recompose,
            captions_twice=captions_twice, wrap=wrap, decks=decks, deck_mode=deck_mode,
        )
    except (FileNotFoundError, ValueError) as exc:
        typer.echo(f"baozhi render: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"{len(written)} files with gold in {out}")


@app.command(name="eval")
def evaluate(
    gold: Annotated[Path, typer.Option("--gold", help="Folder of gold JSON files (with their .txt beside them).", exists=True, file_okay=False)],
    text: Annotated[
        list[Path] | None, typer.Option("--text", help="Where else to look for the text files (by source_file name); repeatable.")
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every difference, file by file.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Score the parser on a folder of issue/page files with gold JSON (format: bench/README.md).

    Prints headline F1 (kicker, title, subtitle as separate fields), body starts, duplicates
    left, captions in bodies, joins, furniture in bodies, content kept and masthead fields.
    Example: `baozhi eval --gold tests/transforms/golden --text samples/liaoyuan-daily`
    """
    from bench.gold import load_cases
    from bench.score import evaluate as run

    try:
        cases = load_cases(gold, list(text or ()))
    except FileNotFoundError as exc:
        typer.echo(f"baozhi eval: {exc}", err=True)
        raise typer.Exit(2) from exc
    score = run(cases)
    if as_json:
        typer.echo(json.dumps({"gold": str(gold), **score.figures()}, ensure_ascii=False))
    else:
        typer.echo(f"{gold}: {score.summary()}")
    if verbose:
        typer.echo("\n".join(score.notes))
