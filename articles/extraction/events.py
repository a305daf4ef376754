"""Meetings, visits, agreements and trade items, found sentence by sentence.

Each fact comes from one trigger word (talks, arrived, signed, exported …, in every supported
language) and the actors, places and dates around it in the same sentence. A sentence with
several triggers is cut between them so that each trigger only sees its own clause. Dates
come from ``dates.find_dates``; a fact with no date of its own takes the article's narrative
date (the last date the article gave before it), as a reader would.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .dates import DAY, MONTH, YEAR, DateMention, find_dates
from .types import COMMODITY, COUNTRY, PERSON, PLACE, ExtractionResult, GazetteerEntry, Mention


def _rx(*parts: str) -> re.Pattern:
    return re.compile("|".join(parts), re.IGNORECASE)


# Word-initial Latin/Cyrillic stems (\b before), CJK and Hangul stems anywhere.
MEETING = _rx(
    r"\b(?:met|meets|meeting|meetings|talks|held talks|summit|received|receives|hosted|hosts|banquet|conferred|"
    r"bertemu|pertemuan|menemui|pembicaraan|perundingan|berunding|menerima|menjamu|jamuan|"
    r"se reuni\w*|reuni[oó]n|conversaciones|convers[oó]|recibi[oó]|cumbre|"
    r"rencontr\w*|entretien\w*|s'est entretenu|re[çc]u|sommet|"
    r"traf|trifft|treffen|getroffen|gespr[aä]ch\w*|empfing|empfangen|gipfel\w*|"
    r"встреч\w*|встрет\w*|переговор\w*|принял|саммит\w*|беседа\w*)\b",
    r"회담|만났|만나|접견|면담|회견|연회|會談|会谈|会见|會見|会晤|會晤|会談|会見|宴会|宴請|宴请|会った",
)
BANQUET = _rx(r"\b(?:banquet|dinner|jamuan|banquete|banquet|bankett|банкет)\b", r"연회|宴会|宴請|宴请|晩餐")
RECEPTION = _rx(r"\b(?:received|receives|menerima|recibi[oó]|re[çc]u|empfing|принял)\b", r"접견|会见|會見|会見")
VISIT = _rx(
    r"\b(?:arrived|arrives|arriving|arrival|visit|visits|visited|visiting|trip|tour|"
    r"tiba|kunjungan|mengunjungi|berkunjung|lawatan|"
    r"lleg[oó]|llegada|visita\w*|viaje|"
    r"arriv[ée]e?s?|visite|visit[ée]|voyage|s'est rendu|rendu|"
    r"besuch\w*|eingetroffen|reise|reiste|angekommen|"
    r"прибы\w*|визит\w*|посети\w*|посещ\w*|поездк\w*)\b",
    r"방문|도착|방중|방북|訪問|访问|访华|訪華|访朝|訪朝|訪中|抵达|抵達|到达|到達|来访|到着",
)
ARRIVAL = _rx(
    r"\b(?:arrived|arrives|arrival|tiba|lleg[oó]|llegada|arriv[ée]e?s?|eingetroffen|angekommen|прибы\w*)\b",
    r"도착|抵达|抵達|到达|到達|到着",
)
SIGNING = _rx(
    r"\b(?:signed|signs|signing|inked|concluded|menandatangani|penandatanganan|ditandatangani|"
    r"firm[oó]|firmaron|firma|sign[ée]s?|ont sign[ée]|unterzeichne\w*|unterschrieben|подписа\w*)\b",
    r"서명|조인|체결|签署|簽署|签订|簽訂|签字|簽字|署名|調印|締結|缔结",
)
PLANNED = _rx(
    r"\b(?:will|would|plans?|planned|planning|expected|scheduled|may|might|could|possible|possibly|"
    r"speculat\w*|rumou?r\w*|invit\w+ to|"
    r"akan|rencana|berencana|direncanakan|mungkin|kemungkinan|dijadwalkan|diperkirakan|"
    r"planea|prevé|prevista|podría|visitará|planifi\w*|prévu\w*|pourrait|devrait|"
    r"wird|werden|soll|geplant|könnte|планиру\w*|намерен|собира\w*|возможн\w*|может|посетит)\b",
    r"예정|계획|가능성|전망|将于|將於|拟|擬|计划|計劃|可能|予定|見通し|方向で",
)
NEGATED = _rx(
    r"\b(?:did not|didn't|has not|hasn't|never|no meeting|tidak|belum|batal|cancel\w*|postpone\w*|"
    r"no se|n'a pas|nicht|kein\w*|не)\b",
    r"않았|않은|취소|연기|没有|沒有|未|取消|推迟|推遲|なかった|中止",
)
EXPORT = _rx(
    r"\b(?:export\w*|sold|sells|sell|shipped|shipments?|supplied|ekspor\w*|mengekspor|menjual|"
    r"export[óo]|exportaciones|vendi[oó]|vende|export[ée]s?|exportations?|vend\w*|"
    r"exportier\w*|ausfuhr\w*|lieferte|liefer\w*|экспорт\w*|поставил\w*|поставк\w*|продал\w*)\b",
    r"수출|판매|공급|出口|输出|輸出|销往|銷往|供应|供應",
)
IMPORT = _rx(
    r"\b(?:import\w*|bought|buys|purchased|impor\w*|mengimpor|membeli|import[óo]|importaciones|compr[oó]|"
    r"import[ée]s?|importations?|achet\w*|importier\w*|einfuhr\w*|kaufte|импорт\w*|закуп\w*|ввоз\w*)\b",
    r"수입|구매|进口|進口|输入|輸入|購入",
)
SANCTION = _rx(
    r"\b(?:ban|banned|bans|prohibited|sanction\w*|embargo\w*|cap|capped|limit\w*|"
    r"larang\w*|dilarang|sanksi|embargo|prohib\w*|interdi\w*|verbot\w*|untersagt|"
    r"запрещ\w*|санкци\w*|ограничен\w*)\b",
    r"금지|제재|상한|禁止|制裁|限制|上限|禁輸",
)
CAP = _rx(
    r"\b(?:cap|capped|limit\w*|ceiling|plafon|batas|tope|plafond|obergrenze|потолок|ограничен\w*)\b", r"상한|上限|限制"
)
FROM_WORD = _rx(r"\b(?:from|dari|de|desde|du|des|aus|von|из)\b", r"에서|로부터|从|從|自|から")
TO_WORD = _rx(r"\b(?:to|ke|kepada|a|al|à|au|aux|nach|an|в)\b", r"으로|로|에|向|对|對|往|へ|に")


@dataclass
class MeetingFact:
    participants: list[str]
    date: DateMention | None
    place: str | None
    kind: str
    sentence: int
    start: int
    end: int
    planned: bool = False


@dataclass
class VisitFact:
    visitor: str
    destination: str | None
    date: DateMention | None
    status: str
    sentence: int
    start: int
    end: int
    end_date: DateMention | None = None


@dataclass
class AgreementFact:
    signatories: list[str]
    date: DateMention | None
    place: str | None
    topics: list[str]
    sentence: int
    start: int
    end: int


@dataclass
class TradeFact:
    commodity_key: str
    commodity: str
    hs_code: str
    exporter: str
    importer: str
    status: str
    date: DateMention | None
    sentence: int
    start: int
    end: int


@dataclass
class Events:
    meetings: list[MeetingFact] = field(default_factory=list)
    visits: list[VisitFact] = field(default_factory=list)
    agreements: list[AgreementFact] = field(default_factory=list)
    trade_items: list[TradeFact] = field(default_factory=list)


def _segments(triggers: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int, int, int]]:
    """(segment start, segment end, trigger start, trigger end): each trigger owns the text up to
    the midpoints between it and its neighbours."""
    out = []
    for i, (ts, te) in enumerate(triggers):
        lo = start if i == 0 else (triggers[i - 1][1] + ts) // 2
        hi = end if i == len(triggers) - 1 else (te + triggers[i + 1][0]) // 2
        out.append((lo, hi, ts, te))
    return out


def _merge_overlapping(matches: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(matches):
        if merged and s <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def _triggers(rx: re.Pattern, text: str, offset: int) -> list[tuple[int, int]]:
    return _merge_overlapping([(offset + m.start(), offset + m.end()) for m in rx.finditer(text)])


def _nearest(items, pos: int):
    return min(items, key=lambda x: abs(((x.start + x.end) // 2) - pos)) if items else None


def _best_date(dates: list[DateMention], pos: int) -> DateMention | None:
    """The date nearest the trigger, preferring day over month over year precision."""
    if not dates:
        return None
    rank = {DAY: 0, MONTH: 1, YEAR: 2}
    return min(dates, key=lambda d: (rank[d.precision], abs(d.start - pos)))


def _distinct(keys):
    seen: dict[str, None] = {}
    for k in keys:
        seen.setdefault(k, None)
    return list(seen)


def find_events(
    text: str,
    result: ExtractionResult,
    entries: dict[str, GazetteerEntry],
    published: dt.date | None,
    language: str = "",
) -> Events:
    events = Events()
    narrative: DateMention | None = None
    by_sentence: dict[int, list[Mention]] = {}
    for m in result.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)

    def place_key_ok(m: Mention) -> bool:
        return m.label in (PLACE, COUNTRY)

    for idx, sent in enumerate(result.sentences):
        s_text = sent.text
        dates = [
            DateMention(d.start + sent.start, d.end + sent.start, d.date, d.precision, d.text, d.relative)
            for d in find_dates(s_text, published, language=language)
        ]
        mentions = by_sentence.get(idx, [])
        persons = [m for m in mentions if m.label == PERSON]
        places = [m for m in mentions if place_key_ok(m)]
        commodities = [m for m in mentions if m.label == COMMODITY]
        negated = bool(NEGATED.search(s_text))

        def within(items, lo, hi):
            return [x for x in items if lo <= x.start < hi]

        def pick_place(cands: list[Mention], pos: int) -> str | None:
            """A city or venue where the event happened (countries are too coarse to say where)."""
            chosen = _nearest([p for p in cands if p.label == PLACE], pos)
            return chosen.key if chosen else None

        # --- meetings --------------------------------------------------------------------
        for lo, hi, ts, _te in _segments(_triggers(MEETING, s_text, sent.start), sent.start, sent.end):
            who = _distinct(m.key for m in within(persons, lo, hi))
            if len(who) < 2 or negated:
                continue
            seg_text = text[lo:hi]
            date = _best_date(within(dates, lo, hi), ts) or narrative
            kind = "banquet" if BANQUET.search(seg_text) else "reception" if RECEPTION.search(seg_text) else "talks"
            events.meetings.append(
                MeetingFact(
                    who,
                    date,
                    pick_place(within(places, lo, hi), ts),
                    kind,
                    idx,
                    sent.start,
                    sent.end,
                    planned=bool(PLANNED.search(seg_text)),
                )
            )

        # --- visits ----------------------------------------------------------------------
        for lo, hi, ts, _te in _segments(_triggers(VISIT, s_text, sent.start), sent.start, sent.end):
            seg_places = within(places, lo, hi)
            seg_persons = within(persons, lo, hi)
            if not seg_persons or not seg_places or negated:
                continue
            dest = _nearest([p for p in seg_places if p.label == PLACE], ts) or _nearest(seg_places, ts)
            dest_country = entries[dest.key].country
            visitors = [p for p in seg_persons if entries[p.key].country and entries[p.key].country != dest_country]
            if not visitors:
                continue
            visitor = _nearest(visitors, ts)
            seg_text = text[lo:hi]
            seg_dates = within(dates, lo, hi)
            date = _best_date(seg_dates, ts) or narrative
            status = "planned" if PLANNED.search(seg_text) else "reported"
            events.visits.append(VisitFact(visitor.key, dest.key, date, status, idx, sent.start, sent.end))

        # --- agreements ------------------------------------------------------------------
        for lo, hi, ts, _te in _segments(_triggers(SIGNING, s_text, sent.start), sent.start, sent.end):
            who = _distinct(m.key for m in within(persons, lo, hi))
            if not who or negated:
                continue
            date = _best_date(within(dates, lo, hi), ts)
            topics = re.findall(r"[“\"«「『]([^”\"»」』]{3,200})[”\"»」』]", text[lo:hi])
            events.agreements.append(
                AgreementFact(who, date, pick_place(within(places, lo, hi), ts), topics, idx, sent.start, sent.end)
            )

        # --- trade -----------------------------------------------------------------------
        if commodities:
            events.trade_items.extend(_trade(text, sent, idx, commodities, places, dates, entries))

        if dates:
            narrative = max(dates, key=lambda d: d.start) if any(d.precision == DAY for d in dates) else narrative

    return consolidate(events)


def _trade(text, sent, idx, commodities, places, dates, entries) -> list[TradeFact]:
    """Direction from export/import words and the countries around them; status from sanction words."""
    s_text = sent.text
    countries = [p for p in places if p.label == COUNTRY or entries[p.key].country]
    exports = _triggers(EXPORT, s_text, sent.start)
    imports = _triggers(IMPORT, s_text, sent.start)
    sanctioned = SANCTION.search(s_text)
    status = ("capped" if CAP.search(s_text) else "banned") if sanctioned else "traded"
    out = []
    for com in commodities:
        entry = entries[com.key]
        exporter, importer = _direction(text, com, countries, exports, imports, entries)
        if not exporter and not importer:
            continue
        date = _best_date(dates, com.start)
        out.append(
            TradeFact(com.key, entry.name, entry.hs_code, exporter, importer, status, date, idx, sent.start, sent.end)
        )
    return out


def _country_of(m: Mention, entries) -> str:
    return entries[m.key].country


def _direction(text, com, countries, exports, imports, entries) -> tuple[str, str]:
    """(exporter, importer) ISO codes for one commodity mention, or ("", "") if the sentence does not say."""
    codes = [c for c in countries]
    if not codes:
        return "", ""
    trig = None
    kind = None
    for ts, te in exports + imports:
        if trig is None or abs(ts - com.start) < abs(trig[0] - com.start):
            trig = (ts, te)
            kind = "export" if (ts, te) in exports else "import"
    if trig is None:
        return "", ""
    ts, te = trig
    before = [c for c in codes if c.end <= ts]
    after = [c for c in codes if c.start >= te]
    # "from X" names the exporter and "to X" the importer, wherever they stand.
    src = dst = ""
    for c in codes:
        left = text[max(0, c.start - 12) : c.start]
        right = text[c.end : c.end + 6]
        if FROM_WORD.search(left[-8:]) or re.match(r"\s*(?:에서|로부터|から)", right):
            src = _country_of(c, entries)
        elif re.search(r"(?:\bto|\bke|\ba|\bà|\bnach|\bв|向|对|對)\s*$", left, re.IGNORECASE) or re.match(
            r"\s*(?:으로|로|에|へ|に)", right
        ):
            dst = _country_of(c, entries)
    if kind == "export":
        # "X exported …", "X's exports", "exports of X", "ekspor X" (Indonesian puts the owner after).
        subject = before[-1] if before else (after[0] if after else None)
        exporter = src or (_country_of(subject, entries) if subject else "")
        importer = dst or next((_country_of(c, entries) for c in codes if _country_of(c, entries) != exporter), "")
    else:
        subject = before[-1] if before else (after[0] if after else None)
        importer = dst or (_country_of(subject, entries) if subject else "")
        exporter = src or next((_country_of(c, entries) for c in codes if _country_of(c, entries) != importer), "")
    if exporter == importer:
        importer = ""
    return exporter, importer


def _compatible(a: DateMention | None, b: DateMention | None) -> bool:
    if a is None or b is None:
        return True
    x, y = a.iso(), b.iso()
    return x.startswith(y) or y.startswith(x)


def _finer(a: DateMention | None, b: DateMention | None) -> DateMention | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if len(a.iso()) >= len(b.iso()) else b


def _specific_place(a: str | None, b: str | None) -> str | None:
    """Prefer a city or venue over a country."""
    if a is None:
        return b
    if b is None:
        return a
    return b if a.startswith("country:") and not b.startswith("country:") else a


def _is_day(d: DateMention | None) -> bool:
    return d is not None and d.precision == DAY


def _same_trip(a: VisitFact, b: VisitFact) -> bool:
    """Two visit mentions describe one trip unless their day dates are over a month apart."""
    if _is_day(a.date) and _is_day(b.date):
        return abs((a.date.date - b.date.date).days) <= 31
    return _compatible(a.date, b.date)


def consolidate(events: Events) -> Events:
    """One fact per thing the article reports: merge repeats of the same meeting, visit, agreement
    or trade item, keeping the most precise date and place and the first evidence sentence."""
    meetings: list[MeetingFact] = []
    for m in events.meetings:
        same = next(
            (o for o in meetings if set(o.participants) == set(m.participants) and _compatible(o.date, m.date)), None
        )
        if same is None:
            meetings.append(m)
            continue
        same.date = _finer(same.date, m.date)
        same.place = _specific_place(same.place, m.place)
        same.planned = same.planned and m.planned
    visits: list[VisitFact] = []
    for v in events.visits:
        same = next((o for o in visits if o.visitor == v.visitor and o.status == v.status and _same_trip(o, v)), None)
        if same is None:
            visits.append(v)
            continue
        # The arrival is the visit's date; later days of the same trip make its end date.
        if _is_day(same.date) and _is_day(v.date):
            days = sorted([same.date, v.date, *([same.end_date] if same.end_date else [])], key=lambda d: d.date)
            same.date, same.end_date = days[0], (days[-1] if days[-1].date != days[0].date else None)
        else:
            same.date = _finer(same.date, v.date)
        same.destination = _specific_place(same.destination, v.destination)
    agreements: list[AgreementFact] = []
    for a in events.agreements:
        same = next(
            (o for o in agreements if set(o.signatories) == set(a.signatories) and _compatible(o.date, a.date)), None
        )
        if same is None:
            agreements.append(a)
            continue
        same.date = _finer(same.date, a.date)
        same.topics = same.topics or a.topics
    trade: list[TradeFact] = []
    for t in events.trade_items:
        same = next((o for o in trade if (o.hs_code, o.exporter, o.status) == (t.hs_code, t.exporter, t.status)), None)
        if same is None:
            trade.append(t)
    return Events(meetings, visits, agreements, trade)
