"""flows.children: a forked child's exit status, name and descriptors, seen from its parent; the
collector paused while a run imports what it needs (back on afterwards, whatever happened)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap

import pytest

from flows.children import ForkedChild, collector_paused, fork_child


def _in_fresh_process(code: str) -> list[str]:
    """Run ``code`` in a fresh interpreter (one thread: forking from pytest's could copy a lock
    another thread holds) and return its output lines."""
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    return out.stdout.split("\n")[:-1]


def test_a_childs_exit_status_is_what_the_interpreter_would_give():
    lines = _in_fresh_process("""
        import sys
        from flows.children import fork_child

        def fails():
            raise ValueError("a bug in the child")

        for run in (lambda: None, fails, lambda: sys.exit(), lambda: sys.exit(3), lambda: sys.exit("why")):
            print(fork_child("baozhi-test", run).wait(timeout=60), flush=True)
    """)
    assert lines == ["0", "1", "0", "3", "1"]


def test_a_failing_child_leaves_its_traceback():
    code = textwrap.dedent("""
        from flows.children import fork_child

        def fails():
            raise ValueError("a bug in the child")

        fork_child("baozhi-test", fails).wait(timeout=60)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert "Traceback" in out.stderr and "ValueError: a bug in the child" in out.stderr


def test_a_child_has_its_name_and_only_the_descriptors_it_keeps(tmp_path):
    lines = _in_fresh_process(f"""
        import os
        from flows.children import fork_child

        kept = open({str(tmp_path / "kept")!r}, "w")
        dropped = open({str(tmp_path / "dropped")!r}, "w")

        def report():
            name = open("/proc/self/comm").read().strip()
            targets = []
            for fd in os.listdir("/proc/self/fd"):
                try:
                    targets.append(os.readlink(f"/proc/self/fd/{{fd}}"))
                except FileNotFoundError:
                    pass  # the listing's own descriptor, closed once listed
            with open({str(tmp_path / "report")!r}, "w") as f:
                f.write(name + "\\n" + "\\n".join(t for t in sorted(targets) if {str(tmp_path)!r} in t))

        print(fork_child("baozhi-test", report, keep=(kept.fileno(),)).wait(timeout=60))
    """)
    assert lines == ["0"]
    name, *files = (tmp_path / "report").read_text().split("\n")
    assert name == "baozhi-test"
    assert files == [str(tmp_path / "kept")]


def test_the_parents_handle_polls_waits_and_stops_like_popen():
    pid = os.fork()  # a child that only sleeps: no lock of another thread's is taken in it
    if pid == 0:
        import time

        time.sleep(60)
        os._exit(0)
    handle = ForkedChild(pid)
    assert handle.poll() is None
    with pytest.raises(subprocess.TimeoutExpired):
        handle.wait(timeout=0.2)
    handle.terminate()
    assert handle.wait(timeout=30) == -15 and handle.poll() == -15
    handle.kill()  # gone already: nothing to signal, no error


def test_the_collector_is_off_inside_and_on_again_after():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_the_collector_comes_back_after_an_error():
    with pytest.raises(ZeroDivisionError), collector_paused():
        1 / 0  # noqa: B018
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_what_was_made_while_paused_is_frozen_out_of_later_collections():
    before = gc.get_freeze_count()
    try:
        with collector_paused():
            kept = [[i] for i in range(1000)]  # stands for the modules a run imports
        assert gc.get_freeze_count() >= before + 1000
        assert gc.isenabled() and len(kept) == 1000
    finally:
        gc.unfreeze()
