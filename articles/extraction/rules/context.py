"""What every rule reads, computed once per article: the sentences with their mentions, dates,
trigger words, quotations, background phrases and subject, and the story's running state.

``Article`` holds the whole text; ``Sent`` one sentence. The rules never search the text for a
name or a date again: they take them from here.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from .. import cues
from ..dates import DAY, DateMention, find_dates
from ..lexicon import compile_fast, lowered
from ..types import COMMODITY, COUNTRY, ORGANIZATION, PERSON, PLACE, ExtractionResult, GazetteerEntry, Mention

VERB_FINAL = {"ko", "ja"}
# Languages that drop a subject the reader already knows ("El jueves se reunió con …", "金永南氏とも会い").
PRO_DROP = {"ko", "ja", "zh", "es", "id"}


class TriggerIndex:
    """The trigger words of every kind found in one pass over the article (one regex with a
    named group per kind, on the lower-cased text); sentences take their slice."""

    KINDS = ("meeting", "visit", "signing", "export", "import")

    def __init__(self, text: str):
        low = lowered(text)
        found: dict[str, list[tuple[int, int]]] = {k: [] for k in self.KINDS}
        for m in cues.ALL_TRIGGERS.finditer(low) if low is not None else cues.ALL_TRIGGERS_CI.finditer(text):
            found[m.lastgroup.removesuffix("_u")].append(m.span())
        if "zusammen" in text:
            found["meeting"].extend(m.span() for m in cues.SEPARABLE_MEETING.finditer(text))
        if " ein" in text or " an" in text:
            arrivals = [m.span() for m in cues.SEPARABLE_ARRIVAL.finditer(text)]
            found["visit"].extend(arrivals)  # "traf … in Pjöngjang ein" arrived: not "traf" (met)
            found["meeting"] = [sp for sp in found["meeting"] if sp not in arrivals]
        self.spans = {k: _merge_overlapping(v) for k, v in found.items()}
        self.starts = {name: [s for s, _e in spans] for name, spans in self.spans.items()}
        self._memo: dict[tuple[str, int, int], list[tuple[int, int]]] = {}

    def __call__(self, name: str, start: int, end: int) -> list[tuple[int, int]]:
        key = (name, start, end)
        found = self._memo.get(key)
        if found is None:
            spans, starts = self.spans[name], self.starts[name]
            found = self._memo[key] = [
                sp for sp in spans[bisect_left(starts, start) : bisect_left(starts, end)] if sp[1] <= end
            ]
        return found


def _merge_overlapping(matches: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(matches):
        if merged and s <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


# --- datelines and report dates ---------------------------------------------------------------

_DATELINE = compile_fast(
    r"^\s*(?:"
    r"(?:[A-Z][\w.]*\.(?:com|co\.id|id|net|org)\s*,\s*)?[A-ZÀ-ÞА-ЯЁ][A-Za-zÀ-ÿА-Яа-яЁё .'’-]{1,30}"
    r"(?:\s*\([^)\n]{1,30}\))?[,.]?\s*(?:[^\n—–]{0,30}?\s*)?(?:—|–|--|-|\.-)\s"
    r"|[A-ZÀ-ÞА-ЯЁ][A-Za-zÀ-ÿА-Яа-яЁё .'’-]{1,30}[,.]\s*\d{1,2}\s+[а-яё]+\.\s*(?:/?[A-ZА-ЯЁ]{2,8}/?\.\s*)?"
    r"|\([^)\n]{1,30}\)\s*(?:[A-Z][a-z]{2,4}\.?\s+\d{1,2}\s*(?:—|–|-)\s)?"
    r"|[^\n，,。]{0,12}(?:新华社|新華社|中評社|中评社)[^\n电電]{0,20}[电電][/(（]?(?:[^)）\n]{0,20}[)）])?"
    r"|（[^）\n]{1,30}）|【[^】\n]{1,30}】"
    r")"
)


def dateline_end(text: str) -> int:
    """End of a wire dateline ("BEIJING, Oct. 5 — ", "Pekín, 17 ago.- ", "СЕУЛ, 2 сентября. /ТАСС/.",
    "新华社北京3月28日电", "【北京=島田学】", "(Yicai Global) Aug. 15 — "), else 0."""
    m = _DATELINE.match(text[:160])
    return m.end() if m else 0


def is_report_date(text: str, d: DateMention) -> bool:
    """ "… 10일 보도했다", "KCNA reported on Friday", "said Friday", "informó hoy", "am Dienstag
    bekannt gab", "週六(3/23)發表聲明稱": the date of the report, not of the event."""
    after = text[d.end : d.end + 14]
    before = text[max(0, d.start - 20) : d.start]
    if cues.REPORTING.match(after.lstrip(" ")) or _REPORT_AFTER.match(after):
        return True
    if _ANNOUNCED_BY.search(text, max(0, d.start - 160), d.start):
        return True  # "demikian diumumkan juru bicara … di Beijing pada hari Sabtu"
    return bool(_REPORT_BEFORE.search(before))


_REPORT_AFTER = compile_fast(
    r"\s*(?:에|に)?\s*(?:\(\S{1,12}\)\s*)?(?:[^\s,.]{0,6}\s)?(?:보도|밝혔|전했|発表|報じ|伝え|發表|发表|报道|報導)"
    r"|\s*(?:bekannt|mitteilte|mitgeteilt)"
    # "中朝双方18日同时发布了这一消息": the day the news was released
    r"|\s*(?:同时|同時)?\s*(?:发布|發布|公布|宣布)"
)
_ANNOUNCED_BY = compile_fast(
    r"\b(?:diumumkan|disampaikan|announced by|anunciado por|annoncé par|bekanntgegeben von)\b[^.;]{0,140}?"
    r"\b(?:pada|on|el|le|am)\s+(?:hari\s+)?$",
    re.IGNORECASE,
)
_REPORT_BEFORE = compile_fast(
    r"(?:reported|said|announced|told reporters|informó|anunció|dijo|a annoncé|a indiqué|ungkap\s+\S+(?:\s+\S+){0,3}\s+pada"
    r"|kata\s+\S+(?:\s+\S+){0,3},?|lapor\s+\S+,?|meldete|berichtete)\s+(?:on\s+|pada\s+|el\s+|le\s+|am\s+)?$",
    re.IGNORECASE,
)


# --- quotations and background ------------------------------------------------------------------

_QUOTE = compile_fast(
    r"“[^”]{0,600}”|\"[^\"\n]{0,600}\"|«[^»]{0,600}»|„[^“”]{0,600}[“”]|「[^」]{0,600}」|『[^』]{0,600}』"
)
_TITLE = compile_fast(r"《[^》]{0,200}》|〈[^〉]{0,200}〉|‘[^’]{0,120}’")
_CLAUSE_END = compile_fast(r"[,;:，；：、]|\s[–—]\s|\.\s|$")


_DATE_APPOSITION = compile_fast(
    r",\s*(?:in|on|pada|bulan|en|el|im|am|в)\s+(?:\w+\s+)?(?:1[89]|20)\d\d\b", re.IGNORECASE
)
_HAS_CJK = compile_fast(r"[\u3040-\u9fff\uac00-\ud7a3]")
_TOPIC_MARK = compile_fast(r"(?<=[\u3040-\u9fff])は|(?<=[가-힣])(?:은|는)\s")


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
    for rx in (cues.RELATIVE_LEAD, cues.LAST_EVENT):
        if not find.search(cues.BACKGROUND_HINT, lo, hi):
            break
        for m in find.finditer(rx, lo, hi):
            end = _CLAUSE_END.search(text, m.end(), hi)
            if end and _DATE_APPOSITION.match(text, end.start(), hi):
                # "Kim's two visits to China, in May 2000 and January 2001": the dates are the phrase's
                end = _CLAUSE_END.search(text, end.end() + 1, hi)
            spans.append((m.start(), min(hi, end.start() if end else hi, m.end() + 120)))
    for m in cues.CJK_SINCE.finditer(text, lo, hi) if _HAS_CJK.search(text, lo, hi) else ():
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


# --- attributive country names ------------------------------------------------------------------

_ATTRIBUTIVE_AFTER = compile_fast(
    r"^(?:['’]s)?\s*(?:state |official |foreign |top |senior |government |ruling |communist |national |new )?"
    r"(?:media|news|newspaper|agency|officials?|leaders?|leadership|government|side|delegation|embassy|ambassador|"
    r"diplomats?|counterpart|president|premier|prime minister|minister|ministry|authorities|customs|company|companies|"
    r"firms?|troops|army|war|peninsula|party|regime|people|nationals|workers|citizens|state)\b"
    r"|^\s?(?:측|정부|당국|매체|언론|대표단|대사|총리|주석|국가주석|외무성|외교부|노동당|공산당|군|인민|주민|기업|세관|해관|전쟁|반도)"
    r"|^(?:外交部|国家主席|國家主席|总理|總理|官方|官媒|媒体|媒體|政府|代表团|代表團|大使|外长|外長|领导人|領導人|共产党|共產黨|"
    r"劳动党|勞動黨|方面|方|海关|海關|人民|军|軍|外务省|外務省|国営|政府|当局|の指導者|驻|駐|战争|戰爭|戦争|戦|半岛|半島|"
    r"国家元首|國家元首|元首|亲王|親王|国王|國王|国务委员|國務委員|外交部长|外交部長|副总理|副總理|副主席|驻华|駐華)"
    # the Korean War and the peninsula in the other languages: "guerra de Corea", "guerre de Corée", "Koreakrieg"
    r"|^[-\s]?(?:krieg|kriegs)",
    re.IGNORECASE,
)
_ATTRIBUTIVE_BEFORE = compile_fast(
    r"(?:\b(?:guerra de|guerre de|péninsule de|península de|perang|semenanjung|"
    r"dubes|duta besar|presiden|menteri(?: luar negeri)?|perdana menteri|pemimpin|wakil \w+|pejabat|media|"
    r"kantor berita|pemerintah|delegasi|embajador|presidente|ministro|canciller|ambassadeur|ministre|président|"
    r"Botschafter|Präsident|Minister|посол|президент|министр|лидер|служба|министерство|агентство|посольство|"
    r"ministry of|embassy of|agency of|government of)\s+)$",
    re.IGNORECASE,
)


_PLACE_BODY = compile_fast(
    r"^(?:省|市|道)?(?:人民委員會|人民委员会|人民政府|政府|党委|黨委)|^\s?(?:시|도)?\s?인민위원회|^\s+(?:City|Provincial)\s+(?:People's\s+)?Committee",
)


_LOCATIVE_BEFORE = compile_fast(r"(?:\b(?:in|at|en|à|di|im|в)\s+|在|於)$")


def attributive(text: str, m: Mention) -> bool:
    """A country named as a nationality or an owner, not as a place: "South Korean media",
    "the Korean Peninsula", "Dubes Cina Wang Yajun", "중국 공산당", "北韓官媒"."""
    if m.label == PLACE:
        # a place in the name of a body: "平安北道人民委員會", "遼寧省政府", "Pyongyang City People's Committee"
        return bool(_PLACE_BODY.match(text[m.end : m.end + 24]))
    if m.label != COUNTRY:
        return False
    before = text[max(0, m.start - 30) : m.start]
    # (both patterns before the name end with a space or 在/於: test that first, it is cheap)
    spaced = before[-1:].isspace()
    if (spaced or before[-1:] in ("在", "於")) and _LOCATIVE_BEFORE.search(before[-5:]):
        return False  # "在朝鲜外务省签署": at the ministry, in that country
    return bool(_ATTRIBUTIVE_AFTER.match(text[m.end : m.end + 30]) or (spaced and _ATTRIBUTIVE_BEFORE.search(before)))


# --- the sentence and the article -----------------------------------------------------------------

# a name, perhaps its titles ("자오러지 전국인민대표대회 상무위원장이"), then the particle
_KO_TOPIC = compile_fast(r"^[가-힣\s·]{0,30}?(?:은|는|께서는|측은)(?![가-힣])")
_KO_SUBJECT = compile_fast(r"^[가-힣\s·]{0,30}?(?:이|가|께서)(?![가-힣])")
_JA_SUBJECT = compile_fast(r"^(?:\([^)]{0,20}\))?[^\s、。「」]{0,10}?は")
_ZH_SUBJECT_BREAK = compile_fast(r"[，,。；;：:]")


class Sent:
    """One sentence: its mentions and dates, and (computed when a rule first asks) its background
    phrases, quotations, document titles and subject."""

    def __init__(self, art: Article, idx: int, start: int, end: int, mentions, dates, all_dates, quotes):
        self.art, self.idx, self.start, self.end = art, idx, start, end
        self.mentions: list[Mention] = mentions
        self.dates: list[DateMention] = dates  # event dates (not report dates, not the dateline)
        self.all_dates: list[DateMention] = all_dates
        self.quotes: list[tuple[int, int]] = quotes
        self.persons = [m for m in mentions if m.label == PERSON]
        self.commodities = [m for m in mentions if m.label == COMMODITY]
        self._background: list[tuple[int, int]] | None = None
        self._titles: list[tuple[int, int]] | None = None
        self._topic: str | None | bool = False  # False: not computed yet
        self._role_hint: bool | None = None
        self._speech_hint: bool | None = None
        self._locatable: list[Mention] | None = None
        self._clauses: dict[str, list[tuple[int, int, int, int]]] = {}
        self._subordinate: list[tuple[int, int]] | None = None

    @property
    def background(self) -> list[tuple[int, int]]:
        if self._background is None:
            names = [(m.start, m.end) for m in self.mentions]
            self._background = background_spans(self.art.text, self.start, self.end, names, self.art.find)
            self._background.extend(_listed_dates(self.art.text, self.dates))
        return self._background

    @property
    def titles(self) -> list[tuple[int, int]]:
        """《…》, 〈…〉, ‘…’: the titles of documents."""
        if self._titles is None:
            self._titles = [(q.start(), q.end()) for q in _TITLE.finditer(self.art.text, self.start, self.end)]
        return self._titles

    @property
    def topic(self) -> str | None:
        """The sentence's subject, when a person."""
        if self._topic is False:
            self._topic = _subject(self.art, self) if self.persons else None
        return self._topic

    @property
    def role_hint(self) -> bool:
        """Whether any word of a role phrase ("letter from", "의 특사로") occurs in the sentence."""
        if self._role_hint is None:
            from .participants import ROLE_HINT

            self._role_hint = self.art.find.search(ROLE_HINT, self.start, self.end) is not None
        return self._role_hint

    @property
    def locatable(self) -> list[Mention]:
        """The sentence's places that can be where something happened (Article.places)."""
        if self._locatable is None:
            self._locatable = self.art._locatable(self)
        return self._locatable

    @property
    def speech_hint(self) -> bool:
        """Whether the sentence reports speech ("said", "according to", "表示", "밝혔다")."""
        if self._speech_hint is None:
            self._speech_hint = self.art.find.search(cues.SPEECH_HINT, self.start, self.end) is not None
        return self._speech_hint

    @property
    def organizations(self) -> list[Mention]:
        return [m for m in self.mentions if m.label == ORGANIZATION]

    def in_background(self, pos: int) -> tuple[int, int] | None:
        spans = self.background
        if not spans:
            return None
        return next(((s, e) for s, e in spans if s <= pos < e), None)

    def in_quote(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.quotes)

    @property
    def subordinate(self) -> list[tuple[int, int]]:
        """Stretches that are not an event's own clause: what someone said, a comparison, a clause
        of something else at the same time (cues.SUBORDINATE), each to the next clause break; in
        Korean and Japanese what was said, before the verb of saying."""
        if self._subordinate is None:
            text, spans = self.art.text, []
            for m in _STRETCHES.finditer(text, self.start, self.end):  # one pass for every kind of stretch
                if m.lastgroup == "ahead":
                    brk = _SUB_END.search(text, m.end(), self.end)
                    spans.append((m.start(), brk.start() if brk else self.end))
                elif m.lastgroup == "speech":
                    spans.append((m.start(), self.end))
                else:  # postpositions: back to the clause break
                    brk = max([self.start, *(text.rfind(c, self.start, m.start()) + 1 for c in ",，、")])
                    spans.append((brk, m.end()))
            if self.art.verb_final:
                for m in cues.SAID_AFTER.finditer(text, self.start, self.end):
                    words = [e for k in TriggerIndex.KINDS for _s, e in self.art.triggers(k, self.start, m.start())]
                    brk = max([self.start, *words, *(text.rfind(c, self.start, m.start()) + 1 for c in ",，、")])
                    spans.append((brk, m.end()))
            self._subordinate = spans
        return self._subordinate

    def in_subordinate(self, pos: int, ts: int) -> bool:
        """Whether ``pos`` and the trigger at ``ts`` are on two sides of a subordinate stretch: one in
        it, the other not ("表示金正恩…访华期间同习近平举行会谈": Wang Yi, who said it, is not at the talks)."""
        return any((s <= pos < e) != (s <= ts < e) for s, e in self.subordinate)


# Stretches that run to the next clause break ("ahead"), to the sentence's end ("speech"), or back
# to the previous break ("back"), found in one pass.
_STRETCHES = compile_fast(
    f"(?P<speech>{cues.SPEECH.pattern})"
    f"|(?P<ahead>{cues.SUBORDINATE.pattern}|{cues.PRESENCE.pattern}|{cues.DURING.pattern})"
    f"|(?P<back>{cues.PRESENCE_AFTER.pattern}|{cues.DURING_AFTER.pattern})",
    re.IGNORECASE,
)
_SUB_END = compile_fast(r"[,;:，；：。]|\s[–—]\s")


def within(items, lo: int, hi: int) -> list:
    return [x for x in items if lo <= x.start < hi]


def nearest(items, pos: int):
    return min(items, key=lambda x: abs(((x.start + x.end) // 2) - pos)) if items else None


def distinct(keys) -> list[str]:
    seen: dict[str, None] = {}
    for k in keys:
        seen.setdefault(k, None)
    return list(seen)


@dataclass
class Article:
    text: str
    language: str
    published: dt.date | None
    result: ExtractionResult
    entries: dict[str, GazetteerEntry]
    find: cues.Finder
    triggers: TriggerIndex
    dateline: int
    sentences: list[Sent] = field(default_factory=list)
    dateline_place: Mention | None = None
    pair: tuple[str, str] = ("CN", "KP")  # the two countries the article is about
    compounds: dict[tuple[int, int], list[str]] = field(default_factory=dict)  # "習金會": its two people
    sanctions: tuple = ()  # the gazetteer's SanctionRules
    report_dates: dict[int, list[DateMention]] = field(default_factory=dict)  # by sentence: "KCNA reported on the 3rd"
    dateline_date: DateMention | None = None  # "СЕУЛ, 2 сентября. /ТАСС/."
    memo: dict = field(default_factory=dict)  # answers a rule computes once per article

    @property
    def verb_final(self) -> bool:
        return self.language in VERB_FINAL

    @property
    def pro_drop(self) -> bool:
        return self.language in PRO_DROP

    def country_of(self, key: str | None) -> str:
        if not key:
            return ""
        entry = self.entries.get(key)
        return entry.country if entry is not None else ""

    def places(self, sent: Sent, lo: int, hi: int) -> list[Mention]:
        """Places of a clause that can be where something happened: not "South Korean media", not
        a name inside a document's title ("《中朝图们—南阳口岸…协定》")."""
        return [m for m in sent.locatable if lo <= m.start < hi]

    def _locatable(self, sent: Sent) -> list[Mention]:
        return [
            m
            for m in sent.mentions
            if m.label in (PLACE, COUNTRY)
            and not attributive(self.text, m)
            and not any(s <= m.start < e for s, e in sent.titles)
        ]

    def countries(self, sent: Sent, lo: int, hi: int) -> list[Mention]:
        return [
            m
            for m in within(sent.mentions, lo, hi)
            if m.label == COUNTRY or (m.label == PLACE and self.country_of(m.key))
        ]

    def sentence_at(self, pos: int) -> Sent | None:
        starts = [s.start for s in self.sentences]
        i = bisect_right(starts, pos) - 1
        return self.sentences[i] if 0 <= i < len(self.sentences) else None

    def negated(self, lo: int, hi: int, ts: int, te: int) -> bool:
        """A negation governing the trigger: before it in its clause ("did not meet", "没有会见"),
        or after it in verb-final languages ("회담은 열리지 않았다", "会談は行われなかった")."""
        window = (te, min(hi, te + 24)) if self.verb_final else (max(lo, ts - 40), ts)
        for m in self.find.finditer(cues.NEGATED, *window):
            if not cues.NOT_NEGATION.match(self.text, m.start()):
                return True
        if not self.verb_final:
            # "the meeting did not take place", "Ein Treffen … kam … nicht zustande": a negated verb
            # after a meeting noun, in the same clause
            after = self.text[te : min(hi, te + 90)]
            after = re.split(r"[,;:]|\b(?:who|which|that|yang|qui|que|der|die|das|который|которая)\b", after)[0]
            return any(not cues.NOT_NEGATION.match(after, m.start()) for m in cues.NEGATED_AFTER.finditer(after))
        return False

    def planned(self, lo: int, hi: int, ts: int, te: int) -> bool:
        """A plan, expectation or speculation governing the trigger: before it in its clause ("is
        expected to visit", "will lead a delegation"), or after it in verb-final languages
        ("방문할 예정", "訪問する予定"); the trigger in a future tense ("visitará", "посетит",
        "방문한다", "訪問する"); "May 2000" is a month, not "may"."""
        if future_tense(self.language, self.text, ts, te) or _INVITED_TO.search(self.text, max(lo, ts - 60), ts):
            return True
        if self.verb_final:
            lo, hi = te, min(hi, te + 30) if self.language == "ja" else hi
        else:
            rel = self.find.search(cues.RELATIVE, te, hi)
            hi = min(hi, rel.start() if rel else hi)
            hi = min(hi, te + 60)
        for m in self.find.finditer(cues.PLANNED, lo, hi):
            if self.text[m.start() : m.end()] == "May":
                continue
            if (
                self.verb_final
                or m.start() <= ts < m.end()  # the trigger is the planning word itself: "посетит"
                or m.start() < ts
                or self.text[m.start() : m.end()].lower() in {"scheduled", "planned", "expected"}
            ):
                return True
        return False


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
    "ko": compile_fast(r"(?:한다|할|하기로|하겠|합니다|하게 된다|난다|날)(?![가-힣])"),
    "ja": compile_fast(r"(?:する|します|へ)(?!と|際|ため|こと)"),
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


def future_tense(language: str, text: str, ts: int, te: int) -> bool:
    after = _FUTURE_AFTER.get(language)
    if after is not None:
        return bool(after.match(text, te))
    rx = _FUTURE_WORD.get(language)
    if rx is None:
        return False
    if rx.search(text[ts:te]):
        return True
    # the verb before an event noun in the same clause: "effectuera jeudi une visite", "совершит визит"
    before = re.split(r"[,;:]", text[max(0, ts - 50) : ts])[-1]
    return any(rx.search(w) for w in before.split()[-5:])


def _date_report_or_dateline(text: str, d: DateMention, dateline: int) -> bool:
    return d.start < dateline or is_report_date(text, d)


_DATE_LIST_JOIN = compile_fast(r"\s*(?:,|and|or|dan|atau|y|et|und|и|или|と|과|와|및|和|及|、)\s*", re.IGNORECASE)


def _days_of_one_event(a: DateMention, b: DateMention) -> bool:
    """ "on Monday and Tuesday", "8일과 9일": days of one event, not two events recalled."""
    return a.precision == DAY and b.precision == DAY and 0 < abs((b.date - a.date).days) <= 7


def _subject(art: Article, sent: Sent) -> str | None:
    """The person the sentence is about: marked with 은/는/이/가 or は/が in Korean and Japanese,
    else the first person named before the sentence's first trigger word."""
    from .participants import in_role_phrase

    persons = [
        m
        for m in sent.persons
        if not sent.in_background(m.start) and not (sent.role_hint and in_role_phrase(art.text, m, sent.start))
    ]
    if not persons:
        return None
    text = art.text
    if art.language == "ko":
        marked = [m for m in persons if _KO_TOPIC.match(text[m.end : m.end + 34])]
        marked = marked or [m for m in persons if _KO_SUBJECT.match(text[m.end : m.end + 34])]
        return marked[0].key if marked else None
    if art.language == "ja":
        marked = [m for m in persons if _JA_SUBJECT.match(text[m.end : m.end + 14])]
        return marked[0].key if marked else None
    first_trigger = min(
        (t[0] for k in TriggerIndex.KINDS for t in art.triggers(k, sent.start, sent.end)), default=sent.end
    )
    first = persons[0]
    if first.start < first_trigger and not re.search(
        r"\b(?:with|to|by|from|of|dengan|con|avec|mit|с|와|과|与|與|和|同)\s+(?:\S+\s+){0,3}$",
        text[max(sent.start, first.start - 30) : first.start],
        re.IGNORECASE,
    ):
        return first.key
    return None


def build_article(
    text: str,
    result: ExtractionResult,
    entries: dict[str, GazetteerEntry],
    published: dt.date | None,
    language: str,
) -> Article:
    art = Article(
        text=text,
        language=(language or "").split("-")[0],
        published=published,
        result=result,
        entries=entries,
        find=cues.Finder(text),
        triggers=TriggerIndex(text),
        dateline=dateline_end(text),
    )
    starts = [s.start for s in result.sentences]

    def future_at(pos: int) -> bool:
        """A future cue earlier in the same clause ("will visit … on Tuesday"; not "arrived on
        the 11th and will attend …")."""
        i = max(bisect_right(starts, pos) - 1, 0)
        lo = result.sentences[i].start if result.sentences else 0
        end = result.sentences[i].end if result.sentences else len(text)
        brk = max(text.rfind(c, lo, pos) for c in ",;:，；：、")
        if art.find.search(cues.FUTURE_CUES, max(lo, brk + 1), pos) or any(
            text[m.start() : m.end()] != "May"  # the month, not the modal
            for m in art.find.finditer(cues.PLANNED, max(lo, brk + 1), pos)
        ):
            return True
        # an event word of the clause in a future tense: "effectuera jeudi une visite", and in
        # Korean and Japanese the verb after the date ("20日から21日まで…訪問する予定だ")
        nxt = min((j for j in (text.find(c, pos, end) for c in ",;:，；：、。") if j >= 0), default=end)
        span = (pos, nxt) if art.verb_final else (max(lo, brk + 1), nxt)
        if art.verb_final and art.find.search(cues.FUTURE_CUES, *span):
            return True
        words = [w for k in ("meeting", "visit") for w in art.triggers(k, *span)]
        return any(future_tense(art.language, text, s, e) for s, e in words)

    by_sentence: dict[int, list[DateMention]] = {}
    all_by_sentence: dict[int, list[DateMention]] = {}
    previous_report: DateMention | None = None
    for d in find_dates(text, published, language=art.language, future_at=future_at):
        i = max(bisect_right(starts, d.start) - 1, 0)
        all_by_sentence.setdefault(i, []).append(d)
        # "reported on 9 January (Wednesday)": a date in brackets right after a report date is one too
        apposed = previous_report is not None and re.fullmatch(r"\s*[(（]\s*", text[previous_report.end : d.start])
        if d.start < art.dateline and d.precision == DAY and art.dateline_date is None:
            art.dateline_date = d
        if _date_report_or_dateline(text, d, art.dateline) or apposed:
            previous_report = d
            art.report_dates.setdefault(i, []).append(d)
            continue
        previous_report = None
        by_sentence.setdefault(i, []).append(d)
    mentions_by: dict[int, list[Mention]] = {}
    for m in result.mentions:
        if m.start >= art.dateline:
            mentions_by.setdefault(m.sentence, []).append(m)
    art.dateline_place = next((m for m in result.mentions if m.start < art.dateline and m.label == PLACE), None)
    all_quotes = [(q.start(), q.end()) for q in _QUOTE.finditer(text)]  # a quotation may run over sentences
    for i, s in enumerate(result.sentences):
        quotes = [(max(a, s.start), min(b, s.end)) for a, b in all_quotes if a < s.end and s.start < b]
        sent = Sent(
            art, i, s.start, s.end, mentions_by.get(i, []), by_sentence.get(i, []), all_by_sentence.get(i, []), quotes
        )
        art.sentences.append(sent)
    art.pair = _article_pair(art)
    _find_compounds(art)
    return art


_HAN_COMPOUND = compile_fast(r"([\u4e00-\u9fff])([\u4e00-\u9fff])[會会](?![議议长長員员社計计所場场])")


_HAN_NAME = compile_fast(r"[\u4e00-\u9fff]{2,4}")


@lru_cache(maxsize=4096)
def _han_initials_of(name: str) -> frozenset[str]:
    return frozenset(name[:1]) if _HAN_NAME.fullmatch(name) else frozenset()


@lru_cache(maxsize=8192)
def _han_initials(entry: GazetteerEntry | None) -> frozenset[str]:
    """The first characters of a person's names written in two to four Han characters."""
    if entry is None:
        return frozenset()
    return frozenset().union(*(_han_initials_of(a) for a in entry.aliases))


def _find_compounds(art: Article) -> None:
    """ "習金會", "川金会": the first characters of two people's names before 會 name their summit.
    Each character must start the Chinese name of a person the article names."""
    if "會" not in art.text and "会" not in art.text:
        return
    initials: dict[str, set[str]] = {}
    for m in art.result.mentions:
        if m.label != PERSON:
            continue
        entry = art.entries.get(m.key)
        for first in _han_initials(entry) | _han_initials_of(m.text):
            initials.setdefault(first, set()).add(m.key)
    spans = art.triggers.spans["meeting"]
    for m in _HAN_COMPOUND.finditer(art.text):
        a, b = initials.get(m.group(1), set()), initials.get(m.group(2), set())
        if len(a) == 1 and len(b) == 1 and a != b:
            art.compounds[m.span()] = [next(iter(a)), next(iter(b))]
            spans.append(m.span())
    if art.compounds:
        art.triggers.spans["meeting"] = _merge_overlapping(spans)
        art.triggers.starts["meeting"] = [s for s, _e in art.triggers.spans["meeting"]]
        art.triggers._memo.clear()


def _listed_dates(text: str, dates: list[DateMention]) -> list[tuple[int, int]]:
    """Dates listed together ("in May 2000 and January 2001", "3月と5月") recall other events:
    each is background."""
    out = []
    for a, b in zip(dates, dates[1:], strict=False):
        if _DATE_LIST_JOIN.fullmatch(text[a.end : b.start]) and not _days_of_one_event(a, b):
            out.extend([(a.start, a.end), (b.start, b.end)])
    return out


def _article_pair(art: Article) -> tuple[str, str]:
    """The two countries the article is about: China and North Korea unless the text names two
    others more often."""
    counts: dict[str, int] = {}
    for m in art.result.mentions:
        code = art.country_of(m.key) if m.label == COUNTRY else ""
        if code:
            counts[code] = counts.get(code, 0) + 1
    ranked = sorted(counts, key=lambda c: -counts[c])
    if "CN" in counts or "KP" in counts or len(ranked) < 2:
        return ("CN", "KP")
    return (ranked[0], ranked[1])
