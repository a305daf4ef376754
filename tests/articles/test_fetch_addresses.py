"""Fetching never reaches inside: every redirect hop is checked before it is requested, and the
connection goes to the address that was checked. A name server the test controls answers for
*.example names; local servers on 127.0.0.2 and 127.0.0.3 stand for public hosts (the only
networks FETCH_ALLOW_NETWORKS lets through) and one on 127.0.0.1 stands for the inside, counting
every request it receives."""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from articles import fetch as fetch_module
from articles.fetch import FetchError, fetch

PAGE = b"<html><head><title>Talks</title></head><body><p>Kim Jong Un met Xi Jinping.</p></body></html>"


class Server:
    """A web server on one loopback address: ``routes`` maps a path to (status, headers, body)."""

    def __init__(self, address: str):
        self.requests: list[str] = []
        self.routes: dict[str, tuple[int, dict, bytes]] = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                server.requests.append(f"{self.headers.get('Host')}{self.path}")
                status, headers, body = server.routes.get(self.path, (404, {}, b"not here"))
                self.send_response(status)
                for k, v in {"Content-Type": "text/html; charset=utf-8", **headers}.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer((address, 0), Handler)
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def redirect(self, path: str, to: str, status: int = 302):
        self.routes[path] = (status, {"Location": to}, b"")

    def page(self, path: str):
        self.routes[path] = (200, {}, PAGE)


@pytest.fixture
def servers(settings):
    settings.FETCH_ALLOW_PRIVATE = False
    settings.FETCH_ALLOW_NETWORKS = ["127.0.0.2/32", "127.0.0.3/32"]
    settings.FETCH_TIMEOUT = 3
    made = {"public": Server("127.0.0.2"), "other": Server("127.0.0.3"), "inside": Server("127.0.0.1")}
    yield made
    for s in made.values():
        s.httpd.shutdown()
        s.httpd.server_close()


@pytest.fixture
def dns(monkeypatch):
    """The name server: ``dns["name.example"] = [answer, answer, …]``, one answer (a list of
    addresses) per lookup, the last repeated. Every lookup is logged; other names resolve as usual."""
    answers: dict[str, list[list[str]]] = {}
    asked: list[str] = []
    real = socket.getaddrinfo

    def getaddrinfo(host, port, *args, **kwargs):
        if isinstance(host, str) and host.endswith(".example"):
            asked.append(host)
            queue = answers.get(host)
            if not queue:
                raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
            addresses = queue.pop(0) if len(queue) > 1 else queue[0]
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port or 80)) for a in addresses]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    answers["asked"] = asked  # type: ignore[assignment]
    return answers


def test_a_redirect_to_a_private_address_is_refused_before_any_request_reaches_it(servers, dns):
    public, inside = servers["public"], servers["inside"]
    dns["news.example"] = [["127.0.0.2"]]
    dns["intranet.example"] = [["127.0.0.1"]]
    inside.page("/admin")
    public.redirect("/story", f"http://intranet.example:{inside.port}/admin")
    public.redirect("/literal", f"http://127.0.0.1:{inside.port}/admin")
    public.redirect("/metadata", "http://169.254.169.254/latest/meta-data/")
    with pytest.raises(FetchError, match=r"Redirect to a private address \(127\.0\.0\.1\) refused"):
        fetch(f"http://news.example:{public.port}/story")
    with pytest.raises(FetchError, match=r"Redirect to a private address \(127\.0\.0\.1\) refused"):
        fetch(f"http://news.example:{public.port}/literal")
    with pytest.raises(FetchError, match=r"Redirect to a private address \(169\.254\.169\.254\) refused"):
        fetch(f"http://news.example:{public.port}/metadata")
    assert inside.requests == []  # the inside server was never sent a request
    assert len(public.requests) == 3


def test_a_chain_public_then_private_then_public_stops_at_the_private_hop(servers, dns):
    public, other, inside = servers["public"], servers["other"], servers["inside"]
    dns["news.example"] = [["127.0.0.2"]]
    dns["cdn.example"] = [["127.0.0.3"]]
    public.redirect("/a", f"http://127.0.0.1:{inside.port}/b")
    inside.redirect("/b", f"http://cdn.example:{other.port}/c")
    other.page("/c")
    with pytest.raises(FetchError, match="Redirect to a private address"):
        fetch(f"http://news.example:{public.port}/a")
    assert inside.requests == [] and other.requests == []


def test_a_name_that_answers_public_then_loopback_is_connected_to_the_address_checked(servers, dns):
    public, inside = servers["public"], servers["inside"]
    # DNS rebinding: the first answer passes the check, every later one points inside
    dns["rebind.example"] = [["127.0.0.2"], ["127.0.0.1"]]
    public.page("/page")
    inside.page("/page")
    page = fetch(f"http://rebind.example:{public.port}/page")
    assert b"Kim Jong Un" in page.body
    assert inside.requests == []
    assert public.requests == [f"rebind.example:{public.port}/page"]  # the Host header kept the name
    assert dns["asked"] == ["rebind.example"]  # resolved once


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1",
        "127.1",
        "2130706433",
        "0x7f000001",
        "0177.0.0.1",
        "[::1]",
        "[::ffff:127.0.0.1]",
        "[::ffff:7f00:1]",
        "0.0.0.0",
        "[::]",
        "10.0.0.5",
        "172.16.0.1",
        "192.168.1.1",
        "100.64.0.1",
        "169.254.169.254",
        "[fe80::1]",
        "[fc00::1]",
        "224.0.0.1",
        "240.0.0.1",
        "[ff02::1]",
    ],
)
def test_every_form_of_an_inside_address_is_refused_up_front(servers, dns, monkeypatch, host):
    sent = []
    monkeypatch.setattr(fetch_module, "_get", lambda *a, **k: sent.append(a) or pytest.fail("a request was sent"))
    with pytest.raises(FetchError, match="private or local address"):
        fetch(f"http://{host}/latest/meta-data/")
    assert sent == [] and dns["asked"] == []


def test_a_name_resolving_inside_is_refused_naming_the_address(servers, dns):
    dns["db.example"] = [["10.0.0.7"]]
    with pytest.raises(FetchError, match=r"db\.example is a private or local address \(10\.0\.0\.7\)"):
        fetch("http://db.example/")


def test_an_ordinary_redirect_between_public_hosts_is_still_followed(servers, dns):
    public, other = servers["public"], servers["other"]
    dns["news.example"] = [["127.0.0.2"]]
    dns["www.example"] = [["127.0.0.3"]]
    public.redirect("/old", f"http://www.example:{other.port}/new", status=301)
    other.page("/new")
    page = fetch(f"http://news.example:{public.port}/old")
    assert page.url == f"http://www.example:{other.port}/new" and b"Xi Jinping" in page.body
    assert other.requests == [f"www.example:{other.port}/new"]


def test_too_many_redirects_are_refused_without_following_the_last(servers, dns, settings):
    settings.FETCH_MAX_REDIRECTS = 2
    public = servers["public"]
    dns["news.example"] = [["127.0.0.2"]]
    for i in range(5):
        public.redirect(f"/{i}", f"/{i + 1}")
    with pytest.raises(FetchError, match="Too many redirects"):
        fetch(f"http://news.example:{public.port}/0")
    assert len(public.requests) == 3  # the first request and two redirects, no more
