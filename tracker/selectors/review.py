"""The editors' review queue: unreviewed facts newest first with their evidence, and counts of
what is waiting and what was decided."""

from __future__ import annotations

from django.db.models import Count, Prefetch

from articles.models import Evidence
from tracker.fact_kinds import KINDS
from tracker.models import ReviewState


def review_queue(kind: str):
    """Unreviewed facts of the kind, newest first, each with its people, place and evidence."""
    evidence = Prefetch("evidence", queryset=Evidence.objects.select_related("article__source").order_by("pk"))
    fact_kind = KINDS[kind]
    qs = fact_kind.model.objects.filter(review_state=ReviewState.MACHINE).order_by("-created", "-pk")
    return fact_kind.display(qs, evidence=evidence)


def review_counts() -> dict[str, int]:
    """Unreviewed facts waiting, per kind."""
    return {name: k.model.objects.filter(review_state=ReviewState.MACHINE).count() for name, k in KINDS.items()}


def reviewed_counts() -> dict[str, dict[str, int]]:
    """Facts editors decided, per kind and decision (confirmed, edited, rejected)."""
    return {
        name: dict(
            k.model.objects.exclude(review_state=ReviewState.MACHINE)
            .values_list("review_state")
            .annotate(n=Count("pk"))
        )
        for name, k in KINDS.items()
    }
