"""Repair extraction damage: paragraphs printed more than once, and sentences split by a column break.

Duplicates are found with shingles (8-character substrings) in an inverted index, so a big
issue costs about linear time; only paragraphs that share shingles are compared in full.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from transforms import bylines as B
from transforms.decode import cjk_count, cjk_counts, code_points, is_cjk
from transforms.sentences import mid_clause
from transforms.topic import Topics, bigrams

__all__ = ["MIN_DUP_CJK", "Unit", "cjk_count", "dedupe", "ends_sentence", "pull_quote"]

# Sentence-final punctuation; a closing quote counts when a final mark stands before it
# ("…说：“好。”" ends, "城市“难点”" does not).
_FINAL = set("。！？…!?；;：:")
_CLOSERS = set("”’』」\"'")
_SENTENCE_END = set("。！？!?")
# Markers and signatures that may stand after the sentence end: "（辽轩）", "（下转第三版）".
_TRAILING_PAREN = re.compile(r"\s*[（(][^（）()]{1,12}[）)]\s*$")

# A whole paragraph in brackets, a note closing a piece: "（本报记者张三、李四参与采写）".
_NOTE = re.compile(r"[（(](?:[^（）()]|[（(][^（）()]*[）)]){1,60}[）)]")

_CONTINUED = re.compile(r"[（(]\s*(?:下转|转|续)\s*第?[\d一二三四五六七八九十A-Z]{1,3}版?\s*[）)]$")

# The enumeration comma 、 is no clause mark: titles list with it ("为什么中国代表着稳定性、
# 成长性、机会性" over a body that asks "…世界，为什么中国代表着稳定性、成长性、机会性？").
_CLAUSE_MARK = re.compile(r"[，。；：？！,;:?!]")
_SHINGLE = 8
# Shorter paragraphs are not de-duplicated: short lines repeat legitimately ("本报记者 王茜").
MIN_DUP_CJK = 15
# A title under a kicker that quotes the story is at most this long (ideographs, tag included).
MAX_TITLE_CJK = 40
# A shingle in more paragraphs than this is boilerplate; it is not used to find candidates.
_MAX_POSTING = 40
# Candidates share at least this share of the shorter paragraph's shingles.
_MIN_CANDIDATE_SHARE = 0.5
# The tail of a pull quote cut at a column break counts before a whole quote from this length on.
_MIN_TAIL_CJK = 8
# An extraction prints a copy within a few lines of its original (the same column box again).
_TWIN_SPAN = 8
# A heading block's last line (a byline, a title) is at most this long (ideographs).
MAX_HEAD_LINE = 24
# A near-copy is the longer paragraph with at most this many phrases deleted,
# together at most this share of its length ("…落实省生态环境保护督察…" without 省生态环境保护).
_MAX_DELETIONS = 3
_MAX_DELETED_SHARE = 0.3
# A copy away from the usual place wins when its neighbours are clearly more about the same
# thing: a weighted share of its character pairs this many times higher (and a bit more).
_CONTEXT_RATIO = 1.5
_CONTEXT_MARGIN = 0.05


@dataclass(frozen=True)
class Unit:
    """One printed line of the issue, after normalising."""

    text: str
    block: int  # lines of one blank-line-separated block share this number
    marked: bool = False  # was a markdown heading ("## …")


def ends_sentence(text: str) -> bool:
    """True if the paragraph ends a sentence: "…整改。", "…“好！”", "…。（辽轩）"."""
    text = text.rstrip()
    # The bracket rules all need a closing bracket at the very end; most paragraphs end in "。".
    if text.endswith(("）", ")")):
        if _CONTINUED.search(text):
            return True  # "…（下转第三版）": the story stops here on this page
        while True:
            stripped = _TRAILING_PAREN.sub("", text)
            if stripped == text or not stripped:
                break
            text = stripped
        if _TRAILING_PAREN.fullmatch(text) or _NOTE.fullmatch(text):
            return True  # a paragraph that is only "（本报记者 陈雪梅）" or "（辽轩）" closes the piece
    if not text:
        return True
    if text[-1] in _FINAL:
        return True
    if text[-1] in _CLOSERS:
        body = text.rstrip("".join(_CLOSERS))
        return bool(body) and body[-1] in _FINAL
    return False


# Brackets compared in one form: normalising makes a pair full-width, but a column break that cuts
# the pair leaves each half its own ASCII bracket ("本报讯(记者 赵" / heading / "帅杰)10年前，…"), which
# the whole copy prints full-width ("本报讯（记者 赵帅杰）10年前，…").
_ONE_BRACKET = str.maketrans("()", "（）")


def _key(text: str) -> str:
    """The text without whitespace ("本报 讯" -> "本报讯"; str.split's whitespace is re's \\s), its
    brackets full-width."""
    key = "".join(text.split())
    # str.translate walks the whole text of a Chinese line slowly; most lines hold no ASCII bracket.
    return key.translate(_ONE_BRACKET) if "(" in key or ")" in key else key


def _shingles(key: str) -> set[str]:
    if len(key) < _SHINGLE:
        return {key}
    return {key[i : i + _SHINGLE] for i in range(len(key) - _SHINGLE + 1)}


# Multiplier of the shingles' polynomial hash (odd, 64 bits; arithmetic wraps around).
_HASH_BASE = np.uint64(0x9E3779B97F4A7C15)
_OWNER_BITS = np.uint64(16)
_OWNER_MASK = np.uint64((1 << 16) - 1)


def _may_share(keys: list[str]) -> list[bool]:
    """Which keys may share a shingle with another key: those holding an 8-character substring
    whose hash another key's substring has too (and any key too short for one).  Equal
    substrings hash alike, so no key that shares a shingle is missed; a collision only lets a
    key through to the exact comparison.  One numpy pass over the section instead of a set of
    shingles and an index entry per character for every paragraph, most of which share none."""
    lengths = np.fromiter(map(len, keys), dtype=np.int64, count=len(keys))
    may = lengths < _SHINGLE
    codes = code_points("".join(keys)).astype(np.uint64)
    windows = len(codes) - _SHINGLE + 1
    if len(keys) < 2 or windows <= 0:
        return may.tolist()
    if len(keys) > _OWNER_MASK:
        return [True] * len(keys)  # more keys than the packing below can tell apart
    owner = np.repeat(np.arange(len(keys), dtype=np.uint64), lengths)
    inside = owner[:windows] == owner[_SHINGLE - 1 :]  # windows that do not run into the next key
    hashes = codes[:windows].copy()
    for k in range(1, _SHINGLE):
        hashes *= _HASH_BASE
        hashes += codes[k : k + windows]
    # Hash (its low 48 bits) and owner in one number: sorted, equal hashes stand together,
    # their owners in order, so a hash that two keys hold shows as two neighbours with the
    # same hash and different owners, and each of its owners has such a neighbour.
    packed = np.sort((hashes[inside] << _OWNER_BITS) | owner[:windows][inside])
    same_hash = (packed[1:] >> _OWNER_BITS) == (packed[:-1] >> _OWNER_BITS)
    owners = packed & _OWNER_MASK
    meet = same_hash & (owners[1:] != owners[:-1])
    may[owners[1:][meet].astype(np.intp)] = True
    may[owners[:-1][meet].astype(np.intp)] = True
    return may.tolist()


def _near_copy(short: str, long: str) -> bool:
    """``short`` is ``long`` with a few phrases deleted (and nothing added or changed)."""
    # Only deletions means ``short`` is ``long``'s equal blocks in order: a subsequence of it,
    # shorter by the deleted characters.  Most candidates fail these cheap tests (an edited word).
    if len(long) - len(short) > _MAX_DELETED_SHARE * len(long):
        return False
    rest = iter(long)
    if not all(ch in rest for ch in short):
        return False
    sm = difflib.SequenceMatcher(None, long, short, autojunk=False)
    deleted = deletions = 0
    for tag, i1, i2, _j1, _j2 in sm.get_opcodes():
        if tag in ("insert", "replace"):
            return False
        if tag == "delete":
            deletions += 1
            deleted += i2 - i1
    return deletions <= _MAX_DELETIONS and deleted <= _MAX_DELETED_SHARE * len(long)


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _quoted_inside(piece: str, paragraph: str) -> bool:
    """``piece`` stands inside ``paragraph``, neither at its start nor at its end: a heading that
    quotes its story ("积极建设平台、完善配套机制，突出企业研发主体地位" over "…各地各部门积极建设平台、
    完善配套机制，突出企业研发主体地位，让…"), not a piece cut off it at a column break, which
    is the paragraph's beginning or its end."""
    at = paragraph.find(piece)
    return 0 < at and at + len(piece) < len(paragraph)


def _deck_of_quotes(piece: str, line: str, keys: list[str]) -> bool:
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


def _runs_on_past(keys: list[str], piece: int, line: int) -> bool:
    """keys[piece] opens keys[line] and the next line goes on with the rest of it, and further: the
    two are a paragraph cut at a column break ("管理和服务相辅相成，不可偏废。好的管理不" / "是降低标准，
    而是建立…价值生态。从《政府工作报告》…"), and keys[line] only quotes it (a pull quote over the
    story, "管理和服务相辅相成，…而是建立…价值生态"): the piece is no copy of the quote.  The mirror: the
    piece closes the line and the line before it ends with the line's beginning, and more before."""
    whole, part = keys[line], keys[piece]
    if whole.startswith(part) and piece + 1 < len(keys):
        nxt = keys[piece + 1]
        return len(nxt) > len(whole) - len(part) and nxt.startswith(whole[len(part) :])
    if whole.endswith(part) and piece > 0:
        before = keys[piece - 1]
        return len(before) > len(whole) - len(part) and before.endswith(whole[: -len(part)])
    return False


def _quote_over_heading(units: list[Unit], k: int) -> bool:
    """units[k] is a pull quote printed over a heading block: longer than a heading line that quotes its
    story, over two heading lines (a title and its byline).  A kicker says a phrase or two of the
    story ("积极建设平台、完善配套机制，突出企业研发主体地位"); a whole sentence of the body over the title
    ("加快完善消费基础设施，有利于…，以有潜能的消费拉动有效益的投资，推动…良性互促" / "以有潜能的消费拉动
    有效益的投资（观象台）" / "刘志强") is a quote the extraction moved there, a copy.  Under the byline it
    is the story's opening, where ``pull_quote`` takes it (its rest may be the next line, cut at
    the column's edge)."""
    return cjk_count(units[k].text) > MAX_TITLE_CJK and _over_title(units, k + 1)


def _over_title(units: list[Unit], k: int) -> bool:
    """The unit after units[k] reads as a title: short, no clause mark ("让技术链和应用链紧密衔接（…）").
    A pull quote, which also quotes its story, stands between paragraphs and is a copy."""
    if k + 1 >= len(units):
        return False
    t = units[k + 1].text
    return 0 < cjk_count(t) <= MAX_TITLE_CJK and not _CLAUSE_MARK.search(t)


def dedupe(units: list[Unit]) -> tuple[list[Unit], list[Unit]]:
    """Drop paragraphs the extraction printed more than once; returns (kept, dropped).

    Each group of copies keeps its most complete member.  It stands where the group first
    appears, except when that first copy is only a piece of a later one: then the piece is a
    fragment stranded in another article and the full paragraph stays in its own place.
    A run of copies that follows such a stranded piece moves with it (a stranded block).
    """
    keys = [_key(u.text) for u in units]
    # A line without any clause mark is a heading, not prose: a headline that quotes its own
    # body ("各方面对制定某法高度认同" / "…各方面对制定某法普遍支持，对草案高度评价…") is no copy
    # (unless printed twice word for word close by: ``_join_twins``).
    # A note in brackets is no heading, whatever its marks ("（作者系某协会副主席、某剧院院长）").
    long_enough = [n >= MIN_DUP_CJK for n in cjk_counts(keys)]
    eligible = [n and (bool(_CLAUSE_MARK.search(k)) or bool(_NOTE.fullmatch(k))) for k, n in zip(keys, long_enough)]
    parent = list(range(len(units)))
    piece_of: dict[int, int] = {}  # unit -> a longer unit that contains it word for word
    decks: set[int] = set()  # units that run together passages the story prints on their own
    # Shingle -> the units holding it: a bare int while it is one unit (most shingles are
    # unique, and only the few seen before are looked at in Python), a list once shared.
    index: dict[str, int | list[int]] = {}
    shingles: list[set[str]] = [set() for _ in units]
    # A paragraph that shares no shingle with another eligible one is no candidate and finds
    # none: it needs no shingles and no place in the index (which is looked up by shingle).
    at = [i for i, e in enumerate(eligible) if e]
    sharing = dict(zip(at, _may_share([keys[i] for i in at])))
    for i, key in enumerate(keys):
        if not eligible[i] or not sharing[i]:
            continue
        shingles[i] = own = _shingles(key)
        if index.keys().isdisjoint(own):  # one pass in C; most paragraphs share no shingle
            index.update(dict.fromkeys(own, i))
            continue  # no candidate
        fresh = own.difference(index)
        shared: dict[int, int] = defaultdict(int)
        seen = list(filter(index.__contains__, own))  # in the set's order
        for s in seen:
            posting = index[s]
            if isinstance(posting, int):
                posting = index[s] = [posting]
            if len(posting) <= _MAX_POSTING:
                for j in posting:
                    shared[j] += 1
            posting.append(i)
        index.update(dict.fromkeys(fresh, i))
        for j, n in shared.items():
            if _find(parent, i) == _find(parent, j):
                continue
            short, long = (i, j) if len(keys[i]) <= len(keys[j]) else (j, i)
            if n < _MIN_CANDIDATE_SHARE * len(shingles[short]):
                continue
            if keys[short] == keys[long]:
                parent[_find(parent, i)] = _find(parent, j)
            elif keys[short] in keys[long]:
                if _quoted_inside(keys[short], keys[long]) and _over_title(units, short) and not _quote_over_heading(units, short):
                    continue
                if _deck_of_quotes(keys[short], keys[long], keys):
                    decks.add(long)
                    continue
                if _runs_on_past(keys, short, long):
                    continue
                piece_of[short] = long
                parent[_find(parent, i)] = _find(parent, j)
            elif _near_copy(keys[short], keys[long]):
                parent[_find(parent, i)] = _find(parent, j)
    twins = _join_twins(keys, long_enough, eligible, parent)
    _join_cut_pieces(keys, long_enough, eligible, parent, piece_of)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(units)):
        if eligible[i]:
            groups[_find(parent, i)].append(i)
    place: dict[int, tuple[int, int]] = {}  # position -> (unit whose text stands there, group root)
    root_place: dict[int, int] = {}
    for root, members in groups.items():
        if len(members) < 2:
            continue
        keeper = max(members, key=lambda m: (len(keys[m]), -m))
        first = members[0]
        at = keeper if first != keeper and first in piece_of else first
        root_place[root] = at
    if root_place:
        # A deck printed twice stays first, over its story, where ``pull_quote`` takes it.
        stay = frozenset(_find(parent, i) for i in [*twins, *decks])
        _place_by_context(units, groups, root_place, keys, stay)
        _leads_under_their_heading(units, groups, root_place, keys)
        _cut_by_a_heading(units, groups, root_place, keys)
    # A stranded block: the copy right after a stranded piece follows it to the later place.
    for root, at in sorted(root_place.items(), key=lambda kv: kv[1]):
        members = groups[root]
        if at == members[0]:
            continue
        for offset in range(1, len(units)):
            i, k = members[0] + offset, at + offset
            if i >= len(units) or k >= len(units) or not eligible[i]:
                break
            r = _find(parent, i)
            if r not in root_place or r != _find(parent, k) or root_place[r] != i:
                break
            root_place[r] = k
    for root, at in root_place.items():
        keeper = max(groups[root], key=lambda m: (len(keys[m]), -m))
        place[at] = (keeper, root)
    kept: list[Unit] = []
    dropped: list[Unit] = []
    in_group = {m: r for r, ms in groups.items() if r in root_place for m in ms}
    for i, unit in enumerate(units):
        if i not in in_group:
            kept.append(unit)
        elif i in place:
            keeper, _root = place[i]
            kept.append(Unit(units[keeper].text, unit.block, unit.marked or units[keeper].marked))
            # The text that stood here, if not the keeper's, is the dropped copy.
            if keeper != i:
                dropped.append(unit)
        elif i == _keeper_of(in_group[i], groups, keys) and root_place[in_group[i]] != i:
            continue  # its text was moved to the group's place; nothing is lost
        else:
            dropped.append(unit)
    return kept, dropped


def _join_twins(keys: list[str], long_enough: list[bool], eligible: list[bool], parent: list[int]) -> list[int]:
    """Lines without a clause mark printed twice word for word, a few lines apart, are copies too
    (``eligible`` and ``parent`` are updated; returns the lines joined).

    A column break cuts a paragraph anywhere, so a piece of it may hold no clause mark
    ("某某中心是某某博览会组委会、某某厅与某某集团联合打造的", "…的技术实现方法……”"); printed again
    whole right after, it is the same piece, not a heading quoting its story, which prints only
    part of a sentence, or words of it left out.  A title and a crosshead of another story may
    say the same words, far apart on the page: only a copy within _TWIN_SPAN lines counts.  The
    first copy stays where it is: the piece goes on in the line after it, which is no copy and
    so not weighed as its neighbour (``_place_by_context``)."""
    last: dict[str, int] = {}
    joined: list[int] = []
    for i, key in enumerate(keys):
        if not long_enough[i] or eligible[i]:
            continue
        j = last.get(key)
        last[key] = i
        if j is not None and i - j <= _TWIN_SPAN:
            eligible[i] = eligible[j] = True
            parent[_find(parent, i)] = _find(parent, j)
            joined.append(i)
    return joined


def _cut_at(piece: str, whole: str) -> bool:
    """``piece`` is ``whole``'s opening or its end, cut between two ideographs: "…书香社会建设" of
    "…书香社会建设水平的稳步提升。", "自治区教育厅、…联合发" of "本报南宁…广西壮族自治区教育厅、…联合发"."""
    n = len(piece)
    if n >= len(whole):
        return False
    if whole.startswith(piece):
        return is_cjk(piece[-1]) and is_cjk(whole[n])
    return whole.endswith(piece) and is_cjk(piece[0]) and is_cjk(whole[-n - 1])


def _join_cut_pieces(
    keys: list[str], long_enough: list[bool], eligible: list[bool], parent: list[int], piece_of: dict[int, int]
) -> None:
    """A line without a clause mark that is the opening or the end of a paragraph printed a few lines
    away, cut between two ideographs, is a piece of it (``eligible``, ``parent`` and ``piece_of``
    are updated).

    A column break or a heading block cuts a paragraph anywhere, and the piece may hold no clause
    mark ("全民阅读大会盛况空前、…热火朝天……种种喜人景象彰显了全民阅读工作的扎实推进和书香社会建设"
    over the heading, "水平的稳步提升。…" under it, the paragraph printed whole a few lines on).  A
    heading that quotes its story stops where a phrase stops (the story goes on with a mark,
    "…高度认同，") or quotes from inside a sentence; a cut piece stops inside a word."""
    for i, key in enumerate(keys):
        if not long_enough[i] or eligible[i]:
            continue
        for j in range(max(0, i - _TWIN_SPAN), min(len(keys), i + _TWIN_SPAN + 1)):
            if eligible[j] and _cut_at(key, keys[j]):
                eligible[i] = True
                piece_of[i] = j
                parent[_find(parent, i)] = _find(parent, j)
                break


def _place_by_context(
    units: list[Unit], groups: dict[int, list[int]], root_place: dict[int, int], keys: list[str], stay: frozenset[int]
) -> None:
    """Among a group's copies, stand where the neighbours are about the same topic.

    A copy printed inside another article has that article's paragraphs around it; the copy in
    its own article has its own.  Neighbours are the nearest lines before and after that are
    not copies of the same paragraph.  The usual place (first occurrence) stays unless another
    copy's neighbours are clearly closer in topic; on a tie the usual place wins.  Groups in
    ``stay`` (roots) keep their usual place.
    """
    # Only the keepers' pairs are ever weighed here (a score's weights are those of its first
    # argument's pairs), so only their document frequencies are counted.
    keepers = {root: _keeper_of(root, groups, keys) for root in root_place}
    topics = Topics((u.text for u in units), only=frozenset().union(*(bigrams(units[k].text) for k in keepers.values())))
    member_of = {m: r for r in root_place for m in groups[r]}

    # Beside another copy, a neighbour that is itself a piece of the paragraph (a second pull quote
    # over the title, kept there as a heading might quote its story) is no sign that the paragraph
    # belongs there; beside the usual place it is the paragraph's own text and counts.
    def neighbour(i: int, step: int, root: int) -> frozenset[str]:
        j = i + step
        while 0 <= j < len(units) and (
            member_of.get(j) == root or (i != root_place[root] and _key(units[j].text) in keys[keepers[root]])
        ):
            j += step
        return bigrams(units[j].text) if 0 <= j < len(units) else frozenset()

    for root, at in list(root_place.items()):
        if root in stay or _under_heading(units, at):
            continue  # the story's first paragraph: one neighbour is its heading block, not its text
        pairs = bigrams(units[keepers[root]].text)
        # A copy right over a photo's credit stands in the photo's caption block ("姜利红（右）和村里老人
        # 在一起。" / copy / "以上图片均为姜健摄"), where the caption's words make it look at home; the
        # story's text is never printed between a caption and its credit.
        places = [m for m in groups[root] if m == at or not (m + 1 < len(units) and B.is_credit(units[m + 1].text))]
        scores = {m: topics.score(pairs, neighbour(m, -1, root) | neighbour(m, 1, root)) for m in places}
        best = max(places, key=lambda m: (scores[m], -m))
        if best != at and scores[best] >= _CONTEXT_RATIO * scores[at] + _CONTEXT_MARGIN:
            root_place[root] = best


def _leads_under_their_heading(units: list[Unit], groups: dict[int, list[int]], root_place: dict[int, int], keys: list[str]) -> None:
    """A lead printed twice stands under its heading.

    A lead ("本报讯（记者 张三）9月3日，…", "新华社北京3月5日电…") opens its story under the
    headline; the extraction may print it above the heading block as well ("本报讯9月3日，某某…" /
    "某某县部署秋收工作" / "本报讯9月3日，某某…"), and the first copy is then the stray one.  Of a
    lead's copies, the first whole one that stands right under a heading line keeps its place (a
    piece there is the rest of the lead cut by the heading block: "本报讯（记者 张三）如何让" /
    heading / "企业获得…", the lead printed whole further on, is joined across the heading)."""
    for root, at in root_place.items():
        keeper = _keeper_of(root, groups, keys)
        if _under_title(units, at) or not B.LEAD.match(units[keeper].text):
            continue
        under = [m for m in groups[root] if _under_title(units, m) and keys[m] == keys[keeper]]
        if under:
            root_place[root] = under[0]


def _cut_by_a_heading(units: list[Unit], groups: dict[int, list[int]], root_place: dict[int, int], keys: list[str]) -> None:
    """A paragraph printed in two pieces around a heading block and once more whole stands where its
    second piece does, under the heading.

    A heading block printed mid-sentence leaves the sentence's first half above it and the rest
    under it ("德国法西斯和日本军国主义发动的第二次世界大战是人类" / heading / byline / "历史上前所未有的
    浩劫。…"); the whole copy printed near them is the extraction's.  The story's text goes on under
    the heading, so the whole paragraph is read there, not above the heading in the story before."""
    for root in root_place:
        members = groups[root]
        whole = keys[_keeper_of(root, groups, keys)]
        heads = [m for m in members if keys[m] != whole and whole.startswith(keys[m])]
        for m in members:
            if keys[m] != whole and whole.endswith(keys[m]) and any(_heading_between(units, h, m) for h in heads):
                root_place[root] = m
                break
            if keys[m] != whole and whole.endswith(keys[m]) and (h := _first_half_above(units, m, whole)) is not None:
                root_place[root] = m
                members.append(h)  # too short to be compared, it is a copy all the same
                members.sort()
                break


def _first_half_above(units: list[Unit], second: int, whole: str) -> int | None:
    """The line over the heading block above units[second] that is the first half of ``whole``, too
    short to be compared as a copy ("本报讯(记者 赵" / heading / "帅杰)10年前，…" of "本报讯（记者 赵帅杰）
    10年前，…"); None if there is none."""
    half = whole[: len(whole) - len(_key(units[second].text))]
    return next(
        (h for h in range(max(0, second - 6), second - 1) if _key(units[h].text) == half and _heading_between(units, h, second)),
        None,
    )


def _heading_between(units: list[Unit], above: int, below: int) -> bool:
    """Only a heading block stands between units[above] and units[below]: one or more lines each
    a headline or byline could be (a photo's caption or another paragraph between is no cut
    sentence's two halves)."""
    return above + 1 < below and all(_under_title(units, k) for k in range(above + 2, below + 1)) and not any(
        B.is_credit(units[k].text) for k in range(above + 1, below)
    )


def _under_heading(units: list[Unit], i: int, longest: int = MAX_HEAD_LINE, *, titled: bool = False) -> bool:
    """units[i] stands right under a heading block's last line, a byline or a title ("延振宇" /
    "每一寸土都是家园，…"): a line of at most ``longest`` ideographs with no clause mark and no
    sentence end; ``titled``: one a headline could be, at least one ideograph and up to
    MAX_TITLE_CJK ("某某督察组向某市转交第八批信访件")."""
    if i == 0:
        return False
    above = units[i - 1].text
    size = cjk_count(above)
    return (size > 0 or not titled) and size <= longest and not _CLAUSE_MARK.search(above) and not ends_sentence(above)


def _under_title(units: list[Unit], i: int) -> bool:
    return _under_heading(units, i, MAX_TITLE_CJK, titled=True)


def _keeper_of(root: int, groups: dict[int, list[int]], keys: list[str]) -> int:
    return max(groups[root], key=lambda m: (len(keys[m]), -m))


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
    dropped = tuple(_key(d) for d in dropped)
    at = taken = 0
    while at < len(first):
        n = _opening_copy(first[at:], later, dropped)
        if not n:
            break
        quote = first[at : at + n]
        at += n
        if cjk_count(quote) >= MIN_DUP_CJK and _CLAUSE_MARK.search(quote):
            taken = at  # a whole quote: what it closes is taken
        elif cjk_count(quote) < _MIN_TAIL_CJK or taken:
            break  # a short piece stands only first, before a whole quote
        elif mid_clause(first):
            taken = at  # it opens mid-clause ("点，也要…"): the tail of a quote cut off, even alone
    return taken


def _opening_copy(rest: str, later: list[str], dropped: tuple[str, ...] = ()) -> int:
    """The longest opening of ``rest`` that a later paragraph prints where its sentence ends
    (the display line dropped the full stop, and the next line was joined to it), or that is a
    whole later paragraph ("某某打得好，才能事半功倍。" printed whole further on), or all of
    ``rest``; 0 if none.  Never a sentence or clause of a paragraph that goes on ("…水到渠成。此后…"
    quoted up to its first 。 only, "…各有不同；近年来…" up to a semicolon)."""
    best = 0
    for q in later:
        if rest[:_MIN_TAIL_CJK] not in q:
            continue
        lo, hi = _MIN_TAIL_CJK, len(rest)  # the longest opening of ``rest`` that ``q`` holds
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if rest[:mid] in q:
                lo = mid
            else:
                hi = mid - 1
        quote, nxt = rest[:lo], rest[lo : lo + 1]
        at = q.find(quote)
        after = q[at + lo : at + lo + 1]
        if not nxt:
            best = max(best, lo)
        elif (is_cjk(nxt) or nxt in "“《") and (quote == q or (after in _SENTENCE_END and quote[-1] not in _FINAL)):
            # The next line run on without a mark between.
            best = max(best, lo)
        elif dropped and after and is_cjk(after):
            goes_on = _key(q[at + lo : at + lo + _MIN_TAIL_CJK])
            if any(d.startswith(goes_on) for d in dropped):
                best = max(best, lo)  # the quote's second half, cut off by its heading, was a dropped copy
        elif dropped and at > 0 and is_cjk(q[at - 1]) and (not after or quote[-1] in _FINAL or after in _SENTENCE_END):
            came_from = _key(q[max(0, at - _MIN_TAIL_CJK) : at])
            if any(d.endswith(came_from) for d in dropped):
                best = max(best, lo)  # its first half, printed over the heading, was a dropped copy
    return best
