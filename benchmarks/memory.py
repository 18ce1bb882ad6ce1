"""Peak memory and time of ``parallax clean`` / ``annotate`` / ``analyze`` against the size of the input.

Inputs are generated from the extraction set's real page dumps (../shared/bench/extraction/pages):

* ``dump-1mb``, ``dump-5mb``, ``dump-20mb``: real dumps concatenated into one page dump of that size;
* ``jsonl-20mb``: a JSONL of 2,000 articles (about 10 kB each), each made of paragraphs of the real gold
  bodies, drawn at random (so that no two records are copies); ``jsonl-1mb``, ``jsonl-2mb`` and
  ``jsonl-4mb`` are made the same way (100 articles a MB): the growth per article, on a small machine;
* ``line-1mb``: a 1 MB text on a single line (the words of real dumps, no line break);
* ``over-limit``: the 20 MB dump with ``max_input_bytes`` set to 10 MB, which must be refused at once.

Each command runs as a subprocess with one worker process (``-p 1``) and ``max_annotate_chars`` and
``max_input_bytes`` raised through the environment (``PARALLAX_MAX_ANNOTATE_CHARS``,
``PARALLAX_MAX_INPUT_BYTES``), so that the work is done rather than stopped at E301/E104. The peak
memory is the largest sum of the resident set sizes of the whole process tree, polled from /proc every
20 ms. The bound of the robustness issue is 300 MB + 20 x the input size.

Run: ``.venv/bin/python benchmarks/memory.py [--commands clean,annotate,analyze] [--inputs dump-1mb,...]``
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parents[1]
# The shared data beside the repository, or where PARALLAX_SHARED says.
SHARED = Path(os.environ.get("PARALLAX_SHARED", REPO.parent / "shared"))
PAGES = SHARED / "bench" / "extraction" / "pages"
MB = 1_000_000
BASE_MB = 300
PER_INPUT = 20
INPUTS = ("dump-1mb", "dump-5mb", "dump-20mb", "jsonl-20mb", "line-1mb", "over-limit")
#: Smaller JSONL inputs of the same make, not run by default.
PROXY_INPUTS = ("jsonl-1mb", "jsonl-2mb", "jsonl-4mb")
ARTICLES_PER_MB = 100
COMMANDS = ("clean", "annotate", "analyze")


class Measure(NamedTuple):
    peak_mb: float
    seconds: float
    returncode: int


def _dumps() -> list[str]:
    paths = sorted(PAGES.glob("*.dump.txt"))
    if not paths:
        raise SystemExit(f"no page dumps in {PAGES} (set PARALLAX_SHARED)")
    return [p.read_text(encoding="utf-8") for p in paths]


def make_dump(path: Path, size: int) -> Path:
    """One page dump of about ``size`` bytes: the real dumps one after another, as often as needed."""
    dumps = _dumps()
    parts: list[str] = []
    total = 0
    k = 0
    while total < size:
        text = dumps[k % len(dumps)]
        parts.append(text)
        total += len(text.encode("utf-8")) + 1
        k += 1
    data = "\n".join(parts).encode("utf-8")[:size]
    path.write_bytes(data.decode("utf-8", errors="ignore").encode("utf-8"))
    return path


def make_jsonl(path: Path, size: int, count: int) -> Path:
    """``count`` articles of about ``size / count`` bytes, made of real body paragraphs drawn at random."""
    paragraphs = [
        p.strip()
        for g in sorted(PAGES.glob("*.gold.txt"))
        for p in g.read_text(encoding="utf-8").split("\n")
        if len(p.split()) >= 8
    ]
    rng = random.Random(0)
    per = size // count
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            body: list[str] = []
            length = 0
            while length < per - 200:
                paragraph = rng.choice(paragraphs)
                body.append(paragraph)
                length += len(paragraph.encode("utf-8")) + 2
            record = {
                "id": f"article-{n:04d}",
                "title": f"Article {n}",
                "outlet": f"Outlet {n % 40}",
                "text": "\n\n".join(body),
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def make_line(path: Path, size: int) -> Path:
    """A text of about ``size`` bytes on a single line."""
    words: list[str] = []
    total = 0
    for dump in _dumps():
        for word in dump.split():
            words.append(word)
            total += len(word.encode("utf-8")) + 1
            if total >= size:
                path.write_text(" ".join(words), encoding="utf-8")
                return path
    path.write_text(" ".join(words), encoding="utf-8")
    return path


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8", errors="replace") as handle:
                stat = handle.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(")") + 2 :].split()[1])
        tree.setdefault(ppid, []).append(int(entry))
    return tree


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def process_tree(root: int) -> list[int]:
    """A process and all its descendants (from /proc)."""
    tree = _children()
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack.extend(tree.get(pid, []))
    return found


def tree_rss_mb(root: int) -> float:
    """Resident memory of a process and all its descendants, in MB."""
    total = sum(_rss_kb(pid) for pid in process_tree(root))
    return total * 1024 / MB


def measure(cmd: list[str], env: dict[str, str], poll: float = 0.02) -> Measure:
    """Run ``cmd``; its peak process-tree memory and wall time."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0.0
    while proc.poll() is None:
        peak = max(peak, tree_rss_mb(proc.pid))
        time.sleep(poll)
    seconds = time.perf_counter() - start
    return Measure(peak, seconds, proc.returncode)


def parallax_command(command: str, path: Path, out: Path) -> list[str]:
    exe = [sys.executable, "-c", "from parallax.cli import main; main()"]
    if command == "clean":
        return [*exe, "clean", str(path), "--json", str(out)]
    if command == "annotate":
        return [*exe, "annotate", str(path), "--json", str(out), "-p", "1"]
    return [*exe, "analyze", str(path), "--json", str(out), "--quiet", "-p", "1"]


def build_inputs(tmp: Path, names: list[str]) -> dict[str, Path]:
    made: dict[str, Path] = {}
    for name in names:
        if name.startswith("dump-"):
            made[name] = make_dump(
                tmp / f"{name}.txt", int(name.removeprefix("dump-").removesuffix("mb")) * MB
            )
        elif name.startswith("jsonl-"):
            megabytes = int(name.removeprefix("jsonl-").removesuffix("mb"))
            made[name] = make_jsonl(tmp / f"{name}.jsonl", megabytes * MB, megabytes * ARTICLES_PER_MB)
        elif name == "line-1mb":
            made[name] = make_line(tmp / f"{name}.txt", MB)
        elif name == "over-limit":
            made[name] = made.get("dump-20mb") or make_dump(tmp / "dump-20mb.txt", 20 * MB)
    return made


def environment(over_limit: bool = False) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO / "src") + os.pathsep + env.get("PYTHONPATH", "")
    env["PARALLAX_MAX_ANNOTATE_CHARS"] = str(200 * MB)
    env["PARALLAX_MAX_INPUT_BYTES"] = str(10 * MB if over_limit else 100 * MB)
    env["PARALLAX_PROCESSES"] = "1"
    return env


def run(commands: list[str], names: list[str]) -> list[tuple[str, str, float, Measure]]:
    rows: list[tuple[str, str, float, Measure]] = []
    with tempfile.TemporaryDirectory(prefix="parallax-memory-") as tmp_name:
        tmp = Path(tmp_name)
        inputs = build_inputs(tmp, names)
        for command in commands:
            for name in names:
                path = inputs[name]
                size = path.stat().st_size / MB
                result = measure(
                    parallax_command(command, path, tmp / "out.json"), environment(name == "over-limit")
                )
                rows.append((command, name, size, result))
                print(_row(command, name, size, result), flush=True)
    return rows


def _row(command: str, name: str, size: float, m: Measure) -> str:
    bound = BASE_MB + PER_INPUT * size
    verdict = "ok" if m.peak_mb <= bound else "OVER"
    return f"{command:9} {name:11} {size:6.1f} MB  peak {m.peak_mb:7.0f} MB  bound {bound:6.0f} MB  {verdict:4}  {m.seconds:7.1f} s  exit {m.returncode}"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--commands", default="clean", help=f"comma-separated, of {','.join(COMMANDS)} (default clean)"
    )
    parser.add_argument(
        "--inputs",
        default=",".join(INPUTS),
        help=f"comma-separated, of {','.join(INPUTS + PROXY_INPUTS)} (default all but the last three)",
    )
    args = parser.parse_args()
    commands = [c for c in args.commands.split(",") if c]
    names = [n for n in args.inputs.split(",") if n]
    unknown = set(commands) - set(COMMANDS) | set(names) - set(INPUTS) - set(PROXY_INPUTS)
    if unknown:
        parser.error(f"unknown: {', '.join(sorted(unknown))}")
    print(
        f"{'command':9} {'input':11} {'size':>9}  {'peak (process tree)':>19}  {'bound':>15}        {'time':>9}"
    )
    rows = run(commands, names)
    times = {(c, n): m.seconds for c, n, _, m in rows}
    for command in commands:
        if (command, "dump-5mb") in times and (command, "dump-20mb") in times:
            ratio = times[(command, "dump-20mb")] / times[(command, "dump-5mb")]
            print(f"{command}: time 20 MB / 5 MB = {ratio:.2f} (goal at most 4.5)")


if __name__ == "__main__":
    main()
