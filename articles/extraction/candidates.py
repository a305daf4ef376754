"""People the gazetteer does not know, found through the titles the press puts next to them and
through the shape of Korean and Chinese names.

"Foreign Minister Pak Ui Chun", "Menteri Luar Negeri Retno Marsudi", "외무상 리선권",
"최선희 외무상", "천더밍 중국 상무부장", "外长王毅", "國際部長金成男", "崔永林(チェ・ヨンリム)首相",
"министр иностранных дел Сергей Лавров", "мэр Пекина Инь Юн": a title from the lists below next
to a capitalised name (or a Hangul/Han name that starts with a common surname) that no gazetteer
alias covers makes a candidate person. So does a romanized Korean or Chinese name written as the
press writes them, a surname and one or two syllables of a given name ("Ri Sok Chol", "Ku Pon
Tae", "Wang Jia Rui"). Candidates take part in meetings, visits and agreements like known actors
and are stored for review.
"""

from __future__ import annotations

import re

from .lexicon import compile_fast, trie_pattern
from .scripts import HAN, HANGUL_SYLLABLES, has_cyrillic, has_han, has_hangul
from .types import PERSON, GazetteerEntry, Mention

_TITLES_LATIN = (
    # English
    "Vice Foreign Minister|First Vice Foreign Minister|Foreign Minister|Defence Minister|Defense Minister|"
    "Vice Premier|Premier|Prime Minister|Vice President|President|Ambassador|Vice Chairman|Chairman|Marshal|"
    "Minister of [A-Z][a-z]+(?: [A-Z][a-z]+)?|Vice Minister|Deputy Foreign Minister|Special Representative|"
    "Envoy|Secretary|Spokesman|Spokeswoman|Spokesperson|Governor|Mayor|Counsellor|Director|Chief|Head|Professor|"
    # Indonesian
    "Menteri Luar Negeri|Menlu|Perdana Menteri|Wakil Perdana Menteri|Duta Besar|Dubes|Wakil Menteri Luar Negeri|"
    "Menteri Pertahanan|Menteri|Ketua|Wakil Ketua|Presiden|"
    # Spanish, French, German
    "canciller|ministro de Asuntos Exteriores|ministra de Asuntos Exteriores|primer ministro|embajador|"
    "vicecanciller|ministre des Affaires étrangères|Premier ministre|ambassadeur|vice-ministre|"
    "Außenminister|Außenministerin|Ministerpräsident|Regierungschef|Botschafter|Vizeaußenminister|"
    "Vizepremier|Vizeministerpräsident|Staatspräsident|Präsident|Vizepräsident|Minister|Parteichef|Sprecher|"
    "Sondergesandter|Sondergesandte|vice-président|président|porte-parole|envoyé spécial"
)
_LATIN_NAME = r"((?:[A-Z][a-z]+(?:-[a-z]+)?)(?:\s+[A-Z][a-z]+(?:-[a-z]+)?){1,2})"
_TITLES_CYRILLIC = (
    "министр иностранных дел|министра иностранных дел|премьер-министр|премьер Госсовета|посол|"
    "заместитель министра иностранных дел|председатель|министр обороны|глава МИД|мэр|мэра|губернатор|"
    "руководитель канцелярии|вице-премьер|заместитель министра|министр"
)
_CYR_NAME = r"((?:[А-ЯЁ][а-яё]+)(?:\s+[А-ЯЁ][а-яё]+){1,2})"

_KOREAN_TITLES = (
    "외무상|외교부장|외교부 부장|부상|총리|내각총리|부총리|대사|국방상|국방부장|위원장|부위원장|특별대표|대변인|"
    "상무부장|대외연락부장|부장|부부장|장관|차관|국장|시장|서기|주석|부주석|상무위원|국무위원|참사|공사"
)
_KOREAN_NATION = "(?:중국|북한|조선|미국|러시아|일본|한국|북|중) "
_KOREAN_SURNAMES = (
    "김이리박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노로하곽성차주우구민진지엄채원천방공현함변염여추"
    "도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부"
)
_CJK_TITLES = (
    "外长|外長|外交部长|外交部長|外相|副外相|外务省副相|外務省副相|总理|總理|副总理|副總理|首相|副首相|大使|公参|公參|"
    "国防部长|國防部長|国防相|委员长|委員長|副委员长|副委員長|特别代表|特別代表|發言人|发言人|報道官|报道官|部长|部長|"
    "副部长|副部長|国际部长|國際部長|书记|書記|第1書記|第一書記|第一书记|主任|市长|市長|局长|局長|政治局員|総書記|总书记|總書記|"
    "副相|参赞|參贊"
)
_CJK_SURNAMES = (
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖田董袁潘于蒋蔣"
    "蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋方白邹鄒孟熊秦邱江尹薛段雷侯龙龍史陶黎贺賀"
    "顾顧毛郝龚龔邵万萬钱錢严嚴武戴莫孔向汤湯朴玄池延洪廉车車"
)

_ADJECTIVES = {
    "KP": r"North Korean|DPRK|Korea Utara|nord-coréen\w*|norcorean\w*|nordkoreanisch\w*|северокорейск\w*|КНДР|조선|북한|朝鲜|朝鮮|北朝鮮",
    "CN": r"Chinese|China|PRC|Tiongkok|chinois\w*|chin[oa]|chinesisch\w*|китайск\w*|КНР|중국|中国|中國",
    "KR": r"South Korean|Korea Selatan|sud-coréen\w*|surcorean\w*|südkoreanisch\w*|южнокорейск\w*|한국|남한|韩国|韓国|韓國",
    "RU": r"Russian|Rusia|russe|ruso|russisch\w*|российск\w*|러시아|俄罗斯|ロシア",
    "US": r"US|U\.S\.|American|Amerika Serikat|AS|américain\w*|estadounidense|US-amerikanisch\w*|американск\w*|미국|美国|米国",
    "JP": r"Japanese|Jepang|japonais\w*|japon[eé]s\w*|japanisch\w*|японск\w*|일본|日本",
}

_NATIONALITY = {code: re.compile(rx) for code, rx in _ADJECTIVES.items()}


def nationality(word: str) -> str:
    """The country code of a nationality word ("North Korean", "norcoreana", "朝鲜"), or ""."""
    return next((code for code, rx in _NATIONALITY.items() if rx.fullmatch(word)), "")


_ANY_NATIONALITY = re.compile("|".join(rf"(?<!\w)(?P<{code}>{rx})(?!\w)" for code, rx in _ADJECTIVES.items()))


def nationality_near(text: str, start: int, end: int, lo: int, hi: int, reach: int = 30) -> str:
    """The country of the nationality word nearest to ``text[start:end]`` ("the Chinese
    delegation", "delegasi China", "중국 대표단"), within ``reach`` characters and [lo, hi), or ""."""
    best = ("", reach + 1)
    for m in _ANY_NATIONALITY.finditer(text, max(lo, start - reach), min(hi, end + reach)):
        gap = start - m.end() if m.end() <= start else m.start() - end
        if 0 <= gap < best[1]:
            best = (m.lastgroup or "", gap)
    return best[0]


# A nationality may stand between title and name: "Duta Besar Korea Utara An Kwang Il".
_NATIONALITY_AFTER = (
    r"(?:\s+(?:Korea Utara|Korea Selatan|Tiongkok|China|RRT|Rusia|nord-coréen(?:ne)?|chinois(?:e)?|norcoreano|"
    r"norcoreana|chino|china|russe|ruso))?"
)

_TITLE_TRIE = "(?i:" + trie_pattern([t for t in _TITLES_LATIN.split("|") if "[" not in t]) + ")"

# Romanized names: a Korean or Chinese surname, then one or two syllables of a given name,
# capitalised ("Ri Sok Chol", "Ku Pon Tae", "Kim Song-nam", "Wang Jia Rui", "Zhang Chenggang").
_KO_ROMAN_SURNAMES = (
    "Kim|Ri|Pak|Choe|Jang|Kang|Ro|Ryu|Han|Jo|Hyon|Yun|Ju|Song|Kwon|Hong|So|Ko|Chae|Jon|Ho|Paek|Yang|Mun|Sin|Son|Im|"
    "Thae|An|Ku|Ji|Ra|Nam|Hwang|Kye|Tong|Jong|Sim|Pyon|Rim|Ryom|Cha|Chon|Jon|Min|Ok|Won|Chang|Choi|Park|Lee|Yoon|Cho"
)
_CN_ROMAN_SURNAMES = (
    "Wang|Li|Zhang|Liu|Chen|Yang|Zhao|Huang|Zhou|Wu|Xu|Sun|Hu|Zhu|Gao|Lin|He|Guo|Ma|Luo|Liang|Song|Zheng|Xie|Han|"
    "Tang|Feng|Yu|Dong|Xiao|Cheng|Cao|Yuan|Deng|Fu|Shen|Zeng|Peng|Lu|Su|Jiang|Cai|Jia|Ding|Wei|Xue|Ye|Yan|Pan|Du|"
    "Dai|Xia|Zhong|Tian|Ren|Fan|Fang|Shi|Yao|Tan|Liao|Zou|Xiong|Jin|Hao|Kong|Bai|Cui|Kang|Mao|Qiu|Qin|Gu|Hou|Shao|"
    "Meng|Long|Wan|Duan|Lei|Qian|Yin|Yi|Qiao|Lai|Gong|Wen|Hui|Ning|Kou"
)
_KO_SYLLABLE = compile_fast(
    r"(?:kk|tt|pp|ss|jj|ch|kh|th|ph|[kgndtrlmpbsjh])?(?:yae|yeo|wae|ae|ya|yo|yu|ye|eo|eu|oe|wi|ui|wa|wo|we|a|o|u|i|e)"
    r"(?:ng|n|l|m|p|k|t|r)?"
)
_PINYIN = compile_fast(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uai|ian|iao|uan|ai|ei|ao|ou|an|en|in|un|ia|ie"
    r"|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)"
)
_ROMANIZED = compile_fast(
    rf"(?<![\w-])((?:{_KO_ROMAN_SURNAMES}|{_CN_ROMAN_SURNAMES})\s+[A-Z][a-z]{{1,6}}(?:[\s-][A-Za-z][a-z]{{1,6}})?)(?![\w-])(?!\s+[A-Z])"
)
_PATTERNS = [
    (
        "latin",
        compile_fast(
            rf"\b(?:{_TITLE_TRIE}|Minister of [A-Z][a-z]+(?: [A-Z][a-z]+)?){_NATIONALITY_AFTER},?\s+{_LATIN_NAME}"
        ),
    ),
    # "мэр Пекина Инь Юн": a title, perhaps the place it is of, then the name
    (
        "cyrillic",
        compile_fast(rf"(?i:{_TITLES_CYRILLIC})(?:\s+[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ]{{2,5}})?)?\s+{_CYR_NAME}(?!\s+[А-ЯЁ])"),
    ),
    (
        "hangul",
        compile_fast(
            rf"(?:{_KOREAN_TITLES})\s+([{_KOREAN_SURNAMES}][{HANGUL_SYLLABLES}]{{2}})(?![{HANGUL_SYLLABLES}]{{2}})"
        ),
    ),
    (
        "hangul",
        compile_fast(
            rf"(?<![{HANGUL_SYLLABLES}])([{_KOREAN_SURNAMES}][{HANGUL_SYLLABLES}]{{1,3}})\s+(?:{_KOREAN_NATION}|[{HANGUL_SYLLABLES}]{{2,8}}(?:성|부|당|위원회) )?(?:{_KOREAN_TITLES})"
        ),
    ),
    (
        "han",
        compile_fast(
            rf"(?:{_CJK_TITLES})([{_CJK_SURNAMES}][{HAN}]{{1,2}})(?=[，。、,\s表说說会會在与與同和于率向等(（])"
        ),
    ),
    (
        "han",
        compile_fast(
            # the given name stops where a title begins ("胡総書記" is 胡 and 総書記, no 胡総)
            rf"(?:(?<=[，。、,\s的、の馆館部省局会會院党黨团團])|^)([{_CJK_SURNAMES}](?:(?!{_CJK_TITLES})[{HAN}]){{1,2}})"
            rf"(?:[(（][^)）]{{1,20}}[)）])?(?:{_CJK_TITLES})"
        ),
    ),
    ("latin", _ROMANIZED),
]

# Words that look like names after a title but are not ("President Trump's", "Premier League",
# "wakil ketua Komite Sentral Partai …"), and Korean words that look like a surname and a name.
_NOT_NAMES = set(
    "League Minister Ministry Council Committee Party Office Said The And Central Department Commission Agency "
    "Komite Sentral Partai Kementerian Dewan Majelis Presiden Pemerintah Komisi Departemen Comité Partido Ministerio "
    "Parti Ministère Zentralkomitee Partei Ministerium Kommission University Universitas Universidad Université "
    "People's Workers Korean Chinese Democratic Republic Supreme Assembly Standing General Political Bureau".split()
    # the rest of an Indonesian title the pattern gave up on before a lowercase word ("Menteri Luar Negeri
    # baru": Menteri + "Luar Negeri")
) | set("Luar Negeri Dalam Pertahanan Besar".split())
_NOT_KOREAN_NAMES = set(
    "공산당 노동당 로동당 외교부 외무성 상무부 국방부 주북 주중 주미 주일 주러 주한 중앙당 대표단 정부 당국 "
    # bodies that start with a surname's syllable and come before a title ("왕후닝 정치국 상무위원")
    "정치국 중앙위 국무원 국무위 전인대 안보리 인민군 상무위 서기처 조직부 선전부 비서국 정협 정치협상회의".split()
)
_KOREAN_PARTICLE_END = compile_fast(r"(?:과|와|의|을|를|은|는|이|가|도|만|에|로|에서|에게|으로|부터|까지|께서)$")


def _country_near(text: str, start: int, end: int | None = None) -> str:
    """The nationality named with a name: right after it ("천더밍 중국 상무부장"), else the last
    one in the 40 characters before it."""
    if end is not None:
        after = text[end : end + 5]
        for code, rx in _ADJECTIVES.items():
            if re.match(rf"\s?(?:{rx})", after):
                return code
    window = text[max(0, start - 40) : start]
    best, best_pos = "", -1
    for code, rx in _ADJECTIVES.items():
        for m in re.finditer(rx, window):
            if m.end() > best_pos:
                best, best_pos = code, m.end()
    return best


def _syllables(word: str, rx: re.Pattern) -> bool:
    """Whether a word is one or two syllables of ``rx`` ("chol", "chenggang")."""
    word = word.lower()
    if rx.fullmatch(word):
        return True
    return any(rx.fullmatch(word[:i]) and rx.fullmatch(word[i:]) for i in range(1, len(word)))


def romanized_country(name: str) -> str | None:
    """ "KP" for a Korean-shaped name, "CN" for a Chinese one, None if the words are not a name.
    Korean names are written in three words or with a hyphen; Chinese given names are pinyin."""
    surname, *given = re.split(r"[\s-]", name)
    if not given or any(g.lower() in _COMMON_WORDS for g in given) or name in _PLACE_NAMES:
        return None
    korean = surname in _KO_ROMAN_SURNAMES.split("|") and all(_KO_SYLLABLE.fullmatch(g.lower()) for g in given)
    chinese = surname in _CN_ROMAN_SURNAMES.split("|") and all(_syllables(g, _PINYIN) for g in given)
    if korean and (len(given) == 2 or not chinese):
        return "KP"
    if chinese:
        return "CN"
    return None


_PLACE_NAMES = {"Hong Kong", "Han River", "Kim Chaek", "Jang Jin", "Ma On", "Hai Phong", "Da Nang", "Ho Chi Minh"}
# English and other words that happen to spell like a syllable after a surname ("Kim Said", "Li On").
_COMMON_WORDS = set(
    "said says on in at an as and or of to the for is was he she it we met his her has had not but yet all who won go "
    "say saw see set new now one two man men was are can did dan di ke ya la le de en un el es et die der das und "
    "mit sie er ist im am an".split()
)


def find_candidates(text: str, mentions: list[Mention]) -> tuple[list[Mention], dict[str, GazetteerEntry]]:
    """New person mentions for titled names that no gazetteer alias covers, and their entries."""
    taken = [(m.start, m.end) for m in mentions]
    found: list[Mention] = []
    entries: dict[str, GazetteerEntry] = {}
    scripts = {
        "latin": bool(re.search(r"[A-Z]", text)),
        "cyrillic": has_cyrillic(text),
        "hangul": has_hangul(text),
        "han": has_han(text),
    }
    for script, rx in _PATTERNS:
        if not scripts[script]:
            continue  # a pattern for a script the text does not use
        for m in rx.finditer(text):
            s, e = m.span(1)
            name = " ".join(m.group(1).split())  # "Pak\nMyong Guk" across a wrapped line is Pak Myong Guk
            if any(ts < e and s < te for ts, te in taken) or set(name.split()) & _NOT_NAMES:
                continue
            if script == "hangul" and (name in _NOT_KOREAN_NAMES or _KOREAN_PARTICLE_END.search(name)):
                continue
            shape = romanized_country(name) if script == "latin" else None
            if rx is _ROMANIZED and shape is None:
                continue
            country = _country_near(text, s, e if script in ("hangul", "han") else None) or shape or ""
            key = f"candidate:{name}"
            entries.setdefault(key, GazetteerEntry(key, PERSON, name, (), country))
            found.append(Mention(key=key, label=PERSON, name=name, start=s, end=e, text=text[s:e], sentence=-1))
            taken.append((s, e))
    if not found:
        return [], {}
    # Later bare mentions of the same candidate name count too.
    for key, entry in list(entries.items()):
        for m in re.finditer(r"\s+".join(map(re.escape, entry.name.split())), text):
            s, e = m.span()
            if not any(ts < e and s < te for ts, te in taken):
                found.append(
                    Mention(key=key, label=PERSON, name=entry.name, start=s, end=e, text=text[s:e], sentence=-1)
                )
                taken.append((s, e))
    return found, entries
