"""The scale benchmark behind ``baozhi bench``: backfill, one file, baseline, no-op rerun, increment.

:func:`benchmark_processes` (``make bench``) measures a generated archive as ``bench.realtext``
measures real text: every run a whole ``baozhi run`` process timed from outside (interpreter,
imports, Prefect's API, the workers), the marginal throughput (backfill minus one file) against
plain ``jieba.posseg`` on a sample of the same text. :func:`benchmark` (``--compare-increment``)
runs the flow inside this process against one shared Prefect API.

Everything is measured on the real flow (``baozhi.commands.pipeline.execute``: lock, temporary
Prefect API, process pool, gate, publish) over a generated archive (``bench.generate``), with a
fresh data dir. The baseline is plain ``jieba.posseg`` in one process, on a deterministic sample
of the same archive's issue text, with the same committed dictionaries. Neither side caches
anything by text: every issue is tokenised from scratch.
"""

from __future__ import annotations

import datetime as dt
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from baozhi import settings as settings_mod
from bench.generate import PAPERS, Archive, generate, number_for, write_issue
from bench.memory import TreeMemory

BASELINE_BYTES = 2_000_000
STAGES = ("parse", "tokenize", "tabulate", "validate", "publish")


@dataclass
class RunFigures:
    label: str
    seconds: float
    files_new: int
    files_loaded: int
    files_quarantined: int
    files_failed: int
    issues: int
    articles: int
    stage_seconds: dict[str, float]
    peak_rss: int = 0
    peak_pss: int = 0
    status: str = ""
    peak_by_role: dict[str, int] = field(default_factory=dict)


@dataclass
class Baseline:
    bytes: int
    files: int
    seconds: float
    tokens: int

    @property
    def mb_per_s(self) -> float:
        return self.bytes / 1e6 / self.seconds


@dataclass
class Increment:
    years: int
    fixed_seconds: float  # a run with nothing new: discovery, ledger, Prefect start-up
    one_seconds: float  # a run with one new issue file
    noop: RunFigures | None = None
    one: RunFigures | None = None

    @property
    def seconds(self) -> float:
        return max(0.0, self.one_seconds - self.fixed_seconds)


@dataclass
class Report:
    years: int
    papers: int
    workers: int
    batch_size: int
    archive_files: int
    archive_bytes: int
    generate_seconds: float
    backfill: RunFigures
    baseline: Baseline | None = None
    increments: list[Increment] = field(default_factory=list)


def run_flow(settings: settings_mod.Settings, label: str) -> RunFigures:
    """One real run of the nightly flow, timed, with the process tree's peak memory."""
    from baozhi.commands.pipeline import execute

    with TreeMemory() as mem:
        t0 = time.perf_counter()
        summary = execute(settings)
        seconds = time.perf_counter() - t0
    return RunFigures(
        label, seconds, summary.files_new, summary.files_loaded, summary.files_quarantined, summary.files_failed,
        summary.issues, summary.articles, dict(summary.stage_seconds), mem.peak_rss, mem.peak_pss, summary.status,
        mem.peak_by_role,
    )


def baseline_sample(archive: Archive, target_bytes: int = BASELINE_BYTES) -> tuple[list[str], int]:
    """Decoded text of every k-th good file, k chosen so that about ``target_bytes`` are taken."""
    good = [f for f in archive.good]
    total = sum(f.bytes for f in good)
    step = max(1, round(total / max(1, target_bytes)))
    texts, size = [], 0
    for f in good[::step]:
        data = (archive.root / f.source_file).read_bytes()
        try:
            texts.append(data.decode("utf-8"))
        except UnicodeDecodeError:
            texts.append(data.decode("gb18030"))
        size += len(data)
        if size >= target_bytes:
            break
    return texts, size


def run_baseline(archive: Archive, user_dicts: tuple[Path, ...] = (), target_bytes: int = BASELINE_BYTES) -> Baseline:
    """Plain ``jieba.posseg`` (POSTokenizer over a jieba.Tokenizer with the committed
    dictionaries), one process, over a sample of the archive's issue files; building the
    tokenizer is not timed, as the pipeline's workers build theirs before any task."""
    from baozhi.resources import tokenizer_for

    posseg = tokenizer_for(tuple(user_dicts), backend="jieba").posseg
    texts, size = baseline_sample(archive, target_bytes)
    posseg.lcut("预热")  # loads jieba's prefix dictionary now, not inside the timing
    t0 = time.perf_counter()
    tokens = sum(len(posseg.lcut(text)) for text in texts)
    return Baseline(size, len(texts), time.perf_counter() - t0, tokens)


def measure_increment(settings: settings_mod.Settings, archive: Archive, years: int, seed: int) -> Increment:
    """Fixed cost (a run with nothing new), then one new issue (the day after the archive)."""
    noop = run_flow(settings, "no-op rerun")
    if noop.files_new or noop.stage_seconds.get("parse"):
        raise AssertionError(f"a rerun with nothing new parsed files: {noop}")
    paper = PAPERS[0]
    last = max(f.issue_date for f in archive.files if f.paper == paper.slug)
    day = last + dt.timedelta(days=1)
    write_issue(archive.root, paper, day, number_for(paper, day), seed)
    one = run_flow(settings, "one new issue")
    if one.files_new != 1 or one.files_loaded != 1:
        raise AssertionError(f"the increment did not load exactly one issue: {one}")
    return Increment(years, noop.seconds, one.seconds, noop, one)


def benchmark(
    workdir: Path,
    *,
    years: int,
    papers: int = 1,
    seed: int = 0,
    workers: int | None = None,
    batch_size: int | None = None,
    baseline: bool = True,
    increment: bool = True,
    log=print,
) -> Report:
    """Generate ``years`` of issues into ``workdir/landing`` and run the flow into a fresh ``workdir/data``."""
    landing, data = workdir / "landing", workdir / "data"
    for path in (landing, data):
        if path.exists():
            shutil.rmtree(path)
    t0 = time.perf_counter()
    log(f"generating {years} year(s) × {papers} paper(s) into {landing} …")
    archive = generate(landing, years=years, papers=papers, seed=seed)
    gen_seconds = time.perf_counter() - t0
    settings = settings_mod.load(landing=landing, data=data, workers=workers, batch_size=batch_size)
    log(f"{len(archive.files)} files, {archive.bytes / 1e6:.1f} MB; running the flow "
        f"({settings.workers} workers, batches of {settings.batch_size}) …")
    backfill = run_flow(settings, "backfill")
    report = Report(years, papers, settings.workers, settings.batch_size, len(archive.files), archive.bytes,
                    gen_seconds, backfill)
    if baseline:
        log("baseline: plain jieba.posseg, one process …")
        report.baseline = run_baseline(archive, settings.user_dicts)
    if increment:
        log("increment: a run with nothing new, then one new issue …")
        report.increments.append(measure_increment(settings, archive, years, seed))
    return report


def benchmark_processes(
    workdir: Path, *, years: int | None = None, days: int | None = None, papers: int = 1, seed: int = 0,
    workers: int | None = None, baseline: bool = True, log=print,
):
    """Generate ``years`` (or ``days``) of issues into ``workdir/landing``, then the whole-process runs of
    :func:`bench.realtext.measure_processes`: the backfill, one of its files alone, nothing new,
    and the next day's issue onto the archive; returns a ``bench.realtext.TextReport``."""
    from bench.realtext import TextReport, measure_processes
    from bench.realtext import run_baseline as baseline_on

    landing, data = workdir / "landing", workdir / "data"
    one_landing, one_data = workdir / "one" / "landing", workdir / "one" / "data"
    for path in (landing, data, one_landing.parent):
        if path.exists():
            shutil.rmtree(path)
    log(f"generating {years or 0} year(s) {days or 0} day(s) × {papers} paper(s) into {landing} …")
    archive = generate(landing, years=years, days=days, papers=papers, seed=seed)
    middle = archive.good[len(archive.good) // 2]
    (one_landing / middle.source_file).parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(landing / middle.source_file, one_landing / middle.source_file)
    paper = PAPERS[0]
    day = max(f.issue_date for f in archive.files if f.paper == paper.slug) + dt.timedelta(days=1)
    added: list = []
    log(f"{len(archive.files)} files, {archive.bytes / 1e6:.1f} MB; each run a whole `baozhi run` process …")
    backfill, one, noop, increment = measure_processes(
        landing, data, one_landing, one_data,
        lambda: added.append(write_issue(landing, paper, day, number_for(paper, day), seed)), workers=workers, log=log)
    report = TextReport(f"--years {years} --papers {papers} (generated)" if years else f"{days} generated days", len(archive.files) + 1,
                        archive.bytes + added[0].bytes, workers, backfill, one, middle.bytes, noop, increment,
                        added[0].bytes)
    if baseline:
        log("baseline: plain jieba.posseg, one process, a sample of the same text …")
        report.baseline = baseline_on(baseline_sample(archive)[0])
    return report


def _mb(n: int) -> str:
    return f"{n / 2**20:,.0f} MiB"


def render(report: Report) -> str:
    """The figures, one block, as printed by ``baozhi bench``."""
    b = report.backfill
    mb = report.archive_bytes / 1e6
    lines = [
        f"baozhi bench: {report.years} year(s) × {report.papers} paper(s), {report.workers} workers, "
        f"batches of {report.batch_size}",
        f"  archive     {report.archive_files} files, {mb:.1f} MB (generated in {report.generate_seconds:.1f} s)",
        f"  backfill    {b.status}: {b.files_loaded} loaded, {b.files_quarantined} quarantined, "
        f"{b.files_failed} failed; {b.issues} issues, {b.articles} articles",
        f"  wall time   {b.seconds:.1f} s  →  {mb / b.seconds:.2f} MB/s, {report.archive_files / b.seconds:.1f} issues/s",
        "  stages      " + ", ".join(f"{k} {b.stage_seconds[k]:.1f} s" for k in STAGES if k in b.stage_seconds)
        + "  (parse/tokenize/tabulate summed over worker processes)",
        f"  peak memory {_mb(b.peak_rss)} RSS summed over the process tree, {_mb(b.peak_pss)} PSS"
        + (" (at the peak: " + ", ".join(f"{k} {_mb(v)}" for k, v in sorted(b.peak_by_role.items())) + ")"
           if b.peak_by_role else ""),
    ]
    if report.baseline:
        base = report.baseline
        ratio = (mb / b.seconds) / base.mb_per_s
        lines.append(
            f"  baseline    jieba.posseg, 1 process: {base.bytes / 1e6:.1f} MB of {base.files} files in "
            f"{base.seconds:.1f} s → {base.mb_per_s:.3f} MB/s; whole archive would take "
            f"{mb / base.mb_per_s:.0f} s"
        )
        lines.append(f"  ratio       pipeline end-to-end / baseline = {ratio:.2f}× (target ≥ 3×)")
    for inc in report.increments:
        lines.append(
            f"  increment   onto {inc.years} year(s): nothing new {inc.fixed_seconds:.1f} s (fixed cost, no parsing: "
            f"files_new={inc.noop.files_new}), one new issue {inc.one_seconds:.1f} s → increment {inc.seconds:.1f} s"
        )
    if len(report.increments) == 2:
        a, c = sorted(report.increments, key=lambda i: i.years)
        lines.append(
            f"  increment ratio {c.years} y / {a.years} y = {c.seconds / max(a.seconds, 1e-9):.2f}× "
            f"(whole runs: {c.one_seconds / a.one_seconds:.2f}×; target ≤ 1.5×)"
        )
    return "\n".join(lines)
