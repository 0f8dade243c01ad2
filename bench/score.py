"""Score the parser against gold files: the figures ``baozhi eval`` prints.

Metrics, summed over a set of files (every count is kept, so a summary is exact):

- **headline F1**: kicker, title and subtitle scored as separate fields. Gold and parsed
  articles are paired by title (then by where the body starts); a field is a true positive
  when the pair agrees, a false negative when the gold has it and the parse does not, a false
  positive when the parse has a value the gold does not accept. ``heading F1`` is stricter: the
  whole (kicker, title, subtitle) triple must match.
- **body starts**: share of gold articles whose parsed body starts with the gold's first words;
- **duplicates left**: extra copies of text the extraction printed twice (0 is right);
- **captions in bodies**: photo captions of the gold read into a body paragraph, each time (0 is
  right): extraction prints a caption with its photo and often again in the column's flow, and a
  copy read as text lands in a body without costing any other figure (``_caption_key``);
- **joins**: share of text across a column split or a wedged heading that stands in one parsed paragraph
  (or, where the gold puts it in an article's byline and first paragraph, in a parsed article's
  byline run into its first paragraph);
- **furniture in bodies**: furniture strings found in an article's headings or body (0 is right);
- **content kept**: share of the gold's text (clauses of 4+ ideographs) found in some article;
- **masthead fields**: issue fields the gold gives, compared exactly;
- **other fields**: byline, authors, captions, genre and the rest the gold gives, per article.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from bench.gold import Case, flat, input_lines
from bench.pieces import deck_size
from transforms.model import Accounting, Article, ParsedIssue, Rejection
from transforms.parse import parse_issue

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_CLAUSE_END = re.compile(r"[。！？；，：、!?;,:]")
# Markers that become article fields, not body text: "（下转第二版）", "转载自《光明日报》".
_MARKER = re.compile(r"[（(](?:下转|上接|紧接|接|转)[^（）()]{1,8}[）)]|^[（(]?(?:转载自|转自|来源[：:]).*$")
_SIGNATURE = re.compile(r"[（(][^（）()]{1,12}[）)]$")
HEADING_FIELDS = ("kicker", "headline", "subtitle")
ISSUE_FIELDS = ("paper", "issue_date", "date_source", "weekday", "lunar_date", "issue_number", "page_count", "editor", "encoding")
OTHER_FIELDS = ("byline", "authors", "photographers", "genre", "source_outlet", "captions", "continued_to", "continued_from", "body_last")
MIN_CLAUSE = 4
MIN_FURNITURE_SUBSTRING = 6
# A caption's key: its piece of this many characters nearest its middle (a shorter caption whole).
CAPTION_KEY = 16
MIN_CAPTION_KEY = 6
# A credit printed on its caption's line is no longer than this: "人民日报记者 某某某 摄（人民视觉）".
CREDIT_ROOM = 20


@dataclass
class Score:
    files: int = 0
    field_tp: int = 0
    field_fp: int = 0
    field_fn: int = 0
    head_tp: int = 0
    head_pred: int = 0
    head_exp: int = 0
    starts: int = 0
    starts_ok: int = 0
    dup_left: int = 0
    dup_missing: int = 0
    captions_in_bodies: int = 0
    joins: int = 0
    joined: int = 0
    furniture_hits: int = 0
    content: int = 0
    kept: int = 0
    issue_fields: int = 0
    issue_ok: int = 0
    fields: int = 0
    fields_ok: int = 0
    by_field: Counter = field(default_factory=Counter)  # "kicker fp" -> count
    notes: list[str] = field(default_factory=list)

    @staticmethod
    def _f1(tp: int, pred: int, exp: int) -> float:
        p = tp / pred if pred else 1.0
        r = tp / exp if exp else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def headline_f1(self) -> float:
        return self._f1(self.field_tp, self.field_tp + self.field_fp, self.field_tp + self.field_fn)

    @property
    def heading_f1(self) -> float:
        return self._f1(self.head_tp, self.head_pred, self.head_exp)

    @staticmethod
    def _share(ok: int, n: int) -> float:
        return ok / n if n else 1.0

    @property
    def body_starts(self) -> float:
        return self._share(self.starts_ok, self.starts)

    @property
    def joined_share(self) -> float:
        return self._share(self.joined, self.joins)

    @property
    def content_kept(self) -> float:
        return self._share(self.kept, self.content)

    def figures(self) -> dict:
        return {
            "files": self.files,
            "headline_f1": round(self.headline_f1, 4),
            "heading_f1": round(self.heading_f1, 4),
            "body_starts": [self.starts_ok, self.starts],
            "duplicates_left": self.dup_left,
            "duplicates_missing": self.dup_missing,
            "captions_in_bodies": self.captions_in_bodies,
            "joins": [self.joined, self.joins],
            "furniture_in_bodies": self.furniture_hits,
            "content_kept": round(self.content_kept, 4),
            "masthead_fields": [self.issue_ok, self.issue_fields],
            "other_fields": [self.fields_ok, self.fields],
            "heading_errors": dict(sorted(self.by_field.items())),
        }

    def summary(self) -> str:
        return (
            f"{self.files} files: headline F1 {self.headline_f1:.3f} (fields; whole headings {self.heading_f1:.3f}); "
            f"body starts {self.starts_ok}/{self.starts}; duplicates left {self.dup_left} (missing {self.dup_missing}); "
            f"captions in bodies {self.captions_in_bodies}; "
            f"joins {self.joined}/{self.joins} ({self.joined_share:.3f}); furniture in bodies {self.furniture_hits}; "
            f"content kept {self.content_kept:.4f}; masthead fields {self.issue_ok}/{self.issue_fields}; "
            f"other fields {self.fields_ok}/{self.fields}"
        )


def _cjk(text: str) -> str:
    return "".join(_CJK.findall(unicodedata.normalize("NFKC", text)))


def _all_text(a: Article) -> str:
    return "\n".join([a.kicker or "", a.headline, a.subtitle or "", a.byline or "", *a.paragraphs, *a.captions])


def _allowed(gold: dict, key: str) -> list:
    return [gold.get(key), *gold.get("_also_ok", {}).get(key, [])]


def _pair(expected: list[dict], issue: ParsedIssue) -> list[Article | None]:
    """The parsed article for each gold article: same title, else the same body start."""
    free = list(issue.articles)
    pairs: list[Article | None] = [None] * len(expected)
    for i, e in enumerate(expected):
        titles = {flat(t) for t in _allowed(e, "headline") if t}
        hit = next((a for a in free if a.headline and flat(a.headline) in titles), None)
        if hit is not None:
            pairs[i] = hit
            free.remove(hit)
    for i, e in enumerate(expected):
        if pairs[i] is None and e.get("body_first"):
            hit = next((a for a in free if flat(a.body).startswith(flat(e["body_first"]))), None)
            if hit is not None:
                pairs[i] = hit
                free.remove(hit)
    return pairs


def _score_headings(name: str, expected: list[dict], pairs: list[Article | None], issue: ParsedIssue, s: Score) -> None:
    for e, a in zip(expected, pairs):
        for key in HEADING_FIELDS:
            want = {flat(v) for v in _allowed(e, key) if v}
            optional = None in _allowed(e, key) or "" in _allowed(e, key)
            got = flat(getattr(a, key)) if a is not None and getattr(a, key) else ""
            if got and got in want:
                s.field_tp += 1
            elif got and not (want or optional):
                s.field_fp += 1
                s.by_field[f"{key} fp"] += 1
                s.notes.append(f"{name}: unexpected {key} {getattr(a, key)!r} (gold: {e.get('headline')!r})")
            elif got:
                s.field_fp += 1
                s.field_fn += bool(want) and not optional
                s.by_field[f"{key} wrong"] += 1
                s.notes.append(f"{name}: {key} {getattr(a, key)!r}, gold {e.get(key)!r}")
            elif want and not optional:
                s.field_fn += 1
                s.by_field[f"{key} fn"] += 1
                s.notes.append(f"{name}: {key} {e.get(key)!r} missed" + ("" if a else " (no such article)"))
    for a in issue.articles:
        if a not in pairs:
            for key in HEADING_FIELDS:
                if getattr(a, key):
                    s.field_fp += 1
                    s.by_field[f"{key} fp"] += 1
            s.notes.append(f"{name}: unexpected article {a.kicker!r} / {a.headline!r} / {a.subtitle!r}: {a.body[:30]!r}")
    # Whole headings: the (kicker, title, subtitle) triple as a multiset.
    triple = lambda k, h, t: (flat(k), flat(h), flat(t))  # noqa: E731
    exp = [triple(e.get("kicker"), e.get("headline"), e.get("subtitle")) for e in expected if e.get("headline")]
    pred = Counter(triple(a.kicker, a.headline, a.subtitle) for a in issue.articles if a.headline)
    s.head_exp += len(exp)
    s.head_pred += sum(pred.values())
    for t in exp:
        if pred[t] > 0:
            pred[t] -= 1
            s.head_tp += 1


def _field_ok(key: str, want: object, a: Article) -> bool:
    if key == "body_last":
        body = flat(a.body)
        return body.endswith(flat(str(want))) or _SIGNATURE.sub("", body).endswith(flat(str(want)))
    if key == "captions":
        got = [flat(c) for c in a.captions]
        return all(any(flat(w) in g for g in got) for w in want) and (bool(want) or not got)  # type: ignore[union-attr]
    got = getattr(a, key)
    if isinstance(want, list):
        return [flat(x) for x in got] == [flat(x) for x in want]
    if isinstance(want, str) and isinstance(got, str):
        return flat(got) == flat(want)
    return got == want


def _score_articles(name: str, expected: list[dict], pairs: list[Article | None], s: Score) -> None:
    for e, a in zip(expected, pairs):
        label = e.get("headline") or f"(headless) {e.get('body_first')}"
        if "body_first" in e:
            s.starts += 1
            if a is not None and any(flat(a.body).startswith(flat(v)) for v in _allowed(e, "body_first") if v is not None):
                s.starts_ok += 1
            else:
                s.notes.append(f"{name}: {label}: body starts {a.body[:20] if a else None!r}, gold {e['body_first']!r}")
        for key in OTHER_FIELDS:
            if key not in e:
                continue
            s.fields += 1
            if a is not None and any(_field_ok(key, v, a) for v in _allowed(e, key)):
                s.fields_ok += 1
            elif a is not None:
                got = a.body[-20:] if key == "body_last" else getattr(a, key)
                s.notes.append(f"{name}: {label}: {key} {got!r}, gold {e[key]!r}")


def _score_text(case: Case, issue: ParsedIssue, s: Score) -> None:
    gold = case.gold
    bodies = [(a, flat("\n".join([a.kicker or "", a.headline, a.subtitle or "", *a.paragraphs]))) for a in issue.articles]
    lines = [(a, [x for x in (a.kicker, a.headline, a.subtitle, *a.paragraphs) if x]) for a in issue.articles]
    for f in gold.get("furniture", []):
        if len(flat(f)) < MIN_FURNITURE_SUBSTRING:
            # "人民日报" or a page's section "科技" alone is furniture, but the words also open
            # sentences and titles ("科技部七司负责同志表示…", "法治护航…"): a short furniture string
            # counts where a heading or paragraph is it, or opens with it and a space ("科技 第19版").
            hits = [a.headline for a, ls in lines if any(_opens_with(x, f) for x in ls)]
        else:
            hits = [a.headline for a, b in bodies if flat(f) in b]
        s.furniture_hits += len(hits)
        if hits:
            s.notes.append(f"{case.name}: furniture {f!r} inside {hits}")
    # Counted paragraph by paragraph: flat text run together would match a marker across two
    # paragraphs ("…。" closing one story, "虽然…" opening the next).
    paragraphs_flat = [flat(p) for a in issue.articles for p in a.paragraphs]
    for d in gold.get("duplicates", []):
        n = sum(p.count(flat(d)) for p in paragraphs_flat)
        s.dup_left += max(0, n - 1)
        s.dup_missing += n == 0
        if n != 1:
            s.notes.append(f"{case.name}: printed-twice {d!r} left {n} times")
    for caption, key in _caption_keys(gold, [flat(x) for x in input_lines(case.data)]).items():
        n = sum(p.count(key) for p in paragraphs_flat)
        s.captions_in_bodies += n
        if n:
            s.notes.append(f"{case.name}: caption {caption!r} read into a body {n} times")
    paragraphs = [flat(p) for a in issue.articles for p in a.paragraphs]
    leads = [_lead(a.byline, a.paragraphs) for a in issue.articles if a.byline]
    for j in gold.get("joins", []):
        s.joins += 1
        if any(flat(j) in p for p in paragraphs) or (_in_lead(gold, j) and any(flat(j) in x for x in leads)):
            s.joined += 1
        else:
            s.notes.append(f"{case.name}: split not joined: {j!r}")
    articles = [_cjk(_all_text(a)) for a in issue.articles]
    for clause in _gold_clauses(case):
        c = _cjk(clause)
        s.content += len(c)
        if any(c in a for a in articles):
            s.kept += len(c)
        else:
            s.notes.append(f"{case.name}: content lost: {clause.strip()!r}")


def _caption_keys(gold: dict, lines: list[str]) -> dict[str, str]:
    """Each gold caption's key (``_caption_key``), by caption; a caption with no key is left out.
    ``lines``: the file's lines, flat. The bodies the key must not be printed in are the gold's
    paragraphs, or, when the gold gives none (the samples' goldens), the lines that print the
    caption and more than a credit besides ("…《千里江山图》高清打样稿。在位于…")."""
    articles = gold["articles"]
    text = "".join(lines)
    given = all("paragraphs" in a for a in articles)
    paragraphs = [flat(p) for a in articles for p in a["paragraphs"]] if given else []
    keys = {}
    for caption in dict.fromkeys(c for a in articles for c in a.get("captions", ())):
        c = flat(caption)
        bodies = paragraphs if given else [x for x in lines if c in x and len(x) > len(c) + CREDIT_ROOM]
        keys[caption] = _caption_key(c, text, bodies)
    return {c: k for c, k in keys.items() if k}


def _caption_key(caption: str, text: str, bodies: list[str]) -> str | None:
    """The piece of a caption (flat) that the file (``text``, flat) prints only where it prints
    the caption and that no body paragraph of the gold prints: the ``CAPTION_KEY`` characters
    nearest its middle, or the caption whole when shorter. A body may say what its photo's
    caption says: "5月27日至30日，市委书记柴伟率…考察。图为柴伟率队考察…" over a lead opening
    "5月27日至30日，市委书记柴伟率…" (the key is a piece with "图为"), "…正凝视着24米长的《千里江山图》
    高清打样稿。在位于…" under the caption "《千里江山图》高清打样稿。" (no key: the body prints it whole)."""
    times = text.count(caption)
    size = min(CAPTION_KEY, len(caption))
    if not times or size < MIN_CAPTION_KEY:
        return None  # not printed as the gold gives it, or too short to tell
    mid = (len(caption) - size) // 2
    for start in sorted(range(len(caption) - size + 1), key=lambda x: abs(x - mid)):
        piece = caption[start : start + size]
        if text.count(piece) == times and not any(piece in p for p in bodies):
            return piece
    return None


def _opens_with(line: str, furniture: str) -> bool:
    """Whether ``line`` is ``furniture`` or opens with it as a word of its own."""
    line, furniture = (re.sub(r"\s+", " ", unicodedata.normalize("NFKC", x)).strip() for x in (line, furniture))
    return line == furniture or line.startswith(furniture + " ")


def _lead(byline: str | None, paragraphs) -> str:
    """An article's byline run into its first paragraph: where a lead's reporters' bracket ends."""
    return flat(byline) + flat(paragraphs[0] if paragraphs else "")


def _in_lead(gold: dict, join: str) -> bool:
    """Whether the gold puts a join's text in an article's byline and first paragraph, not inside
    one paragraph: a lead cut before or inside its bracket ("本报讯（记者 林" / "丽鹂）…"), whose
    reading is the bracket in the byline and the rest as the body's first words."""
    j = flat(join)
    articles = gold["articles"]
    if any(j in flat(p) for a in articles for p in a.get("paragraphs", ())):
        return False
    return any(j in _lead(a.get("byline"), a.get("paragraphs")) for a in articles if a.get("byline"))


def _gold_clauses(case: Case) -> list[str]:
    """The clauses a parse must keep: the gold's full text when it has it, else every line of
    the input from the first article on that is not furniture."""
    gold = case.gold
    if all("paragraphs" in a for a in gold["articles"]):
        texts = [t for a in gold["articles"] for t in (a.get("kicker"), a["headline"], a.get("subtitle"), *a["paragraphs"], *a.get("captions", [])) if t]
    else:
        lines = input_lines(case.data)
        first = gold["articles"][0]
        anchors = [_cjk(x) for x in (first.get("kicker"), first.get("headline"), first.get("body_first")) if x]
        start = next((i for i, line in enumerate(lines) if any(x and x in _cjk(line) for x in anchors)), 0)
        furniture = [flat(f) for f in gold.get("furniture", [])]
        texts = [_MARKER.sub("", x.strip()) for x in lines[start:] if not any(f in flat(x) for f in furniture)]
    return [c for t in texts for c in _CLAUSE_END.split(t) if len(_cjk(c)) >= MIN_CLAUSE]


def _score_issue(case: Case, issue: ParsedIssue, s: Score) -> None:
    for k in ISSUE_FIELDS:
        if k not in case.gold["issue"]:
            continue
        got = getattr(issue, k)
        got = got.isoformat() if k == "issue_date" and got else got
        s.issue_fields += 1
        if got == case.gold["issue"][k]:
            s.issue_ok += 1
        else:
            s.notes.append(f"{case.name}: issue {k} {got!r}, gold {case.gold['issue'][k]!r}")


def score_case(case: Case, issue: ParsedIssue, s: Score) -> None:
    """Add one parsed file's counts to ``s``."""
    s.files += 1
    expected = case.gold["articles"]
    pairs = _pair(expected, issue)
    _score_issue(case, issue, s)
    _score_headings(case.name, expected, pairs, issue, s)
    _score_articles(case.name, expected, pairs, s)
    _score_text(case, issue, s)


def _nothing(case: Case) -> ParsedIssue:
    """The reading of a rejected file: no articles, no fields (every gold item is missed)."""
    return _nothing_issue()


def _nothing_issue() -> ParsedIssue:
    return ParsedIssue(
        issue_id="", paper="", paper_name=None, issue_date=None, date_source="unknown", weekday=None,
        lunar_date=None, issue_number=None, page_count=None, editor=None, encoding="",
        articles=(), accounting=Accounting(0, 0, 0, 0), duplicates_dropped=0,
    )


def evaluate(cases: list[Case]) -> Score:
    """Parse every case and add up the metrics."""
    s = Score()
    for case in cases:
        issue = parse_issue(case.data, source_file=case.source_file, default_paper=case.default_paper)
        if isinstance(issue, Rejection):
            s.notes.append(f"{case.name}: rejected: {issue.reason} {issue.detail}")
            issue = _nothing(case)
        score_case(case, issue, s)
    return s


def gold_reading(gold: dict) -> ParsedIssue:
    """The reading a perfect parser gives of a gold file: its articles, each body without the
    deck of pull quotes it opens on (``bench.pieces.deck_size``, the gold's own rule). Scoring it checks the instrument: a right reading must score
    perfectly (every heading, every body start, every join, no duplicate left)."""
    articles = []
    for k, a in enumerate(gold["articles"], 1):
        paragraphs = list(a.get("paragraphs") or [])
        articles.append(
            Article(
                article_id=f"gold-{k}", seq=k, headline=a.get("headline") or "", kicker=a.get("kicker"),
                subtitle=a.get("subtitle"), byline=a.get("byline"), authors=tuple(a.get("authors") or ()),
                photographers=tuple(a.get("photographers") or ()), genre=a.get("genre") or "news",
                source_outlet=a.get("source_outlet"), captions=tuple(a.get("captions") or ()),
                continued_to=a.get("continued_to"), continued_from=a.get("continued_from"),
                paragraphs=tuple(paragraphs[deck_size(paragraphs) :]),
            )
        )
    return dataclasses.replace(_nothing_issue(), articles=tuple(articles))
