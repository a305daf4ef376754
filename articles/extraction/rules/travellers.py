"""Who travels on a visit: the subject of the visit word, the owner of the visit ("Wen's arrival",
"kunjungan Kim Jong-il"), the head of the delegation, the person sent, the person a relative clause
describes ("訪朝中の王毅外相"), companions named with the traveller, and the people recalled as an
earlier visitor ("the first visit since Hu Jintao's in 2005")."""

from __future__ import annotations

import re

from .. import cues
from ..coref import is_pronoun
from ..lexicon import compile_fast
from ..types import PERSON, Mention
from .context import Article, Sent, distinct, within
from .participants import head_of, in_role_phrase, is_speaker
from .story import Story

# "visit by Kim", "visita no oficial de Kim", "visite officielle de Kim" (an adjective or two may come first)
_OWNER_AFTER = compile_fast(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:by|of|de|del|du|des|von|oleh|из)\s+(?:[\w.'’-]+\s+){0,4}$", re.IGNORECASE
)
_POSSESSIVE = compile_fast(r"^['’]s\s+(?:[\w-]+\s+){0,3}$")
_ID_NOUNS = {"kunjungan", "lawatan", "kedatangan"}
_VISIT_NOUNS = _ID_NOUNS | {
    "visit",
    "trip",
    "tour",
    "arrival",
    "visita",
    "viaje",
    "visite",
    "voyage",
    "besuch",
    "reise",
    "визит",
    "поездка",
}
# Russian puts the owner of a visit in the genitive right after the noun, an adjective or two
# between at most: "визит Си Цзиньпина", "официальный визит председателя КНР"
_RU_VISIT_NOUNS = ("визит", "поездк", "приезд")
_RU_GENITIVE_GAP = compile_fast(r"\s+(?:[а-яё-]+\s+){0,2}?")
_AGENT = compile_fast(r"\b(?:by|oleh|por|par|von|durch)\s+(?:[\w.'’-]+\s+){0,3}$", re.IGNORECASE)


_POSSESSIVE_PRONOUN = compile_fast(
    r"\b(?:his|her|their|su|sus|son|sa|ses|sein\w*|ihr\w*|его|ее|её|그의|그녀의)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)


def _owner(art: Article, sent: Sent, story: Story, lo: int, hi: int, ts: int, te: int) -> Mention | str | None:
    """The person whose visit it is: "Wen's arrival", "visit by Kim", "kunjungan Kim Jong-il ke",
    "su visita de cinco días a Pekín" (the sentence's or the story's subject)."""
    text = art.text
    for m in reversed(within(sent.persons, lo, ts)):
        if _POSSESSIVE.match(text[m.end : ts]):
            return m
    word = text[ts:te].lower()
    for m in within(sent.persons, te, min(hi, te + 90)):
        between = text[te : m.start]
        if _OWNER_AFTER.match(between) or (word in _ID_NOUNS and not re.search(r"\b(?:ke|di|dari)\b", between)):
            return m
        if word.startswith(_RU_VISIT_NOUNS) and _RU_GENITIVE_GAP.fullmatch(between):
            return m  # "визит Ким Чен Ира в Китай": the name in the genitive right after the noun
        if word in _VISIT_NOUNS and _AGENT.search(between):
            return m  # "Kunjungan terakhir … ke Pyongyang dilakukan oleh Hu Jintao": the one who made it
    if _POSSESSIVE_PRONOUN.search(text[max(lo, ts - 30) : ts]):
        return story.possessor_for(sent)
    return None


_SEND = compile_fast(
    r"\b(?:sent|sends|dispatched|designated|named|appointed|tapped|mengirim|mengutus|menunjuk|envió|designó|envoyé|"
    r"a envoyé|a désigné|désigné|entsandt|entsandte|schickte|ernannte|направил|назначил)\b|파견|보냈|派遣|派出|委派|派",
    re.IGNORECASE,
)


def _sent(art: Article, sent: Sent, ts: int) -> str | None:
    """ "Kim Jong-Un a désigné Choe Ryong-Hae … pour le représenter à Pékin, … le motif de sa visite":
    the person sent travels, not the one who sent them."""
    send = art.find.search(_SEND, sent.start, ts)
    if send is None:
        return None
    after = [
        m
        for m in sent.persons
        if send.end() <= m.start < ts and not (sent.role_hint and in_role_phrase(art.text, m, sent.start, sent.persons))
    ]
    return after[0].key if after else None


# A visit owned by a group, not a person: "대표단의 방문", "代表团的访问", "代表団の訪問"
_GROUP_POSSESSOR = compile_fast(r"(?:대표단|사절단|일행)의\s*$|(?:代表团|代表團|访问团|訪問団|代表団)(?:的|の)\s*$")
_CLAUSE_PUNCT = compile_fast(r"[，,。；;：:]")
_RELATIVE_MARK = compile_fast(r"(?:的|中の|している|した)[^，,。、]{0,24}?$")


def _relative_head(art: Article, sent: Sent, te: int) -> str | None:
    """ "会见正在朝鲜访问的中国国务委员兼外交部长王毅", "訪朝中の王毅外相": a visit word in a relative clause
    before a name is that person's trip."""
    if art.language not in ("zh", "ja"):
        return None
    for m in sent.persons:
        if (
            te <= m.start <= te + 30
            and _RELATIVE_MARK.search(art.text, te, m.start)
            and not _CLAUSE_PUNCT.search(art.text, te, m.start)  # "抵达北京，同行的还有金英哲": a clause of its own
        ):
            return m.key
    return None


# "Choe accompanied Kim on his visit to Beijing": the one accompanied is the visitor, the companion
# travelled with them
_ACCOMPANIED = compile_fast(
    r"\b(?:accompan(?:ied|ies|y|ying)|mendampingi|menemani|acompañ[óa]\w*|a accompagné|accompagnait|accompagne|"
    r"begleitete\w*|begleitet|сопровожда\w*|сопровождал\w*)\b",
    re.IGNORECASE,
)


def accompanied(art: Article, sent: Sent, lo: int, ts: int) -> tuple[str, str] | None:
    """(the person accompanied, the companion) when the visit word follows "A accompanied B"."""
    verb = art.find.search(_ACCOMPANIED, lo, ts)
    if verb is None:
        return None
    companion = within(sent.persons, lo, verb.start())
    visitor = [m for m in within(sent.persons, verb.end(), ts) if not companion or m.key != companion[-1].key]
    if not companion or not visitor:
        return None
    return visitor[0].key, companion[-1].key


def find_travellers(art: Article, sent: Sent, story: Story, lo: int, hi: int, ts: int, te: int) -> list[Mention | str]:
    """The people of the clause who may be the traveller, most likely first. A visit someone owns
    ("Liu's visit") or leads ("a delegation led by Liu") is theirs alone; a speaker ("Kim said
    …") and a person named for a role ("at the invitation of …") travel nowhere."""
    text = art.text
    sent_person = _sent(art, sent, ts)
    if sent_person is not None:
        return [sent_person]
    pair = None if art.verb_final else accompanied(art, sent, lo, ts)
    if pair is not None:
        return [pair[0]]
    head = _relative_head(art, sent, te)
    if head is not None:
        return [head]
    group = _GROUP_POSSESSOR.search(text, max(lo, ts - 24), ts)
    if group and not any(
        m.end <= group.start() and re.fullmatch(r"[^,，、。.:：]{0,8}", text[m.end : group.start()])
        for m in sent.persons
    ):
        return []  # "중국 당·정부 대표단의 방문": a group's trip, no named traveller ("자오 위원장 일행의" is Zhao's)
    head = head_of(art, sent, lo, hi)
    owner = _owner(art, sent, story, lo, hi, ts, te)
    if head or owner:
        key = head or (owner if isinstance(owner, str) else owner.key)
        return [key]
    trigger_bg = sent.in_background(ts)
    people = [
        m
        for m in within(sent.persons, lo, hi)
        if not (sent.role_hint and in_role_phrase(text, m, lo, sent.persons))
        and sent.in_background(m.start) in (None, trigger_bg)
        and not sent.in_quote(m.start)
        and not sent.in_subordinate(m.start, ts)
        and not (m.end <= ts and sent.speech_hint and is_speaker(text, m))
        and not cues.ERA_AFTER.match(text, m.end)  # "김정은 체제에서", "the Kim Jong Un era": a time, not a person
    ]
    if art.verb_final and _group_subject(art, people, lo, ts):
        return []  # "대표단은 … 체류": the delegation's stay, not the trip of someone named before
    if art.verb_final:
        keys = [m.key for m in people]
        return keys or [
            k for k in (story.topic_for(sent),) if k
        ]  # "26~27日には韓国も訪問する予定": the subject travels
    before = [m for m in people if m.start < ts]
    if not before and art.language in _VERB_SUBJECT and _TRAVEL_VERB.fullmatch(text, ts, te):
        after = _subject_after_verb(art, sent, people, te, hi)
        if after is not None:
            return [after.key]  # "Am Donnerstag traf Xi Jinping in Pjöngjang ein", "В Пхеньян прибыл Си"
    if not before and art.find.search(cues.DELEGATION, lo, ts):
        return []  # "Delegasi Tiongkok sudah tiba": the delegation travels, not the last subject
    if not before and art.pro_drop and (story.topic_for(sent)):
        return [story.topic_for(sent)]  # "…, 也是首次單獨訪陸" after her name: the subject travels
    topic = [m for m in before if m.key == sent.topic]
    ordered = topic + sorted(before, key=lambda m: -m.start)
    keys = distinct(m.key for m in ordered)
    if not keys and len({p.key for p in sent.persons}) == 1:
        lone = sent.persons[0]
        if lone.start > te and re.search(r"[,，]\s*$", text[te : lone.start]):
            keys = [lone.key]  # "Arrived on Friday via Tumen, Kim went on to …"
    return keys


_GROUP_SUBJECT = compile_fast(r"\s?(?:은|는|이|가|は|が|も)")


def _group_subject(art: Article, people: list[Mention], lo: int, ts: int) -> bool:
    """Korean and Japanese: a delegation marked as subject between the people named and the
    travel word is the word's subject ("대표단은 … 체류", "代表団は … 到着"), unless a person right
    before it leads it ("X가 이끄는 대표단은"); not "대표단과 함께" (with the delegation)."""
    for m in art.find.finditer(cues.DELEGATION, lo, ts):
        if not _GROUP_SUBJECT.match(art.text, m.end()) or any(m.end() <= p.start < ts for p in people):
            continue
        if any(0 <= m.start() - p.end <= 24 for p in people):
            continue  # "저우 총리가 이끄는 중국 정부대표단은": the head's trip
        return True
    return False


# Languages that put the subject after the verb when the clause opens with something else: German
# (verb second: "Am Donnerstag traf Xi in Pjöngjang ein"), Russian ("В Пхеньян прибыл Си Цзиньпин"),
# Spanish ("Llegó a Pyongyang el jefe de Estado"). A person after the verb is its subject unless a
# preposition or an object's article stands before them ("mit", "с", "a", "den").
_VERB_SUBJECT = {
    "de": r"mit|von|vom|bei|beim|zu|zum|zur|für|an|am|auf|durch|gegen|nach|über|unter|vor|ohne|den|dem|des|einen|einem",
    "ru": r"в|во|на|с|со|к|ко|по|у|от|из|для|при|о|об|за|перед|между|приглашению|вместе",
    "es": r"a|al|con|por|para|en|ante|sin|entre|junto",  # not "de": "el jefe de la diplomacia china, Wang Yi"
}
# the verbs of travel those languages put before their subject (not nouns: "Визит приурочен к …")
_TRAVEL_VERB = compile_fast(
    r"traf|trafen|kam|kamen|reiste|reisten|besuchte|besuchten|flog|flogen|reist|reisen|fliegt|fliegen|kommt|kommen"
    r"|прибыл\w*|прилетел\w*|приехал\w*|приезжал\w*|посетил\w*|побывал\w*|посетит|прибудет|прилетит"
    r"|llegó|llegaron|viajó|viajaron|visitó|visitaron|aterrizó|llegará|viajará|visitará|llega|llegan|viaja|viajan",
    re.IGNORECASE,
)
_VERB_SUBJECT_RX = {
    lang: compile_fast(rf"(?:^|.*[\s,(])(?:{words})\s+(?:[\w'’.-]+[\s,]+){{0,4}}$", re.IGNORECASE | re.DOTALL)
    for lang, words in _VERB_SUBJECT.items()
}


def _subject_after_verb(art: Article, sent: Sent, people: list[Mention], te: int, hi: int) -> Mention | None:
    """The first person after the visit word in its clause, when what stands between is no
    preposition or object before them (places, dates and titles may: "в Пхеньян прибыл председатель
    КНР Си Цзиньпин")."""
    first = next((m for m in people if te <= m.start < hi), None)
    if first is None:
        return None
    # what the gap names (a place, a country, a date) is skipped: only the words after it count
    gap_start = te
    for m in sent.mentions:
        if te <= m.start and m.end <= first.start and m.label != PERSON:
            gap_start = max(gap_start, m.end)
    for d in sent.all_dates:
        if te <= d.start and d.end <= first.start:
            gap_start = max(gap_start, d.end)
    gap = art.text[gap_start : first.start]
    if any(ch in gap for ch in ".;:!?") or _VERB_SUBJECT_RX[art.language].match(gap):
        return None
    return first


def recalled_visitors(art: Article, sent: Sent, lo: int, hi: int) -> list[Mention]:
    """People named as the previous visitor: "since Xi Jinping in 2019", "05年の胡錦濤氏以来". A
    subject pronoun is never one: "since he returned to the leadership last year" is a clause of
    its own about the traveller, not an earlier traveller."""
    return [
        m
        for m in within(sent.persons, lo, hi)
        if not is_pronoun(m.text)
        and cues.SINCE_PERSON.search(art.text, max(lo, m.start - 30), m.start)
        or cues.SINCE_PERSON_AFTER.match(art.text[m.end : m.end + 30])
    ]


def companions_of(art: Article, sent: Sent, visitor: str, current: list[str], lo: int, hi: int) -> list[str]:
    """ "習氏と彭麗媛夫人は…到着", "Kim and his wife arrived": people of the traveller's country named
    together with them (joined by "and") travel too."""
    mine = [m for m in within(sent.persons, lo, hi) if m.key == visitor]
    out = []
    pair = None if art.verb_final else accompanied(art, sent, lo, hi)
    if pair is not None and pair[0] == visitor:
        out.append(pair[1])
    home = art.country_of(visitor)
    # people of the traveller's country only: a host's escort ("accompanied by Premier Wen") stays home
    out.extend(
        k for k in _accompanying(art, sent, mine, hi) if k != visitor and k not in out and art.country_of(k) == home
    )
    for m in within(sent.persons, lo, hi):
        if m.key == visitor or m.key not in current or art.country_of(m.key) != art.country_of(visitor):
            continue
        for v in mine:
            between = art.text[min(v.end, m.end) : max(v.start, m.start)]
            if re.fullmatch(
                r"\s*(?:and|dan|y|et|und|и|와|과|と|和|与|與|及)\s*(?:his wife|her husband|su esposa|sa femme|seine Frau)?\s*",
                between,
                re.IGNORECASE,
            ):
                out.append(m.key)
                break
    return out


# "…, accompanied by his wife Ri Sol Ju and Kim Yong Chol", "acompañado de su esposa …", "accompagné de
# son épouse … et de …", "begleitet von seiner Frau … und …", "в сопровождении супруги …", "didampingi
# istrinya …": the people named after it travel with the traveller
# ("with his wife Ri Sol Ju", "junto a su mujer, …", "avec son épouse …", "mit seiner Frau …", "вместе с
# супругой …", "bersama istrinya …", "偕夫人…": a spouse travelling with them)
_ACCOMPANIED_BY = compile_fast(
    r"\b(?:accompanied by|acompañad[oa]s? (?:de|por)|accompagnée?s? (?:de|par)|begleitet von|в сопровождении|"
    r"didampingi(?: oleh)?|with (?:his wife|her husband)|(?:junto a|junto con|con) su (?:esposa|mujer|esposo|marido)|"
    r"avec (?:son épouse|sa femme|son mari|son époux)|mit (?:seiner (?:Frau|Ehefrau)|ihrem (?:Mann|Ehemann))|"
    r"(?:вместе )?с (?:супругой|женой|супругом|мужем)|bersama (?:istri|suami)(?:nya)?)\b|[偕携攜](?:夫人|妻子)",
    re.IGNORECASE,
)
_COMPANION_LIST = compile_fast(
    r"(?:\s*(?:,|(?:and|y|et|und|и|dan|de|del|des|du|von|by|por|par|his|her|their|su|sus|son|sa|ses|seiner|seinem|"
    r"ihrer|wife|husband|esposa|épouse|femme|Frau|Ehefrau|супруг\w*|жены|istri\w*|the|la|le|el|der|die|dem|den)\b)\s*)*\s*",
    re.IGNORECASE,
)


def _accompanying(art: Article, sent: Sent, mine: list[Mention], hi: int) -> list[str]:
    """The people an "accompanied by" after the traveller's name lists, joined by commas and "and"."""
    if art.verb_final or not mine:
        return []
    m = art.find.search(_ACCOMPANIED_BY, mine[0].end, hi)
    if m is None:
        return []
    out, pos = [], m.end()
    for p in within(sent.persons, m.end(), hi):
        if not _COMPANION_LIST.fullmatch(art.text, pos, p.start):
            break  # "… by his wife and several officials. Among them …": the list has ended
        out.append(p.key)
        pos = p.end
    return out


_UNNAMED = compile_fast(
    r"\b(?:the|a|an|le|la|un|une|el|der|die|ein|eine)\s+(?:[\w-]+\s+){0,3}?(?P<nat>chinese|north korean|chinois|nord-coréen|"
    r"chino|norcoreano|chinesische[rn]?|nordkoreanische[rn]?)\b|\bnuméro (?:un|deux|trois|quatre) (?P<nat2>chinois|nord-coréen)",
    re.IGNORECASE,
)
_NATIONS = {"chin": "CN", "nord": "KP", "north": "KP", "norc": "KP"}


def named_after(art: Article, sent: Sent, lo: int, ts: int) -> list[str]:
    """ "Le numéro trois chinois est arrivé, hier, à Pyongyang. … Zhao Leji a déclaré …": a traveller
    described only by nationality is the first person of that country the next two sentences name."""
    if art.verb_final:
        return []
    m = _UNNAMED.search(art.text, lo, ts)
    if m is None:
        return []
    code = _NATIONS.get((m.group("nat") or m.group("nat2")).lower()[:4])
    for later in art.sentences[sent.idx + 1 : sent.idx + 3]:
        for p in later.persons:
            if art.country_of(p.key) == code:
                return [p.key]
    return []


def posted_to(art: Article, person: str, destinations: list[Mention]) -> bool:
    from .inference import posted

    return any(posted(art, person, art.country_of(d.key), None) for d in destinations)
