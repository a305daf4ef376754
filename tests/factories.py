import datetime as dt

import factory

from articles.models import Article, Source
from articles.services import content_hash
from tracker.models import Actor, ActorAlias, ActorKind, Place


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"Outlet {n}")
    domain = factory.Sequence(lambda n: f"outlet{n}.example")


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Article {n}")
    text = factory.Sequence(lambda n: f"Test article number {n} about talks in Pyongyang.")
    published = dt.date(2024, 4, 12)
    source = factory.SubFactory(SourceFactory)
    content_hash = factory.LazyAttribute(lambda o: content_hash(o.text))


class ActorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Actor

    name = factory.Sequence(lambda n: f"Test Person {n}")
    kind = ActorKind.PERSON
    country = "KP"


class ActorAliasFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActorAlias

    actor = factory.SubFactory(ActorFactory)
    text = factory.Sequence(lambda n: f"Alias {n}")


class PlaceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Place

    name = factory.Sequence(lambda n: f"Test Place {n}")
    country = "KP"


def ingest_now(text, published=None, **kwargs) -> Article:
    """Ingest through the real service and run the extraction it queues at once (eager tasks).

    ``published`` may be a date or "YYYY-MM-DD"; other keywords go to ``ingest_article``."""
    from django.test import TestCase

    from articles.services import ingest_article

    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    with TestCase.captureOnCommitCallbacks(execute=True):
        return ingest_article(text=text, published=published, **kwargs).article
