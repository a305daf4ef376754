import datetime as dt
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles import extraction, services
from articles.models import Source

DEMO_FILE = Path(__file__).resolve().parents[2] / "demo" / "articles.jsonl"
# Monthly figures written for the demo (not official statistics; labelled so on every page).
TRADE_SAMPLE = DEMO_FILE.parent / "trade_sample.csv"
DEMO_SOURCE = "Tracker demo desk"


class Command(BaseCommand):
    help = (
        "Ingest the demo articles through the real pipeline, and import the sample trade figures. "
        "Idempotent: stored texts and an imported sample file are skipped."
    )

    def handle(self, *args, **options):
        if not DEMO_FILE.exists():
            raise CommandError(f"Demo file missing: {DEMO_FILE}")
        source, _ = Source.objects.get_or_create(
            name=DEMO_SOURCE,
            defaults={"domain": "", "country": "", "state_media": False},
        )
        created = skipped = 0
        for line in DEMO_FILE.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            result = services.ingest_article(
                text=item["text"],
                title=item["title"],
                published=dt.date.fromisoformat(item["published"]),
                source=source,
                language=item.get("language", ""),
            )
            created += result.created
            skipped += not result.created
        stale = source.articles.exclude(extractor_version=extraction.EXTRACTOR_VERSION).exclude(status="pending")
        requeued = services.requeue_articles(stale.values_list("pk", flat=True))
        self.stdout.write(
            f"Demo articles: {created} ingested, {skipped} already stored"
            + (f", {requeued} queued again for the current extractor." if requeued else ".")
        )
        self.stdout.write(_load_trade_sample())


def _load_trade_sample() -> str:
    from tracker.models import TradeImport
    from tracker.trade_import import file_sha256, import_trade

    if TradeImport.objects.filter(sha256=file_sha256(TRADE_SAMPLE)).exists():
        return "Sample trade figures: already imported."
    report = import_trade(TRADE_SAMPLE, file_format="plain", dataset="Sample figures (demo)", sample=True)
    return f"Sample trade figures (not official statistics): {report}."
