from django.core.management.base import BaseCommand, CommandError

from articles import extraction, services
from articles.models import Article


class Command(BaseCommand):
    help = "Queue extraction again for some articles: by id, those made by an older extractor (--stale), or --all."

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int)
        parser.add_argument(
            "--stale", action="store_true", help=f"articles not extracted by {extraction.EXTRACTOR_VERSION}"
        )
        parser.add_argument("--all", action="store_true")

    def handle(self, *args, ids, stale, all, **options):
        if not (ids or stale or all):
            raise CommandError("Give article ids, --stale or --all.")
        qs = Article.objects.all()
        if ids:
            qs = qs.filter(pk__in=ids)
            missing = set(ids) - set(qs.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"No article with id {', '.join(map(str, sorted(missing)))}.")
        elif stale:
            qs = qs.exclude(extractor_version=extraction.EXTRACTOR_VERSION)
        n = services.requeue_articles(qs.values_list("pk", flat=True))
        self.stdout.write(f"Queued extraction for {n} article(s).")
