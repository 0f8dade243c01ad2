"""SHA-256 digests of everything a worker produces from real text, to show a speed-up changed
nothing: ``python -m bench.outputs_digest [--sighan DIR] [--peoples DIR] [--samples DIR]``.

The texts (each optional; the defaults read ``../shared/corpora`` beside the checkout):

- the SIGHAN 2005 news laid out as issue files (``bench/textlayout.py``: 147 issues, 1.08 MB);
- the 人民日报 corpus laid out as one file per page (``bench/pagefiles.py``);
- the bundled samples.

Each set goes through ``flows.work.process_jobs`` in batches of ``--batch`` files, as a worker
runs them (parse, assemble, the language layer, the tables), once with jieba's bundled IDF and
once with an IDF from the set's own document frequencies (the corpus IDF a grown warehouse
uses). Printed: one digest per table and set (every row, every column, in order), and per set
the digests of the tokens, entities and keywords alone. Two checkouts print the same lines when
their outputs are byte-identical. Nothing is cached or written.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
if not CORPORA.exists():  # a worktree under /work/wt/NAME: the corpora are beside the main checkout
    CORPORA = Path(__file__).resolve().parents[3] / "shared" / "corpora"
SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def sighan_files(src: Path) -> list[tuple[str, bytes]]:
    from bench.textlayout import layout, read_sources, split_articles

    return [(f.name, f.text.encode()) for f in layout(list(split_articles(read_sources(src))))]


def peoples_files(src: Path) -> list[tuple[str, bytes]]:
    from bench.pagefiles import peoples_daily_pages

    out = []
    for path in sorted(src.glob("articles_*.json")):
        pages = peoples_daily_pages(json.loads(path.read_text(encoding="utf-8")))
        out += [(name, text.encode()) for name, text in sorted(pages.items())]
    return out


def sample_files(src: Path) -> list[tuple[str, bytes]]:
    return [(str(p.relative_to(src)), p.read_bytes()) for p in sorted(src.rglob("*.txt"))]


def _table_digest(table) -> str:
    """Every row, every column, in order (the column's Python values: independent of chunking)."""
    h = hashlib.sha256()
    h.update(repr(table.schema.names).encode())
    for name in table.schema.names:
        h.update(repr(table.column(name).to_pylist()).encode())
    return h.hexdigest()[:16]


def digests(files: list[tuple[str, bytes]], batch: int, doc_freq: dict[str, int] | None = None) -> dict[str, str]:
    """Table name -> digest of the worker's tables over ``files``, batch by batch."""
    import pyarrow as pa

    from flows.work import JobIn, LanguageInputs, PartIn, process_jobs, receive_tables

    counts = pa.table({"token": list(doc_freq), "df": list(doc_freq.values())}) if doc_freq else None
    language = LanguageInputs(n_docs=10**6 if doc_freq else 0, doc_freq=counts)
    parts: dict[str, list] = {}
    for k in range(0, len(files), batch):
        jobs = [JobIn(None, (PartIn(name, data),)) for name, data in files[k : k + batch]]
        out = process_jobs(jobs, default_paper="bench", language=language, run_id="digest", pipeline_version="digest")
        failed = [o for o in out.outcomes if o.status == "failed"]
        if failed:
            raise SystemExit(f"{failed[0].source_file}: {failed[0].reason}\n{failed[0].traceback}")
        for name, table in receive_tables(out).items():
            parts.setdefault(name, []).append(table)
    return {name: _table_digest(pa.concat_tables(ts).combine_chunks()) for name, ts in sorted(parts.items())}


def corpus_doc_freq(files: list[tuple[str, bytes]], batch: int) -> dict[str, int]:
    """Articles containing each word of the set (its tokens table), for a corpus IDF."""
    from collections import Counter

    from flows.work import JobIn, LanguageInputs, PartIn, process_jobs, receive_tables

    df: Counter[str] = Counter()
    for k in range(0, len(files), batch):
        jobs = [JobIn(None, (PartIn(name, data),)) for name, data in files[k : k + batch]]
        out = process_jobs(jobs, default_paper="bench", language=LanguageInputs(), run_id="digest", pipeline_version="digest")
        tokens = receive_tables(out)["tokens"]
        pairs = zip(tokens.column("article_id").to_pylist(), tokens.column("token").to_pylist())
        df.update(w for _, w in set(pairs))
    return dict(df)


def sets(args: argparse.Namespace) -> Iterator[tuple[str, list[tuple[str, bytes]]]]:
    if args.sighan.exists():
        yield "sighan", sighan_files(args.sighan)
    if args.peoples.exists():
        yield "peoples", peoples_files(args.peoples)
    if args.samples.exists():
        yield "samples", sample_files(args.samples)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.outputs_digest", description=__doc__.split("\n")[0])
    ap.add_argument("--sighan", type=Path, default=CORPORA / "sighan2005-news")
    ap.add_argument("--peoples", type=Path, default=CORPORA / "peoples-daily-dev")
    ap.add_argument("--samples", type=Path, default=SAMPLES)
    ap.add_argument("--batch", type=int, default=25, help="files per process_jobs call (default 25, as the flow)")
    args = ap.parse_args(argv)
    for label, files in sets(args):
        mb = sum(len(d) for _, d in files) / 1e6
        print(f"{label}: {len(files)} files, {mb:.2f} MB")
        for name, digest in digests(files, args.batch).items():
            print(f"  {label} {name:<12} {digest}")
        for name, digest in digests(files, args.batch, corpus_doc_freq(files, args.batch)).items():
            if name in ("keywords", "articles"):
                print(f"  {label} {name:<12} {digest} (corpus idf)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
