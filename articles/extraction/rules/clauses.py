"""Clauses and dates of a sentence: each trigger word owns the stretch of text around it, and a
clause's own date is the one nearest its trigger."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from .. import cues
from ..dates import DAY, MONTH, YEAR, DateMention
from ..lexicon import compile_fast
from .context import Article, Sent

CLAUSE_BREAK = compile_fast(r"[,;:，；：、]|\s[–—]\s")


_CONJUNCTION = compile_fast(r"\s(?:and|dan|y|e|et|und|и|а также|then|kemudian|luego|puis|dann|затем)\s", re.IGNORECASE)


def _cut_before(text: str, pe: int, ns: int, persons) -> int:
    """Where the clause of one trigger ends when no comma separates it from the next: before the
    next trigger's subject (a name right before it, "… and Xi met him") or the two words in front
    of it ("… sebagai salah satu pertemuan"), never inside a word ("с не|официальным" would read
    as "не", not)."""
    words = [m.start() for m in re.finditer(r"\S+", text[pe:ns])]
    cut = pe + words[-2] if len(words) >= 3 else (pe + words[-1] if len(words) == 2 else ns)
    # "arrived on Sunday and held talks on Monday": a conjunction right before the next verb starts its stretch
    joined = [m for m in _CONJUNCTION.finditer(text, pe, ns) if len(text[m.end() : ns].split()) <= 1]
    if joined:
        cut = joined[-1].start() + 1
    # a name before the conjunction is this clause's ("ditemui Zhu Rongji dan mengunjungi …")
    after = joined[-1].start() if joined else pe
    for m in persons:
        if after <= m.start < ns and pe < m.start and len(text[m.end : ns].split()) <= 1:  # the next trigger's subject
            cut = min(cut, m.start)
    return max(cut, pe)


def segments(
    triggers: list[tuple[int, int]], start: int, end: int, text: str, persons=()
) -> list[tuple[int, int, int, int]]:
    """(segment start, segment end, trigger start, trigger end): each trigger owns the text up to
    the clause break (comma, semicolon) between it and the next trigger, or up to the next
    trigger's subject if none."""
    cuts = []
    for (_ps, pe), (ns, _ne) in zip(triggers, triggers[1:], strict=False):
        breaks = [m.end() + pe for m in CLAUSE_BREAK.finditer(text[pe:ns])]
        if breaks:
            cuts.append(breaks[-1])
            continue
        cuts.append(_cut_before(text, pe, ns, persons))
    out = []
    for i, (ts, te) in enumerate(triggers):
        lo = start if i == 0 else cuts[i - 1]
        hi = end if i == len(triggers) - 1 else cuts[i]
        out.append((lo, hi, ts, te))
    return out


def clauses(art: Article, sent: Sent, kind: str) -> list[tuple[int, int, int, int]]:
    """The clause of each trigger of ``kind``. In verb-final languages (Korean, Japanese) a clause
    runs from the previous trigger to the first clause break after this one, since the verb
    closes its clause (a noun right after it is what it modifies: "평양을 방문한 리창" is Li
    Qiang who visited Pyongyang)."""
    found = sent._clauses.get(kind)
    if found is None:
        own = art.triggers(kind, sent.start, sent.end)
        joined = [] if art.verb_final or not own else _joined_predicates(art, sent, kind)
        found = split(art, sent, sorted(own + joined), verbs=True)
        if joined:
            found = [c for c in found if (c[2], c[3]) not in joined]
        sent._clauses[kind] = found
    return found


# "… and met", "et a rencontré", "y luego se reunió", "und traf", "и провёл": a conjunction,
# perhaps an adverb or a reflexive pronoun, then the verb
_JOINED_BEFORE = compile_fast(
    rf"\s{cues.AND}\s+(?:(?:then|later|also|kemudian|juga|puis|ensuite|luego|después|dann|затем|также)\s+)?"
    r"(?:s['’]|se\s|sich\s)?(?:(?:a|ont|est|sont|has|have|had|ha|han|hat|haben|hatte|ist)\s+)?$",
    re.IGNORECASE,
)


def _joined_predicates(art: Article, sent: Sent, kind: str) -> list[tuple[int, int]]:
    """The verbs of other kinds of event that a conjunction joins to this sentence's predicate
    ("Wen signed accords with Kim Yong Il on Sunday and met Kim Jong Il on Monday"): each ends the clause before
    it, so that the people and the date after it are not the signing's, nor the first clause's
    the talks'."""
    out = []
    for other in ("meeting", "visit", "signing"):
        if other == kind:
            continue
        for ts, te in art.triggers(other, sent.start, sent.end):
            if _JOINED_BEFORE.search(art.text, max(sent.start, ts - 24), ts):
                out.append((ts, te))
    return out


def split(
    art: Article, sent: Sent, triggers: list[tuple[int, int]], verbs: bool = False
) -> list[tuple[int, int, int, int]]:
    """The clause of each of the given triggers of one sentence (``verbs``: the triggers are the
    verbs of events, whose Korean clause ends with the verb's word)."""
    if not art.verb_final:
        return segments(triggers, sent.start, sent.end, art.text, sent.persons)
    # any fact word closes the clause before it ("전날 중국에 도착한 … 장 부위원장은 … 만나": the
    # meeting's clause starts after the arrival)
    ends = sorted(e for k in ("meeting", "visit", "signing") for _s, e in art.triggers(k, sent.start, sent.end))
    out = []
    for i, (ts, te) in enumerate(triggers):
        lo = max([sent.start] + [e for e in ends if e <= ts] + ([triggers[i - 1][1]] if i else []))
        brk = CLAUSE_BREAK.search(art.text, te, sent.end)
        hi = brk.start() if brk else sent.end
        if i + 1 < len(triggers):
            hi = min(hi, triggers[i + 1][1])
        if art.language == "ko":
            # a verb's clause ends with its word; any trigger's ends at "뒤"/"후" after it ("수입한 뒤 …")
            end = _korean_clause_end(art.text, te, sent.end) if verbs else _korean_after_end(art.text, te, sent.end)
            hi = min(hi, end)
        out.append((lo, hi, ts, te))
    return out


_KO_CONNECTIVE = compile_fast(r"(?:며|고|으며|면서|어서|아서|고서|지만|는데|으나|니)$")
_KO_ADNOMINAL = compile_fast(r"(?:한|은|는|된|던|할|간|난|온)$")
_KO_AFTER = compile_fast(r"(?:뒤|후|다음|이후)(?:에|에는)?,?")
_REST_OF_WORD = compile_fast(r"\S*")
_NEXT_WORD = compile_fast(r"\s+(\S+)")
_KO_HEAD = compile_fast(r"(?:은|는|이|가|께서|께서는|을|를|과|와|에게)$")


def _korean_clause_end(text: str, te: int, end: int) -> int:
    """A Korean verb ends its clause with its word when it carries a connective ending ("회담했으며
    2일 귀국길에 오를 예정이다": the talks are not what is planned). A verb that modifies a noun
    ("전날 중국에 도착한 … 장 부위원장은") reaches to that noun, whose particle closes it. Otherwise the
    next word may still belong to the verb ("방문할 예정이다", "회담을 가졌다")."""
    word_end = re.compile(r"\s|$").search(text, te, end)
    stop = word_end.start() if word_end else end
    word = text[te:stop]
    if _KO_CONNECTIVE.search(word):
        return stop
    after = _korean_after_end(text, te, end)
    if after < end:
        return after
    following = list(re.finditer(r"\S+", text[stop:end]))
    if _KO_ADNOMINAL.search(word):
        for w in following[:5]:
            if _KO_HEAD.search(w.group()):
                return stop + w.end()
    return stop + following[0].end() if following else end


def _korean_after_end(text: str, te: int, end: int) -> int:
    """The end of a clause "…한 뒤", "…한 후에" (after doing): the word after the verb, else ``end``."""
    verb = _REST_OF_WORD.match(text, te)
    nxt = _NEXT_WORD.match(text, verb.end(), end)
    if nxt and _KO_ADNOMINAL.search(text, te, verb.end()) and _KO_AFTER.fullmatch(nxt.group(1)):
        return nxt.end()
    return end


def best_date(dates: list[DateMention], pos: int) -> DateMention | None:
    """The date nearest the trigger, preferring day over month over year precision."""
    if not dates:
        return None
    rank = {DAY: 0, MONTH: 1, YEAR: 2}
    return min(dates, key=lambda d: (rank[d.precision], abs(d.start - pos)))


# A stretch of days, weeks or months ("a week", "quelques semaines", "seminggu"), before "before"
TIME_SPAN = (
    r"(?:days?|weeks?|months?|semaines?|jours?|mois|semanas?|días?|meses|mes|Tage|Tag|Wochen|Woche|Monate|Monat|"
    r"minggu|bulan|seminggu|sepekan|sebulan|sehari)"
)
# A clause of a later event some time after this one: "two weeks before Xi and Putin meet in Vladivostok",
# "una semana antes de que …", "seminggu sebelum …": what it names (its place) is that event's
SPAN_BEFORE_CLAUSE = rf"\b(?:[\w-]+\s+)?{TIME_SPAN}\s+(?:before|sebelum|avant que|antes de que|bevor)\b"
SPAN_BEFORE = compile_fast(SPAN_BEFORE_CLAUSE, re.IGNORECASE)


UNTIL = compile_fast(
    r"\b(?:until|till|hasta(?: el)?|jusqu['’]\w*|bis(?: zum| am)?|до|hingga|sampai)\s+\Z", re.IGNORECASE
)


def until(text: str, d: DateMention) -> bool:
    """Whether the date is the day something lasts until ("will stay until Friday", "se prolongará
    hasta mañana"): when an event ends, not its day."""
    return UNTIL.search(text, max(0, d.start - 14), d.start) is not None


# The date of someone's coming to office, not of an event: "since taking office in May 2021", "seit
# seinem Amtsantritt im Mai", "sejak dilantik pada 2019" (the phrase before the date)
_ACCESSION = compile_fast(
    r"\b(?:(?:taking|taken|took|assuming|assumed|entering) office|(?:coming|came|rose) to power|took power|"
    r"taking power|was (?:appointed|elected|sworn in)|asumi\w* (?:el cargo|la presidencia)|llegó al poder|"
    r"prise de fonctions|pris ses fonctions|arrivée au pouvoir|Amtsantritt\w*|Machtantritt\w*|Machtübernahme|"
    r"вступлени\w* в должность|вступил\w* в должность|прихода к власти|пришёл к власти|dilantik|menjabat)\b"
    r"[^,.;]{0,12}$",
    re.IGNORECASE,
)


# A speech verb and the "that" its report follows, a few words on: "said on Tuesday that",
# "menyatakan bahwa", "afirmó el martes que", "a annoncé mardi que", "erklärte am Dienstag, dass",
# "заявило во вторник, что"
_SAID_THAT = compile_fast(
    r"\b(?:said|says|announced|stated|confirmed|reported|told\s+\w+|menyatakan|mengatakan|mengumumkan|"
    r"melaporkan|afirmó|dijo|anunció|informó|declaró|confirmó|aseguró|a\s+(?:déclaré|annoncé|affirmé|indiqué|"
    r"confirmé|dit)|erklärte|sagte|berichtete|teilte|bestätigte|заявил[аои]?|сообщил[аои]?|объявил[аои]?|"
    r"подтвердил[аои]?)\b[^.;:]{0,40}?(?:\bthat|\bbahwa|\bque|,\s?dass|,\s?что)\b",
    re.IGNORECASE,
)


def _said_that_before(sent: Sent, ts: int) -> int:
    """Where the report of the last "said … that" before the trigger begins (the sentence's start
    when there is none)."""
    last = sent.start
    for m in _SAID_THAT.finditer(sent.art.text, sent.start, ts):
        last = m.end()
    return last


def own_date(sent: Sent, lo: int, hi: int, ts: int) -> DateMention | None:
    """The clause's own date. A trigger inside a recalled event ("since Xi's visit in June 2019")
    takes only the dates of that phrase; a current event never takes them."""
    occurred = _occurrence_clause(sent, ts)
    if occurred is not None:
        told = [d for d in sent.all_dates if occurred[0] <= d.start < occurred[1]]
        if told:
            return best_date(told, ts)
    bg = sent.in_background(ts)
    if bg is not None:
        inside = [
            d
            for d in sent.all_dates
            if (bg[0] <= d.start < bg[1] or lo <= d.start < hi and sent.in_background(d.start) == bg)
            and not _ACCESSION.search(sent.art.text, max(0, d.start - 30), d.start)
        ]
        return best_date(inside, ts)
    dates = [d for d in sent.dates if lo <= d.start < hi and sent.in_background(d.start) is None]
    # "una estancia que se prolongará hasta el jueves", "will stay until Friday": when the event ends, not its day
    dates = [d for d in dates if not until(sent.art.text, d)] or (dates if any(d.ranged for d in dates) else [])
    if dates and not sent.art.verb_final:
        # "Wang, who arrived on Wednesday, …, and Kim hosted a luncheon": the date of a relative
        # clause set off by commas is its own verb's, not an event's outside it
        mine = relative_clause_of(sent, ts)
        dates = [d for d in dates if relative_clause_of(sent, d.start) in (None, mine)]
    if len(dates) > 1 and not sent.art.verb_final:
        # "the ministry said on Tuesday that Wang met Ri on Monday": a date before the "that" of a
        # speech verb is the saying's when the reported clause has one of its own
        said = _said_that_before(sent, ts)
        dates = [d for d in dates if d.start >= said] or dates
    if len(dates) > 1 and not sent.art.verb_final:
        # "arrived on Sunday and held talks on Monday", "left Pyongyang on Monday and held talks on
        # Tuesday": each event word, of whatever kind, owns the dates of its own stretch
        seg_lo, seg_hi = _event_segment(sent, ts)
        dates = [d for d in dates if seg_lo <= d.start < seg_hi] or dates
    elif len(dates) > 1:
        # "1949年10月6日に…国交を結び、1961年には…条約を締結", "1949년 …수교했으며, 1961년 … 체결했다": a
        # verb closes its clause, so the dates before an earlier event word's clause break are its own
        earlier = [e for _s, e in _event_words(sent) if e <= ts]
        if earlier:
            brk = CLAUSE_BREAK.search(sent.art.text, earlier[-1], ts)
            cut = brk.end() if brk else earlier[-1]
            dates = [d for d in dates if d.start >= cut] or dates
    return _first_of_listed(sent, dates, best_date(dates, ts))


_LISTED_DAYS = compile_fast(
    r"\s*(?:,|and|dan|y|e|et|und|и|или|와|과|및|和|及|、|・"  # days listed
    r"|から|부터|일부터|~|〜|～|-|–|—|至|到|to|until|through|bis|au|al|hingga|sampai|до|по)\s*",  # a range's two ends
    re.IGNORECASE,
)


def _first_of_listed(sent: Sent, dates: list[DateMention], chosen: DateMention | None) -> DateMention | None:
    """ "on Thursday and Friday", "jeudi et vendredi", "8일과 9일": an event over days listed together
    is dated by the first of them."""
    if chosen is None or chosen.precision != DAY:
        return chosen
    text = sent.art.text
    for d in dates:
        if (
            d.end <= chosen.start
            and d.precision == DAY
            and 0 < (chosen.date - d.date).days <= 7
            and _LISTED_DAYS.fullmatch(text, d.end, chosen.start)
        ):
            # "20日から21日まで", "from 20 to 26 May": the first day of a range
            return replace(d, ranged=True) if _RANGE_JOIN.search(text, d.end, chosen.start) else d
    return chosen


_RANGE_JOIN = compile_fast(r"から|부터|~|〜|～|-|–|—|至|到|\b(?:to|until|through|bis|au|al|hingga|sampai|до|по)\b")


_RELATIVE_CLAUSE = compile_fast(
    r",\s*(?:who|which|yang|qui|que|der|die|das|который|которая|которое|которые|quien|quienes)\b[^,;:]{3,120}?"
    r"(?=,|[.!?]\s*$)",  # set off by commas, or ending the sentence
    re.IGNORECASE,
)


# A relative clause that says when and where the event itself took place: "the meeting of Xi and
# Kim, which was held on 19 June", "встречей …, которая состоялась 19 июня",
# "la rencontre …, qui s'est tenue le 27 avril", "el encuentro …, que tuvo lugar el 27 de abril"
_OCCURRENCE = compile_fast(
    r",\s*(?:which|that|которая|который|которое|qui|que|die|der|das|yang)\s+(?:was\s+|were\s+)?"
    r"(?:took place|was held|were held|held|happened|прошл\w*|состоял\w*|s['’]est tenue?|s['’]est déroulée?|a eu lieu|"
    r"tuvo lugar|se celebró|se realizó|stattfand|stattgefunden hat|berlangsung|diadakan|digelar)\b[^,;:.!?]*",
    re.IGNORECASE,
)


def _occurrence_clause(sent: Sent, ts: int) -> tuple[int, int] | None:
    """The span of such a clause after the event word at ``ts`` (its names may come between)."""
    text = sent.art.text
    m = _OCCURRENCE.search(text, ts, min(sent.end, ts + 160))
    if m is None or any(ts < s < m.start() for s, _e in _event_words(sent)):
        return None
    return m.span()


def relative_clause_of(sent: Sent, pos: int) -> tuple[int, int] | None:
    spans = sent._clauses.get("relative")
    if spans is None:
        spans = sent._clauses["relative"] = [
            m.span() for m in _RELATIVE_CLAUSE.finditer(sent.art.text, sent.start, sent.end)
        ]
    return next(((s, e) for s, e in spans if s <= pos < e), None)


def _event_words(sent: Sent) -> list[tuple[int, int]]:
    """Every event word of the sentence, of the fact kinds or not (a departure, establishing ties)."""
    words = sent._clauses.get("words")
    if words is None:
        art = sent.art
        words = [sp for k in ("meeting", "visit", "signing") for sp in art.triggers(k, sent.start, sent.end)]
        words += [m.span() for m in art.find.finditer(cues.DEPARTURE, sent.start, sent.end)]
        words += [m.span() for m in art.find.finditer(cues.DIPLOMATIC_TIES, sent.start, sent.end)]
        words = sent._clauses["words"] = sorted(set(words))
    return words


def _event_segment(sent: Sent, ts: int) -> tuple[int, int]:
    segs = sent._clauses.get("*")
    if segs is None:
        art = sent.art
        words = _event_words(sent)
        segs = sent._clauses["*"] = segments(words, sent.start, sent.end, art.text, sent.persons) if words else []
    return next(((lo, hi) for lo, hi, s, e in segs if s <= ts < max(e, s + 1)), (sent.start, sent.end))


# "a day after Kim arrived", "sehari setelah tiba": the arrival is dated from the sentence's event.
_DAYS_AFTER = compile_fast(
    r"(?:\b(?:(?P<one>a|one|the)|(?P<two>two)) days? after|\b(?:(?P<one_id>se)|(?P<two_id>dua ))hari (?:setelah|sesudah)"
    r"|\bau lendemain d[e']|\bun día después de|\beinen Tag nach)\s*(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def arrival_before(art: Article, sent: Sent, ts: int, te: int, narrative: DateMention | None) -> DateMention | None:
    """The arrival date in "met Xi on Monday, a day after Kim arrived": the day-precision date
    before the arrival word in its sentence (or the narrative date) less the days said."""
    if not cues.ARRIVAL.match(art.text, ts, te):
        return None
    m = _DAYS_AFTER.search(art.text, max(sent.start, ts - 60), ts)
    if m is None:
        return None
    days = 2 if (m.group("two") or m.group("two_id")) else 1
    ref = max(
        (d for d in sent.dates if d.precision == DAY and d.start < m.start()), key=lambda d: d.start, default=None
    )
    ref = ref or narrative
    if ref is None:
        return None
    return DateMention(ref.start, ref.end, ref.date - dt.timedelta(days=days), DAY, ref.text, True)


def day_before(d: DateMention) -> DateMention:
    return DateMention(d.start, d.end, d.date - dt.timedelta(days=1), DAY, d.text, True)
