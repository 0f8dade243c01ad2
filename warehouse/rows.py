"""Parsed issues to Arrow tables: pure conversion, runs in worker processes, no I/O."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable

import pyarrow as pa

from transforms.model import ArticleLanguage, ParsedIssue
from warehouse.schema import ISSUE_TABLES, SCHEMAS, conform


def issue_tables(
    parsed: ParsedIssue,
    language: list[ArticleLanguage],
    *,
    source_file: str,
    source_sha256: str,
    run_id: str,
    pipeline_version: str,
) -> dict[str, pa.Table]:
    """The five issue tables for one parsed issue, with fixed schemas.

    ``loaded_at`` is left null here (a pure function has no clock); the transaction stamps it.
    """
    year = parsed.issue_date.year if parsed.issue_date else None
    lineage = {"source_sha256": source_sha256, "run_id": run_id, "pipeline_version": pipeline_version}
    by_article = {lang.article_id: lang for lang in language}
    acc = parsed.accounting
    issues = [
        {
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
            "source_file": source_file,
            "chars_in": acc.chars_in,
            "chars_in_articles": acc.chars_in_articles,
            "chars_furniture": acc.chars_furniture,
            "chars_duplicate": acc.chars_duplicate,
            "duplicates_dropped": parsed.duplicates_dropped,
            "n_articles": len(parsed.articles),
            "loaded_at": None,
            **lineage,
        }
    ]
    articles, tokens, entities, keywords = [], [], [], []
    for art in parsed.articles:
        lang = by_article.get(art.article_id)
        keys = {"article_id": art.article_id, "issue_id": parsed.issue_id, "year": year}
        articles.append(
            {
                **keys,
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
                "n_tokens": len(lang.tokens) if lang else 0,
                **lineage,
            }
        )
        if lang is None:
            continue
        for t in lang.tokens:
            tokens.append({**keys, "position": t.position, "token": t.token, "pos": t.pos, **lineage})
        for e in lang.entities:
            entities.append(
                {**keys, "entity": e.entity, "entity_type": e.entity_type, "role": e.role,
                 "mentions": e.mentions, **lineage}
            )
        for k in lang.keywords:
            keywords.append({**keys, "keyword": k.keyword, "weight": k.weight, "rank": k.rank, **lineage})
    rows = {"issues": issues, "articles": articles, "tokens": tokens, "entities": entities, "keywords": keywords}
    return {name: pa.Table.from_pylist(rows[name], schema=SCHEMAS[name]) for name in ISSUE_TABLES}


def concat(tables: list[dict[str, pa.Table]]) -> dict[str, pa.Table]:
    """One table per name from many ``issue_tables`` results (a worker's batch)."""
    out: dict[str, pa.Table] = {}
    for name in ISSUE_TABLES:
        parts = [t[name] for t in tables if name in t]
        out[name] = pa.concat_tables(parts) if parts else SCHEMAS[name].empty_table()
    return out


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
