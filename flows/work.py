"""The work one parse task does on a batch of files: plain functions, testable without Prefect.

Workers get the files' bytes, not their paths, so the same batch runs in a local process pool or
on a remote Dask worker that cannot see the landing folder.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import secrets
import time
import traceback
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.ipc as ipc

from flows.decide import FAILED, PARSED, REJECTED
from flows.memory import release_freed_memory
from transforms.model import Rejection

# Token columns that repeat one value per article or per issue ("liaoyuan-daily-2021-09-06-a007"
# on each of its ~5,000 token rows): dictionary-encoded before a batch leaves the worker and while
# it waits for the gate (23 MB -> 6 MB per 25 issues); the warehouse casts them back on write.
REPEATED_TOKEN_COLUMNS = ("article_id", "issue_id", "pos", "source_sha256", "run_id", "pipeline_version")


@dataclass(frozen=True)
class FileIn:
    source_file: str
    data: bytes
    replaces: tuple[str, ...] = ()


@dataclass(frozen=True)
class FileOutcome:
    source_file: str
    sha256: str
    bytes: int
    status: str  # PARSED, REJECTED (bad input, quarantined) or FAILED (our bug; retried next run)
    reason: str | None = None
    traceback: str | None = None  # FAILED: the whole traceback, for the run log and the ledger
    issue_id: str | None = None
    replaces: tuple[str, ...] = ()
    n_articles: int = 0  # articles of the issue the file was assembled into
    page: str | None = None  # the page the file delivered; None: the whole issue


@dataclass(frozen=True)
class LanguageInputs:
    """What the language layer needs from the warehouse: dictionaries and corpus statistics."""

    user_dicts: tuple[Path, ...] = ()
    n_docs: int = 0
    # Articles containing each word (token, df), as the warehouse keeps it: an Arrow table, not a
    # dict, because Prefect walks a task's parameters element by element (looking for futures),
    # twice per task run, and this grows with the archive (105,198 words at 10 years: ~1.5 s of a
    # one-issue increment's flow went to that walk). To a process worker it also pickles as two
    # buffers. The worker makes it a mapping once per batch (:func:`doc_freq_of`).
    doc_freq: pa.Table | None = None
    paper_files: tuple[Path, ...] = ()  # the newsroom's paper registry files (BAOZHI_PAPERS)


def doc_freq_of(table: pa.Table | None) -> dict[str, int]:
    """``LanguageInputs.doc_freq`` as a mapping: token -> articles containing it."""
    if table is None:
        return {}
    return dict(zip(table["token"].to_pylist(), table["df"].to_pylist(), strict=True))


@dataclass
class BatchOutput:
    outcomes: list[FileOutcome]
    tables: dict[str, bytes]  # table name -> pack_tables() bytes, parsed files only; {} when none parsed
    seconds: dict[str, float]
    bytes_in: int
    worker: str
    spooled: dict[str, str] = field(default_factory=dict)  # table name -> file, instead of ``tables``
    refreshed: list[str] = field(default_factory=list)  # issues assembled again from earlier files only


def warm_worker(user_dicts: tuple[Path, ...]) -> None:
    """Process-pool initializer: build the tokenizer once per worker, before any task."""
    from baozhi.resources import tokenizer_for

    tokenizer_for(tuple(user_dicts))


def warm_workers(user_dicts: tuple[Path, ...], papers: tuple[Path, ...]) -> None:
    """Build, in this process, what every worker's first task would: the tokenizer for these
    dictionaries, the paper registry and jieba's IDF table (which keywords use while the warehouse
    is small). Raises OSError when a dictionary or a paper file cannot be read."""
    from baozhi.paper_files import paper_registry
    from baozhi.resources import idf_for

    warm_worker(tuple(user_dicts))
    paper_registry(tuple(papers))
    idf_for(0, {})


@dataclass(frozen=True)
class PartIn:
    """A file of an issue to assemble: delivered tonight, or loaded earlier (bytes from the lake)."""

    source_file: str
    data: bytes
    loaded_by: str | None = None  # the run that loaded it earlier; None: delivered tonight
    replaces: tuple[str, ...] = ()  # issue ids an older version of this path delivered


@dataclass(frozen=True)
class JobIn:
    """One issue to assemble from its files (``flows.deliveries.Job`` with the bytes)."""

    issue_id: str | None  # None: one file, whatever issue it turns out to be
    parts: tuple[PartIn, ...]
    # Assemble even with no file of tonight: an issue that lost a file to another issue (its
    # new version carries another date or page) is assembled again from what remains of it.
    refresh: bool = False


@dataclass(frozen=True)
class Identified:
    """A file's identity (``transforms.delivery.identify``), or why it has none."""

    source_file: str
    sha256: str
    bytes: int
    status: str  # PARSED (identified), REJECTED (bad input) or FAILED (our bug)
    issue_id: str | None = None
    page: str | None = None  # None: a whole-issue file
    reason: str | None = None
    traceback: str | None = None


def identify_batch(files: list[FileIn], *, default_paper: str, paper_files: tuple[Path, ...] = ()) -> list[Identified]:
    """Which issue (and page) each file is, so the night's files can be grouped into issues."""
    from baozhi.paper_files import paper_registry
    from transforms.delivery import identify

    registry = paper_registry(tuple(paper_files))
    out = []
    for item in files:
        base = dict(source_file=item.source_file, sha256=hashlib.sha256(item.data).hexdigest(), bytes=len(item.data))
        try:
            found = identify(item.data, source_file=item.source_file, default_paper=default_paper, registry=registry)
        except Exception as exc:  # our bug: failed, with the traceback, retried next run
            out.append(Identified(**base, status=FAILED, reason=_internal(exc), traceback=traceback.format_exc()))
            continue
        if isinstance(found, Rejection):
            out.append(Identified(**base, status=REJECTED, reason=_rejection(found)))
        else:
            out.append(Identified(**base, status=PARSED, issue_id=found.issue_id, page=found.page))
    return out


def process_jobs(
    jobs: list[JobIn],
    *,
    default_paper: str,
    language: LanguageInputs,
    run_id: str,
    pipeline_version: str,
    spool_dir: str | None = None,
) -> BatchOutput:
    """Parse, assemble, tokenise and tabulate a batch of issues; one bad file never sinks the batch.

    Each new file gets an outcome: PARSED (its issue's tables are in the output), REJECTED (bad
    input: quarantined) or FAILED (our bug: the traceback travels back; retried next run). A new
    file failing alone leaves the rest of its issue to publish; a failure that concerns the whole
    issue (assembling it, a file loaded earlier) fails every new file of the issue, which then
    stays as it was. ``spool_dir``: a folder the flow process can read (same machine) where the
    batch's tables are written instead of being returned; see :func:`spool_tables`."""
    from baozhi.paper_files import paper_registry
    from baozhi.resources import idf_for, tokenizer_for
    from transforms.assemble import assemble
    from transforms.language import analyse_columns
    from transforms.parse import parse_part
    from warehouse.rows import FileLineage, IssueRows, concat, issue_tables

    release_freed_memory()  # the previous batch's tables were pickled back and are garbage now
    tokenizer = tokenizer_for(tuple(language.user_dicts))
    idf = idf_for(language.n_docs, doc_freq_of(language.doc_freq))
    registry = paper_registry(tuple(language.paper_files))
    seconds = {"parse": 0.0, "tokenize": 0.0, "tabulate": 0.0}
    per_job: list[list[FileOutcome]] = [[] for _ in jobs]  # in job order, as if one job after the other
    refreshed: list[str] = []

    def fail_rest(job: JobIn, outcomes: list[FileOutcome], exc: BaseException) -> None:
        """A bug of ours concerning the whole issue: its new files not yet accounted for fail."""
        tb = traceback.format_exc()
        done = {o.source_file for outs in per_job for o in outs}
        for item in job.parts:
            if item.loaded_by is None and item.source_file not in done:
                outcomes.append(FileOutcome(
                    source_file=item.source_file, sha256=hashlib.sha256(item.data).hexdigest(), bytes=len(item.data),
                    status=FAILED, reason=_internal(exc), traceback=tb,
                ))

    # 1. Parse and assemble every issue of the batch.
    assembled = []  # (job index, parsed parts, new parts, the assembled issue)
    for k, job in enumerate(jobs):
        outcomes = per_job[k]
        parsed_parts = []
        new: list[tuple[PartIn, dict]] = []
        try:
            for item in job.parts:
                base = dict(source_file=item.source_file, sha256=hashlib.sha256(item.data).hexdigest(),
                            bytes=len(item.data), replaces=item.replaces)
                t0 = time.perf_counter()
                try:
                    part = parse_part(item.data, source_file=item.source_file, default_paper=default_paper, papers=registry)
                except Exception as exc:
                    if item.loaded_by is not None:
                        raise  # without a page loaded before, the issue would lose its stories
                    outcomes.append(FileOutcome(**base, status=FAILED, reason=_internal(exc), traceback=traceback.format_exc()))
                    continue
                finally:
                    seconds["parse"] += time.perf_counter() - t0
                if isinstance(part, Rejection):
                    if item.loaded_by is not None:
                        raise RuntimeError(f"{item.source_file}, loaded by {item.loaded_by}, is now rejected: {_rejection(part)}")
                    outcomes.append(FileOutcome(**base, status=REJECTED, reason=_rejection(part)))
                    continue
                if job.issue_id is not None and part.identity.issue_id != job.issue_id:
                    if item.loaded_by is None:
                        raise RuntimeError(
                            f"{item.source_file}: identified as {job.issue_id}, parsed as {part.identity.issue_id}"
                        )
                    # loaded before under this issue (the registry or the rules may have changed since)
                    part = dataclasses.replace(part, identity=dataclasses.replace(part.identity, issue_id=job.issue_id))
                parsed_parts.append((item, part))
                if item.loaded_by is None:
                    new.append((item, base))
            if not new and not (job.refresh and parsed_parts):
                continue  # nothing of tonight made it: the issue stays as it was
            t0 = time.perf_counter()
            parsed = assemble([part for _, part in parsed_parts])
            seconds["parse"] += time.perf_counter() - t0
            assembled.append((k, parsed_parts, new, parsed))
        except Exception as exc:
            fail_rest(job, outcomes, exc)

    # 2. The language layer on all their articles in one call: the tokenizer routes and the entity
    # model labels every text of the batch at once, which costs ~25 % less CPU per MB of real news
    # than a call per issue (same results: each article's analysis depends on it alone).
    t0 = time.perf_counter()
    langs: list[list | None] = [None] * len(assembled)
    try:
        flat = analyse_columns([a for *_, parsed in assembled for a in parsed.articles], tokenizer, idf)
    except Exception:
        pass  # a bug on one issue's text must not fail the others: they are analysed one by one below
    else:
        at = 0
        for n, (*_, parsed) in enumerate(assembled):
            langs[n] = flat[at : at + len(parsed.articles)]
            at += len(parsed.articles)
        del flat
    seconds["tokenize"] += time.perf_counter() - t0

    # 3. Rows issue by issue (an issue's rows whole, or none of them), converted to Arrow once for
    # the batch: six tables per issue cost ~1 ms each time, whatever the issue's size.
    rows = IssueRows(run_id=run_id, pipeline_version=pipeline_version)
    added: list[tuple[int, list[FileLineage], list]] = []  # (index in assembled, lineage, language)
    for n, (k, parsed_parts, new, parsed) in enumerate(assembled):
        job, outcomes, lang = jobs[k], per_job[k], langs[n]
        langs[n] = None
        try:
            if lang is None:  # the batch's call failed: this issue's own call fails alone, if at all
                t0 = time.perf_counter()
                lang = analyse_columns(parsed.articles, tokenizer, idf)  # no Token object per word
                seconds["tokenize"] += time.perf_counter() - t0
            t1 = time.perf_counter()
            by_sha = {part.sha256: item for item, part in parsed_parts}
            files = [
                FileLineage(d.source_file, d.sha256, by_sha[d.sha256].loaded_by or run_id, by_sha[d.sha256].data)
                for d in parsed.parts
            ]
            rows.add(parsed, lang, files)
            seconds["tabulate"] += time.perf_counter() - t1
            added.append((n, files, lang))
        except Exception as exc:
            fail_rest(job, outcomes, exc)
    t1 = time.perf_counter()
    try:
        tables = rows.tables() if added else {}
    except Exception:  # not swallowed: each issue is converted alone, and the one at fault fails its files
        alone = []
        for entry in list(added):
            n, files, lang = entry
            k, *_, parsed = assembled[n]
            try:
                alone.append(issue_tables(parsed, lang, run_id=run_id, pipeline_version=pipeline_version, files=files))
            except Exception as exc:
                fail_rest(jobs[k], per_job[k], exc)
                added.remove(entry)
        tables = concat(alone) if alone else {}
    seconds["tabulate"] += time.perf_counter() - t1
    del rows

    # 4. The outcomes of the issues whose tables are in.
    for n, _, _ in added:
        k, parsed_parts, new, parsed = assembled[n]
        per_job[k].extend(
            FileOutcome(**base, status=PARSED, issue_id=parsed.issue_id, n_articles=len(parsed.articles),
                        page=part.identity.page)
            for (_, base), part in zip(new, [p for i, p in parsed_parts if i.loaded_by is None], strict=True)
        )
        if not new:
            refreshed.append(parsed.issue_id)
    outcomes = [o for outs in per_job for o in outs]
    # Compressed only when the bytes travel (Dask): a spool file is read back at once on this machine.
    packed = pack_tables(tables, compression=None if spool_dir else "lz4") if tables else {}
    spooled = spool_tables(packed, spool_dir) if spool_dir and packed else {}
    return BatchOutput(
        outcomes=outcomes,
        tables={} if spooled else packed,
        seconds=seconds,
        bytes_in=sum(len(p.data) for j in jobs for p in j.parts if p.loaded_by is None),
        worker=f"{os.uname().nodename}:{os.getpid()}",
        spooled=spooled,
        refreshed=refreshed,
    )


def _internal(exc: BaseException) -> str:
    return f"internal error: {type(exc).__name__}: {exc}"


def _rejection(r: Rejection) -> str:
    return r.reason + (f": {r.detail}" if r.detail else "")


def pack_tables(tables: dict[str, pa.Table], compression: str | None = "lz4") -> dict[str, bytes]:
    """A batch's tables as Arrow IPC streams, one per table, the form they travel in.

    Pickled tables would cost 23 MB per 25 issues, and on the receiving side their columns stay
    zero-copy views of the whole pickled message: the flow process kept every message it had
    received until the gate ran (+50 MB per batch). One stream per table keeps only that table's
    buffers; LZ4 makes a batch ~2 MB for the network (Dask), and costs ~0.14 s of CPU per MB of
    text to pack and ~0.1 to unpack: a local spool file goes uncompressed (twice the bytes, read
    back from the page cache at once)."""
    packed = {}
    for name, table in tables.items():
        if name == "tokens":
            table = compact_tokens(table)
        sink = pa.BufferOutputStream()
        with ipc.new_stream(sink, table.schema, options=ipc.IpcWriteOptions(compression=compression)) as writer:
            writer.write_table(table)
        packed[name] = sink.getvalue().to_pybytes()
    return packed


def unpack_tables(packed: Mapping[str, bytes]) -> dict[str, pa.Table]:
    return {name: ipc.open_stream(data).read_all() for name, data in packed.items()}


def spool_tables(packed: Mapping[str, bytes], spool_dir: str) -> dict[str, str]:
    """Write packed tables to files in ``spool_dir``; returns table name -> path.

    Why: results returned through Prefect's process pool stay partly resident in the flow
    process (a toy flow whose tasks return 2 MB grew 250 -> 445 MiB over 300 task runs; a plain
    ProcessPoolExecutor or tasks returning a path did not grow at all), so a 10-year backfill
    cost ~300 MiB more than a 1-year one. Local workers hand over a path instead; remote (Dask)
    workers, which share no disk with the flow, still return the bytes."""
    folder = Path(spool_dir)
    folder.mkdir(parents=True, exist_ok=True)
    stem = secrets.token_hex(8)
    paths = {}
    for name, data in packed.items():
        path = folder / f"{stem}.{name}.arrows"
        path.write_bytes(data)
        paths[name] = str(path)
    return paths


def receive_tables(output: BatchOutput) -> dict[str, pa.Table]:
    """A batch's tables, whether they came back inline or through the spool (files removed)."""
    if not output.spooled:
        return unpack_tables(output.tables)
    paths = {name: Path(path) for name, path in output.spooled.items()}
    tables = unpack_tables({name: path.read_bytes() for name, path in paths.items()})
    for path in paths.values():
        path.unlink()
    return tables


def compact_tokens(tokens: pa.Table) -> pa.Table:
    """``tokens`` with the per-article and per-issue string columns dictionary-encoded."""
    for name in REPEATED_TOKEN_COLUMNS:
        i = tokens.schema.get_field_index(name)
        if i >= 0 and pa.types.is_string(tokens.schema.field(i).type):
            tokens = tokens.set_column(i, name, pc.dictionary_encode(tokens.column(i)))
    return tokens
