"""Parsed issues to Arrow tables: pure conversion, runs in worker processes, no I/O."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa

from transforms.model import ArticleLanguage, ParsedIssue
from warehouse.schema import ISSUE_TABLES, SCHEMAS

if TYPE_CHECKING:  # not at run time: it imports the tokenizer and jieba (~0.4 s), which the
    from transforms.language import LanguageColumns  # warehouse (a run with nothing new) never uses


@dataclass(frozen=True)
class FileLineage:
    """Where the rows of one delivered file came from; kept when its issue is assembled again."""

    source_file: str
    source_sha256: str
    run_id: str  # the run that loaded this file
    content: bytes | None = None  # the file's bytes, kept in ``deliveries``


def issue_digest(shas: Sequence[str]) -> str:
    """The issue row's ``source_sha256``: the file's, or for an issue assembled from several
    files the SHA-256 of their sorted SHA-256s (the same files give the same digest, so loading
    an unchanged set again is a no-op)."""
    if len(shas) == 1:
        return shas[0]
    return hashlib.sha256("\n".join(sorted(shas)).encode("ascii")).hexdigest()


def issue_tables(
    parsed: ParsedIssue,
    language: Sequence[ArticleLanguage | LanguageColumns],
    *,
    run_id: str,
    pipeline_version: str,
    source_file: str | None = None,
    source_sha256: str | None = None,
    files: Sequence[FileLineage] | None = None,
) -> dict[str, pa.Table]:
    """The issue tables for one parsed issue, with fixed schemas.

    ``language`` is :func:`transforms.language.analyse`'s or ``analyse_columns``'s result.
    ``files``: one lineage per ``parsed.parts`` (same order); each article's rows carry the
    lineage of the file it came from, so a page assembled again with a late page keeps its own.
    Without it, ``source_file`` and ``source_sha256`` name the single file of the issue.

    ``loaded_at`` is left null here (a pure function has no clock); the transaction stamps it.
    """
    if files is None:
        if source_file is None or source_sha256 is None:
            raise TypeError("issue_tables() needs files= or source_file= and source_sha256=")
        files = [FileLineage(source_file, source_sha256, run_id)]
    rows = IssueRows(run_id=run_id, pipeline_version=pipeline_version)
    rows.add(parsed, language, files)
    return rows.tables()


class IssueRows:
    """The rows of many issues gathered as columns, then converted to Arrow in one go:
    ``concat([issue_tables(i) for i in issues])``, without the fixed cost of six tables per
    issue (a worker's batch of 80 small issues of real news: 0.10 -> 0.03 CPU s per MB)."""

    def __init__(self, *, run_id: str, pipeline_version: str) -> None:
        self.run_id, self.pipeline_version = run_id, pipeline_version
        self.issues: list[dict] = []
        self.articles: list[dict] = []
        self.deliveries: list[dict] = []
        # Every row of tokens, entities and keywords names the file it came from (an index into
        # these lists), from which it takes its issue, year and lineage.
        self.file_issue: list[str] = []
        self.file_year: list[int | None] = []
        self.file_sha: list[str] = []
        self.file_run: list[str] = []
        # Tokens, entities and keywords are built as one list per column (per-row dicts cost more
        # than the Arrow conversion itself: ~300 tokens per article).
        self.tok_articles: list[str] = []  # one entry per article with tokens, `tok_counts` tokens each
        self.tok_files: list[int] = []  # the file each of those articles came from
        self.tok_counts: list[int] = []
        self.tok_positions: list[Sequence[int]] = []
        self.tok_token: list[str] = []
        self.tok_pos: list[str] = []
        self.ent_cols: dict[str, list] = {
            "article_id": [], "entity": [], "entity_type": [], "role": [], "mentions": [],
            "canonical": [], "parent": [], "division_code": [], "_file": [],
        }
        self.kw_cols: dict[str, list] = {"article_id": [], "keyword": [], "weight": [], "rank": [], "_file": []}

    def add(
        self, parsed: ParsedIssue, language: Sequence[ArticleLanguage | LanguageColumns], files: Sequence[FileLineage]
    ) -> None:
        """One issue's rows (arguments as :func:`issue_tables`, ``files`` required)."""
        run_id, pipeline_version = self.run_id, self.pipeline_version
        n_files = len(files)
        article_file = list(parsed.article_parts) if n_files > 1 else [0] * len(parsed.articles)
        year = parsed.issue_date.year if parsed.issue_date else None
        by_article = {lang.article_id: lang for lang in language}
        acc = parsed.accounting
        issue = {
            "issue_id": parsed.issue_id,
            "paper": parsed.paper,
            "paper_name": parsed.paper_name,
            "issue_date": parsed.issue_date,
            "year": year,
            "date_source": parsed.date_source,
            "weekday": parsed.weekday,
            "lunar_date": parsed.lunar_date,
            "issue_number": parsed.issue_number,
            "page_count": parsed.page_count,
            "editor": parsed.editor,
            "encoding": parsed.encoding,
            "source_file": files[0].source_file,
            "chars_in": acc.chars_in,
            "chars_in_articles": acc.chars_in_articles,
            "chars_furniture": acc.chars_furniture,
            "chars_duplicate": acc.chars_duplicate,
            "duplicates_dropped": parsed.duplicates_dropped,
            "n_articles": len(parsed.articles),
            "edition": parsed.edition,
            "pages": list(parsed.pages),
            "pages_missing": None if parsed.pages_missing is None else list(parsed.pages_missing),
            "n_files": n_files,
            "loaded_at": None,
            "source_sha256": issue_digest([f.source_sha256 for f in files]),
            "run_id": run_id,  # the issue row is this run's assembly
            "pipeline_version": pipeline_version,
        }
        # Everything that can fail is read before anything is kept: an issue is added whole or not at all.
        articles, tok, ents, kws = [], [], [], []
        first = len(self.file_sha)  # this issue's files, in the batch's list of files
        for art, k in zip(parsed.articles, article_file, strict=True):
            lang = by_article.get(art.article_id)
            words, tags, positions = _token_columns(lang) if lang is not None else ((), (), ())
            articles.append(
                {
                    "article_id": art.article_id,
                    "issue_id": parsed.issue_id,
                    "year": year,
                    "paper": parsed.paper,
                    "issue_date": parsed.issue_date,
                    "seq": art.seq,
                    "headline": art.headline,
                    "kicker": art.kicker,
                    "subtitle": art.subtitle,
                    "byline": art.byline,
                    "authors": list(art.authors),
                    "photographers": list(art.photographers),
                    "genre": art.genre,
                    "source_outlet": art.source_outlet,
                    "captions": list(art.captions),
                    "continued_to": art.continued_to,
                    "continued_from": art.continued_from,
                    "body": art.body,
                    "n_chars": art.n_chars,
                    # Document length for BM25; 0 when the language layer produced nothing.
                    "n_tokens": len(words),
                    "quality_flags": [],  # the gate's verdict, set in the flow (with_quality_flags)
                    "page": art.page,
                    "pages": list(art.pages),
                    "source_sha256": files[k].source_sha256,
                    "run_id": files[k].run_id,
                    "pipeline_version": pipeline_version,
                }
            )
            if lang is None:
                continue
            tok.append((art.article_id, first + k, words, tags, positions))
            ents += [(art.article_id, e, first + k) for e in lang.entities]
            kws += [(art.article_id, kw, first + k) for kw in lang.keywords]
        deliveries = [
            {
                "issue_id": parsed.issue_id,
                "year": year,
                "paper": parsed.paper,
                "issue_date": parsed.issue_date,
                "page": part.page if part else None,
                "pages": list(part.pages) if part else list(parsed.pages),
                "source_file": f.source_file,
                "bytes": None if f.content is None else len(f.content),
                "content": f.content,
                "source_sha256": f.source_sha256,
                "run_id": f.run_id,
                "pipeline_version": pipeline_version,
            }
            for f, part in zip(files, parsed.parts if len(parsed.parts) == n_files else [None] * n_files, strict=True)
        ]
        self.issues.append(issue)
        self.articles += articles
        self.deliveries += deliveries
        for f in files:
            self.file_issue.append(parsed.issue_id)
            self.file_year.append(year)
            self.file_sha.append(f.source_sha256)
            self.file_run.append(f.run_id)
        for article_id, g, words, tags, positions in tok:
            self.tok_articles.append(article_id)
            self.tok_files.append(g)
            self.tok_counts.append(len(words))
            self.tok_positions.append(positions)
            self.tok_token.extend(words)
            self.tok_pos.extend(tags)
        ent_cols, kw_cols = self.ent_cols, self.kw_cols
        for article_id, e, g in ents:
            ent_cols["article_id"].append(article_id)
            ent_cols["entity"].append(e.entity)
            ent_cols["entity_type"].append(e.entity_type)
            ent_cols["role"].append(e.role)
            ent_cols["mentions"].append(e.mentions)
            ent_cols["canonical"].append(e.canonical or e.entity)
            ent_cols["parent"].append(e.parent)
            ent_cols["division_code"].append(e.division_code)
            ent_cols["_file"].append(g)
        for article_id, kw, g in kws:
            kw_cols["article_id"].append(article_id)
            kw_cols["keyword"].append(kw.keyword)
            kw_cols["weight"].append(kw.weight)
            kw_cols["rank"].append(kw.rank)
            kw_cols["_file"].append(g)

    def tables(self) -> dict[str, pa.Table]:
        """The issue tables of everything added, rows in the order the issues were added."""
        counts = np.array(self.tok_counts, dtype=np.int64)
        per_token = np.repeat(np.arange(len(counts)), counts)  # each token's article (index into tok_articles)
        tok_cols: dict[str, list | pa.Array] = {
            # Each article's id repeated over its tokens, as indices into the ids (no Python list of n strings).
            "article_id": pa.array(self.tok_articles, pa.string()).take(per_token),
            "position": _positions(self.tok_positions, counts),
            "token": self.tok_token,
            "pos": self.tok_pos,
        }
        ent_cols, kw_cols = dict(self.ent_cols), dict(self.kw_cols)
        by_file = {
            "issue_id": pa.array(self.file_issue, pa.string()),
            "year": pa.array(self.file_year, pa.int32()),
            "source_sha256": pa.array(self.file_sha, pa.string()),
            "run_id": pa.array(self.file_run, pa.string()),
        }
        token_files = np.array(self.tok_files, dtype=np.int64)[per_token]
        for cols, idx in ((tok_cols, token_files), (ent_cols, ent_cols.pop("_file")), (kw_cols, kw_cols.pop("_file"))):
            at = pa.array(idx, pa.int64())
            for name, values in by_file.items():
                cols[name] = values.take(at)
        constants = {"pipeline_version": self.pipeline_version}
        return {
            "issues": pa.Table.from_pylist(self.issues, schema=SCHEMAS["issues"]),
            "articles": pa.Table.from_pylist(self.articles, schema=SCHEMAS["articles"]),
            "tokens": _columns_table("tokens", tok_cols, constants),
            "entities": _columns_table("entities", ent_cols, constants),
            "keywords": _columns_table("keywords", kw_cols, constants),
            "deliveries": pa.Table.from_pylist(self.deliveries, schema=SCHEMAS["deliveries"]),
        }


def _token_columns(lang: ArticleLanguage | LanguageColumns) -> tuple[Sequence[str], Sequence[str], Sequence[int]]:
    """(words, tags, positions) of either form the language layer returns."""
    if isinstance(lang, ArticleLanguage):
        tokens = lang.tokens
        return [t.token for t in tokens], [t.pos for t in tokens], [t.position for t in tokens]
    return lang.words, lang.tags, range(len(lang.words))  # LanguageColumns


def _positions(per_article: list[Sequence[int]], counts: np.ndarray) -> pa.Array | list[int]:
    """The token positions of all articles; 0..n-1 per article computed in numpy when they are."""
    if all(isinstance(p, range) for p in per_article):
        starts = np.cumsum(counts) - counts
        return pa.array(np.arange(int(counts.sum()), dtype=np.int32) - np.repeat(starts, counts).astype(np.int32))
    return [i for p in per_article for i in p]


def _columns_table(name: str, columns: dict[str, list | pa.Array], constants: dict[str, object]) -> pa.Table:
    """A table of ``SCHEMAS[name]`` from per-row columns plus columns constant over the issue."""
    schema = SCHEMAS[name]
    n = len(columns["token" if name == "tokens" else "article_id"])
    arrays = []
    for f in schema:
        if f.name not in columns:
            arrays.append(pa.repeat(pa.scalar(constants[f.name], type=f.type), n))
        elif isinstance(columns[f.name], pa.Array):
            arrays.append(columns[f.name].cast(f.type))
        else:
            arrays.append(pa.array(columns[f.name], type=f.type))
    return pa.Table.from_arrays(arrays, schema=schema)


def concat(tables: list[dict[str, pa.Table]]) -> dict[str, pa.Table]:
    """One table per name from many ``issue_tables`` results (a worker's batch)."""
    out: dict[str, pa.Table] = {}
    for name in ISSUE_TABLES:
        parts = [t[name] for t in tables if name in t]
        out[name] = pa.concat_tables(parts) if parts else SCHEMAS[name].empty_table()
    return out


def with_quality_flags(articles: pa.Table, flags: Mapping[str, Sequence[str]]) -> pa.Table:
    """``articles`` with ``quality_flags`` set from the gate: article_id -> names of the checks
    that flagged it (``["headline_present"]``); articles not in ``flags`` get ``[]``."""
    i = articles.schema.get_field_index("quality_flags")
    ids = articles.column("article_id").to_pylist()
    values = pa.array([list(flags.get(a, ())) for a in ids], pa.list_(pa.string()))
    return articles.set_column(i, "quality_flags", values) if i >= 0 else articles.append_column("quality_flags", values)


def dq_table(rows: Iterable[dict]) -> pa.Table:
    """``dq_results`` rows (the gate's plain dicts) as a table of the lake's schema."""
    return pa.Table.from_pylist(list(rows), schema=SCHEMAS["dq_results"])


def _utc(value: object) -> object:
    """Naive datetimes are taken as UTC; strings in ISO format are parsed."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value


def event_table(rows: Iterable[dict], *, run_id: str, pipeline_version: str, now: dt.datetime) -> pa.Table:
    """``ingest_events`` rows from the flow's dicts; run, version and time filled when missing."""
    schema = SCHEMAS["ingest_events"]
    clean = []
    for row in rows:
        unknown = set(row) - set(schema.names)
        if unknown:
            raise ValueError(f"ingest_log row for {row.get('source_file')!r} has unknown keys {sorted(unknown)}")
        full = {"run_id": run_id, "pipeline_version": pipeline_version, "logged_at": now, **row}
        full["logged_at"] = _utc(full["logged_at"])
        clean.append(full)
    return pa.Table.from_pylist(clean, schema=schema)


def run_table(run_row: dict, *, run_id: str, pipeline_version: str, generation: int) -> pa.Table:
    """The single ``runs`` row; keys the schema doesn't know go into ``details`` as JSON."""
    schema = SCHEMAS["runs"]
    known = {k: v for k, v in run_row.items() if k in schema.names and k != "details"}
    extra = {k: v for k, v in run_row.items() if k not in schema.names or k == "details"}
    row = {"run_id": run_id, "pipeline_version": pipeline_version, **known, "generation": generation}
    for key in ("started_at", "finished_at"):
        if row.get(key) is not None:
            row[key] = _utc(row[key])
    row["details"] = json.dumps(extra, ensure_ascii=False, sort_keys=True, default=str) if extra else None
    return pa.Table.from_pylist([row], schema=schema)
