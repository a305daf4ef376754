"""Stretches of a sentence that are not an event's own clause, which the rules read through
``Sent.background`` and ``Sent.subordinate``.

Background recalls an earlier event: "since …", "shortly before Kim's trip", "the last visit …", a
postposition ("以来", "이후 처음", "ぶり"), dates listed together ("in May 2000 and January 2001").
Subordinate stretches hold what someone said, a comparison, a clause of something else happening at
the same time, "in the presence of …", "during X's visit": people named there were not in the room.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import cues
from ..dates import DAY, DateMention
from ..lexicon import compile_fast
from ..scripts import CJK_CHAR, HAN, HANGUL_SYLLABLES, KANA
from .triggers import TriggerIndex

if TYPE_CHECKING:
    from .context import Article

_CLAUSE_END = compile_fast(r"[,;:，；：、]|\s[–—]\s|\.\s|$")


_DATE_APPOSITION = compile_fast(
    r",\s*(?:in|on|pada|bulan|en|el|im|am|в)\s+(?:\w+\s+)?(?:1[89]|20)\d\d\b", re.IGNORECASE
)
_TOPIC_MARK = compile_fast(rf"(?<=[{KANA}{HAN}])は|(?<=[{HANGUL_SYLLABLES}])(?:은|는)\s")


def background_spans(
    text: str, lo: int, hi: int, names: list[tuple[int, int]] = (), find: cues.Finder | None = None
) -> list[tuple[int, int]]:
    """Phrases of the sentence that recall an earlier event. "since …" runs to the end of the
    sentence; "shortly before Kim's trip", "after a summit between …" and "the last visit …" to
    the end of their clause; a postposition ("以来", "이후 처음", "ぶり") reaches back to the
    previous clause break."""
    find = find or cues.Finder(text)
    spans = []
    for m in find.finditer(cues.SINCE_LEAD, lo, hi):
        spans.append((m.start(), hi))
    hinted = find.search(cues.BACKGROUND_HINT, lo, hi) is not None
    for rx in (cues.RELATIVE_LEAD, cues.LAST_EVENT) if hinted else ():
        for m in find.finditer(rx, lo, hi):
            end = _CLAUSE_END.search(text, m.end(), hi)
            if end and _DATE_APPOSITION.match(text, end.start(), hi):
                # "Kim's two visits to China, in May 2000 and January 2001": the dates are the phrase's
                end = _CLAUSE_END.search(text, end.end() + 1, hi)
            spans.append((m.start(), min(hi, end.start() if end else hi, m.end() + 120)))
    for m in cues.CJK_SINCE.finditer(text, lo, hi) if CJK_CHAR.search(text, lo, hi) else ():
        # back to the previous clause break or topic ("Xの訪朝は|05年の胡錦濤氏以来", "면담한 것은|… 이후")
        brk = max(text.rfind(c, lo, m.start()) for c in ",，、。")
        topic = max(
            (
                t.end()
                for t in _TOPIC_MARK.finditer(text, max(lo, brk + 1), m.start())
                if not any(s <= t.start() < e for s, e in names)  # 김정은's 은 is no particle
            ),
            default=-1,
        )
        spans.append((max(lo, brk + 1, topic, m.start() - 80), m.end()))
    return spans


_DATE_LIST_JOIN = compile_fast(r"\s*(?:,|and|or|dan|atau|y|et|und|и|или|と|과|와|및|和|及|、)\s*", re.IGNORECASE)


def _days_of_one_event(a: DateMention, b: DateMention) -> bool:
    """ "on Monday and Tuesday", "8일과 9일": days of one event, not two events recalled."""
    return a.precision == DAY and b.precision == DAY and 0 < abs((b.date - a.date).days) <= 7


def listed_dates(text: str, dates: list[DateMention]) -> list[tuple[int, int]]:
    """Dates listed together ("in May 2000 and January 2001", "3月と5月") recall other events:
    each is background."""
    out = []
    for a, b in zip(dates, dates[1:], strict=False):
        if _DATE_LIST_JOIN.fullmatch(text[a.end : b.start]) and not _days_of_one_event(a, b):
            out.extend([(a.start, a.end), (b.start, b.end)])
    return out


_SUB_END = compile_fast(r"[,;:，；：。]|\s[–—]\s")


def subordinate_spans(art: Article, start: int, end: int) -> list[tuple[int, int]]:
    """Stretches of the sentence ``start``–``end`` that are not an event's own clause: what someone
    said, a comparison, a clause of something else at the same time (cues.SUBORDINATE), each to the
    next clause break; in Korean and Japanese what was said, before the verb of saying."""
    text, spans = art.text, []
    for m in art.find.finditer(cues.STRETCHES, start, end):  # one pass for every kind of stretch
        kind = m.lastgroup.removesuffix("_u")
        if kind == "ahead":
            brk = _SUB_END.search(text, m.end(), end)
            spans.append((m.start(), brk.start() if brk else end))
        elif kind == "speech":
            spans.append((m.start(), end))
        else:  # postpositions: back to the clause break
            brk = max([start, *(text.rfind(c, start, m.start()) + 1 for c in ",，、")])
            spans.append((brk, m.end()))
    if art.verb_final:
        for m in cues.SAID_AFTER.finditer(text, start, end):
            words = [e for k in TriggerIndex.KINDS for _s, e in art.triggers(k, start, m.start())]
            brk = max([start, *words, *(text.rfind(c, start, m.start()) + 1 for c in ",，、")])
            spans.append((brk, m.end()))
    return spans
