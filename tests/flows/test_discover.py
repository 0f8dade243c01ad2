"""flows.discover: only regular files under landing; everything else is reported with a reason."""

import hashlib
import os
import time

from flows.discover import discover, skip_reason


def test_candidates_are_hashed_and_relative(tmp_path):
    (tmp_path / "liaoyuan-daily").mkdir()
    (tmp_path / "liaoyuan-daily" / "2021-09-06.txt").write_bytes("辽源日报".encode())
    found = discover(tmp_path)
    assert [f.source_file for f in found.files] == ["liaoyuan-daily/2021-09-06.txt"]
    assert found.files[0].sha256 == hashlib.sha256("辽源日报".encode()).hexdigest()
    assert found.skipped == ()


def test_hidden_partial_and_outside_symlinks_are_skipped_and_said(tmp_path):
    landing = tmp_path / "landing"
    landing.mkdir()
    outside = tmp_path / "secret.txt"
    outside.write_text("外部文件")
    (landing / "ok.txt").write_text("正文")
    (landing / ".DS_Store").write_text("x")
    (landing / "2021-09-07.txt.part").write_text("半")
    (landing / "upload.tmp").write_text("半")
    os.symlink(outside, landing / "link.txt")
    os.symlink(landing / "ok.txt", landing / "inside-link.txt")
    (landing / ".staging").mkdir()
    (landing / ".staging" / "x.txt").write_text("隐藏")
    found = discover(landing)
    assert sorted(f.source_file for f in found.files) == ["inside-link.txt", "ok.txt"]
    reasons = {s.source_file: s.reason for s in found.skipped}
    assert reasons["link.txt"] == "symlink pointing outside the landing folder"
    assert reasons[".DS_Store"] == "hidden file"
    assert reasons["2021-09-07.txt.part"].startswith("partial upload")
    assert reasons["upload.tmp"].startswith("partial upload")
    assert reasons[".staging/"] == "hidden folder"


def test_missing_landing_is_reported_not_raised(tmp_path):
    found = discover(tmp_path / "nope")
    assert found.files == () and "does not exist" in found.skipped[0].reason


def test_skip_reason_rules():
    assert skip_reason("2021-09-06.txt") is None
    assert skip_reason("x.crdownload") and skip_reason("~$draft.txt") and skip_reason("a.txt~")


def test_a_second_discovery_hashes_only_what_changed_since_the_first(tmp_path, monkeypatch):
    from flows import discover as discover_mod

    (tmp_path / "a.txt").write_bytes("第一版".encode())
    (tmp_path / "b.txt").write_bytes("第二版".encode())
    (tmp_path / "c.txt").write_bytes("第三版".encode())
    first = discover(tmp_path)
    hashed = []
    real = discover_mod.sha256_of
    monkeypatch.setattr(discover_mod, "sha256_of", lambda path: hashed.append(path.name) or real(path))
    assert discover(tmp_path) == first and hashed == []  # `baozhi run`'s check, then its flow

    # Rewritten in place with as many bytes, its times set back: ctime still moves, so it is hashed.
    time.sleep(0.05)  # file times move by the kernel's clock tick (1-10 ms)
    st = (tmp_path / "a.txt").stat()
    (tmp_path / "a.txt").write_bytes("第九版".encode())
    os.utime(tmp_path / "a.txt", ns=(st.st_atime_ns, st.st_mtime_ns))
    # Replaced by a rename (an exporter's "x.txt.part" -> "x.txt"): another inode.
    (tmp_path / "b.txt.part").write_bytes("第八版".encode())
    os.replace(tmp_path / "b.txt.part", tmp_path / "b.txt")
    again = discover(tmp_path)
    assert sorted(hashed) == ["a.txt", "b.txt"]
    assert {f.source_file: f.sha256 for f in again.files} == {
        name: hashlib.sha256(text.encode()).hexdigest()
        for name, text in (("a.txt", "第九版"), ("b.txt", "第八版"), ("c.txt", "第三版"))}
