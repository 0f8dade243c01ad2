"""Pull quotes: a passage of a story printed again in large type over it or between its paragraphs,
and when a line the copy finder sees inside a longer one is such a quote rather than a copy.

A commentary opens with a display line that its body says again ("人工智能如何走进千家万户，是一场
更长的赛跑" over "…，人工智能如何走进千家万户，是一场更长的赛跑。"): ``pull_quote`` measures how much
of a story's first paragraph is such quotes, on paragraphs joined across column breaks.  On the
printed lines, a heading that quotes its story, a deck of two quotes run together, and a quote
that a column break cut off its paragraph are no copies of the story's paragraph
(``quoted_inside``, ``deck_of_quotes``, ``runs_on_past``, ``quote_over_heading``, read by ``repair``).
"""

from __future__ import annotations

import re

from transforms.copies import MIN_DUP_CJK, copy_key, copy_keys
from transforms.decode import cjk_count, is_cjk
from transforms.headblock import MAX_TITLE_CJK, over_title
from transforms.lines import CLAUSE_MARK, FINAL, SENTENCE_END, Unit, ends_sentence
from transforms.sentences import mid_clause

__all__ = ["deck_of_quotes", "deck_inside", "pull_quote", "quote_over_heading", "quoted_inside", "runs_on_past"]

# The tail of a pull quote cut at a column break counts before a whole quote from this length on.
_MIN_TAIL_CJK = 8
# A quote without a clause mark is a copy from this length on, when the body prints it as a clause of
# its own up to its full stop ("制造业十大重点领域人才需求缺口接近3000万人" over "…缺口接近3000万人。");
# a crosshead or a title the body says again is shorter ("疏通河道“经脉”", "民生工作越要抓好越要办实")
# or stops inside a sentence.  A deck's shortest quotes hold 13 ("赤峰、通辽疏浚整治河道超313公里").
_MIN_QUOTE_CJK = 13
# With a clause mark a quote is prose, and one a little shorter counts: "“商机稍纵即逝，等不得慢不得。”".
_MIN_PROSE_QUOTE_CJK = 12


def _opens(ch: str) -> bool:
    """``ch`` may open the line joined to a quote that dropped its full stop: a character, a quotation
    or a bracket that opens, a figure or a letter ("…行稳致远" + "近几年，…", "…算力资源" + "4月25日，…",
    "…深入人心" + "【故事】3岁时，…"); never a mark that goes on with the quote's own sentence."""
    return is_cjk(ch) or ch in "“《【〔（(" or ch.isascii() and ch.isalnum()


def quoted_inside(piece: str, paragraph: str) -> bool:
    """``piece`` stands inside ``paragraph``, neither at its start nor at its end: a heading that
    quotes its story ("积极建设平台、完善配套机制，突出企业研发主体地位" over "…各地各部门积极建设平台、
    完善配套机制，突出企业研发主体地位，让…"), not a piece cut off it at a column break, which
    is the paragraph's beginning or its end."""
    at = paragraph.find(piece)
    return 0 < at and at + len(piece) < len(paragraph)


def deck_of_quotes(piece: str, line: str, keys: list[str]) -> bool:
    """``line`` is ``piece`` and another passage run together, each printed in the story on its own:
    a deck of pull quotes over a commentary ("基础打得好，…事半功倍。所有向上生长的惊艳，都源自向下扎根的
    力量" over a body that prints "基础打得好，…事半功倍。" as a paragraph and "…朴素道理：所有向上生长的
    惊艳，都源自向下扎根的力量。" inside its last one).  The deck is the copy, not the paragraph: it stays
    a line of its own for ``pull_quote``, which finds both passages in the body.  The two meet where a
    sentence ends, and a line that does not print ``piece`` prints the rest too; the piece a column
    break cuts off a paragraph leaves a rest only the paragraph's own copies print."""
    if line.startswith(piece):
        before, rest = piece, line[len(piece) :]
    elif line.endswith(piece):
        before = rest = line[: -len(piece)]
    else:
        return False
    if not ends_sentence(before) or cjk_count(rest) < _MIN_TAIL_CJK:
        return False
    return any(rest in k and piece not in k for k in keys)


def runs_on_past(keys: list[str], piece: int, line: int) -> bool:
    """keys[piece] opens keys[line] and the next line goes on with the rest of it, and further: the
    two are a paragraph cut at a column break ("管理和服务相辅相成，不可偏废。好的管理不" / "是降低标准，
    而是建立…价值生态。从《政府工作报告》…"), and keys[line] only quotes it (a pull quote over the
    story, "管理和服务相辅相成，…而是建立…价值生态"): the piece is no copy of the quote.  The mirror: the
    piece closes the line and the line before it ends with the line's beginning, and more before."""
    whole, part = keys[line], keys[piece]
    at = whole.find(part)
    # A deck's second place cut the same way: "…一国治。惩贪反腐是一场攻坚战，更是一场持久战。" over the
    # story, its body "惩贪反腐是一场攻坚战，更是一场持久" / "战。新征程上，…": the deck runs together
    # sentences of two paragraphs (the first closed by its full stop, never a colon: "某某说：惩贪反腐…"
    # prints the paragraph again), and quotes the second across its column cut.
    second_place = 0 < at < len(whole) - len(part) and whole[:at].rstrip("”’」』")[-1:] in SENTENCE_END
    if (at == 0 or second_place) and piece + 1 < len(keys):
        nxt, rest = keys[piece + 1], whole[at + len(part) :]
        return len(nxt) > len(rest) and nxt.startswith(rest)
    if whole.endswith(part) and piece > 0:
        before = keys[piece - 1]
        return len(before) > len(whole) - len(part) and before.endswith(whole[: -len(part)])
    return False


def quote_over_heading(units: list[Unit], k: int) -> bool:
    """units[k] is a pull quote printed over a heading block: longer than a heading line that quotes its
    story, over two heading lines (a title and its byline).  A kicker says a phrase or two of the
    story ("积极建设平台、完善配套机制，突出企业研发主体地位"); a whole sentence of the body over the title
    ("加快完善消费基础设施，有利于…，以有潜能的消费拉动有效益的投资，推动…良性互促" / "以有潜能的消费拉动
    有效益的投资（观象台）" / "刘志强") is a quote the extraction moved there, a copy.  Under the byline it
    is the story's opening, where ``pull_quote`` takes it (its rest may be the next line, cut at
    the column's edge)."""
    return cjk_count(units[k].text) > MAX_TITLE_CJK and over_title(units, k + 1)


def pull_quote(paragraphs: list[str], dropped: tuple[str, ...] = ()) -> int:
    """How much of the first paragraph opens the story as pull quotes: passages printed again,
    word for word, inside later paragraphs of the same story (0 if none).

    "人工智能如何走进千家万户，是一场更长的赛跑" over a commentary that says "…，人工智能如何走进
    千家万户，是一场更长的赛跑。" further on: the quote is a copy.  On a page printed in columns the
    later paragraph is several lines, so ``dedupe`` never sees the two whole; joined into
    paragraphs, the copy shows (the quote may be joined to the lead after it, having no full
    stop: only an opening that stops where the later copy's sentence ends is taken).  The copy
    must hold a clause mark and MIN_DUP_CJK ideographs (a heading-like phrase repeats legitimately).

    A commentary may open with two or three such quotes, each printed without its full stop, so
    joined into one line with the lead: "某某的选择是更加开放、更加团结" + "各方的信心…勇敢向前行" +
    "去年春天，…".  They are taken one after the other; the first may be the tail of a quote whose
    head a column break cut off (and ``dedupe`` took as a piece of its later copy), too short to
    be a quote alone, when a whole quote follows it or it opens mid-clause ("点，也要大力破堵点，
    优化某某环境" + lead: a word cut in two, the tail of a quote the later copy prints whole).

    ``dropped``: the lines ``dedupe`` took as copies.  A quote cut by its own heading prints its
    first half over the heading and its second under it; ``dedupe`` takes the second as a piece
    of the later copy, and the first, joined to the lead, stops where the later copy goes on
    mid-sentence ("某某服务业提质扩容将迈入“快" + lead, later "…将迈入“快车道”，…"): an opening
    whose later copy goes on with a dropped line is a copy too.  The other way round, the first half
    over the heading was the dropped piece ("基础打得好，…才" over the title, "能举重若轻，事半功倍。"
    + the next quote under it, later "基础打得好，…才能举重若轻，事半功倍。"): an opening whose later
    copy comes after a dropped line, up to where a sentence ends, is a copy too."""
    if len(paragraphs) < 2:
        return 0
    first, later = paragraphs[0], paragraphs[1:]
    dropped = copy_keys(dropped)
    at = taken = 0
    while at < len(first):
        # A deck without its full stop joined to a lead that prints it again: "…历史性成就。边疆地区…
        # 托举" + "党的十八大以来，…重要位置，边疆地区经济社会发展取得历史性成就。…" (the quote's head
        # printed over the heading); the copy is in the same paragraph, after the quote.
        n = _opening_copy(first[at:], later, dropped, first[at + 1 :])
        if not n:
            break
        quote = first[at : at + n]
        at += n
        if _stands_alone(quote, [*later, first[at:]]):
            taken = at  # a whole quote: what it closes is taken
        elif taken and _second_place(quote, later):
            taken = at  # the deck's second place, shorter than a quote alone
        elif cjk_count(quote) < _MIN_TAIL_CJK or taken:
            break  # a short piece stands only first, before a whole quote
        elif mid_clause(first):
            taken = at  # it opens mid-clause ("点，也要…"): the tail of a quote cut off, even alone
    if 0 < cjk_count(first[taken:]) < _MIN_TAIL_CJK:
        # A deck joined to its lead leaves the lead; a few words left are the rest of a crosshead
        # the body quotes in part ("我们党对经济发展质和量关系的认识" + "不断深化", the body "…的认识。").
        return 0
    return taken


def deck_inside(paragraphs: list[str], dropped: tuple[str, ...] = ()) -> tuple[int, int]:
    """Where a deck of pull quotes stands inside the first paragraph, after text run into it with no
    mark between, and how long it is: ``(at, n)``, or ``(0, 0)``.  A column piece of the story or the
    tail of the story above joined before the deck ("…悄然进行。无论个人成长还" / "年仅29岁" + "翌年，在合塔圩
    奚塔庄为其建墓树碑。这座从战火中走来的英雄小镇，…" + the lead): ``pull_quote`` looks at the paragraph's
    start only.  A deck opens where the body opens a clause of its own ("…现场好苗床温度”。梁誉介绍，
    接下来…"), so only those openings are looked for, and only where the text before runs on without a
    mark (a paragraph's own sentence after "。" is no deck: it is the paragraph the body may repeat)."""
    if len(paragraphs) < 2:
        return 0, 0
    first, later = paragraphs[0], paragraphs[1:]
    for at in sorted({i for q in later for i in _clause_openings_in(first, q)}):
        if not (is_cjk(first[at - 1]) or first[at - 1].isalnum()) or _read_on_in(first, at, [*later, *dropped]):
            continue
        if _left_open(first[:at]):
            continue  # inside a title or a quotation: "…印发《天津市" + "全链条支持生物医药创新发展的若干措施》"
        if n := pull_quote([first[at:], *later], dropped):
            return at, n
    return 0, 0


def _left_open(text: str) -> bool:
    """``text`` leaves a book title or a quotation open: what follows is inside it, no deck."""
    return text.count("《") > text.count("》") or text.count("“") > text.count("”")


def _read_on_in(first: str, at: int, later: list[str]) -> bool:
    """The body prints first[:at] running on into first[at:]: one passage, not text joined before a
    deck; or a later paragraph ends where first[:at] does, cut at a column whose next piece opens
    with first[at:] (a deck "…创新文化加速发展成为全社会的文化氛围。" over the body's "…创新文化加速发" /
    "展成为全社会的文化氛围。"; the first piece may be a line ``dedupe`` dropped, "…文玩葫芦、茶")."""
    before = first[max(0, at - _MIN_TAIL_CJK) : at]
    run_on = before + first[at : at + _MIN_TAIL_CJK]
    return any(q.endswith(before) or run_on in q for q in later)


# The first _MIN_TAIL_CJK characters of each clause of a paragraph: at its start or after a mark,
# opening on no mark ("梁誉介绍，接下来…" -> "梁誉介绍", "接下来…").
_CLAUSE_OPENING = re.compile(rf"(?:^|(?<=[，。；：？！,;:?!”]))(?=([^，。；：？！,;:?!”][\s\S]{{{_MIN_TAIL_CJK - 1}}}))")


def _clause_openings_in(first: str, q: str) -> list[int]:
    """Places past the start of ``first`` where an opening of a clause of ``q`` (after a mark, or its
    start) is printed, _MIN_TAIL_CJK characters of it."""
    return [at for key in _CLAUSE_OPENING.findall(q) if (at := first.find(key, 1)) > 0]


def _whole_quote(rest: str, later: list[str], dropped: tuple[str, ...]) -> bool:
    """``rest`` opens with a quote that stands alone: a later paragraph prints it, it holds a clause
    mark and MIN_DUP_CJK ideographs."""
    n = _opening_copy(rest, later, dropped)
    quote = rest[:n]
    return _stands_alone(quote, later) or _second_place(quote, later)


def _stands_alone(quote: str, copies: list[str]) -> bool:
    """``quote`` is long enough to be a pull quote on its own: MIN_DUP_CJK ideographs and a clause
    mark, or _MIN_QUOTE_CJK ideographs (_MIN_PROSE_QUOTE_CJK with a clause mark) that one of
    ``copies`` prints up to a full stop ("新一批研学客户到了，您快来吧！”", "也是道明日用竹编技艺四川省级
    非遗代表性传承人" of "…传承人。在她的工作室…")."""
    n, prose = cjk_count(quote), bool(CLAUSE_MARK.search(quote))
    if n >= MIN_DUP_CJK and prose:
        return True
    return n >= (_MIN_PROSE_QUOTE_CJK if prose else _MIN_QUOTE_CJK) and _printed_to_its_stop(quote, copies)


def _printed_to_its_stop(quote: str, copies: list[str]) -> bool:
    """One of ``copies`` prints ``quote`` as a clause or sentence of its own: where one opens (after a
    mark, or at the paragraph's start) up to where its sentence stops (the quote ends with its full
    stop, or the copy goes on with one, after a closing quotation mark).  A copy that only ends there
    is no sign: a column break cuts a paragraph anywhere ("记者：村规民约在执行中如何化" / "解…"); nor
    is a piece from inside a clause ("…的选择是更加开放、更加团结、更加奋发。"): a deck quotes whole
    clauses."""
    stopped = quote.rstrip("”’」』")[-1:] in SENTENCE_END
    for q in copies:
        at = q.find(quote)
        if at < 0 or (at > 0 and (is_cjk(q[at - 1]) or q[at - 1].isalnum())):
            continue
        if stopped or q[at + len(quote) :].lstrip("”’」』")[:1] in SENTENCE_END:
            return True
    return False


def _second_place(quote: str, later: list[str]) -> bool:
    """``quote``, after a whole quote on the same deck line, is the deck's second place: a sentence
    (or its last clauses) that a later paragraph prints up to its full stop, shorter than a quote
    alone ("…效果立竿见影。" + "经济越发展，民生工作越要抓好" over a body that says "经济越发展，民生工作
    越要抓好。把更多…"); the deck dropped the full stop.  A clause mark and _MIN_TAIL_CJK ideographs."""
    if cjk_count(quote) < _MIN_TAIL_CJK or not CLAUSE_MARK.search(quote):
        return False
    for q in later:
        at = q.find(quote)
        if at >= 0 and q[at + len(quote) : at + len(quote) + 1] in SENTENCE_END:
            return True
    return False


def _opening_copy(rest: str, later: list[str], dropped: tuple[str, ...] = (), own: str = "") -> int:
    """The longest opening of ``rest`` that a later paragraph prints where its sentence ends
    (the display line dropped the full stop, and the next line was joined to it), or that is a
    whole later paragraph ("某某打得好，才能事半功倍。" printed whole further on), or all of
    ``rest``; 0 if none.  Never a sentence or clause of a paragraph that goes on ("…水到渠成。此后…"
    quoted up to its first 。 only, "…各有不同；近年来…" up to a semicolon).  ``own``: the rest of the
    paragraph ``rest`` opens, a place of the copy too (the lead the quote was joined to)."""
    best = 0
    for q in [*later, own] if own else later:
        if rest[:_MIN_TAIL_CJK] not in q:
            continue
        lo, hi = _MIN_TAIL_CJK, len(rest)  # the longest opening of ``rest`` that ``q`` holds
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if rest[:mid] in q:
                lo = mid
            else:
                hi = mid - 1
        # The match may run past the quote's full stop into words the next quote and the body's
        # next sentence share ("…迎来客流高峰。大熊猫" of a deck "…高峰。大熊猫自古以来…" and a lead
        # "…高峰。大熊猫或悠闲…"): up to that stop it is a quote when a whole quote follows it there
        # (a copy of a piece the extraction printed twice, cut at the stop, is not: "来量子科技的突飞
        # 猛进。从前沿研" of the body's "…近年来量子科技的突飞猛进。从前沿研" / "究到日常生活，…").
        if _closes_at(rest, q, lo, later, dropped):
            best = max(best, lo)
        elif (stop := _last_stop(rest, lo)) and _runs_into_next_quote(rest, q, stop, later, dropped):
            best = max(best, stop)
    return best


def _closes_at(rest: str, q: str, lo: int, later: list[str], dropped: tuple[str, ...]) -> bool:
    """rest[:lo], which ``q`` prints, is a quote that closes there (``_opening_copy``)."""
    quote, nxt = rest[:lo], rest[lo : lo + 1]
    at = q.find(quote)
    after = q[at + lo : at + lo + 1]
    if not nxt:
        return True
    if _opens(nxt) and (quote == q or (after in SENTENCE_END and quote[-1] not in FINAL)):
        # The next line run on without a mark between.
        return True
    if _runs_into_next_quote(rest, q, lo, later, dropped):
        return True
    if dropped and after and is_cjk(after) and _goes_on_dropped(q[at + lo :], dropped):
        return True  # the quote's second half, cut off by its heading, was a dropped copy
    if dropped and at > 0 and is_cjk(q[at - 1]) and (not after or quote[-1] in FINAL or after in SENTENCE_END):
        # Its first half, printed over the heading, was a dropped copy; the quote may end a
        # sentence the body goes on from ("…治国理政的" over the title, "重要位置，…历史性成就。" +
        # the deck's second place under it, the body "…治国理政的重要位置，…历史性成就。习近平…").
        # A dropped line that holds the quote is a copy of the deck itself, not its first half.
        came_from, key = copy_key(q[max(0, at - _MIN_TAIL_CJK) : at]), copy_key(quote)
        return any(d.endswith(came_from) and key not in d for d in dropped)
    return False


def _runs_into_next_quote(rest: str, q: str, lo: int, later: list[str], dropped: tuple[str, ...]) -> bool:
    """rest[:lo] is a sentence that ``q`` prints, and a whole quote follows it on the deck line: a deck
    running two places together ("…心中有数。" + "西辽河干流实现全线过流，…", the second a sentence of
    another paragraph).  A sentence (or its last clauses) that the body goes on from is a quote only
    when another quote follows it; never a piece that opens mid-word in the body ("能举重若轻，…" of
    "…才能举重若轻，…": a deck cut by its heading)."""
    quote = rest[:lo]
    at = q.find(quote)
    return (
        quote[-1] in SENTENCE_END
        and (at == 0 or not is_cjk(q[at - 1]))
        and _opens(rest[lo : lo + 1])
        and _whole_quote(rest[lo:], later, dropped)
    )


def _last_stop(rest: str, lo: int) -> int:
    """The end of the last sentence that rest[:lo] closes before its end, with its closing
    quotation marks (0 if none, or shorter than _MIN_TAIL_CJK)."""
    at = max(rest.rfind(mark, 0, lo - 1) for mark in SENTENCE_END) + 1
    while 0 < at < lo and rest[at] in "”’」』":
        at += 1
    return at if _MIN_TAIL_CJK <= at < lo else 0


def _goes_on_dropped(went_on: str, dropped: tuple[str, ...]) -> bool:
    """The body goes on with ``went_on`` where its copy of a quote stops, and a dropped line opens so:
    the quote's second half, printed under its heading, was taken as a copy."""
    goes_on = copy_key(went_on[:_MIN_TAIL_CJK])
    return any(d.startswith(goes_on) for d in dropped)
