from django.core.management.base import BaseCommand

from tracker.gazetteer_loader import load_gazetteer


class Command(BaseCommand):
    help = "Add the shipped gazetteer (tracker/data/*.json) to the database; changes nothing already there."

    def handle(self, *args, **options):
        report = load_gazetteer()
        self.stdout.write(f"Gazetteer: {report}.")
        if report.skipped_aliases:
            self.stdout.write(f"{len(report.skipped_aliases)} alias(es) skipped: already used by another record.")
