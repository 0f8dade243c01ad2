"""`baozhi entities` as a real process: stdin lines in, the pipeline's entity mentions out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from baozhi.settings import BUNDLED_SAMPLES
from transforms.entities import find_mentions

LINES = [
    "市委书记柴伟深入仙人河主城区段,东辽县推行河长制。",
    "",
    "本报记者 王茜",
    "市领导杨光、张凤林、康忠贵、张恒军参加考察。辽源、绍兴两地负责人交流。",
    "小雨转多云,阳光充足,顾客明白。",
]


def run_entities(stdin: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("baozhi")
    environ = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    environ.pop("BAOZHI_USER_DICTS", None)
    return subprocess.run([str(exe), "entities"], input=stdin, capture_output=True, text=True,
                          env=environ, timeout=180, check=False)


def expected(tk, lines):
    rec = tk.recogniser
    out = []
    for line, ms in zip(lines, find_mentions(lines, [tk.cut(t) for t in lines], rec)):
        places = rec.gazetteer.resolve([m.text for m in ms if m.entity_type == "place"])
        out.append({"entities": [
            {"text": m.text, "type": m.entity_type, "start": m.start, "end": m.end, "role": m.role,
             "canonical": places[m.text].canonical if m.entity_type == "place" else m.text,
             "parent": places[m.text].parent if m.entity_type == "place" else None}
            for m in ms]})
    return out


def test_one_json_line_per_input_line_equal_to_the_pipeline(tmp_path, tk):
    sample = [ln for ln in sorted(BUNDLED_SAMPLES.glob("*/*.txt"))[0].read_text(encoding="utf-8").splitlines()][:60]
    lines = LINES + sample
    proc = run_entities("\n".join(lines) + "\n", tmp_path)
    assert proc.returncode == 0, proc.stderr
    got = [json.loads(x) for x in proc.stdout.splitlines()]
    assert len(got) == len(lines)
    assert got == expected(tk, lines)
    first = {(e["text"], e["type"]): e for e in got[0]["entities"]}
    assert first[("柴伟", "person")] | {} == {"text": "柴伟", "type": "person", "start": 4, "end": 6, "role": "市委书记",
                                            "canonical": "柴伟", "parent": None}
    assert first[("东辽县", "place")]["parent"] == "辽源市"
    assert got[1] == {"entities": []}
    assert [(e["text"], e["type"]) for e in got[2]["entities"]] == [("王茜", "reporter")]
    assert {e["role"] for e in got[3]["entities"] if e["type"] == "person"} == {"市领导"}
    assert {e["canonical"] for e in got[3]["entities"] if e["type"] == "place"} >= {"辽源市", "绍兴市"}
    assert got[4] == {"entities": []}
