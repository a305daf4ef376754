"""The fact factories make what the extractor would store: each kind of fact with its people,
place and one evidence sentence in the right column of Evidence."""

import pytest

from articles.models import Evidence
from tests.factories import AgreementFactory, EvidenceFactory, MeetingFactory, TradeItemFactory, VisitFactory
from tracker.fact_kinds import KINDS

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "factory, kind",
    [
        (MeetingFactory, "meeting"),
        (VisitFactory, "visit"),
        (AgreementFactory, "agreement"),
        (TradeItemFactory, "trade_item"),
    ],
)
def test_each_fact_factory_stores_a_fact_with_its_evidence(factory, kind):
    fact = factory()
    rows = list(Evidence.objects.filter(**{KINDS[kind].evidence_field: fact}))
    assert len(rows) == 1
    assert rows[0].article.text[rows[0].start : rows[0].end] == rows[0].sentence
    if KINDS[kind].people_m2m:
        assert getattr(fact, KINDS[kind].people_m2m).count() == 2


def test_evidence_factory_points_at_the_given_fact_and_article():
    meeting = MeetingFactory(evidence=False)
    assert not Evidence.objects.filter(meeting=meeting).exists()
    row = EvidenceFactory(fact=meeting)
    assert row.meeting == meeting and row.visit is None and row.article_id
