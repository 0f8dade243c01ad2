"""The run's quality report: one self-contained HTML page, ``DATA/reports/<run_id>/index.html``.

Rendered from the gate's own results (its ``dq_results`` rows and the reviewed suites), with the
styles inline and no script, stylesheet, font or image from anywhere: newsrooms' networks are
often closed, and Great Expectations' Data Docs load Bootstrap, jQuery and bootstrap-table from
CDNs (offline, their index lists nothing). Plain functions, no Great Expectations import.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass

from expectations.suites import CRITICAL, FLAG, SPECS, SPECS_BY_NAME, WARNING

LEVEL_WORDS = {
    CRITICAL: "critical — holds the issue back",
    FLAG: "flag — the article is published with quality_flags",
    WARNING: "warning — recorded, published",
}

STYLE = """
body { font: 14px/1.45 system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
       margin: 2em auto; max-width: 72em; padding: 0 1em; color: #222; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ccc; }
h3 { font-size: 1.05em; margin-top: 1.5em; }
table { border-collapse: collapse; width: 100%; margin: .5em 0; }
th, td { text-align: left; vertical-align: top; padding: .3em .6em; border-bottom: 1px solid #eee; }
th { background: #f5f5f5; }
.pass { color: #1a7f37; } .fail { color: #b42318; font-weight: bold; } .warn { color: #9a6700; }
.flag { color: #8250df; } .muted { color: #666; } code { font-size: .95em; }
ul.index { columns: 2; } .counts td { font-size: 1.1em; }
"""


@dataclass(frozen=True)
class Validation:
    """One table checked in one ``Gate.validate`` call."""

    number: int  # 1-based, the validate() call
    table: str
    rows: int  # rows of the validated frame
    checked_at: dt.datetime

    @property
    def anchor(self) -> str:
        return f"v{self.number}-{self.table}"


def render(run_id: str, validations: Sequence[Validation], dq_rows: Sequence[dict]) -> str:
    """The report page of one run."""
    e = html.escape
    failing = [r for r in dq_rows if not r["success"] and (r["issue_id"] or r["article_id"])]
    held = sorted({r["issue_id"] for r in failing if r["level"] == CRITICAL})
    flagged = sorted({r["article_id"] for r in failing if r["level"] == FLAG})
    warned = [r for r in failing if r["level"] == WARNING]
    out = [
        "<!doctype html>",
        '<html lang="zh-Hans"><head><meta charset="utf-8">',
        f"<title>baozhi quality report — {e(run_id)}</title>",
        f"<style>{STYLE}</style></head><body>",
        f"<h1>Quality report of run <code>{e(run_id)}</code></h1>",
        f'<p class="muted">{len(validations)} validations of {len({v.number for v in validations})} '
        f"batch(es); written {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC by baozhi. Every result is "
        "also in the warehouse's <code>dq_results</code> table.</p>",
        '<table class="counts"><tr>'
        f'<td class="{"fail" if held else "pass"}">{len(held)} issue(s) held back</td>'
        f'<td class="{"flag" if flagged else "pass"}">{len(flagged)} article(s) flagged</td>'
        f'<td class="{"warn" if warned else "pass"}">{len(warned)} warning(s)</td></tr></table>',
    ]
    out += _failures("Held back (critical)", "fail", [r for r in failing if r["level"] == CRITICAL], "issue_id")
    out += _failures("Flagged articles", "flag", [r for r in failing if r["level"] == FLAG], "article_id")
    out += _failures("Warnings", "warn", warned, "issue_id")
    out += ["<h2>Validations</h2>", '<ul class="index">']
    out += [f'<li><a href="#{v.anchor}">validation {v.number}: {e(v.table)}</a> ({v.rows} rows)</li>'
            for v in validations]
    out += ["</ul>"]
    for v in validations:
        out += _validation(v, [r for r in dq_rows if _in(r, v) and r["issue_id"] is None and r["article_id"] is None])
    out += ["<h2>The expectations</h2>", "<table><tr><th>table</th><th>expectation</th><th>level</th>"
            "<th>rule</th><th>why</th></tr>"]
    for s in SPECS:
        rule = ", ".join(f"{k}={v!r}" for k, v in s.kwargs.items() if k != "value_set" or len(v) < 8)
        out.append(f"<tr><td>{e(s.table)}</td><td><code>{e(s.name)}</code></td><td>{e(s.level)}</td>"
                   f"<td><code>{e(s.type)}</code> {e(rule)}</td><td>{e(s.why)}</td></tr>")
    out += ["</table>", "</body></html>"]
    return "\n".join(out) + "\n"


def _in(row: dict, v: Validation) -> bool:
    return row["table_name"] == v.table and row["checked_at"] == v.checked_at


def _failures(title: str, css: str, rows: Sequence[dict], key: str) -> list[str]:
    if not rows:
        return []
    e = html.escape
    out = [f"<h2>{e(title)}</h2>", f"<table><tr><th>{e(key)}</th><th>expectation</th><th>observed</th></tr>"]
    for r in sorted(rows, key=lambda r: (r[key] or "", r["expectation"])):
        out.append(f'<tr><td><code>{e(r[key] or "")}</code></td><td class="{css}">{e(r["expectation"])}</td>'
                   f"<td>{e(r['observed_value'])}</td></tr>")
    return out + ["</table>"]


def _validation(v: Validation, summaries: Sequence[dict]) -> list[str]:
    e = html.escape
    out = [f'<h3 id="{v.anchor}">Validation {v.number}: <code>{e(v.table)}</code>, {v.rows} rows, '
           f"{v.checked_at:%H:%M:%S} UTC</h3>",
           "<table><tr><th>expectation</th><th>level</th><th>result</th><th>observed</th></tr>"]
    for r in summaries:
        spec = SPECS_BY_NAME.get(r["expectation"])
        level = spec.level if spec else r["level"]
        result = "passed" if r["success"] else {CRITICAL: "failed", FLAG: "flagged", WARNING: "warned"}[level]
        css = "pass" if r["success"] else {CRITICAL: "fail", FLAG: "flag", WARNING: "warn"}[level]
        out.append(f'<tr><td><code>{e(r["expectation"])}</code></td><td title="{e(LEVEL_WORDS[level])}">'
                   f'{e(level)}</td><td class="{css}">{result}</td><td>{e(r["observed_value"])}</td></tr>')
    return out + ["</table>"]
