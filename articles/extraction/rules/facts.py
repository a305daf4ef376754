"""The facts the rules produce. Plain dataclasses; keys are gazetteer keys ("actor:12", "place:7",
"country:KP", "candidate:Name"). ``rule`` names the rule that made the fact, for tests and review."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..dates import DateMention


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
    background: bool = False  # recalled from before the story ("their 2019 summit")
    rule: str = ""


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
    background: bool = False
    rule: str = ""


@dataclass
class AgreementFact:
    signatories: list[str]
    date: DateMention | None
    place: str | None
    topics: list[str]
    sentence: int
    start: int
    end: int
    title: str = ""
    background: bool = False
    rule: str = ""


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
    value_usd: float | None = None
    quantity: float | None = None
    unit: str = ""
    sanction: str = ""  # the resolution that bans or caps the good, when the sanctions table knows it
    rule: str = ""


@dataclass
class Events:
    meetings: list[MeetingFact] = field(default_factory=list)
    visits: list[VisitFact] = field(default_factory=list)
    agreements: list[AgreementFact] = field(default_factory=list)
    trade_items: list[TradeFact] = field(default_factory=list)

    def all(self):
        return [*self.meetings, *self.visits, *self.agreements, *self.trade_items]
