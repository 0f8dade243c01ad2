"""The bundled samples as other exporters print them (bench.exporters) parse as delivered."""

from __future__ import annotations

import pytest

from bench import exporters as E

# (sample, variant) read differently, and why; a fix makes the test fail until the entry goes.
KNOWN = {
    # The page header lands between sample 000's lead printed above its heading and the heading: a
    # page's stories never run into the next page's, so the lead stays on the page before.
    ("000_0da2c49996d6d99d.txt", "page header between stories"),
    # Without blank lines "“创城”在行动" (a campaign logo standing alone) reads as the kicker of the
    # heading right under it, which is how a kicker is printed.
    ("002_8752af011981d324.txt", "no blank lines"),
}


@pytest.mark.parametrize("sample", sorted(p.name for p in E.SAMPLES.glob("*.txt")))
def test_every_exporter_variant_parses_as_delivered(sample: str) -> None:
    differ = set(E.differences(E.SAMPLES / sample))
    assert {(sample, name) for name in differ} == {k for k in KNOWN if k[0] == sample}


def test_a_variant_that_changes_the_reading_is_reported() -> None:
    # The comparison is not blind: a variant that really loses a heading field shows.
    original = E.VARIANTS.copy()
    E.VARIANTS["subtitle dropped"] = lambda t: t.replace("——访", "")
    try:
        found = E.differences(E.SAMPLES / "004_1ed890315a895296.txt")
    finally:
        E.VARIANTS.clear()
        E.VARIANTS.update(original)
    assert "subtitle dropped" in found


def test_the_command_prints_a_summary(capsys: pytest.CaptureFixture[str]) -> None:
    code = E.main([str(E.SAMPLES)])
    out = capsys.readouterr().out
    assert f"3 samples x {len(E.VARIANTS) + len(E.ENCODINGS)} variants: {len(KNOWN)} variant(s) read differently" in out
    assert code == 1  # the known differences are still differences


def test_a_text_an_encoding_cannot_hold_skips_that_encoding(tmp_path) -> None:
    sample = (E.SAMPLES / "004_1ed890315a895296.txt").read_text(encoding="utf-8")
    path = tmp_path / "004.txt"
    path.write_text(sample.replace("本报讯", "▶本报讯", 1), encoding="utf-8")  # no GBK code for "▶"
    assert not any(name == "encoding gbk" for name in E.differences(path))
