"""Fetching web pages and feeds: bounded in time and size, honest about charsets, and clear about
why a fetch failed. Nothing here touches the database."""

from __future__ import annotations

import codecs
import html as html_lib
import ipaddress
import re
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

import requests
from charset_normalizer import from_bytes
from django.conf import settings
from requests.adapters import HTTPAdapter

HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml")
USER_AGENT = "cnkr-tracker/1.0 (+https://github.com/; research archive)"
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


class FetchError(Exception):
    """A page could not be fetched; the message says why, in words an editor can act on."""


@dataclass
class Page:
    url: str  # after redirects
    status: int
    body: bytes
    content_type: str
    charset: str
    etag: str = ""
    last_modified: str = ""

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def text(self) -> str:
        return self.body.decode(self.charset or "utf-8", errors="replace")


def _mb(n: int) -> str:
    return f"{n / 1_000_000:g} MB"


def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (tests replace this to play a name server)."""
    return [info[4][0] for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)]


def _literal(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address a host written as an address stands for, in every form a resolver accepts:
    dotted, short ("127.1"), decimal ("2130706433"), hexadecimal ("0x7f000001"), IPv6."""
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if re.fullmatch(r"[0-9a-fA-FxX.]+", host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def _refused(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Private, loopback, link-local, reserved, multicast, unspecified or any other address that is
    not on the public internet, an IPv4 address written as IPv6 (::ffff:127.0.0.1) included."""
    mapped = getattr(addr, "ipv4_mapped", None) or getattr(addr, "sixtofour", None)
    if mapped is not None and _refused(mapped):
        return True
    return not addr.is_global or addr.is_multicast or addr.is_unspecified or addr.is_loopback


@dataclass(frozen=True)
class Target:
    """A URL with the one address it will be fetched from (checked; connected to as it is)."""

    url: str
    host: str
    address: str


def check_url(url: str, *, redirect: bool = False) -> Target:
    """The URL and the address to fetch it from: http(s) only, the host resolved once, and no
    private or local address unless the deployment allows it (FETCH_ALLOW_PRIVATE, on for tests
    and local development). ``redirect``: the URL is a hop a server redirected to."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"Only http and https addresses can be fetched, not “{url[:200]}”.")
    host = parts.hostname
    literal = _literal(host)
    if literal is not None:
        addresses = [str(literal)]
    else:
        try:
            addresses = resolve(host, parts.port or (443 if parts.scheme == "https" else 80))
        except OSError as exc:
            raise FetchError(f"The host {host} could not be resolved ({exc}).") from None
        if not addresses:
            raise FetchError(f"The host {host} could not be resolved.")
    if not settings.FETCH_ALLOW_PRIVATE:
        allowed = [ipaddress.ip_network(n, strict=False) for n in settings.FETCH_ALLOW_NETWORKS]
        for address in addresses:
            addr = ipaddress.ip_address(address.split("%")[0])
            if _refused(addr) and not any(addr in net for net in allowed):
                if redirect:
                    raise FetchError(f"Redirect to a private address ({address}) refused: {url[:200]}")
                raise FetchError(f"The host {host} is a private or local address ({address}); it is not fetched.")
    return Target(url, host, addresses[0])


class _PinnedAdapter(HTTPAdapter):
    """Connects to the address that was checked, not to whatever the name resolves to next: the
    URL's host is replaced by the address, the Host header and the TLS server name stay the host."""

    def __init__(self, target: Target):
        self.target = target
        super().__init__(max_retries=0)

    def send(self, request, **kwargs):
        parts = urlsplit(request.url)
        address = f"[{self.target.address}]" if ":" in self.target.address else self.target.address
        netloc = f"{address}:{parts.port}" if parts.port else address
        request.headers["Host"] = parts.netloc.rsplit("@", 1)[-1]
        if parts.scheme == "https":
            self.poolmanager.connection_pool_kw.update(
                server_hostname=self.target.host, assert_hostname=self.target.host
            )
        original = request.url
        request.url = urlunsplit(parts._replace(netloc=netloc))
        response = super().send(request, **kwargs)
        request.url = response.url = original
        return response


def _charset(header_type: str, body: bytes) -> str:
    """The declared charset (header, then <meta> or the XML declaration), else a detected one."""
    m = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", header_type or "", re.IGNORECASE)
    declared = m.group(1) if m else None
    if not declared:
        head = body[:4096]
        m2 = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
        declared = m2.group(1).decode("ascii", "ignore") if m2 else None
    if declared:
        try:
            codecs.lookup(declared)
        except LookupError:
            pass  # an unknown name: detect instead
        else:
            # GB2312 pages routinely use GBK/GB18030 characters: decode with the superset.
            return "gb18030" if declared.lower().replace("-", "") in ("gb2312", "gbk", "x-gbk") else declared
    best = from_bytes(body[:200_000]).best()
    return best.encoding if best is not None else "utf-8"


def fetch(
    url: str,
    *,
    accept: tuple[str, ...] = HTML_TYPES,
    headers: dict[str, str] | None = None,
    timeout: float | None = None,
    max_bytes: int | None = None,
) -> Page:
    """GET ``url`` within ``timeout`` seconds in all and ``max_bytes`` of body, at most
    FETCH_MAX_REDIRECTS redirects; a 304 answer is returned as it is (conditional requests)."""
    timeout = timeout or settings.FETCH_TIMEOUT
    max_bytes = max_bytes or settings.FETCH_MAX_BYTES
    deadline = time.monotonic() + timeout
    target = check_url(url)
    sent = {"User-Agent": USER_AGENT, "Accept": ", ".join(accept) + ", */*;q=0.1", **(headers or {})}
    # Redirects one hop at a time, each checked and pinned before it is requested: a public page
    # redirecting inside gets no request sent inside.
    for hop in range(settings.FETCH_MAX_REDIRECTS + 1):
        left = deadline - time.monotonic()
        if left <= 0:
            raise FetchError(f"The server at {url} did not answer within {timeout:g} seconds.")
        response = _get(target, sent, left, timeout)
        location = response.headers.get("Location") if response.is_redirect else None
        if not location:
            break
        response.close()
        if hop == settings.FETCH_MAX_REDIRECTS:
            raise FetchError(
                f"Too many redirects (more than {settings.FETCH_MAX_REDIRECTS}) from {url}: a redirect loop?"
            )
        target = check_url(urljoin(target.url, location), redirect=True)
    with response:
        if response.status_code == 304:
            return Page(response.url, 304, b"", "", "", response.headers.get("ETag", ""))
        if response.status_code >= 400:
            raise FetchError(f"The server answered HTTP {response.status_code} {response.reason} for {url}.")
        content_type = response.headers.get("Content-Type", "")
        mime = content_type.split(";")[0].strip().lower()
        if mime and mime not in accept:
            kinds = "an HTML page" if accept == HTML_TYPES else "a feed"
            raise FetchError(f"{url} is not {kinds} (content type {mime}).")
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            raise FetchError(f"{url} is {_mb(int(declared))}, larger than the limit of {_mb(max_bytes)}.")
        body = bytearray()
        try:
            for chunk in response.iter_content(64 * 1024):
                body.extend(chunk)
                if len(body) > max_bytes:
                    raise FetchError(f"{url} is larger than the limit of {_mb(max_bytes)}; fetching stopped.")
                if time.monotonic() > deadline:
                    raise FetchError(f"{url} took longer than {timeout:g} seconds to send; fetching stopped.")
        except requests.exceptions.RequestException as exc:
            raise FetchError(f"The connection to {url} broke off: {type(exc).__name__}.") from None
        body = bytes(body)
        return Page(
            url=response.url,
            status=response.status_code,
            body=body,
            content_type=mime,
            charset=_charset(content_type, body),
            etag=response.headers.get("ETag", ""),
            last_modified=response.headers.get("Last-Modified", ""),
        )


def _get(target: Target, headers: dict[str, str], left: float, timeout: float) -> requests.Response:
    session = requests.Session()
    session.trust_env = False  # no proxy from the environment: the connection goes to the checked address
    adapter = _PinnedAdapter(target)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    try:
        return session.get(
            target.url, headers=headers, timeout=(min(left, 10), left), stream=True, allow_redirects=False
        )
    except requests.exceptions.Timeout:
        raise FetchError(f"The server at {target.url} did not answer within {timeout:g} seconds.") from None
    except requests.exceptions.RequestException as exc:
        raise FetchError(f"Could not connect to {target.url}: {type(exc).__name__}.") from None


@dataclass
class PageContent:
    title: str
    text: str
    published: str  # YYYY-MM-DD or ""
    author: str


def page_content(html: str, url: str = "") -> PageContent:
    """Title, main text, date and author of an article page, without navigation, ads or comments."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url or None, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if doc is None:
        return PageContent("", "", "", "")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    title = (data.get("title") or "").strip()
    text = (data.get("text") or "").strip()
    if title and text.startswith(title):
        text = text[len(title) :].lstrip()  # the headline is kept as the title, not as a sentence twice
    return PageContent(title, text, (data.get("date") or "")[:10], (data.get("author") or "").strip()[:300])


# --- text of a page pasted into the API --------------------------------------------------------

_TAGS = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]+>", re.IGNORECASE | re.DOTALL)


def html_to_text(raw: str) -> str:
    """Readable text of an HTML page: scripts and styles dropped, tags removed, entities decoded."""
    text = _TAGS.sub(
        lambda m: "\n" if m.group(0)[:3].lower() in ("<p>", "<p ", "<br", "<di", "<h1", "<h2", "<li") else " ", raw
    )
    return html_lib.unescape(re.sub(r"[ \t]+", " ", text))


def main_text_of(raw_html: str, url: str = "") -> str:
    """The article's main text from a page's HTML (no navigation, ads or comments); the plain
    text of the whole page if no article body can be told apart."""
    if not raw_html.strip():
        return ""
    content = page_content(raw_html, url)
    return content.text if content.text.strip() else html_to_text(raw_html)
