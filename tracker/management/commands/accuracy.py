from django.core.management.base import BaseCommand

from articles import extraction
from articles.services import score_against_reviews
from tracker.models import AccuracyRun


class Command(BaseCommand):
    help = (
        "Score the current pipeline against the facts editors confirmed, corrected or rejected; "
        "prints precision and recall per kind and stores the run for the staff accuracy page."
    )

    def add_arguments(self, parser):
        parser.add_argument("--no-save", action="store_true", help="print only; do not store the run")

    def handle(self, *args, no_save, **options):
        n_articles, results = score_against_reviews()
        w = self.stdout.write
        w(f"articles with reviewed facts: {n_articles}; extractor {extraction.EXTRACTOR_VERSION}")
        w(f"{'kind':<12} {'precision':>9} {'recall':>7}   found+confirmed found+corrected found+rejected missed")
        for kind, r in results.items():
            p = "—" if r["precision"] is None else f"{r['precision']:.3f}"
            rc = "—" if r["recall"] is None else f"{r['recall']:.3f}"
            w(f"{kind:<12} {p:>9} {rc:>7}   {r['tp']:>15} {r['edited']:>15} {r['fp']:>14} {r['fn']:>6}")
        if not no_save:
            AccuracyRun.objects.create(
                extractor_version=extraction.EXTRACTOR_VERSION, articles=n_articles, results=results
            )
