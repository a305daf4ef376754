"""A local web server for the fetch and feed tests: pages in several languages and encodings,
feeds whose entries change between polls, and the ways a fetch goes wrong. No internet.

All page and feed text is the project's own prose about real, dated events."""

from __future__ import annotations

import hashlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

NAV = """<header><nav><a href="/">Beranda</a> <a href="/dunia">Dunia</a> <a href="/ekonomi">Ekonomi</a>
<a href="/olahraga">Olahraga</a> <span>MENU LANGGANAN MASUK</span></nav></header>
<div class="ad">IKLAN: Promo tiket pesawat murah ke Bali, pesan sekarang juga!</div>"""
COMMENTS = """<section id="comments"><h3>Komentar pembaca</h3>
<p>PEMBACA_SATU: beritanya menarik sekali, terima kasih redaksi.</p>
<p>PEMBACA_DUA: semoga hubungan kedua negara tetap damai.</p></section>
<footer>Hak cipta 2024 Kabar Contoh. Semua hak dilindungi.</footer>"""


def page(
    title: str, paragraphs: list[str], *, lang: str, published: str = "", author: str = "", charset: str = "utf-8"
) -> str:
    meta = f'<meta charset="{charset}">'
    if published:
        meta += f'<meta property="article:published_time" content="{published}">'
    if author:
        meta += f'<meta name="author" content="{author}">'
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head>{meta}<title>{title} | Kabar Contoh</title></head><body>'
        f"{NAV}<main><article><h1>{title}</h1>{body}</article></main>{COMMENTS}</body></html>"
    )


ZHAO_ID = page(
    "Zhao Leji tiba di Pyongyang",
    [
        "Ketua Komite Tetap Kongres Rakyat Nasional Tiongkok Zhao Leji tiba di Pyongyang pada hari Kamis untuk "
        "kunjungan persahabatan resmi, menurut laporan kantor berita kedua negara.",
        "Zhao bertemu dengan Choe Ryong Hae, ketua Presidium Majelis Rakyat Tertinggi, pada hari yang sama dan "
        "keduanya membahas kerja sama di bidang perdagangan, pariwisata dan pendidikan.",
        "Kunjungan tersebut menandai peringatan 75 tahun hubungan diplomatik antara Tiongkok dan Korea Utara.",
    ],
    lang="id",
    published="2024-04-12T09:00:00+07:00",
    author="Redaksi Kabar Contoh",
)
XI_KO = page(
    "시진핑 주석 평양 도착",
    [
        "시진핑 중국 국가주석이 20일 평양에 도착해 김정은 국무위원장과 회담했다.",
        "중국 최고지도자의 방북은 14년 만으로, 두 정상은 양국 친선 관계를 강조했다.",
    ],
    lang="ko",
    published="2019-06-21",
    charset="euc-kr",
)
KIM_ZH = page(
    "金正恩访问北京",
    [
        "朝鲜劳动党委员长金正恩3月25日至28日对中国进行非正式访问。",
        "中共中央总书记、国家主席习近平在北京人民大会堂同金正恩举行会谈。",
    ],
    lang="zh",
    published="2018-03-28",
    charset="gb2312",
)
WIRE = [
    "Chinese Foreign Minister Wang Yi arrived in Pyongyang on Monday for a three-day visit, the first by a Chinese "
    "foreign minister in more than a decade.",
    "Wang Yi held talks with his North Korean counterpart Ri Yong Ho on Tuesday on the situation on the peninsula "
    "and on preparations for the seventieth anniversary of diplomatic ties.",
    "The two ministers agreed to keep in close contact and to deepen exchanges between their foreign ministries, "
    "according to a statement released after the meeting in the North Korean capital.",
    "Analysts said the visit was meant to prepare a further round of high-level exchanges later in the year.",
]
WIRE_ORIGINAL = page("Wang Yi arrives in Pyongyang", WIRE, lang="en", published="2019-09-04")
WIRE_COPY = page(
    "China's top diplomat in North Korea",
    ["(Wire copy, reprinted with permission.)", *WIRE, "Our correspondent in Seoul contributed to this report."],
    lang="en",
    published="2019-09-04",
)
INDEPENDENT = page(
    "Beijing's envoy spends three days in Pyongyang",
    [
        "Wang Yi, China's foreign minister, arrived in Pyongyang on Monday at the start of a trip that officials "
        "in Beijing described as routine.",
        "During talks with Ri Yong Ho on Tuesday the two men discussed the anniversary of relations due in October, "
        "a spokesman told reporters in Beijing on Wednesday.",
    ],
    lang="en",
    published="2019-09-04",
)
EDITED_V1 = page(
    "Kim Jong Un in Beijing",
    [
        "Kim Jong Un arrived in Beijing on Monday by special train.",
        "Kim Jong Un met Xi Jinping at the Great Hall of the People on Tuesday.",
    ],
    lang="en",
    published="2019-01-10",
)
EDITED_V2 = page(
    "Kim Jong Un in Beijing",
    [
        "Kim Jong Un arrived in Beijing on Monday by special train.",
        "Kim Jong Un met Li Keqiang at the Great Hall of the People on Wednesday.",
    ],
    lang="en",
    published="2019-01-10",
)


def rss(items: list[tuple[str, str, str, str]]) -> str:
    """items: (guid, link, title, pubDate)"""
    entries = "".join(
        f"<item><guid>{g}</guid><link>{link}</link><title>{t}</title><pubDate>{d}</pubDate></item>"
        for g, link, t, d in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Kabar Contoh</title>'
        f"<link>http://127.0.0.1/</link><description>Local test feed</description>{entries}</channel></rss>"
    )


def atom(items: list[tuple[str, str, str, str]]) -> str:
    """items: (id, link, title, updated ISO)"""
    entries = "".join(
        f'<entry><id>{g}</id><link href="{link}"/><title>{t}</title><updated>{d}</updated></entry>'
        for g, link, t, d in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire test</title>'
        f"<id>urn:test:atom</id><updated>2019-09-04T00:00:00Z</updated>{entries}</feed>"
    )


class Site:
    """Routes of the test server; tests change them between requests (a feed gains an entry, a page
    is edited). ``hits`` counts requests per path and ``not_modified`` the 304 answers."""

    def __init__(self):
        self.routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
        self.hits: dict[str, int] = {}
        self.not_modified = 0
        self.lock = threading.Lock()
        self.server: ThreadingHTTPServer | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def html(self, path: str, text: str, charset: str = "utf-8", header_charset: bool = True) -> str:
        ctype = f"text/html; charset={charset}" if header_charset else "text/html"
        self.routes[path] = (200, {"Content-Type": ctype}, text.encode(charset))
        return self.url(path)

    def feed(self, path: str, xml: str, ctype: str = "application/rss+xml") -> str:
        body = xml.encode("utf-8")
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        self.routes[path] = (200, {"Content-Type": ctype, "ETag": etag}, body)
        return self.url(path)


def make_handler(site: Site):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # quiet
            pass

        def do_GET(self):  # noqa: N802 - http.server's name
            path = self.path.split("?")[0]
            with site.lock:
                site.hits[path] = site.hits.get(path, 0) + 1
            if path == "/slow":
                time.sleep(4)
                return self._send(200, {"Content-Type": "text/html"}, b"<html><body><p>late</p></body></html>")
            if path.startswith("/loop/"):
                target = "/loop/b" if path == "/loop/a" else "/loop/a"
                return self._send(302, {"Location": target}, b"")
            if path == "/huge":
                # 20 MB, streamed without a Content-Length so that only counting can stop it.
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Connection", "close")
                self.end_headers()
                chunk = ("<p>" + "Kim Jong Un met Xi Jinping. " * 35 + "</p>\n").encode()
                try:
                    for _ in range(20_000_000 // len(chunk) + 1):
                        self.wfile.write(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                return None
            route = site.routes.get(path)
            if route is None:
                return self._send(404, {"Content-Type": "text/html"}, b"<html><body>Not found</body></html>")
            status, headers, body = route
            etag = headers.get("ETag")
            if etag and self.headers.get("If-None-Match") == etag:
                with site.lock:
                    site.not_modified += 1
                return self._send(304, {"ETag": etag}, b"")
            return self._send(status, headers, body)

        def _send(self, status, headers, body):
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body:
                self.wfile.write(body)

    return Handler


def start(site: Site) -> Site:
    site.server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(site))
    site.server.daemon_threads = True
    threading.Thread(target=site.server.serve_forever, daemon=True).start()
    return site
