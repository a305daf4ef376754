"""The story's running state, as a reader keeps it: the day the narrative has reached, who the
story is about, where each traveller is, the talks just reported and the trade flow being
described. The rules read it for what a sentence leaves unsaid; ``observe`` moves it on."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import cues
from ..dates import DAY, DateMention
from .context import Article, Sent
from .facts import MeetingFact, VisitFact
from .places import locative


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
    multi_day: bool = False  # that day starts a trip of several days
    topic: str | None = None  # the person the last sentences were about
    topic_sentence: int = -1
    location: dict[str, tuple[str, int]] = field(default_factory=dict)  # traveller -> (destination, sentence)
    last_meeting: MeetingFact | None = None
    last_visit: VisitFact | None = None
    flow: Flow | None = None
    last_place: tuple[str, int] | None = None  # the last place an event was said to happen in ("was held in Pyongyang")

    def observe(self, art: Article, sent: Sent, meetings: list[MeetingFact], visits: list[VisitFact]) -> None:
        """Move the story on past ``sent``."""
        located = [
            p
            for p in art.places(sent, sent.start, sent.end)
            if not sent.in_background(p.start) and locative(art.text, p)
        ]
        if located:
            self.last_place = (located[-1].key, sent.idx)
        days = [
            d
            for d in sent.dates
            if d.precision == DAY
            and not sent.in_background(d.start)
            and (art.published is None or d.date <= art.published)
        ]
        if days:
            self.date = max(days, key=lambda d: d.start)
            self.multi_day = art.find.search(cues.MULTI_DAY, sent.start, sent.end) is not None
        if sent.topic:
            self.topic, self.topic_sentence = sent.topic, sent.idx
        for v in visits:
            if v.status == "reported" and not v.background and v.destination:
                self.location[v.visitor] = (v.destination, sent.idx)
                self.last_visit = v
        current = [m for m in meetings if not m.background and not m.planned]
        if current:
            self.last_meeting = current[-1]
        for m in current:
            # talks held abroad put the visitor there: "王毅在北京會見了金成男率領的代表團"
            host = art.country_of(m.place)
            for person in m.participants:
                if host and art.country_of(person) not in ("", host) and person not in self.location:
                    self.location[person] = (m.place, sent.idx)

    def recent_meeting(self, sent: Sent, within: int = 2) -> MeetingFact | None:
        m = self.last_meeting
        return m if m is not None and sent.idx - m.sentence <= within else None

    def recent_place(self, sent: Sent, within: int = 2) -> str | None:
        if self.last_place is None or sent.idx - self.last_place[1] > within:
            return None
        return self.last_place[0]

    def where(self, person: str) -> str | None:
        """Where a traveller is: the destination of the trip the story last reported for them."""
        found = self.location.get(person)
        return found[0] if found else None
