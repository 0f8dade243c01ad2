"""Three hand-built issues of 辽源日报 (the parser is written elsewhere), with their language layer.

Tokens come from a greedy longest-match over a small vocabulary, so the fixture needs no jieba:
"市委书记柴伟率队" -> 市委书记 / 柴伟 / 率队.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib

from transforms.model import Accounting, Article, ArticleLanguage, Entity, Keyword, ParsedIssue, Token

VOCAB = {
    "柴伟": "nr", "杨光": "nr", "王茜": "nr", "马卫光": "nr", "市委书记": "n", "市长": "n",
    "绍兴": "ns", "辽源": "ns", "东辽河": "ns", "绍兴市": "ns", "国务院": "nt", "市政府": "nt",
    "率队": "v", "学习": "v", "考察": "v", "合作": "vn", "发展": "vn", "高质量": "b", "乡村振兴": "n",
    "城市": "n", "生态": "n", "保护": "v", "治理": "vn", "通知": "n", "停水": "v", "居民": "n",
    "企业": "n", "经济": "n", "对口": "d", "代表团": "n", "项目": "n", "春耕": "n", "农民": "n",
}


def tokenize(text: str) -> tuple[Token, ...]:
    out, i, pos = [], 0, 0
    longest = max(map(len, VOCAB))
    while i < len(text):
        for n in range(min(longest, len(text) - i), 0, -1):
            word = text[i:i + n]
            if word in VOCAB or n == 1:
                if not word.isspace():
                    out.append(Token(pos, word, VOCAB.get(word, "x")))
                    pos += 1
                i += n
                break
    return tuple(out)


def article(issue_id: str, seq: int, headline: str, paragraphs: list[str], *, authors=(), genre="news",
            source_outlet=None, byline=None, entities=(), keywords=()) -> tuple[Article, ArticleLanguage]:
    art = Article(
        article_id=f"{issue_id}-a{seq:03d}", seq=seq, headline=headline, kicker=None, subtitle=None,
        byline=byline or (f"本报记者 {' '.join(authors)}" if authors else None), authors=tuple(authors),
        photographers=(), genre=genre, source_outlet=source_outlet, captions=(), continued_to=None,
        continued_from=None, paragraphs=tuple(paragraphs),
    )
    lang = ArticleLanguage(
        article_id=art.article_id,
        tokens=tokenize(headline + "\n" + art.body),
        entities=tuple(Entity(*e) for e in entities),
        keywords=tuple(Keyword(k, w, r) for r, (k, w) in enumerate(keywords, 1)),
    )
    return art, lang


def issue(date: dt.date, number: int, pairs: list[tuple[Article, ArticleLanguage]]) -> tuple[ParsedIssue, list[ArticleLanguage]]:
    chars = sum(a.n_chars + len(a.headline) for a, _ in pairs)
    parsed = ParsedIssue(
        issue_id=f"liaoyuan-daily-{date.isoformat()}", paper="liaoyuan-daily", paper_name="辽源日报",
        issue_date=date, date_source="masthead", weekday="星期二", lunar_date=None, issue_number=number,
        page_count=4, editor="胡群诗雪", encoding="utf-8", articles=tuple(a for a, _ in pairs),
        accounting=Accounting(chars + 40, chars, 40, 0), duplicates_dropped=0,
    )
    return parsed, [lang for _, lang in pairs]


def issue_one() -> tuple[ParsedIssue, list[ArticleLanguage]]:
    iid = "liaoyuan-daily-2021-06-01"
    return issue(dt.date(2021, 6, 1), 8353, [
        article(iid, 1, "市委书记柴伟率队赴绍兴学习考察",
                ["5月27日至30日,市委书记柴伟率党政代表团赴对口合作城市绍兴学习考察。",
                 "柴伟要求把绍兴的先进经验学到手,推动辽源高质量发展。"],
                authors=["王茜"],
                entities=[("柴伟", "person", "市委书记", 3), ("绍兴", "place", None, 3),
                          ("辽源", "place", None, 1), ("王茜", "reporter", None, 1), ("马卫光", "person", "市委书记", 1)],
                keywords=[("绍兴", 0.9), ("考察", 0.7), ("柴伟", 0.6)]),
        article(iid, 2, "国务院部署乡村振兴工作", ["国务院日前部署乡村振兴和春耕生产,农民增收。"],
                genre="report", source_outlet="人民日报", byline="转自《人民日报》",
                entities=[("国务院", "org", None, 2)], keywords=[("乡村振兴", 0.8), ("春耕", 0.5)]),
        article(iid, 3, "让城市更宜居", ["城市发展要坚持生态优先,辽源的经济发展离不开生态保护。",
                                        "本报评论员认为,学习是城市治理的第一步。"],
                genre="commentary", entities=[("辽源", "place", None, 1)],
                keywords=[("生态", 0.8), ("城市", 0.6)]),
    ])


def issue_two() -> tuple[ParsedIssue, list[ArticleLanguage]]:
    iid = "liaoyuan-daily-2021-06-02"
    return issue(dt.date(2021, 6, 2), 8354, [
        article(iid, 1, "市长杨光调研企业", ["市长杨光到企业调研经济运行,市政府将支持项目建设。"],
                authors=["王茜", "汪琳"],
                entities=[("杨光", "person", "市长", 2), ("市政府", "org", None, 1), ("王茜", "reporter", None, 1)],
                keywords=[("企业", 0.8), ("经济", 0.6)]),
        article(iid, 2, "东辽河生态治理见成效", ["东辽河流域生态治理持续推进,辽源居民受益。"],
                genre="feature", authors=["汪琳"],
                entities=[("东辽河", "place", None, 2), ("辽源", "place", None, 1)],
                keywords=[("东辽河", 0.9), ("治理", 0.7)]),
    ])


def issue_three() -> tuple[ParsedIssue, list[ArticleLanguage]]:
    iid = "liaoyuan-daily-2021-07-05"
    return issue(dt.date(2021, 7, 5), 8380, [
        article(iid, 1, "绍兴市代表团来辽源考察合作项目", ["绍兴市代表团来辽源考察对口合作项目,柴伟会见代表团。"],
                authors=["王茜"],
                entities=[("绍兴", "place", None, 2), ("柴伟", "person", "市委书记", 1), ("辽源", "place", None, 1)],
                keywords=[("合作", 0.8), ("项目", 0.7)]),
        article(iid, 2, "停水通知", ["因管网维修,部分居民停水一天。"], genre="notice",
                keywords=[("停水", 0.9)]),
    ])


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def delivery(which, *, source_file: str | None = None, version: str = "v1"):
    """(parsed, language, source_file, source_sha256) for one fixture issue."""
    parsed, language = which()
    return parsed, language, source_file or f"{parsed.issue_id}.txt", sha(parsed.issue_id + version)


def corrected_issue_two():
    """A re-delivery of issue two: the second article was an extraction error and is gone,
    and the first has a corrected headline."""
    parsed, language = issue_two()
    first = dataclasses.replace(parsed.articles[0], headline="市长杨光调研重点企业")
    parsed = dataclasses.replace(parsed, articles=(first,))
    return parsed, language[:1]


ALL = (issue_one, issue_two, issue_three)
