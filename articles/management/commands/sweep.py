from django.core.management.base import BaseCommand

from articles.services import sweep_stuck


class Command(BaseCommand):
    help = "Queue again articles stuck in processing (lost worker) or pending (broker was down)."

    def add_arguments(self, parser):
        parser.add_argument("--processing-timeout", type=int, help="seconds (default ARTICLE_PROCESSING_TIMEOUT)")
        parser.add_argument("--pending-after", type=int, help="seconds (default ARTICLE_PENDING_REQUEUE_AFTER)")

    def handle(self, *args, processing_timeout, pending_after, **options):
        found = sweep_stuck(processing_timeout=processing_timeout, pending_after=pending_after)
        self.stdout.write(f"Queued again: {found['processing']} stuck in processing, {found['pending']} pending.")
