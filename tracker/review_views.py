"""Staff pages: the review queue (newest unreviewed facts first, one-key confirm / reject, inline
correction) and the published accuracy of the pipeline against editors' decisions."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.views.decorators.http import require_POST

from . import review, selectors
from .fact_kinds import KINDS
from .models import AccuracyRun, DatePrecision

_CONTEXT = 220  # characters of the article shown around the evidence sentence


def _in_context(ev) -> str:
    """The evidence sentence marked inside the text around it in its article."""
    text = ev.article.text
    if ev.version_id and ev.article.text[ev.start : ev.end] != ev.sentence:
        return format_html("<mark>{}</mark>", ev.sentence)  # quoted from an earlier version
    lo, hi = max(0, ev.start - _CONTEXT), min(len(text), ev.end + _CONTEXT)
    return format_html(
        "{}{}<mark>{}</mark>{}{}",
        "…" if lo else "",
        text[lo : ev.start],
        text[ev.start : ev.end],
        text[ev.end : hi],
        "…" if hi < len(text) else "",
    )


@staff_member_required
def queue(request):
    kind = request.GET.get("kind", "meeting")
    if kind not in KINDS:
        raise Http404("No such kind of fact.")
    counts = selectors.review_counts()
    page = Paginator(selectors.review_queue(kind), 15).get_page(request.GET.get("page"))
    items = [(fact, [(ev, _in_context(ev)) for ev in list(fact.evidence.all())[:3]]) for fact in page]
    return render(
        request,
        "tracker/review_queue.html",
        {
            "kind": kind,
            "kinds": [(k, fact_kind.label, counts[k]) for k, fact_kind in KINDS.items()],
            "page": page,
            "items": items,
            "precisions": DatePrecision.choices,
        },
    )


@staff_member_required
@require_POST
def decide(request, kind, pk):
    if kind not in KINDS:
        raise Http404("No such kind of fact.")
    fact = KINDS[kind].model.objects.filter(pk=pk).first()
    if fact is None:
        raise Http404("No such fact.")
    action = request.POST.get("action")
    try:
        if action == "confirm":
            review.confirm(fact, request.user)
            messages.success(request, f"Confirmed: {fact}")
        elif action == "reject":
            review.reject(fact, request.user)
            messages.success(request, f"Rejected: {fact}")
        elif action == "edit":
            changes = {k: request.POST[k] for k in _EDIT_FIELDS if k in request.POST}
            for many in ("participants", "signatories"):
                if many in request.POST:
                    changes[many] = [s.strip() for s in request.POST[many].split(",")]
            review.edit(fact, request.user, changes)
            messages.success(request, f"Corrected: {fact}")
        else:
            messages.error(request, "Unknown action: choose confirm, reject or edit.")
    except review.ReviewError as exc:
        messages.error(request, f"Not saved: {exc}")
    target = reverse("tracker:review") + f"?kind={kind}"
    if request.POST.get("page"):
        target += f"&page={request.POST['page']}"
    return redirect(target)


_EDIT_FIELDS = (
    "date",
    "date_precision",
    "place",
    "destination",
    "visitor",
    "hs_code",
    "exporter",
    "importer",
    "status",
    "title",
)


@staff_member_required
def accuracy(request):
    reviewed = selectors.reviewed_counts()
    return render(
        request,
        "tracker/review_accuracy.html",
        {
            "runs": AccuracyRun.objects.all()[:10],
            "reviewed": [(k.label, reviewed[name]) for name, k in KINDS.items()],
        },
    )
