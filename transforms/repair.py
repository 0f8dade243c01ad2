"""Repair extraction damage: paragraphs printed more than once, kept once.

Copies are found by their shingles (8-character substrings), hashed in one pass, so a big issue
costs about linear time; only paragraphs that share shingles are compared in full (``copies``).
A line inside a longer one may be a heading or a pull quote that quotes its story rather than a
copy (``quotes``); lines with no clause mark count only when printed twice close by, or cut
between two ideographs.  Each group of copies keeps its most complete member, at the place
``placement`` decides.
"""

from __future__ import annotations

from collections import defaultdict

from transforms import bylines as B
from transforms.copies import MIN_DUP_CJK, SHINGLE, candidates, copy_key, near_copy
from transforms.decode import cjk_count, cjk_counts, is_cjk
from transforms.headblock import HEADING_LINES, MAX_TITLE_CJK, heading_between, over_title, under_title
from transforms.headings import caption_at
from transforms.lines import CLAUSE_MARK, NOTE, Unit, ends_sentence
from transforms.placement import keeper_of, place_groups
from transforms.quotes import deck_of_quotes, quote_over_heading, quoted_inside, runs_on_past

__all__ = ["dedupe"]

# An extraction prints a copy within a few lines of its original (the same column box again).
_TWIN_SPAN = 8
# A story's paragraphs that may quote one another stand within this many lines of each other.
_STORY_SPAN = 60
# A commentary opens on up to this many pull quotes, one line each, under its heading.
_DECK_QUOTES = 3
# A caption shorter than a copy (MIN_DUP_CJK) is compared when printed twice if it has this many
# ideographs: "龙光庆在摆渡过河。".
_MIN_CAPTION_CJK = 5


def _find(parent: list[int], i: int) -> int:
    """The root of ``i``'s group in the union-find forest ``parent`` (paths halved on the way)."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def dedupe(units: list[Unit]) -> tuple[list[Unit], list[Unit]]:
    """Drop paragraphs the extraction printed more than once; returns (kept, dropped).

    Each group of copies keeps its most complete member.  It stands where the group first
    appears, except when that first copy is only a piece of a later one: then the piece is a
    fragment stranded in another article and the full paragraph stays in its own place.
    A run of copies around such a stranded piece moves with it (a stranded block).
    """
    keys = [copy_key(u.text) for u in units]
    # A line without any clause mark is a heading, not prose: a headline that quotes its own
    # body ("各方面对制定某法高度认同" / "…各方面对制定某法普遍支持，对草案高度评价…") is no copy
    # (unless printed twice word for word close by: ``_join_twins``).
    # A note in brackets is no heading, whatever its marks ("（作者系某协会副主席、某剧院院长）").
    counts = cjk_counts(keys)
    long_enough = [n >= MIN_DUP_CJK for n in counts]
    eligible = [n and (bool(CLAUSE_MARK.search(k)) or bool(NOTE.fullmatch(k))) for k, n in zip(keys, long_enough)]
    parent = list(range(len(units)))
    piece_of: dict[int, int] = {}  # unit -> a longer unit that contains it word for word
    decks: set[int] = set()  # units that run together passages the story prints on their own
    able = [i for i, e in enumerate(eligible) if e]
    for later, earlier in candidates([keys[i] for i in able]):
        i, j = able[later], able[earlier]
        if _find(parent, i) == _find(parent, j):
            continue
        short, long = (i, j) if len(keys[i]) <= len(keys[j]) else (j, i)
        if keys[short] == keys[long]:
            parent[_find(parent, i)] = _find(parent, j)
        elif keys[short] in keys[long]:
            if quoted_inside(keys[short], keys[long]) and over_title(units, short) and not quote_over_heading(units, short):
                continue
            if deck_of_quotes(keys[short], keys[long], keys):
                decks.add(long)
                continue
            if runs_on_past(keys, short, long):
                continue
            piece_of[short] = long
            parent[_find(parent, i)] = _find(parent, j)
        elif near_copy(keys[short], keys[long]):
            parent[_find(parent, i)] = _find(parent, j)
    twins = _join_twins(keys, long_enough, eligible, parent)
    _join_halves_of_a_copy(keys, long_enough, eligible, parent, piece_of)
    halves = _join_quote_cut_by_a_heading(units, keys, counts, eligible, parent, piece_of)
    _join_cut_pieces(keys, long_enough, eligible, parent, piece_of)
    photo_block = _join_caption_copies(units, keys, counts, eligible, parent)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(units)):
        if eligible[i]:
            groups[_find(parent, i)].append(i)
    root_of = {m: r for r, ms in groups.items() for m in ms}
    quoted = _paragraphs_quoted_across_a_cut(units, keys, eligible, groups, root_of)
    # A deck printed twice stays first, over its story, where ``pull_quote`` takes it; a quote's
    # halves around a heading, and the quotes of a paragraph cut by a column, are no place for it.
    stay = frozenset(root_of[i] for i in [*twins, *decks, *halves, *quoted] if i in root_of)
    root_place = place_groups(units, keys, groups, root_of, piece_of, stay)
    for m in photo_block:
        root_place[root_of[m]] = m
    place: dict[int, tuple[int, int]] = {}  # position -> (unit whose text stands there, group root)
    for root, at in root_place.items():
        place[at] = (keeper_of(root, groups, keys), root)
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
        elif i == keeper_of(in_group[i], groups, keys) and root_place[in_group[i]] != i:
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
    so not weighed as its neighbour (``placement``)."""
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


def _join_caption_copies(units: list[Unit], keys: list[str], counts: list[int], eligible: list[bool], parent: list[int]) -> list[int]:
    """A photo's caption printed twice: its copies are one caption, read where it stands as one
    (``eligible`` and ``parent`` are updated; returns the lines of the photo block the copies'
    text stands at: the caption, and its credit when that was printed twice too).

    Extraction prints a caption's text with its photo and once more in the column's flow, a few
    lines on, with its credit or alone ("龙光庆在摆渡过河。" / "姚晶权摄" / "龙光庆在摆渡过河。" / "碧水，
    泛起…"). A caption is mostly shorter than a copy is compared (MIN_DUP_CJK): printed twice word
    for word close by, a line that stands as a caption on one side (``caption_at``: "图为…", or
    over a credit) is that caption. Copies of a longer caption are found as any copies are. The
    copy in the flow has the story's text around it, which makes it look at home there; but the
    caption is read over its credit, where the photo prints it. A credit under another copy that
    is the very credit under the caption ("…摄" printed again with it) is a copy of that credit;
    a credit on its own repeats legitimately (one photographer, two photos)."""
    last: dict[str, int] = {}
    short: set[int] = set()  # the roots of the short captions' groups
    for i, key in enumerate(keys):
        if eligible[i] or counts[i] < _MIN_CAPTION_CJK:
            continue
        j = last.get(key)
        last[key] = i
        if j is not None and i - j <= _TWIN_SPAN and (caption_at(units, j) or caption_at(units, i)):
            eligible[i] = eligible[j] = True
            parent[_find(parent, i)] = _find(parent, j)
            short.add(_find(parent, j))
    members: dict[int, list[int]] = defaultdict(list)
    for i, e in enumerate(eligible):
        if e:
            members[_find(parent, i)].append(i)
    block: list[int] = []
    for root, group in members.items():
        if len(group) < 2:
            continue
        captions = [m for m in group if caption_at(units, m)]
        # A longer copy over a credit may be a paragraph printed again inside a photo block
        # (caption / copy / credit): only a photo block printed twice whole is a caption's.
        if not captions or (root not in short and len(captions) < len(group)):
            continue
        caption, credit = captions[0], captions[0] + 1
        block.append(caption)
        if credit >= len(units) or not B.is_credit(units[credit].text):
            continue
        for m in group:
            if m != caption and m + 1 < len(units) and m + 1 != credit and keys[m + 1] == keys[credit]:
                eligible[m + 1] = eligible[credit] = True
                parent[_find(parent, m + 1)] = _find(parent, credit)
                if credit not in block:
                    block.append(credit)
    return block


def _cut_at(piece: str, whole: str) -> bool:
    """``piece`` is ``whole``'s opening or its end, cut between two ideographs: "…书香社会建设" of
    "…书香社会建设水平的稳步提升。", "自治区教育厅、…联合发" of "本报南宁…广西壮族自治区教育厅、…联合发"."""
    n = len(piece)
    if n >= len(whole):
        return False
    if whole.startswith(piece):
        return is_cjk(piece[-1]) and is_cjk(whole[n])
    return whole.endswith(piece) and is_cjk(piece[0]) and is_cjk(whole[-n - 1])


def _join_halves_of_a_copy(
    keys: list[str], long_enough: list[bool], eligible: list[bool], parent: list[int], piece_of: dict[int, int]
) -> None:
    """A line without a clause mark that is exactly two lines printed a few lines away, run together
    across a cut between two ideographs, is a copy of the paragraph they are the halves of
    (``eligible``, ``parent`` and ``piece_of`` are updated).

    A column break may leave a half paragraph with no clause mark ("全民阅读大会盛况空前、…图书市集人气",
    the enumeration comma being none), and the extraction may print that half twice; a heading block
    then cuts the first copy ("全民阅读大会盛况空前、各大图书馆到馆" / heading / "读者人数屡创新高、…人气"),
    and the second stands whole under it. No line is a copy of another, and a line with no clause mark
    is otherwise taken for a heading; but a heading is never two lines of its page run together, cut
    inside a word."""
    for w, whole in enumerate(keys):
        if not long_enough[w] or eligible[w]:
            continue
        lo, hi = max(0, w - _TWIN_SPAN), min(len(keys), w + _TWIN_SPAN + 1)
        for b in range(lo, hi):
            if b == w or not long_enough[b] or not _cut_at(keys[b], whole) or not whole.endswith(keys[b]):
                continue
            first = whole[: len(whole) - len(keys[b])]
            a = next((k for k in range(lo, b) if k != w and keys[k] == first), None)
            if a is None:
                continue
            for half in (a, b, w):
                eligible[half] = True
            piece_of[a] = piece_of[b] = w
            parent[_find(parent, a)] = parent[_find(parent, b)] = _find(parent, w)
            break


def _join_quote_cut_by_a_heading(
    units: list[Unit], keys: list[str], counts: list[int], eligible: list[bool], parent: list[int], piece_of: dict[int, int]
) -> list[int]:
    """The two halves of a passage cut by a heading block are copies of the paragraph that prints the
    passage (``eligible``, ``parent`` and ``piece_of`` are updated; returns the halves joined).

    A commentary opens on pull quotes its body prints again ("精准施策，就要换位思考，通过扎实的调查研究
    找准“痛点”、…开准“药方”" over "…精准施策，就要换位思考，通过扎实的调查研究找准“痛点”、…开准“药方”，…");
    a heading block printed mid-sentence cuts the quote ("…通过扎实的" / title / byline / "调查研究找准
    “痛点”、…"). Neither half is a copy of the body paragraph by itself: one is too short, the other may
    hold no clause mark and pass for a heading. Run together they are a passage of a paragraph of the
    story; the lines over and under a heading never are, unless the heading cut a sentence. The paragraph
    printed whole is a half's own text run together with the other (``placement``). The
    halves stand over and under a heading, whose words the paragraph may well say: they are no
    place for it. ``counts``: each key's ideographs (a heading line above ``m`` has at most
    MAX_TITLE_CJK, and the first half stops inside its sentence: a quote cut at a sentence's end
    leaves two whole sentences, each compared as a copy on its own)."""
    joined: list[int] = []
    for m in range(2, len(units)):
        if not keys[m] or counts[m - 1] > MAX_TITLE_CJK or not under_title(units, m):
            continue
        for h in range(max(0, m - HEADING_LINES), m - 1):
            if not keys[h] or ends_sentence(keys[h]) or not heading_between(units, h, m):
                continue
            passage = keys[h] + keys[m]
            if cjk_count(passage) < MIN_DUP_CJK:
                continue
            story = range(max(0, m - _STORY_SPAN), min(len(keys), m + _STORY_SPAN))
            w = next((w for w in story if eligible[w] and w not in (h, m) and passage in keys[w] and passage != keys[w]), None)
            if w is None:
                continue
            # A column break may cut the second half again: "…我国" / heading / "家政服务业…，更" / "好满足…需求".
            halves = [h, m]
            while halves[-1] + 1 < len(keys) and keys[halves[-1] + 1] and (longer := passage + keys[halves[-1] + 1]) in keys[w]:
                halves.append(halves[-1] + 1)
                passage = longer
            for half in halves:
                eligible[half] = True
                piece_of.setdefault(half, w)
                parent[_find(parent, half)] = _find(parent, w)
            joined.extend(halves)
            break
    return joined


def _paragraphs_quoted_across_a_cut(
    units: list[Unit], keys: list[str], eligible: list[bool], groups: dict[int, list[int]], root_of: dict[int, int]
) -> list[int]:
    """The two lines of each paragraph a pull quote under a heading quotes across the column break
    that cut the paragraph.

    A commentary opens on pull quotes ("政策支持不是“大水漫灌”，“有形之手”贵在精准发力。既要瞄准真实需求，
    找" / "准着力点，…优化消费环境"); the body prints the passage inside a paragraph that a column break
    cut right inside it ("政策支持不是“大水漫灌”，“有形" / "之手”贵在精准发力。…"). No line holds the
    first quote whole, so it is no copy here (the story's pull quotes are taken once its lines are
    joined: ``quotes.pull_quote``); but the second quote, a piece of the paragraph's second line,
    must not take that line's place: its neighbours are the other quote, about the same thing. The
    paragraph stays where the body prints it. A quote is prose, with its clause marks: a title the
    body quotes across a cut ("优化文化服务和文化产品供给机制") quotes nothing here.

    A deck its own heading cut is compared run together (``_deck_cut_by_a_heading``): the heading
    and the column break cut the passage at two points ("…更好统" / title / "筹投资和消费，…" over
    "可以说，…更好统筹投" / "资和消费，…"), so no half is a copy of the other's. When the extraction
    printed the paragraph's first line once more further on, by a paragraph about the same thing
    ("…更好统筹投" / "全方位扩大国内需求…完善消费基础设施…"), that copy is no place for it either: the
    line read there leaves the body's second half alone and the deck, its quote, read twice.

    The quote cut across may be the second or third of a deck (``_DECK_QUOTES``), and the first
    a piece of the body's line ("精准施策，就要换位思考，…开准“药方”" / "找得到、…有效供给，正是…要义所在" over
    "精准施策，…开准“药方”。…找得到、…有效供给，正" / "是…要义所在。"): beside the first quote, the
    second is the line's own words, yet the line stays where the body prints it."""
    quoted: list[int] = []
    for x in range(1, len(units)):
        if not keys[x] or not under_title(units, x):
            continue
        # A line that is a copy is no quote; a deck's second half may well be a piece of the body's
        # line, or too short to be compared.
        for y in range(x, min(len(units), x + _DECK_QUOTES)):
            alone = [keys[y]] if eligible[y] and len(groups[root_of[y]]) == 1 else []
            cut = _deck_cut_by_a_heading(units, keys, x) if y == x else []
            k = next((k for q in (*alone, *cut) if (k := _cut_across(keys, q, y)) is not None), None)
            if k is not None:
                quoted.extend((k, k + 1))
    return quoted


def _deck_cut_by_a_heading(units: list[Unit], keys: list[str], x: int) -> list[str]:
    """The deck units[x] is the second half of, run together with its first half over the heading
    block (none if there is none).

    A deck cut mid-sentence by its own heading ("加快完善消费基础设施，有利于我们更好统" / title /
    byline / "筹投资和消费，以有潜能的消费拉动有效益的投资…") quotes the body whole only once its halves
    are joined; the body may print the passage across a column break cut at another point ("…有利于
    我们更好统筹投" / "资和消费，…"), where neither half is a copy of a line."""
    decks = [
        keys[h] + keys[x]
        for h in range(max(0, x - HEADING_LINES), x - 1)
        if keys[h] and not ends_sentence(keys[h]) and heading_between(units, h, x)
    ]
    return [d for d in decks if cjk_count(d) >= MIN_DUP_CJK and CLAUSE_MARK.search(d)]


def _cut_across(keys: list[str], quote: str, x: int) -> int | None:
    """The line k after units[x], within the story, whose end and the next line's opening print
    ``quote`` run together (the column break cut the quoted passage at k's end); None if none."""
    start = quote[:SHINGLE]  # the quote's opening, looked for in a paragraph
    for k in range(x + 1, min(len(keys) - 1, x + _STORY_SPAN)):
        at = keys[k].find(start)
        if at < 0:
            continue
        first = keys[k][at:]
        if len(first) < len(quote) and quote.startswith(first) and keys[k + 1].startswith(quote[len(first) :]):
            return k
    return None


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
