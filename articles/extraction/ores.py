"""Metals named as minerals are their ores: "minerals such as copper, nickel and zinc",
"亜鉛、銅などの鉱物", "铜、镍等矿产品", "руды, такие как медь и цинк". A
sanctions list speaks of what is mined, so a metal listed under a word for minerals or ores is a
mention of that metal's ore (HS chapter 26), not of the refined metal (chapters 71 to 81)."""

from __future__ import annotations

import re
from dataclasses import replace

from .coref import sentence_at
from .hs_codes import commodities_by_code
from .lexicon import compile_fast
from .types import COMMODITY, ExtractionResult, GazetteerEntry, Mention

# The metal's HS heading and the heading of its ore.
ORE_OF_METAL = {
    "7403": "2603",  # copper
    "7502": "2604",  # nickel
    "7601": "2606",  # aluminium: bauxite
    "7801": "2607",  # lead
    "7901": "2608",  # zinc
    "8001": "2609",  # tin
    "8101": "2611",  # tungsten
    "8102": "2613",  # molybdenum
    "8108": "2614",  # titanium
    "7108": "2616",  # gold
    "7106": "2616",  # silver
}

# Words for minerals, mineral resources and ores, in the nine languages.
_MINERALS = compile_fast(
    r"\b(?:minerals?|mineral resources|ores|concentrates"
    r"|minerales|recursos minerales|minéraux|minerais|ressources minérales|Mineralien|Bodenschätze|Erze"
    r"|bahan mineral|sumber daya mineral|bijih"
    r"|полезн\w* ископаем\w*|минеральн\w* (?:ресурс|сырь)\w*|минерал\w*|руд[аыу]?)\b"
    r"|鉱物資源|鉱物|鉱石|鉱産物|矿产品|矿产资源|矿产|矿物|矿石|礦產品|礦產|礦物|礦石|광물자원|광물|광석|광산물",
    re.IGNORECASE,
)
# Between two goods of a list: commas, "and", articles.
_SEP = (
    r"(?:\s|[,、，;；・/]|\b(?:and|or|as well as|y|o|e|et|ou|und|oder|sowie|и|или|а также|dan|atau|serta"
    r"|the|el|la|los|las|le|les|der|die|das|den)\b|\bl['’]"
    r"|和|及|与|與|或|や|と|及び|および|및|과|와|이나)+"
)
# The word for minerals after the list: "copper, nickel and other minerals", "銅、銀などの鉱物".
_HEAD = (
    r"(?:\s|\b(?:and|or|other|y|u|otros|et|autres|d['’]autres|und|andere[n]?|и|други[ех]|dan|lain)\b"
    r"|など|の|等|之类|的|其他|その他|의|등|같은|기타|과|와)*"
)
# The word for minerals before the list: "minerals such as copper", "сырьё, например медь".
_INTRO = (
    r"(?:\s+[\w-]+){0,2}?\s*[,:：]?\s*(?:such as|like|including|notably|in particular|namely|как|таких как|такие как|включая"
    r"|в том числе|а именно|например|в частности|como|tales como|incluid[oa]s?|en particular|tels que|comme|notamment|y compris"
    r"|à savoir|wie|darunter|einschließlich|insbesondere|nämlich|seperti|termasuk|antara lain|yaitu|yakni|:)"
    r"\s*(?:(?:the|el|la|los|las|le|les|l['’]|der|die|das|den)\s*)?"
)
_BEFORE_LIST = compile_fast(rf"{_INTRO}(?:#{_SEP})*", re.IGNORECASE)
_AFTER_LIST = compile_fast(rf"(?:{_SEP}#)*{_HEAD}", re.IGNORECASE)
_MAX_GAP = 80

# Chinese, Japanese and Korean name a metal by its bare element name in a list of minerals
# ("铜、镍等矿产", "銅、銀などの鉱物", "구리, 니켈 등 광물"). Alone such a name is too short
# and too common to be a good ("铜像", "금요일"), so it is read only there: the heading of its ore.
_BARE_METALS = {
    "2601": "铁 鐵 鉄 철",
    "2603": "铜 銅 구리 동",
    "2604": "镍 鎳 ニッケル 니켈",
    "2606": "铝 鋁 アルミニウム 알루미늄",
    "2607": "铅 鉛 납",
    "2608": "锌 鋅 亜鉛 아연",
    "2609": "锡 錫 スズ 주석",
    "2611": "钨 鎢 タングステン 텅스텐",
    "2613": "钼 鉬 モリブデン 몰리브덴",
    "2614": "钛 鈦 チタン 티타늄",
    "2616": "金 黄金 黃金 银 銀 금 은",
}
_ORE_OF_BARE = {name: code for code, names in _BARE_METALS.items() for name in names.split()}
# A list before its head word: items joined by "、" or "和", then "等", "など(の)" or "등".
_CJK_AND = r"\s?(?:[、，,]|和|及|与|與|や|と|및|과|와)\s?"
_CJK_ITEM = r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,6}"
_CJK_LIST_BEFORE = compile_fast(rf"((?:{_CJK_ITEM}{_CJK_AND})+{_CJK_ITEM}?)\s?(?:等|など(?:の)?|등(?:의)?|같은)?\s?$")
_CJK_ITEM_SEP = compile_fast(_CJK_AND)


def find_mineral_metals(text: str, result: ExtractionResult, entries: dict[str, GazetteerEntry]) -> None:
    """Make each metal listed under a word for minerals or ores a mention of its ore."""
    words = [w.span() for w in _MINERALS.finditer(text)]
    if not words:
        return
    ore_entry = commodities_by_code(entries)
    bare = _bare_metals(text, result, words, ore_entry)
    if bare:
        result.add_mentions(bare)
    goods = [m for m in result.mentions if m.label == COMMODITY]
    for i, m in enumerate(result.mentions):
        entry = entries.get(m.key)
        if m.label != COMMODITY or entry is None or entry.hs_code not in ORE_OF_METAL:
            continue
        ore = ore_entry.get(ORE_OF_METAL[entry.hs_code])
        if ore is not None and any(_listed_under(text, m, w, goods) for w in words):
            result.mentions[i] = replace(m, key=ore.key, name=ore.name)


def _listed_under(text: str, m: Mention, word: tuple[int, int], goods: list[Mention]) -> bool:
    """Whether the metal is an item of a list that the word for minerals heads."""
    after = m.end <= word[0]
    lo, hi = (m.end, word[0]) if after else (word[1], m.start)
    if hi < lo or hi - lo > _MAX_GAP:
        return False
    gap, pos = [], lo
    for g in goods:  # each other good of the list stands as "#"
        if g.start >= lo and g.end <= hi and g.start >= pos:
            gap += [text[pos : g.start], "#"]
            pos = g.end
    gap.append(text[pos:hi])
    return (_AFTER_LIST if after else _BEFORE_LIST).fullmatch("".join(gap)) is not None


def _bare_metals(
    text: str, result: ExtractionResult, words: list[tuple[int, int]], ore_entry: dict[str, GazetteerEntry]
) -> list[Mention]:
    """Mentions of the ores that a Chinese, Japanese or Korean list of minerals names by bare
    element names, where no mention covers the name yet."""
    covered = [(m.start, m.end) for m in result.mentions]
    added = []
    for start, _ in words:
        listed = _CJK_LIST_BEFORE.search(text, max(0, start - 40), start)
        if listed is None:
            continue
        pos = listed.start(1)
        for n, item in enumerate(_CJK_ITEM_SEP.split(listed.group(1))):
            e = pos + len(item)
            sep = _CJK_ITEM_SEP.match(text, e)
            pos = sep.end() if sep else e
            name = _bare_name(item, first=n == 0)
            ore = ore_entry.get(_ORE_OF_BARE.get(name, ""))
            if ore is None or any(a < e and e - len(name) < b for a, b in covered):
                continue
            added.append(Mention(ore.key, COMMODITY, ore.name, e - len(name), e, name, sentence_at(result, e)))
    return added


def _bare_name(item: str, *, first: bool) -> str:
    """The element name an item of the list ends with: the first item runs on from the words
    before the list ("进口铜"); a later one may carry only a possessive ("北朝鮮産の銅")."""
    for k in range(len(item)):
        if item[k:] in _ORE_OF_BARE and (k == 0 or first or item[:k].endswith(("の", "的", "产", "産", "산", " "))):
            return item[k:]
    return item
