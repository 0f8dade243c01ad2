"""How long the gate takes: ``python -m expectations.bench [--issues 25 200] [--batches 4]``.

Builds synthetic batches shaped like the warehouse tables (20 articles per issue, bodies made of
the bundled sample issues' paragraphs, ~700 tokens per article) and times Gate construction,
``validate`` per batch size, and ``write_report`` after the run. A command, not a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from pathlib import Path

import pyarrow as pa

from baozhi.settings import BUNDLED_SAMPLES

PAPER = "bench-daily"
TAGS = ("n", "v", "x", "m", "nr", "ns", "uj", "d", "p", "vn")


def _paragraphs() -> list[str]:
    out = []
    for path in sorted(BUNDLED_SAMPLES.rglob("*.txt")):
        out += [p.strip() for p in path.read_text(encoding="utf-8").split("\n") if len(p.strip()) > 40]
    return list(dict.fromkeys(out))  # the samples hold extraction duplicates; the gate would (rightly) flag them


def synthetic_batch(n_issues: int, first_day: int, articles_per_issue: int = 20, tokens_per_article: int = 700):
    paragraphs = _paragraphs()
    issues, articles, tokens, entities, keywords = [], [], [], [], []
    start = dt.date(2015, 1, 1)
    for d in range(first_day, first_day + n_issues):
        date = start + dt.timedelta(days=d)
        iid = f"{PAPER}-{date.isoformat()}"
        chars = 0
        for a in range(1, articles_per_issue + 1):
            aid = f"{iid}-a{a:03d}"
            body = "\n".join(paragraphs[(d * 7 + a * 3 + k) % len(paragraphs)] for k in range(3))
            chars += len(body)
            articles.append({"article_id": aid, "issue_id": iid, "headline": "市委书记率队赴绍兴学习考察", "body": body,
                             "genre": "news", "captions": []})
            tokens.append({"article_id": [aid] * tokens_per_article, "issue_id": [iid] * tokens_per_article,
                           "token": [body[i % len(body)] for i in range(tokens_per_article)],
                           "pos": [TAGS[i % len(TAGS)] for i in range(tokens_per_article)]})
            entities += [{"article_id": aid, "issue_id": iid, "entity": "柴伟", "entity_type": "person"}] * 5
            keywords += [{"article_id": aid, "issue_id": iid, "keyword": f"关键词{k}"} for k in range(10)]
        issues.append({"issue_id": iid, "paper": PAPER, "issue_date": date, "date_source": "masthead",
                       "issue_number": 5000 + d, "page_count": 8, "chars_in": chars, "chars_in_articles": chars,
                       "chars_furniture": 0, "chars_duplicate": 0, "n_articles": articles_per_issue})
    token_table = pa.table({c: [v for t in tokens for v in t[c]] for c in ("article_id", "issue_id", "token", "pos")})
    return {
        "issues": pa.Table.from_pylist(issues, schema=pa.schema([
            ("issue_id", pa.string()), ("paper", pa.string()), ("issue_date", pa.date32()),
            ("date_source", pa.string()), ("issue_number", pa.int64()), ("page_count", pa.int32()),
            ("chars_in", pa.int64()), ("chars_in_articles", pa.int64()), ("chars_furniture", pa.int64()),
            ("chars_duplicate", pa.int64()), ("n_articles", pa.int32())])),
        "articles": pa.Table.from_pylist(articles),
        "tokens": token_table,
        "entities": pa.Table.from_pylist(entities),
        "keywords": pa.Table.from_pylist(keywords),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--issues", type=int, nargs="+", default=[25, 200], help="batch sizes to time")
    parser.add_argument("--batches", type=int, default=3, help="batches per size")
    args = parser.parse_args()

    t0 = time.perf_counter()
    from expectations.gate import Gate, GateContext
    t_import = time.perf_counter() - t0

    with tempfile.TemporaryDirectory() as tmp:
        empty = pa.table({"issue_id": pa.array([], pa.string()), "paper": pa.array([], pa.string()),
                          "issue_date": pa.array([], pa.date32()), "issue_number": pa.array([], pa.int64())})
        t0 = time.perf_counter()
        gate = Gate(Path(tmp), GateContext("bench", dt.date.today(), empty, {PAPER: [20] * 30}))
        print(f"import great_expectations + gate modules: {t_import:.2f}s; Gate(): {time.perf_counter() - t0:.2f}s")
        day = 0
        n_validations = 0
        for size in args.issues:
            times = []
            for _ in range(args.batches):
                tables = synthetic_batch(size, day)
                day += size
                t0 = time.perf_counter()
                result = gate.validate(tables)
                times.append(time.perf_counter() - t0)
                n_validations += 1
                assert not result.failed_issues, result.failed_issues
            rows = {k: v.num_rows for k, v in tables.items()}
            print(f"validate {size:>4} issues ({rows}): "
                  f"{min(times):.2f}s best, {sum(times) / len(times):.2f}s mean, "
                  f"{1000 * min(times) / size:.1f} ms/issue")
        t0 = time.perf_counter()
        index = gate.write_report()
        print(f"write_report after {n_validations} validate() calls: {time.perf_counter() - t0:.2f}s -> {index.name}")


if __name__ == "__main__":
    main()
