"""Fuzzing the library: random inputs through parallax.clean, annotate and analyze.

Hypothesis draws each case from one of five kinds:

- random bytes, saved with a random suffix (.txt, .html, .jsonl or none);
- random HTML: nested tags (article, p, div, script, table, ...) with random attributes and text;
- random Unicode prose: right-to-left scripts, combining marks, NULs and control characters,
  zero-width characters, emoji, and lone surrogates (written as UTF-8 with ``surrogatepass``);
- JSON Lines records with random fields, random types and lone surrogates in ``\\uXXXX`` escapes;
- seed articles (``shared/seeds``) mutated: cut, spliced, paragraphs shuffled or repeated,
  characters inserted or deleted, figures changed, newlines removed.

Each case runs one library call (clean, annotate or analyze, in turn) on one engine that
loads its models once. A crash is an exception escaping the call (a Rejected record is
not a crash), a call over ``--max-seconds`` (30 s of CPU time: the machine is shared, so
wall-clock time would measure the neighbours), or a call that raises the process's peak
memory by more than 20 times its input + :data:`CASE_HEADROOM_MB` over the resident memory
before the call. Every model (cleaner, spaCy, language identifier) is loaded before the
first case, so the headroom is for one spaCy batch, not for loading. (The fixed bound of
the issue, 300 MB + 20 times the input for a whole process, is pinned for one fresh
process by tests/annotation/test_pipeline.py; in a process that has run thousands of
random cases spaCy's string store and the libraries' caches keep growing, so the
fuzzer checks what each case adds.) A line every 500 cases tells how far it got. Hypothesis neither stops nor shrinks on a
crash: every one is recorded with its input kind, size, the call and the traceback.

Usage: PYTHONPATH=src python benchmarks/fuzz.py [--cases 10000] [--seed 1] [--save-crashes DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as fixed_seed
from hypothesis import strategies as st

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PARALLAX_SHARED", REPO.parent / "shared"))
PER_INPUT_BYTE = 20
#: Memory one call may add beyond 20 times its input: one spaCy batch (at most 10,000 characters).
CASE_HEADROOM_MB = 60

_RTL = "\u05d0\u05d1\u05d2\u05d3\u05d4\u0627\u0644\u0639\u0631\u0628\u064a\u0629\u200f\u202e\u202b"
_COMBINING = "\u0300\u0301\u0302\u0308\u0327\u0338\u20dd\u036f"
_ODD = "\x00\x01\x07\x0b\x0c\x1b\x7f\u00a0\u2028\u2029\u200b\u200d\ufeff\ufffd\U0001f600\U0001f1eb\U0001f1f7"
_WORDS = "the mayor said on Monday that 4.2 million euros 12 km 30 cm bridge council % $ 1/2 -5 °C , . ! ? \" ' ( )".split()
_TAGS = [
    "p",
    "div",
    "article",
    "span",
    "script",
    "style",
    "table",
    "tr",
    "td",
    "h1",
    "li",
    "ul",
    "a",
    "br",
    "title",
]


def _prose() -> st.SearchStrategy[str]:
    pieces = st.one_of(
        st.sampled_from(_WORDS),
        st.text(alphabet=_RTL + _COMBINING + _ODD, min_size=1, max_size=8),
        st.text(min_size=1, max_size=8),
        st.sampled_from(["\n", "\n\n", " ", "\t", "\r\n"]),
        st.integers(-(10**12), 10**12).map(str),
    )
    return st.lists(pieces, max_size=300).map(" ".join)


def _html() -> st.SearchStrategy[str]:
    leaf = _prose().map(lambda s: s.replace("<", " "))

    def wrap(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        attrs = st.dictionaries(
            st.sampled_from(["class", "id", "href", "lang", "dir", "style"]), st.text(max_size=10), max_size=2
        )
        return st.tuples(st.sampled_from(_TAGS), attrs, st.lists(children, max_size=5), st.booleans()).map(
            lambda t: (
                f"<{t[0]}"
                + "".join(f' {k}="{v}"' for k, v in t[1].items())
                + ">"
                + "".join(t[2])
                + (f"</{t[0]}>" if t[3] else "")
            )
        )

    body = st.recursive(leaf, wrap, max_leaves=40)
    return st.tuples(st.booleans(), body, st.integers(0, 4000)).map(
        lambda t: (("<!doctype html><html><head><title>t</title></head><body>" if t[0] else "") + t[1])[
            : t[2] or None
        ]
    )


def _jsonl() -> st.SearchStrategy[bytes]:
    value = st.one_of(
        _prose(),
        st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), max_size=3),
        st.integers(),
        st.none(),
        st.lists(st.integers(), max_size=3),
        st.floats(allow_nan=True),
    )
    record = st.dictionaries(
        st.sampled_from(["id", "text", "html", "title", "url", "outlet", "published", "byline", "extra"]),
        value,
        max_size=6,
    )
    line = st.one_of(record.map(lambda r: json.dumps(r, ensure_ascii=True)), st.text(max_size=40))
    return st.lists(line, min_size=1, max_size=6).map(
        lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass")
    )


@dataclass
class Seeds:
    texts: list[str]


def _mutated(seeds: Seeds) -> st.SearchStrategy[str]:
    def mutate(args: tuple[int, int, list[tuple[int, int, int]]]) -> str:
        index, seed, ops = args
        rng = random.Random(seed)
        text = seeds.texts[index % len(seeds.texts)]
        for op, a, b in ops:
            n = max(1, len(text))
            i, j = sorted((a % n, b % n))
            if op == 0:
                text = text[:i]  # truncated
            elif op == 1:
                text = text[:i] + text[j:]  # a slice deleted
            elif op == 2:
                text = text[:i] + text[i:j] * rng.randint(2, 4) + text[j:]  # a slice repeated
            elif op == 3:
                paragraphs = text.split("\n\n")
                rng.shuffle(paragraphs)
                text = "\n\n".join(paragraphs)
            elif op == 4:
                text = text[:i] + rng.choice(_RTL + _COMBINING + _ODD) * rng.randint(1, 50) + text[i:]
            elif op == 5:
                text = " ".join(text.split())  # one line, no paragraphs
            elif op == 6:
                text = "".join(str(rng.randint(0, 9)) if c.isdigit() else c for c in text)
            else:
                text = text + "\n\n" + seeds.texts[rng.randrange(len(seeds.texts))]
        return text

    return st.tuples(
        st.integers(0, 100),
        st.integers(0, 2**31),
        st.lists(st.tuples(st.integers(0, 7), st.integers(0, 10**6), st.integers(0, 10**6)), max_size=4),
    ).map(mutate)


def cases(seeds: Seeds) -> st.SearchStrategy[tuple[str, str, bytes]]:
    """(kind, file suffix, bytes) for one input file."""
    suffix = st.sampled_from([".txt", ".html", ".jsonl", "", ".htm"])
    return st.one_of(
        st.tuples(st.just("bytes"), suffix, st.binary(max_size=3000)),
        st.tuples(
            st.just("html"),
            st.sampled_from([".html", ".htm", ""]),
            _html().map(lambda s: s.encode("utf-8", "surrogatepass")),
        ),
        st.tuples(
            st.just("unicode"),
            st.sampled_from([".txt", ""]),
            _prose().map(lambda s: s.encode("utf-8", "surrogatepass")),
        ),
        st.tuples(st.just("jsonl"), st.just(".jsonl"), _jsonl()),
        st.tuples(
            st.just("seed"),
            st.sampled_from([".txt", ".txt", ".html"]),
            _mutated(seeds).map(lambda s: s.encode("utf-8", "surrogatepass")),
        ),
    )


@dataclass
class Tally:
    cases: int = 0
    by_kind: Counter[str] = field(default_factory=Counter)
    by_call: Counter[str] = field(default_factory=Counter)
    rejected: int = 0
    crashes: list[dict[str, Any]] = field(default_factory=list)
    slowest: float = 0.0
    largest_input: int = 0
    seconds: float = 0.0
    loaded_mb: float = 0.0
    end_mb: float = 0.0
    most_added_mb: float = 0.0


def peak_rss_mb() -> float:
    """Peak resident memory of this process (Linux VmHWM; ru_maxrss would include the parent's
    memory at fork time when the fuzzer runs as a child, as in tests/test_fuzz.py)."""
    with open("/proc/self/status") as handle:
        return int(handle.read().split("VmHWM:")[1].split()[0]) / 1024


def rss_mb() -> float:
    """Resident memory now (Linux)."""
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def run(
    n_cases: int,
    seed: int = 1,
    max_seconds: float = 30.0,
    save: Path | None = None,
    shared: Path = SHARED,
    progress_every: int = 500,
) -> Tally:
    """Run ``n_cases`` cases; never raises for a crash, returns the tally."""
    import parallax
    from parallax.config import Settings

    seeds = Seeds([p.read_text(encoding="utf-8") for p in sorted((shared / "seeds").glob("*.txt"))])
    assert seeds.texts, f"no seed articles in {shared / 'seeds'}"
    engine = parallax.load(Settings())
    engine.cleaner_model()
    annotator = engine.annotator()
    annotator.language.classify("Modelle werden vor dem ersten Fall geladen.")
    loaded_mb = rss_mb()
    calls = ["clean", "annotate", "analyze"]
    tally = Tally(loaded_mb=loaded_mb)
    started = time.perf_counter()

    with tempfile.TemporaryDirectory(prefix="parallax-fuzz-") as tmp:
        folder = Path(tmp)

        @fixed_seed(seed)
        @settings(
            max_examples=n_cases,
            deadline=None,
            database=None,
            derandomize=False,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(case=cases(seeds))
        def one(case: tuple[str, str, bytes]) -> None:
            kind, suffix, data = case
            call = calls[tally.cases % len(calls)]
            path = folder / f"case{tally.cases}{suffix}"
            path.write_bytes(data)
            tally.cases += 1
            tally.by_kind[kind] += 1
            tally.by_call[call] += 1
            tally.largest_input = max(tally.largest_input, len(data))
            t0 = time.process_time()
            before_mb, before_peak = rss_mb(), peak_rss_mb()
            problem = None
            try:
                if call == "clean":
                    result: Any = engine.clean_paths([path])
                elif call == "annotate":
                    result = engine.annotate_paths([path])
                else:
                    result = engine.analyze_paths([path])
                tally.rejected += len(result.rejected)
            except BaseException as exc:  # a crash: record it and go on
                if isinstance(exc, KeyboardInterrupt):
                    raise
                problem = "exception: " + "".join(traceback.format_exception(exc))
            elapsed = time.process_time() - t0
            tally.slowest = max(tally.slowest, elapsed)
            if problem is None and elapsed > max_seconds:
                problem = f"took {elapsed:.1f} s of CPU"
            peak = peak_rss_mb()
            added = peak - before_mb if peak > before_peak else 0.0
            tally.most_added_mb = max(tally.most_added_mb, added)
            allowed = PER_INPUT_BYTE * len(data) / 1e6 + CASE_HEADROOM_MB
            if problem is None and added > allowed:
                problem = f"memory peak {added:.0f} MB above the {before_mb:.0f} MB before the call (allowed {allowed:.0f} MB)"
            if problem is not None:
                crash = {"kind": kind, "suffix": suffix, "call": call, "size": len(data), "problem": problem}
                tally.crashes.append(crash)
                if save is not None:
                    save.mkdir(parents=True, exist_ok=True)
                    (save / f"crash{len(tally.crashes)}{suffix}").write_bytes(data)
                    (save / f"crash{len(tally.crashes)}.txt").write_text(json.dumps(crash, indent=2))
            path.unlink(missing_ok=True)
            if progress_every and tally.cases % progress_every == 0:
                print(
                    f"... {tally.cases} cases, {len(tally.crashes)} crashes, rss {rss_mb():.0f} MB",
                    flush=True,
                )

        one()
    tally.seconds = time.perf_counter() - started
    tally.end_mb = rss_mb()
    return tally


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--max-seconds", type=float, default=30.0)
    ap.add_argument("--save-crashes", type=Path)
    ap.add_argument("--shared", type=Path, default=SHARED)
    args = ap.parse_args()
    tally = run(args.cases, args.seed, args.max_seconds, args.save_crashes, args.shared)
    print(f"cases {tally.cases} ({dict(tally.by_kind)}; calls {dict(tally.by_call)})")
    print(
        f"crashes {len(tally.crashes)}; rejected records {tally.rejected}; slowest case {tally.slowest:.2f} s of CPU; "
        f"most memory one call added {tally.most_added_mb:.0f} MB; resident {tally.loaded_mb:.0f} MB with the models "
        f"loaded, {tally.end_mb:.0f} MB at the end, peak {peak_rss_mb():.0f} MB; "
        f"largest input {tally.largest_input:,} bytes; {tally.seconds:.0f} s in all"
    )
    for crash in tally.crashes[:20]:
        print("---", crash["kind"], crash["suffix"], crash["call"], crash["size"], "bytes")
        print(crash["problem"])
    sys.exit(1 if tally.crashes else 0)


if __name__ == "__main__":
    main()
