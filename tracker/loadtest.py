"""The load test `make loadtest` runs (Locust, headless): clients that each send, one after
another with no pause, the mix of requests the site's users send, search included.

    locust -f tracker/loadtest.py --headless --users 32 --spawn-rate 8 --run-time 60s --host URL

Names, slugs and dates are read from the site itself at the start (the API), so the test runs
against any database: the benchmark one (manage.py synth) or the demo."""

from __future__ import annotations

import random

from locust import HttpUser, constant, events, task

SEARCHES = ["talks", "tungsten", "Zhao", "평양", "金正恩"]
_actors: list[str] = []


@events.test_start.add_listener
def _read_actors(environment, **kwargs):
    """The slugs of people who appear in meetings, read once from the API."""
    import requests

    body = requests.get(f"{environment.host}/api/v1/meetings/?page_size=100", timeout=60).json()
    _actors.extend(sorted({p["slug"] for m in body.get("results", []) for p in m.get("participants", [])}))
    if not _actors:
        _actors.append("kim-jong-un")


class Reader(HttpUser):
    """A user of the site: pages, the API, an export, search."""

    wait_time = constant(0)

    def _actor(self) -> str:
        return random.choice(_actors)

    @task(3)
    def timeline(self):
        self.client.get("/", name="timeline")

    @task(2)
    def timeline_filtered(self):
        self.client.get("/?kind=visit", name="timeline ?kind=visit")

    @task(3)
    def actor_page(self):
        self.client.get(f"/actors/{self._actor()}/", name="actor page")

    @task(2)
    def events_api(self):
        self.client.get(f"/api/v1/events/?actor={self._actor()}", name="events API")

    @task(2)
    def meetings_api(self):
        self.client.get("/api/v1/meetings/?page_size=50", name="meetings API")

    @task(1)
    def csv_export(self):
        self.client.get(f"/api/v1/events/?actor={self._actor()}&date_from=2018-01-01&format=csv", name="CSV export")

    @task(1)
    def trade(self):
        self.client.get("/trade/", name="trade")

    @task(2)
    def search(self):
        self.client.get("/search/", params={"q": random.choice(SEARCHES)}, name="search")
