"""Stories: near-copies of one report grouped by MinHash bands (articles.services.stories)."""

import pytest

from articles import services
from articles.models import Article

pytestmark = pytest.mark.django_db


def _words(rng, n: int) -> str:
    vocab = (
        "river harbour steel grain rail bridge market border coal ship cargo power plant road tunnel "
        "factory farm season price rate yuan contract permit station truck crane depot loan fund tariff"
    ).split()
    return " ".join(f"{rng.choice(vocab)}{rng.randrange(1000)}" for _ in range(n))


def test_the_copy_finds_its_original_among_many_articles_sharing_boilerplate(settings):
    """GIVEN an original and twelve articles that carry the same boilerplate paragraph as it,
    WHEN a copy of the original is placed with room for a single candidate, THEN the candidate
    compared is the original (the article sharing the most bands), not a boilerplate neighbour."""
    import random

    rng = random.Random(4)
    settings.STORY_CANDIDATES = 1
    boilerplate = _words(rng, 40)

    def stored(text):
        # the worker's own path: extraction stores the facts and places the article in its story
        article = Article.objects.create(text=text, content_hash=services.content_hash(text))
        return services.process_article(article.pk)

    original = stored(boilerplate + "\n" + _words(rng, 60))
    others = [stored(boilerplate + "\n" + _words(rng, 60)) for _ in range(12)]
    assert len({a.story_id for a in [original, *others]}) == 13  # boilerplate alone is no story
    copy = stored("Reprinted: " + original.text)
    assert copy.story_id == original.story_id
