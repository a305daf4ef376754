"""Django's Redis cache, made to serve the site whatever the state of the Redis server.

* **A server down is a miss.** Every read answers "not cached" and every write is dropped (with a
  warning in the log) when Redis cannot be reached, as Django's memcached backends do with
  ``ignore_exc``: pages, fragment caches (``{% cache %}``), counts and the API throttle go on
  without it, computing what they would have read.
* **One Redis client per connection pool** instead of one per call. Django's
  ``RedisCacheClient.get_client`` builds a new ``redis.Redis`` for every get and set, and building
  one costs about half a millisecond (it fills its table of response callbacks): five cache calls
  a request spent more on that than on Redis. A client is thread-safe and holds no connection of
  its own (the pool does), so one per pool serves every call."""

from __future__ import annotations

import logging
import time

import redis
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache as _RedisCache
from django.core.cache.backends.redis import RedisCacheClient

log = logging.getLogger(__name__)


class _Client(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients: dict[int, object] = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = self._client(connection_pool=self._get_connection_pool(write))
        return client


_DOWN = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError)
_last_warning = [0.0]


def _unreachable(call: str, exc: Exception) -> None:
    """Say so in the log, once a minute at most: every request would say it several times."""
    now = time.monotonic()
    if now - _last_warning[0] >= 60:
        _last_warning[0] = now
        log.warning(
            "Cache server unreachable (%s: %s); %s and the rest treated as misses.", type(exc).__name__, exc, call
        )


class RedisCache(_RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = _Client

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except _DOWN as exc:
            _unreachable("get", exc)
            return default

    def get_many(self, keys, version=None):
        try:
            return super().get_many(keys, version)
        except _DOWN as exc:
            _unreachable("get_many", exc)
            return {}

    def has_key(self, key, version=None):
        try:
            return super().has_key(key, version)
        except _DOWN as exc:
            _unreachable("has_key", exc)
            return False

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            super().set(key, value, timeout, version)
        except _DOWN as exc:
            _unreachable("set", exc)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().add(key, value, timeout, version)
        except _DOWN as exc:
            _unreachable("add", exc)
            return False

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().set_many(data, timeout, version)
        except _DOWN as exc:
            _unreachable("set_many", exc)
            return list(data)

    def delete(self, key, version=None):
        try:
            return super().delete(key, version)
        except _DOWN as exc:
            _unreachable("delete", exc)
            return False
