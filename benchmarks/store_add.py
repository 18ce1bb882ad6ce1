"""Store throughput: ``parallax add`` of the real articles into SQLite and PostgreSQL, against ``analyze``.

The input is the 1,759 real articles of ../shared/bench: the 654 of devsets/stories.jsonl, the 924
articles of devsets/attributions.jsonl (PolNeAR; their ``publisher`` is given as the outlet, the gold
left out) and the 181 page dumps of extraction/pages. ``--limit N`` takes about N of them, in the
same proportions (the first records of each file, the first dumps by name), for a quick run.

The last 10 articles of stories.jsonl in the selection are held back. In one run, as subprocesses,
each timed start to end (start-up and model loading included), for ``-p 1`` and ``-p 2``:

* ``parallax analyze`` of the selection without the 10 (the report as JSON);
* ``parallax add`` of the same into a fresh SQLite store, and into a fresh PostgreSQL database when a
  server is given (``--pg URL`` or ``PARALLAX_TEST_PG_URL``) or ``--pg auto`` starts one (Debian's
  PostgreSQL 15, as the store tests do);
* then, on the store that ``-p 1`` filled, ``parallax add`` of the 10 held back (``-p 1``): its time
  against the time of ``analyze`` of everything afresh (all, 10 included) (goal: under 5%).

Prints articles per second, the ratio to ``analyze`` and the peak memory of the process tree
(the sum of the resident set sizes, as benchmarks/memory.py measures it). The machine may be shared:
the load average is printed with each run, and so is each run's CPU path (the CPU seconds of the main
process plus those of its busiest worker; see benchmarks/parallel.py), which another job on the
cores does not lengthen as it does the wall clock.

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/store_add.py [--limit 200] [--pg auto|URL]
[--processes 1,2] [--add-only]`` (``--add-only``: the full adds alone, without ``analyze`` and the
incremental add).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))  # store/store_pgserver.py: the tests' PostgreSQL helpers
SHARED = Path(os.environ.get("PARALLAX_SHARED", REPO.parent / "shared"))
STORIES = SHARED / "bench" / "devsets" / "stories.jsonl"
ATTRIBUTIONS = SHARED / "bench" / "devsets" / "attributions.jsonl"
PAGES = SHARED / "bench" / "extraction" / "pages"
MORE = 10
KEEP = ("id", "title", "outlet", "published", "url", "text")


def _parallel() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_parallel", REPO / "benchmarks" / "parallel.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _records(path: Path, count: int | None) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if count is not None and len(out) >= count:
                break
            record = json.loads(line)
            record.setdefault("outlet", record.get("publisher"))
            out.append({k: record[k] for k in KEEP if record.get(k)})
    return out


def _write(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def build_inputs(tmp: Path, limit: int | None) -> tuple[list[Path], list[Path], int]:
    """(the selection without the 10, the 10 held back, the number of articles without the 10)."""
    dumps = sorted(PAGES.glob("*.dump.txt"))
    total = 654 + 924 + len(dumps)
    share = (lambda n: max(1, round(n * limit / total))) if limit else (lambda n: n)
    stories = _records(STORIES, share(654) + MORE)
    attributions = _records(ATTRIBUTIONS, share(924))
    chosen = dumps[: share(len(dumps))]
    if not stories or not attributions or not chosen:
        raise SystemExit(f"the sets are missing under {SHARED} (set PARALLAX_SHARED)")
    pages = tmp / "pages"
    pages.mkdir()
    for dump in chosen:
        (pages / dump.name).symlink_to(dump)
    base = [
        _write(tmp / "stories.jsonl", stories[:-MORE]),
        _write(tmp / "attributions.jsonl", attributions),
        pages,
    ]
    more = [_write(tmp / "more.jsonl", stories[-MORE:])]
    return base, more, len(stories) - MORE + len(attributions) + len(chosen)


@contextmanager
def postgres(option: str | None) -> Iterator[str | None]:
    """A PostgreSQL server URL: the one given, one started here (``auto``), or None."""
    given = option or os.environ.get("PARALLAX_TEST_PG_URL")
    if not given:
        yield None
        return
    if given != "auto":
        yield given
        return
    from store.store_pgserver import start_server

    url, stop = start_server(Path(tempfile.mkdtemp(prefix="parallax-bench-pg-")))
    try:
        yield url
    finally:
        stop()


def main() -> None:
    from store.store_pgserver import scratch_database

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--limit", type=int, default=None, help="about this many articles (default: all 1,759)"
    )
    parser.add_argument("--pg", default=None, help="PostgreSQL server URL, or auto to start one")
    parser.add_argument("--processes", default="1,2", help="comma-separated process counts (default 1,2)")
    parser.add_argument(
        "--add-only",
        action="store_true",
        help="only the full adds (no analyze, no incremental add): their memory and CPU when time is short",
    )
    parser.add_argument(
        "--stores", default="sqlite,postgresql", help="which stores to fill (default sqlite,postgresql)"
    )
    args = parser.parse_args()
    kinds = {k.strip().lower() for k in args.stores.split(",") if k.strip()}
    bench = _parallel()
    env = bench.environment()
    counts = [int(p) for p in args.processes.split(",") if p]
    print(f"CPUs: {os.cpu_count()}; load average now {os.getloadavg()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="parallax-store-add-") as name, postgres(args.pg) as server:
        tmp = Path(name)
        base, more, count = build_inputs(tmp, args.limit)
        size = sum(p.stat().st_size for p in tmp.rglob("*") if p.is_file() or p.is_symlink()) / 1e6
        print(
            f"input: {count} articles (+{MORE} held back), {size:.1f} MB; PostgreSQL: {'yes' if server else 'no'}"
        )
        times: dict[str, float] = {}
        paths_cpu: dict[str, float] = {}

        def run(label: str, command: list[str], articles: int) -> float:
            result = bench.timed(command, env)
            times[label] = result.seconds
            paths_cpu[label] = result.path
            print(
                f"{label:34} {result.seconds:7.1f} s  {articles / result.seconds:6.2f} articles/s"
                f"  CPU {result.cpu:7.1f} s (path {result.path:6.1f} s)  peak RSS {result.rss_mb:5.0f} MB"
                f" (PSS {result.pss_mb:5.0f} MB, largest process {result.one_mb:5.0f} MB)  load {result.load:4.1f}"
                f"  exit {result.returncode}",
                flush=True,
            )
            return float(result.seconds)

        paths = [str(p) for p in base]
        report = str(tmp / "report.json")
        stores: dict[str, str] = {}  # kind -> the store filled with -p 1 (else the first filled)
        with ExitStack() as databases:
            for p in counts:
                flag = ("-p", str(p))
                if not args.add_only:
                    run(
                        f"analyze -p {p}",
                        bench.parallax("analyze", *paths, "--quiet", "--json", report, *flag),
                        count,
                    )
                if "sqlite" in kinds:
                    sqlite = f"sqlite:///{tmp / f'store-p{p}.db'}"
                    run(f"add SQLite -p {p}", bench.parallax("add", *paths, "--db", sqlite, "-q", *flag), count)
                    stores.setdefault("SQLite", sqlite)
                if server and "postgresql" in kinds:
                    url = databases.enter_context(contextmanager(scratch_database)(server, "parallax_bench"))
                    run(
                        f"add PostgreSQL -p {p}",
                        bench.parallax("add", *paths, "--db", url, "-q", *flag),
                        count,
                    )
                    stores.setdefault("PostgreSQL", url)
            if args.add_only:
                return
            everything = [*paths, *map(str, more)]
            afresh = run(
                "analyze all afresh -p 1",
                bench.parallax("analyze", *everything, "--quiet", "--json", report, "-p", "1"),
                count + MORE,
            )
            for kind, url in stores.items():
                added = run(
                    f"add {MORE} more to {kind} -p 1",
                    bench.parallax("add", *map(str, more), "--db", url, "-q", "-p", "1"),
                    MORE,
                )
                print(
                    f"incremental: {MORE} more on {kind} cost {100 * added / afresh:.1f}% of analyzing all"
                    " afresh (goal under 5%)"
                )
        for p in counts:
            a = times.get(f"analyze -p {p}")
            for kind in ("SQLite", "PostgreSQL"):
                b = times.get(f"add {kind} -p {p}")
                if a and b:
                    print(f"-p {p}: add into {kind} takes {b / a:.2f} x the time of analyze")
        for label in ("analyze", "add SQLite", "add PostgreSQL"):
            one, two = times.get(f"{label} -p 1"), times.get(f"{label} -p 2")
            if one and two:
                estimate = paths_cpu[f"{label} -p 1"] / paths_cpu[f"{label} -p 2"]
                print(
                    f"{label}: -p 2 is {one / two:.2f} x as fast as -p 1 (wall clock); {estimate:.2f} x from the"
                    " CPU paths (main process + busiest worker: the speed-up on two idle cores, at least)"
                )


if __name__ == "__main__":
    main()
