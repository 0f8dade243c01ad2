"""Deterministic synthetic archives: ``python -m bench.generate --years N --papers P --out DIR --seed S``.

Every issue is recombined from the bundled samples (``bench.corpus``) under a fresh date,
issue number and masthead, its text varied (``bench.vary``), with the extraction noise of real
files: paragraphs printed twice, column splits, photo captions between the halves of a split
paragraph, files without a masthead (the date is then in the file name), GB18030 files, and
broken files (empty, binary). Issue numbers go up by one per day per paper.

Layout under ``DIR`` (the landing folder)::

    liaoyuan-daily/2021/249_3f9a…c2.txt          masthead names paper and date
    liaoyuan-daily/2021/liaoyuan-daily-2021-09-07.txt   no masthead: the date is in the name
    shaoxing-daily/2021/…                      a second paper (--papers 2)

Each issue is generated from its own ``Random(f"{seed}:{paper}:{date}")``, so one issue's bytes
do not depend on how long the archive is, and a later day can be added on its own
(:func:`write_issue`), which is how the benchmark times the nightly increment.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import hashlib
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from baozhi.settings import BUNDLED_SAMPLES
from bench.corpus import Corpus, build_corpus
from bench.vary import Variation, person_name, town_name

DEFAULT_END = dt.date(2021, 12, 31)

# Noise kinds. Common ones are decided per issue; rare ones are dealt out over the archive so
# that even a 30-issue archive has each at least once.
DUPLICATES, COLUMN_SPLIT, CAPTION_BETWEEN = "duplicate_paragraphs", "column_split", "caption_between"
NO_MASTHEAD, GB18030, EMPTY, BINARY = "no_masthead", "gb18030", "empty", "binary"
BROKEN = (EMPTY, BINARY)
RARE_SHARES = {NO_MASTHEAD: 0.04, GB18030: 0.02, EMPTY: 0.003, BINARY: 0.003}
NOISE_KINDS = (DUPLICATES, COLUMN_SPLIT, CAPTION_BETWEEN, *RARE_SHARES)


@dataclass(frozen=True)
class Paper:
    slug: str
    name: str  # as printed: 绍兴日报
    romanised: str  # SHAO XING RI BAO
    city: str  # replaces 辽源 in the recombined text
    area_code: str
    cn: str  # 国内统一刊号
    first_number: int  # 总第N期 on 2000-01-01 (NUMBER_EPOCH)


PAPERS = (
    Paper("liaoyuan-daily", "辽源日报", "LIAO YUAN RI BAO", "辽源", "0437", "CN22-0010", 4001),
    Paper("shaoxing-daily", "绍兴日报", "SHAO XING RI BAO", "绍兴", "0575", "CN33-0059", 12001),
    Paper("tonghua-daily", "通化日报", "TONG HUA RI BAO", "通化", "0435", "CN22-0017", 7001),
    Paper("siping-daily", "四平日报", "SI PING RI BAO", "四平", "0434", "CN22-0020", 9001),
    Paper("songyuan-daily", "松原日报", "SONG YUAN RI BAO", "松原", "0438", "CN22-0063", 3001),
    Paper("baishan-daily", "白山日报", "BAI SHAN RI BAO", "白山", "0439", "CN22-0039", 6001),
)


@dataclass(frozen=True)
class GeneratedFile:
    source_file: str  # landing-relative, "/"-separated
    paper: str
    issue_date: dt.date
    issue_number: int | None  # printed 总第N期; None without masthead or when broken
    kinds: tuple[str, ...]  # noise kinds in this file
    bytes: int

    @property
    def broken(self) -> bool:
        return any(k in BROKEN for k in self.kinds)


@dataclass(frozen=True)
class Archive:
    root: Path
    files: tuple[GeneratedFile, ...]

    @property
    def bytes(self) -> int:
        return sum(f.bytes for f in self.files)

    @property
    def good(self) -> tuple[GeneratedFile, ...]:
        return tuple(f for f in self.files if not f.broken)

    @property
    def broken(self) -> tuple[GeneratedFile, ...]:
        return tuple(f for f in self.files if f.broken)


@functools.cache
def sample_corpus() -> Corpus:
    return build_corpus([p.read_text(encoding="utf-8") for p in sorted(BUNDLED_SAMPLES.glob("*/*.txt"))])


def archive_days(years: int | None = None, days: int | None = None, end: dt.date = DEFAULT_END) -> list[dt.date]:
    """``days`` days (or ``years`` × 365) ending on ``end``: 10 years = 3,650 issues."""
    n = days if days is not None else 365 * (years or 0)
    return [end - dt.timedelta(days=n - 1 - i) for i in range(n)]


def rare_kinds(paper: Paper, dates: list[dt.date], seed: int) -> dict[dt.date, str]:
    """Which days get a rare noise kind: each kind at its share, at least once, never two on a day."""
    rng = random.Random(f"{seed}:{paper.slug}:rare")
    free = list(dates)
    rng.shuffle(free)
    out: dict[dt.date, str] = {}
    for kind, share in RARE_SHARES.items():
        for _ in range(max(1, round(share * len(dates)))):
            if len(free) > 1:  # keep at least one good day
                out[free.pop()] = kind
    return out


# -- one issue -------------------------------------------------------------------------------

_WEEKDAYS = "一二三四五六日"
_STEMS, _BRANCHES = "甲乙丙丁戊己庚辛壬癸", "子丑寅卯辰巳午未申酉戌亥"
_LUNAR_MONTHS = ("正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "冬月", "腊月")
_LUNAR_DAYS = [f"初{d}" for d in "一二三四五六七八九十"] + [f"十{d}" for d in "一二三四五六七八九"] + ["二十"] + [
    f"廿{d}" for d in "一二三四五六七八九"
] + ["三十"]
_TOPICS = (
    "生态环境保护", "乡村振兴", "优化营商环境", "安全生产", "疫情防控", "城市更新", "老旧小区改造", "招商引资",
    "民生实事", "文明城市创建", "冬季供热", "防汛抗旱", "春耕生产", "职业技能培训", "河长制", "项目建设",
)
_HEADLINE_TEMPLATES = (
    "{person}深入{town}调研{topic}工作",
    "{city}召开{topic}工作推进会",
    "我市{topic}工作取得新成效",
    "{town}扎实推进{topic}",
    "{person}主持召开{topic}专题会议",
    "聚焦{topic} 推动高质量发展",
)
_CAPTION_TEMPLATES = (
    "{m}月{d}日,{person}在{town}调研{topic}工作。图为{person}在现场了解情况。",
    "{m}月{d}日,{town}干部群众开展{topic}活动。图为活动现场。",
    "近日,{city}{topic}工作有序开展。图为工作人员在{town}检查。",
)


def masthead(paper: Paper, day: dt.date, number: int, pages: int, rng: random.Random) -> list[str]:
    """The top-of-page block as the PDF extraction gives it, one printed line per item."""
    year = day.year - 1 if day.month < 2 else day.year  # the lunar year turns around February
    lunar = f"{_STEMS[(year - 4) % 10]}{_BRANCHES[(year - 4) % 12]}年{rng.choice(_LUNAR_MONTHS)}{rng.choice(_LUNAR_DAYS)}"
    lines = [
        "吉D微风" if paper.city == "辽源" else paper.city + "新闻",
        paper.romanised,
        f"{day.year}年{day.month}月{day.day}日 星期{_WEEKDAYS[day.weekday()]}",
        lunar,
        f"总第{number}期 今日{pages}版",
        f"国内统一刊号:{paper.cn} E-mail:news@{paper.slug}.cn",
    ]
    if rng.random() < 0.6:
        lines.append(f"设计制作:{person_name(rng)}")
    lines += [
        f"中共{paper.city}市委主管主办 {paper.name}社出版",
        f"新闻热线:{paper.area_code}-{rng.randint(2000000, 3999999)}",
        f"{paper.city}信息港 <http://www.{paper.area_code}.com>",
    ]
    return lines


def _split(paragraph: str, rng: random.Random) -> tuple[str, str]:
    """A paragraph cut mid-sentence, as a column break cuts it: "…是以习近平同" / "志为核心…"."""
    cut = rng.randint(len(paragraph) // 3, 2 * len(paragraph) // 3)
    while cut < len(paragraph) - 1 and not ("\u4e00" <= paragraph[cut - 1] <= "\u9fff"):
        cut += 1
    return paragraph[:cut], paragraph[cut:]


def _article(corpus: Corpus, v: Variation, rng: random.Random, paras: list[str], context: dict) -> list[list[str]]:
    """One article as blocks (each block a list of lines; blocks are separated by blank lines)."""
    blocks: list[list[str]] = []
    if corpus.kickers and rng.random() < 0.15:
        blocks.append([v.line(rng.choice(corpus.kickers))])
    if rng.random() < 0.5:
        headline = v.line(rng.choice(corpus.headlines))
    else:
        headline = rng.choice(_HEADLINE_TEMPLATES).format(**context, topic=rng.choice(_TOPICS))
    blocks.append([("## " if rng.random() < 0.3 else "") + headline])
    if corpus.subtitles and rng.random() < 0.08:
        blocks.append([v.line(rng.choice(corpus.subtitles))])
    reporters = [person_name(rng) for _ in range(rng.choice((1, 1, 2)))]
    style = rng.random()
    body = [v.paragraph(p) for p in paras]
    if style < 0.6:
        body[0] = f"本报讯(记者 {' '.join(reporters)})" + body[0]
    elif style < 0.85:
        blocks.append([f"本报记者 {' '.join(reporters)}"])
    blocks.extend([p] for p in body)
    return blocks


def issue_blocks(paper: Paper, day: dt.date, number: int, seed: int, rare: str | None) -> tuple[list[list[str]], tuple[str, ...]]:
    """The blocks of one issue's text and the noise kinds applied to it."""
    corpus = sample_corpus()
    rng = random.Random(f"{seed}:{paper.slug}:{day.isoformat()}")
    v = Variation(rng, city=paper.city)
    kinds: list[str] = [rare] if rare else []
    pages = 8 if day.weekday() < 5 and rng.random() < 0.3 else 4
    n_paras = rng.randint(28, 46) * pages // 4
    pool = rng.sample(corpus.paragraphs, min(n_paras, len(corpus.paragraphs)))
    context = {"person": person_name(rng), "town": town_name(rng), "city": paper.city}
    articles: list[list[list[str]]] = []
    while pool:
        n = rng.randint(2, 7)
        articles.append(_article(corpus, v, rng, pool[:n], context))
        pool = pool[n:]

    # Extraction noise, applied to body blocks (never the headline block at index 0..1).
    if rng.random() < 0.35:  # a run of paragraphs printed again further down the page
        src = rng.randrange(len(articles))
        bodies = [b for b in articles[src] if len(b[0]) > 60]
        if bodies:
            start = rng.randrange(len(bodies))
            run = bodies[start : start + rng.randint(1, 3)]
            dest = articles[min(len(articles) - 1, src + rng.randint(0, 2))]
            dest.extend([list(b) for b in run] * rng.randint(1, 2))
            kinds.append(DUPLICATES)
    if rng.random() < 0.6:
        for _ in range(rng.randint(1, 3)):
            art = rng.choice(articles)
            idx = [i for i, b in enumerate(art) if len(b[0]) > 80]
            if idx:
                i = rng.choice(idx)
                head, tail = _split(art[i][0], rng)
                art[i : i + 1] = [[head], [tail]]
                if COLUMN_SPLIT not in kinds:
                    kinds.append(COLUMN_SPLIT)
    if rng.random() < 0.25:
        art = rng.choice(articles)
        idx = [i for i, b in enumerate(art) if len(b[0]) > 80]
        if idx:
            i = rng.choice(idx)
            head, tail = _split(art[i][0], rng)
            m, d = (day - dt.timedelta(days=1)).month, (day - dt.timedelta(days=1)).day
            caption = rng.choice(_CAPTION_TEMPLATES).format(**context, m=m, d=d, topic=rng.choice(_TOPICS))
            between = [[caption]] + ([[f"本报记者 {person_name(rng)} 摄"]] if rng.random() < 0.5 else [])
            art[i : i + 1] = [[head], *between, [tail]]
            kinds.append(CAPTION_BETWEEN)

    blocks: list[list[str]] = []
    if rare != NO_MASTHEAD:
        blocks.extend([line] for line in masthead(paper, day, number, pages, rng))
    for art in articles:
        blocks.extend(art)
    return blocks, tuple(kinds)


def render(blocks: list[list[str]], rng: random.Random) -> str:
    """Blocks separated by blank lines; sometimes three blank lines, as between page columns."""
    parts = ["\n\n\n"]
    for block in blocks:
        parts.append("\n".join(block))
        parts.append("\n\n\n\n" if rng.random() < 0.08 else "\n\n")
    return "".join(parts)


def issue_file(paper: Paper, day: dt.date, number: int, seed: int, rare: str | None = None) -> tuple[str, bytes, tuple[str, ...]]:
    """``(landing-relative path, bytes, noise kinds)`` of one generated issue file."""
    rng = random.Random(f"{seed}:{paper.slug}:{day.isoformat()}:file")
    folder = f"{paper.slug}/{day.year}"
    opaque = f"{folder}/{day.timetuple().tm_yday:03d}_{hashlib.sha256(f'{seed}{paper.slug}{day}'.encode()).hexdigest()[:16]}.txt"
    if rare == EMPTY:
        return opaque, b"", (EMPTY,)
    if rare == BINARY:
        return opaque, bytes(rng.getrandbits(8) for _ in range(rng.randint(2048, 8192))), (BINARY,)
    blocks, kinds = issue_blocks(paper, day, number, seed, rare)
    text = render(blocks, rng)
    data = text.encode("gb18030" if rare == GB18030 else "utf-8")
    if rare == NO_MASTHEAD:
        return f"{folder}/{paper.slug}-{day.isoformat()}.txt", data, kinds
    return opaque, data, kinds


def write_issue(root: Path, paper: Paper, day: dt.date, number: int, seed: int, rare: str | None = None) -> GeneratedFile:
    """Write one issue file under ``root`` (the landing folder) and describe it."""
    name, data, kinds = issue_file(paper, day, number, seed, rare)
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")  # discovery skips *.part: never a half-written issue
    tmp.write_bytes(data)
    tmp.replace(path)
    printed = None if rare in (NO_MASTHEAD, EMPTY, BINARY) else number
    return GeneratedFile(name, paper.slug, day, printed, kinds, len(data))


NUMBER_EPOCH = dt.date(2000, 1, 1)


def number_for(paper: Paper, day: dt.date) -> int:
    """总第N期 for ``day``: one more per day, the same for a day whatever the archive's length."""
    return paper.first_number + (day - NUMBER_EPOCH).days


def generate(
    out: Path,
    *,
    years: int | None = None,
    days: int | None = None,
    papers: int = 1,
    seed: int = 0,
    end: dt.date = DEFAULT_END,
) -> Archive:
    """Write an archive of ``days`` (or ``years`` × 365) daily issues per paper into ``out``."""
    if not 1 <= papers <= len(PAPERS):
        raise ValueError(f"papers must be 1–{len(PAPERS)}, not {papers}")
    dates = archive_days(years, days, end)
    if not dates:
        raise ValueError("an archive needs at least one day (--years or --days)")
    files = []
    for paper in PAPERS[:papers]:
        rare = rare_kinds(paper, dates, seed)
        for day in dates:
            files.append(write_issue(out, paper, day, number_for(paper, day), seed, rare.get(day)))
    return Archive(out, tuple(files))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n")[0])
    ap.add_argument("--years", type=int, default=None, help="years of daily issues (365 days each)")
    ap.add_argument("--days", type=int, default=None, help="days of issues instead of --years")
    ap.add_argument("--papers", type=int, default=1, help=f"number of papers (1–{len(PAPERS)})")
    ap.add_argument("--out", type=Path, required=True, help="landing folder to write into")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--end", type=dt.date.fromisoformat, default=DEFAULT_END, help="last issue date (YYYY-MM-DD)")
    args = ap.parse_args(argv)
    if args.years is None and args.days is None:
        ap.error("give --years or --days")
    archive = generate(args.out, years=args.years, days=args.days, papers=args.papers, seed=args.seed, end=args.end)
    kinds = {k: sum(k in f.kinds for f in archive.files) for k in NOISE_KINDS}
    print(
        f"{len(archive.files)} files, {archive.bytes / 1e6:.1f} MB in {args.out} "
        f"({len(archive.broken)} broken); noise: " + ", ".join(f"{k} {n}" for k, n in kinds.items())
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
