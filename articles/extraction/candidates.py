"""People the gazetteer does not know, found through the titles the press puts next to them.

"Foreign Minister Pak Ui Chun", "Menteri Luar Negeri Retno Marsudi", "외무상 리선권",
"최선희 외무상", "外长王毅", "王毅外长", "министр иностранных дел Сергей Лавров": a title
from the lists below next to a capitalised name (or a Hangul/Han name that starts with a
common surname) that no gazetteer alias covers makes a candidate person. Candidates take
part in meetings, visits and agreements like known actors and are stored for review.
"""

from __future__ import annotations

import re

from .lexicon import trie_pattern
from .types import PERSON, GazetteerEntry, Mention

_TITLES_LATIN = (
    # English
    "Vice Foreign Minister|First Vice Foreign Minister|Foreign Minister|Defence Minister|Defense Minister|"
    "Vice Premier|Premier|Prime Minister|Vice President|President|Ambassador|Vice Chairman|Chairman|Marshal|"
    "Minister of [A-Z][a-z]+(?: [A-Z][a-z]+)?|Vice Minister|Deputy Foreign Minister|Special Representative|"
    "Envoy|Secretary|Spokesman|Spokeswoman|Spokesperson|Governor|Mayor|"
    # Indonesian
    "Menteri Luar Negeri|Menlu|Perdana Menteri|Wakil Perdana Menteri|Duta Besar|Dubes|Wakil Menteri Luar Negeri|"
    "Menteri Pertahanan|Menteri|Ketua|Wakil Ketua|Presiden|"
    # Spanish, French, German
    "canciller|ministro de Asuntos Exteriores|ministra de Asuntos Exteriores|primer ministro|embajador|"
    "vicecanciller|ministre des Affaires étrangères|Premier ministre|ambassadeur|vice-ministre|"
    "Außenminister|Außenministerin|Ministerpräsident|Regierungschef|Botschafter|Vizeaußenminister"
)
_LATIN_NAME = r"((?:[A-Z][a-z]+(?:-[a-z]+)?)(?:\s+[A-Z][a-z]+(?:-[a-z]+)?){1,2})"
_TITLES_CYRILLIC = (
    "министр иностранных дел|министра иностранных дел|премьер-министр|премьер Госсовета|посол|"
    "заместитель министра иностранных дел|председатель|министр обороны|глава МИД"
)
_CYR_NAME = r"((?:[А-ЯЁ][а-яё]+)(?:\s+[А-ЯЁ][а-яё]+){1,2})"

_KOREAN_TITLES = (
    "외무상|외교부장|외교부 부장|부상|총리|내각총리|부총리|대사|국방상|국방부장|위원장|부위원장|특별대표|대변인"
)
_KOREAN_SURNAMES = (
    "김이리박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노로하곽성차주우구민진지엄채원천방공현함변염여추"
    "도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부"
)
_CJK_TITLES = "外长|外交部长|外相|总理|總理|副总理|副總理|首相|大使|国防部长|國防部長|国防相|委员长|委員長|副委员长|特别代表|發言人|发言人|報道官|报道官"
_CJK_SURNAMES = (
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖田董袁潘于蒋蔣"
    "蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋方白邹鄒孟熊秦邱江尹薛段雷侯龙龍史陶黎贺賀"
    "顾顧毛郝龚龔邵万萬钱錢严嚴武戴莫孔向汤湯朴玄池延洪廉车車"
)

_ADJECTIVES = {
    "KP": r"North Korean|DPRK|Korea Utara|nord-coréen\w*|norcorean\w*|nordkoreanisch\w*|северокорейск\w*|КНДР|조선|북한|朝鲜|朝鮮|北朝鮮",
    "CN": r"Chinese|China|Tiongkok|chinois\w*|chin[oa]|chinesisch\w*|китайск\w*|КНР|중국|中国|中國",
    "KR": r"South Korean|Korea Selatan|sud-coréen\w*|surcorean\w*|südkoreanisch\w*|южнокорейск\w*|한국|남한|韩国|韓国|韓國",
    "RU": r"Russian|Rusia|russe|ruso|russisch\w*|российск\w*|러시아|俄罗斯|ロシア",
    "US": r"US|U\.S\.|American|Amerika Serikat|AS|américain\w*|estadounidense|US-amerikanisch\w*|американск\w*|미국|美国|米国",
    "JP": r"Japanese|Jepang|japonais\w*|japon[eé]s\w*|japanisch\w*|японск\w*|일본|日本",
}

# A nationality may stand between title and name: "Duta Besar Korea Utara An Kwang Il".
_NATIONALITY_AFTER = (
    r"(?:\s+(?:Korea Utara|Korea Selatan|Tiongkok|China|RRT|Rusia|nord-coréen(?:ne)?|chinois(?:e)?|norcoreano|"
    r"norcoreana|chino|china|russe|ruso))?"
)

_TITLE_TRIE = trie_pattern([t for t in _TITLES_LATIN.split("|") if "[" not in t], keep_case=True)
_PATTERNS = [
    (
        "latin",
        re.compile(
            rf"\b(?:{_TITLE_TRIE}|Minister of [A-Z][a-z]+(?: [A-Z][a-z]+)?){_NATIONALITY_AFTER}\s+{_LATIN_NAME}"
        ),
    ),
    ("cyrillic", re.compile(rf"(?i:{_TITLES_CYRILLIC})\s+{_CYR_NAME}")),
    ("hangul", re.compile(rf"(?:{_KOREAN_TITLES})\s+([{_KOREAN_SURNAMES}][가-힣]{{2}})(?![가-힣]{{2}})")),
    ("hangul", re.compile(rf"(?<![가-힣])([{_KOREAN_SURNAMES}][가-힣]{{2}})\s+(?:{_KOREAN_TITLES})")),
    ("han", re.compile(rf"(?:{_CJK_TITLES})([{_CJK_SURNAMES}][\u4e00-\u9fff]{{1,2}})(?=[，。、,\s表说会在与同和于])")),
    ("han", re.compile(rf"(?:(?<=[，。、,\s的])|^)([{_CJK_SURNAMES}][\u4e00-\u9fff]{{1,2}})(?:{_CJK_TITLES})")),
]

# Words that look like names after a title but are not ("President Trump's", "Premier League").
_NOT_NAMES = {"League", "Minister", "Ministry", "Council", "Committee", "Party", "Office", "Said", "The", "And"}


def _country_near(text: str, start: int) -> str:
    window = text[max(0, start - 40) : start]
    best, best_pos = "", -1
    for code, rx in _ADJECTIVES.items():
        for m in re.finditer(rx, window):
            if m.end() > best_pos:
                best, best_pos = code, m.end()
    return best


def find_candidates(text: str, mentions: list[Mention]) -> tuple[list[Mention], dict[str, GazetteerEntry]]:
    """New person mentions for titled names that no gazetteer alias covers, and their entries."""
    taken = [(m.start, m.end) for m in mentions]
    found: list[Mention] = []
    entries: dict[str, GazetteerEntry] = {}
    scripts = {
        "latin": bool(re.search(r"[A-Z]", text)),
        "cyrillic": bool(re.search(r"[\u0400-\u04ff]", text)),
        "hangul": bool(re.search(r"[\uac00-\ud7a3]", text)),
        "han": bool(re.search(r"[\u4e00-\u9fff]", text)),
    }
    for script, rx in _PATTERNS:
        if not scripts[script]:
            continue  # a pattern for a script the text does not use
        for m in rx.finditer(text):
            s, e = m.span(1)
            name = m.group(1)
            if any(ts < e and s < te for ts, te in taken) or set(name.split()) & _NOT_NAMES:
                continue
            country = _country_near(text, s)
            key = f"candidate:{name}"
            entries.setdefault(key, GazetteerEntry(key, PERSON, name, (), country))
            found.append(Mention(key=key, label=PERSON, name=name, start=s, end=e, text=name, sentence=-1))
            taken.append((s, e))
    if not found:
        return [], {}
    # Later bare mentions of the same candidate name count too.
    for key, entry in list(entries.items()):
        for m in re.finditer(re.escape(entry.name), text):
            s, e = m.span()
            if not any(ts < e and s < te for ts, te in taken):
                found.append(
                    Mention(key=key, label=PERSON, name=entry.name, start=s, end=e, text=entry.name, sentence=-1)
                )
                taken.append((s, e))
    return found, entries
