"""Entities per article from POS-tagged tokens: people with their posts, places, organisations, reporters.

- person: jieba ``nr``/``nrfg`` tokens that look like a Chinese name (2-4 Han characters,
  a surname first, not a stop word, not ending like a unit: ``宣传部/nr`` is jieba's mistake).
- role: the post printed directly before the name, kept whole as printed, including a
  double post joined by 、 — ``市委副书记、市长程宇`` -> (程宇, 市委副书记、市长);
  ``副市长徐晖`` -> (徐晖, 副市长). A post written after the name (``孙时光代表说``) is not
  taken. A person's role is the first one printed in the article (the full title usually
  comes at first mention; later mentions are the bare name).
- place: ``ns`` tokens; org: ``nt`` tokens (the committed dictionaries tag units as ``nt``).
- reporter: names from the byline (``Article.authors``/``photographers``). Such a name is also
  a person only when the text names them outside a credit (``本报记者 王茜``, ``王彦雨 摄``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from transforms.model import Entity

PERSON_TAGS = frozenset({"nr", "nrfg"})
# Common single-character surnames, then two-character ones; a person candidate must start with one.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦"
    "戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
    "苑迟邝台杭谈"
)
COMPOUND_SURNAMES = frozenset({"欧阳", "司马", "诸葛", "上官", "东方", "尉迟", "皇甫", "令狐", "公孙", "慕容"})
# Words jieba tags nr that are not people in this paper's text.
PERSON_STOP = frozenset(
    {"高峰", "文明", "明显", "安全", "温暖", "向前", "常委", "于是", "石油", "金融", "黄金", "江南", "方向", "任务",
     "万元", "成功", "林业", "华夏", "龙头", "关键", "时代", "单位", "杨木", "凌云", "柯桥", "程度", "司法", "景观",
     # jieba's own dictionary tags these nr: 杜绝 593 nr, 安全感 181 nr, 荣光 38 nr ...
     "杜绝", "安全感", "荣光", "施展才华", "施策", "段进", "白露", "宣传部", "张扬", "高尚", "万里"}
)
# jieba's dictionary tags some common words ns/nt: 城市 25084 ns, 新格局 3 nt.
PLACE_STOP = frozenset({"城市", "文明城市", "主城区", "城乡", "全国", "全省", "全市", "全县"})
ORG_STOP = frozenset({"新格局"})
_UNIT_ENDING = tuple("部局委办厅处院校区县镇乡村省市所站队组会")
_ALL_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
# A post ends the role string: 书记 市长 副市长 主任 董事长 组长 常委 ... (not 成长 增长 家长).
_POST = re.compile(r"(书记|(?<![成增家擅延生专特兄])长|主任|主席|委员|常委|经理|总裁|总监|主编|巡视员|调研员|理事)$")
_ROLE_TAGS = frozenset({"n", "nt", "ns", "nz", "j", "b", "vn", "l", "an"})
_ROLE_MAX_TOKENS = 10
# Credits that name a reporter without making them a subject: 本报记者 王茜 / (记者 王茵 汪琳) / 王彦雨 摄
_CREDIT = re.compile(
    r"(?:本报)?(?:记者|通讯员|实习生|摄影)[\s\u3000]*(?:[\u4e00-\u9fff]{2,4}[\s\u3000、,，]*)+"
    r"|[\u4e00-\u9fff]{2,4}[\s\u3000]*摄(?![\u4e00-\u9fff])"
)


def looks_like_person(word: str) -> bool:
    """A 2-4 character Han name starting with a surname, not a known false ``nr``."""
    if not 2 <= len(word) <= 4 or not _ALL_HAN.match(word) or word in PERSON_STOP:
        return False
    if word.endswith(_UNIT_ENDING):
        return False
    return word[0] in SURNAMES or (len(word) >= 3 and word[:2] in COMPOUND_SURNAMES)


def role_before(tokens: Sequence[tuple[str, str]], i: int) -> str | None:
    """The post printed directly before token ``i``: ``市委书记`` in ``市委书记/柴伟``."""
    j = i
    while j > 0 and i - j < _ROLE_MAX_TOKENS:
        word, tag = tokens[j - 1]
        if word == "、" or word in ("副", "常务", "党组") or (tag in _ROLE_TAGS and _ALL_HAN.match(word)):
            j -= 1
        else:
            break
    chain = [w for w, _ in tokens[j:i]]
    while chain and chain[0] == "、":
        chain.pop(0)
    # The token right before the name must itself end in a post ("市长"), or there is no role.
    if not chain or not _POST.search(chain[-1]):
        return None
    return "".join(chain)


def _outside_credits(name: str, texts: Sequence[str]) -> int:
    """How often ``name`` occurs in ``texts`` outside byline/photo credits."""
    return sum(_CREDIT.sub("", t).count(name) for t in texts)


def extract(
    tokens: Sequence[tuple[str, str]],
    *,
    authors: Sequence[str] = (),
    photographers: Sequence[str] = (),
    texts: Sequence[str] = (),
) -> tuple[Entity, ...]:
    """Entities of one article from its (word, tag) tokens; ``texts`` are the strings tokenised."""
    people: Counter[str] = Counter()
    roles: dict[str, str] = {}
    places: Counter[str] = Counter()
    orgs: Counter[str] = Counter()
    for i, (word, tag) in enumerate(tokens):
        if tag in PERSON_TAGS and looks_like_person(word):
            people[word] += 1
            if word not in roles and (role := role_before(tokens, i)):
                roles[word] = role
        elif tag == "ns" and len(word) >= 2 and word not in PLACE_STOP:
            places[word] += 1
        elif tag == "nt" and len(word) >= 2 and word not in ORG_STOP:
            orgs[word] += 1
    reporters = list(dict.fromkeys(n for n in (*authors, *photographers) if n))
    for name in reporters:
        if name in people:
            outside = _outside_credits(name, texts) if texts else 0
            if outside:
                people[name] = min(people[name], outside)
            else:
                del people[name]
    out = [Entity(p, "person", roles.get(p), n) for p, n in _ranked(people)]
    out += [Entity(p, "place", None, n) for p, n in _ranked(places)]
    out += [Entity(o, "org", None, n) for o, n in _ranked(orgs)]
    out += [Entity(r, "reporter", None, 1) for r in reporters]
    return tuple(out)


def _ranked(counts: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
