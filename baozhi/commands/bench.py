"""`baozhi bench`: generate an archive, run the real flow on it, print throughput, memory, increment."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer

from baozhi.app import app


@app.command()
def bench(
    years: Annotated[int, typer.Option("--years", help="Years of daily issues to generate (365 a year).")] = 10,
    papers: Annotated[int, typer.Option("--papers", help="Papers in the archive (1–6).")] = 1,
    workdir: Annotated[
        Optional[Path], typer.Option("--workdir", help="Where to put the archive and data dir (default: a temp dir).")
    ] = None,
    keep: Annotated[bool, typer.Option("--keep", help="Keep the archive and warehouse afterwards.")] = False,
    seed: Annotated[int, typer.Option("--seed", help="Generator seed: the same seed, the same archive.")] = 0,
    workers: Annotated[Optional[int], typer.Option("--workers", help="Worker processes (default: all cores).")] = None,
    batch_size: Annotated[Optional[int], typer.Option("--batch-size", help="Issues per parse task, at most (with --compare-increment; otherwise set BAOZHI_BATCH_SIZE).")] = None,
    compare_increment: Annotated[
        bool,
        typer.Option("--compare-increment", help="Also build a 1-year archive and compare the nightly increments."),
    ] = False,
    no_baseline: Annotated[bool, typer.Option("--no-baseline", help="Skip the plain jieba.posseg baseline.")] = False,
    text: Annotated[
        Optional[Path],
        typer.Option("--text", help="Real text instead of a generated archive: a file or folder of *.txt, one "
                     "paragraph or headline a line, laid out as issue files.", exists=True),
    ] = None,
    repeat: Annotated[int, typer.Option("--repeat", help="With --text: lay the text out this many times.")] = 3,
    rounds: Annotated[int, typer.Option("--rounds", min=1, help="With --text: backfill, one file and baseline this "
                                        "many times in turn; the ratio is also given as their median.")] = 1,
) -> None:
    """Benchmark the pipeline on a generated archive of N years of daily issues.

    Every run is a whole `baozhi run` process timed from outside (start-up and shut-down
    included), with the peak memory (RSS, PSS) of its process tree and its CPU seconds: the
    backfill (stages from its summary), one of its files alone, the marginal throughput (backfill
    minus one file) against plain jieba.posseg on a sample of the same text, a run with nothing
    new (must parse nothing), and one new issue onto the archive.

    With --text, real text is laid out as issue files (bench.textlayout) instead of a generated
    archive. With --compare-increment, the flow runs inside this process against one Prefect API
    and the increment onto N years is compared with the increment onto 1 year.

    Examples: `baozhi bench --years 1` · `make bench` (10 years) ·
    `baozhi bench --years 10 --compare-increment --workdir /srv/bench --keep` ·
    `baozhi bench --text ../shared/corpora/sighan2005-news --rounds 3` (`make bench-text`)
    """
    from baozhi import settings as settings_mod
    from bench.run import benchmark, render

    log = lambda msg: typer.echo(msg, err=True)  # noqa: E731 - progress to stderr, figures to stdout
    if text is not None:
        _bench_text(text, repeat=repeat, rounds=rounds, workdir=workdir, keep=keep, workers=workers,
                    baseline=not no_baseline, log=log)
        return
    if not compare_increment:
        from bench.realtext import render_text
        from bench.run import benchmark_processes

        with _work_folder(workdir, "baozhi-bench-", keep) as root:
            report = benchmark_processes(root / f"{years}y", years=years, papers=papers, seed=seed, workers=workers,
                                         baseline=not no_baseline, log=log)
            typer.echo(render_text(report))
        return
    settings_mod.apply_prefect_environment(verbose=False)
    from flows.server import prefect_api

    # One Prefect API for every run of the benchmark (as a production `prefect server` would be):
    # flows.server.prefect_api() leaves PREFECT_API_URL pointing at its stopped temporary server,
    # so a second execute() in one process would hang talking to it.
    with _work_folder(workdir, "baozhi-bench-", keep) as root:
        with prefect_api():
            report = benchmark(
                root / f"{years}y", years=years, papers=papers, seed=seed, workers=workers,
                batch_size=batch_size, baseline=not no_baseline, log=log,
            )
            if compare_increment and years != 1:
                log("compare: the same increment onto a 1-year archive …")
                small = benchmark(
                    root / "1y", years=1, papers=papers, seed=seed, workers=workers, batch_size=batch_size,
                    baseline=False, log=log,
                )
                report.increments = small.increments + report.increments
        typer.echo(render(report))


def _bench_text(text: Path, *, repeat: int, rounds: int, workdir: Path | None, keep: bool, workers: int | None,
                baseline: bool, log) -> None:
    """`baozhi bench --text`: each run its own `baozhi run` process (they start their own API)."""
    from bench.realtext import benchmark_text, render_text

    with _work_folder(workdir, "baozhi-bench-text-", keep) as root:
        report = benchmark_text(text.resolve(), root / "text", repeat=repeat, workers=workers, baseline=baseline,
                                rounds=rounds, log=log)
        typer.echo(render_text(report))


@contextmanager
def _work_folder(workdir: Path | None, prefix: str, keep: bool) -> Iterator[Path]:
    """The benchmark's folder (``workdir`` or a new temporary one), removed afterwards unless ``keep``."""
    root = workdir.resolve() if workdir else Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield root
    finally:
        if keep:
            typer.echo(f"kept {root}", err=True)
        else:
            shutil.rmtree(root, ignore_errors=True)
