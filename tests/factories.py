import datetime as dt

import factory

from articles.models import Article, Evidence, Source
from articles.services import content_hash
from tracker.fact_kinds import BY_MODEL
from tracker.models import (
    Actor,
    ActorAlias,
    ActorKind,
    Agreement,
    Commodity,
    DatePrecision,
    Meeting,
    Place,
    TradeItem,
    Visit,
)


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


class CommodityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Commodity

    name = factory.Sequence(lambda n: f"Test good {n}")
    hs_code = "2701"


class _FactFactory(factory.django.DjangoModelFactory):
    class Meta:
        abstract = True
        skip_postgeneration_save = True  # the hooks add rows of their own; the fact needs no second save

    date = dt.date(2024, 4, 11)
    date_precision = DatePrecision.DAY

    @factory.post_generation
    def evidence(self, create, extracted, **kwargs):
        """A fact is stored with the sentence that supports it: one Evidence row in a new article
        (``evidence=False`` for none, ``evidence__article=…`` for a given article)."""
        if create and extracted is not False:
            EvidenceFactory(fact=self, **kwargs)


class MeetingFactory(_FactFactory):
    class Meta:
        model = Meeting

    place = factory.SubFactory(PlaceFactory)

    @factory.post_generation
    def participants(self, create, extracted, **kwargs):
        if create:
            self.participants.set(extracted if extracted is not None else [ActorFactory(), ActorFactory()])


class VisitFactory(_FactFactory):
    class Meta:
        model = Visit

    visitor = factory.SubFactory(ActorFactory)
    destination = factory.SubFactory(PlaceFactory)


class AgreementFactory(_FactFactory):
    class Meta:
        model = Agreement

    title = factory.Sequence(lambda n: f"Agreement {n}")
    place = factory.SubFactory(PlaceFactory)

    @factory.post_generation
    def signatories(self, create, extracted, **kwargs):
        if create:
            self.signatories.set(extracted if extracted is not None else [ActorFactory(), ActorFactory()])


class TradeItemFactory(_FactFactory):
    class Meta:
        model = TradeItem

    commodity = factory.SubFactory(CommodityFactory)
    exporter = "KP"
    importer = "CN"


class EvidenceFactory(factory.django.DjangoModelFactory):
    """The sentence of an article that supports ``fact`` (any kind: it goes to the kind's column)."""

    class Meta:
        model = Evidence

    fact = None
    article = factory.SubFactory(ArticleFactory)
    start = 0
    end = factory.LazyAttribute(lambda o: len(o.article.text))
    sentence = factory.LazyAttribute(lambda o: o.article.text)

    @classmethod
    def _create(cls, model_class, *args, fact=None, **kwargs):
        if fact is not None:
            kwargs[BY_MODEL[type(fact)].evidence_field] = fact
        return super()._create(model_class, *args, **kwargs)


def ingest_now(text, published=None, **kwargs) -> Article:
    """Ingest through the real service and run the extraction it queues at once (eager tasks).

    ``published`` may be a date or "YYYY-MM-DD"; other keywords go to ``ingest_article``."""
    from django.test import TestCase

    from articles.services import ingest_article

    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    with TestCase.captureOnCommitCallbacks(execute=True):
        return ingest_article(text=text, published=published, **kwargs).article
