"""`baozhi` commands: language (`baozhi segment`, `baozhi entities`, `eval-entities`, `train-entities`)."""

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


@app.command()
def entities(
    user_dict: Annotated[
        list[Path] | None,
        typer.Option("--user-dict", help="Extra jieba user dictionary (word freq tag); repeatable.", exists=True, dir_okay=False),
    ] = None,
) -> None:
    """Entities in text from stdin: one JSON object per line in, per line out.

    {"entities": [{"text": "柴伟", "type": "person", "start": 4, "end": 6, "role": "市委书记",
    "canonical": "柴伟", "parent": null}]}; start/end count characters of that line; type is
    person, place, org, or reporter for a name in a credit (本报记者 王茜, 王彦雨 摄). Exactly
    the pipeline's entity code and tokenizer (committed dictionaries, BAOZHI_USER_DICTS, --user-dict).
    """
    import json

    from baozhi.resources import tokenizer_for
    from transforms.entities import find_mentions

    settings = load_settings()
    extra = tuple(settings.user_dicts) + tuple(user_dict or ())
    try:
        tokenizer = tokenizer_for(extra)
    except (FileNotFoundError, ValueError) as exc:
        typer.echo(f"baozhi entities: {exc}", err=True)
        raise typer.Exit(2) from exc
    recogniser = tokenizer.recogniser
    out = sys.stdout
    block: list[str] = []

    def flush() -> None:
        found = find_mentions(block, tokenizer.cut_many(block), recogniser)
        for text, mentions in zip(block, found):
            places = recogniser.gazetteer.resolve([m.text for m in mentions if m.entity_type == "place"])
            rows = []
            for m in mentions:
                place = places.get(m.text) if m.entity_type == "place" else None
                rows.append({"text": m.text, "type": m.entity_type, "start": m.start, "end": m.end, "role": m.role,
                             "canonical": place.canonical if place else m.text,
                             "parent": place.parent if place else None})
            out.write(json.dumps({"entities": rows}, ensure_ascii=False) + "\n")
        block.clear()

    # Lines are labelled in blocks (the model labels many texts in one numpy pass); a line's
    # result never depends on its neighbours.
    for line in sys.stdin:
        block.append(line.rstrip("\r\n"))
        if len(block) >= 200:
            flush()
    if block:
        flush()
    out.flush()


@app.command("eval-entities")
def eval_entities(
    bio: Annotated[Path, typer.Option("--bio", help="Labelled sentences (BIO: char tag per line).", exists=True, dir_okay=False)],
    kfold: Annotated[int, typer.Option(help="k > 1: train on the other k-1 blocks of --bio (plus --train-bio) and measure each held-out block.")] = 0,
    train_bio: Annotated[list[Path] | None, typer.Option("--train-bio", help="More training sentences for --kfold.", exists=True, dir_okay=False)] = None,
    models: Annotated[Path | None, typer.Option(help="Keep the fold models here and reuse them (delete after changing features).")] = None,
    issues: Annotated[bool, typer.Option("--issues", help="Also lay the sentences out as issue files and measure through the parser and the language layer, as the owners do.")] = False,
) -> None:
    """Exact-span precision/recall/F1 of the pipeline's entity code on BIO sentences.

    Each sentence is one text, as `baozhi entities` reads a line. Without --kfold the
    committed model is measured (in-sample if it was trained on --bio: use --kfold for a
    figure that predicts unseen text). With --issues, the same sentences are also laid out as
    issue files (bench.textlayout) and measured through parse_issue and the worker's language
    calls: exact spans where the sentences are found again, and the entities table's rows
    per article (bench/entity_issues.py).
    """
    from baozhi import entity_lab as lab
    from baozhi.resources import dict_texts, idf_for, recogniser, tokenizer_for

    sentences = lab.read_bio(bio)
    if kfold <= 1:
        tk = tokenizer_for()
        sc = lab.score(sentences, lab.predict(sentences, tk, tk.recogniser))
        typer.echo(f"{bio}: {len(sentences)} sentences, committed model")
        typer.echo(sc.table())
        if issues:
            from bench.entity_issues import evaluate

            typer.echo(f"\nthrough the pipeline as issue files:\n{evaluate(sentences, tk, idf_for(0, {})).report()}")
        return
    import dataclasses

    from baozhi.resources import cache_dir
    from transforms.crf import parse_model_text
    from transforms.tokenise import Tokenizer

    from bench.entity_issues import IssueScores, evaluate

    base = recogniser()
    tk = Tokenizer(dict_texts(), cache_dir=str(cache_dir()))
    extra = [s for p in (train_bio or ()) for s in lab.read_bio(p)]
    fold = lab.folds(len(sentences), kfold)
    predicted: list[set] = [set() for _ in sentences]
    through = IssueScores()
    for k in range(kfold):
        train = [s for s, f in zip(sentences, fold) if f != k] + extra
        held = [i for i, f in enumerate(fold) if f == k]
        saved = models / f"fold-{k + 1}-of-{kfold}.tsv" if models else None
        if saved and saved.exists():
            text = saved.read_text(encoding="utf-8")
        else:
            text = lab.train_model_text(train, tk, base.retag, base.dictionary, **lab.TRAINING)
            if saved:
                saved.parent.mkdir(parents=True, exist_ok=True)
                saved.write_text(text, encoding="utf-8")
        rec = dataclasses.replace(base, model=parse_model_text(text))
        for i, p in zip(held, lab.predict([sentences[i] for i in held], tk, rec)):
            predicted[i] = p
        part = lab.score([sentences[i] for i in held], [predicted[i] for i in held])
        typer.echo(f"fold {k + 1}/{kfold}: F1 {part.prf()[2]:.3f} on {len(held)} sentences", err=True)
        if issues:  # the fold's model in a worker's tokenizer
            fold_tk = Tokenizer(dict_texts(), cache_dir=str(cache_dir()), recogniser=rec)
            through.merge(evaluate([sentences[i] for i in held], fold_tk, idf_for(0, {})))
    typer.echo(f"{bio}: {len(sentences)} sentences, {kfold}-fold (each block measured by a model that never saw it"
               + (f"; also trained on {', '.join(map(str, train_bio))}" if train_bio else "") + ")")
    typer.echo(lab.score(sentences, predicted).table())
    if issues:
        typer.echo(f"\nthrough the pipeline as issue files (each block laid out on its own):\n{through.report()}")


@app.command("train-entities")
def train_entities(
    bio: Annotated[list[Path], typer.Option("--bio", help="Labelled sentences to train on; repeatable.", exists=True, dir_okay=False)],
    out: Annotated[Path, typer.Option(help="Where to write the model (text).")] = Path("transforms/dicts/entities.crf.tsv"),
) -> None:
    """Train the entity model (CRFsuite, L-BFGS) on BIO files and write it as text."""
    from baozhi import entity_lab as lab
    from baozhi.resources import cache_dir, dict_texts, entity_tags, user_dictionary
    from transforms.tokenise import Tokenizer

    tk = Tokenizer(dict_texts(), cache_dir=str(cache_dir()))
    sentences = [s for p in bio for s in lab.read_bio(p)]
    header = [f"baozhi entity model: character CRF, {len(sentences)} sentences of {', '.join(p.name for p in bio)}",
              f"training: {lab.TRAINING}, dictionary marks on {lab.MARKED_SHARE:.0%} of gold entities; "
              "features: transforms/ner.py; retrain with `make train-entities`"]
    text = lab.train_model_text(sentences, tk, entity_tags(), user_dictionary(), header=header, **lab.TRAINING)
    out.write_text(text, encoding="utf-8")
    typer.echo(f"wrote {out} ({len(text.splitlines())} lines) from {len(sentences)} sentences")
