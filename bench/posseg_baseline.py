"""Plain ``jieba.posseg`` as a command, the yardstick for ``baozhi segment --pos``.

    python -m bench.posseg_baseline < text.txt > out.txt

Reads stdin line by line and writes ``word/tag`` separated by spaces, like ``baozhi segment
--pos``, with jieba's own module-level tokenizer and dictionary (what a user of jieba runs), so
the two can be timed as whole processes on the same text:
``/usr/bin/time -v .venv/bin/baozhi segment --pos < text.txt > /dev/null`` against this.
"""

from __future__ import annotations

import logging
import sys

import jieba
import jieba.posseg


def main() -> None:
    jieba.setLogLevel(logging.WARNING)
    out = sys.stdout
    for line in sys.stdin:
        pairs = jieba.posseg.cut(line.rstrip("\r\n"))
        out.write(" ".join(f"{p.word}/{p.flag}" for p in pairs if not p.word.isspace()) + "\n")
    out.flush()


if __name__ == "__main__":
    main()
