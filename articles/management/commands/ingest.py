import datetime as dt
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles import services


def decode_text(raw: bytes) -> tuple[str, str]:
    """(text, "") for UTF-8 or a legacy encoding detected with confidence (EUC-KR, GB2312,
    Windows-1252 …); ("", reason) for binary data or undecodable bytes."""
    if b"\x00" in raw[:4096] or raw[:4] in (b"\x89PNG", b"%PDF", b"PK\x03\x04") or raw[:3] == b"\xff\xd8\xff":
        return "", "binary data, not article text."
    try:
        return raw.decode("utf-8-sig"), ""
    except UnicodeDecodeError as exc:
        position = exc.start
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None or best.chaos > 0.2:
        return "", f"not UTF-8 text (byte {position}) and no other encoding fits; convert it to UTF-8 first."
    if best.encoding in _SINGLE_BYTE_LATIN:
        # Short Western texts fit several Latin code pages; Windows-1252 is by far the most common.
        try:
            return raw.decode("cp1252"), ""
        except UnicodeDecodeError:
            pass
    return str(best), ""


_SINGLE_BYTE_LATIN = {"cp1250", "cp1252", "cp1257", "latin_1", "iso8859_2", "iso8859_15", "iso8859_9", "mac_roman"}


def parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--published must be a date as YYYY-MM-DD, not {value!r}.") from None


class Command(BaseCommand):
    help = (
        "Ingest article text files (UTF-8), or with --url and no file fetch that page; "
        "prints each article's id and status."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="*", help="text files, or - for standard input")
        parser.add_argument("--published", type=parse_date, help="publication date, YYYY-MM-DD")
        parser.add_argument("--source", help="outlet name (created if new)")
        parser.add_argument(
            "--url", default="", help="the article's URL; with no file, the page is fetched and its main text extracted"
        )
        parser.add_argument("--title", default="", help="title (default: the first line)")
        parser.add_argument("--lang", default="", help="language code (default: detected)")

    def handle(self, *args, files, published, source, url, title, lang, **options):
        if url and len(files) > 1:
            raise CommandError("--url applies to one file; give one file with it.")
        if not files and not url:
            raise CommandError("Give text files to ingest, or --url URL to fetch a page.")
        if not files:
            try:
                result = services.ingest(url=url, source=source, published=published, title=title)
            except services.IngestError as exc:
                raise CommandError(f"{url}: refused: {' '.join(exc.messages)}") from None
            article = result.article
            article.refresh_from_db()
            state = "new" if result.created else "duplicate"
            self.stdout.write(f"{url}: article {article.pk} {article.status} ({state}) {result.message}")
            if article.status == "failed":
                raise CommandError(f"{url}: {article.error}")
            return
        refused = 0
        for name in files:
            try:
                raw = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
            except OSError as exc:
                self.stderr.write(f"{name}: refused: cannot read the file ({exc.strerror}).")
                refused += 1
                continue
            text, problem = decode_text(raw)
            if problem:
                self.stderr.write(f"{name}: refused: {problem}")
                refused += 1
                continue
            try:
                result = services.ingest(
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
