"""Entities per article: people with their posts, places with their canonical name, organisations,
reporters; every mention with its character span.

1. Spans: the CRF of ``transforms/ner.py`` labels persons (PER), places (LOC) and
   organisations (ORG) character by character over jieba's tokens (why a model: see there).
2. Repairs on the spans, each a rule about how Chinese news is written:
   - a span that is a reviewed common word is no entity (``transforms/dicts/entity_tags.txt``:
     jieba's dictionary tags ``顾客 明白 阳光`` ``nr`` and ``美丽 青春`` ``ns``; weather words
     ``小雨 多云`` fill weather boxes);
   - two person spans that touch, or meet at ``·`` (``赫里斯|坚科``, ``维姆·|杜伊森贝赫``), are
     one name;
   - a one-character person (``江``) is kept only before a form of address (``江主席``
     ``李老`` ``王某``) — otherwise it is almost always a piece of something else;
   - a person span ending in a word for a settlement (``李卜村``) or followed by one
     (``苏扎克|区``) is that place; one followed by a word for a firm (``罗威|汽车公司``) is
     that firm;
   - a person of four or more characters needs a compound surname (欧阳修文), ``·`` or
     transliteration characters (库马拉通加): jieba's dictionary has phrases such as
     ``阳光充足`` tagged ``nr``; nor may a name start with a reviewed common word (阳光).
3. Posts (``role``), from the tokens around a person, in both orders: before the name
   (``市委书记柴伟``, ``市委副书记、市长程宇`` — a double post kept whole, joined by 、), or
   after it (``孙时光代表说``, ``王某某县长``). A name in a 、-list without its own post takes the
   list's post: ``市领导张三、李四、王五`` -> all three 市领导.
4. Reporters: a person span right after ``记者 通讯员 实习生 摄影`` or right before ``摄`` is
   a credit (``本报记者 王茜``, ``王彦雨 摄``): type ``reporter``. In an article the byline's
   names are reporters too, and a reporter is never also a person mention of that article.
5. Places: ``canonical`` name and administrative ``parent`` from ``transforms/places.py``
   (``东辽`` -> 东辽县, 辽源市).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from transforms import ner
from transforms.crf import CrfModel
from transforms.model import Entity
from transforms.places import Gazetteer, Place

TYPE_NAMES = {"PER": "person", "LOC": "place", "ORG": "org"}
# A post ends the role: 书记 市长 副市长 主任 董事长 代表 市领导 ... (not 成长 增长 家长).
_POST = re.compile(
    r"(书记|(?<![成增家擅延生专特兄])长|主任|主席|委员|常委|经理|总裁|总监|主编|巡视员|调研员|理事|代表|领导|总理|总统|首相|大使|部长)$"
)
_ALL_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# Tokens a post is made of: 市委/nt 副书记/n 、 市长/n; 绍兴/ns 市委书记/n.
_ROLE_TAGS = frozenset({"n", "nt", "ns", "nz", "j", "b", "vn", "l", "an"})
_ROLE_GLUE = frozenset({"、", "副", "常务", "党组"})
_ROLE_MAX_TOKENS = 10
# Posts written after a name: 孙时光代表说, 王某某县长, 柴伟书记 (not 柴伟代表市委: a verb there).
_POST_AFTER = re.compile(r"^(?:代表|委员|书记|主任|主席|总理|总统|首相|大使|院士|[县市省区乡镇村局处厅部院所校行]长|部长|厂长|董事长|总经理|经理)$")
_NOUNISH = frozenset({"n", "nt", "ns", "nr", "nz", "j", "vn", "nrt", "nrfg"})
# A one-character person stands only before a form of address: 江主席, 李老, 王某, 陈先生.
_ADDRESS_AFTER = re.compile(r"^(?:某|老|总|主席|总理|书记|先生|女士|小姐|老师|师傅|大爷|大妈|大娘|阿姨|同志|家)")
_ADDRESSED = re.compile(r"^(?:老|小)?([\u4e00-\u9fff])(?:某某|某|先生|小姐|女士|老师|师傅|家)$")
_TYPE_OF_TAG = {"ns": "LOC", "nt": "ORG"}
# A personal name never ends in a word for a settlement or a division: 李卜村, 尼·伯尔切斯库镇,
# 卢浮宫 are places; nor is it followed by one (苏扎克区, 马拉若岛) unless that starts a post
# (王某村长) or a body (张三区委).
_PLACE_END = frozenset("村镇县省州岛区乡寨屯宫寺庙")
_PLACE_AFTER = re.compile(r"^[村镇县省州岛区乡寨屯](?![长委民里内外上下])")
# ...nor by a word for a firm: 罗威|汽车公司, 葛兰素·威康|公司, 森隆|药业 are the firm's name.
_FIRM_AFTER = re.compile(r"^(?:汽车公司|股份公司|有限公司|公司|集团|药业|银行)")
_CREDIT_BEFORE = re.compile(r"(?:记者|通讯员|实习生|摄影|摄像)[\s\u3000]*$")
_CREDIT_AFTER = re.compile(r"^[\s\u3000]*摄(?![\u4e00-\u9fff])")
_LIST_GAP = re.compile(r"^[、\s\u3000]*$")
_GENERIC_POST = re.compile(r"领导$")  # 市领导, 省领导: who, not which post


@dataclass(frozen=True)
class Mention:
    start: int  # character offsets in the text
    end: int
    text: str
    entity_type: str  # person, place, org or reporter
    role: str | None = None  # a person's post as printed: 市委副书记、市长


# A person span the model itself gives less than this probability (at its least sure character)
# is dropped: persons are what researchers count, and a wrong one costs more than a missed one.
# Chosen on the 5-fold runs of the dev split (README, "Entities"): at 0.8 persons are 0.927
# precise for 0.718 recall (0.7: 0.918 / 0.745).
PERSON_CONFIDENCE = 0.8
ENTITY_TAGS = frozenset({"nr", "nrfg", "nrt", "ns", "nt", "nz"})
DICTIONARY_TYPES = {"nr": "PER", "nrfg": "PER", "nrt": "PER", "ns": "LOC", "nt": "ORG"}


def dictionary_types(user_words: dict[str, str | None]) -> dict[str, str]:
    """The user dictionaries' words by type: ``{"柴伟": "PER", "东辽县": "LOC", "市委": "ORG",
    "美丽乡村": "O"}``; a word tagged as no entity (``美丽乡村 n``) is ``O``: never an entity."""
    return {w: DICTIONARY_TYPES.get(t or "", "O") for w, t in user_words.items() if t}


@dataclass(frozen=True)
class Recogniser:
    """What the entity layer needs, built once per worker (``baozhi.resources``).

    ``retag``: repaired jieba tags by word (``transforms/dicts/entity_tags.txt``); a word
    repaired to a tag that names no entity is never an entity on its own.
    """

    model: CrfModel
    gazetteer: Gazetteer
    retag: dict[str, str]
    dictionary: dict[str, str]  # user-dictionary words -> PER/LOC/ORG: 柴伟 PER, 东辽县 LOC
    person_confidence: float = PERSON_CONFIDENCE

    @functools.cached_property
    def not_entities(self) -> frozenset[str]:
        return frozenset(w for w, t in self.retag.items() if t not in ENTITY_TAGS) | frozenset(
            w for w, t in self.dictionary.items() if t == "O"
        )


def find_mentions(
    texts: Sequence[str], pairs: Sequence[Sequence[tuple[str, str]]], recogniser: Recogniser
) -> list[list[Mention]]:
    """The mentions in each text, in order. ``pairs``: ``Tokenizer.cut`` of each text."""
    tagged = recogniser.model.tag(texts, pairs, recogniser.retag, recogniser.dictionary, recogniser.person_confidence)
    out = []
    for k, (text, text_pairs, text_spans) in enumerate(zip(texts, pairs, tagged.spans)):
        if not text_spans:
            out.append([])
            continue
        mentions = _repaired(text, text_spans, recogniser)
        if any(m.entity_type == "person" for m in mentions):
            mentions = _with_roles(text, text_pairs, tagged.token_starts(k), recogniser.retag, _credits(text, mentions))
        out.append(mentions)
    return out


def _repaired(
    text: str, spans: Sequence[tuple[int, int, str]], recogniser: Recogniser
) -> list[Mention]:
    not_entities, dictionary, retag = recogniser.not_entities, recogniser.dictionary, recogniser.retag
    merged: list[list] = []
    for s, e, t in spans:
        if merged and t == "PER" and merged[-1][2] == "PER" and (
            merged[-1][1] == s or (text[merged[-1][1] : s] == "·" and s == merged[-1][1] + 1)
        ):
            merged[-1][1] = e  # 赫里斯|坚科 -> 赫里斯坚科
        else:
            merged.append([s, e, t])
    out = []
    for s, e, t in merged:
        word = text[s:e]
        if word in not_entities or not _HAN.search(word):  # lyjshhshhshh310 is no organisation
            continue
        if t == "PER":
            # 王某 李先生 老于: the name is the surname (王, 李, 于), as the corpora mark it
            m = _ADDRESSED.match(word)
            if m:
                s, e = s + m.start(1), s + m.end(1)
                word = text[s:e]
            elif retag.get(word) in _TYPE_OF_TAG:  # 伊拉克, 布隆迪: a place jieba calls a person
                t = _TYPE_OF_TAG[retag[word]]
            elif word[-1] in _PLACE_END and len(word) > 1:
                t = "LOC"
            elif _PLACE_AFTER.match(text[e : e + 2]):
                e, t = e + 1, "LOC"
                word = text[s:e]
            elif firm := _FIRM_AFTER.match(text[e : e + 4]):
                e, t = e + firm.end(), "ORG"
                word = text[s:e]
        if t == "PER" and e - s == 1 and not _ADDRESS_AFTER.match(text[e : e + 2]):
            continue
        if t == "PER" and dictionary.get(word) != "PER" and not _name_like(word, not_entities):
            continue
        out.append(Mention(s, e, text[s:e], TYPE_NAMES[t]))
    return out


def _name_like(word: str, not_entities: frozenset[str]) -> bool:
    """Whether a person span can be a name: not starting with a reviewed common word (阳光充足,
    顾客明白), and four or more characters only for a compound surname (欧阳修文), a foreign name
    (transliteration characters: 库马拉通加) or one written with ``·`` (维姆·杜伊森贝赫)."""
    if any(word.startswith(w) for w in (word[:2], word[:3]) if w in not_entities and len(w) < len(word)):
        return False
    if len(word) < 4 or "·" in word or word[:2] in COMPOUND_SURNAMES:
        return True
    return sum(ch in ner.TRANSLITERATION_CHARS for ch in word) * 4 >= len(word) * 3


COMPOUND_SURNAMES = frozenset({"欧阳", "司马", "诸葛", "上官", "东方", "尉迟", "皇甫", "令狐", "公孙", "慕容", "司徒", "夏侯", "端木"})


def _credits(text: str, mentions: list[Mention]) -> list[Mention]:
    """Persons named in a credit (本报记者 王茜, 王彦雨 摄, 记者 王茵 汪琳) become reporters."""
    out = list(mentions)
    for k, m in enumerate(out):
        if m.entity_type != "person":
            continue
        credit = _CREDIT_BEFORE.search(text, max(0, m.start - 8), m.start) or _CREDIT_AFTER.match(text[m.end : m.end + 3])
        if not credit and k and out[k - 1].entity_type == "reporter":
            credit = re.fullmatch(r"[\s\u3000、]+", text[out[k - 1].end : m.start])  # 记者 王茵 汪琳
        if credit:
            out[k] = Mention(m.start, m.end, m.text, "reporter")
    return out


def _with_roles(
    text: str, pairs: Sequence[tuple[str, str]], starts: list[int], retag: dict[str, str], mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` with the posts printed around their persons; ``starts``: where each token
    of ``pairs`` starts in ``text`` (``ner.token_starts``)."""
    fix = retag.get

    def tokens(a: int, b: int) -> list[ner.Token]:  # only the few tokens a post is read from
        return [(starts[k], starts[k] + len(pairs[k][0]), pairs[k][0], fix(*pairs[k])) for k in range(max(a, 0), min(b, len(pairs)))]

    roles: list[str | None] = []
    for m in mentions:
        role = None
        if m.entity_type == "person":
            i = bisect_left(starts, m.start)
            if i < len(starts) and starts[i] == m.start:  # the name starts a token: 市委书记/柴伟
                window = tokens(i - _ROLE_MAX_TOKENS, i + 1)
                role = role_before(window, len(window) - 1)
            j = bisect_left(starts, m.end)
            if role is None and j < len(starts) and starts[j] == m.end:  # 孙时光/代表/说
                role = role_after(tokens(j, j + 2), 0)
        roles.append(role)
    # a 、-list of names shares the post of its first (or last) name: 市领导张三、李四、王五
    k = 0
    while k < len(mentions):
        j = k
        while (
            j + 1 < len(mentions)
            and mentions[j + 1].entity_type == mentions[k].entity_type == "person"
            and _LIST_GAP.match(text[mentions[j].end : mentions[j + 1].start])
            and "、" in text[mentions[j].end : mentions[j + 1].start]
        ):
            j += 1
        if j > k:
            shared = roles[k] or roles[j]
            for i in range(k, j + 1):
                roles[i] = roles[i] or shared
        k = j + 1
    return [Mention(m.start, m.end, m.text, m.entity_type, r) for m, r in zip(mentions, roles)]


def role_before(tokens: Sequence[ner.Token], i: int) -> str | None:
    """The post printed directly before token ``i``: ``市委书记`` in ``市委书记/柴伟``."""
    j = i
    while j > 0 and i - j < _ROLE_MAX_TOKENS:
        _, _, word, tag = tokens[j - 1]
        if word in _ROLE_GLUE or (tag in _ROLE_TAGS and _ALL_HAN.match(word)):
            j -= 1
        else:
            break
    chain = [w for _, _, w, _ in tokens[j:i]]
    while chain and chain[0] == "、":
        chain.pop(0)
    # the token right before the name must itself end in a post ("市长"), or there is no role
    if not chain or not _POST.search(chain[-1]):
        return None
    return "".join(chain)


def role_after(tokens: Sequence[ner.Token], i: int) -> str | None:
    """A post written right after a name, token ``i``: ``代表`` in ``孙时光/代表/说``."""
    if i >= len(tokens) or not _POST_AFTER.match(tokens[i][2]):
        return None
    after = tokens[i + 1][3] if i + 1 < len(tokens) else "x"
    if after in _NOUNISH:  # 柴伟代表市委: 代表 is the verb
        return None
    return tokens[i][2]


def extract(
    mentions: Sequence[Mention],
    gazetteer: Gazetteer,
    *,
    authors: Sequence[str] = (),
    photographers: Sequence[str] = (),
) -> tuple[Entity, ...]:
    """An article's entities from the mentions of all its texts: one row per (name, type)."""
    reporters = list(dict.fromkeys([*(n for n in (*authors, *photographers) if n),
                                    *(m.text for m in mentions if m.entity_type == "reporter")]))
    counts: Counter[tuple[str, str]] = Counter()
    roles: dict[str, str] = {}
    for m in mentions:
        if m.entity_type == "reporter" or (m.entity_type == "person" and m.text in reporters):
            continue
        counts[(m.text, m.entity_type)] += 1
        # the first post printed, but a real post beats the collective 市领导 (市领导徐晖 ... 副市长徐晖)
        if m.role and (m.text not in roles or (_GENERIC_POST.search(roles[m.text]) and not _GENERIC_POST.search(m.role))):
            roles[m.text] = m.role
    places = gazetteer.resolve([name for name, typ in counts if typ == "place"])
    out = []
    for (name, typ), n in sorted(counts.items(), key=lambda kv: (_TYPE_ORDER[kv[0][1]], -kv[1], kv[0][0])):
        place = places.get(name, Place(name)) if typ == "place" else Place(name)
        out.append(Entity(name, typ, roles.get(name) if typ == "person" else None, n,
                          place.canonical, place.parent, place.code))
    out += [Entity(r, "reporter", None, 1, r, None, None) for r in reporters]
    return tuple(out)


_TYPE_ORDER = {"person": 0, "place": 1, "org": 2}
