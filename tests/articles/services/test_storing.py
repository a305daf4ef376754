"""What the Celery task stores: the facts `manage.py extract` prints, each with its evidence."""

import datetime as dt

import pytest

from articles.extraction_output import result_to_json
from articles.models import Article, Evidence
from articles.services import current_gazetteer, ingest_article, process_article, run_pipeline
from tracker.models import Actor, Agreement, Meeting, ReviewState, TradeItem, Visit

pytestmark = pytest.mark.django_db


@pytest.fixture
def ingest(django_capture_on_commit_callbacks):
    def run(text, published, **kw):
        with django_capture_on_commit_callbacks(execute=True):
            result = ingest_article(text=text, published=dt.date.fromisoformat(published), **kw)
        return Article.objects.get(pk=result.article.pk)

    return run


def _iso(fact) -> str | None:
    """The fact's date as `extract` prints it: as precise as its precision."""
    if fact.date is None:
        return None
    return fact.date.isoformat()[: {"day": 10, "month": 7, "year": 4}[fact.date_precision]]


def _names(actors):
    return sorted(a.name for a in actors)


def test_task_stores_exactly_what_extract_prints_for_the_seed_article(corpus_text, ingest):
    text = corpus_text("seed_cnbc_id.txt")
    printed = result_to_json(run_pipeline(text, published=dt.date(2024, 4, 12)), current_gazetteer())
    article = ingest(text, "2024-04-12")
    assert article.status == "done"

    stored_meetings = sorted(
        (_names(m.participants.all()), _iso(m), m.place.name if m.place else None)
        for m in Meeting.objects.filter(evidence__article=article)
    )
    printed_meetings = sorted((sorted(m["participants"]), m["date"], m["place"]) for m in printed["meetings"])
    assert stored_meetings == printed_meetings

    stored_visits = sorted(
        (v.visitor.name, v.destination.name, v.status) for v in Visit.objects.filter(evidence__article=article)
    )
    assert stored_visits == sorted((v["visitor"], v["destination"], v["status"]) for v in printed["visits"])

    stored_agreements = [_names(a.signatories.all()) for a in Agreement.objects.filter(evidence__article=article)]
    assert sorted(stored_agreements) == sorted(sorted(a["signatories"]) for a in printed["agreements"])

    stored_trade = sorted(
        (t.commodity.hs_code, t.exporter, t.status) for t in TradeItem.objects.filter(evidence__article=article)
    )
    assert stored_trade == sorted((t["hs_code"], t["exporter"], t["status"]) for t in printed["trade_items"])
    assert len(printed["meetings"]) >= 2 and len(printed["trade_items"]) >= 5  # the comparison is not vacuous

    # Every stored fact points at its sentence, quoted exactly, with its span in the article.
    printed_sentences = {
        f["evidence"] for key in ("meetings", "visits", "agreements", "trade_items") for f in printed[key]
    }
    for ev in Evidence.objects.filter(article=article):
        assert article.text[ev.start : ev.end] == ev.sentence
        assert ev.sentence in printed_sentences


def test_the_same_meeting_reported_twice_is_one_fact_with_two_evidence_rows(ingest, client):
    a = ingest("Kim Jong Un held talks with Xi Jinping in Beijing on Tuesday.", "2019-01-09", source="Wire A")
    b = ingest("习近平8日在北京同金正恩举行会谈。", "2019-01-09", source="Wire B")
    meeting = Meeting.objects.get()
    assert _names(meeting.participants.all()) == ["Kim Jong Un", "Xi Jinping"]
    assert meeting.date == dt.date(2019, 1, 8)
    assert sorted(meeting.evidence.values_list("article_id", flat=True)) == sorted([a.pk, b.pk])
    html = client.get("/").content.decode()
    assert html.count(f'href="/meetings/{meeting.pk}/"') == 1
    assert "2 sources" in html


def test_a_stored_fact_has_one_history_record_of_its_creation_listing_its_people(ingest):
    ingest(
        "Kim Jong Un held talks with Xi Jinping in Beijing on Tuesday. "
        "The two leaders signed an agreement on economic cooperation.",
        "2019-01-09",
    )
    for fact, people in ((Meeting.objects.get(), "participants"), (Agreement.objects.get(), "signatories")):
        (record,) = fact.history.all()
        assert record.history_type == "+" and record.signature == fact.signature
        recorded = sorted(row.actor_id for row in getattr(record, people).all())
        assert recorded == sorted(getattr(fact, people).values_list("pk", flat=True))
        assert len(recorded) == 2


def test_reextraction_gives_the_same_facts_without_duplicates(ingest):
    article = ingest(
        "Zhao Leji arrived in Pyongyang on Thursday and held talks with Choe Ryong Hae. "
        "The two sides signed documents on customs cooperation.",
        "2024-04-12",
    )
    before = (Meeting.objects.count(), Visit.objects.count(), Agreement.objects.count(), Evidence.objects.count())
    assert before[0] == before[1] == before[2] == 1
    process_article(article.pk)
    process_article(article.pk)
    after = (Meeting.objects.count(), Visit.objects.count(), Agreement.objects.count(), Evidence.objects.count())
    assert after == before


def test_facts_of_a_changed_extraction_are_replaced_but_reviewed_ones_stay(ingest):
    article = ingest("Kim Jong Un met Xi Jinping in Beijing on Tuesday.", "2019-01-09")
    meeting = Meeting.objects.get()
    meeting.review_state = ReviewState.CONFIRMED
    meeting.save()
    Article.objects.filter(pk=article.pk).update(text="Kim Jong Un visited a factory.")
    process_article(article.pk)
    assert Meeting.objects.filter(pk=meeting.pk).exists()  # a reviewed fact is never deleted by the machine


def test_rejected_fact_is_not_recreated_by_the_same_evidence(ingest):
    article = ingest("Kim Jong Un met Xi Jinping in Beijing on Tuesday.", "2019-01-09")
    meeting = Meeting.objects.get()
    meeting.review_state = ReviewState.REJECTED
    meeting.save()
    process_article(article.pk)
    assert Meeting.objects.count() == 1
    assert not Evidence.objects.filter(meeting=meeting).exists()


def test_unknown_titled_people_become_candidate_actors_in_the_facts(ingest):
    ingest("North Korean Ambassador An Kwang Il held talks with Xi Jinping in Beijing on Monday.", "2025-03-05")
    an = Actor.objects.get(name="An Kwang Il")
    assert an.is_candidate and an.country == "KP"
    assert Meeting.objects.filter(participants=an).exists()


def test_an_agreement_is_stored_and_shown_with_its_english_title(ingest, client):
    text = (
        "Premier Wen Jiabao and Premier Kim Yong Il signed an agreement on economic and technical cooperation "
        "in Pyongyang on Monday."
    )
    ingest(text, "2009-10-06")
    agreement = Agreement.objects.get()
    assert agreement.title == "Agreement on economic and technical cooperation"
    page = client.get(agreement.get_absolute_url()).content.decode()
    assert "Agreement on economic and technical cooperation" in page and f"Agreement #{agreement.pk}" not in page
    api = client.get(f"/api/v1/agreements/{agreement.pk}/").json()
    assert api["title"] == "Agreement on economic and technical cooperation"


def test_an_agreement_without_a_title_is_named_by_its_topics_or_date_never_its_number():
    agreement = Agreement.objects.create(date=dt.date(1961, 7, 11), date_precision="day")
    assert str(agreement) == "Agreement of 11 July 1961"
    agreement.topics = ["tourism"]
    assert str(agreement) == "Agreement on tourism"


def test_a_trade_items_value_and_quantity_are_stored_and_exported(ingest, client):
    text = "China exported 16,450 tonnes of rice worth $8.2 million to North Korea in May, customs data showed."
    ingest(text, "2019-06-20")
    item = TradeItem.objects.get()
    assert (item.value, item.currency, item.quantity, item.unit) == (8200000, "USD", 16450, "tonnes")
    row = client.get("/api/v1/trade-items/").json()["results"][0]
    assert (float(row["value"]), row["currency"], float(row["quantity"]), row["unit"]) == (
        8200000.0,
        "USD",
        16450.0,
        "tonnes",
    )


def test_two_reports_of_one_visit_at_different_precision_are_one_fact_with_the_finer_date(ingest):
    # the first report dates the trip to its month, the second to its day: one visit, dated to the day
    ingest("Zhao Leji visited Pyongyang in April, North Korean media said.", "2024-04-30")
    ingest("Zhao Leji arrived in Pyongyang on Thursday for a three-day visit.", "2024-04-12")
    visit = Visit.objects.get()
    assert (visit.date, visit.date_precision) == (dt.date(2024, 4, 11), "day")
    assert visit.evidence.count() == 2


def test_a_report_of_the_same_people_in_another_month_is_another_meeting(ingest):
    ingest("Xi Jinping held talks with Kim Jong Un in Beijing in March.", "2018-03-29")
    ingest("Xi Jinping held talks with Kim Jong Un in Dalian in May.", "2018-05-09")
    assert sorted(m.date.month for m in Meeting.objects.all()) == [3, 5]


def test_an_edited_fact_keeps_its_date_when_a_later_report_is_more_precise(ingest):
    ingest("Zhao Leji visited Pyongyang in April, North Korean media said.", "2024-04-30")
    visit = Visit.objects.get()
    visit.review_state = ReviewState.EDITED
    visit.save()
    ingest("Zhao Leji arrived in Pyongyang on Thursday for a three-day visit.", "2024-04-12")
    visit.refresh_from_db()
    assert (Visit.objects.count(), visit.date_precision) == (1, "month")
