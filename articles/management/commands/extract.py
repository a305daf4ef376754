"""Run the ingest pipeline on text and print what it finds as JSON; writes nothing."""

import datetime as dt
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.extraction_output import result_to_json
from articles.services import current_gazetteer, run_pipeline


class Command(BaseCommand):
    help = "Extract facts from a text file (or a JSONL batch) and print them as JSON. Writes nothing."

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help="a UTF-8 text file")
        parser.add_argument("--published", help="publication date, YYYY-MM-DD")
        parser.add_argument("--lang", default="", help="language code (default: detected)")
        parser.add_argument("--jsonl", help='JSONL input: {"id", "text", "published"} a line')

    def handle(self, *args, file, published, lang, jsonl, **options):
        if bool(file) == bool(jsonl):
            raise CommandError("Give either a FILE or --jsonl INPUT.jsonl.")
        gazetteer = current_gazetteer()
        if file:
            try:
                text = Path(file).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise CommandError(f"{file}: cannot read UTF-8 text: {exc}") from None
            record = self._extract(Path(file).stem, text, published, lang, gazetteer)
            self.stdout.write(json.dumps(record, ensure_ascii=False, indent=2))
            return
        try:
            lines = Path(jsonl).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"{jsonl}: cannot read: {exc}") from None
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                text = item["text"]
            except (ValueError, KeyError, TypeError) as exc:
                raise CommandError(f"{jsonl}:{n}: not a JSON object with a text: {exc}") from None
            record = self._extract(
                item.get("id", str(n)), text, item.get("published"), item.get("lang") or lang, gazetteer
            )
            self.stdout.write(json.dumps(record, ensure_ascii=False))

    def _extract(self, ident, text, published, lang, gazetteer):
        day = None
        if published:
            try:
                day = dt.date.fromisoformat(str(published))
            except ValueError:
                raise CommandError(f"{ident}: published must be YYYY-MM-DD, not {published!r}") from None
        result = run_pipeline(text, published=day, language=lang or None)
        return {"id": ident, **result_to_json(result, gazetteer)}
