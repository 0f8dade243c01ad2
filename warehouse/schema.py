"""Arrow schemas of every lake table: the one definition rows, store and catalog agree on.

The column comments live in the ``.sql`` files (``warehouse/sql/tables``); this module only
fixes names, types and order so that every Parquet file of a table has the same schema.
"""

from __future__ import annotations

import pyarrow as pa

from transforms.model import PARSED_TABLES

_LINEAGE = [
    ("source_sha256", pa.string()),
    ("run_id", pa.string()),
    ("pipeline_version", pa.string()),
]

_UTC = pa.timestamp("us", tz="UTC")

SCHEMAS: dict[str, pa.Schema] = {
    "issues": pa.schema(
        [
            ("issue_id", pa.string()),
            ("paper", pa.string()),
            ("paper_name", pa.string()),
            ("issue_date", pa.date32()),
            ("year", pa.int32()),
            ("date_source", pa.string()),
            ("weekday", pa.string()),
            ("lunar_date", pa.string()),
            ("issue_number", pa.int32()),
            ("page_count", pa.int32()),
            ("editor", pa.string()),
            ("encoding", pa.string()),
            ("source_file", pa.string()),
            ("source_sha256", pa.string()),
            ("chars_in", pa.int64()),
            ("chars_in_articles", pa.int64()),
            ("chars_furniture", pa.int64()),
            ("chars_duplicate", pa.int64()),
            ("duplicates_dropped", pa.int32()),
            ("n_articles", pa.int32()),
            ("edition", pa.string()),
            ("pages", pa.list_(pa.string())),  # pages received (page files, or sections of one file)
            ("pages_missing", pa.list_(pa.string())),  # pages 今日N版 announces that were not received
            ("n_files", pa.int32()),  # delivered files the issue was assembled from
            ("run_id", pa.string()),
            ("pipeline_version", pa.string()),
            ("loaded_at", _UTC),
        ]
    ),
    "articles": pa.schema(
        [
            ("article_id", pa.string()),
            ("issue_id", pa.string()),
            ("paper", pa.string()),
            ("issue_date", pa.date32()),
            ("year", pa.int32()),
            ("seq", pa.int32()),
            ("headline", pa.string()),
            ("kicker", pa.string()),
            ("subtitle", pa.string()),
            ("byline", pa.string()),
            ("authors", pa.list_(pa.string())),
            ("photographers", pa.list_(pa.string())),
            ("genre", pa.string()),
            ("source_outlet", pa.string()),
            ("captions", pa.list_(pa.string())),
            ("continued_to", pa.string()),
            ("continued_from", pa.string()),
            ("body", pa.string()),
            ("n_chars", pa.int32()),
            ("n_tokens", pa.int32()),  # added for BM25's document length; see rows.py
            ("quality_flags", pa.list_(pa.string())),  # flag-level checks the article failed; [] = none
            ("page", pa.string()),
            ("pages", pa.list_(pa.string())),
            *_LINEAGE,
        ]
    ),
    "tokens": pa.schema(
        [
            ("article_id", pa.string()),
            ("issue_id", pa.string()),
            ("year", pa.int32()),
            ("position", pa.int32()),
            ("token", pa.string()),
            ("pos", pa.string()),
            *_LINEAGE,
        ]
    ),
    "entities": pa.schema(
        [
            ("article_id", pa.string()),
            ("issue_id", pa.string()),
            ("year", pa.int32()),
            ("entity", pa.string()),
            ("entity_type", pa.string()),
            ("role", pa.string()),
            ("mentions", pa.int32()),
            ("canonical", pa.string()),
            ("parent", pa.string()),
            ("division_code", pa.string()),
            *_LINEAGE,
        ]
    ),
    "keywords": pa.schema(
        [
            ("article_id", pa.string()),
            ("issue_id", pa.string()),
            ("year", pa.int32()),
            ("keyword", pa.string()),
            ("weight", pa.float64()),
            ("rank", pa.int32()),
            *_LINEAGE,
        ]
    ),
    # The files each live issue was assembled from, with their bytes: a page arriving on a later
    # night is assembled again with the pages before it (and stitched to them).
    "deliveries": pa.schema(
        [
            ("issue_id", pa.string()),
            ("year", pa.int32()),
            ("paper", pa.string()),
            ("issue_date", pa.date32()),
            ("page", pa.string()),
            ("pages", pa.list_(pa.string())),
            ("source_file", pa.string()),
            ("bytes", pa.int64()),
            ("content", pa.binary()),
            *_LINEAGE,
        ]
    ),
    # Append-only logs: one small file per run, compacted when there are many.
    "ingest_events": pa.schema(
        [
            ("source_file", pa.string()),
            ("source_sha256", pa.string()),
            ("bytes", pa.int64()),
            ("status", pa.string()),
            ("reason", pa.string()),
            ("issue_id", pa.string()),
            ("run_id", pa.string()),
            ("pipeline_version", pa.string()),
            ("logged_at", _UTC),
        ]
    ),
    "runs": pa.schema(
        [
            ("run_id", pa.string()),
            ("pipeline_version", pa.string()),
            ("status", pa.string()),
            ("started_at", _UTC),
            ("finished_at", _UTC),
            ("files_seen", pa.int64()),
            ("files_new", pa.int64()),
            ("files_loaded", pa.int64()),
            ("files_duplicate", pa.int64()),
            ("files_skipped", pa.int64()),
            ("files_quarantined", pa.int64()),
            ("files_failed", pa.int64()),
            ("issues_loaded", pa.int64()),
            ("issues_replaced", pa.int64()),
            ("articles_loaded", pa.int64()),
            ("articles_flagged", pa.int64()),
            ("landing", pa.string()),  # the landing folder the run read
            ("generation", pa.int64()),
            ("details", pa.string()),  # JSON of any other keys the flow put in its run row
        ]
    ),
    "dq_results": pa.schema(
        [
            ("run_id", pa.string()),
            ("table_name", pa.string()),
            ("expectation", pa.string()),
            ("level", pa.string()),  # critical, flag or warning (expectations/suites.py)
            ("critical", pa.bool_()),
            ("success", pa.bool_()),
            ("observed_value", pa.string()),
            ("issue_id", pa.string()),
            ("article_id", pa.string()),  # the flagged article, for flag-level failures
            ("checked_at", _UTC),
        ]
    ),
    # Term statistics for TF-IDF and BM25: articles containing each token.
    "doc_freq": pa.schema([("token", pa.string()), ("df", pa.int64())]),
}

# Tables keyed by issue: hive-partitioned by year, replaced issue by issue. The parsed tables
# (transforms.model.PARSED_TABLES, the ones the gate checks) and the files each issue came from.
ISSUE_TABLES = (*PARSED_TABLES, "deliveries")
# Tables that only grow: one file per run, no year partition.
LOG_TABLES = ("ingest_events", "runs", "dq_results")
STATS_TABLES = ("doc_freq",)


def conform(table_name: str, table: pa.Table) -> pa.Table:
    """``table`` with exactly the columns of ``table_name``'s schema, in order and cast.

    Missing columns become nulls, so a caller may leave optional ones out.
    """
    schema = SCHEMAS[table_name]
    columns = []
    for field in schema:
        if field.name in table.column_names:
            columns.append(table.column(field.name).cast(field.type))
        else:
            columns.append(pa.nulls(table.num_rows, field.type))
    return pa.Table.from_arrays(columns, schema=schema)
