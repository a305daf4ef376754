from django.apps import AppConfig


class TrackerConfig(AppConfig):
    name = "tracker"
    verbose_name = "Knowledge (actors, places, events, trade)"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from .gazetteer_loader import load_after_migrate

        post_migrate.connect(load_after_migrate, sender=self)

        from . import signals

        signals.connect()
