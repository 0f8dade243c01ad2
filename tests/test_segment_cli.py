"""`baozhi segment` as a real process: stdin lines in, the pipeline's tokens out."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from baozhi.cli import app

LINES = [
    "市委书记柴伟深入仙人河主城区段,东辽县推行河长制。",
    "",
    "  国务院总理李克强主持召开国务院常务会议。  ",
    "2021年9月3日,PM2.5浓度下降。",
]


def run_segment(args: list[str], stdin: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    # With one registered command Typer runs it without its name; with several it needs it.
    prefix = ["segment"] if hasattr(typer.main.get_command(app), "list_commands") else []
    exe = Path(sys.executable).with_name("baozhi")
    environ = {**os.environ, "XDG_CACHE_HOME": str(_CACHE.get("dir", tmp_path / "cache")), **env}
    if "BAOZHI_USER_DICTS" not in env:
        environ.pop("BAOZHI_USER_DICTS", None)
    return subprocess.run([str(exe), *prefix, *args], input=stdin, capture_output=True, text=True,
                          env=environ, timeout=120, check=False)


_CACHE: dict[str, Path] = {}


@pytest.fixture(scope="module", autouse=True)
def shared_jieba_cache(tmp_path_factory):
    """One jieba cache dir (inside pytest's tmp) for all CLI runs here: builds it once, not per test."""
    _CACHE["dir"] = tmp_path_factory.mktemp("xdg-cache")
    yield
    _CACHE.clear()



def test_one_line_in_one_line_out_equal_to_pipeline_tokens(tmp_path, tk):
    proc = run_segment([], "\n".join(LINES) + "\n", tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.split("\n")[:-1]
    assert len(out) == len(LINES)
    assert out == [" ".join(w for w, _ in tk.cut(line)) for line in LINES]
    assert out[0].split(" ")[:4] == ["市委书记", "柴伟", "深入", "仙人河"]
    assert out[1] == "" and "  " not in out[2]


def test_pos_adds_tags(tmp_path, tk):
    proc = run_segment(["--pos"], LINES[0] + "\n", tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == tk.segment_line(LINES[0], pos=True) + "\n"
    assert proc.stdout.startswith("市委书记/n 柴伟/nr 深入/v 仙人河/ns")


def test_user_dict_option_and_setting(tmp_path):
    extra = tmp_path / "newsroom.txt"
    extra.write_text("# newsroom words\n鹿鸣湖畔小镇 50 ns\n", encoding="utf-8")
    plain = run_segment([], "走进鹿鸣湖畔小镇\n", tmp_path)
    by_option = run_segment(["--user-dict", str(extra), "--pos"], "走进鹿鸣湖畔小镇\n", tmp_path)
    by_setting = run_segment(["--pos"], "走进鹿鸣湖畔小镇\n", tmp_path, BAOZHI_USER_DICTS=str(extra))
    assert "鹿鸣湖畔小镇" not in plain.stdout.split()
    assert by_option.stdout == by_setting.stdout == "走进/v 鹿鸣湖畔小镇/ns\n"


def test_bad_user_dict_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("仙人河 五百 ns\n", encoding="utf-8")
    proc = run_segment(["--user-dict", str(bad)], "仙人河\n", tmp_path)
    assert proc.returncode == 2 and "bad.txt:1" in proc.stderr
