"""Screenshots of the running site in Debian's Chromium, for the README and for looking at pages."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from tracker.chromium import CHROMIUM_ARGS as ARGS
from tracker.chromium import CHROMIUM_PATH as CHROMIUM

PAGES = [
    ("timeline", "/", 1280),
    ("actor", "/actors/kim-jong-un/", 1280),
    ("timeline-phone", "/", 375),
    ("timeline-filtered", "/?actor=wang-yi&place=pyongyang", 1280),
    ("place", "/places/pyongyang/", 1280),
    ("search", "/search/?q=평양", 1280),
    ("trade", "/trade/", 1280),
    ("trade-heading", "/trade/2710/", 1280),
]


class Command(BaseCommand):
    help = "Save PNG screenshots of pages of a running server (default http://127.0.0.1:8000) with Chromium."

    def add_arguments(self, parser):
        parser.add_argument("--base", default="http://127.0.0.1:8000")
        parser.add_argument("--out", default="docs/screenshots")
        parser.add_argument("--page", action="append", default=[], help="NAME=PATH to add a page")

    def handle(self, *args, base, out, page, **options):
        if not Path(CHROMIUM).exists():
            raise CommandError(f"No Chromium at {CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).")
        from playwright.sync_api import sync_playwright

        pages = PAGES + [(p.split("=", 1)[0], p.split("=", 1)[1], 1280) for p in page]
        Path(out).mkdir(parents=True, exist_ok=True)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for name, path, width in pages:
                tab = browser.new_page(viewport={"width": width, "height": 900})
                errors = []
                tab.on("console", lambda msg, errors=errors: msg.type == "error" and errors.append(msg.text))
                tab.goto(base + path, wait_until="networkidle")
                tab.wait_for_timeout(800)
                target = Path(out) / f"{name}.png"
                tab.screenshot(path=str(target), full_page=False)
                self.stdout.write(f"{target}  {base}{path}" + (f"  console errors: {errors}" if errors else ""))
                tab.close()
            browser.close()
