"""Django's Redis cache, made to serve the site whatever the state of the Redis server.

* **A failing server is a miss.** Any Redis error (unreachable, timed out, out of memory, read
  only) makes a read answer "not cached" and drops a write, as Django's memcached backends do with
  ``ignore_exc``: pages, fragment caches (``{% cache %}``), counts and the API throttle go on
  without it, computing what they would have read. The log says so once a minute.
* **A server that fails is left alone for a while.** After a failure the process does not call
  Redis for CACHE_DOWN_SECONDS: a server that accepts connections but never answers would
  otherwise cost every cache call its socket timeout, and a page makes several.
* **One Redis client per connection pool** instead of one per call. Django's
  ``RedisCacheClient.get_client`` builds a new ``redis.Redis`` for every get and set, and building
  one costs about half a millisecond (it fills its table of response callbacks): five cache calls
  a request spent more on that than on Redis. A client is thread-safe and holds no connection of
  its own (the pool does), so one per pool serves every call."""

from __future__ import annotations

import logging
import time

import redis
from django.conf import settings
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


_down_until: dict[str, float] = {}  # by server: when to call it again
_last_warning = [0.0]


def _failed(server: str, call: str, exc: Exception) -> None:
    now = time.monotonic()
    _down_until[server] = now + settings.CACHE_DOWN_SECONDS
    if now - _last_warning[0] >= 60:  # every request would say it several times
        _last_warning[0] = now
        log.warning(
            "Cache server failing (%s: %s) on %s; every cache call is a miss for %s s.",
            type(exc).__name__,
            exc,
            call,
            settings.CACHE_DOWN_SECONDS,
        )


class RedisCache(_RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = _Client
        self._server = ",".join(self._servers)

    def _guard(self, call: str, fallback, fn, *args):
        if time.monotonic() < _down_until.get(self._server, 0.0):
            return fallback
        try:
            return fn(*args)
        except redis.exceptions.RedisError as exc:
            _failed(self._server, call, exc)
            return fallback

    def get(self, key, default=None, version=None):
        return self._guard("get", default, super().get, key, default, version)

    def get_many(self, keys, version=None):
        return self._guard("get_many", {}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._guard("has_key", False, super().has_key, key, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._guard("set", None, super().set, key, value, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard("add", False, super().add, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard("set_many", list(data), super().set_many, data, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard("touch", False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._guard("delete", False, super().delete, key, version)
