"""Continued stories: the parts of one story printed on different pages become one article.

A story that does not fit its page ends "（下转第三版）" / "（转A3版）" and goes on elsewhere
under "（上接第一版）" / "（接第1版）" (the markers are read into ``continued_to`` /
``continued_from`` by ``transforms.bylines.split_continuation``). :func:`stitch` links each part
to the next and merges every chain into its first part:

    page 01  a002 "我市推进生态环境问题整改" …（下转第三版）
    page 03  a001 "（上接第一版）" …                 ->  a002, pages ("01", "03"), both bodies

The stitched article keeps the first part's id, headline and byline, and lists every page in
``pages``; a part whose partner is not (yet) there stays alone with its marker, so a page that
arrives on a later night is stitched then (the issue is assembled again from all its pages).

Links, best evidence first:
1. both markers, and the pages agree (the "to" page is the part's page, the "from" page the
   first part's page), or, in a file without page headers, the part comes later in the text;
2. one marker only, and the other page holds an article whose headline shares most of the
   first part's headline (continuation heads repeat the title, often shortened).
Several candidates: the most similar headline, then reading order (the first "下转" of a page
goes with the first "上接" of the next, as papers lay them out).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from transforms.model import Article
from transforms.bylines import LEAD
from transforms.order import open_end
from transforms.pages import resolve
from transforms.topic import bigrams

# A headline sharing this share of the first part's ideograph pairs is a continuation head.
MIN_HEAD_SIMILARITY = 0.5
# ``continued_from`` of headless text opening a later page without a "上接" marker (set by the
# parser): the continuation of a story that said "下转" this page, if one did; if none did, it is
# given back to the story under it (:func:`release_unmarked`), as text before a headline is.
UNMARKED = "?"


@dataclass(frozen=True)
class Stitched:
    articles: tuple[Article, ...]  # reading order; stitched stories in their first part's place
    dropped: tuple[str, ...]  # continuation heads of later parts: furniture now, counted as such
    links: tuple[tuple[str, str], ...]  # (article id, id of the part that continues it)


def target_page(a: Article) -> str | None:
    """The page label a "下转" marker points to, read on the article's page."""
    return resolve(a.continued_to, a.page)


def source_page(a: Article) -> str | None:
    """The page label an "上接" marker points to, read on the article's page."""
    return resolve(a.continued_from, a.page)


def similarity(first: Article, later: Article) -> float:
    """Share of the later part's headline pairs found in the first part's heads (0 when headless)."""
    return _head_similarity(first, later.headline)


def _head_similarity(first: Article, line: str | None) -> float:
    """Share of ``line``'s ideograph pairs found in the first part's heads (0 when it has none)."""
    later_pairs = bigrams(line or "")
    if not later_pairs:
        return 0.0
    first_pairs = bigrams(" ".join(x for x in (first.kicker, first.headline, first.subtitle) if x))
    return len(later_pairs & first_pairs) / len(later_pairs)


def _both_markers_agree(a: Article, b: Article, ia: int, ib: int) -> bool:
    to, frm = target_page(a), source_page(b)
    if b.continued_from == UNMARKED:  # the top of the page the "下转" names, nothing else
        return to is not None and to == b.page
    if a.page is not None and b.page is not None:
        return (to is None or to == b.page) and (frm is None or frm == a.page) and a.page != b.page
    return ib > ia  # a file without page headers: the later part follows in the text


def _links(articles: Sequence[Article]) -> dict[int, int]:
    """Index of a part -> index of the part that continues it."""
    nxt: dict[int, int] = {}
    taken: set[int] = set()
    # 1. both markers
    for ia, a in enumerate(articles):
        if not a.continued_to:
            continue
        best = None
        for ib, b in enumerate(articles):
            if ib == ia or ib in taken or not b.continued_from or not _both_markers_agree(a, b, ia, ib):
                continue
            key = (b.continued_from == UNMARKED, -similarity(a, b), abs(ib - ia))
            if best is None or key < best[0]:
                best = (key, ib)
        if best is not None:
            nxt[ia] = best[1]
            taken.add(best[1])
    # 2. one marker and a repeated headline, on known pages
    for ia, a in enumerate(articles):
        if ia in nxt or not a.continued_to or a.page is None:
            continue
        to = target_page(a)
        cands = [
            (similarity(a, b), ib)
            for ib, b in enumerate(articles)
            if ib not in taken and b.page is not None and b.page == to and not b.continued_to and ib not in nxt
        ]
        cands = [c for c in cands if c[0] >= MIN_HEAD_SIMILARITY]
        if cands:
            ib = max(cands, key=lambda c: (c[0], -c[1]))[1]
            nxt[ia] = ib
            taken.add(ib)
    for ib, b in enumerate(articles):
        if ib in taken or not b.continued_from or b.continued_from == UNMARKED or b.page is None:
            continue
        frm = source_page(b)
        cands = [
            (similarity(a, b), ia)
            for ia, a in enumerate(articles)
            if ia not in nxt and ia != ib and a.page is not None and a.page == frm and ia not in taken
        ]
        cands = [c for c in cands if c[0] >= MIN_HEAD_SIMILARITY]
        if cands:
            ia = max(cands, key=lambda c: (c[0], -c[1]))[1]
            nxt[ia] = ib
            taken.add(ib)
    return _without_cycles(nxt)


def _without_cycles(nxt: dict[int, int]) -> dict[int, int]:
    """Drop the link that closes a cycle (a -> b -> a can only come from contradictory markers)."""
    out = dict(nxt)
    for start in list(out):
        seen = {start}
        cur = start
        while cur in out:
            cur = out[cur]
            if cur in seen:
                out.pop(start, None)
                break
            seen.add(cur)
    return out


def _merge(parts: list[Article]) -> tuple[Article, list[str]]:
    head = parts[0]
    dropped: list[str] = []
    paragraphs = list(head.paragraphs)
    captions = list(head.captions)
    authors = list(head.authors)
    photographers = list(head.photographers)
    byline, outlet = head.byline, head.source_outlet
    pages = list(head.pages or ((head.page,) if head.page else ()))
    for part in parts[1:]:
        # A later part's heads that repeat the story's title ("（上接第一版）推进整改") are
        # furniture. Any other line the parser took for a head there is the story's own text, cut
        # at the page's top ("王中代表说，我们企业在…模具板块利" over "润实现了较大增长。"): it stays.
        heads = [x for x in (part.kicker, part.headline, part.subtitle) if x]
        repeats = [x for x in heads if _head_similarity(head, x) >= MIN_HEAD_SIMILARITY]
        dropped.extend(repeats)
        paragraphs.extend(x for x in heads if x not in repeats)
        if part.byline and byline is None:
            byline = part.byline
        elif part.byline:
            dropped.append(part.byline)
        paragraphs.extend(part.paragraphs)
        captions.extend(part.captions)
        authors.extend(part.authors)
        photographers.extend(part.photographers)
        outlet = outlet or part.source_outlet
        for p in part.pages or ((part.page,) if part.page else ()):
            if p not in pages:
                pages.append(p)
    merged = dataclasses.replace(
        head,
        byline=byline,
        authors=tuple(dict.fromkeys(authors)),
        photographers=tuple(dict.fromkeys(photographers)),
        source_outlet=outlet,
        captions=tuple(captions),
        paragraphs=tuple(paragraphs),
        continued_to=parts[-1].continued_to,  # still going on somewhere not delivered yet
        continued_from=head.continued_from,
        pages=tuple(pages),
    )
    return merged, dropped


def stitch(articles: Sequence[Article]) -> Stitched:
    """Merge the parts of continued stories; ``articles`` in reading order (pages, then seq)."""
    nxt = _links(articles)
    if not nxt:
        return Stitched(tuple(articles), (), ())
    later = set(nxt.values())
    out: list[Article] = []
    dropped: list[str] = []
    links: list[tuple[str, str]] = []
    for i, a in enumerate(articles):
        if i in later:
            continue
        chain = [i]
        while chain[-1] in nxt:
            chain.append(nxt[chain[-1]])
        if len(chain) == 1:
            out.append(a)
            continue
        merged, gone = _merge([articles[j] for j in chain])
        out.append(merged)
        dropped.extend(gone)
        links.extend((articles[x].article_id, articles[y].article_id) for x, y in zip(chain, chain[1:]))
    return Stitched(tuple(out), tuple(dropped), tuple(links))


def release_unmarked(articles: Sequence[Article]) -> tuple[Article, ...]:
    """Headless text that opened a page (``UNMARKED``) and continued no story: it goes back to
    the start of the story printed under it on its page (a lead printed above its headline),
    keeping that story's id; alone on its page, it stays a headless article."""
    out = list(articles)
    i = 0
    while i < len(out):
        a = out[i]
        if a.continued_from != UNMARKED:
            i += 1
            continue
        nxt = out[i + 1] if i + 1 < len(out) else None
        if nxt is not None and nxt.page == a.page and nxt.continued_from != UNMARKED:
            paragraphs = a.paragraphs + nxt.paragraphs
            if a.paragraphs and nxt.paragraphs and open_end(a.paragraphs[-1]) and not LEAD.match(nxt.paragraphs[0]):
                # "……全国大多数农区开始春耕，越冬" / heading / "作物由南到北…": one sentence.
                k = len(a.paragraphs) - 1
                paragraphs = (*a.paragraphs[:k], a.paragraphs[k] + nxt.paragraphs[0], *nxt.paragraphs[1:])
            out[i + 1] = dataclasses.replace(
                nxt, paragraphs=paragraphs, captions=a.captions + nxt.captions,
                photographers=tuple(dict.fromkeys(a.photographers + nxt.photographers)),
            )
            del out[i]
        else:
            out[i] = dataclasses.replace(a, continued_from=None)
            i += 1
    return tuple(out)
