import datetime as dt
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles import services


def parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--published must be a date as YYYY-MM-DD, not {value!r}.") from None


class Command(BaseCommand):
    help = "Ingest article text files (UTF-8); prints each article's id and status."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", help="text files, or - for standard input")
        parser.add_argument("--published", type=parse_date, help="publication date, YYYY-MM-DD")
        parser.add_argument("--source", help="outlet name (created if new)")
        parser.add_argument("--url", default="", help="the article's URL (only with one file)")
        parser.add_argument("--title", default="", help="title (default: the first line)")
        parser.add_argument("--lang", default="", help="language code (default: detected)")

    def handle(self, *args, files, published, source, url, title, lang, **options):
        if url and len(files) > 1:
            raise CommandError("--url applies to one file; give one file with it.")
        refused = 0
        for name in files:
            try:
                raw = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
            except OSError as exc:
                self.stderr.write(f"{name}: refused: cannot read the file ({exc.strerror}).")
                refused += 1
                continue
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                self.stderr.write(f"{name}: refused: not UTF-8 text (byte {exc.start}); convert it to UTF-8 first.")
                refused += 1
                continue
            if "\x00" in text:
                self.stderr.write(f"{name}: refused: binary data, not article text.")
                refused += 1
                continue
            try:
                result = services.ingest_article(
                    text=text, title=title, published=published, source=source, url=url, language=lang
                )
            except services.IngestError as exc:
                self.stderr.write(f"{name}: refused: {' '.join(exc.messages)}")
                refused += 1
                continue
            article = result.article
            article.refresh_from_db()
            state = "new" if result.created else "duplicate"
            self.stdout.write(f"{name}: article {article.pk} {article.status} ({state}) {result.message}")
        if refused:
            raise CommandError(f"{refused} of {len(files)} file(s) refused.")
