"""What fetching costs Parallax itself: pages from a local web server (loopback, no delay), through the
polite client (guard, pinned connection, robots.txt, streaming with the size limit) and then the clean stage.

The network and the politeness delay (1 s per host by default) dominate real fetching; this measures the
client's own overhead and the cleaning of fetched pages. The page is written here (invented text).

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/fetch_local.py [--pages 200]``
"""

from __future__ import annotations

import argparse
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from parallax.config import Settings
from parallax.fetch.client import FetchOptions, PoliteClient
from parallax.fetch.page import fetch_page
from parallax.pipeline import clean

PARAGRAPH = (
    "The council of an invented harbour town met on Tuesday to discuss the repair of its sea wall, which "
    "storms damaged last winter, and agreed to ask engineers for a second estimate before any work begins."
)
PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>Sea wall repairs</title>"
    "<meta property='og:site_name' content='The Invented Gazette'>"
    "<meta property='article:published_time' content='2026-03-03'></head><body><nav>Home News</nav><article>"
    + "".join(f"<p>{PARAGRAPH} Paragraph {n}.</p>" for n in range(12))
    + "</article><footer>Contact</footer></body></html>"
).encode()


class _Page(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    wbufsize = -1  # headers and body in one send (unbuffered writes meet delayed ACKs: 40 ms a request)

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        body = b"User-agent: *\nAllow: /\n" if self.path == "/robots.txt" else PAGE
        self.send_response(200)
        self.send_header(
            "Content-Type", "text/plain" if self.path == "/robots.txt" else "text/html; charset=utf-8"
        )
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=200)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    port = server.server_address[1]
    try:
        options = FetchOptions(delay=0.0, allow_private=True)
        started = time.perf_counter()
        with PoliteClient(options) as client:
            documents = [fetch_page(client, f"http://127.0.0.1:{port}/a/{n}") for n in range(args.pages)]
        fetched = time.perf_counter() - started
        clean([documents[0]], Settings())  # load the cleaner once, outside the timing
        started = time.perf_counter()
        run = clean(documents, Settings())
        cleaned = time.perf_counter() - started
    finally:
        server.shutdown()
        server.server_close()
    assert len(run.articles) == args.pages, run.rejected[:3]
    print(f"pages: {args.pages} of {len(PAGE):,} bytes")
    print(
        f"fetch: {fetched:.2f} s, {args.pages / fetched:.0f} pages/s, {1000 * fetched / args.pages:.1f} ms a page"
    )
    print(f"clean: {cleaned:.2f} s, {1000 * cleaned / args.pages:.1f} ms a page")


if __name__ == "__main__":
    main()
