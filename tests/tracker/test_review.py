"""Editorial review: decisions survive re-extraction, merges leave nothing dangling, new aliases
are found. (The fixtures ``editor`` and ``reported`` are in tests/conftest.py.)"""

import pytest
from django.test import TestCase

from articles.models import Evidence, Mention
from articles.services import process_article
from tests.factories import ingest_now
from tracker import review
from tracker.models import Actor, ActorAlias, Meeting, ReviewState, Role, Visit

pytestmark = pytest.mark.django_db


def _reextract(article):
    with TestCase.captureOnCommitCallbacks(execute=True):
        process_article(article.pk)


def test_a_confirmed_meeting_and_a_rejected_visit_survive_re_extraction_unchanged(reported, editor):
    meeting = Meeting.objects.get()
    visit = Visit.objects.get()
    review.confirm(meeting, editor)
    review.reject(visit, editor)
    before = (meeting.pk, meeting.date, meeting.place_id, sorted(meeting.participants.values_list("pk", flat=True)))

    _reextract(reported)

    meeting = Meeting.objects.get()
    assert (
        meeting.pk,
        meeting.date,
        meeting.place_id,
        sorted(meeting.participants.values_list("pk", flat=True)),
    ) == before
    assert meeting.review_state == ReviewState.CONFIRMED and meeting.reviewed_by == editor
    assert meeting.evidence.filter(article=reported).count() == 1
    # The rejected visit is neither re-created nor given evidence again.
    assert list(Visit.objects.values_list("pk", "review_state")) == [(visit.pk, ReviewState.REJECTED)]
    assert not Evidence.objects.filter(visit=visit).exists()


def test_an_edited_fact_keeps_the_editors_values_through_re_extraction(reported, editor):
    meeting = Meeting.objects.get()
    review.edit(meeting, editor, {"date": "2024-04-11", "date_precision": "day", "place": ""})
    _reextract(reported)
    meeting = Meeting.objects.get()
    assert str(meeting.date) == "2024-04-11" and meeting.place is None
    assert meeting.review_state == ReviewState.EDITED and meeting.reviewed_at is not None
    assert meeting.evidence.count() == 1


def test_a_bad_correction_is_refused_and_changes_nothing(reported, editor):
    meeting = Meeting.objects.get()
    with pytest.raises(review.ReviewError, match="not a date"):
        review.edit(meeting, editor, {"date": "Friday"})
    with pytest.raises(review.ReviewError, match="at least two participants"):
        review.edit(meeting, editor, {"participants": ["zhao-leji"]})
    fresh = Meeting.objects.get()
    assert fresh.review_state == ReviewState.MACHINE and fresh.date == meeting.date
    assert fresh.participants.count() == 2


def test_merging_two_actors_moves_everything_and_redirects_the_old_slug(reported, client):
    zhao = Actor.objects.get(name="Zhao Leji")
    twin = Actor.objects.create(name="Chao Le-chi", slug="chao-le-chi", kind="person", country="CN", is_candidate=True)
    ActorAlias.objects.create(actor=twin, text="Chao Lechi")
    Role.objects.create(actor=twin, title="Chairman of the NPC Standing Committee")
    other = ingest_now("Chao Le-chi met Choe Ryong Hae in Pyongyang on 11 April 2024.", "2024-04-13")
    meeting = Meeting.objects.create(date="2024-04-12", date_precision="day")
    meeting.participants.set([twin, Actor.objects.get(name="Choe Ryong Hae")])
    Visit.objects.create(visitor=twin, date="2024-04-11", date_precision="day")
    Mention.objects.create(article=other, actor=twin, start=0, end=11, text="Chao Le-chi")

    twin_pk = twin.pk
    review.merge_actors(twin, zhao)

    assert not Actor.objects.filter(pk=twin_pk).exists()
    from tracker.text import normalize_alias

    assert ActorAlias.objects.get(normalized=normalize_alias("Chao Le-chi")).actor == zhao  # the old name too
    assert "Chao Lechi" in set(ActorAlias.objects.filter(actor=zhao).values_list("text", flat=True))
    assert Role.objects.filter(actor=zhao, title__startswith="Chairman").exists()
    assert zhao in meeting.participants.all() and meeting.participants.count() == 2
    assert Visit.objects.filter(visitor=zhao, date="2024-04-11").exists()
    assert Mention.objects.filter(article=other, actor=zhao).exists()
    for model in (Meeting.participants.through, ActorAlias, Role, Visit, Mention):
        column = "actor_id" if model is not Visit else "visitor_id"
        assert not model.objects.filter(**{column: twin_pk}).exists(), model
    response = client.get("/actors/chao-le-chi/")
    assert response.status_code == 301 and response["Location"] == "/actors/zhao-leji/"


def test_an_alias_added_in_the_admin_is_found_when_its_articles_are_re_extracted(admin_client):
    article = ingest_now("Chairman Zhao Lechi met Choe Ryong Hae in Pyongyang on Friday.", "2024-04-13")
    zhao = Actor.objects.get(name="Zhao Leji")
    assert not Mention.objects.filter(article=article, actor=zhao).exists()
    ActorAlias.objects.create(actor=zhao, text="Zhao Lechi")  # what the alias inline saves
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = admin_client.post(
            "/admin/tracker/actor/", {"action": "reextract_mentioning", "_selected_action": [zhao.pk]}
        )
    assert response.status_code == 302
    assert Mention.objects.filter(article=article, actor=zhao, text="Zhao Lechi").exists()
    meeting = Meeting.objects.get()
    assert sorted(meeting.participants.values_list("name", flat=True)) == ["Choe Ryong Hae", "Zhao Leji"]


def test_the_review_queue_is_for_staff_and_records_who_decided(reported, client, editor, django_user_model):
    meeting = Meeting.objects.get()
    assert client.get("/review/").status_code == 302  # to the login page
    client.force_login(django_user_model.objects.create_user("reader", password="pw-123456789"))
    assert client.get("/review/").status_code == 302
    client.force_login(editor)
    html = client.get("/review/?kind=meeting").content.decode()
    assert f'id="fact-{meeting.pk}"' in html and "<mark>Zhao Leji held talks" in html
    response = client.post(f"/review/meeting/{meeting.pk}/", {"action": "confirm"})
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.review_state == ReviewState.CONFIRMED and meeting.reviewed_by == editor
    assert f'id="fact-{meeting.pk}"' not in client.get("/review/?kind=meeting").content.decode()
    latest = meeting.history.latest()
    assert latest.review_state == ReviewState.CONFIRMED and latest.history_user == editor


def test_a_correction_through_the_queue_is_kept_and_a_bad_one_is_reported(reported, client, editor):
    visit = Visit.objects.get()
    client.force_login(editor)
    response = client.post(f"/review/visit/{visit.pk}/", {"action": "edit", "date": "someday"}, follow=True)
    assert "Not saved: “someday” is not a date" in response.content.decode()
    visit.refresh_from_db()
    assert visit.review_state == ReviewState.MACHINE
    client.post(
        f"/review/visit/{visit.pk}/",
        {"action": "edit", "date": "2024-04-11", "date_precision": "day", "status": "reported"},
    )
    visit.refresh_from_db()
    assert visit.review_state == ReviewState.EDITED and str(visit.date) == "2024-04-11"
    page = client.get("/review/accuracy/").content.decode()
    assert "Published accuracy" in page and "<td>1</td>" in page
