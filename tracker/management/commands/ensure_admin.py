import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the admin account if missing (password from DJANGO_SUPERUSER_PASSWORD, else generated)."

    def add_arguments(self, parser):
        parser.add_argument("--username", default=os.environ.get("DJANGO_SUPERUSER_USERNAME", "admin"))

    def handle(self, *args, username, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(f"Admin account '{username}' exists (password unchanged).")
            return
        password = os.environ.get("DJANGO_SUPERUSER_PASSWORD") or secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email="", password=password)
        shown = "from DJANGO_SUPERUSER_PASSWORD" if os.environ.get("DJANGO_SUPERUSER_PASSWORD") else password
        self.stdout.write(self.style.SUCCESS(f"Admin account created: user '{username}', password {shown}"))
