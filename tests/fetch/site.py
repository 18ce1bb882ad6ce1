"""A local web site for the fetch tests: http.server in a thread on 127.0.0.1, routes set by each test.

Every page and feed served here is written for the tests (invented outlets, people and events).
"""

from __future__ import annotations

import contextlib
import ssl
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

Handler = Callable[["Request"], None]


@dataclass
class Hit:
    path: str
    headers: dict[str, str]


class Request(BaseHTTPRequestHandler):
    server: Site.Server  # type: ignore[name-defined]
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        site: Site = self.server.site
        path = self.path.split("?")[0]
        site.hits.append(Hit(path, {k.lower(): v for k, v in self.headers.items()}))
        route = site.routes.get(path)
        if route is None:
            self.answer(404, "text/plain", b"not here")
            return
        route(self)

    def answer(
        self, status: int, content_type: str, body: bytes, headers: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@dataclass
class Site:
    host: str
    port: int
    scheme: str = "http"
    routes: dict[str, Handler] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)
    sent: dict[str, int] = field(default_factory=dict)  # bytes streamed by the streaming routes

    class Server(ThreadingHTTPServer):
        daemon_threads = True
        site: Site

        def handle_error(self, request: object, client_address: object) -> None:
            import sys

            if not isinstance(sys.exc_info()[1], OSError):  # a client that hung up is no error here
                super().handle_error(request, client_address)  # type: ignore[arg-type]

    def url(self, path: str, host: str | None = None) -> str:
        return f"{self.scheme}://{host or self.host}:{self.port}{path}"

    def paths(self) -> list[str]:
        return [h.path for h in self.hits]

    # -- routes -------------------------------------------------------------------------------------
    def page(
        self, path: str, body: str, content_type: str = "text/html; charset=utf-8", **headers: str
    ) -> None:
        data = body.encode("utf-8")
        self.routes[path] = lambda r: r.answer(200, content_type, data, headers)

    def status(self, path: str, status: int, **headers: str) -> None:
        self.routes[path] = lambda r: r.answer(status, "text/plain", b"", headers)

    def redirect(self, path: str, location: str, status: int = 302) -> None:
        self.routes[path] = lambda r: r.answer(status, "text/plain", b"", {"Location": location})

    def sequence(self, path: str, answers: list[Handler]) -> None:
        """Answer with each handler in turn, then the last one again."""
        queue = list(answers)

        def serve(r: Request) -> None:
            (queue.pop(0) if len(queue) > 1 else queue[0])(r)

        self.routes[path] = serve

    def slow(self, path: str, seconds: float, body: str) -> None:
        def serve(r: Request) -> None:
            time.sleep(seconds)
            with contextlib.suppress(OSError):  # the client gave up waiting
                r.answer(200, "text/html", body.encode("utf-8"))

        self.routes[path] = serve

    def endless(self, path: str, declare: int | None = None) -> None:
        """A body that does not stop (up to 200 MB), with no Content-Length (or a declared one)."""

        def serve(r: Request) -> None:
            r.send_response(200)
            r.send_header("Content-Type", "text/html")
            if declare is not None:
                r.send_header("Content-Length", str(declare))
            r.send_header("Connection", "close")
            r.end_headers()
            r.close_connection = True
            chunk = b"<p>" + b"word " * 2000 + b"</p>\n"
            self.sent[path] = 0
            try:
                while self.sent[path] < 200_000_000:
                    r.wfile.write(chunk)
                    self.sent[path] += len(chunk)
            except OSError:
                pass

        self.routes[path] = serve


def start_site(tls: ssl.SSLContext | None = None) -> tuple[Site, Callable[[], None]]:
    """Start the site (HTTPS when given a server TLS context); return it and a function that stops it."""
    server = Site.Server(("127.0.0.1", 0), Request)
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    site = Site("127.0.0.1", server.server_address[1], "https" if tls else "http")
    server.site = site
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()

    def stop() -> None:
        server.shutdown()
        server.server_close()
        thread.join(5)

    return site, stop


def make_certificates(folder: Path, name: str) -> tuple[Path, Path, Path]:
    """A throwaway certificate authority and a server certificate for ``name`` signed by it (openssl
    command); returns (CA file, server certificate, server key)."""
    ca_key, ca, key, csr, cert = (
        folder / n for n in ("ca.key", "ca.pem", "server.key", "server.csr", "server.pem")
    )
    ext = folder / "server.ext"
    ext.write_text(f"subjectAltName=DNS:{name}\nextendedKeyUsage=serverAuth\n", encoding="utf-8")
    steps = [
        ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", ca_key, "-out", ca, "-days", "2",
         "-subj", "/CN=Invented Test CA", "-addext", "basicConstraints=critical,CA:TRUE",
         "-addext", "keyUsage=critical,keyCertSign,cRLSign"],
        ["req", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", csr, "-subj", f"/CN={name}"],
        ["x509", "-req", "-in", csr, "-CA", ca, "-CAkey", ca_key, "-CAcreateserial", "-out", cert,
         "-days", "2", "-extfile", ext],
    ]  # fmt: skip
    for step in steps:
        subprocess.run(["openssl", *map(str, step)], check=True, capture_output=True, timeout=60)
    return ca, cert, key


def article_html(
    title: str,
    paragraphs: list[str],
    site_name: str | None = None,
    author: str | None = None,
    published: str | None = None,
) -> str:
    """An article page as news sites write them: metadata in <head>, the body in <article>."""
    meta = []
    if site_name:
        meta.append(f'<meta property="og:site_name" content="{site_name}">')
    if author:
        meta.append(f'<meta name="author" content="{author}">')
    if published:
        meta.append(f'<meta property="article:published_time" content="{published}">')
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>{"".join(meta)}</head>'
        f'<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>'
        f"<article><h1>{title}</h1>{body}</article>"
        f"<footer><p>Contact us. Terms of use.</p></footer></body></html>"
    )


def rss(title: str, items: list[tuple[str, str, str]]) -> str:
    """An RSS 2.0 feed of (guid, link, title) items."""
    entries = "".join(
        f"<item><guid>{guid}</guid><link>{link}</link><title>{name}</title>"
        f"<pubDate>Tue, 03 Mar 2026 08:00:00 GMT</pubDate></item>"
        for guid, link, name in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>http://example.invalid/</link><description>Invented feed</description>{entries}</channel></rss>"
    )


def atom(title: str, items: list[tuple[str, str, str]]) -> str:
    """An Atom feed of (id, link, title) entries."""
    entries = "".join(
        f'<entry><id>{entry_id}</id><link href="{link}"/><title>{name}</title>'
        f"<updated>2026-03-03T08:00:00Z</updated></entry>"
        for entry_id, link, name in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{title}</title><id>urn:invented:feed</id><updated>2026-03-03T08:00:00Z</updated>{entries}</feed>"
    )
