"""Negation, plans and the future tense around a trigger word: "did not meet", "회담은 열리지
않았다", "is expected to visit", "방문할 예정", "invited him to visit", "visitará", "посетит"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import cues
from ..lexicon import compile_fast
from ..scripts import HANGUL_SYLLABLES
from ..types import PERSON

if TYPE_CHECKING:
    from .context import Article


def negated(art: Article, lo: int, hi: int, ts: int, te: int) -> bool:
    """A negation governing the trigger: before it in its clause ("did not meet", "没有会见"),
    or after it in verb-final languages ("회담은 열리지 않았다", "会談は行われなかった")."""
    window = (te, min(hi, te + 24)) if art.verb_final else (max(lo, ts - 40), ts)
    for m in art.find.finditer(cues.NEGATED, *window):
        if not cues.NOT_NEGATION.match(art.text, m.start()) and not _says_nothing(art.text, m.end()):
            return True
    if not art.verb_final:
        # "the meeting did not take place", "Ein Treffen … kam … nicht zustande": a negated verb
        # after a meeting noun, in the same clause
        after = art.text[te : min(hi, te + 90)]
        after = re.split(r"[,;:]|\b(?:who|which|that|yang|qui|que|der|die|das|который|которая)\b", after)[0]
        return any(
            not cues.NOT_NEGATION.match(after, m.start()) and not _says_nothing(after, m.end())
            for m in cues.NEGATED_AFTER.finditer(after)
        )
    return False


def _says_nothing(text: str, pos: int) -> bool:
    """ "… but did not specify": the negation is of a verb of saying, not of the event."""
    return cues.NEGATED_SAYING.match(text, pos) is not None


# A participle of planning right after the event noun, or after its "is": "un sommet prévu entre …",
# "una cumbre prevista para junio", "das Treffen ist geplant", "встреча запланирована", "pertemuan
# yang dijadwalkan"; not "comme prévu" (as planned), which tells of what happened.
_PLANNED_AFTER = compile_fast(
    r"\s+(?:(?:est|sont|était|es|está|estaba|ist|war|yang|akan)\s+)?(?:prévu|prévue|prévus|prévues|previst[oa]s?|"
    r"programad[oa]s?|geplant\w*|vorgesehen\w*|direncanakan|dijadwalkan|запланирован\w*|намечен\w*)\b"
    # "Kunjungannya dijadwalkan berakhir Sabtu": when a trip under way is to end, not a trip planned
    r"(?!\s+(?:untuk\s+|para\s+|pour\s+)?(?:berakhir|selesai|berlangsung|to end|to conclude|to last|se terminer|durer|terminar|"
    r"concluir|durar|zu enden|enden|dauern|продлится|завершит\w*|закончит\w*))",
    re.IGNORECASE,
)


# Planning words that make a plan of the event word before them: "the visit, scheduled for …", and
# the future of "take place" ("Визит … состоится в апреле", "la visite aura lieu", "tendrá lugar",
# "wird im April stattfinden")
_PLANNED_AFTER_NOUN = {
    "scheduled", "planned", "expected", "mendatang", "geplant", "состоится", "состоятся", "станет",
    "aura lieu", "se tiendra", "se déroulera", "tendrá lugar", "se celebrará", "stattfinden",
    "will take place", "will be held", "akan berlangsung", "akan digelar",
}  # fmt: skip


def planned(art: Article, lo: int, hi: int, ts: int, te: int) -> bool:
    """A plan, expectation or speculation governing the trigger: before it in its clause ("is
    expected to visit", "will lead a delegation"), or after it in verb-final languages
    ("방문할 예정", "訪問する予定"); the trigger in a future tense ("visitará", "посетит",
    "방문한다", "訪問する"); "May 2000" is a month, not "may"."""
    if future_tense(art.language, art.text, ts, te) or _INVITED_TO.search(art.text, max(lo, ts - 60), ts):
        return True
    if _INVITATION_TO.search(art.text, max(lo, ts - 90), ts) or _INVITATION_AFTER.match(art.text, te):
        return True  # "accepted an invitation from Kim to visit", "방북 초청을 수락", "访朝邀请"
    if _PLANNED_AFTER.match(art.text, te):  # "un sommet prévu entre …", "la cumbre prevista para junio"
        return True
    if art.find.search(cues.NEXT_PERIOD, lo, hi):  # "Wang's trip next week comes as …"
        return True
    if art.verb_final and past_adnominal_of_person(art, te):
        return False  # "1일 베이징에 도착한 김 부위원장은 … 머물 예정이다": the plan is the stay
    if art.verb_final:
        lo, hi = te, min(hi, te + 30) if art.language == "ja" else hi
    else:
        rel = art.find.search(cues.RELATIVE, te, hi)
        hi = min(hi, rel.start() if rel else hi)
        hi = min(hi, te + 60)
    for m in art.find.finditer(cues.PLANNED, lo, hi):
        if art.text[m.start() : m.end()] == "May":
            continue
        if (
            art.verb_final
            or m.start() <= ts < m.end()  # the trigger is the planning word itself: "посетит"
            or m.start() < ts
            or art.text[m.start() : m.end()].lower() in _PLANNED_AFTER_NOUN
        ):
            return True
    return False


# A Korean or Japanese travel verb in the past adnominal form, describing the person named next:
# "베이징에 온 김 부위원장은", "訪朝した劉氏は" (not "방문한 뒤", after visiting, nor "したと", quoted).
_PAST_ADNOMINAL = compile_fast(r"(?:한|했던|하였던)\s(?!뒤|후|다음|데)|(?:した|していた)(?![とがはもので。、，])")


def past_adnominal_of_person(art: Article, te: int) -> bool:
    m = _PAST_ADNOMINAL.match(art.text, te)
    if m is None:
        return False
    return any(
        p.label == PERSON and 0 <= p.start - m.end() <= 12 and "," not in art.text[m.end() : p.start]
        for p in art.result.mentions
    )


# The future of an event verb, or the verb right before an event noun: Spanish "visitará",
# "se reunirá", "realizará una visita"; French "visitera", "se rendra", "effectuera une visite";
# Russian perfective present "посетит", "прибудет", "встретится", "совершит визит"; Korean and
# Japanese non-past "방문한다", "방문할", "訪問する", "訪問します".
_FUTURE_WORD = {
    "es": compile_fast(r"\w{2,}(?:ará|erá|irá|arán|erán|irán|drá|drán)\Z", re.IGNORECASE),
    "fr": compile_fast(r"\w{2,}(?:era|eront|ira|iront|dra|dront|ra|ront)\Z", re.IGNORECASE),
    "ru": compile_fast(
        r"(?:посетит|посетят|прибудет|прибудут|встретится|встретятся|совершит|совершат|нанес[её]т|проведут|"
        r"провед[её]т|отправится|отправятся|приедет|приедут|прилетит|прилетят)\Z",
        re.IGNORECASE,
    ),
}
_FUTURE_AFTER = {
    # ("방중한다고 밝혔다": the non-past quoted by 고, announced)
    "ko": compile_fast(rf"(?:한다|할|하기로|하겠|합니다|하게 된다|난다|날)(?:고)?(?![{HANGUL_SYLLABLES}])"),
    # "する" before "と" is "when it visits", unless the と quotes an announcement: "訪中すると明らかにした"
    "ja": compile_fast(r"(?:する|します|へ)(?!際|ため|こと)(?!と(?!(?:明らかに|発表|伝え|報じ|述べ|語っ|表明|公表)))"),
}


# Someone invited to travel: "invited him to visit", "a invité Xi Jinping à se rendre", "invitó a Xi a
# visitar", "lud ihn ein, … zu besuchen", "пригласил его посетить", "邀请习近平访问" (not "at the
# invitation of", which reports a trip that happened)
_INVITED_TO = compile_fast(
    r"(?:\binvit(?:ed|es|e|ing)\s+(?:[\w'’-]+\s+){1,3}to\s+|\ba invité\s+(?:[\w'’-]+\s+){1,3}à\s+"
    r"|\binvit(?:ó|aron|a)\s+(?:[\w'’-]+\s+){1,3}a\s+|\blud\s+(?:[\w'’-]+\s+){1,3}ein\b[^.;]{0,30}"
    r"|\bпригласил[аи]?\s+(?:\w+\s+){1,3}|(?<![应應])邀请\S{0,8}|(?<![应應])邀請\S{0,8})$",
    re.IGNORECASE,
)


# An invitation to travel, accepted or not, is a trip to come: "accepted an invitation from Kim to
# visit", "la invitación del líder para visitar", "l'invitation de Kim à se rendre",
# "eine Einladung … zu einem Besuch", "приглашение Кима посетить", "undangan … untuk mengunjungi";
# not "at the invitation of", "por invitación de", "по приглашению", which tell of a trip made.
_INVITATION_TO = compile_fast(
    r"(?:\binvitations?\b[^.;]{0,70}?\bto|(?<!por )\binvitaci[oó]n(?:es)?\b[^.;]{0,70}?\b(?:para|a)"
    r"|(?<!à l['’])(?<!sur )\binvitation\b[^.;]{0,70}?\bà(?:\s+se)?|(?<!auf )\bEinladung\b[^.;]{0,70}?\bzu(?:\s+(?:einem|einer))?"
    r"|(?<!по )\bприглашени[ея]\b(?:\s+[^\s.;]+){0,4}?|(?<!atas )\bundangan\b[^.;]{0,70}?\buntuk)\s+$",
    re.IGNORECASE,
)
# Korean, Chinese and Japanese put the invitation after the trip word: "방북 초청을 수락", "访朝邀请".
_INVITATION_AFTER = compile_fast(r"\s?(?:의\s?|の)?(?:초청|초대|邀请|邀請|招請|招待)(?!으로|로|で|により)")


# A count of times before a Korean or Japanese event word: "中国を3回訪問するなど", "3차례 방문하는
# 등" tally past trips in the non-past form, which then says nothing of the future.
_TIMES_BEFORE = compile_fast(
    r"(?:\d+|[一二三四五六七八九十]+|[두세네]|다섯|여섯|여러)\s*(?:回|度|차례|번|회)(?:\s*(?:째|目|も|에\s*걸쳐|씩))?\s*(?:\S{0,3}\s*)?$"
)


# The same tally after a Latin or Cyrillic visit word: "has visited China four times", "à quatre
# reprises", "viermal", "четыре раза", "empat kali", "cuatro veces" (not "for the fourth time").
_TIMES_AFTER = compile_fast(
    r"^[^.;:!?]{0,40}?\b(?:(?:\d+|two|three|four|five|six|seven|several|many|multiple)\s+times"
    r"|à\s+(?:\d+|deux|trois|quatre|cinq|six|plusieurs)\s+reprises|(?:zwei|drei|vier|fünf|sechs|mehr)mal"
    r"|(?:\d+|два|три|четыре|пять|шесть|несколько)\s+раз[а]?|(?:\d+|dua|tiga|empat|lima|enam|beberapa)\s+kali"
    r"|(?:\d+|dos|tres|cuatro|cinco|seis|varias)\s+veces)\b",
    re.IGNORECASE,
)


def tallied(art: Article, ts: int, te: int, hi: int) -> bool:
    """A count of past trips, not one trip: "3回訪問するなど", "3차례 방문", "has visited China four
    times". It is recalled (no date of its own), never planned."""
    if art.verb_final:
        return bool(_TIMES_BEFORE.search(art.text, max(0, ts - 12), ts))
    if art.language == "de" and _GERMAN_TIMES_BEFORE.search(art.text, max(0, ts - 60), ts):
        return True  # "ist schon dreimal nach Peking gereist": the count before the participle
    return bool(_TIMES_AFTER.match(art.text[te:hi]))


_GERMAN_TIMES_BEFORE = compile_fast(
    r"\b(?:(?:\d+|zwei|drei|vier|fünf|sechs|sieben|mehrere|viele)\s?[mM]al|(?:zwei|drei|vier|fünf|sechs|sieben|mehr)mals?)\b"
    r"[^.;:!?]*$"
)


# English and German say a later event in the present after "before", "until", "once" ("came
# weeks before the president flies to Moscow", "bevor Xi nach Pjöngjang reist"): the verb is a future one.
_PRESENT_FOR_FUTURE = {
    "en": (
        compile_fast(r"\b(?:before|until|till|once)\s+(?:[\w.'’-]+\s+){0,6}\Z", re.IGNORECASE),
        compile_fast(r"[a-z]+s\Z"),  # "travels", "visits", "meets", "arrives"
    ),
    "de": (
        compile_fast(r"\b(?:bevor|ehe|bis|sobald)\s+(?:[\w.'’-]+\s+){0,8}\Z", re.IGNORECASE),
        compile_fast(r"[a-zäöüß]+\Z"),  # a verb ("reist", "besucht", "trifft"), not a noun ("Besuch")
    ),
}


def future_tense(language: str, text: str, ts: int, te: int) -> bool:
    present = _PRESENT_FOR_FUTURE.get(language)
    if present is not None:
        conj, verb = present
        return bool(verb.match(text, ts, te) and conj.search(text[max(0, ts - 80) : ts]))
    after = _FUTURE_AFTER.get(language)
    if after is not None:
        return bool(after.match(text, te)) and not _TIMES_BEFORE.search(text, max(0, ts - 12), ts)
    rx = _FUTURE_WORD.get(language)
    if rx is None:
        return False
    if rx.search(text[ts:te]):
        return True
    # the verb before an event noun in the same clause: "effectuera jeudi une visite", "совершит визит"
    before = re.split(r"[,;:]", text[max(0, ts - 50) : ts])[-1]
    return any(rx.search(w) for w in before.split()[-5:])
