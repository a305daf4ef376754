import pytest
from django.urls import reverse

from articles.models import Article, ArticleStatus

pytestmark = pytest.mark.django_db

ADD = reverse("admin:articles_article_add")
TEXT = "Choe Ryong Hae met Zhao Leji in Pyongyang on Thursday."


@pytest.fixture
def staff(admin_client):
    return admin_client


def test_admin_entry_form_ingests_and_extracts(staff, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        resp = staff.post(ADD, {"title": "Visit", "text": TEXT, "published": "2024-04-12", "url": "", "language": ""})
    assert resp.status_code == 302, resp.content.decode()[:2000]
    article = Article.objects.get()
    assert article.status == ArticleStatus.DONE
    assert {"Choe Ryong Hae", "Zhao Leji"} <= set(article.mentions.values_list("actor__name", flat=True))


def test_admin_entry_form_refuses_empty_text(staff):
    resp = staff.post(ADD, {"title": "x", "text": "   ", "published": ""})
    assert resp.status_code == 200
    assert "This field is required" in resp.content.decode() or "empty" in resp.content.decode()
    assert Article.objects.count() == 0


def test_admin_entry_form_refuses_a_duplicate_and_names_the_stored_article(staff, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        staff.post(ADD, {"title": "Visit", "text": TEXT})
    first = Article.objects.get()
    resp = staff.post(ADD, {"title": "Copy", "text": TEXT + "\n"})
    assert resp.status_code == 200
    assert f"already stored as #{first.pk}" in resp.content.decode()
    assert Article.objects.count() == 1


def test_changelist_shows_status_language_and_counts(staff, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        staff.post(ADD, {"title": "Visit", "text": TEXT})
    html = staff.get(reverse("admin:articles_article_changelist")).content.decode()
    assert "done" in html and "en" in html
    assert "Re-run extraction" in html


def test_reextract_action_requeues_and_completes(staff, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        staff.post(ADD, {"title": "Visit", "text": TEXT})
    article = Article.objects.get()
    Article.objects.filter(pk=article.pk).update(status=ArticleStatus.FAILED, error="old error")
    with django_capture_on_commit_callbacks(execute=True):
        resp = staff.post(
            reverse("admin:articles_article_changelist"),
            {"action": "reextract", "_selected_action": [article.pk]},
            follow=True,
        )
    assert "Queued extraction for 1 article" in resp.content.decode()
    article.refresh_from_db()
    assert article.status == ArticleStatus.DONE and article.error == ""


def test_anonymous_users_cannot_reach_the_admin(client):
    resp = client.get(ADD)
    assert resp.status_code == 302 and "/admin/login/" in resp["Location"]


def test_actor_admin_edits_aliases_inline(staff):
    from tracker.models import Actor

    actor = Actor.objects.get(name="Kim Jong Un")
    html = staff.get(reverse("admin:tracker_actor_change", args=[actor.pk])).content.decode()
    assert "aliases-TOTAL_FORMS" in html and "roles-TOTAL_FORMS" in html


def test_admin_polish_language_choices_titled_messages_and_the_review_queue_link(
    staff, django_capture_on_commit_callbacks
):
    form = staff.get(ADD).content.decode()
    assert '<option value="id">Indonesian</option>' in form and "Detect automatically" in form
    resp = staff.post(ADD, {"title": "Zhao arrives", "text": TEXT, "published": "2024-04-12", "language": "xx"})
    assert resp.status_code == 200 and "Select a valid choice" in resp.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        resp = staff.post(
            ADD, {"title": "Zhao arrives", "text": TEXT, "published": "2024-04-12", "language": "en"}, follow=True
        )
    assert "“Zhao arrives”: Stored as article" in resp.content.decode()
    index = staff.get("/admin/").content.decode()
    assert 'href="/review/"' in index and "Review queue" in index
