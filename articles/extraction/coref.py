"""Within-article references: surnames and surname + title ("Zhao", "Mr Kim", "김 위원장", "李总理").

A short form resolves only to a person named in full earlier in the same article. When two such
people share it, the more salient one (named more often, then earlier) wins only if it clearly
leads; otherwise the reference is left unresolved rather than guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .background_cues import AFTER_OPENING
from .candidates import nationality
from .lexicon import compile_fast, lowered
from .scripts import HAN, HANGUL_SYLLABLES, has_cjk, has_han, has_hangul
from .types import COUNTRY, PERSON, ExtractionResult, GazetteerEntry, Mention

# Countries whose people are named surname first in the press.
SURNAME_FIRST = {"CN", "KP", "KR", "TW", "HK", "MO", "VN", "JP", "MN"}

KOREAN_TITLES = (
    "위원장 총비서 주석 총리 부주석 외무상 외교부장 부장 장관 대사 위원 동지 대표 국무위원장 원수 대통령 의장 "
    "부위원장 상무위원장 상무위원 서기 비서 특사 국가주석 제1비서 동무 선생 수상 총서기 제1위원장 국방위원장 부총리"
).split()
CJK_TITLES = (
    "总书记 總書記 委员长 委員長 主席 总理 總理 首相 外长 外長 部长 部長 大使 副主席 副总理 副總理 书记 書記 "
    "元帅 元帥 同志 总统 總統 大統領 委員 国務委員長 国务委员长 特使 議長 议长 总书记 氏 第1書記 第一書記 第一书记 書記長 副首相 外相 主任 "
    "総書記"  # Japanese writes 総 where Chinese writes 总 or 總
    " 貿易相 商務相 外務相 国防相 財務相 経済相 国防部長"  # Japanese ministers: "林貿易相", "薄商務相"
).split()

_LATIN_WORD = compile_fast(r"^[^\W\d_]+$")


@lru_cache(maxsize=8192)
def _short_forms(entry: GazetteerEntry) -> set[tuple[str, str]]:
    """(form, kind) pairs: kind "latin" for a bare surname, "hangul"/"cjk" for surname + title."""
    forms: set[tuple[str, str]] = set()
    surname_first = entry.country in SURNAME_FIRST
    for name in (entry.name, *entry.aliases):
        if has_hangul(name):
            if " " not in name and 2 <= len(name) <= 5:
                forms.add((name[0], "hangul"))
                if entry.country == "CN" and len(name) >= 4:
                    forms.add((name[:2], "hangul"))  # 자오러지 → "자오 위원장", 저우언라이 → "저우 총리"
            continue
        if has_cjk(name):  # Han or Kana: Hangul is above
            if 2 <= len(name) <= 4 and "・" not in name and "·" not in name:
                forms.add((name[0], "cjk"))
            continue
        words = [w for w in re.split(r"[\s]+", name) if w]
        if len(words) < 2:
            continue
        candidate = words[0] if surname_first else words[-1]
        candidate = candidate.split("-")[0]
        if _LATIN_WORD.match(candidate) and len(candidate) >= 2 and candidate[0].isupper():
            forms.add((candidate, "latin"))
    return forms


_KOREAN_TITLE_RX = "|".join(sorted(KOREAN_TITLES, key=len, reverse=True))
_CJK_TITLE_RX = "|".join(sorted(CJK_TITLES, key=len, reverse=True))
# Where a short reference can stand: a capitalised word; a Hangul syllable before a title
# ("김 위원장", "리창 총리" is a full name); a Han character before a title ("李总理").
_SHORT_FORMS = (
    # a capitalised word, also joined to another by a hyphen ("the Trump-Xi meeting")
    # (the capital first and the character before it checked after: re skips to the capitals)
    ("latin", re.compile(r"[A-Z](?<!\w.)[a-z]+(?!\w)(?!-[a-z])")),
    ("hangul", compile_fast(rf"(?<![{HANGUL_SYLLABLES}])[{HANGUL_SYLLABLES}]{{1,2}}(?=\s?(?:{_KOREAN_TITLE_RX}))")),
    ("cjk", compile_fast(rf"[{HAN}](?={_CJK_TITLE_RX})")),
)


def resolve_short_references(text: str, result: ExtractionResult, entries: dict[str, GazetteerEntry]) -> None:
    """Add mentions for surnames of people already named in full; modifies ``result`` in place."""
    persons = [m for m in result.mentions if m.label == PERSON]
    if not persons:
        return
    counts = Counter(m.key for m in persons)
    first_at = {}
    for m in persons:
        first_at.setdefault(m.key, m.start)
    owners: dict[tuple[str, str], set[str]] = {}
    for key in counts:
        for form in _short_forms(entries[key]):
            owners.setdefault(form, set()).add(key)
    kinds = {kind for _form, kind in owners}
    if not has_hangul(text):
        kinds.discard("hangul")
    if not has_han(text):
        kinds.discard("cjk")
    taken = [(m.start, m.end) for m in result.mentions]
    # the lede: the first sentence that names someone (not a dateline line such as "Pekín, China.")
    lede_end = next((s.end for s in result.sentences if s.end > persons[0].start), 0)
    added: list[Mention] = []
    for kind, rx in _SHORT_FORMS:
        if kind not in kinds:
            continue
        for match in rx.finditer(text):
            keys = owners.get((match.group(), kind))
            if not keys:
                continue
            s, e = match.start(), match.end()
            if any(ts < e and s < te for ts, te in taken):
                continue
            earlier = [k for k in keys if first_at[k] < s]
            if not earlier:
                continue  # never resolve to someone not yet named
            key = _titled_antecedent(text, e, kind, earlier, persons) or _antecedent(
                earlier, counts, first_at, lede_end
            )
            if key is None:
                continue  # two people fit equally well: leave it unresolved
            entry = entries[key]
            idx = sentence_at(result, s)
            added.append(Mention(key=key, label=PERSON, name=entry.name, start=s, end=e, text=text[s:e], sentence=idx))
            taken.append((s, e))
            counts[key] += 1  # named again: "Kim" three times before his daughter Kim Ju Ae is still Kim Jong Un
    if added:
        result.add_mentions(added)


# Role descriptions that stand for a country's leader already named in the article.
DESCRIPTORS = {
    "KP": compile_fast(
        r"\b(?:the (?:\d{2}-year-old |young )?North Korean leader|North Korea['’]s leader|the North['’]s leader|the DPRK leader|pemimpin Korea Utara|"
        r"le dirigeant nord-coréen|el líder norcoreano|der nordkoreanische (?:Machthaber|Staatschef)|"
        r"северокорейский лидер|лидер КНДР|Глава Северной Кореи)\b|북한 지도자|북한 최고지도자|최고령도자|최고영도자|朝鲜领导人|朝鮮領導人|朝鮮の指導者|北朝鮮の最高指導者|北韓領導人",
        re.IGNORECASE,
    ),
    "CN": compile_fast(
        r"\b(?:the (?:\d{2}-year-old )?Chinese (?:leader|president)|China's leader|China's president|pemimpin Tiongkok|"
        r"le dirigeant chinois|el líder chino|der chinesische (?:Staatschef|Präsident)|китайский лидер|"
        r"председатель КНР)\b|중국 지도자|중국 국가주석|中国领导人|中國領導人|中国の指導者",
        re.IGNORECASE,
    ),
}


_DESCRIPTORS_LOWER = {code: compile_fast(rx.pattern.lower()) for code, rx in DESCRIPTORS.items()}

# Cheap first test: every description above contains one of these words.
_DESCRIPTOR_HINT = compile_fast(
    r"leader|president|pemimpin|dirigeant|líder|Machthaber|Staatschef|Präsident|лидер|председатель|КНДР|Глава|지도자|령도자|영도자|국가주석|领导人|領導人|指導者",
    re.IGNORECASE,
)


# a name's parenthesis, then its description: "시진핑(習近平) 중국 국가주석"
_APPOSED_AFTER = compile_fast(r"\s*(?:[(（][^()（）]{0,12}[)）])?\s*")


def resolve_descriptors(text: str, result: ExtractionResult, entries: dict[str, GazetteerEntry]) -> None:
    """ "the North Korean leader" → the person of that country named most often before it.

    A description next to a name ("the North Korean leader Kim Jong Un", "시진핑 중국
    국가주석") is only an apposition and adds nothing; with no such person named earlier it stays unresolved."""
    persons = [m for m in result.mentions if m.label == PERSON]
    if not persons or not _DESCRIPTOR_HINT.search(text):
        return
    # a country word inside a description is part of it ("председатель КНР"), no other name is
    taken = [(m.start, m.end, m.label == COUNTRY) for m in result.mentions]
    added = []
    low = lowered(text)
    for country, rx in DESCRIPTORS.items():
        matches = _DESCRIPTORS_LOWER[country].finditer(low) if low is not None else rx.finditer(text)
        for match in matches:
            s, e = match.span()
            if any(ts < e and s < te and not (inside and s <= ts and te <= e) for ts, te, inside in taken):
                continue
            if any(0 <= m.start - e <= 3 or _APPOSED_AFTER.fullmatch(text, m.end, s) for m in persons):
                continue  # "the North Korean leader Kim Jong Un", "시진핑(習近平) 중국 국가주석"
            earlier = Counter(m.key for m in persons if m.start < s and entries[m.key].country == country)
            if not earlier:
                continue
            ranked = earlier.most_common(2)
            if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
                continue
            key = ranked[0][0]
            added.append(Mention(key, PERSON, entries[key].name, s, e, text[s:e], sentence_at(result, s)))
            taken.append((s, e, False))
    if added:
        result.add_descriptions(added)


# A demonstrative or definite description of an official of one country: "该朝鲜官员", "the North
# Korean diplomat", "la diplomática norcoreana". The nationality word is the named group.
_OFFICIAL = compile_fast(
    r"\b(?:the|this|that) (?:senior |top |visiting |high-ranking |veteran )?(?P<en>North Korean|Chinese) "
    r"(?:official|envoy|diplomat|minister|politician)\b"
    r"|\b(?:el|la|este|esta|dicho|dicha) (?:alt[oa] )?(?:funcionari[oa]|enviad[oa]|diplomátic[oa]|dirigente) "
    r"(?P<es>norcoreana?|chin[oa])\b"
    r"|\b(?:le|ce) (?:haut )?(?:responsable|émissaire|diplomate|dirigeant) (?P<fr>nord-coréen|chinois)\b"
    r"|\b(?:der|dieser) (?P<de>nordkoreanische|chinesische) (?:Spitzenfunktionär|Funktionär|Gesandte|Diplomat|Spitzenpolitiker)\b"
    r"|\b(?:этот |этого )?(?P<ru>северокорейск|китайск)\w* (?:чиновник|дипломат|эмиссар|функционер|высокопоставленный чиновник)\w*\b"
    r"|(?:这名|這名|这位|這位|该|該)(?P<zh>朝鲜|朝鮮|中国|中國)(?:高级|高級|高层|高層)?(?:官员|官員|领导人|領導人|特使)",
)


_APPOSED_GAP = compile_fast(r"[\s,，:：、]*")


def resolve_officials(text: str, result: ExtractionResult, entries: dict[str, GazetteerEntry]) -> None:
    """ "该朝鲜官员会见了李强", "the North Korean diplomat held talks with Li Qiang": the person of that
    country the text named last before it (a description right before a name is an apposition)."""
    persons = sorted((m for m in result.mentions if m.label == PERSON), key=lambda m: m.start)
    if not persons:
        return
    first_in_sentence: dict[int, Mention] = {}
    for m in persons:
        first_in_sentence.setdefault(m.sentence, m)
    # the country word inside the description ("该朝鲜官员") is part of it, not a mention of its own
    taken = [(m.start, m.end) for m in result.mentions if m.label != COUNTRY]
    added = []
    for match in _OFFICIAL.finditer(text):
        s, e = match.span()
        if any(ts < e and s < te for ts, te in taken) or any(
            0 <= m.start - e <= 3 and _APPOSED_GAP.fullmatch(text, e, m.start) for m in persons
        ):
            continue  # "the North Korean diplomat Choe Son Hui": named at once ("该朝鲜官员与王毅" is not)
        country = nationality(next(g for g in match.groups() if g))
        earlier = [m for m in persons if m.end <= s and entries[m.key].country == country]
        if not earlier:
            continue
        # the one a sentence was about (named first in it) before one named in passing: after "Choe,
        # who had seen off Kim at the airport, arrived …", "the North Korean diplomat" is Choe
        subjects = [m for m in earlier if first_in_sentence.get(m.sentence) is m]
        key = (subjects or earlier)[-1].key
        added.append(Mention(key, PERSON, entries[key].name, s, e, text[s:e], sentence_at(result, s)))
        taken.append((s, e))
    if added:
        result.add_descriptions(added)


# "the envoy", "el enviado", "l'émissaire", "der Sondergesandte", "utusan khusus itu", "该特使": the
# person the text names as the envoy, not the one who sent them ("X, special envoy of the leader").
_ENVOY_REF = compile_fast(
    r"\b(?:[Tt]he|[Tt]his) (?:special )?envoy\b(?! of)|\b(?:[Ee]l|[Ee]ste) enviado(?: especial)?\b(?! de)"
    r"|\b(?:[Ll]'|[Cc]et )émissaire\b(?! de)|\b(?:[Dd]er|[Dd]ieser) (?:Sonder)?[Gg]esandte\b(?! von)"
    r"|\b[Uu]tusan(?: khusus)? (?:itu|tersebut)\b|(?:该|該|这位|這位)特使"
)
_ENVOY_WORD = compile_fast(
    r"\b(?:special )?envoy\b|\benviad[oa] especial\b|\bémissaire\b|\b(?:Sonder)?[Gg]esandte[rn]?\b"
    r"|\bспецпосланник\w*|\butusan khusus\b|特使|특사"
)
_APPOSED_BEFORE = compile_fast(r",?\s*(?:(?:a|an|the|his|her|el|la|le|un|une|der|ein|sebagai)\s+)?", re.IGNORECASE)
_AS_BEFORE = compile_fast(
    r"\b(?:as|comme|como|als|sebagai|в качестве)\s+(?:(?:a|an|the|his|her|un|une|su|son|sa|sein)\s+)?(?:special\s+)?$",
    re.IGNORECASE,
)
_SENDER_BEFORE = compile_fast(r"\b(?:of|de|du|del|von|des)\s+(?:[\w-]+\s+){0,3}$|的$|の$|의\s*$", re.IGNORECASE)


def _envoys(
    result: ExtractionResult, text: str, persons: list[Mention], refs: list[tuple[int, int]]
) -> list[tuple[int, str]]:
    """(position, person) of each envoy the text names: "X, the leader's special envoy", "special
    envoy X", "X … as the leader's special envoy" (the first person of that sentence), never the
    sender ("envoy of Y")."""
    found = []
    for w in _ENVOY_WORD.finditer(text):
        if any(s <= w.start() < e for s, e in refs):
            continue
        apposed = [m for m in persons if m.end <= w.start() and _APPOSED_BEFORE.fullmatch(text, m.end, w.start())]
        after = [m for m in persons if 0 <= m.start - w.end() <= 2 and not _SENDER_BEFORE.search(text, 0, m.start)]
        holder = apposed[-1] if apposed else after[0] if after else None
        if holder is None and _AS_BEFORE.search(text, max(0, w.start() - 30), w.start()):
            start = result.sentences[sentence_at(result, w.start())].start if result.sentences else 0
            before = [m for m in persons if start <= m.start and m.end <= w.start()]
            holder = before[0] if before else None
        if holder is not None:
            found.append((w.start(), holder.key))
    return found


def resolve_envoys(text: str, result: ExtractionResult, entries: dict[str, GazetteerEntry]) -> None:
    """ "The envoy met Wang Jiarui": the person named as the envoy, the nearest such before the
    reference, else after it."""
    refs = [(m.start(), m.end()) for m in _ENVOY_REF.finditer(text)]
    if not refs:
        return
    persons = sorted((m for m in result.mentions if m.label == PERSON), key=lambda m: m.start)
    envoys = _envoys(result, text, persons, refs)
    taken = [(m.start, m.end) for m in result.mentions]
    added = []
    for s, e in refs:
        if not envoys or any(ts < e and s < te for ts, te in taken) or any(0 <= m.start - e <= 3 for m in persons):
            continue  # no envoy named, or "the envoy Choe Ryong Hae" (the name is there)
        earlier = [k for pos, k in envoys if pos < s]
        key = earlier[-1] if earlier else next(k for pos, k in envoys if pos > s)
        added.append(Mention(key, PERSON, entries[key].name, s, e, text[s:e], sentence_at(result, s)))
    if added:
        result.add_mentions(added)


# Third-person subject pronouns ("He arrived on Thursday …", "saying that he later signed …").
PRONOUN = compile_fast(
    r"(?:(?<=^)|(?<=[\s\"“‘'(,.]))(He|She|Ia|Dia|Beliau|Il|Elle|Él|Ella|Er|Он|Она|he|she|ia|dia|beliau|il|elle|él|ella|er|он|она)(?=[\s,])"
    r"|(그는|그녀는|彼は|彼女は)|(他|她)(?![们們])"
    # "同其举行会谈" (held talks with him): 其 as the object of 同, 与, 和, 跟 (not 其他, 其中, 其后 …)
    r"|(?<=[同与與和跟])(其)(?![他它中间間后後实實余餘次])"
)

# A time adverbial before the subject pronoun: "On Wednesday he …", "Later he …", "Pada hari Rabu ia …"
_LEAD_ADVERBIAL = compile_fast(
    r"(?:(?:On|Later on|Early on|Late on|Pada hari|Pada|Le|El|Am|В)\s+[\w-]+|Later|Then|Afterwards|Earlier|"
    r"Kemudian|Setelah itu|Puis|Ensuite|Luego|Después|Danach|Später|Затем|Позже"
    # "After the parade he …", "После парада он …": an event just told, then its subject
    rf"|{AFTER_OPENING}\s+[\w-]+(?:\s+[\w-]+)?)\s*,?\s*"
)


def is_pronoun(mention_text: str) -> bool:
    """Whether a person mention is a subject pronoun resolved to its antecedent ("he", "그는", "他")."""
    m = PRONOUN.match(mention_text + " ")
    return m is not None and m.end() >= len(mention_text)


def _person_index(result: ExtractionResult) -> tuple[list[Mention], dict[int, Mention], list[tuple[int, int]]]:
    """The person mentions in text order, the first of each sentence, and every span already named."""
    persons = sorted((m for m in result.mentions if m.label == PERSON), key=lambda m: m.start)
    first_by_sentence: dict[int, Mention] = {}
    for m in persons:
        first_by_sentence.setdefault(m.sentence, m)
    return persons, first_by_sentence, [(m.start, m.end) for m in result.mentions]


def resolve_pronouns(text: str, result: ExtractionResult, entries: dict[str, GazetteerEntry]) -> None:
    """A subject pronoun is the person its sentence named first before it ("Xinhua reported Wen's
    arrival, saying that he later signed …"), else the person the previous sentence opened with."""
    persons, first_by_sentence, taken = _person_index(result)
    if not persons:
        return
    added = []
    for i, sent in enumerate(result.sentences):
        for match in PRONOUN.finditer(text, sent.start, sent.end):
            s, e = match.span(match.lastindex)
            if any(ts < e and s < te for ts, te in taken):
                continue
            own = first_by_sentence.get(i)
            if match.group(4):
                # 其 as an object ("王毅、孙卫东分别同其举行会谈") is not the clause's own subject: the person
                # named before the clause's comma, else the one the previous sentence opened with
                brk = max(text.rfind(c, sent.start, s) for c in "，,；;")
                earlier = [m for m in persons if sent.start <= m.start < brk]
                antecedent = earlier[0] if earlier else (first_by_sentence.get(i - 1) if i > 0 else None)
            elif own is not None and own.start < s:
                antecedent = own
            elif (
                s - sent.start <= 2
                or match.group(3)
                or match.group(2)
                or _LEAD_ADVERBIAL.fullmatch(text, sent.start, s)
            ):
                antecedent = first_by_sentence.get(i - 1) if i > 0 else None
            else:
                antecedent = None
            if antecedent is None:
                continue
            mention = Mention(antecedent.key, PERSON, antecedent.name, s, e, text[s:e], i)
            added.append(mention)
            taken.append((s, e))
            if own is None or s < own.start:
                # "He met Xi Jinping …, two days after he arrived": the sentence opened with him
                first_by_sentence[i] = mention
    if added:
        result.add_mentions(added)


# An object pronoun of a verb of meeting, receiving or seeing off: "Xi met him", "lo recibió", "l'a
# reçu", "empfing ihn", "принял его", "menerimanya", "그를 접견했다". Each alternative's one group is
# the pronoun; "her" and "его" only where no noun follows (not "met her husband", "его визит").
_RECEIVING_EN = (
    r"met|meets|received|receives|greeted|greets|welcomed|welcomes|hosted|hosts|saw off|escorted|accompanied"
)
_RECEIVING_ES = r"recibió|recibe|recibirá|saludó|acogió|despidió|acompañó|ha recibido|había recibido"
_RECEIVING_FR = r"reçu|reçue|rencontré|rencontrée|accueilli|accueillie|salué|saluée|accompagné|raccompagné"
_RECEIVING_DE = r"traf|trifft|empfing|empfängt|begrüßte|begrüßt|begleitete|verabschiedete"
_RECEIVING_RU = r"принял|принимал|встретил|встречал|приветствовал|проводил|сопровождал"
OBJECT_PRONOUN = compile_fast(
    rf"\b(?:{_RECEIVING_EN})\s+(him|her(?=\s*(?:[,.;]|on|in|at|with|during|for|and|upon|after|before|$)))\b"
    rf"|\b(lo|la)\s+(?:{_RECEIVING_ES})\b"
    rf"|\b(l['’])(?:a|avait|ont|avaient)\s+(?:{_RECEIVING_FR})\b"
    rf"|\b(?:{_RECEIVING_DE})\s+(ihn)\b"
    rf"|\b(?:{_RECEIVING_RU})\w*\s+(его|её|ее)(?=\s*(?:[,.;]|в|во|на|с|со|и|$))"
    r"|\b(?:menerima|menemui|menyambut|menjamu|mengantar)(nya)\b"
    r"|(그를|그녀를)\s*(?:만났|만나|접견|영접|맞이|환영|배웅)",
    re.IGNORECASE,
)


def resolve_object_pronouns(text: str, result: ExtractionResult) -> None:
    """A pronoun that a verb of meeting takes as its object is the person the previous sentence
    opened with ("Kim arrived in Beijing on Monday. Xi received him on Tuesday"), unless that person
    is already named in the sentence (the one who received)."""
    persons, first_by_sentence, taken = _person_index(result)
    if not persons:
        return
    added = []
    for i, sent in enumerate(result.sentences):
        if i == 0:
            continue
        for match in OBJECT_PRONOUN.finditer(text, sent.start, sent.end):
            s, e = match.span(match.lastindex)
            antecedent = first_by_sentence.get(i - 1)
            if antecedent is None or any(ts < e and s < te for ts, te in taken):
                continue
            if any(m.key == antecedent.key for m in persons if sent.start <= m.start < sent.end):
                continue
            added.append(Mention(antecedent.key, PERSON, antecedent.name, s, e, text[s:e], i))
            taken.append((s, e))
    if added:
        result.add_mentions(added)


_TITLE_AFTER = {
    "hangul": compile_fast(rf"\s?({_KOREAN_TITLE_RX})"),
    "cjk": compile_fast(rf"({_CJK_TITLE_RX})"),
}
# What may stand between a full name and its title: a reading in brackets, the organisation
# ("金成男(キム・ソンナム)朝鮮労働党国際部長", "김성남 노동당 국제부장"), up to a clause break.
_AFTER_NAME = compile_fast(r"\s?(?:[(（][^)）]{1,20}[)）])?([^，。、,.;；\n]{0,16})")


def _titled_antecedent(text: str, end: int, kind: str, keys: list[str], persons: list[Mention]) -> str | None:
    """Surname and title stand for the person the text named in full with that title: "金部長"
    after "金正恩総書記" and "金成男国際部長", like "김 부장" after "김정은 총비서" and "김성남
    국제부장", is Kim Song Nam. None unless exactly one of ``keys`` was so named."""
    rx = _TITLE_AFTER.get(kind)
    title = rx.match(text, end) if rx else None
    if title is None or len(keys) < 2:
        return None
    word = title.group(1)
    titled = set()
    for m in persons:
        if m.key in keys and m.end <= end:
            after = _AFTER_NAME.match(text, m.end)
            if after and word in after.group(1):
                titled.add(m.key)
    return titled.pop() if len(titled) == 1 else None


def _antecedent(keys, counts, first_at, lede_end) -> str | None:
    """The one person a short form means: the only candidate, the one named clearly more often,
    or, on a tie, the one named in the lede sentence; None when that still leaves a tie."""
    if len(keys) == 1:
        return keys[0]
    ranked = sorted(keys, key=lambda k: (-counts[k], first_at[k]))
    if counts[ranked[0]] > counts[ranked[1]]:
        return ranked[0]
    in_lede = [k for k in ranked if first_at[k] < lede_end and counts[k] == counts[ranked[0]]]
    return in_lede[0] if len(in_lede) == 1 else None


def sentence_at(result: ExtractionResult, pos: int) -> int:
    for i, s in enumerate(result.sentences):
        if s.start <= pos < s.end:
            return i
    return max(len(result.sentences) - 1, 0)
