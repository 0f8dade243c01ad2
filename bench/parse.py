"""Parse cost on real text: ``python -m bench.parse DIR [--repeat N]``.

Parses every ``*.txt`` under DIR (rendered pages and issues, ``baozhi render``) with
``transforms.parse.parse_issue``, ``--repeat`` times, in this one process, and prints the input
size, the parse time and the cost per MB. Time it as a whole process and in pairs (the parser
before and after a change, alternating) so that the drift of a shared machine cancels::

    baozhi render --corpus CORPUS --out /tmp/pages --split all
    /usr/bin/time -v python -m bench.parse /tmp/pages --repeat 3
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from transforms.parse import parse_issue


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args(argv)
    files = [(p.name, p.read_bytes()) for p in sorted(args.folder.rglob("*.txt"))]
    if not files:
        print(f"no .txt files under {args.folder}", file=sys.stderr)
        return 2
    size = sum(len(d) for _, d in files) * args.repeat
    start = time.perf_counter()
    articles = 0
    for _ in range(args.repeat):
        for name, data in files:
            result = parse_issue(data, source_file=name, default_paper="liaoyuan-daily")
            articles += len(getattr(result, "articles", ()))
    seconds = time.perf_counter() - start
    mb = size / 1e6
    print(f"{len(files)} files x {args.repeat}: {mb:.2f} MB, {articles} articles, {seconds:.2f} s, {seconds / mb:.2f} s/MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
