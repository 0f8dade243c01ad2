"""The bundled samples as other e-paper exporters print them: does the parse hold?

``python -m bench.exporters [DIR]`` parses each sample of DIR (default: the bundled 辽源日报
samples) once as delivered and once per variant below, each changing one feature of the text the
way another exporter, or a later year of the same paper, prints it: the 副题's dash as GB2312's
"――", box-drawing "──" or a single "—"; "□" before bylines and credits; CRLF line ends; GBK bytes;
a page header or the imprint between stories; no blank lines at all.  It prints every article
whose kicker, title, 副题, authors or first words differ from the delivered parse (which the
goldens check).  No gold is needed, and a rule written for one sample cannot pass another's
variant by accident: the variants are mechanical.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

from transforms.model import ParsedIssue
from transforms.parse import parse_issue

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "liaoyuan-daily"

# What an article is compared by: its heading fields, who wrote it, and where its text starts.
Key = tuple[str | None, str, str | None, tuple[str, ...], str]

# A page 2 header and the imprint at the foot of a page, as a paper prints them between stories.
PAGE_HEADER = "LIAOYUAN DAILY\n\n第2版\n\n2021.1.27 星期三\n\n"
IMPRINT = "广告经营许可证：2204004000001\n\n零售价：1.00元\n\n本报地址：某某市人民大街1号\n\n"


def _before_second_heading(text: str, insert: str) -> str:
    """``insert`` before the second heading line (short, no full stop) with a byline or a lead
    under it: a story boundary, where a page's header or a page's foot can stand."""
    lines = text.split("\n")
    seen = 0
    for i in range(len(lines) - 2):
        under = lines[i + 2] if not lines[i + 1].strip() else lines[i + 1]
        head = lines[i].strip()
        credit = head.startswith(("本报", "记者")) or head.endswith("摄")
        if head and len(head) <= 40 and "。" not in head and not credit and re.match(r"^(?:本报讯|□?本报记者)", under):
            seen += 1
            if seen == 2:
                return "\n".join([*lines[:i], insert.rstrip("\n"), "", *lines[i:]])
    return text


# name -> (text -> text as that exporter prints it)
VARIANTS: dict[str, Callable[[str], str]] = {
    "dash U+2015 pair": lambda t: t.replace("——", "――"),
    "dash box drawing": lambda t: t.replace("——", "──"),
    "dash full-width hyphens": lambda t: t.replace("——", "－－"),
    "dash single": lambda t: t.replace("——", "—"),
    "dash ASCII": lambda t: t.replace("——", "--"),
    "decoration before bylines and credits": lambda t: re.sub(r"^本报记者 ", "□本报记者 ", t, flags=re.M),
    "full-width indent": lambda t: "\n".join("\u3000\u3000" + x if len(x) > 30 else x for x in t.split("\n")),
    "full-width spaces": lambda t: t.replace(" ", "\u3000"),
    "tabs": lambda t: t.replace(" ", "\t"),
    "trailing spaces": lambda t: "\n".join(x + "  " for x in t.split("\n")),
    "CRLF": lambda t: t.replace("\n", "\r\n"),
    "BOM": lambda t: "\ufeff" + t,
    "figure date": lambda t: re.sub(r"(\d{4})年(\d{1,2})月(\d{1,2})日 (星期.)", r"\1-\2-\3 \4", t, count=1),
    "page header between stories": lambda t: _before_second_heading(t, PAGE_HEADER),
    "imprint between stories": lambda t: _before_second_heading(t, IMPRINT),
    "no blank lines": lambda t: re.sub(r"\n\s*\n+", "\n", t),
}
# Bytes as other exporters write them.
ENCODINGS = ("gbk", "gb18030", "utf-16")


def _keys(issue: ParsedIssue) -> list[Key]:
    return [(a.kicker, a.headline, a.subtitle, tuple(a.authors), a.paragraphs[0][:15] if a.paragraphs else "") for a in issue.articles]


def _parse(data: bytes, name: str) -> list[Key]:
    result = parse_issue(data, source_file=f"liaoyuan-daily/{name}", default_paper="liaoyuan-daily")
    assert isinstance(result, ParsedIssue), result
    return _keys(result)


def differences(path: Path) -> dict[str, list[tuple[Key | None, Key | None]]]:
    """Variant name -> the (delivered, variant) article pairs that differ, for one sample."""
    text = path.read_text(encoding="utf-8")
    delivered = _parse(text.encode("utf-8"), path.name)
    out: dict[str, list[tuple[Key | None, Key | None]]] = {}
    cases = [(name, fn(text).encode("utf-8")) for name, fn in VARIANTS.items()]
    for enc in ENCODINGS:
        try:
            cases.append((f"encoding {enc}", text.encode(enc)))
        except UnicodeEncodeError:
            continue  # "▶" has no GBK code: such a file never came from a GBK exporter
    for name, data in cases:
        got = _parse(data, path.name)
        pairs = [(a, b) for a, b in zip(delivered, got) if a != b]
        pairs += [(a, None) for a in delivered[len(got) :]] + [(None, b) for b in got[len(delivered) :]]
        if pairs:
            out[name] = pairs
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=SAMPLES)
    args = ap.parse_args(argv)
    failed = 0
    samples = sorted(args.folder.glob("*.txt"))
    for path in samples:
        for name, pairs in differences(path).items():
            failed += 1
            print(f"{path.name}: {name}: {len(pairs)} article(s) differ")
            for a, b in pairs:
                print(f"    delivered {a}\n    variant   {b}")
    print(f"{len(samples)} samples x {len(VARIANTS) + len(ENCODINGS)} variants: {failed} variant(s) read differently")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
