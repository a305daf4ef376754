"""The registry of fact kinds: one entry per kind of fact the tracker stores.

Storing (``articles.services``), merging, review, the pages' selectors, the API and its exports,
and the synthetic corpus all read what differs between kinds from here: the model, its column on
``Evidence``, the relation that names its people, the serializer, and the related rows a page or an
export shows with it. A new kind of fact is a model, its migration and one entry here.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet
from django.utils.module_loading import import_string

from .models import Agreement, Meeting, TradeItem, Visit


@dataclass(frozen=True)
class FactKind:
    name: str  # "meeting": URL segment, evidence column, API and export name in the singular
    model: type
    plural: str  # "meetings": the API route, export file name and accuracy key
    label: str  # "Meetings": headings and filters
    people_m2m: str = ""  # many-to-many relation to the actors taking part ("participants")
    people_fk: str = ""  # foreign key to the one actor ("visitor")
    place: str = ""  # foreign key to the place where it happened
    event: bool = True  # on the timeline (a trade item is a good, not an event)
    select: tuple[str, ...] = ()  # the related rows shown with every fact of the kind
    serializer_path: str = ""
    cameo: tuple[str, str] | None = None  # (event code, root code) in the CAMEO export

    @property
    def evidence_field(self) -> str:
        """The column of ``articles.Evidence`` pointing at facts of this kind."""
        return self.name

    @property
    def serializer(self):
        return import_string(self.serializer_path)

    def display(self, qs: QuerySet | None = None, *, evidence: Prefetch | None = None, parents: bool = False):
        """``qs`` (all facts of the kind by default) with the rows a page shows joined in one query
        each: the place (and its parent, with ``parents``), the people, and the evidence prefetch."""
        qs = self.model.objects.all() if qs is None else qs
        select = [f"{s}__parent" if parents and s in ("place", "destination") else s for s in self.select]
        if select:
            qs = qs.select_related(*select)
        if self.people_m2m:
            qs = qs.prefetch_related(self.people_m2m)
        if evidence is not None:
            qs = qs.prefetch_related(evidence)
        return qs


KINDS: dict[str, FactKind] = {
    k.name: k
    for k in (
        FactKind(
            "meeting",
            Meeting,
            "meetings",
            "Meetings",
            people_m2m="participants",
            place="place",
            select=("place",),
            serializer_path="tracker.api.serializers.MeetingSerializer",
            cameo=("040", "04"),
        ),
        FactKind(
            "visit",
            Visit,
            "visits",
            "Visits",
            people_fk="visitor",
            place="destination",
            select=("visitor", "destination"),
            serializer_path="tracker.api.serializers.VisitSerializer",
            cameo=("042", "04"),
        ),
        FactKind(
            "agreement",
            Agreement,
            "agreements",
            "Agreements",
            people_m2m="signatories",
            place="place",
            select=("place",),
            serializer_path="tracker.api.serializers.AgreementSerializer",
            cameo=("057", "05"),
        ),
        FactKind(
            "trade_item",
            TradeItem,
            "trade_items",
            "Trade items",
            event=False,
            select=("commodity",),
            serializer_path="tracker.api.serializers.TradeItemSerializer",
        ),
    )
}
BY_MODEL: dict[type, FactKind] = {k.model: k for k in KINDS.values()}
EVENT_KINDS: tuple[str, ...] = tuple(name for name, k in KINDS.items() if k.event)


def of(model_or_fact) -> FactKind:
    """The kind of a model or of one fact."""
    model = model_or_fact if isinstance(model_or_fact, type) else type(model_or_fact)
    return BY_MODEL[model]
