"""The language layer on real text, as one whole process: ``python -m bench.language_text FILE...``.

Reads plain text files (one paragraph or headline a line, e.g. the SIGHAN 2005 news texts),
groups every 12 non-empty lines into an article (first line the headline), and runs
``transforms.language.analyse_columns`` (tokens + entities + keywords, what a worker runs)
over them in issues of ~30,000 characters, after building the tokenizer as a worker does.
Prints the megabytes and the seconds of the analysis alone. Time the whole process from
outside to compare two checkouts (README: Entities, speed):

    /usr/bin/time -v .venv/bin/python -m bench.language_text text.txt

``--without-entities`` runs the layer as it would be without the entity model: the same texts
cut in one call per issue and the keywords, no entity pass. What the entity layer adds per MB
is the ratio of the two, measured in the same tree with paired runs.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def articles_of(lines: list[str], per_article: int = 12):
    from transforms.model import Article

    out = []
    for k in range(0, len(lines), per_article):
        chunk = lines[k : k + per_article]
        out.append(Article(f"bench-a{k:06d}", k + 1, chunk[0], None, None, None, (), (), "news", None, (), None, None,
                           tuple(chunk[1:])))
    return out


def main(argv: list[str] | None = None) -> None:
    args = list(argv if argv is not None else sys.argv[1:])
    without_entities = "--without-entities" in args
    paths = [Path(p) for p in args if p != "--without-entities"]
    if not paths:
        raise SystemExit("usage: python -m bench.language_text [--without-entities] FILE...")
    from baozhi.resources import idf_for, tokenizer_for
    from transforms.language import analyse_columns

    if without_entities:
        analyse_columns = _without_entities  # noqa: N806 - the same call, one pass less

    lines = [ln.strip() for p in paths for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip()]
    articles = articles_of(lines)
    issues, size, current = [], 0, []
    for a in articles:
        current.append(a)
        size += len(a.headline) + len(a.body)
        if size >= 30_000:
            issues.append(current)
            current, size = [], 0
    if current:
        issues.append(current)
    tokenizer, idf = tokenizer_for(), idf_for(0, {})
    t0, c0 = time.perf_counter(), time.process_time()
    n_entities = sum(len(r.entities) for issue in issues for r in analyse_columns(issue, tokenizer, idf))
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    mb = sum(len(ln.encode()) for ln in lines) / 1e6
    # CPU seconds too: on a shared machine the wall clock also counts the time others ran
    print(f"{mb:.2f} MB in {len(articles)} articles: analysis {seconds:.2f} s wall, {cpu:.2f} s CPU "
          f"({mb / cpu:.3f} MB per CPU second), {n_entities} entity rows")


def _without_entities(articles, tokenizer, idf) -> list:
    """Tokens and keywords of every article, as :func:`transforms.language.analyse_columns`
    computes them, without the entity pass (each result has ``entities == ()``)."""
    from transforms import keywords
    from transforms.language import LanguageColumns

    texts = [t for a in articles for t in (a.headline, a.body)]
    cuts = tokenizer.cut_many(texts)
    pairs = [cuts[2 * k] + cuts[2 * k + 1] for k in range(len(articles))]
    out = []
    for article, article_pairs, kws in zip(articles, pairs, keywords.extract_many(pairs, idf)):
        words, tags = (tuple(c) for c in zip(*article_pairs)) if article_pairs else ((), ())
        out.append(LanguageColumns(article.article_id, words, tags, (), kws))
    return out


if __name__ == "__main__":
    main()
