"""What every rule reads, computed once per article: the sentences with their mentions, dates,
trigger words, quotations, background phrases and subject, and the story's running state.

``Article`` holds the whole text; ``Sent`` one sentence. The rules never search the text for a
name or a date again: they take them from here. What goes into them is found by the modules
beside this one: ``triggers`` (the event words), ``datelines`` (the dateline and report dates),
``background`` (the stretches that are not an event's own clause), ``attributive`` (country names
that are no place), ``modality`` (negation, plans, the future tense).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from .. import cues
from ..dates import DAY, DateMention, find_dates
from ..lexicon import compile_fast
from ..scripts import HANGUL_SYLLABLES
from ..types import COMMODITY, COUNTRY, ORGANIZATION, PERSON, PLACE, ExtractionResult, GazetteerEntry, Mention
from . import modality
from .attributive import attributive
from .background import background_spans, listed_dates, subordinate_spans
from .datelines import dateline_end, report_or_dateline
from .kinship import kin_possessors
from .triggers import TriggerIndex, find_compounds

VERB_FINAL = {"ko", "ja"}
# Languages that drop a subject the reader already knows ("El jueves se reunió con …", "金永南氏とも会い").
PRO_DROP = {"ko", "ja", "zh", "es", "id"}

_QUOTE = compile_fast(
    r"“[^”]{0,600}”|\"[^\"\n]{0,600}\"|«[^»]{0,600}»|„[^“”]{0,600}[“”]|「[^」]{0,600}」|『[^』]{0,600}』"
)
_TITLE = compile_fast(r"《[^》]{0,200}》|〈[^〉]{0,200}〉|‘[^’]{0,120}’")

# a name, perhaps its titles ("자오러지 전국인민대표대회 상무위원장이"), then the particle
_KO_TOPIC = compile_fast(rf"^[{HANGUL_SYLLABLES}\s·]{{0,30}}?(?:은|는|께서는|측은)(?![{HANGUL_SYLLABLES}])")
_KO_SUBJECT = compile_fast(rf"^[{HANGUL_SYLLABLES}\s·]{{0,30}}?(?:이|가|께서)(?![{HANGUL_SYLLABLES}])")
_JA_SUBJECT = compile_fast(r"^(?:\([^)]{0,20}\))?[^\s、。「」]{0,10}?は")


class Sent:
    """One sentence: its mentions and dates, and (computed when a rule first asks) its background
    phrases, quotations, document titles and subject."""

    def __init__(self, art: Article, idx: int, start: int, end: int, mentions, dates, all_dates, quotes):
        self.art, self.idx, self.start, self.end = art, idx, start, end
        self.mentions: list[Mention] = mentions
        self.dates: list[DateMention] = dates  # event dates (not report dates, not the dateline)
        self.all_dates: list[DateMention] = all_dates
        self.quotes: list[tuple[int, int]] = quotes
        persons = [m for m in mentions if m.label == PERSON]
        possessors = kin_possessors(art.text, persons) if len(persons) > 1 else ()
        self.persons = [m for m in persons if m.start not in possessors]
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
            self._background.extend(listed_dates(self.art.text, self.dates))
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
        """Stretches that are not an event's own clause (background.subordinate_spans)."""
        if self._subordinate is None:
            self._subordinate = subordinate_spans(self.art, self.start, self.end)
        return self._subordinate

    def in_subordinate(self, pos: int, ts: int) -> bool:
        """Whether ``pos`` and the trigger at ``ts`` are on two sides of a subordinate stretch: one in
        it, the other not ("表示金正恩…访华期间同习近平举行会谈": Wang Yi, who said it, is not at the talks)."""
        return any((s <= pos < e) != (s <= ts < e) for s, e in self.subordinate)


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
        """A negation governing the trigger at ``ts``–``te`` in the clause ``lo``–``hi``."""
        return modality.negated(self, lo, hi, ts, te)

    def planned(self, lo: int, hi: int, ts: int, te: int) -> bool:
        """A plan, expectation or speculation governing the trigger at ``ts``–``te``."""
        return modality.planned(self, lo, hi, ts, te)


def _subject(art: Article, sent: Sent) -> str | None:
    """The person the sentence is about: marked with 은/는/이/가 or は/が in Korean and Japanese,
    else the first person named before the sentence's first trigger word."""
    from .participants import in_role_phrase

    persons = [
        m
        for m in sent.persons
        if not sent.in_background(m.start)
        and not (sent.role_hint and in_role_phrase(art.text, m, sent.start, sent.persons))
        and not cues.ERA_AFTER.match(art.text, m.end)  # "김정은 체제에서": a time, not the subject
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
        if art.verb_final:
            # "1일 베이징에 도착한 김 부위원장은 … 머물 예정이다": the date is the arrival's, told in
            # the past, whatever the sentence then plans
            nxt = min(
                (e for _s, e in art.triggers("visit", pos, nxt) if modality.past_adnominal_of_person(art, e)),
                default=nxt,
            )
        span = (pos, nxt) if art.verb_final else (max(lo, brk + 1), nxt)
        if art.verb_final and art.find.search(cues.FUTURE_CUES, *span):
            return True
        words = [w for k in ("meeting", "visit") for w in art.triggers(k, *span)]
        return any(modality.future_tense(art.language, text, s, e) for s, e in words)

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
        if report_or_dateline(text, d, art.dateline) or apposed:
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
    find_compounds(art)
    return art


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
