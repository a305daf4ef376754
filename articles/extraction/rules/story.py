"""The story's running state, as a reader keeps it: the day the narrative has reached, who the
story is about, where each traveller is, the talks just reported and the trade flow being
described. The rules read it for what a sentence leaves unsaid; ``observe`` moves it on."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import cues
from ..dates import DAY, DateMention
from ..lexicon import compile_fast
from .context import Article, Sent
from .facts import MeetingFact, VisitFact
from .places import locative

# A day joined to a noun by a particle of possession, "12日の米朝首脳会談", "12日的会谈", "12일의
# 회담": the date of that other event, not a day the narrative reaches ("この日" still means the
# story's day); "19日の午後" is a time of that day.
_ATTRIBUTIVE = compile_fast(
    r"\s*(?:の|的|의)(?!\s*(?:午前|午後|朝(?![米美中韓韩鮮鲜日露俄])|夜|夕方|未明|深夜|上午|下午|晚上|早上|凌晨|오전|오후|저녁|밤|새벽))"
)


@dataclass
class Flow:
    """The direction of the last trade clause, and the country whose figures they are."""

    exporter: str
    importer: str
    kind: str  # "export" or "import": the word that named it
    sentence: int


@dataclass
class Story:
    date: DateMention | None = None  # the last day the narrative gave
    date_sentence: Sent | None = None  # the sentence that gave it
    seen: list[Sent] = field(default_factory=list)  # the sentences read so far
    location: dict[str, tuple[str, int]] = field(default_factory=dict)  # traveller -> (destination, sentence)
    meetings: list[MeetingFact] = field(default_factory=list)  # the current meetings told so far
    last_visit: VisitFact | None = None
    flow: Flow | None = None
    # a delegation's trip told before its head is named: (destination, date, sentence)
    group_trip: tuple[str, DateMention | None, int] | None = None

    def observe(self, art: Article, sent: Sent, meetings: list[MeetingFact], visits: list[VisitFact]) -> None:
        """Move the story on past ``sent``."""
        self.seen.append(sent)
        days = [
            d
            for d in sent.dates
            if d.precision == DAY
            and not sent.in_background(d.start)
            and (art.published is None or d.date <= art.published)
            and not _ATTRIBUTIVE.match(art.text, d.end)
        ]
        if days:
            self.date = max(days, key=lambda d: d.start)
            self.date_sentence = sent
        for v in visits:
            if v.status == "reported" and not v.background and v.destination:
                here = self.location.get(v.visitor)
                if here and here[1] == sent.idx and _inside(art, here[0], v.destination):
                    continue  # "arrived in Pyongyang, starting a trip to the DPRK": still in Pyongyang
                self.location[v.visitor] = (v.destination, sent.idx)
                self.last_visit = v
        current = [m for m in meetings if not m.background and not m.planned]
        self.meetings.extend(current)
        for m in current:
            # talks held abroad put the visitor there: "王毅在北京會見了金成男率領的代表團"
            host = art.country_of(m.place)
            for person in m.participants:
                if host and art.country_of(person) not in ("", host) and person not in self.location:
                    self.location[person] = (m.place, sent.idx)

    @property
    def last_meeting(self) -> MeetingFact | None:
        return self.meetings[-1] if self.meetings else None

    def multi_day(self, art: Article) -> bool:
        """Whether the story's day starts a trip of several days ("began a three-day visit")."""
        s = self.date_sentence
        return s is not None and art.find.search(cues.MULTI_DAY, s.start, s.end) is not None

    def recent_meeting(self, sent: Sent, within: int = 2) -> MeetingFact | None:
        m = self.last_meeting
        return m if m is not None and sent.idx - m.sentence <= within else None

    def recent_place(self, sent: Sent, within: int = 2) -> str | None:
        """The last place the story said an event happened in ("was held in Pyongyang"), if it was
        named in the last ``within`` sentences."""
        for s in reversed(self.seen):
            if sent.idx - s.idx > within:
                break
            located = [p for p in s.locatable if not s.in_background(p.start) and locative(s.art.text, p)]
            if located:
                return located[-1].key
        return None

    def topic_for(self, sent: Sent, within: int | None = None) -> str | None:
        """The person the story is about when ``sent`` names no subject: the subject of the last
        sentence read that had one (within ``within`` sentences, if given)."""
        if sent.topic:
            return sent.topic
        for s in reversed(self.seen):
            if within is not None and sent.idx - s.idx > within:
                break
            if s.persons and s.topic:
                return s.topic
        return None

    def possessor_for(self, sent: Sent) -> str | None:
        """Whose "his" or "her" it is when ``sent`` names no subject: the subject of the nearest
        sentence read that named anyone, or the first person it named when it opened with none of
        them ("It is the first trip abroad by Li since he took office. Laos is next on his route")."""
        if sent.topic:
            return sent.topic
        for s in reversed(self.seen):
            if s.persons:
                return s.topic or s.persons[0].key
        return None

    def where(self, person: str) -> str | None:
        """Where a traveller is: the destination of the trip the story last reported for them."""
        found = self.location.get(person)
        return found[0] if found else None


def _inside(art: Article, place: str, country: str) -> bool:
    """Whether ``place`` is a place inside ``country`` (a city of it), not the country itself."""
    return country.startswith("country:") and place != country and art.country_of(place) == art.country_of(country)
