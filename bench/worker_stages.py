"""CPU per MB of a worker's stages after the tokenizer, on plain text laid out as issue files:
``python -m bench.worker_stages TEXT [--batch 80]``.

TEXT is a file or a folder of ``*.txt`` (one paragraph or headline a line, e.g.
``../shared/corpora/sighan2005-news``), laid out as issues by ``bench/textlayout.py`` and parsed
first (not timed). Then, per batch of ``--batch`` issues as ``flows.work.process_jobs`` runs
them: the tokenizer's cut (``Tokenizer.cut_many``), the entity pass
(``entities.find_mentions``), the language layer without the cut (``analyse_columns`` with the
batch's cut given: entities + keywords + columns), keywords alone (``keywords.extract_many`` per
batch, as the language layer calls it) and the tables (``warehouse.rows.IssueRows``). Best of ``--runs`` in CPU seconds, so a
shared machine moves the figures less; compare two checkouts with paired runs.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.worker_stages", description=__doc__.split("\n")[0])
    ap.add_argument("text", type=Path, help="a text file, or a folder of *.txt")
    ap.add_argument("--batch", type=int, default=80, help="issues per batch (default 80: ~600 kB of real news)")
    ap.add_argument("--runs", type=int, default=3, help="runs of each stage; the best is printed (default 3)")
    args = ap.parse_args(argv)

    from baozhi.paper_files import paper_registry
    from baozhi.resources import idf_for, tokenizer_for
    from bench.textlayout import layout, read_sources, split_articles
    from transforms import entities, keywords, language
    from transforms.assemble import assemble
    from transforms.parse import parse_part
    from warehouse.rows import FileLineage, IssueRows

    files = layout(list(split_articles(read_sources(args.text))))
    registry = paper_registry(())
    issues = [assemble([parse_part(f.text.encode(), source_file=f.name, default_paper="bench", papers=registry)])
              for f in files]
    mb = sum(len(f.text.encode()) for f in files) / 1e6
    tokenizer, idf = tokenizer_for(()), idf_for(0, {})
    batches = [issues[i : i + args.batch] for i in range(0, len(issues), args.batch)]
    articles = [[a for issue in b for a in issue.articles] for b in batches]
    texts = [[t for a in arts for t in language.entity_texts(a)] for arts in articles]
    cut_many = tokenizer.cut_many
    cuts = [cut_many(t) for t in texts]

    class Given:  # the tokenizer with each batch's cut already made: the layer without the cut
        recogniser = tokenizer.recogniser

        def __init__(self, cut):
            self.cut_many = lambda _texts: cut

    langs = [language.analyse_columns(arts, Given(c), idf) for arts, c in zip(articles, cuts)]
    pairs = [[list(zip(c.words, c.tags)) for c in batch] for batch in langs]

    def tables() -> None:
        for batch, lang in zip(batches, langs):
            rows, at = IssueRows(run_id="bench", pipeline_version="bench"), 0
            for issue in batch:
                rows.add(issue, lang[at : at + len(issue.articles)], [FileLineage("f", "0" * 64, "bench")])
                at += len(issue.articles)
            rows.tables()

    stages = {
        "cut": lambda: [cut_many(t) for t in texts],
        "entities": lambda: [entities.find_mentions(t, c, tokenizer.recogniser) for t, c in zip(texts, cuts)],
        "language without the cut": lambda: [language.analyse_columns(a, Given(c), idf) for a, c in zip(articles, cuts)],
        "keywords": lambda: [keywords.extract_many(p, idf) for p in pairs],
        "tables": tables,
    }
    print(f"{mb:.2f} MB in {len(issues)} issues, batches of {args.batch}; CPU s per MB, best of {args.runs}:")
    for name, run in stages.items():
        best = float("inf")
        for _ in range(args.runs):
            c0 = time.process_time()
            run()
            best = min(best, time.process_time() - c0)
        print(f"  {name:<26}{best / mb:.3f}")


if __name__ == "__main__":
    main()
