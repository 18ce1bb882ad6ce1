"""Wall-clock speed-up of worker processes: ``-p 1`` against ``-p 2`` in the same run, and peak memory.

Runs ``parallax analyze`` (``--quiet --json``) and a bulk ``parallax add`` (a fresh SQLite store each
time) on the first N articles of ../shared/bench/devsets/stories.jsonl (real news, 200 by default), as
subprocesses, one process and two alternately (p1 p2, then p2 p1, ...), each repeated. Every run is
timed start to end (start-up and model loading included) and its peak memory is polled from /proc
every 50 ms over the whole process tree, as benchmarks/memory.py does: the sum of the resident set
sizes (RSS, the measure of the robustness issue, which counts pages that forked workers share with the
parent once per process) and the sum of the proportional set sizes (PSS, each shared page divided
among the processes that share it: the memory really used).

The machine may be shared: the script prints the CPU count and the load average before each run;
report the median ratio and the load.

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/parallel.py [--articles 200] [--repeats 3]
[--commands analyze,add] [--processes 2]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))
from memory import process_tree  # benchmarks/memory.py: the same /proc walk

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PARALLAX_SHARED", REPO.parent / "shared"))
STORIES = SHARED / "bench" / "devsets" / "stories.jsonl"
MB = 1_000_000
BASE_MB = 300
PER_INPUT = 20


class Run(NamedTuple):
    seconds: float
    cpu: float
    path: float  # CPU seconds of the main process plus those of its busiest worker (see critical_path)
    rss_mb: float
    pss_mb: float
    returncode: int
    load: float
    one_mb: float  # the peak RSS of the largest single process of the tree (main process or one worker)


def _field_kb(path: str, name: str) -> int:
    try:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.startswith(name):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU of one process so far (its own, not its children's)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8", errors="replace") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICK


def critical_path(root: int, cpu: dict[int, float]) -> float:
    """CPU of the main process plus that of its busiest child: the wall time the run would take on idle
    cores if the workers never waited for one another and the main process never ran alongside them
    (an upper bound, since the main process's own work partly overlaps the workers')."""
    children = [c for p, c in cpu.items() if p != root]
    return cpu.get(root, 0.0) + max(children, default=0.0)


def tree_memory_mb(root: int) -> tuple[float, float, float]:
    """RSS and PSS of a process and its descendants, and the RSS of the largest one of them, in MB."""
    pids = process_tree(root)
    each = [_field_kb(f"/proc/{p}/status", "VmRSS:") for p in pids]
    pss = sum(_field_kb(f"/proc/{p}/smaps_rollup", "Pss:") for p in pids)
    return sum(each) * 1024 / MB, pss * 1024 / MB, max(each, default=0) * 1024 / MB


def timed(command: list[str], env: dict[str, str], poll: float = 0.05) -> Run:
    load = os.getloadavg()[0]
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    rss = pss = one = 0.0
    cpu: dict[int, float] = {}
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        r, p, o = tree_memory_mb(proc.pid)
        rss, pss, one = max(rss, r), max(pss, p), max(one, o)
        for member in process_tree(proc.pid):
            cpu[member] = max(cpu.get(member, 0.0), cpu_seconds(member))
        time.sleep(poll)
    total = usage.ru_utime + usage.ru_stime
    # The main process's last reading is up to one poll old: its final CPU is the total less its children's.
    cpu[proc.pid] = max(cpu.get(proc.pid, 0.0), total - sum(c for p, c in cpu.items() if p != proc.pid))
    seconds = time.perf_counter() - start
    proc.returncode = returncode = os.waitstatus_to_exitcode(status)
    if returncode not in (0, 1):
        sys.stderr.write((proc.stderr.read() if proc.stderr else b"").decode()[-2000:])
    # CPU of the command and of the workers it waited for.
    return Run(seconds, total, critical_path(proc.pid, cpu), rss, pss, returncode, load, one)


def parallax(*args: str) -> list[str]:
    return [sys.executable, "-c", "from parallax.cli import main; main()", *args]


def command_for(name: str, path: Path, processes: int, tmp: Path) -> list[str]:
    if name == "analyze":
        return parallax(
            "analyze", str(path), "--quiet", "--json", str(tmp / "report.json"), "-p", str(processes)
        )
    if name == "add":
        db = tmp / f"store-{processes}-{time.monotonic_ns()}.db"
        return parallax("add", str(path), "--db", f"sqlite:///{db}", "-q", "-p", str(processes))
    if name == "annotate":
        return parallax("annotate", str(path), "--json", str(tmp / "ann.jsonl"), "-p", str(processes))
    raise ValueError(name)


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO / "src") + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("PARALLAX_PROCESSES", None)
    return env


def subset(path: Path, count: int, out: Path) -> Path:
    lines = path.read_text(encoding="utf-8").splitlines()[:count]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--commands", default="analyze,add")
    parser.add_argument("--processes", type=int, default=2, help="the run compared with -p 1")
    parser.add_argument("--input", type=Path, default=STORIES)
    args = parser.parse_args()
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"CPUs: {os.cpu_count()} (this process may use {cpus}); load average now {os.getloadavg()}")
    env = environment()
    with tempfile.TemporaryDirectory(prefix="parallax-parallel-") as name:
        tmp = Path(name)
        data = subset(args.input, args.articles, tmp / "input.jsonl")
        size = data.stat().st_size / MB
        bound = BASE_MB + PER_INPUT * size
        print(
            f"input: {args.articles} articles of {args.input.name}, {size:.2f} MB; memory bound {bound:.0f} MB"
        )
        for command in [c for c in args.commands.split(",") if c]:
            ratios: list[float] = []
            estimates: list[float] = []
            runs: dict[int, list[Run]] = {1: [], args.processes: []}
            for repeat in range(args.repeats):
                order = [1, args.processes] if repeat % 2 == 0 else [args.processes, 1]
                pair: dict[int, Run] = {}
                for processes in order:
                    run = timed(command_for(command, data, processes, tmp), env)
                    pair[processes] = run
                    runs[processes].append(run)
                    print(
                        f"{command:8} -p {processes}  {run.seconds:6.1f} s  CPU {run.cpu:6.1f} s (path {run.path:6.1f} s)"
                        f"  {args.articles / run.seconds:5.1f} articles/s"
                        f"  peak RSS {run.rss_mb:5.0f} MB  PSS {run.pss_mb:5.0f} MB  largest process {run.one_mb:5.0f} MB"
                        f"  load {run.load:4.1f}"
                        f"  exit {run.returncode}",
                        flush=True,
                    )
                ratios.append(pair[1].seconds / pair[args.processes].seconds)
                estimates.append(pair[1].path / pair[args.processes].path)
            print(
                f"{command}: speed-up -p {args.processes} over -p 1, median {statistics.median(ratios):.2f}"
                f" (runs: {', '.join(f'{r:.2f}' for r in ratios)}; goal 1.6); from CPU paths, median"
                f" {statistics.median(estimates):.2f} (runs: {', '.join(f'{r:.2f}' for r in estimates)});"
                f" peak RSS -p 1 {max(r.rss_mb for r in runs[1]):.0f} MB, -p {args.processes}"
                f" {max(r.rss_mb for r in runs[args.processes]):.0f} MB; PSS -p 1 {max(r.pss_mb for r in runs[1]):.0f} MB,"
                f" -p {args.processes} {max(r.pss_mb for r in runs[args.processes]):.0f} MB; largest single process"
                f" -p 1 {max(r.one_mb for r in runs[1]):.0f} MB, -p {args.processes}"
                f" {max(r.one_mb for r in runs[args.processes]):.0f} MB (bound {bound:.0f} MB for each process:"
                f" {'ok' if max(r.one_mb for rs in runs.values() for r in rs) <= bound else 'OVER'})",
                flush=True,
            )


if __name__ == "__main__":
    main()
