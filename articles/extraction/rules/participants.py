"""Who takes part in an event: the people of its clause who were in the room.

Not the sender of a letter or a message ("a letter from Xi", "김정은 위원장의 구두친서"), the leader an
envoy speaks for ("Kim's envoy", "特使"), the host who only invited ("at the invitation of"), a
leader whose wishes or leadership are cited, the speaker who reports it ("Xi said Wang had met Ri"),
a person named in a comparison or a recalled event ("the first visit since Hu Jintao's"), a
person only quoted, or a spouse beside a principal.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import cues
from ..lexicon import compile_fast, word_regex, words
from ..types import Mention
from .context import Article, Sent, distinct, within

# Phrases that give a person a role other than taking part.
_ROLE_BEFORE = compile_fast(
    r"(?:letter|message|greetings?|congratulations|condolences|envoy|representative|invitation|behalf|wishes|"
    r"instructions?|teachings|legacy|leadership|guidance|regime|orders?)\s+(?:from|of|by)\s+(?:[\w.'’-]+\s+){0,4}$"
    r"|(?:sent|designated|appointed|dispatched|invited|entrusted|commissioned|mandated|mandaté|mandatée|chargé|chargée|"
    r"beauftragt)\s+(?:by|par|von)\s+(?:[\w.'’-]+\s+){0,4}$"
    r"|(?:aides?|confidants?|right-hand man)\s+(?:to|of)\s+(?:[\w.'’-]+\s+){0,4}$"
    r"|(?:colaborador|mano derecha|bras droit|proche collaborateur|Vertraute[rn]?|соратник|приближенный)"
    r"\s+(?:de|del|du|des|von|des|der)?\s*(?:[\w.'’-]+\s+){0,4}$"
    r"|(?:surat|pesan|salam|utusan(?: khusus)?|undangan|atas nama|atas undangan|rezim|kepemimpinan)\s+(?:[\w.'’-]+\s+){0,4}$"
    r"|(?:carta|mensaje|enviado|representante|invitación|régimen|nombre|liderazgo|dirección|encargo)(?:\s+(?:especial|personal))?\s+(?:de|del)\s+(?:[\w.'’-]+\s+){0,4}$"
    r"|(?:lettre|message|envoyé|émissaire|représentant|invitation|régime|nom|direction)(?:\s+(?:spécial|personnel|personnelle))?\s+(?:de|du|d['’])\s*(?:[\w.'’-]+\s+){0,4}$"
    r"|(?:Brief|Botschaft|Einladung|Auftrag|Führung|Regime|Sondergesandte[nr]?|Gesandte[nr]?|Sonderbeauftragte[nr]?"
    r"|Abgesandte[nr]?)\s+(?:von|des|der)\s+(?:[\w.'’-]+\s+){0,4}$"
    r"|(?:uncle|father|son|brother|sister|daughter|wife|husband|tío|padre|hijo|hermano|oncle|père|fils|frère|Onkel|Vater|Sohn|"
    r"Bruder|paman|ayah|anak)\s+(?:of|de|del|du|des|von|des|dari)\s+(?:the\s+|el\s+|la\s+|le\s+|l['’])?(?:[\w.'’,-]+\s+){0,6}$"
    r"|(?:послани\w*|письм\w*|приглашени\w*|поручени\w*|имени|руководством|режим\w*|спецпосланник\w*|посланник\w*"
    r"|спецпредставител\w*|специального представителя)\s+(?:[\w.'’-]+\s+){0,4}$"
    r"|(?:应|應|转达了?|轉達了?|(?<![特别別团團])代表|奉)$",
    re.IGNORECASE,
)
_ROLE_AFTER = compile_fast(
    r"^(?:\s?[^\s,.]{0,11}[^\s,.은는이가을를과와]){0,3}?\s?의\s*(?:초청|친서|구두친서|특별대표|특사|뜻|축전|영도|지시|메시지|안부|인사|측근)"
    r"|^\s?[^\s，,。、在于於会會见見同与與和及]{0,12}?(?:의\s*(?:초청|친서|구두친서|특별대표|특사|뜻|축전|영도|메시지)|\s?체제"
    r"|(?:总书记|主席|總書記|委员长|委員長)?的?(?:邀请|邀請|问候|問候|亲笔信|親筆信|特别代表|特使|口信|信|领导(?!人)|領導(?!人)|指示|訊息|讯息|亲信|親信|心腹|委托|委託))"
    r"|^(?:氏|主席|総書記|委員長)?の(?:招請|招待|親書|特使|メッセージ|指導)"
    # "金正恩総書記の側近とされる李洙ヨン氏": the aide of someone named with a title
    r"|^[^\s、。,]{0,10}?の側近"
    r"|^(?:['’]s)?\s+(?:personal\s+|oral\s+|verbal\s+)?(?:letter|message|greetings|envoy|invitation|regime|behalf|wishes|"
    r"father|mother|son|daughter|uncle|leadership|instructions|special envoy|(?:close\s+|top\s+|trusted\s+)?aides?|confidant)",
    re.IGNORECASE,
)
# Every role phrase above contains one of these; sentences without any skip the checks.
ROLE_HINT = word_regex(
    words("""
    letter*, message*, greeting*, congratulat*, condolence*, envoy*, representative*, invitation*, behalf, wishes
    instruction*, uncle, father, mother, son, brother, sister, daughter, wife, husband, teaching*, legacy, leadership, guidance
    regime, order*, sent, designated, appointed, dispatched, invited, représentant, representante, spécial, especial
    entrusted, commissioned, mandated, mandaté*, chargé*, beauftragt, encargo, поручени*, 委托, 委託
    tío, padre, hijo, hermano, oncle, père, fils, frère, onkel, vater, sohn, bruder, paman, ayah, anak
    surat, pesan, salam, utusan, undangan, atas nama, rezim, kepemimpinan, carta, mensaje, enviado, invitación
    régimen, nombre, liderazgo, dirección, nom, lettre, envoyé, émissaire, direction, brief, botschaft, einladung, auftrag, führung
    послани*, письм*, приглашени*, имени, руководств*, режим*
    应, 應, 转达, 轉達, 代表, 奉, 초청, 친서, 특별대표, 특사, 축전, 영도, 지시, 체제, 메시지, 뜻, 안부, 인사
    邀请, 邀請, 问候, 問候, 亲笔信, 親筆信, 特别代表, 特使, 口信, 信, 领导, 領導, 指示, 訊息, 讯息, 招請, 招待, 親書, 指導
    aide, aides, confidant*, right-hand, colaborador, mano derecha, bras droit, collaborateur, vertraute*, соратник*
    приближенн*, 측근, 側近, 亲信, 親信, 心腹, sondergesandt*, gesandt*, sonderbeauftragt*, abgesandt*
    спецпосланник*, посланник*, спецпредставител*, представителя
""")
)
_LOWER_HINT = cues.LOWER[ROLE_HINT] = compile_fast(ROLE_HINT.pattern)  # searched on the lower-cased text


def in_role_phrase(text: str, m: Mention, lo: int, persons=()) -> bool:
    """Whether a role phrase names the person. The phrase reaches no further than the names next to
    them: in "По поручению Ху Цзиньтао Дай Бинго встретился", "im Auftrag von Hu Jintao Kim Jong Il"
    and "戴秉国受胡锦涛委托" only Hu is the one on whose behalf."""
    lo = max(lo, m.start - 45)
    start = m.start
    for p in sorted((p for p in persons if lo <= p.end <= m.start), key=lambda p: -p.end):
        if p.end < start and not _NAMES_JOINED.fullmatch(text, p.end, start):
            lo = p.end  # another name stands between: the phrase, if any, is theirs
            break
        start = p.start  # "the wishes of Kim Il Sung and Kim Jong Il": names joined share the phrase
    hi = min([m.end + 24] + [p.start for p in persons if p.start >= m.end])
    return _in_role_phrase(text, m.start, m.end, lo, hi)


_NAMES_JOINED = compile_fast(rf"\s*(?:,|{cues.AND}\b|、|和|与|與|과|와)\s*", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _in_role_phrase(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    # the rules ask of the same name once per clause and per kind of fact: answered once
    before = text[lo:start]
    after = text[end:hi]
    # no role word on a side: that side's long pattern need not run
    if _LOWER_HINT.search(before.lower()) and _ROLE_BEFORE.search(before):
        return True
    return bool(_LOWER_HINT.search(after.lower()) and _ROLE_AFTER.search(after))


def is_speaker(text: str, m: Mention) -> bool:
    """ "Xi said …", "Wang told reporters …", "according to Wang", "王毅表示", "리용호는 … 말했다"."""
    after = re.sub(r"^\s*,\s*[^,]{0,80},", "", text[m.end : m.end + 120])  # "Wang, the foreign minister, said"
    return bool(
        cues.SPEAKER_AFTER.search(after[:40]) or cues.SPEAKER_BEFORE.search(text[max(0, m.start - 40) : m.start])
    )


# The attribution that closes a sentence: ", Hua said.", ", the spokeswoman Hua Chunying added.", ",
# a déclaré Qin.", ", dijo Qin.", ", sagte Qin.", ", заявил Цинь.", ", kata Qin."
_COMMA_BEFORE_NAME = compile_fast(r",\s*(?:[\w-]+\s+){0,3}?$")
_SAID_BEFORE_NAME = compile_fast(
    r",\s*(?:a déclaré|a dit|a indiqué|a précisé|dijo|afirmó|señaló|sagte|erklärte|заявил\w*|сказал\w*|kata|ujar)\s+"
    r"(?:[\w-]+\s+){0,3}?$",
    re.IGNORECASE,
)
_SENTENCE_END = compile_fast(r"\s*[.!]")
_SENTENCE_END_AFTER_VERB = compile_fast(r"(?:\s+\w+)?\s*[.!]")  # "said.", "told reporters."


def _attribution(text: str, m: Mention) -> bool:
    """Whether the person closes the sentence as the one who told it (", Qin said.", ", dijo Qin.")."""
    before = text[max(0, m.start - 40) : m.start]
    after = text[m.end : m.end + 40]
    said = cues.SPEAKER_AFTER.match(after)
    if said is not None and _SENTENCE_END_AFTER_VERB.match(after, said.end()):
        return bool(_COMMA_BEFORE_NAME.search(before))
    return bool(_SENTENCE_END.match(text, m.end) and _SAID_BEFORE_NAME.search(before))


def is_spouse(text: str, m: Mention) -> bool:
    """ "his wife Peng Liyuan", "Peng Liyuan, his wife", "李雪主夫人", "리설주 여사"."""
    before = text[max(0, m.start - 16) : m.start]
    return bool(
        cues.SPOUSE.search(before)
        and re.search(
            r"(?:wife|husband|spouse|istri\w*|esposa|femme|épouse|Frau|Mann|супруг\w*)\W*$", before, re.IGNORECASE
        )
    ) or bool(
        re.match(
            r"^(?:\s?[(（][^)）]{0,20}[)）])?(?:\s?(?:夫人|여사|부인)|,\s*(?:his|her) (?:wife|husband))",
            text[m.end : m.end + 30],
        )
    )


def compound(art: Article, sent: Sent, ts: int) -> list[str] | None:
    """ "the Trump-Xi meeting", "a Xi–Kim summit": two names joined by a dash right before the
    meeting word are its participants, and only they."""
    persons = [m for m in sent.persons if m.end <= ts]
    if len(persons) < 2:
        return None
    a, b = persons[-2], persons[-1]
    if re.fullmatch(r"\s?[-–/]\s?", art.text[a.end : b.start]) and re.fullmatch(
        r"\s*(?:\w+\s+)?", art.text[b.end : ts]
    ):
        return distinct([a.key, b.key])
    return None


_BETWEEN_AFTER = compile_fast(
    # a place and a time may come first: "the talks in Beijing last week between …"
    r"\s+(?:[\w'’-]+\s+){0,7}?(?:between|antara|entre|zwischen|между)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_BETWEEN_BEFORE = compile_fast(
    r"\s*(?:[^\s。，,]{1,6}\s)?(?:간의?|사이의?|之间的?|之間的?|の間の|間の)\s*(?:정상|首脳|首脑|首腦)?"
)
_TITLE_GAP = compile_fast(
    r"(?!.*\b(?:since|sejak|depuis|desde|seit|two|dua|deux|dos|beiden?|двух)\b)(?:[^\W\d][^.;:!?()]{0,44}?,?\s*)?",
    re.IGNORECASE,
)
_PAIR_JOIN = compile_fast(
    # the first one's title may run long: "between Wang Yi, who has led … for a decade, and Choe"
    r"[^.;:!?。]{0,90}?(?:\band\b|\bdan\b|\by\b|\bet\b|\bund\b|\bи\b|와|과|和|与|與|及|と)[^.;:!?。]{0,40}?",
    re.IGNORECASE,
)


def between_pair(art: Article, sent: Sent, ts: int, te: int) -> list[str] | None:
    """ "the summit between Kim Jong Un and Xi Jinping", "pertemuan antara X dan Y", "X와 Y 간의
    회담", "X和Y之间的会晤": the two people the meeting word says it was between, and only they."""
    text = art.text
    after = _BETWEEN_AFTER.match(text, te, min(sent.end, te + 70))
    if after:
        # the first name right after "between" (its title may come first: "between the DPRK leader Kim")
        pair = [m for m in sent.persons if after.end() <= m.start < after.end() + 140][:2]
        if pair and not _TITLE_GAP.fullmatch(text, after.end(), pair[0].start):
            return None
    else:
        pair = [m for m in sent.persons if m.end <= ts][-2:]
        if len(pair) < 2 or not _BETWEEN_BEFORE.fullmatch(text, pair[1].end, ts):
            return None
    if len(pair) < 2 or pair[0].key == pair[1].key or not _PAIR_JOIN.fullmatch(text, pair[0].end, pair[1].start):
        return None
    return [pair[0].key, pair[1].key]


def clause_people(art: Article, sent: Sent, lo: int, hi: int, ts: int, banquet: bool = False) -> list[str]:
    """The people of the clause [lo, hi) who take part in the event whose trigger starts at ``ts``
    (at a ``banquet`` the spouses named with the hosts and guests are guests too)."""
    text = art.text
    people = within(sent.persons, lo, hi)
    trigger_bg = sent.in_background(ts)
    # a recalled event that names two people of its own is theirs alone: "Li's trip followed the
    # meeting of Kim and Putin" (but "Kim, who last met Xi in 2019" is Kim's)
    own_parties = (
        trigger_bg is not None and len({m.key for m in people if sent.in_background(m.start) == trigger_bg}) >= 2
    )
    kept: list[Mention] = []
    role_hint = sent.role_hint
    own_stretch = _named_by_its_stretch(art, sent, ts)
    speaker = _speaker_at_the_meeting(art, sent, people, ts)
    for m in people:
        if m is speaker:
            kept.append(m)
            continue
        bg = sent.in_background(m.start)
        if bg is not None and bg != trigger_bg or own_parties and bg is None:
            continue  # named in a recalled event or a comparison, or outside the recalled event
        if sent.in_quote(m.start) and not sent.in_quote(ts):
            continue  # a person only quoted
        if sent.in_subordinate(m.start, ts) and not own_stretch:
            continue  # named in what someone said, in a comparison, or in another clause
        if sent.in_quote(ts) and not sent.in_quote(m.start) and (m.start > ts or is_speaker(text, m)):
            continue  # an event named inside a quotation: «… avant le sommet», note Yang — not Yang's
        if role_hint and in_role_phrase(text, m, lo, sent.persons):
            continue
        if m.start > ts and _attribution(text, m):
            continue  # "…, held talks with senior officials, Hua said": who told it, not who was there
        kept.append(m)
    keys = distinct(m.key for m in kept)
    if len(keys) >= 3:
        speakers = {m.key for m in kept if m.end <= ts and sent.speech_hint and is_speaker(text, m)}
        if len(set(keys) - speakers) >= 2:
            keys = [k for k in keys if k not in speakers]
    if len(keys) >= 3 and not banquet:
        spouses = {m.key for m in kept if is_spouse(text, m)}
        if len(set(keys) - spouses) >= 2:
            keys = [k for k in keys if k not in spouses]
    return keys


def _speaker_at_the_meeting(art: Article, sent: Sent, people: list[Mention], ts: int) -> Mention | None:
    """ "During a meeting with Li Qiang on Monday, Choe said …", "Durante una reunión con Li Qiang,
    Choe dijo …": the sentence opens on the meeting with one person that its subject spoke at, so
    the subject (the first person after that opening stretch) was the other."""
    if ts - sent.start > 30 or cues.DURING.match(art.text, sent.start) is None:
        return None
    stretch = next(((s, e) for s, e in sent.subordinate if s <= ts < e), None)
    if stretch is None:
        return None
    inside = [m for m in people if stretch[0] <= m.start < stretch[1]]
    if len({m.key for m in inside}) != 1 or not cues.WITH.search(art.text, ts, inside[0].start):
        return None  # "during the meeting of Kim and Xi, Li said": that meeting had its two people
    after = [m for m in people if m.start >= stretch[1]]
    if after and re.fullmatch(r"[\s,]*(?:[\w.'’-]+\s+){0,6}", art.text[stretch[1] : after[0].start]):
        return after[0]
    return None


def _named_by_its_stretch(art: Article, sent: Sent, ts: int) -> bool:
    """ "sprachen bei ihrem Treffen über …", "ont abordé … lors de leur rencontre", "during their talks":
    a time adverbial whose head is the event word itself and that names nobody is the event the
    clause's people took part in, not a stretch apart from them."""
    for s, e in sent.subordinate:
        if s <= ts < e and ts - s <= 25 and art.find.search(cues.DURING, s, ts):
            return not any(s <= m.start < e for m in sent.persons)
    return False


def head_of(art: Article, sent: Sent, lo: int, hi: int) -> str | None:
    """The head of a delegation named in the clause: "a delegation led by X", "X's delegation",
    "X率领的代表团", "X가 이끄는 대표단", "X-led delegation"."""
    text = art.text
    for m in within(sent.persons, lo, hi):
        before, after = text[max(lo, m.start - 40) : m.start], text[m.end : m.end + 30]
        if re.search(
            r"\b(?:led by|headed by|dipimpin|encabezad[oa] por|dirigée? par|menée? par|angeführt von|unter Leitung von|во главе с)\s+(?:[\w.'’-]+\s+){0,5}$",
            before,
            re.IGNORECASE,
        ):
            return m.key
        if re.match(
            # (a title may come between: "金成男・国際部長が率いる", "金成男国際部長が率いる", "김성남 국제부장이 이끄는")
            r"^(?:['’]s\s+(?:\w+\s+)?delegation|-led\b|(?:\s?・?[^、。・\sがとはをにの]{1,16}?)?\s?(?:率领|率領|带领|帶領|가 이끄는|이 이끄는|が率いる|を団長とする))",
            after,
            re.IGNORECASE,
        ):
            return m.key
    return None
