"""The versioned page caches: one Redis cache shared by every process when Redis is configured,
local memory otherwise."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid

from tests.conftest import ROOT, require_or_skip

PROBE = """
import django, os, sys
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
django.setup()
from django.conf import settings
from tracker import selectors
name, version, value = sys.argv[1:4]
print(settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1])
print(selectors.cached(name, version, lambda: value))
"""


def _process(env, *args) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_without_redis_each_process_keeps_its_own_memory_cache():
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "CACHE_URL")}
    name = f"probe-{uuid.uuid4().hex}"
    assert _process(env, name, "v1", "first") == ["LocMemCache", "first"]
    assert _process(env, name, "v1", "second") == ["LocMemCache", "second"]


def test_with_redis_two_processes_share_one_cache_and_a_new_data_version_is_seen_at_once():
    import redis

    url = (os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0").rsplit("/", 1)[0] + "/14"
    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except Exception as exc:  # noqa: BLE001
        require_or_skip(f"Redis is not reachable at {url} ({exc})")
    env = {**os.environ, "REDIS_URL": url, "CACHE_URL": url}
    name = f"probe-{uuid.uuid4().hex}"
    assert _process(env, name, "v1", "computed-by-one") == ["RedisCache", "computed-by-one"]
    # a second process finds what the first computed
    assert _process(env, name, "v1", "computed-by-two") == ["RedisCache", "computed-by-one"]
    # data changed (a new version): the very next request in any process computes afresh
    assert _process(env, name, "v2", "after-the-change") == ["RedisCache", "after-the-change"]
    assert _process(env, name, "v2", "ignored") == ["RedisCache", "after-the-change"]
    redis.Redis.from_url(url).flushdb()


def test_a_cache_server_down_does_not_take_pages_down():
    env = {**os.environ, "REDIS_URL": "redis://127.0.0.1:1/0", "CACHE_URL": "redis://127.0.0.1:1/0"}
    assert _process(env, f"probe-{uuid.uuid4().hex}", "v1", "computed") == ["RedisCache", "computed"]


def test_the_cache_never_shares_the_task_queues_database():
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "CACHE_URL")}
    env["REDIS_URL"] = "redis://127.0.0.1:6379/0"
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django,os;os.environ.setdefault('DJANGO_SETTINGS_MODULE','tracker.settings');django.setup();"
            "from django.conf import settings;print(settings.CACHES['default']['LOCATION'])",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.stdout.strip() == "redis://127.0.0.1:6379/1", done.stderr
