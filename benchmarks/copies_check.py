"""The copies that :func:`parallax.cleaning.copies.find_copies` finds on real text, saved or compared.

Three sets of texts, each in file order: the 181 page dumps of ../shared/bench/extraction/pages (raw, as
the cleaner's site-furniture step sees them), their 181 gold bodies, and the texts of the *working* part
of ../shared/bench/devsets/stories.jsonl (every fifth record, the set-aside part, is left out). Each has
more than :data:`~parallax.cleaning.copies.EXACT_UP_TO` texts, so MinHash LSH proposes the candidates.

``--save FILE`` writes the copy pairs (text number -> the number of the text it copies) of every set;
``--compare FILE`` checks that this tree finds exactly the saved pairs (run ``--save`` on the old tree,
``--compare`` on the new one). ``--datasketch`` also checks, query by query, that the LSH candidates
are those of datasketch's ``MinHash``/``MinHashLSH`` with the same parameters (when it is installed).

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/copies_check.py [--save F | --compare F] [--datasketch]``
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import devsets  # benchmarks/devsets.py: the shared sets and their working part

from parallax.cleaning import copies


def copy_pairs(texts: list[str]) -> dict[str, int]:
    return {str(k): first for k, first in enumerate(copies.find_copies(texts)) if first is not None}


def datasketch_mismatches(texts: list[str]) -> tuple[int, int]:
    """(queries, queries whose candidates differ from datasketch's) over the texts past EXACT_UP_TO."""
    from datasketch import MinHash, MinHashLSH

    template = MinHash(num_perm=copies.PERMUTATIONS, seed=1)
    lsh = MinHashLSH(threshold=copies.COPY_JACCARD, num_perm=copies.PERMUTATIONS)
    assert (lsh.b, lsh.r) == (copies.BANDS, copies.ROWS), (lsh.b, lsh.r)
    ours = copies.MinHashIndex()
    queries = differ = 0
    for number, text in enumerate(texts):
        shingles = copies.prose_shingles(text)
        if shingles.size < copies.MIN_SHINGLES:
            continue
        sketch = MinHash(
            num_perm=copies.PERMUTATIONS,
            hashfunc=lambda value: value,
            permutations=template.permutations,
            scheme=template.scheme,
        )
        sketch.update_batch(shingles.tolist())
        if not (sketch.hashvalues == copies.minhash(shingles, ours.permutations)).all():
            differ += 1
        if number >= copies.EXACT_UP_TO:
            queries += 1
            if sorted(int(k) for k in lsh.query(sketch)) != ours.query(shingles):
                differ += 1
        lsh.insert(str(number), sketch)
        ours.insert(number, shingles)
    return queries, differ


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--save", type=Path, help="write the copy pairs of every set to this JSON file")
    parser.add_argument("--compare", type=Path, help="compare with the pairs saved in this JSON file")
    parser.add_argument(
        "--datasketch", action="store_true", help="compare the LSH candidates with datasketch's"
    )
    args = parser.parse_args()
    found: dict[str, dict[str, int]] = {}
    failed = False
    for name, texts in devsets.real_text_sets().items():
        start = time.perf_counter()
        found[name] = copy_pairs(texts)
        print(
            f"{name}: {len(texts)} texts, {len(found[name])} copies, {time.perf_counter() - start:.1f} s",
            flush=True,
        )
        if args.datasketch:
            queries, differ = datasketch_mismatches(texts)
            print(f"  datasketch: {queries} LSH queries, {differ} sketches or candidate lists differ")
            failed |= differ > 0
    if args.save:
        args.save.write_text(json.dumps(found, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    if args.compare:
        saved = json.loads(args.compare.read_text(encoding="utf-8"))
        for name, pairs in found.items():
            same = saved.get(name) == pairs
            print(f"{name}: {'same copies as saved' if same else 'DIFFERENT copies from saved'}")
            failed |= not same
    raise SystemExit(1 if failed else 0)


if __name__ == "__main__":
    main()
