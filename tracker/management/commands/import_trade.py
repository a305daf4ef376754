"""python manage.py import_trade FILE [--format comtrade|plain] [--dataset NAME] [--sample]"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from tracker.trade_import import TradeFileError, import_trade, reflag


class Command(BaseCommand):
    help = (
        "Import customs statistics (a UN Comtrade CSV download or the plain CSV the README documents). "
        "A file with any bad row stores nothing; each bad row is named by its line."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help="the CSV file")
        parser.add_argument("--format", choices=["comtrade", "plain"], help="default: told by the header")
        parser.add_argument("--dataset", default="", help='where the figures come from (default "UN Comtrade")')
        parser.add_argument("--sample", action="store_true", help="figures written for a demo, not official")
        parser.add_argument(
            "--reflag", action="store_true", help="mark every stored figure again from the sanctions table"
        )

    def handle(self, *args, file, format, dataset, sample, **options):
        if options["reflag"]:
            self.stdout.write(f"Sanction marks changed on {reflag():,} figures.")
            if not file:
                return
        if not file:
            raise CommandError("Give a CSV file to import (or --reflag).")
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"{file}: no such file.")
        try:
            report = import_trade(path, file_format=format, dataset=dataset, sample=sample)
        except TradeFileError as exc:
            for line, reason in exc.errors:
                self.stderr.write(f"{file}: line {line}: {reason}")
            if exc.total > len(exc.errors):
                self.stderr.write(f"{file}: … and {exc.total - len(exc.errors)} more bad rows")
            raise CommandError(
                f"{file}: {exc.total} bad row{'s' if exc.total != 1 else ''}; nothing was stored."
            ) from None
        self.stdout.write(f"{file}: {report}")
