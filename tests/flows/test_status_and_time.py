"""What a person sees: `baozhi run`'s time is the command's, `baozhi status --data D` checks the
landing folder the runs read (real processes, as a user types them)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from flows.summary import RunSummary

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "liaoyuan-daily"


def test_the_summary_says_one_warning_and_shows_start_up_apart():
    s = RunSummary(run_id="r", status="completed", issues=1, articles=1, warnings=1, seconds=2.0,
                   wall_seconds=10.2, startup_seconds=8.1, stage_seconds={"parse": 0.5})
    text = s.render()
    assert "1 issue, 1 article, 1 quality warning" in text and "warnings" not in text
    assert "time     10.2 s wall: start-up 8.1 s, flow 2.0 s (parse 0.5 s), shut-down 0.1 s" in text
    s2 = RunSummary(run_id="r", status="completed", issues=2, articles=0, warnings=2)
    assert "2 issues, 0 articles, 2 quality warnings" in s2.render()


def test_run_reports_its_wall_time_and_status_checks_the_runs_landing(tmp_path):
    landing, data = tmp_path / "epaper", tmp_path / "data"
    landing.mkdir()
    shutil.copy2(next(SAMPLES.glob("002_*.txt")), landing / "2021-09-06.txt")
    baozhi = Path(sys.executable).with_name("baozhi")
    t0 = time.monotonic()
    run = subprocess.run([str(baozhi), "run", "--landing", str(landing), "--data", str(data), "--workers", "1"],
                         capture_output=True, text=True, timeout=300)
    outside = time.monotonic() - t0
    assert run.returncode == 0, run.stdout + run.stderr
    m = re.search(r"time +([\d.]+) s wall: start-up ([\d.]+) s, flow ", run.stdout)
    assert m, run.stdout
    wall, startup = float(m.group(1)), float(m.group(2))
    assert 0 < startup < wall <= outside + 0.5  # the command's own time, not only the flow body's
    assert wall >= 0.5 * outside

    (landing / "2021-09-07.txt").write_text("本报讯 新到的一期。\n", encoding="utf-8")  # not yet ingested
    status = subprocess.run([str(baozhi), "status", "--data", str(data)], capture_output=True, text=True,
                            timeout=300)
    assert status.returncode == 0, status.stderr
    assert f"landing {landing} (read by the last run, run-" in status.stdout
    assert "2 files, 1 not yet ingested" in status.stdout and "new: 2021-09-07.txt" in status.stdout
