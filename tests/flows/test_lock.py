"""flows.lock: a second run on the same data dir is refused at once — by a real second process."""

import subprocess
import sys
import textwrap

import pytest

from flows.lock import RunLocked, run_lock

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from flows.lock import run_lock
    with run_lock(Path(sys.argv[1])):
        print("locked", flush=True)
        time.sleep(60)
    """
)


def test_second_process_is_refused_and_lock_dies_with_holder(tmp_path):
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "locked"
        with pytest.raises(RunLocked) as err:
            with run_lock(tmp_path):
                pass
        assert "another baozhi run" in str(err.value) and f"pid {proc.pid}" in str(err.value)
    finally:
        proc.kill()  # like kill -9: the kernel releases the flock
        proc.wait()
    with run_lock(tmp_path):
        pass


def test_lock_is_reentrant_in_one_process(tmp_path):
    with run_lock(tmp_path):
        with run_lock(tmp_path):  # the CLI holds it, then the flow takes it again
            pass
        child = subprocess.run([sys.executable, "-c", HOLDER, str(tmp_path)], timeout=30, capture_output=True, text=True)
        assert child.returncode != 0 and "another baozhi run" in child.stderr
