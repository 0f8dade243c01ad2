"""Marking words in text for the article reader and search results (pure, no Streamlit).

The warehouse stores each article's entities as names with a type (entities table), not as
character spans, so the reader finds them in the text: longest name first, never inside a mark
already placed, so 辽源市 is marked as one place and not as 辽源 plus 市.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping

# How each entity type is shown: background colour and the label of the legend.
ENTITY_STYLES = {
    "person": ("#ffd8d8", "person 人物"),
    "place": ("#d6ecff", "place 地点"),
    "org": ("#dff5d8", "organisation 机构"),
    "reporter": ("#efe3ff", "reporter 记者"),
    "query": ("#fff2a8", "search words"),
}


def segments(text: str, names: Mapping[str, str]) -> list[tuple[str, str | None]]:
    """``text`` cut into (piece, kind) pairs, kind None for unmarked text.

    segments("市委书记柴伟赴辽源市", {"柴伟": "person", "辽源": "place", "辽源市": "place"})
    -> [("市委书记", None), ("柴伟", "person"), ("赴", None), ("辽源市", "place")]
    """
    longest = sorted((n for n in names if n), key=len, reverse=True)
    out: list[tuple[str, str | None]] = []
    plain: list[str] = []
    i = 0
    while i < len(text):
        name = next((n for n in longest if text.startswith(n, i)), None)
        if name is None:
            plain.append(text[i])
            i += 1
            continue
        if plain:
            out.append(("".join(plain), None))
            plain = []
        out.append((name, names[name]))
        i += len(name)
    if plain:
        out.append(("".join(plain), None))
    return out


def to_html(text: str, names: Mapping[str, str]) -> str:
    """``text`` as escaped HTML with each name in a coloured ``<mark>`` titled with its kind."""
    parts = []
    for piece, kind in segments(text, names):
        escaped = html.escape(piece)
        if kind is None:
            parts.append(escaped)
        else:
            colour, label = ENTITY_STYLES.get(kind, ("#eeeeee", kind))
            parts.append(f'<mark class="bz-{html.escape(kind)}" title="{html.escape(label)}" '
                         f'style="background:{colour};padding:0 1px;border-radius:2px">{escaped}</mark>')
    return "".join(parts)


def entity_names(rows: Iterable[tuple[str, str]]) -> dict[str, str]:
    """(entity, entity_type) rows -> name: type; a name given two types keeps the first
    (rows come person, place, org, reporter: a byline name that is also a person stays a person)."""
    names: dict[str, str] = {}
    for name, kind in rows:
        names.setdefault(name, kind)
    return names


def legend_html(kinds: Iterable[str]) -> str:
    """A one-line legend of the colours used."""
    items = []
    for kind in kinds:
        colour, label = ENTITY_STYLES.get(kind, ("#eeeeee", kind))
        items.append(f'<mark style="background:{colour};padding:0 4px;border-radius:2px">{html.escape(label)}</mark>')
    return " ".join(items)
