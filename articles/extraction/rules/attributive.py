"""Country and place names that are not the place of an event: a country named as a nationality or
an owner ("South Korean media", "the Korean Peninsula", "Dubes Cina", "중국 공산당", "北韓官媒"), and
a place in the name of a body ("平安北道人民委員會")."""

from __future__ import annotations

import re

from ..lexicon import compile_fast
from ..types import COUNTRY, PLACE, Mention

_ATTRIBUTIVE_AFTER = compile_fast(
    r"^(?:['’]s)?\s*(?:state |official |foreign |top |senior |government |ruling |communist |national |new )?"
    r"(?:media|news|newspaper|agency|officials?|leaders?|leadership|government|side|delegation|embassy|ambassador|"
    r"diplomats?|counterpart|president|premier|prime minister|minister|ministry|authorities|customs|company|companies|"
    r"firms?|troops|army|war|peninsula|party|regime|people|nationals|workers|citizens|state)\b"
    r"|^\s?(?:측|정부|당국|매체|언론|대표단|당정|대사|주재|총리|주석|국가주석|외무성|외교부|노동당|공산당|군|인민|주민|기업|세관|해관|전쟁|반도)"
    r"|^(?:外交部|国家主席|國家主席|总理|總理|官方|官媒|媒体|媒體|政府|代表团|代表團|代表団|使節団|訪問団|大使|外长|外長|领导人|領導人|共产党|共產黨|"
    r"劳动党|勞動黨|方面|方|海关|海關|人民|军|軍|外务省|外務省|国営|政府|当局|の指導者|駐在|驻|駐|战争|戰爭|戦争|戦|半岛|半島|"
    r"国家元首|國家元首|元首|亲王|親王|国王|國王|国务委员|國務委員|外交部长|外交部長|副总理|副總理|副主席|驻华|駐華|"
    r"党政|黨政|党和政府|黨和政府|友好代表|側|侧)"
    # the Korean War and the peninsula in the other languages: "guerra de Corea", "guerre de Corée", "Koreakrieg"
    r"|^[-\s]?(?:krieg|kriegs)",
    re.IGNORECASE,
)
_ATTRIBUTIVE_BEFORE = compile_fast(
    r"(?:\b(?:guerra de|guerre de|péninsule de|península de|perang|semenanjung|"
    r"dubes|duta besar|presiden|menteri(?: luar negeri)?|perdana menteri|pemimpin|wakil \w+|pejabat|media|"
    r"kantor berita|pemerintah|delegasi|embajador|presidente|ministro|canciller|ambassadeur|ministre|président|"
    r"Botschafter|Präsident|Minister|посол|президент|министр|лидер|служба|министерство|агентство|посольство|"
    r"ministry of|embassy of|agency of|government of)\s+)$",
    re.IGNORECASE,
)


_PLACE_BODY = compile_fast(
    r"^(?:省|市|道)?(?:人民委員會|人民委员会|人民政府|政府|党委|黨委)|^\s?(?:시|도)?\s?인민위원회|^\s+(?:City|Provincial)\s+(?:People's\s+)?Committee",
)


_LOCATIVE_BEFORE = compile_fast(r"(?:\b(?:in|at|en|à|di|im|в)\s+|在|於)$")


# Two places joined by a hyphen or a dash name a relation or a route between them ("Beijing-Pyongyang
# relations", "Sinuiju–Dandong"), not a place something happened
# before a common noun ("relations", "ties", "route", "отношения"), not inside one name ("Rajin-Sonbong")
_PAIRED = compile_fast(r"[-–][A-ZА-Я][\w’']+\s+(?=[a-zа-я])")
_PAIRED_AFTER = compile_fast(r"[A-Za-zА-Яа-я][-–]$")
_COMMON_NOUN_AFTER = compile_fast(r"\s+[a-zа-я]")
# or after a noun of relations ("las relaciones Pekín-Pyongyang", "hubungan Pyongyang-Beijing",
# "die Beziehungen Peking–Pjöngjang", "отношения Пхеньян–Пекин")
_RELATIONS_BEFORE = compile_fast(
    r"\b(?:relations|ties|relaciones|relación|lazos|liens|Beziehungen|hubungan|отношени\w*|связ\w*)\s+$",
    re.IGNORECASE,
)
_PAIR_TAIL = compile_fast(r"[-–][A-ZА-Я]")
_FIRST_OF_PAIR = compile_fast(r"(?<![\w’'-])[A-ZА-Я][\w’']*[-–]$")


def attributive(text: str, m: Mention) -> bool:
    """A country named as a nationality or an owner, not as a place: "South Korean media",
    "the Korean Peninsula", "Dubes Cina Wang Yajun", "중국 공산당", "北韓官媒"."""
    if _PAIRED.match(text, m.end) or (
        _PAIRED_AFTER.search(text, max(0, m.start - 2), m.start) and _COMMON_NOUN_AFTER.match(text, m.end)
    ):
        return True
    first = _FIRST_OF_PAIR.search(text, max(0, m.start - 30), m.start)
    start = first.start() if first else m.start
    if (first or _PAIR_TAIL.match(text, m.end)) and _RELATIONS_BEFORE.search(text, max(0, start - 24), start):
        return True  # "Beijing-Pyongyang ties", "the Dandong–Sinuiju route": a pair, not where
    if m.label == PLACE:
        # a place in the name of a body: "平安北道人民委員會", "遼寧省政府", "Pyongyang City People's Committee"
        return bool(_PLACE_BODY.match(text[m.end : m.end + 24]))
    if m.label != COUNTRY:
        return False
    before = text[max(0, m.start - 30) : m.start]
    # (both patterns before the name end with a space or 在/於: test that first, it is cheap)
    spaced = before[-1:].isspace()
    if (spaced or before[-1:] in ("在", "於")) and _LOCATIVE_BEFORE.search(before[-5:]):
        return False  # "在朝鲜外务省签署": at the ministry, in that country
    return bool(_ATTRIBUTIVE_AFTER.match(text[m.end : m.end + 30]) or (spaced and _ATTRIBUTIVE_BEFORE.search(before)))
