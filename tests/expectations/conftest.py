"""Small, good batches in the warehouse's Arrow shape; tests break one issue at a time."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest

PAPER = "liaoyuan-daily"
FIRST_DAY = dt.date(2021, 9, 6)
FIRST_NUMBER = 8353

# Real sentences from the 2021-09-06 sample issue, so the Chinese-share and length checks see
# newspaper text, not lorem ipsum.
PARAGRAPHS = (
    "本报讯(记者 王茵)9月3日上午,市委书记柴伟深入仙人河主城区段,针对中央生态环境保护督察组信访反馈问题整改工作进行实地调研、督导整改。",
    "他强调,要以群众诉求为导向,以群众满意为标准,持续推进环保问题整改,着力营造良好生态环境。",
    "市领导胡永为、徐晖、李鹏飞,龙山区政府、市直相关部门负责人参加调研。",
)
HEADLINES = ("以群众诉求为导向 以群众满意为标准 持续推进整改", "我市召开产业工人队伍建设改革推进会", "程宇深入一线检查督导整改落实情况")
CAPTION = "9月3日,市委书记柴伟深入仙人河主城区段进行实地调研、督导整改。"
TOKENS = (("本报讯", "n"), ("(", "x"), ("记者", "n"), ("王茵", "nr"), ("9", "m"), ("月", "m"), ("柴伟", "nr"), ("整改", "v"))


def issue_id(day: int) -> str:
    return f"{PAPER}-{(FIRST_DAY + dt.timedelta(days=day)).isoformat()}"


def make_batch(n_issues: int = 3, articles_per_issue: int = 3, first_day: int = 0) -> dict[str, list[dict]]:
    """Rows (dicts) per table for ``n_issues`` consecutive good issues; edit, then :func:`to_arrow`."""
    issues, articles, tokens, entities, keywords = [], [], [], [], []
    for d in range(first_day, first_day + n_issues):
        iid = issue_id(d)
        date = FIRST_DAY + dt.timedelta(days=d)
        body_chars = 0
        for a in range(1, articles_per_issue + 1):
            aid = f"{iid}-a{a:03d}"
            body = "\n".join(PARAGRAPHS)
            body_chars += len(body)
            articles.append({
                "article_id": aid, "issue_id": iid, "paper": PAPER, "issue_date": date, "year": date.year,
                "seq": a, "headline": HEADLINES[(a - 1) % len(HEADLINES)], "kicker": None, "subtitle": None,
                "byline": "本报讯(记者 王茵)", "authors": ["王茵"], "photographers": [], "genre": "news",
                "source_outlet": None, "captions": [CAPTION] if a == 1 else [], "continued_to": None,
                "continued_from": None, "body": body, "n_chars": len(body),
            })
            for pos, (tok, tag) in enumerate(TOKENS):
                tokens.append({"article_id": aid, "issue_id": iid, "position": pos, "token": tok, "pos": tag})
            entities.append({"article_id": aid, "issue_id": iid, "entity": "柴伟", "entity_type": "person",
                             "role": "市委书记", "mentions": 2})
            for rank, kw in enumerate(("整改", "仙人河", "督察"), start=1):
                keywords.append({"article_id": aid, "issue_id": iid, "keyword": kw, "weight": 1.0 / rank, "rank": rank})
        issues.append({
            "issue_id": iid, "paper": PAPER, "paper_name": "辽源日报", "issue_date": date, "year": date.year,
            "date_source": "masthead", "weekday": "星期一", "lunar_date": None,
            "issue_number": FIRST_NUMBER + d, "page_count": 4, "editor": "胡群诗雪", "encoding": "utf-8",
            "source_file": f"{iid}.txt", "source_sha256": "0" * 64,
            "chars_in": body_chars + 120, "chars_in_articles": body_chars, "chars_furniture": 100,
            "chars_duplicate": 20, "duplicates_dropped": 1, "n_articles": articles_per_issue,
            "run_id": "test-run", "pipeline_version": "0.1.0",
        })
    return {"issues": issues, "articles": articles, "tokens": tokens, "entities": entities, "keywords": keywords}


SCHEMAS = {
    "issues": pa.schema([
        ("issue_id", pa.string()), ("paper", pa.string()), ("paper_name", pa.string()),
        ("issue_date", pa.date32()), ("year", pa.int32()), ("date_source", pa.string()),
        ("weekday", pa.string()), ("lunar_date", pa.string()), ("issue_number", pa.int64()),
        ("page_count", pa.int32()), ("editor", pa.string()), ("encoding", pa.string()),
        ("source_file", pa.string()), ("source_sha256", pa.string()), ("chars_in", pa.int64()),
        ("chars_in_articles", pa.int64()), ("chars_furniture", pa.int64()), ("chars_duplicate", pa.int64()),
        ("duplicates_dropped", pa.int32()), ("n_articles", pa.int32()), ("run_id", pa.string()),
        ("pipeline_version", pa.string()),
    ]),
    "articles": pa.schema([
        ("article_id", pa.string()), ("issue_id", pa.string()), ("paper", pa.string()),
        ("issue_date", pa.date32()), ("year", pa.int32()), ("seq", pa.int32()), ("headline", pa.string()),
        ("kicker", pa.string()), ("subtitle", pa.string()), ("byline", pa.string()),
        ("authors", pa.list_(pa.string())), ("photographers", pa.list_(pa.string())), ("genre", pa.string()),
        ("source_outlet", pa.string()), ("captions", pa.list_(pa.string())), ("continued_to", pa.string()),
        ("continued_from", pa.string()), ("body", pa.string()), ("n_chars", pa.int32()),
    ]),
    "tokens": pa.schema([("article_id", pa.string()), ("issue_id", pa.string()), ("position", pa.int32()),
                         ("token", pa.string()), ("pos", pa.string())]),
    "entities": pa.schema([("article_id", pa.string()), ("issue_id", pa.string()), ("entity", pa.string()),
                           ("entity_type", pa.string()), ("role", pa.string()), ("mentions", pa.int32())]),
    "keywords": pa.schema([("article_id", pa.string()), ("issue_id", pa.string()), ("keyword", pa.string()),
                           ("weight", pa.float64()), ("rank", pa.int32())]),
}


def to_arrow(batch: dict[str, list[dict]]) -> dict[str, pa.Table]:
    return {name: pa.Table.from_pylist(rows, schema=SCHEMAS[name]) for name, rows in batch.items()}


def published(rows: list[dict]) -> pa.Table:
    cols = ("issue_id", "paper", "issue_date", "issue_number")
    schema = pa.schema([SCHEMAS["issues"].field(c) for c in cols])
    return pa.Table.from_pylist([{c: r[c] for c in cols} for r in rows], schema=schema)


NO_PUBLISHED = published([])


@pytest.fixture(scope="session")
def gate_factory(tmp_path_factory):
    """Build a Gate in a fresh tmp reports dir (GE import is slow; the context build is not)."""
    from expectations.gate import Gate, GateContext

    def build(published_issues=NO_PUBLISHED, trailing=None, today=dt.date(2021, 12, 31), run_id="run-1"):
        reports = tmp_path_factory.mktemp("reports")
        return Gate(reports, GateContext(run_id, today, published_issues, trailing or {}))

    return build
