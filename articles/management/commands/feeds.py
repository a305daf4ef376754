from django.core.management.base import BaseCommand, CommandError

from articles import services
from articles.feed_reader import poll_all
from articles.models import Feed


class Command(BaseCommand):
    help = "Subscribe to an RSS/Atom feed (--add URL), list feeds, or poll them now (--poll)."

    def add_arguments(self, parser):
        parser.add_argument("--add", metavar="URL", help="feed URL to subscribe to")
        parser.add_argument("--source", help="outlet the feed belongs to (created if new)")
        parser.add_argument("--poll", action="store_true", help="poll every active feed now")

    def handle(self, *args, add, source, poll, **options):
        if add:
            from django.core.exceptions import ValidationError
            from django.core.validators import URLValidator

            try:
                URLValidator(schemes=["http", "https"])(add)
            except ValidationError:
                raise CommandError(f"{add!r} is not an http or https URL.") from None
            feed, created = Feed.objects.get_or_create(
                url=add, defaults={"source": services.get_or_create_source(source)}
            )
            self.stdout.write(f"feed {feed.pk} {'added' if created else 'already subscribed'}: {feed.url}")
        if poll:
            for url, outcome in poll_all().items():
                self.stdout.write(f"{url}: {outcome}")
        if not add and not poll:
            for feed in Feed.objects.all():
                self.stdout.write(f"{feed.pk}\t{'on' if feed.active else 'off'}\t{feed.url}\t{feed.last_status}")
