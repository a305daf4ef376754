from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


def redis_reachable(url: str, timeout: float = 2.0) -> tuple[bool, str]:
    if not url:
        return False, "REDIS_URL is not set"
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=timeout, socket_timeout=timeout).ping()
    except Exception as exc:  # noqa: BLE001 - any failure means "not usable"
        return False, f"{type(exc).__name__}: {exc}"
    return True, "ok"


class Command(BaseCommand):
    help = "Exit 0 if the Celery broker (REDIS_URL) answers, 1 otherwise."

    def add_arguments(self, parser):
        parser.add_argument("--quiet", action="store_true")

    def handle(self, *args, quiet, **options):
        ok, why = redis_reachable(settings.REDIS_URL)
        if not quiet:
            self.stdout.write(f"broker {settings.REDIS_URL or '(none)'}: {why}")
        if not ok:
            if quiet:  # `make run` asks quietly and says itself what it does without a broker
                raise SystemExit(1)
            raise CommandError(f"broker not usable: {why}", returncode=1)
