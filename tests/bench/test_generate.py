"""The archive generator: deterministic, varied, and noisy in the ways real issue files are."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from bench import generate as G
from bench.corpus import build_corpus
from bench.vary import Variation
from transforms.model import ParsedIssue, Rejection
from transforms.parse import parse_issue


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> G.Archive:
    return G.generate(tmp_path_factory.mktemp("landing"), days=30, papers=2, seed=7)


def test_same_seed_gives_the_same_bytes_and_another_seed_does_not(tmp_path, archive):
    again = G.generate(tmp_path / "again", days=30, papers=2, seed=7)
    other = G.generate(tmp_path / "other", days=30, papers=2, seed=8)
    assert _tree(archive.root) == _tree(again.root)
    assert again.files == archive.files
    theirs = _tree(other.root)
    ours = _tree(archive.root)
    assert set(theirs.values()).isdisjoint(v for v in ours.values() if v)  # no file (but empty ones) shared


def test_an_issue_does_not_depend_on_the_archive_length(tmp_path):
    short = G.generate(tmp_path / "short", days=3, seed=1)
    long = G.generate(tmp_path / "long", days=40, seed=1)
    good_short = {f.source_file: f for f in short.good if G.NO_MASTHEAD not in f.kinds and not f.kinds[:1] == (G.GB18030,)}
    shared = [f for f in long.files if f.source_file in good_short]
    assert shared, "the last days of both archives should include plain issues"
    for f in shared:
        assert (short.root / f.source_file).read_bytes() == (long.root / f.source_file).read_bytes()


def test_every_noise_kind_occurs_even_in_a_small_archive(archive):
    kinds = Counter(k for f in archive.files for k in f.kinds)
    for kind in G.NOISE_KINDS:
        assert kinds[kind] >= 1, f"no file with {kind}: {kinds}"
    by_kind = {k: [f for f in archive.files if k in f.kinds] for k in G.NOISE_KINDS}
    assert all((archive.root / f.source_file).stat().st_size == 0 for f in by_kind[G.EMPTY])
    for f in by_kind[G.BINARY]:
        assert b"\x00" in (archive.root / f.source_file).read_bytes()
    for f in by_kind[G.GB18030]:
        data = (archive.root / f.source_file).read_bytes()
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
        assert "日报社出版" in data.decode("gb18030")
    for f in by_kind[G.NO_MASTHEAD]:
        text = (archive.root / f.source_file).read_text(encoding="utf-8")
        assert "社出版" not in text and "总第" not in text
        assert f.issue_date.isoformat() in f.source_file  # the date is in the file name instead


def test_duplicates_splits_and_captions_are_really_in_the_text(archive):
    f = next(f for f in archive.files if G.DUPLICATES in f.kinds)
    paragraphs = [p for p in (archive.root / f.source_file).read_text(encoding="utf-8").split("\n\n") if len(p) > 60]
    assert Counter(paragraphs).most_common(1)[0][1] >= 2
    f = next(f for f in archive.files if G.CAPTION_BETWEEN in f.kinds)
    blocks = [b.strip() for b in (archive.root / f.source_file).read_text(encoding="utf-8").split("\n\n") if b.strip()]
    i = next(i for i, b in enumerate(blocks) if "图为" in b)
    assert not blocks[i - 1].endswith(("。", "”", "！", "？"))  # the caption stands inside a cut paragraph


def test_issue_numbers_go_up_by_one_per_day_per_paper(archive):
    for paper in G.PAPERS[:2]:
        numbered = sorted((f.issue_date, f.issue_number) for f in archive.files if f.paper == paper.slug and f.issue_number)
        assert len(numbered) >= 25
        for (d0, n0), (d1, n1) in zip(numbered, numbered[1:]):
            assert n1 - n0 == (d1 - d0).days


def test_the_parser_reads_paper_date_and_number_back(archive):
    for f in archive.files:
        data = (archive.root / f.source_file).read_bytes()
        parsed = parse_issue(data, source_file=f.source_file, default_paper="liaoyuan-daily")
        if f.broken:
            assert isinstance(parsed, Rejection)
            continue
        assert isinstance(parsed, ParsedIssue), (f, parsed)
        assert (parsed.paper, parsed.issue_date, parsed.issue_number) == (f.paper, f.issue_date, f.issue_number)
        assert parsed.accounting.balanced and len(parsed.articles) >= 3


def test_second_paper_goes_to_its_own_folder_with_its_own_masthead(archive):
    files = [f for f in archive.good if f.paper == "shaoxing-daily" and G.NO_MASTHEAD not in f.kinds]
    assert files and all(f.source_file.startswith("shaoxing-daily/") for f in files)
    text = (archive.root / files[0].source_file).read_bytes().decode("utf-8", errors="replace")
    assert "SHAO XING RI BAO" in text and "绍兴日报社出版" in text


def test_text_varies_between_issues():
    """Recombined paragraphs are rewritten (names, towns, numbers, sentence order) per issue."""
    corpus = G.sample_corpus()
    para = max(corpus.paragraphs, key=len)
    variants = {Variation(__import__("random").Random(i), city="绍兴").paragraph(para) for i in range(20)}
    assert len(variants) == 20
    issues = [G.issue_file(G.PAPERS[0], dt.date(2020, 1, 1) + dt.timedelta(days=i), 100 + i, seed=0)[1] for i in range(20)]
    paragraphs = Counter(p for data in issues for p in set(data.decode("utf-8").split("\n\n")) if len(p) > 60)
    repeated = sum(1 for n in paragraphs.values() if n > 1)
    assert repeated / len(paragraphs) < 0.05  # over 20 issues a long paragraph seldom repeats verbatim


def test_corpus_joins_column_splits_and_refuses_non_issues():
    first = "为深入贯彻会议精神,全面落实决策部署,积极推动我市产业工人队伍建设改革向纵深发展,会议强调这是以习近平同"
    corpus = build_corpus([f"## 我市召开产业工人队伍建设改革推进会\n\n本报讯(记者 张莹莹){first}\n\n"
                           "志为核心的党中央作出的重大决策部署。\n\n图为会议现场。会议现场很热烈,大家踊跃发言,气氛很好。"])
    assert corpus.paragraphs == (first + "志为核心的党中央作出的重大决策部署。",)
    assert corpus.headlines == ("我市召开产业工人队伍建设改革推进会",)
    assert corpus.reporters == ("张莹莹",)
    with pytest.raises(ValueError, match="corpus has no"):
        build_corpus(["hello world"])
