"""The ``baozhi`` console command ends without the interpreter's teardown (``baozhi.cli.main``):
its output, exit status, atexit handlers and tracebacks must be what a normal exit gives (real
processes, output to a pipe as under cron)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from baozhi.cli import app

BAOZHI = Path(sys.executable).with_name("baozhi")


def _python(code: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


def test_the_command_prints_all_its_output_to_a_pipe_and_exits_0(tmp_path):
    # `status` prints a table; a pipe is block-buffered, so unflushed output would be lost.
    done = subprocess.run([str(BAOZHI), "status", "--data", str(tmp_path / "data")],
                          capture_output=True, text=True, timeout=120)
    in_process = CliRunner().invoke(app, ["status", "--data", str(tmp_path / "data")])
    assert done.returncode == 0 == in_process.exit_code, done.stderr
    assert done.stdout == in_process.stdout and done.stdout.strip()


def test_a_bad_setting_exits_2_with_its_message(tmp_path):
    done = subprocess.run([str(BAOZHI), "run", "--data", str(tmp_path / "data")], capture_output=True,
                          text=True, timeout=120, env={**os.environ, "BAOZHI_WORKERS": "many"})
    assert done.returncode == 2
    assert "BAOZHI_WORKERS" in done.stderr


def test_atexit_handlers_still_run_and_see_the_output_flushed_after_them():
    code = ("import atexit, sys\n"
            "atexit.register(lambda: print('handler ran'))\n"
            "sys.argv = ['baozhi', '--help']\n"
            "from baozhi.cli import main\n"
            "main()\n")
    done = _python(code)
    assert done.returncode == 0, done.stderr
    assert "baozhi run" in done.stdout and done.stdout.rstrip().endswith("handler ran")


def test_our_bug_still_ends_with_its_traceback_and_status_1():
    code = ("import sys\n"
            "from baozhi.cli import app, main\n"
            "@app.command()\n"
            "def explode():\n"
            "    raise RuntimeError('a bug of ours')\n"
            "sys.argv = ['baozhi', 'explode']\n"
            "main()\n")
    done = _python(code, env={"_TYPER_STANDARD_TRACEBACK": "1"})
    assert done.returncode == 1
    assert "Traceback" in done.stderr and "RuntimeError: a bug of ours" in done.stderr


def test_exit_codes_follow_sys_exit():
    for code, status, err in (("None", 0, ""), ("3", 3, ""), ("'a message'", 1, "a message")):
        done = _python(f"from baozhi.cli import quick_exit\nquick_exit({code})\nprint('not reached')")
        assert (done.returncode, done.stdout, done.stderr.strip()) == (status, "", err)
