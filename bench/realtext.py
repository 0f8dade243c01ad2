"""``baozhi bench --text DIR``: the benchmark on real text, every run a whole ``baozhi run`` process.

Real text without page structure (one paragraph or headline a line, e.g. the SIGHAN 2005 test
texts in ``../shared/corpora/sighan2005-news/``) is laid out as dated issue files with
:mod:`bench.textlayout` (``--repeat`` lays it out again under later dates, for a bigger archive;
the pipeline caches nothing by text, so a repeated issue costs what the first did). Then, each
run being ``baozhi run`` started as its own process and timed from outside (start-up and
shut-down included, as a user waits for it), with the peak memory of its process tree:

1. the backfill: every file but the last, into a fresh data dir;
2. one file alone, into another fresh data dir (what a run costs at all);
3. marginal throughput: (backfill MB − one-file MB) / (backfill s − one-file s), against plain
   ``jieba.posseg`` in one process on the same text in the same call (tokenizer built before the
   clock starts, as the pipeline's workers build theirs before any task);
4. a run with nothing new (the fixed cost; must parse nothing);
5. the last file onto the backfilled archive (the nightly increment).

The text read and the files written stay outside the repository (they may not be committed).
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bench.memory import TreeMemory
from bench.textlayout import IssueFile, Masthead, layout, read_sources, split_articles, write

# The summary `baozhi run` prints (flows/summary.py, RunSummary.render).
_STATUS = re.compile(r"^baozhi run (\S+): (.+?)(?: — .*)?$", re.M)
_FILES = re.compile(r"^\s*files\s+(\d+) seen, (\d+) new, (\d+) loaded, (\d+) duplicate, (\d+) quarantined"
                    r"(?:, (\d+) failed)?", re.M)
_CONTENT = re.compile(r"^\s*content\s+(\d+) issues?, (\d+) articles?", re.M)
_TIME_LINE = re.compile(r"^\s*time\s+(.*)$", re.M)
_WALL = re.compile(r"^([0-9.]+) s wall")
_SECONDS = re.compile(r"([a-z][a-z -]*?) ([0-9.]+) s")


@dataclass
class ProcessRun:
    """One ``baozhi run`` process: timed from outside, its summary read from what it printed."""

    label: str
    wall: float
    files_new: int
    files_loaded: int
    files_quarantined: int
    files_failed: int
    issues: int
    articles: int
    status: str
    stage_seconds: dict[str, float] = field(default_factory=dict)  # as the summary's time line says
    own_wall: float | None = None  # the wall time the run's summary gives itself
    cpu: float = 0.0  # user + system seconds of the whole process tree (every process it waited for)
    peak_rss: int = 0
    peak_pss: int = 0
    output: str = ""


def parse_summary(text: str, label: str = "", wall: float = 0.0) -> ProcessRun:
    """The figures of a ``baozhi run`` summary; raises naming the run when it is not one."""
    status, files, content = _STATUS.search(text), _FILES.search(text), _CONTENT.search(text)
    if not (status and files and content):
        raise RuntimeError(f"{label}: not a baozhi run summary:\n{text[-2000:]}")
    seen, new, loaded, _dup, quarantined, failed = (int(x or 0) for x in files.groups())
    times, own = {}, None
    line = _TIME_LINE.search(text)
    if line:
        # "8.1 s wall: start-up 4.2 s, flow 3.5 s (validate 0.8 s, ...), shut-down 0.4 s"
        times = {k.strip(): float(v) for k, v in _SECONDS.findall(line.group(1))}
        m = _WALL.match(line.group(1))
        own = float(m[1]) if m else None
    return ProcessRun(label, wall, new, loaded, quarantined, failed, int(content[1]), int(content[2]),
                      status[2].strip(), times, own, output=text)


def run_process(landing: Path, data: Path, label: str, *, workers: int | None = None, log=print) -> ProcessRun:
    """``baozhi run --landing L --data D`` as a child process, wall-timed, tree memory sampled: the
    console command's own entry point (``baozhi.cli.main``, which ends without the interpreter's
    teardown), in this interpreter."""
    cmd = [sys.executable, "-c", "from baozhi.cli import main; main()", "run", "--landing", str(landing),
           "--data", str(data)]
    if workers:
        cmd += ["--workers", str(workers)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    with TreeMemory(proc.pid) as mem:
        out, _ = proc.communicate()
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # workers and the API server included:
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)  # each was waited for
    if proc.returncode not in (0, 1):  # 1: the run failed (reported); anything else is ours
        raise RuntimeError(f"{label}: baozhi run exited {proc.returncode}:\n{out[-3000:]}")
    run = parse_summary(out, label, wall)
    run.peak_rss, run.peak_pss, run.cpu = mem.peak_rss, mem.peak_pss, cpu
    log(f"  {label}: {wall:.1f} s wall, {cpu:.1f} s CPU, {run.files_loaded} loaded, status {run.status}")
    return run


@dataclass
class Baseline:
    bytes: int
    seconds: float
    tokens: int
    cpu: float = 0.0

    @property
    def mb_per_s(self) -> float:
        return self.bytes / 1e6 / self.seconds


def run_baseline(texts: list[str], user_dicts: tuple[Path, ...] = ()) -> Baseline:
    """Plain ``jieba.posseg`` (POSTokenizer over jieba.Tokenizer, the committed dictionaries), one
    process, over the issue files' text; building the tokenizer is not timed."""
    from baozhi.resources import tokenizer_for

    posseg = tokenizer_for(tuple(user_dicts), backend="jieba").posseg
    posseg.lcut("预热")
    t0, c0 = time.perf_counter(), time.process_time()
    tokens = sum(len(posseg.lcut(text)) for text in texts)
    return Baseline(sum(len(t.encode("utf-8")) for t in texts), time.perf_counter() - t0, tokens,
                    time.process_time() - c0)


@dataclass(frozen=True)
class Round:
    """A backfill, a run of one file and the baseline, one right after the other: the marginal
    ratio is a difference of two wall times against a third, and this VM's speed drifts by
    1.5-2x across a day, so each ratio is taken from runs minutes apart."""

    backfill: ProcessRun
    one: ProcessRun
    baseline: Baseline | None

    def ratio(self, marginal_bytes: int) -> float | None:
        if self.baseline is None:
            return None
        marginal = marginal_bytes / 1e6 / max(self.backfill.wall - self.one.wall, 1e-9)
        return marginal / self.baseline.mb_per_s


@dataclass
class TextReport:
    source: str
    files: int
    bytes: int
    workers: int | None
    backfill: ProcessRun
    one: ProcessRun
    one_bytes: int
    noop: ProcessRun
    increment: ProcessRun
    increment_bytes: int
    baseline: Baseline | None = None
    # Every round's runs (the last is the one above), with --rounds N: the ratio is their median.
    rounds: list[Round] = field(default_factory=list)

    @property
    def marginal_bytes(self) -> int:
        return self.bytes - self.increment_bytes - self.one_bytes

    def round_ratios(self) -> list[float]:
        return [r for r in (x.ratio(self.marginal_bytes) for x in self.rounds) if r is not None]

    @property
    def marginal_seconds(self) -> float:
        return self.backfill.wall - self.one.wall

    @property
    def marginal_cpu(self) -> float:
        return self.backfill.cpu - self.one.cpu

    @property
    def marginal_mb_per_s(self) -> float:
        backfill_bytes = self.bytes - self.increment_bytes
        return (backfill_bytes - self.one_bytes) / 1e6 / max(self.marginal_seconds, 1e-9)


def lay_out(src: Path, repeat: int = 1) -> list[IssueFile]:
    """The issue files of ``src`` laid out ``repeat`` times, one day after another."""
    articles = list(split_articles(read_sources(src)))
    files: list[IssueFile] = []
    for _ in range(max(1, repeat)):
        if not files:
            files.extend(layout(articles))
            continue
        # The next day and the next number: the gate holds back an issue number that goes backwards.
        after = files[-1]
        start, masthead = after.issue_date + dt.timedelta(days=1), Masthead(first_number=after.number + 1)
        files.extend(layout(articles, start=start, masthead=masthead))
    return files


def measure_processes(
    landing: Path, data: Path, one_landing: Path, one_data: Path, add_last: Callable[[], object], *,
    workers: int | None = None, log=print,
) -> tuple[ProcessRun, ProcessRun, ProcessRun, ProcessRun]:
    """The four whole-process runs: backfill of ``landing`` into ``data``; ``one_landing`` (one
    file) into ``one_data``; nothing new on ``landing`` again; then ``add_last()`` writes one new
    issue file into ``landing`` and the increment runs. Raises when the no-op parses anything or
    the increment does not see exactly one new file."""
    backfill = run_process(landing, data, "backfill", workers=workers, log=log)
    one = run_process(one_landing, one_data, "one file", workers=workers, log=log)
    noop = run_process(landing, data, "nothing new", workers=workers, log=log)
    if noop.files_new or noop.stage_seconds.get("parse"):
        raise AssertionError(f"a run with nothing new parsed files:\n{noop.output}")
    add_last()
    increment = run_process(landing, data, "one new issue onto the archive", workers=workers, log=log)
    if increment.files_new != 1:
        raise AssertionError(f"the increment did not see exactly one new file:\n{increment.output}")
    return backfill, one, noop, increment


def benchmark_text(
    src: Path, workdir: Path, *, repeat: int = 3, workers: int | None = None, baseline: bool = True, rounds: int = 1,
    log=print,
) -> TextReport:
    """Lay ``src`` out into ``workdir`` and measure the five runs (see the module docstring).
    ``rounds`` > 1: first that many less one extra rounds of backfill, one file and baseline (each
    into fresh data dirs, removed after), so the ratio is also given as the rounds' median."""
    files = lay_out(src, repeat)
    if len(files) < 3:
        raise ValueError(f"{src}: too little text for a benchmark ({len(files)} issue files)")
    landing, data = workdir / "landing", workdir / "data"
    one_landing, one_data = workdir / "one" / "landing", workdir / "one" / "data"
    for path in (landing, data, one_landing.parent):
        if path.exists():
            shutil.rmtree(path)
    *archive, last = files
    write(archive, landing)
    write([archive[len(archive) // 2]], one_landing)
    total = sum(len(f.text.encode("utf-8")) for f in files)
    log(f"{src}: {len(files)} issue files, {total / 1e6:.2f} MB laid out in {workdir}")
    texts = [f.text for f in archive]
    earlier = []
    for k in range(1, rounds):
        log(f"round {k} of {rounds}: backfill, one file, baseline")
        round_data = workdir / f"data-round{k}"
        shutil.rmtree(round_data, ignore_errors=True)
        shutil.rmtree(one_data, ignore_errors=True)
        earlier.append(Round(run_process(landing, round_data, f"backfill (round {k})", workers=workers, log=log),
                             run_process(one_landing, one_data, f"one file (round {k})", workers=workers, log=log),
                             run_baseline(texts) if baseline else None))
        shutil.rmtree(round_data, ignore_errors=True)
        shutil.rmtree(one_data, ignore_errors=True)
    if rounds > 1:
        log(f"round {rounds} of {rounds}: the runs below")
    backfill, one, noop, increment = measure_processes(
        landing, data, one_landing, one_data, lambda: write([last], landing), workers=workers, log=log)
    report = TextReport(f"--text {src}", len(files), total, workers, backfill, one,
                        len(archive[len(archive) // 2].text.encode("utf-8")), noop, increment,
                        len(last.text.encode("utf-8")))
    if baseline:
        log("baseline: plain jieba.posseg, one process, the same text …")
        report.baseline = run_baseline(texts)
    report.rounds = [*earlier, Round(backfill, one, report.baseline)]
    return report


def _mib(n: int) -> str:
    return f"{n / 2**20:,.0f} MiB"


def render_text(r: TextReport) -> str:
    """The figures, one block, as printed by ``baozhi bench --text``."""
    b = r.backfill
    mb = (r.bytes - r.increment_bytes) / 1e6
    lines = [
        f"baozhi bench {r.source}: {r.files} issue files, {r.bytes / 1e6:.2f} MB"
        + (f", {r.workers} workers" if r.workers else ""),
        f"  backfill    {b.status}: {b.files_loaded} loaded, {b.files_quarantined} quarantined, {b.files_failed} "
        f"failed; {b.issues} issues, {b.articles} articles; {mb:.2f} MB in {b.wall:.1f} s wall (whole process)",
        "  stages      " + ", ".join(f"{k} {v:.1f} s" for k, v in b.stage_seconds.items())
        + "  (the run's own summary; parse/tokenize/tabulate summed over worker processes)",
        f"  peak memory {_mib(b.peak_rss)} RSS, {_mib(b.peak_pss)} PSS over the process tree",
        f"  one file    {r.one.wall:.1f} s wall, {r.one.cpu:.1f} s CPU (target ≤ 8 s wall); its summary: "
        + ", ".join(f"{k} {v:.1f} s" for k, v in r.one.stage_seconds.items()),
        f"  marginal    backfill − one file = {r.marginal_seconds:.1f} s for {mb - r.one_bytes / 1e6:.2f} MB "
        f"→ {r.marginal_mb_per_s:.3f} MB/s",
    ]
    if r.baseline:
        base = r.baseline
        lines.append(f"  baseline    jieba.posseg, 1 process, same text: {base.bytes / 1e6:.2f} MB in {base.seconds:.1f} s "
                     f"→ {base.mb_per_s:.3f} MB/s")
        lines.append(f"  ratio       marginal throughput / baseline = {r.marginal_mb_per_s / base.mb_per_s:.2f}× "
                     "(target ≥ 3×)")
        ratios = r.round_ratios()
        if len(ratios) > 1:
            for k, x in enumerate(r.rounds, 1):
                lines.append(f"  round {k}     backfill {x.backfill.wall:.1f} s, one file {x.one.wall:.1f} s, jieba.posseg "
                             f"{x.baseline.seconds:.1f} s → {x.ratio(r.marginal_bytes):.2f}×")
            lines.append(f"  rounds      ratio of each round (backfill, one file, baseline in turn): "
                         + ", ".join(f"{x:.2f}×" for x in ratios)
                         + f"; median {statistics.median(ratios):.2f}× (target ≥ 3×)")
        mb_marginal = (r.bytes - r.increment_bytes - r.one_bytes) / 1e6
        per_mb, base_per_mb = r.marginal_cpu / max(mb_marginal, 1e-9), base.cpu / (base.bytes / 1e6)
        lines.append(f"  CPU         backfill {r.backfill.cpu:.1f} s, one file {r.one.cpu:.1f} s → {per_mb:.2f} CPU s/MB "
                     f"marginal, jieba.posseg {base_per_mb:.2f} CPU s/MB ({base_per_mb / max(per_mb, 1e-9):.2f}× less "
                     "CPU per MB; steadier than wall time on a shared machine)")
    lines.append(f"  no-op       {r.noop.wall:.1f} s wall, {r.noop.cpu:.1f} s CPU, files_new={r.noop.files_new} "
                 "(target ≤ 3 s wall)")
    lines.append(f"  increment   one new issue onto the archive {r.increment.wall:.1f} s wall, {r.increment.cpu:.1f} s CPU "
                 f"(target ≤ one file + 3 s = {r.one.wall + 3:.1f} s)")
    return "\n".join(lines)
