"""Light text features shared by the corpus stages: content words, stems, modality and polarity.

These work on plain sentences (no parse), so the comparison stage needs no
model: the per-article annotation already did the expensive work.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from parallax.common.denials import CALLED_UNTRUE, DENY, LYING, NOT_THE_TRUTH, UNTRUE

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)

STOP_WORDS = frozenset(
    """a about above after again against all also am an and any are aren't as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has have
    having he her here hers herself him himself his how i if in into is it its itself just me more most my
    myself no nor not now of off on once only or other our ours ourselves out over own same she should so
    some such than that the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with would you your yours
    yourself yourselves said says say told tell according added one two three also mr mrs ms it's
    """.split()
)

# Negation and denial: the sentence asserts that something is not so.
_NEGATION = re.compile(
    r"\b(?:not|never|no longer|nor|neither|n't|deny|denies|denied|denying|untrue|false|refute[sd]?|"
    r"lied|lying|dismiss(?:es|ed)?|wasn't|isn't|weren't|aren't|didn't|hasn't|haven't|hadn't)\b",
    re.IGNORECASE,
)
# Denial of someone else's statement (stronger than plain negation).
_DENIAL = re.compile(
    rf"\b(?:{DENY}|{UNTRUE}|refut\w*|debunk\w*|{LYING}|{NOT_THE_TRUTH}|contradict\w*|dismiss\w*|{CALLED_UNTRUE}|"
    r"reject\w* (?:the |these |those )?(?:\w+ )?(?:reports?|claims?|allegations?|accusations?|statements?))\b",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    r"\b(?:may|might|could|reportedly|allegedly|apparently|appears?|seems?|believed?|believes|possibly|"
    r"perhaps|likely|unconfirmed|said to|expected to|estimated?|estimates|suggest(?:s|ed)?|"
    r"according to (?:various|some|unconfirmed) )\b",
    re.IGNORECASE,
)
# Irrealis: the figure is wanted, offered, planned or hypothetical, not reported as done.


def words(text: str) -> list[str]:
    """Lower-cased word tokens (letters first; numbers dropped)."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude, fast English stem: enough to match withdraw/withdrew/withdrawn, forces/force."""
    w = word.lower().strip("'’-")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix, repl in (
        ("ies", "y"),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
        ("al", ""),
        ("ment", ""),
    ):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            return w[: -len(suffix)] + repl
    return w


def content_stems(text: str) -> list[str]:
    """Stems of the content words of a text, in order."""
    return [stem(w) for w in words(text) if w not in STOP_WORDS and len(w) > 2]


def is_negated(text: str) -> bool:
    return bool(_NEGATION.search(text))


def is_denial(text: str) -> bool:
    return bool(_DENIAL.search(text))


def is_hedged(text: str) -> bool:
    return bool(_HEDGE.search(text))


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)
