"""The living gold set: editors' decisions score the current pipeline."""

from __future__ import annotations

from django.db import transaction

from articles.models import Article, Evidence
from tracker.fact_kinds import BY_MODEL, KINDS
from tracker.models import ReviewState

from .processing import run_pipeline
from .storing import _fact_rows, _Resolver


def score_against_reviews() -> tuple[int, dict[str, dict]]:
    """Run the current pipeline on every article that supports a reviewed fact and compare.

    Per kind: ``tp`` confirmed facts found again, ``edited`` facts found whose values an editor
    had to correct, ``fp`` rejected facts found again, ``fn`` confirmed or corrected facts not
    found; precision = tp / (tp + edited + fp), recall = (tp + edited) / (tp + edited + fn).
    Writes nothing (candidate actors made while resolving are rolled back)."""
    counts = {k.plural: {"tp": 0, "edited": 0, "fp": 0, "fn": 0} for k in KINDS.values()}
    reviewed: dict[int, list[tuple[str, str, str]]] = {}  # article id -> (kind, signature, state)
    for kind in KINDS.values():
        name, field = kind.plural, kind.evidence_field
        rows = (
            Evidence.objects.filter(**{f"{field}__isnull": False})
            .exclude(**{f"{field}__review_state": ReviewState.MACHINE})
            .values_list("article_id", f"{field}__signature", f"{field}__review_state")
            .distinct()
        )
        for article_id, signature, state in rows:
            reviewed.setdefault(article_id, []).append((name, signature, state))
    for article in Article.objects.filter(pk__in=list(reviewed)).exclude(text="").iterator():
        result = run_pipeline(article.text, published=article.published, language=article.language or None)
        with transaction.atomic():
            found = {
                (BY_MODEL[model].plural, sig) for model, sig, *_rest in _fact_rows(result, _Resolver(result.candidates))
            }
            transaction.set_rollback(True)
        for name, signature, state in set(reviewed[article.pk]):
            hit = (name, signature) in found
            c = counts[name]
            if state == ReviewState.REJECTED:
                c["fp"] += hit
            elif hit:
                c["edited" if state == ReviewState.EDITED else "tp"] += 1
            else:
                c["fn"] += 1
    for c in counts.values():
        found_n = c["tp"] + c["edited"] + c["fp"]
        real = c["tp"] + c["edited"] + c["fn"]
        c["precision"] = round(c["tp"] / found_n, 4) if found_n else None
        c["recall"] = round((c["tp"] + c["edited"]) / real, 4) if real else None
    return len(reviewed), counts
