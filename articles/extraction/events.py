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
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from .dates import DAY, FUTURE_CUES, MONTH, YEAR, DateMention, find_dates
from .lexicon import CJK_CHAR, lowered, trie_pattern, word_regex, words
from .types import COMMODITY, COUNTRY, PERSON, PLACE, ExtractionResult, GazetteerEntry, Mention


def _rx(*parts: str) -> re.Pattern:
    return re.compile("|".join(parts), re.IGNORECASE)


# Word-initial Latin/Cyrillic stems (\b before), CJK and Hangul stems anywhere.
# Trigger words, one language a line. A trailing * allows any ending.
_MEETING_WORDS = words("""
    met, meet, meets, meeting, meetings, talks, held talks, summit, received, receives, hosted, hosts, banquet, conferred
    greeted, welcomed at, hosted a banquet, welcomed by, greeted by, received by, was met by, were met by
    disambut, disambut oleh, diterima oleh                                                                   # id
    bertemu, pertemuan, menemui, ditemui, diterima, pembicaraan, perundingan, berunding, menerima, menjamu, jamuan   # id
    se reuni*, reunión, reunion, conversaciones, conversó, recibió, cumbre                          # es
    rencontr*, entretien*, s'est entretenu, reçu, sommet                                             # fr
    traf, trafen, trifft, treffen, getroffen, zusammengetroffen, zusammentreffen, zusammenkunft, gespräch*, gesprach*, empfing, empfangen, gipfel*  # de
    встреч*, встрет*, переговор*, принял, саммит*, беседа*                                           # ru
    회담, 만났, 만나, 접견, 면담, 회견, 연회, 맞았, 영접                                                 # ko
    會談, 会谈, 会见, 會見, 会晤, 會晤, 宴会, 宴請, 宴请, 迎接                                             # zh
    会談, 会見, 会った, 出迎え                                                                         # ja
""")
MEETING = word_regex(_MEETING_WORDS)
ARRIVAL = word_regex(
    words(
        "arrive, arrived, arrives, arrival, tiba, llegó, arrivé, arrivée, eingetroffen, angekommen, прибы*, 도착, 抵达, 抵達, 到达, 到達, 到着"
    )
)
DEPARTURE = word_regex(
    words("""
    left, leaves, departed, concluded, wrapped up, ended, meninggalkan, mengakhiri, salió, concluyó, a quitté, quitté,
    verließ, beendete, покинул, завершил, 떠났, 떠나, 마치고, 离开, 離開, 结束, 結束, 離れ, 終え
""")
)
DATE_LIST_JOIN = re.compile(r"\s*(?:,|and|or|dan|atau|y|et|und|и|или|と|과|와|및|和|及|、)\s*", re.IGNORECASE)
NOT_NEGATION = re.compile(r"tidak resmi|tidak formal|非正式|비공식", re.IGNORECASE)
NOT_AN_AGREEMENT = re.compile(
    r"anniversary|peringatan|aniversario|anniversaire|jahrestag|годовщин|주년|周年|週年|署名文章|署名記事",
    re.IGNORECASE,
)
# "2011년 말 … 집권 이후", "2019年以来": the reference point comes first in these languages.
SINCE_AFTER = re.compile(r"[^.。!?]{0,16}?(?:이후|이래|以来|以來|以降|以後)")
SINCE_BEFORE = re.compile(r"(?:\b(?:since|sejak|seit|depuis|desde|с)\s+(?:\w+\s+)?|以来|以來)$", re.IGNORECASE)
# Phrases that give a person a role other than taking part: "a letter from X", "envoy of X",
# "at the invitation of X", "X의 초청으로", "应X邀请", "the wishes of X".
_ROLE_BEFORE = re.compile(
    r"(?:letter|message|greetings?|congratulations|condolences|envoy|representative|invitation|behalf|wishes|"
    r"instructions?|teachings|legacy)\s+(?:from|of|by)\s+(?:\w+\s+){0,4}$"
    r"|(?:surat|pesan|salam|utusan khusus|undangan|atas nama)\s+(?:\w+\s+){0,4}$"
    r"|(?:应|應|转达了?|轉達了?)$",
    re.IGNORECASE,
)
_ROLE_AFTER = re.compile(
    r"^(?:\s?[^\s,.]{0,11}[^\s,.은는이가을를과와]){0,3}?\s?의\s*(?:초청|친서|특별대표|특사|뜻|축전)"
    r"|^\s?\S{0,12}?(?:의\s*(?:초청|친서|특별대표|특사|뜻|축전)|(?:总书记|主席|總書記)?的?(?:邀请|邀請|问候|問候|亲笔信|親筆信|特别代表|特使|口信))"
    r"|^(?:'s)?\s+(?:personal\s+)?(?:letter|message|greetings|envoy)",
    re.IGNORECASE,
)


# Every role phrase above contains one of these; sentences without any skip the checks.
_ROLE_HINT = re.compile(
    r"letter|message|greeting|congratulat|condolence|envoy|representative|invitation|behalf|wishes|instruction|"
    r"teaching|legacy|surat|pesan|salam|utusan|undangan|atas nama|应|應|转达|轉達|초청|친서|특별대표|특사|축전|"
    r"邀请|邀請|问候|問候|亲笔信|親筆信|特别代表|特使|口信",
    re.IGNORECASE,
)


def _in_role_phrase(text: str, m: Mention, lo: int) -> bool:
    before = text[max(lo, m.start - 40) : m.start]
    after = text[m.end : m.end + 24]
    return bool(_ROLE_BEFORE.search(before) or _ROLE_AFTER.search(after))


_ANAPHORIC_BEFORE = re.compile(
    r"\b(?:the|this|that|his|her|its|their|during|the same|selama)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
_ANAPHORIC_AFTER = re.compile(r"^\s*(?:itu|ini|tersebut)\b|^期间|^期間|^中に|^ 기간", re.IGNORECASE)


def _anaphoric(text: str, ts: int, te: int, lo: int) -> bool:
    """A visit word that refers back to a trip already reported ("the visit", "Kunjungan itu")."""
    word = text[ts:te].lower()
    if word in {"arrived", "arrives", "arrive", "tiba", "visited", "berkunjung", "mengunjungi"}:
        return False  # verbs report a trip; only nouns can point back
    return bool(_ANAPHORIC_BEFORE.search(text[max(lo, ts - 30) : ts]) or _ANAPHORIC_AFTER.match(text[te : te + 6]))


_DATELINE = re.compile(
    r"^\s*(?:[A-ZÀ-Þ][A-Za-zÀ-ÿ .'’-]{1,30}(?:\s*\([^)]{1,30}\))?,\s*[^\n—–]{0,30}?\s*(?:—|–|--|-)\s"
    r"|新华社[^\n电]{0,20}电|\([^)\n]{1,20}\)\s|（[^）\n]{1,20}）|【[^】\n]{1,20}】)"
)


def dateline_end(text: str) -> int:
    """End of a wire dateline ("BEIJING, Oct. 5 — ", "新华社北京3月28日电", "(평양) "), else 0."""
    m = _DATELINE.match(text[:120])
    return m.end() if m else 0


# "their first summit since 2019", "seit 2019", "2019년 이후 처음", "自2019年以来"
SINCE = re.compile(
    r"\b(?:since|sejak|seit|depuis|desde|с)\s+(?:\w+\s+)?(?:1[89]|20)\d\d\b|(?:1[89]|20)\d\d\s*(?:년\s*이후|年以来|年以來|年以降|年ぶり)",
    re.IGNORECASE,
)
# "the two sides", "kedua pihak", "양측", "双方": the parties of the talks just reported.
BOTH_SIDES = word_regex(
    words("""
    the two sides, both sides, the two leaders, both leaders, the two countries
    kedua pihak, kedua belah pihak, kedua pemimpin, kedua negara        # id
    ambas partes, las dos partes, los dos líderes                         # es
    les deux parties, les deux parties ont, les deux dirigeants          # fr
    beide seiten, die beiden seiten, beide politiker                     # de
    стороны, обе стороны, лидеры двух стран                              # ru
    양측, 쌍방, 두 정상, 양국, 두 사람, 双方, 两国领导人, 兩國領導人, 两人, 兩人, 二人, 両首脳, 双方は, 両氏
    the two, keduanya, les deux, beide
""")
)
# A trip or stay of several days: a meeting dated only by it happened on one of those days.
MULTI_DAY = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-day\b|\bweek-long\b|\bweeklong\b"
    r"|\bselama (?:dua|tiga|empat|lima|enam|tujuh|\d{1,2}) hari\b|\bfrom \w+ to \w+day\b"
    r"|[一二两兩三四五六七八九十\d]+天|为期|為期|[二三四五六七八九十\d]+日間|\d+일간|\d+박\s*\d+일|일정으로"
    r"|(?:двух|трех|трёх|четырех|четырёх|пяти)дневн|\d+-дневн|\bde (?:deux|trois|quatre|cinq) jours\b"
    r"|\bde (?:dos|tres|cuatro|cinco) días\b|\b(?:zwei|drei|vier|fünf)tägig",
    re.IGNORECASE,
)
# "the same day", "当天": the date the story has reached.
SAME_DAY = word_regex(
    words(
        "the same day, that day, later that day, on the same day, pada hari yang sama, pada hari itu, hari itu, "
        "le même jour, el mismo día, am selben Tag, am gleichen Tag, в тот же день, 이날, 같은 날, 当天, 當天, 当日, 當日, 同日"
    )
)
AIRPORT = word_regex(
    words("airport, bandara, bandar udara, aéroport, aeropuerto, Flughafen, аэропорт*, 공항, 机场, 機場, 空港")
)
SINCE_PERSON = re.compile(r"\b(?:since|sejak|seit|depuis|desde)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "the day before", "전날": a day before the date the story has reached.
DAY_BEFORE = word_regex(
    words(
        "the day before, the previous day, a day earlier, sehari sebelumnya, la veille, el día anterior, am Vortag, "
        "накануне, 전날, 前一天, 前一日, 前日"
    )
)
# Named negotiating processes are not a meeting of the people in the sentence.
NAMED_TALKS = re.compile(
    r"\b(?:six-party|six party|four-party|peace|nuclear|denuclearization|denuclearisation|disarmament|armistice)\s+talks\b"
    r"|六方会谈|六方會談|6자\s?회담|6者協議|шестисторонн\w*\s+переговор|perundingan enam pihak",
    re.IGNORECASE,
)
RELATIVE = word_regex(
    words(
        "during which, in which, at which, after which, which, where, who, that, yang, di mana, selama itu, "
        "durante el cual, au cours de laquelle, pendant laquelle, während dessen, bei dem, во время котор*, котор*"
    )
)
SEPARATELY = word_regex(
    words(
        "separately, separate meetings, in turn, secara terpisah, masing-masing, por separado, séparément, getrennt, "
        "jeweils, по отдельности, 각각, 따로, 잇따라, 分别, 分別, それぞれ"
    )
)
BANQUET = word_regex(words("banquet, dinner, jamuan, banquete, bankett, банкет, 연회, 宴会, 宴請, 宴请, 晩餐"))
RECEPTION = word_regex(words("received, receives, menerima, recibió, reçu, empfing, принял, 접견, 会见, 會見, 会見"))
_VISIT_WORDS = words("""
    arrive, arrived, arrives, arriving, arrival, visit, visits, visited, visiting, trip, tour
    tiba, kunjungan, mengunjungi, berkunjung, lawatan                                       # id
    llegó, llegada, visita*, viaje                                                          # es
    arrivé, arrivée, arrivés, arrivées, visite, visité, visitée, voyage, s'est rendu, rendu   # fr
    besuch*, eingetroffen, reise, reiste, angekommen                                        # de
    прибы*, визит*, посети*, посещ*, поездк*                                                # ru
    방문, 도착, 방중, 방북                                                                      # ko
    訪問, 访问, 访华, 訪華, 访朝, 訪朝, 訪中, 抵达, 抵達, 到达, 到達, 来访, 到着                   # zh, ja
""")
VISIT = word_regex(_VISIT_WORDS)
_SIGNING_WORDS = words("""
    signed, signs, signing, inked, agreed to build, agreed to establish
    menandatangani, penandatanganan, ditandatangani           # id
    firmó, firmaron, firma                                    # es
    signé, signée, signés, signées, ont signé                 # fr
    unterzeichne*, unterschrieben                             # de
    подписа*                                                  # ru
    서명, 조인, 체결, 맺었, 签署, 簽署, 签订, 簽訂, 签字, 簽字, 署名, 調印, 締結, 缔结
""")
SIGNING = word_regex(_SIGNING_WORDS)
PLANNED = word_regex(
    words("""
    will, would, plan, plans, planned, planning, expected, scheduled, may, might, could, possible, possibly, speculat*, rumor*, rumour*, invited to, proposed, upcoming
    akan, rencana, berencana, direncanakan, mungkin, kemungkinan, dijadwalkan, diperkirakan      # id
    planea, prevé, prevista, podría, visitará                                                     # es
    planifi*, prévu*, pourrait, devrait                                                           # fr
    wird, werden, soll, geplant, könnte                                                           # de
    планиру*, намерен, собира*, возможн*, может, посетит                                           # ru
    예정, 계획, 가능성, 전망, 将于, 將於, 拟, 擬, 计划, 計劃, 可能, 予定, 見通し, 方向で
""")
)
NEGATED = word_regex(
    words("""
    did not, didn't, has not, hasn't, never, no meeting, cancel*, postpone*
    tidak, belum, batal                 # id
    no se, n'a pas, nicht, kein*, не    # es, fr, de, ru
    않았, 않은, 취소, 연기, 没有, 沒有, 未, 取消, 推迟, 推遲, なかった, 中止
""")
)
_EXPORT_WORDS = words("""
    export*, sold, sells, sell, sales, shipped, shipment, shipments, supplied, supplies, supply, sent, send*
    ekspor*, mengekspor, menjual, mengirim, mengirimkan, pasokan         # id
    exportó, exportaciones, vendió, vende               # es
    exporté, exportée, exportés, exportées, exportation, exportations, vend*   # fr
    exportier*, ausfuhr*, lieferte, liefer*              # de
    экспорт*, поставил*, поставк*, продал*               # ru
    수출, 판매, 공급, 出口, 输出, 輸出, 销往, 銷往, 供应, 供應
""")
_IMPORT_WORDS = words("""
    import*, bought, buys, purchased
    impor*, mengimpor, membeli                                 # id
    importó, importaciones, compró                             # es
    importé, importée, importés, importées, importation, importations, achet*   # fr
    importier*, einfuhr*, kaufte                               # de
    импорт*, закуп*, ввоз*                                     # ru
    수입, 구매, 进口, 進口, 输入, 輸入, 購入
""")
SANCTION = word_regex(
    words("""
    ban, banned, bans, banning, barred, bars, prohibited, sanction*, embargo*, cap, capped, limit*, suspend*, halt*
    larang*, dilarang, melarang, larangan, membatasi, dibatasi, menghentikan, sanksi          # id
    prohib*, interdi*                  # es, fr
    verbot*, verbiet*, untersagt       # de
    запрещ*, санкци*, ограничен*       # ru
    금지, 제재, 상한, 禁止, 制裁, 限制, 上限, 禁輸
""")
)
CAP = word_regex(
    words(
        "cap, capped, capping, limit*, ceiling, plafon, batas, membatasi, dibatasi, tope, plafond, obergrenze, "
        "потолок, ограничен*, 상한, 上限, 限制"
    )
)


def _combined(lists: dict[str, list[str]]) -> str:
    spaced = "|".join(f"(?P<{k}>{trie_pattern(w for w in ws if not CJK_CHAR.search(w))})" for k, ws in lists.items())
    unspaced = "|".join(f"(?P<{k}_u>{trie_pattern(w for w in ws if CJK_CHAR.search(w))})" for k, ws in lists.items())
    return rf"(?<!\w)(?:{spaced})(?!\w)|{unspaced}"


_TRIGGER_LISTS = {
    "meeting": _MEETING_WORDS,
    "visit": _VISIT_WORDS,
    "signing": _SIGNING_WORDS,
    "export": _EXPORT_WORDS,
    "import": _IMPORT_WORDS,
}
_ALL_TRIGGERS = re.compile(_combined(_TRIGGER_LISTS))
_ALL_TRIGGERS_CI = re.compile(_combined(_TRIGGER_LISTS), re.IGNORECASE)


class Finder:
    """Searches an article with the lexicons, on its lower-cased copy where that keeps offsets."""

    def __init__(self, text: str):
        self.text = text
        self.low = lowered(text)

    def search(self, rx: re.Pattern, lo: int = 0, hi: int | None = None):
        hi = len(self.text) if hi is None else hi
        fast = _LOWER.get(rx)
        if fast is not None and self.low is not None:
            return fast.search(self.low, lo, hi)
        return rx.search(self.text, lo, hi)


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


_CLAUSE_BREAK = re.compile(r"[,;:，；：、]|\s[–—]\s")


def _segments(triggers: list[tuple[int, int]], start: int, end: int, text: str = "") -> list[tuple[int, int, int, int]]:
    """(segment start, segment end, trigger start, trigger end): each trigger owns the text up to
    the clause break (comma, semicolon) between it and the next trigger, or the midpoint if none."""
    cuts = []
    for (_ps, pe), (ns, _ne) in zip(triggers, triggers[1:], strict=False):
        breaks = [m.end() + pe for m in _CLAUSE_BREAK.finditer(text[pe:ns])] if text else []
        if breaks:
            cuts.append(breaks[-1])
            continue
        # The midpoint, moved back to the space before it: a word cut in two ("с не|официальным")
        # would read as a word of its own ("не", not) at the end of a clause.
        mid = (pe + ns) // 2
        space = text.rfind(" ", pe, mid + 1) if text else -1
        cuts.append(space if space > pe else mid)
    out = []
    for i, (ts, te) in enumerate(triggers):
        lo = start if i == 0 else cuts[i - 1]
        hi = end if i == len(triggers) - 1 else cuts[i]
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


class TriggerIndex:
    """The trigger words of every kind found in one pass over the article (one regex with a
    named group per kind, on the lower-cased text); sentences take their slice."""

    KINDS = ("meeting", "visit", "signing", "export", "import")

    def __init__(self, text: str):
        low = lowered(text)
        found: dict[str, list[tuple[int, int]]] = {k: [] for k in self.KINDS}
        for m in _ALL_TRIGGERS.finditer(low) if low is not None else _ALL_TRIGGERS_CI.finditer(text):
            found[m.lastgroup.removesuffix("_u")].append(m.span())
        self.spans = {k: _merge_overlapping(v) for k, v in found.items()}
        self.starts = {name: [s for s, _e in spans] for name, spans in self.spans.items()}

    def __call__(self, name: str, start: int, end: int) -> list[tuple[int, int]]:
        spans, starts = self.spans[name], self.starts[name]
        return [sp for sp in spans[bisect_left(starts, start) : bisect_left(starts, end)] if sp[1] <= end]


def _nearest(items, pos: int):
    return min(items, key=lambda x: abs(((x.start + x.end) // 2) - pos)) if items else None


# "a day after Kim arrived", "sehari setelah tiba": the arrival is dated from the sentence's event.
_DAYS_AFTER = re.compile(
    r"(?:\b(?:(?P<one>a|one|the)|(?P<two>two)) days? after|\b(?:(?P<one_id>se)|(?P<two_id>dua ))hari (?:setelah|sesudah)"
    r"|\bau lendemain d[e']|\bun día después de|\beinen Tag nach)\s*(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _arrival_before(text, lo, ts, te, dates, narrative) -> DateMention | None:
    """The arrival date in "met Xi on Monday, a day after Kim arrived": the day-precision date
    before the arrival word in its sentence (or the narrative date) less the days said."""
    if not ARRIVAL.match(text, ts, te):
        return None
    m = _DAYS_AFTER.search(text, max(lo, ts - 60), ts)
    if m is None:
        return None
    days = 2 if (m.group("two") or m.group("two_id")) else 1
    ref = max((d for d in dates if d.precision == DAY and d.start < m.start()), key=lambda d: d.start, default=None)
    ref = ref or narrative
    if ref is None:
        return None
    return DateMention(ref.start, ref.end, ref.date - dt.timedelta(days=days), DAY, ref.text, True)


# A verb that continues the sentence's subject: "… and met Xi", ", kemudian diterima oleh …", "并会见".
_CONTINUED = re.compile(
    r"\b(?:after|before|while|upon|when|setelah|sebelum|sambil|après|avant|después|antes|nach|vor|после)\s+(?:\w+\s+)?$"
    r"|(?:\b(?:and|then|later|also|kemudian|dan|lalu|lantas|juga|et|puis|y|luego|und|dann|и|затем)\s+"
    r"(?:(?:later|then|also|on \w+|kemudian|juga)\s+)?|[,，]\s*)$"
    r"|(?:并|並|随后|隨後|然后|然後|后|後)$",
    re.IGNORECASE,
)


def _last_of_two_countries(mentions: list[Mention], before: int, entries) -> list[str]:
    """The most recently named person of each of the two countries named last before ``before``."""
    last: dict[str, str] = {}
    for m in mentions:
        if m.start >= before:
            break
        country = entries[m.key].country if m.label == PERSON and m.key in entries else ""
        if country:
            last.pop(country, None)
            last[country] = m.key
    return list(last.values())[-2:] if len(last) >= 2 else []


def _days_of_one_event(a: DateMention, b: DateMention) -> bool:
    """ "on Monday and Tuesday", "8일과 9일": days of one event, not two events recalled."""
    return a.precision == DAY and b.precision == DAY and 0 < abs((b.date - a.date).days) <= 7


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


VERB_FINAL = {"ko", "ja"}

# A date next to one of these is when the news was reported, not when the event happened.
REPORTING = _rx(
    r"\b(?:reported|said|announced|told|melaporkan|mengatakan|menyatakan|informó|anunció|"
    r"a rapporté|a annoncé|a indiqué|berichtete|meldete|teilte|сообщил\w*|заявил\w*)\b",
    r"보도|밝혔|전했|발표|报道|報道|报导|宣布|表示|報じ|発表|伝え",
)
LOCATIVE_BEFORE = re.compile(r"(?:\b(?:in|at|di|en|à|au|im|in der|в|во)\s+|在|於|于)$", re.IGNORECASE)
LOCATIVE_AFTER = re.compile(r"^(?:에서|で|にて)")


def _is_report_date(text: str, d: DateMention) -> bool:
    """ "… 10일 보도했다", "KCNA reported on Friday", "said Friday": the date of the report."""
    after = text[d.end : d.end + 12]
    before = text[max(0, d.start - 16) : d.start]
    if REPORTING.match(after.lstrip(" ,")) or re.match(r"\s*(?:에|に)?\s*(?:보도|밝혔|전했|発表|報じ)", after):
        return True
    return bool(re.search(r"(?:reported|said|announced|told reporters)\s+(?:on\s+)?$", before, re.IGNORECASE))


def _segments_for(triggers, start, end, verb_final, text=""):
    """Clause of each trigger: up to the clause break or midpoint between triggers, or for
    verb-final languages (Korean, Japanese) from the previous trigger to the first clause break
    after this one, since the verb closes its clause (a noun right after it is what it modifies:
    "평양을 방문한 리창" is Li Qiang who visited Pyongyang)."""
    if not verb_final:
        return _segments(triggers, start, end, text)
    out = []
    for i, (ts, te) in enumerate(triggers):
        lo = start if i == 0 else triggers[i - 1][1]
        brk = _CLAUSE_BREAK.search(text, te, end) if text else None
        hi = brk.start() if brk else end
        if i + 1 < len(triggers):
            hi = min(hi, triggers[i + 1][1])
        out.append((lo, hi, ts, te))
    return out


def find_events(
    text: str,
    result: ExtractionResult,
    entries: dict[str, GazetteerEntry],
    published: dt.date | None,
    language: str = "",
) -> Events:
    events = Events()
    narrative: DateMention | None = None
    narrative_multi_day = False  # the narrative date starts a trip of several days
    verb_final = language.split("-")[0] in VERB_FINAL
    by_sentence: dict[int, list[Mention]] = {}
    for m in result.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)

    find = Finder(text)
    triggers = TriggerIndex(text)
    starts = [s.start for s in result.sentences]
    dateline = dateline_end(text)

    def future_at(pos: int) -> bool:
        """A future cue earlier in the same clause ("will visit … on Tuesday"; not "arrived on
        the 11th and will attend …")."""
        sent = result.sentences[max(bisect_right(starts, pos) - 1, 0)] if result.sentences else None
        lo = sent.start if sent else 0
        brk = max(text.rfind(c, lo, pos) for c in ",;:，；：、")
        return bool(find.search(FUTURE_CUES, max(lo, brk + 1), pos))

    dates_by_sentence: dict[int, list[DateMention]] = {}
    since_dates: set[int] = set()
    for d in find_dates(text, published, language=language, future_at=future_at):
        if d.start < dateline or _is_report_date(text, d):
            continue  # "BEIJING, Oct. 5 —" and "… 10일 보도했다" date the report, not the event
        if SINCE_BEFORE.search(text, max(0, d.start - 12), d.start) or SINCE_AFTER.match(text, d.end):
            since_dates.add(d.start)  # "the first visit since 1992" is a reference point
        dates_by_sentence.setdefault(max(bisect_right(starts, d.start) - 1, 0), []).append(d)
    # Dates listed together ("in May 2000 and January 2001", "3月と5月") recall other events.
    for sent_dates in dates_by_sentence.values():
        for a, b in zip(sent_dates, sent_dates[1:], strict=False):
            if DATE_LIST_JOIN.fullmatch(text[a.end : b.start]) and not _days_of_one_event(a, b):
                since_dates.update((a.start, b.start))

    dateline_place = next((m for m in result.mentions if m.start < dateline and m.label == PLACE), None)

    for idx, sent in enumerate(result.sentences):
        all_dates = dates_by_sentence.get(idx, [])
        dates = [d for d in all_dates if d.start not in since_dates]
        mentions = [m for m in by_sentence.get(idx, []) if m.start >= dateline]
        persons = [m for m in mentions if m.label == PERSON]
        places = [m for m in mentions if m.label in (PLACE, COUNTRY)]
        commodities = [m for m in mentions if m.label == COMMODITY]
        if not commodities and not any(
            triggers(kind, sent.start, sent.end) for kind in ("meeting", "visit", "signing")
        ):
            # Nothing to report here; the sentence may still move the narrative date on.
            if any(d.precision == DAY for d in dates):
                narrative = max((d for d in dates if d.precision == DAY), key=lambda d: d.start)
                narrative_multi_day = find.search(MULTI_DAY, sent.start, sent.end) is not None
            continue

        role_hint = find.search(_ROLE_HINT, sent.start, sent.end) is not None

        def negated(lo, hi):
            """Negation counts only in the trigger's own clause ("visited, but talks did not happen"),
            and "tidak resmi" (unofficial) is no negation."""
            m = find.search(NEGATED, lo, hi)
            while m is not None and NOT_NEGATION.match(text, m.start()):
                m = find.search(NEGATED, m.end(), hi)
            return m is not None

        def planned(lo, hi, ts=None, sent=sent):
            """A plan or expectation in the clause; "May 2000" is a month, not "may". In languages
            where the verb comes first, a cue after a relative word ("a visit during which … would")
            belongs to another clause."""
            if ts is not None and not verb_final:
                rel = find.search(RELATIVE, ts, hi)
                if rel is not None:
                    hi = rel.start()
            m = find.search(PLANNED, lo, hi)
            while m is not None and text[m.start() : m.end()] == "May" and text[sent.start : m.start()].strip(" \"“'"):
                m = find.search(PLANNED, m.end(), hi)  # "May" inside a sentence is the month; "may" is lower-case
            return m is not None

        def participants(lo, hi, persons=persons, role_hint=role_hint):
            """The people of the clause who take part: not the sender of a letter, the leader an
            envoy speaks for, the host who only invited, or a leader whose wishes are cited."""
            people = within(persons, lo, hi)
            if len({m.key for m in people}) < 2 or not role_hint:
                return _distinct(m.key for m in people)
            return _distinct(m.key for m in people if not _in_role_phrase(text, m, lo))

        def within(items, lo, hi):
            return [x for x in items if lo <= x.start < hi]

        def pick_place(cands: list[Mention], pos: int) -> str | None:
            """A city or venue where the event happened; a country only when the text says "in X"."""
            chosen = _nearest([p for p in cands if p.label == PLACE], pos)
            if chosen is None:
                chosen = _nearest([p for p in cands if _locative(text, p)], pos)
            return chosen.key if chosen else None

        # Each trigger's clause; dates in a clause that yields a fact belong to that fact alone.
        claimed: list[tuple[int, int]] = []
        arrived_on: list[DateMention] = []  # days of arrival reported in this sentence
        pending: list[tuple[object, int, int, int]] = []  # (fact, lo, hi, trigger pos) still undated

        def date_for(lo, hi, ts, dates=dates):
            own = _best_date(within(dates, lo, hi), ts)
            return own, own is None

        meeting_segments = _segments_for(
            triggers("meeting", sent.start, sent.end), sent.start, sent.end, verb_final, text
        )
        first_trigger = min(
            (t[0] for kind in ("meeting", "visit", "signing") for t in triggers(kind, sent.start, sent.end)),
            default=sent.end,
        )
        for lo, hi, ts, _te in meeting_segments:
            who = participants(lo, hi)
            if negated(lo, hi) or find.search(NAMED_TALKS, max(lo, ts - 20), min(hi, _te + 12)):
                continue  # "urged all parties to restart the six-party talks"
            seg_text = text[lo:hi]
            date, undated = date_for(lo, hi, ts)
            since = SINCE.search(seg_text)
            sentence_people = _distinct(m.key for m in persons)
            if len(who) >= 3:
                # "Xi said on Tuesday that Wang had met Ri": the speaker reports, he did not take part
                speakers = {
                    m.key
                    for m in within(persons, lo, ts)
                    if find.search(REPORTING, m.end, min(m.end + 30, ts)) is not None
                }
                if len(set(who) - speakers) >= 2:
                    who = [k for k in who if k not in speakers]
            if (
                len(who) == 1
                and lo > sent.start
                and persons
                and persons[0].start < min(lo, first_trigger)
                and _CONTINUED.search(text, max(lo, ts - 40), ts)
            ):
                # "Ia disambut oleh Ri Jong Ok, kemudian diterima oleh Kim Il Sung", "Kim arrived in
                # Beijing and met Xi": a later clause with one person continues the sentence's subject.
                subject = persons[0].key
                if subject not in who and not (role_hint and _in_role_phrase(text, persons[0], sent.start)):
                    who = [subject, *who]
            if len(who) < 2 and find.search(BOTH_SIDES, lo, hi):
                if events.meetings:
                    prev = events.meetings[-1]
                    if prev.sentence == idx:
                        # "X was welcomed by Y, and the two leaders then held talks in Pyongyang": the
                        # same meeting, which this clause may place
                        prev.place = prev.place or pick_place(within(places, lo, hi), ts)
                        claimed.append((lo, hi))
                        continue
                    who = list(events.meetings[-1].participants)  # "the two leaders then held talks"
                else:
                    # "两国领导人当天举行会谈" after an arrival and a welcome: the last person named
                    # of each of the last two countries
                    who = _last_of_two_countries(result.mentions, lo, entries) or who
            if len(who) < 2 and since and len(sentence_people) >= 2:
                # "…, their first summit since 2019": an earlier meeting of the sentence's people.
                year = next((d for d in within(all_dates, lo, hi) if d.precision == YEAR), None)
                if year is not None:
                    events.meetings.append(MeetingFact(sentence_people, year, None, "talks", idx, sent.start, sent.end))
                    claimed.append((lo, hi))
                continue
            if len(who) < 2:
                # "Das Gespräch fand am Freitag statt": a date for the meeting just reported.
                if not who and date and events.meetings and events.meetings[-1].date is None:
                    events.meetings[-1].date = date
                    claimed.append((lo, hi))
                continue
            # The host is the one person before the verb; in Korean and Japanese, the first named.
            host = [m.key for m in within(persons, lo, ts) if m.key in who][: 1 if verb_final else None]
            if len(who) >= 3 and len(set(host)) == 1 and find.search(SEPARATELY, lo, hi):
                # "Xi separately met Choe and Kim", "分别会见了": one meeting with each guest
                groups = [[host[0], guest] for guest in who if guest != host[0]]
            else:
                groups = [who]
            kind = (
                "banquet"
                if find.search(BANQUET, lo, hi)
                else "reception"
                if find.search(RECEPTION, lo, hi)
                else "talks"
            )
            place, is_planned = pick_place(within(places, lo, hi), ts), planned(lo, hi, ts)
            for group in groups:
                fact = MeetingFact(group, date, place, kind, idx, sent.start, sent.end, planned=is_planned)
                events.meetings.append(fact)
                if undated:
                    pending.append((fact, lo, hi, ts))
            claimed.append((lo, hi))

        for lo, hi, ts, te in _segments_for(
            triggers("visit", sent.start, sent.end), sent.start, sent.end, verb_final, text
        ):
            if _anaphoric(text, ts, te, lo):
                continue  # "during the visit", "Kunjungan itu": the trip already reported
            seg_places = within(places, lo, hi)
            seg_persons = [m for m in within(persons, lo, hi) if not (role_hint and _in_role_phrase(text, m, lo))]
            if not seg_persons and len({p.key for p in persons}) == 1:
                seg_persons = persons  # "Arrived on Friday via Tumen, Kim went on to …": the sentence's one person
            implied = _implied_destination(text[ts:te], entries)
            arrived = _arrival_before(text, sent.start, ts, te, dates, narrative)
            if arrived is not None and not seg_places and not implied:
                # "…, a day after Kim arrived": the arrival dates the trip already reported
                travellers = {m.key for m in seg_persons or persons}
                prior = next((v for v in reversed(events.visits) if v.visitor in travellers), None)
                if prior is not None and (prior.date is None or prior.date.precision != DAY):
                    prior.date = arrived
                continue
            if not seg_places and not implied and dateline_place is not None and ARRIVAL.match(text, ts):
                seg_places = [dateline_place]  # "PYONGYANG, Jan. 24 — Wang, who arrived on Wednesday"
            if not seg_persons or negated(lo, hi) or not (seg_places or implied):
                continue
            # The destination is the nearest place that someone in the clause travelled to
            # from another country ("presiden Tiongkok ... ke Pyongyang": not China).
            candidates = [implied] if implied else sorted(seg_places, key=lambda p: abs(p.start - ts))
            dest = visitor = None
            for cand in candidates:
                country = entries[cand.key].country
                travellers = [p for p in seg_persons if entries[p.key].country and entries[p.key].country != country]
                if travellers:
                    # The subject before the verb ("Choe … arrived as the first envoy Kim has sent")
                    before = [p for p in travellers if p.start < ts] if not verb_final else []
                    # "… to visit North Korea since President Xi Jinping in 2019": Xi's visit
                    recalled = [p for p in travellers if SINCE_PERSON.search(text, max(lo, p.start - 30), p.start)]
                    dest, visitor = cand, _nearest(recalled or before or travellers, ts)
                    break
            if dest is None:
                continue
            date, undated = (arrived, False) if arrived is not None else date_for(lo, hi, ts)
            if (
                date is not None
                and date.precision == DAY
                and find.search(DEPARTURE, lo, hi)
                and not find.search(ARRIVAL, lo, hi)
            ):
                # "left Pyongyang on Friday after a two-day visit": the trip is that month, not that day
                date = DateMention(date.start, date.end, date.date.replace(day=1), MONTH, date.text, date.relative)
            status = "planned" if planned(lo, hi, ts) else "reported"
            fact = VisitFact(visitor.key, dest.key, date, status, idx, sent.start, sent.end)
            events.visits.append(fact)
            if date is not None and date.precision == DAY and ARRIVAL.match(text, ts, te):
                arrived_on.append(date)
            claimed.append((lo, hi))
            if undated:
                pending.append((fact, lo, hi, ts))

        for lo, hi, ts, _te in _segments_for(
            triggers("signing", sent.start, sent.end), sent.start, sent.end, verb_final, text
        ):
            if find.search(NOT_AN_AGREEMENT, lo, hi):
                continue  # "the anniversary of the signing", "署名文章" (a bylined article)
            who = participants(lo, hi)
            if not who:  # states sign too: "China and North Korea signed …"
                who = _distinct(m.key for m in within(places, lo, hi) if m.label == COUNTRY)
            if not who and events.meetings and find.search(BOTH_SIDES, lo, hi):
                who = list(events.meetings[-1].participants)  # "the two sides signed …" after their talks
            if not who or negated(lo, hi):
                continue
            date = _best_date(within(dates, lo, hi), ts)
            if date is None and events.meetings and set(who) <= set(events.meetings[-1].participants):
                date = events.meetings[-1].date  # "after the talks, the two signed …"
            topics = re.findall(r"[“\"«「『]([^”\"»」』]{3,200})[”\"»」』]", text[lo:hi])
            events.agreements.append(
                AgreementFact(who, date, pick_place(within(places, lo, hi), ts), topics, idx, sent.start, sent.end)
            )

        # Facts whose clause gave no date take the nearest date of the sentence that no other
        # fact's clause claims, else the article's narrative date.
        for fact, lo, hi, ts in pending:
            free = [
                d for d in dates if not any(clo <= d.start < chi and (clo, chi) != (lo, hi) for clo, chi in claimed)
            ]
            own = _best_date(free, ts)
            if own is None and narrative is not None and find.search(DAY_BEFORE, lo, hi):
                # "전날 베이징에 도착했다", "had arrived the day before": a day before the story's date
                own = DateMention(
                    narrative.start, narrative.end, narrative.date - dt.timedelta(days=1), DAY, narrative.text, True
                )
            if own is None and arrived_on and isinstance(fact, MeetingFact):
                own = arrived_on[-1]  # "arrived on Thursday and met Choe": the day of arrival
            if own is None and narrative is not None and find.search(SAME_DAY, sent.start, sent.end):
                own = narrative  # "held talks the same day", "当天"
            if own is None and narrative is not None and find.search(AIRPORT, lo, hi):
                own = narrative  # welcomed at the airport: the day of arrival
            if own is None and narrative is not None and narrative_multi_day and not isinstance(fact, VisitFact):
                # Talks "during the four-day visit" with no day of their own: only the month is known.
                own = DateMention(
                    narrative.start, narrative.end, narrative.date.replace(day=1), MONTH, narrative.text, True
                )
            fact.date = own or narrative

        if commodities:
            events.trade_items.extend(
                _trade(text, sent, idx, commodities, places, mentions, dates, entries, verb_final, triggers)
            )

        if any(d.precision == DAY for d in dates):
            narrative = max((d for d in dates if d.precision == DAY), key=lambda d: d.start)
            narrative_multi_day = find.search(MULTI_DAY, sent.start, sent.end) is not None

    return consolidate(events, lambda key: entries[key].country if key in entries else "")


# Words that name the destination themselves: 訪中 "visit to China", 방북 "visit to the North".
_IMPLIED = {"CN": re.compile(r"訪中|访华|訪華|방중|来华|來華"), "KP": re.compile(r"訪朝|访朝|방북")}


def _implied_destination(trigger: str, entries: dict[str, GazetteerEntry]) -> Mention | None:
    for code, rx in _IMPLIED.items():
        entry = entries.get(f"country:{code}")
        if entry is not None and rx.search(trigger):
            return Mention(entry.key, COUNTRY, entry.name, 0, 0, trigger, -1)
    return None


def _locative(text: str, m: Mention) -> bool:
    return bool(
        LOCATIVE_BEFORE.search(text[max(0, m.start - 12) : m.start]) or LOCATIVE_AFTER.match(text[m.end : m.end + 3])
    )


_FROM_BEFORE = re.compile(r"(?:\b(?:from|dari|desde|de|du|des|aus|von|из)\s+|从|從|自)$", re.IGNORECASE)
_TO_BEFORE = re.compile(r"(?:\b(?:to|ke|kepada|a|al|à|au|aux|nach|an|в)\s+|向|对|對|往)$", re.IGNORECASE)
_FROM_AFTER = re.compile(r"^(?:에서|로부터|から)")
_TO_AFTER = re.compile(r"^(?:에|에게|으로|로|へ|に)(?![가-힣])")
_SUBJECT_AFTER = re.compile(r"^(?:은|는|이|가|は|が|측은)(?![가-힣])")


def _trade(text, sent, idx, commodities, places, mentions, dates, entries, verb_final, triggers) -> list[TradeFact]:
    """Direction from export/import words and the countries in their clause; status from sanction
    words that are not negated ("not covered by sanctions") and are not part of a name ("ban karet")."""
    s_text = sent.text
    spans = [(m.start, m.end) for m in mentions]
    countries = [p for p in places if entries[p.key].country]
    triggers = sorted(
        [(s, e, "export") for s, e in triggers("export", sent.start, sent.end)]
        + [(s, e, "import") for s, e in triggers("import", sent.start, sent.end)]
    )
    out = []
    if not triggers:
        return out
    segments = _segments_for([(s, e) for s, e, _k in triggers], sent.start, sent.end, verb_final, text)
    sanction_hits = [
        (sent.start + m.start(), sent.start + m.end())
        for m in SANCTION.finditer(s_text)
        if not any(ms <= sent.start + m.start() < me for ms, me in spans)
        and not re.search(
            r"(?:\b(?:not|no|never|tidak|bukan|non|ni|nicht|kein\w*|не)\b[^.,;]{0,45}|不|未|않)$",
            text[max(sent.start, sent.start + m.start() - 55) : sent.start + m.start()],
            re.IGNORECASE,
        )
    ]
    previous = None
    for (lo, hi, ts, te), (_s, _e, kind) in zip(segments, triggers, strict=True):
        seg_countries = sorted(
            [c for c in countries if lo <= c.start < hi] + _demonyms(text, lo, hi, entries), key=lambda c: c.start
        )
        if not seg_countries and previous is not None:
            # "… shipments to China are wigs made from imported hair, and ferrosilicon": a trade
            # word with no country of its own continues the clause before it.
            kind, ts, te, seg_countries = previous
        elif seg_countries:
            previous = (kind, ts, te, seg_countries)
        seg_sanction = [h for h in sanction_hits if lo <= h[0] < hi]
        status = "traded"
        if seg_sanction:
            status = "capped" if any(CAP.match(text[s:e]) for s, e in seg_sanction) else "banned"
        for com in (c for c in commodities if lo <= c.start < hi):
            exporter, importer = _direction(text, kind, ts, te, seg_countries, entries)
            if not exporter and not importer:
                continue
            entry = entries[com.key]
            out.append(
                TradeFact(
                    com.key,
                    entry.name,
                    entry.hs_code,
                    exporter,
                    importer,
                    status,
                    _best_date(dates, com.start),
                    idx,
                    sent.start,
                    sent.end,
                )
            )
    return out


# Nationality words that say whose goods they are: "Chinese exports", "North Korean coal".
_DEMONYM = {
    "CN": re.compile(r"\b(?:Chinese|China's|chinois\w*|chin[oa]s?|chinesisch\w*|китайск\w*)\b|중국산|中国产|中國產"),
    "KP": re.compile(
        r"\b(?:North Korean|North Korea's|DPRK's|nord-coréen\w*|norcorean[oa]s?|nordkoreanisch\w*|северокорейск\w*)\b"
        r"|북한산|朝鲜产|朝鮮產|北朝鮮産"
    ),
}


def _demonyms(text: str, lo: int, hi: int, entries) -> list[Mention]:
    found = []
    for code, rx in _DEMONYM.items():
        entry = entries.get(f"country:{code}")
        if entry is None:
            continue
        for m in rx.finditer(text, lo, hi):
            found.append(Mention(entry.key, COUNTRY, entry.name, m.start(), m.end(), m.group(), -1))
    return sorted(found, key=lambda m: m.start)


def _direction(text, kind, ts, te, countries, entries) -> tuple[str, str]:
    """(exporter, importer) for a trade clause: "from X" / "X에서" name the exporter, "to X" /
    "X에" / "对X" the importer, and otherwise the clause's subject (the country before the
    trigger, or marked 은/는/は) does the exporting or importing."""
    src = dst = subject = ""
    for c in countries:
        code = entries[c.key].country
        left, right = text[max(0, c.start - 10) : c.start], text[c.end : c.end + 4]
        if _FROM_BEFORE.search(left) or _FROM_AFTER.match(right):
            src = src or code
        elif _TO_BEFORE.search(left) or _TO_AFTER.match(right):
            dst = dst or code
        elif _SUBJECT_AFTER.match(right):
            subject = subject or code
    if not subject:
        free = [c for c in countries if entries[c.key].country not in (src, dst)]
        before = [c for c in free if c.end <= ts]
        after = [c for c in free if c.start >= te]
        pick = before[-1] if before else (after[0] if after else None)
        subject = entries[pick.key].country if pick else ""
    if kind == "export":
        exporter, importer = src or subject, dst
    else:
        importer, exporter = dst or subject, src
    if not exporter and importer:
        others = {entries[c.key].country for c in countries} - {importer}
        exporter = others.pop() if len(others) == 1 else ""
    if not importer and exporter:
        others = {entries[c.key].country for c in countries} - {exporter}
        importer = others.pop() if len(others) == 1 else ""
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


def _states_only(keys) -> bool:
    return all(k.startswith("country:") for k in keys)


def _same_signing(a: AgreementFact, b: AgreementFact, country_of) -> bool:
    """The same signatories, or "China and North Korea signed …" and "Zhou Enlai and Kim Il Sung
    signed the treaty": the states and the people of exactly those states who signed for them."""
    if set(a.signatories) == set(b.signatories):
        return True
    for states, people in ((a, b), (b, a)):
        if _states_only(states.signatories) and not _states_only(people.signatories) and len(people.signatories) >= 2:
            codes = {k.removeprefix("country:") for k in states.signatories}
            if {country_of(k) for k in people.signatories} == codes:
                return True
    return False


def consolidate(events: Events, country_of=lambda key: "") -> Events:
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
        if v.destination and same.destination and v.destination != same.destination:
            # Several places on one trip: the trip is to their country.
            same.destination = f"country:{country_of(v.destination)}" if country_of(v.destination) else same.destination
        else:
            same.destination = same.destination or v.destination
    agreements: list[AgreementFact] = []
    for a in events.agreements:
        same = next((o for o in agreements if _same_signing(o, a, country_of) and _compatible(o.date, a.date)), None)
        if same is None:
            agreements.append(a)
            continue
        if _states_only(same.signatories) and not _states_only(a.signatories):
            same.signatories = a.signatories  # the people who signed for the states
        same.date = _finer(same.date, a.date)
        same.place = _specific_place(same.place, a.place)
        same.topics = same.topics or a.topics
    trade: list[TradeFact] = []
    for t in events.trade_items:
        same = next((o for o in trade if (o.hs_code, o.exporter, o.status) == (t.hs_code, t.exporter, t.status)), None)
        if same is None:
            trade.append(t)
    return Events(meetings, visits, agreements, trade)


# The same lexicons compiled for lower-cased text (see lexicon.lowered): their words are lower
# case, and a case-sensitive search of lowered text is several times faster than IGNORECASE.
_LOWER = {
    rx: re.compile(rx.pattern)
    for rx in (
        PLANNED,
        NEGATED,
        BANQUET,
        RECEPTION,
        FUTURE_CUES,
        BOTH_SIDES,
        SEPARATELY,
        SAME_DAY,
        AIRPORT,
        RELATIVE,
        DAY_BEFORE,
        DEPARTURE,
        ARRIVAL,
        MULTI_DAY,
        NAMED_TALKS,
        NOT_AN_AGREEMENT,
        _ROLE_HINT,
    )
}
