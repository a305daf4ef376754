"""Whole responses of the public read pages and API lists, kept for anonymous readers and keyed by
the data version (``selectors.data_version``: one query of index lookups that anything stored,
extracted, reviewed, edited in the admin or deleted moves). RESPONSE_CACHE_SECONDS (0: off)
bounds what the version cannot see, as AGGREGATE_CACHE_SECONDS does for the cached counts: an
evidence row edited or deleted in the admin, a re-fetch that found the same text, the gazetteer
loader's bulk writes.

Only what is the same for every anonymous reader is kept: GET and HEAD, no signed-in user, no
session or messages cookie, a 200 that sets no cookie, used no CSRF token, says nothing against
being kept (``Cache-Control: private`` or ``no-store``) and is no larger than
RESPONSE_CACHE_MAX_BYTES (a streamed export is kept once it has ended within it). The cache holds
at most that size for each URL served in RESPONSE_CACHE_SECONDS. The key holds the scheme, host,
full path and the Accept header (the API's format), so a CSV and a JSON answer, or two pages of a
list, are never confused.

On the API the decorator wraps the handler (``list``, ``retrieve``), so authentication,
permissions and throttling still run on every request, served from the cache or not."""

from __future__ import annotations

import functools
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, StreamingHttpResponse

_FORMAT = 1  # of what is stored, (content, headers): a change of it must not read old entries
_KEPT_HEADERS = ("Content-Type", "Content-Disposition", "Content-Language", "Link")
_SESSION_COOKIES = ("sessionid", "messages")


def _cacheable_request(request) -> bool:
    if request.method not in ("GET", "HEAD") or not settings.RESPONSE_CACHE_SECONDS:
        return False
    if any(name in request.COOKIES for name in (settings.SESSION_COOKIE_NAME, *_SESSION_COOKIES)):
        return False  # a session may carry a signed-in user or a message to show once
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def _cacheable_response(request, response) -> bool:
    control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.cookies
        and "private" not in control
        and "no-store" not in control
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    )


def _key(request, version: str) -> str:
    parts = (
        _FORMAT,
        request.scheme,
        request.get_host(),
        request.get_full_path(),
        request.META.get("HTTP_ACCEPT", ""),
        version,
    )
    return "page:" + hashlib.sha1(repr(parts).encode()).hexdigest()


def _store(key: str, response, content: bytes) -> None:
    if len(content) > settings.RESPONSE_CACHE_MAX_BYTES:
        return
    headers = {h: response[h] for h in _KEPT_HEADERS if h in response}
    cache.set(key, (content, headers), settings.RESPONSE_CACHE_SECONDS)  # a failing Redis: dropped


def _tee(key: str, request, response, chunks):
    """Pass a streamed export through, and keep it once it has ended if it stayed small."""
    kept: list[bytes] = []
    size = 0
    limit = settings.RESPONSE_CACHE_MAX_BYTES
    for chunk in chunks:
        if size <= limit:
            kept.append(chunk)
            size += len(chunk)
            if size > limit:
                kept = []  # too large to keep: let the chunks go
        yield chunk
    if size <= limit and _cacheable_response(request, response):
        _store(key, response, b"".join(kept))


def cached_response(view):
    """Serve ``view``'s response from the cache when an anonymous reader asked for the same URL at
    the same data version; keep it otherwise. Works on function views and on API handler methods
    (through ``method_decorator``)."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not _cacheable_request(request):
            return view(request, *args, **kwargs)
        from tracker.selectors import data_version

        key = _key(request, data_version())
        hit = cache.get(key)  # a failing Redis answers a miss (tracker.cache_backend)
        if isinstance(hit, tuple) and len(hit) == 2:
            content, headers = hit
            response = HttpResponse(content)
            for name, value in headers.items():
                response[name] = value
            return response
        response = view(request, *args, **kwargs)
        if response.status_code != 200:
            return response
        if isinstance(response, StreamingHttpResponse):
            response.streaming_content = _tee(key, request, response, response.streaming_content)
        elif getattr(response, "is_rendered", True):
            if _cacheable_response(request, response):
                _store(key, response, response.content)
        else:  # a template or API response, rendered after the view returns

            def keep(rendered):
                if _cacheable_response(request, rendered):
                    _store(key, rendered, rendered.content)

            response.add_post_render_callback(keep)
        return response

    return wrapper
