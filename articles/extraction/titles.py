"""People referred to by their office: "the Chinese premier", "the minister", "Премьер-министр
Китая", "le ministre chinois", "der chinesische Ministerpräsident", "el ex canciller".

A person is introduced with an office ("Chinese Premier Wen Jiabao", "Ri Kil Song, vice foreign
minister of the DPRK", "원자바오 중국 총리", "外长王毅") or holds it in the gazetteer's roles on the
article's date. A later phrase that names the office without a name resolves to the person of
that office (and nationality, when the phrase gives one) named most recently before it; when no
such person was named, it stays unresolved.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .coref import sentence_at
from .lexicon import compile_fast, lowered, trie_pattern
from .types import COUNTRY, PERSON, ExtractionResult, GazetteerEntry, Mention

# Offices, each with the words that name it in the nine languages (longest first when matched).
OFFICES: dict[str, list[str]] = {
    "vice premier": [
        "vice premier",
        "vice-premier",
        "deputy prime minister",
        "vice prime minister",
        "wakil perdana menteri",
        "viceprimer ministro",
        "vice-premier ministre",
        "vizepremier",
        "vizeministerpräsident",
        "вице-премьер",
        "부총리",
        "副总理",
        "副總理",
        "副首相",
    ],
    "premier": [
        "premier",
        "prime minister",
        "perdana menteri",
        "primer ministro",
        "premier ministre",
        "ministerpräsident",
        "regierungschef",
        "премьер-министр",
        "премьер",
        "총리",
        "내각총리",
        "总理",
        "總理",
        "首相",
    ],
    "vice foreign minister": [
        "vice foreign minister",
        "deputy foreign minister",
        "wakil menteri luar negeri",
        "vicecanciller",
        "vice-ministre des affaires étrangères",
        "vizeaußenminister",
        "замминистра иностранных дел",
        "заместитель министра иностранных дел",
        "외무성 부상",
        "외교부 부부장",
        "副外长",
        "副外長",
        "副外相",
        "外务省副相",
        "外務省副相",
    ],
    "foreign minister": [
        "foreign minister",
        "minister of foreign affairs",
        "top diplomat",
        "menteri luar negeri",
        "menlu",
        "canciller",
        "ministro de asuntos exteriores",
        "ministro de relaciones exteriores",
        "ministre des affaires étrangères",
        "chef de la diplomatie",
        "außenminister",
        "außenministerin",
        "министр иностранных дел",
        "глава мид",
        "외무상",
        "외교부장",
        "외교부 장관",
        "외교장관",
        "外长",
        "外長",
        "外交部长",
        "外交部長",
        "外相",
    ],
    "vice president": [
        "vice president",
        "vice-president",
        "wakil presiden",
        "vicepresidente",
        "vice-président",
        "vizepräsident",
        "вице-президент",
        "заместитель председателя кнр",
        "국가부주석",
        "부주석",
        "国家副主席",
        "國家副主席",
        "副主席",
    ],
    "president": [
        "president",
        "presiden",
        "presidente",
        "président",
        "präsident",
        "staatschef",
        "staats- und parteichef",
        "председатель кнр",
        "국가주석",
        "주석",
        "国家主席",
        "國家主席",
        "主席",
    ],
    "leader": [
        "leader",
        "pemimpin",
        "líder",
        "dirigeant",
        "machthaber",
        "лидер",
        "지도자",
        "领导人",
        "領導人",
        "指導者",
    ],
    "envoy": [
        "special envoy",
        "envoy",
        "special representative",
        "utusan khusus",
        "utusan",
        "enviado especial",
        "enviado",
        "émissaire",
        "envoyé spécial",
        "sondergesandter",
        "gesandter",
        "спецпосланник",
        "посланник",
        "특사",
        "특별대표",
        "特使",
        "特别代表",
        "特別代表",
    ],
    "ambassador": [
        "ambassador",
        "duta besar",
        "dubes",
        "embajador",
        "ambassadeur",
        "botschafter",
        "посол",
        "대사",
        "大使",
    ],
    "chairman": [
        "chairman",
        "ketua",
        "presidente del comité",
        "président du comité",
        "vorsitzender",
        "председатель",
        "위원장",
        "委员长",
        "委員長",
    ],
    "minister": [
        "minister",
        "ministerin",
        "menteri",
        "ministro",
        "ministre",
        "министр",
        "장관",
        "부장",
        "部长",
        "部長",
    ],
}
_NATIONALITY = {
    "CN": r"chinese|china['’]s|of china|chinois\w*|chin[oa]s?|chinesisch\w*|китайск\w*|китая|кнр|tiongkok|cina|china|중국|中国|中國|中方",
    "KP": r"north korean|north korea['’]s|the north['’]s|of the dprk|dprk|nord-coréen\w*|norcorean[oa]s?|nordkoreanisch\w*|"
    r"северокорейск\w*|кндр|korea utara|korut|북한|조선|朝鲜|朝鮮|北朝鮮|北韓",
    "KR": r"south korean|sud-coréen\w*|surcorean[oa]s?|südkoreanisch\w*|южнокорейск\w*|korea selatan|한국|韩国|韓国|韓國",
    "RU": r"russian|russe|ruso|russisch\w*|российск\w*|rusia|러시아|俄罗斯|ロシア",
    "US": r"american|u\.s\.|us|américain\w*|estadounidense|amerikanisch\w*|американск\w*|미국|美国|米国",
}
_ALL_WORDS = sorted({w for ws in OFFICES.values() for w in ws}, key=len, reverse=True)
_OFFICE_OF = {w: office for office, ws in OFFICES.items() for w in ws}
# A phrase naming a general office also names the holders of the particular ones it covers.
COVERS = {"minister": {"minister", "foreign minister"}, "leader": {"leader", "president", "chairman"}}
_LATIN_OFFICE = "|".join(re.escape(w) for w in _ALL_WORDS if re.match(r"[a-zа-яё]", w))
_CJK_OFFICE = "|".join(re.escape(w) for w in _ALL_WORDS if not re.match(r"[a-zа-яё]", w))
_NAT = "|".join(f"(?P<{code}>{rx})" for code, rx in _NATIONALITY.items())

# "the (Chinese) premier", "le ministre (chinois)", "el (ex) canciller", "der (chinesische) Ministerpräsident",
# "Премьер-министр Китая" (Russian has no article: capitalised, with the country in the genitive)
_DESCRIPTOR_PATTERN = (
    rf"\b(?:the|this|that|his|her|el|la|le|der|die|das|dem|den)\s+(?:(?:{_NAT})\s+)?(?:(?:ex|former|then|new|visiting|top)[\s-]+)?"
    rf"(?P<office>{_LATIN_OFFICE})\b(?:\s+(?:{_NAT.replace('?P<', '?P<x')}))?"
    rf"|(?<![\w-])(?P<ru>{'|'.join(re.escape(w) for w in _ALL_WORDS if re.match(r'[а-яё]', w))})\s+(?P<rugen>китая|кнр|кндр|северной кореи)\b"
)
_DESCRIPTOR = compile_fast(_DESCRIPTOR_PATTERN, re.IGNORECASE)
# "his Chinese counterpart", "son homologue chinois", "su homólogo chino", "seinem chinesischen
# Amtskollegen", "со своим китайским коллегой": the holder of the same office in the other country.
_COUNTERPART = compile_fast(
    r"\b(?:his|her|their|its|son|sa|ses|su|sus|seine[mnrs]?|ihre[mnrs]?)\s+"
    rf"(?:(?:{_NAT.replace('?P<', '?P<c')})\s+)?(?:counterparts?|homologues?|hom[oó]log[oa]s?|amtskolleg\w*)\b"
    rf"(?:\s+(?:{_NAT.replace('?P<', '?P<d')}))?"
    rf"|\b(?:своим|свои[мх]|его|её|ее)\s+(?:{_NAT.replace('?P<', '?P<e')})\s+коллег\w*",
    re.IGNORECASE,
)
_DESCRIPTOR_LOWER = compile_fast(_DESCRIPTOR_PATTERN)  # the same, for lower-cased text (faster)
# Every office word, to tell cheaply whether a stretch of text can name an office at all.
_OFFICE_GATE = compile_fast(trie_pattern(_ALL_WORDS))


def _office_words(fragment: str) -> str | None:
    m = _OFFICE_GATE.search(fragment.lower())
    return _OFFICE_OF.get(m.group()) if m else None


@lru_cache(maxsize=4096)
def _role_offices(entry: GazetteerEntry, day: dt.date | None) -> frozenset[str]:
    """Offices the gazetteer's roles give a person on a day."""
    iso = day.isoformat() if day else ""
    out = set()
    for title, start, end in entry.roles:
        if iso and ((start and start > iso) or (end and end < iso)):
            continue
        office = _office_words(title)
        if office:
            out.add(office)
            if office == "president" and "vice" in title.lower():
                out.discard("president")
    return frozenset(out)


def _introduced(text: str, persons: list[Mention]) -> dict[int, set[str]]:
    """Offices the text gives each person mention: "Chinese Premier Wen Jiabao", "Ri Kil Song,
    vice foreign minister of the DPRK", "원자바오 중국 총리", "外长王毅", "премьером Китая Вэнь Цзябао"."""
    found: dict[int, set[str]] = {}
    for i, m in enumerate(persons):
        offices = set()
        before = text[max(0, m.start - 60) : m.start].lower()
        last = None
        for last in _OFFICE_GATE.finditer(before):  # noqa: B007 - the last office word before the name
            pass
        if last is not None and _INTRO_TAIL.fullmatch(before, last.end()):
            offices.add(_OFFICE_OF[last.group()])
        after = text[m.end : m.end + 70].lower()
        first = _OFFICE_GATE.search(after)
        if first is not None and _INTRO_GAP.fullmatch(after, 0, first.start()):
            offices.add(_OFFICE_OF[first.group()])
        if offices:
            found[i] = offices
    return found


# after an office word, what may stand before the name: "Vice Minister of Foreign Trade ", "premier, ",
# "премьером Китая "; before one after the name: ", vice foreign minister", " 중국 ", ""
_INTRO_TAIL = compile_fast(r"\w*(?:\s+[\w'’.()-]+){0,3}?\s*,?\s*")
_INTRO_GAP = compile_fast(
    rf"\s*,\s*(?:(?:a|an|the|el|la|le|der|die)\s+)?(?:[\w'-]+\s+){{0,3}}?|\s?(?:(?:{_NAT.replace('?P<', '?P<g')})\s?)?"
)


def _nationality(match: re.Match, prefixes: tuple[str, ...] = ("", "x")) -> str:
    for code in _NATIONALITY:
        if any(match.group(p + code) for p in prefixes):
            return code
    gen = (match.groupdict().get("rugen") or "").lower()
    return {"китая": "CN", "кнр": "CN", "кндр": "KP", "северной кореи": "KP"}.get(gen, "")


def resolve_titles(
    text: str, result: ExtractionResult, entries: dict[str, GazetteerEntry], published: dt.date | None = None
) -> None:
    """Add a person mention for each office phrase that names someone introduced earlier."""
    persons = sorted((m for m in result.mentions if m.label == PERSON), key=lambda m: m.start)
    low = lowered(text)
    if not persons or not (_OFFICE_GATE.search(low if low is not None else text.lower()) or _COUNTERPART.search(text)):
        return
    intro = _introduced(text, persons)
    holders: list[tuple[int, str, set[str]]] = []  # (position, key, offices)
    for i, m in enumerate(persons):
        entry = entries.get(m.key)
        offices = intro.get(i, set()) | (_role_offices(entry, published) if entry else set())
        holders.append((m.start, m.key, offices))
    # a country word inside the phrase ("вице-президент КНР", "the DPRK leader") is part of it
    taken = [(m.start, m.end) for m in result.mentions if m.label != COUNTRY]
    added = []
    phrases: list[tuple[int, str]] = []  # (end, office) of each office phrase, resolved or not
    for match in _DESCRIPTOR_LOWER.finditer(low) if low is not None else _DESCRIPTOR.finditer(text):
        s, e = match.span()
        if any(ts < e and s < te for ts, te in taken):
            continue
        if any(0 <= p.start - e <= 3 for p in persons):
            continue  # "the Chinese premier Wen Jiabao": an apposition, named at once
        office = _OFFICE_OF.get((match.group("office") or match.group("ru") or "").lower())
        if office is None:
            continue
        phrases.append((e, office))
        country = _nationality(match)
        # before anyone is named, a lede's "the North Korean foreign minister" is the one the
        # article names next with that office and nationality
        key = _holder(holders, entries, office, country, s, ahead=bool(country) and persons[0].start > s)
        if key is None:
            continue  # nobody of that office named: left unresolved
        added.append(Mention(key, PERSON, entries[key].name, s, e, text[s:e], sentence_at(result, s)))
        taken.append((s, e))
    added += _counterparts(text, result, entries, holders, phrases, taken)
    if added:
        result.add_descriptions(added)


def _holder(holders, entries, office: str, country: str, pos: int, *, ahead: bool) -> str | None:
    """The person of the office (and nationality) named most recently before ``pos``; with
    ``ahead``, when nobody was, the first one named after it."""
    wanted = COVERS.get(office, {office})
    fitting = [
        (p, key) for p, key, offices in holders if offices & wanted and (not country or entries[key].country == country)
    ]
    earlier = [h for h in fitting if h[0] < pos]
    if earlier:
        return max(earlier)[1]
    later = [h for h in fitting if h[0] > pos] if ahead else []
    return min(later)[1] if later else None


def _counterparts(text, result, entries, holders, phrases, taken) -> list[Mention]:
    """ "X met his Chinese counterpart": the holder, in the country the phrase names, of the office
    of the person or office phrase before it in its sentence."""
    out = []
    for match in _COUNTERPART.finditer(text):
        s, e = match.span()
        country = _nationality(match, ("c", "d", "e"))
        if not country or any(ts < e and s < te for ts, te in taken):
            continue
        lo = result.sentences[sentence_at(result, s)].start
        before = [(end, office) for end, office in phrases if lo <= end <= s]
        before += [(p, o) for p, _key, offices in holders if lo <= p < s for o in offices]
        if not before:
            continue
        office = max(before)[1]
        key = _holder(holders, entries, office, country, s, ahead=True)
        if key is not None:
            out.append(Mention(key, PERSON, entries[key].name, s, e, text[s:e], sentence_at(result, s)))
            taken.append((s, e))
    return out
