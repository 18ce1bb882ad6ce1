"""The annotate stage's language decisions on real text, saved or compared, and the identifier's memory.

Texts: the 181 page dumps of ../shared/bench/extraction/pages and their 181 gold bodies, and the texts
of the *working* part of ../shared/bench/devsets/stories.jsonl (the set-aside fifth is left out).
For each text the decision is :meth:`parallax.annotation.nlp.LanguageIdentifier.unsupported` (a language
code when the text is refused, else none).

``--save FILE`` writes the decisions; ``--compare FILE`` checks that this tree makes exactly the saved
ones (run ``--save`` on the old tree, ``--compare`` on the new one). ``--exact`` also classifies the
language sample of every text, whether or not the English fast path settles it, with py3langid's own
``LanguageIdentifier`` and with this tree's identifier, and counts the texts where the language or the
probability differ. ``--memory`` prints the peak resident memory (VmHWM) that loading the identifier and
classifying one text adds to a process, for py3langid's loader and for this tree's, each in a fresh
process.

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/language_check.py [--save F | --compare F] [--exact]
[--memory]``
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import devsets  # benchmarks/devsets.py: the shared sets and their working part

from parallax.annotation.nlp import LanguageIdentifier, language_sample

# A paragraph of German (written for this check) that the English fast path does not settle.
_GERMAN = (
    "Die Gemeinde hat am Montag beschlossen, die alte Schule im Dorf neu zu bauen, und der Rat will die "
    "Arbeiten noch in diesem Jahr beginnen. Die Eltern sind froh, weil die Kinder seit langer Zeit in "
    "einem kleinen Haus am Rand der Stadt lernen müssen."
)
_MEMORY = """
import sys
def hwm():
    return int(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))
import numpy
from parallax.common.memory import tune_allocator
tune_allocator()
{imports}
before = hwm()
{load}
language, probability = model.classify({text!r})
print(language, round(probability, 3), (hwm() - before) / 1000)
"""
_LOADERS = {
    "py3langid": (
        "from py3langid.langid import MODEL_FILE, LanguageIdentifier",
        "model = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)",
    ),
    "parallax": (
        "from parallax.annotation.nlp import LanguageIdentifier",
        "model = LanguageIdentifier()",
    ),
}


def exact_differences(identifier: LanguageIdentifier, texts: list[str]) -> int:
    from py3langid.langid import MODEL_FILE
    from py3langid.langid import LanguageIdentifier as Reference

    reference = Reference.from_model_file(MODEL_FILE, norm_probs=True)
    differ = 0
    for text in texts:
        sample = language_sample(text)
        language, probability = reference.classify(sample)
        if (str(language), float(probability)) != identifier.classify(sample):
            differ += 1
    return differ


def memory() -> None:
    for name, (imports, load) in _LOADERS.items():
        code = _MEMORY.format(imports=imports, load=load, text=_GERMAN)
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        language, probability, added = out.stdout.split()
        print(
            f"{name:9} loader: load + classify adds {float(added):5.1f} MB peak RSS ({language} {probability})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--save", type=Path, help="write the decisions to this JSON file")
    parser.add_argument("--compare", type=Path, help="compare with the decisions saved in this JSON file")
    parser.add_argument(
        "--exact", action="store_true", help="compare every sample's classification with py3langid's"
    )
    parser.add_argument("--memory", action="store_true", help="peak memory of loading and classifying")
    args = parser.parse_args()
    if args.memory:
        memory()
    identifier = LanguageIdentifier()
    decisions: dict[str, list[str | None]] = {}
    failed = False
    for name, texts in devsets.real_text_sets().items():
        start = time.perf_counter()
        decisions[name] = [identifier.unsupported(t) for t in texts]
        refused = [d for d in decisions[name] if d]
        print(
            f"{name}: {len(texts)} texts, {len(refused)} refused ({', '.join(sorted(set(refused))) or '-'}), "
            f"{time.perf_counter() - start:.1f} s",
            flush=True,
        )
        if args.exact:
            differ = exact_differences(identifier, texts)
            print(f"  samples classified differently from py3langid: {differ}")
            failed |= differ > 0
    if args.save:
        args.save.write_text(json.dumps(decisions, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    if args.compare:
        saved = json.loads(args.compare.read_text(encoding="utf-8"))
        for name, made in decisions.items():
            same = saved.get(name) == made
            print(f"{name}: {'same decisions as saved' if same else 'DIFFERENT decisions from saved'}")
            failed |= not same
    raise SystemExit(1 if failed else 0)


if __name__ == "__main__":
    main()
