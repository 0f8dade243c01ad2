"""The parse is the same in every process: Python salts the hash of a string per process, so a set of
strings iterates in another order in each, and a sum of weights taken over such a set could differ in
its last bit and tip a close decision (``transforms.topic`` keeps character pairs as ints for this).
Two real processes with different salts parse the bundled samples and print one digest."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Every parse result in full (articles, their texts and fields, the accounting), hashed.
_DIGEST = """
import hashlib, sys
from pathlib import Path
from transforms.parse import parse_issue
h = hashlib.sha256()
for p in sorted(Path(sys.argv[1]).glob("*.txt")):
    h.update(repr(parse_issue(p.read_bytes(), source_file=p.name, default_paper="liaoyuan-daily")).encode())
print(h.hexdigest())
"""


def _digest_with_salt(salt: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": salt, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _DIGEST, str(ROOT / "samples" / "liaoyuan-daily")],
        env=env, capture_output=True, text=True, check=True, cwd=ROOT,
    )
    return done.stdout.strip()


def test_two_processes_with_different_hash_salts_parse_the_samples_alike() -> None:
    first, second = _digest_with_salt("1"), _digest_with_salt("2")
    assert len(first) == 64 and first == second
