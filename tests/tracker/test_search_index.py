"""Search on an index (PostgreSQL): the same articles as the plain search on the demo data, the
stored vector kept current by its trigger, and a search past its statement timeout answered with
a message instead of a held worker."""

import pytest
from django.core.management import call_command
from django.db import connection

from articles.models import Article
from tracker.selectors import articles as search_module

pytestmark = pytest.mark.django_db


@pytest.fixture
def postgres():
    if connection.vendor != "postgresql":
        from tests.conftest import require_or_skip

        require_or_skip("the search index is PostgreSQL's (set DATABASE_URL to a PostgreSQL database)")


@pytest.fixture
def demo(postgres, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo")


QUERIES = ["Pyongyang", "Zhao", "tungsten", "평양", "金正恩", "会谈", "Пхеньян", "talks", "visit", "Wang Yi", "coal"]


def test_the_indexed_search_finds_what_the_plain_search_finds_on_the_demo_data(demo):
    """One load of the demo (52 articles through the pipeline), every query kind compared."""
    for q in QUERIES:
        indexed, actors, places = search_module._indexed_search(q, 50)
        plain, plain_actors, plain_places = search_module._plain_search(q, 50)
        assert {a.pk for a in indexed} == {a.pk for a in plain}, q
        assert (actors, places) == (plain_actors, plain_places), q
        by_pk = {a.pk: a.snippet for a in plain}
        assert all(a.snippet == by_pk[a.pk] for a in indexed), q
    # one city in three scripts: the same articles, many of them
    cities = [{a.pk for a in search_module._indexed_search(q, 50)[0]} for q in ("Pyongyang", "평양", "Пхеньян")]
    assert cities[0] == cities[1] == cities[2] and len(cities[0]) >= 20


def test_the_vector_follows_the_text_and_ranks_a_title_hit_first(postgres):
    a = Article.objects.create(title="Trade fair", text="Exhibitors came from many countries.", content_hash="a")
    b = Article.objects.create(title="News", text="A trade fair opened on Monday.", content_hash="b")
    found = search_module._indexed_search("fair", 10)[0]
    assert [x.pk for x in found] == [a.pk, b.pk]  # the title weighs more than the text
    Article.objects.filter(pk=a.pk).update(title="Exhibition", text="Exhibitors came.")
    assert [x.pk for x in search_module._indexed_search("fair", 10)[0]] == [b.pk]


def test_a_search_past_its_statement_timeout_asks_for_a_narrower_query(postgres, client, settings, monkeypatch):
    settings.SEARCH_TIMEOUT_MS = 1

    def slow(q, limit):
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_sleep(0.2)")

    monkeypatch.setattr(search_module, "_indexed_search", slow)
    response = client.get("/search/", {"q": "Pyongyang"})
    assert response.status_code == 503
    assert "too broad to answer in time" in response.content.decode()
    assert client.get("/").status_code == 200  # the connection is usable after the cancelled statement


@pytest.mark.django_db(transaction=True)
def test_a_request_past_the_web_statement_timeout_answers_503_and_frees_the_connection(
    postgres, client, settings, monkeypatch
):
    from tracker import selectors

    settings.WEB_STATEMENT_TIMEOUT_MS = 50

    def slow(*args, **kwargs):
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_sleep(0.5)")

    monkeypatch.setattr(selectors, "timeline_page", slow)
    response = client.get("/")
    assert response.status_code == 503 and "narrow it" in response.content.decode()
    monkeypatch.undo()
    settings.WEB_STATEMENT_TIMEOUT_MS = 5000
    assert client.get("/").status_code == 200
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] == "0"  # reset after each request: workers and commands are not limited
