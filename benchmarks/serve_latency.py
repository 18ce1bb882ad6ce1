"""Latency of the web app under 10 concurrent clients, as a ratio to a constant /api/health answer.

Fills a SQLite store with the real articles of ``../shared/bench/devsets/stories.jsonl`` through
``parallax add`` (once; reused when ``--db`` already holds stories), starts the app in a second process
on a free loopback port, and for each target sends ``--requests`` requests from ``--clients`` concurrent
httpx clients (after a warm-up), one target at a time:

* ``/api/health`` (a constant answer: what the server, the framework and the client cost),
* the stories page ``/``,
* a story page: the store's largest story, and one of median size.

It prints p50/p95 per target and each target's p95 divided by health's p95 (goal: at most 10 on
SQLite). Run twice: as ``parallax serve`` runs (pages cached until the store changes) and with the page
cache off (every request renders its page; what the first reader after a change waits).

``--pg auto`` runs the same on PostgreSQL instead: it starts Debian's PostgreSQL 15 (as the store tests
do), fills a scratch database the same way and drops it afterwards; ``--pg URL`` uses a server you give.

    PYTHONPATH=src python benchmarks/serve_latency.py [--db /tmp/serve.db | --pg auto|URL] [--write]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))  # store/store_pgserver.py: the tests' PostgreSQL helpers
SHARED = Path(os.environ.get("PARALLAX_SHARED", REPO.parent / "shared"))
STORIES = SHARED / "bench" / "devsets" / "stories.jsonl"
DOC = REPO / "docs" / "bench" / "serve.md"
SERVER = (
    "import sys, uvicorn\n"
    "from parallax.web import create_app\n"
    "uvicorn.run(create_app(sys.argv[1], page_cache=int(sys.argv[3])), host='127.0.0.1',"
    " port=int(sys.argv[2]), log_level='warning')\n"
)


def counts(db: str) -> tuple[int, int]:
    """(articles, stories) in the store at ``db`` (0, 0 when it has no tables yet)."""
    from sqlalchemy import create_engine, inspect, text

    from parallax.store.db import resolve_url

    engine = create_engine(resolve_url(db))
    try:
        if "stories" not in inspect(engine).get_table_names():
            return 0, 0
        with engine.connect() as connection:
            articles = connection.execute(text("SELECT count(*) FROM articles")).scalar_one()
            stories = connection.execute(text("SELECT count(*) FROM stories")).scalar_one()
        return int(articles), int(stories)
    finally:
        engine.dispose()


def fill(db: str) -> float:
    """Add the devsets' stories articles to the store with ``parallax add``; the seconds it took (0: reused)."""
    if counts(db)[1]:
        return 0.0
    start = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    command = [sys.executable, "-m", "parallax.cli", "add", str(STORIES), "--db", str(db), "--quiet"]
    subprocess.run(command, check=True, env=env)
    return time.perf_counter() - start


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: str, page_cache: int) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    process = subprocess.Popen([sys.executable, "-c", SERVER, str(db), str(port), str(page_cache)], env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/api/health", timeout=1).status_code == 200:
                return process, base
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("the server did not start")


async def load(base: str, path: str, clients: int, requests: int, warmup: int) -> list[float]:
    """Latencies (s) of ``requests`` GETs of ``path`` sent by ``clients`` concurrent clients."""
    latencies: list[float] = []
    left = requests

    async def client(session: httpx.AsyncClient) -> None:
        nonlocal left
        while left > 0:
            left -= 1
            start = time.perf_counter()
            response = await session.get(path)
            latencies.append(time.perf_counter() - start)
            assert response.status_code == 200, (path, response.status_code)

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as session:
        for _ in range(warmup):
            (await session.get(path)).raise_for_status()
        await asyncio.gather(*(client(session) for _ in range(clients)))
    return latencies


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def run(
    db: str, page_cache: int, clients: int, requests: int, rounds: int
) -> list[tuple[str, float, float, float]]:
    """(target, p50 ms, p95 ms, p95 / health p95) per target: the medians over ``rounds`` rounds, each round
    loading every target in turn (so a burst of load from other jobs on the machine hits one round)."""
    process, base = start_server(db, page_cache)
    try:
        stories = httpx.get(base + "/api/stories", params={"sort": "size", "limit": 500}).json()["stories"]
        largest, median = stories[0], stories[len(stories) // 2]
        targets = [
            ("/api/health", "/api/health"),
            ("stories page /", "/"),
            (f"story page, largest ({largest['articles']} articles)", f"/stories/{largest['id']}"),
            (f"story page, median ({median['articles']} articles)", f"/stories/{median['id']}"),
        ]
        figures: dict[str, list[tuple[float, float, float]]] = {name: [] for name, _ in targets}
        for _ in range(rounds):
            health_p95 = 0.0
            for name, path in targets:
                times = asyncio.run(load(base, path, clients, requests, warmup=20))
                p50, p95 = percentile(times, 50) * 1000, percentile(times, 95) * 1000
                health_p95 = health_p95 or p95
                figures[name].append((p50, p95, p95 / health_p95))
        rows: list[tuple[str, float, float, float]] = []
        for name, _ in targets:
            p50s, p95s, ratios = zip(*figures[name], strict=True)
            rows.append((name, statistics.median(p50s), statistics.median(p95s), statistics.median(ratios)))
        return rows
    finally:
        process.terminate()
        process.wait(timeout=30)


def table(rows: list[tuple[str, float, float, float]]) -> str:
    lines = ["| target | p50 ms | p95 ms | p95 / health p95 |", "| --- | ---: | ---: | ---: |"]
    lines += [f"| {name} | {p50:.1f} | {p95:.1f} | {ratio:.1f} |" for name, p50, p95, ratio in rows]
    return "\n".join(lines)


@contextmanager
def store(db: Path, pg: str | None) -> Iterator[tuple[str, str]]:
    """(the store's URL or path, its name for the report): the SQLite file, or a scratch PostgreSQL database."""
    if not pg:
        yield str(db), "SQLite"
        return
    from store.store_pgserver import scratch_database, start_server

    stop = None
    server = pg
    if pg == "auto":
        server, stop = start_server(Path(tempfile.mkdtemp(prefix="parallax-serve-pg-")))
    try:
        for url in scratch_database(server, prefix="parallax_serve_bench"):
            yield url, "PostgreSQL 15"
    finally:
        if stop is not None:
            stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/parallax-serve-bench.db"))
    parser.add_argument("--pg", default=None, help="PostgreSQL server URL, or auto to start one")
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--requests", type=int, default=500, help="requests per target")
    parser.add_argument("--rounds", type=int, default=3, help="rounds (medians are reported)")
    parser.add_argument("--write", action="store_true", help=f"write the figures to {DOC}")
    args = parser.parse_args()
    with store(args.db, args.pg) as (db, kind):
        fill_seconds = fill(db)
        articles, stories = counts(db)
        cached = run(db, 128, args.clients, args.requests, args.rounds)
        uncached = run(db, 0, args.clients, args.requests, args.rounds)
    report = (
        f"Store: {kind}, {articles} articles in {stories} stories (devsets stories.jsonl through `parallax add`"
        + (f", {fill_seconds:.0f} s" if fill_seconds else "")
        + f"). {args.clients} concurrent clients (httpx, asyncio) in this process, the app (uvicorn, one"
        f" process) in another, on loopback; {args.requests} requests per target after 20 warm-up requests;"
        f" medians of {args.rounds} rounds (each round loads every target in turn; the ratio is each"
        " round's p95 over that round's health p95).\n\n"
        f"As `parallax serve` runs (rendered pages kept until the store changes):\n\n{table(cached)}\n\n"
        f"Page cache off (every request reads the store and renders its page):\n\n{table(uncached)}\n"
    )
    print(report)
    if args.write:
        text = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
        marker = "<!-- serve_latency -->"
        if args.pg:
            marker = "<!-- serve_latency_pg -->"
        head, _, tail = text.partition(marker)
        rest = tail.split("<!-- serve_latency", 1)
        after = "<!-- serve_latency" + rest[1] if len(rest) > 1 else ""
        DOC.write_text(head.rstrip() + f"\n\n{marker}\n{report}\n{after}".rstrip() + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
