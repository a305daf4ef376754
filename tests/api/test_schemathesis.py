"""Schemathesis drives every operation of the live OpenAPI schema, in process, with its
default checks (no server errors, responses match the schema, status codes documented …)."""

import datetime as dt

import pytest
import schemathesis
from django.test import TestCase
from hypothesis import HealthCheck, settings

from tracker.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/v1/schema/", application)
# Both schema-conformant requests (which must succeed) and schema-violating ones (which must be
# rejected with a documented 4xx), checked with every default check.
schema.config.generation.update(modes=[schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE])


@pytest.fixture(scope="module")
def api_data(django_db_setup, django_db_blocker):
    """A few real articles through the real pipeline, kept for the whole module."""
    from articles.models import Article
    from articles.services import ingest_article

    with django_db_blocker.unblock():
        if not Article.objects.exists():
            for text, day in [
                (
                    "Kim Jong Un held talks with Xi Jinping in Beijing on Tuesday. The two sides signed an agreement.",
                    "2019-01-09",
                ),
                ("Zhao Leji arrived in Pyongyang on Thursday. China exported sugar to North Korea.", "2024-04-12"),
            ]:
                with TestCase.captureOnCommitCallbacks(execute=True):
                    ingest_article(text=text, published=dt.date.fromisoformat(day), source="Wire")
        yield
        Article.objects.all().delete()


@pytest.mark.django_db(transaction=True)
@schema.parametrize()
@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case, api_data):
    case.call_and_validate()
