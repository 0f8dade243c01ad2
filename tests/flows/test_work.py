"""flows.work: one batch parsed, packed, and handed back inline or through the spool."""

from __future__ import annotations

from pathlib import Path

from flows.work import FileIn, LanguageInputs, process_batch, receive_tables

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "liaoyuan-daily"


def _batch(spool_dir=None):
    files = [FileIn(p.name, p.read_bytes()) for p in sorted(SAMPLES.glob("*.txt"))]
    files.append(FileIn("empty.txt", b""))
    return process_batch(files, default_paper="liaoyuan-daily", language=LanguageInputs(), run_id="run-t",
                         pipeline_version="v", spool_dir=spool_dir)


def test_spooled_tables_equal_inline_ones_and_the_files_are_removed(tmp_path):
    inline = _batch()
    spooled = _batch(str(tmp_path / "spool"))
    assert inline.tables and not inline.spooled
    assert spooled.spooled and not spooled.tables  # nothing bulky goes back through the task result
    files = [Path(p) for p in spooled.spooled.values()]
    assert all(p.parent == tmp_path / "spool" and p.exists() for p in files)
    a, b = receive_tables(inline), receive_tables(spooled)
    assert set(a) == set(b) == {"issues", "articles", "tokens", "entities", "keywords"}
    for name in a:
        assert a[name].equals(b[name]), name
    assert not any(p.exists() for p in files)
    assert [o.status for o in spooled.outcomes] == ["parsed", "parsed", "parsed", "rejected"]


def test_a_batch_with_nothing_parsed_spools_nothing(tmp_path):
    out = process_batch([FileIn("empty.txt", b"")], default_paper="p", language=LanguageInputs(), run_id="r",
                        pipeline_version="v", spool_dir=str(tmp_path / "spool"))
    assert out.tables == {} and out.spooled == {} and receive_tables(out) == {}
    assert not (tmp_path / "spool").exists()
