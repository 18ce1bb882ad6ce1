"""A quoted phrase called untrue, against the statements that use it: "Citing a 'lack of local demand' is
nothing more than fantasy" against "the ministry cited a lack of local demand for the decision".

* **The denial**: a sentence of denial (a word of untruth: "fantasy", "false", "a myth") that quotes a
  phrase of two to eight words, a part of the sentence (not the whole quotation), and says the phrase is
  untrue: the phrase just before "is", "are", "was" or "were" and the word of untruth a few words after
  ("'X' is nothing more than fantasy", "'X' was a myth"), or the word of untruth a few words before the
  phrase ("the false claim of 'X'", "a myth that 'X'").
* **What it answers**: the sentences of other speakers that use the phrase (two content words or more, as
  written, the quotation marks aside), themselves no denial.

Categories only: quotation marks, words of untruth and the verb "be"; no word of any story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parallax.model import Claim, Comparison
from parallax.story.compare.denials import disputed_point, same_speaker
from parallax.story.compare.explain import SourceNamer
from parallax.story.text_features import content_stems, is_denial

__all__ = ["phrase_disputes", "quoted_untrue"]

# A phrase in quotation marks: straight or curly, single or double ("Alaska's" is no quotation); each kind
# looked for alone (a quotation in single marks inside one in double marks).
_QUOTED = (
    re.compile(r"(?<![\w’'])['‘](?P<p>[^'‘’\n]{3,80}?)['’](?![\w’'])"),
    re.compile(r"“(?P<p>[^“”\n]{3,80}?)”"),
    re.compile(r"\"(?P<p>[^\"\n]{3,80}?)\""),
)
# Words that call what they are said of untrue.
_UNTRUE = (
    r"(?:fantasy|fantasies|fiction|myth|myths|false|falsehoods?|untrue|lies?|nonsense|baseless|fabricat\w*|"
    r"bogus|hoax|not true)"
)
_AFTER = re.compile(rf"^\W*\s*(?:is|are|was|were)\b(?:\s+\w+){{0,4}}?\s+{_UNTRUE}\b", re.IGNORECASE)
_BEFORE = re.compile(rf"\b{_UNTRUE}\b(?:\s+\w+){{0,3}}\s*\W*$", re.IGNORECASE)
# A phrase of this many words.
_WORDS = (2, 8)
# Quote marks and spaces, left out when a phrase is looked for in another sentence.
_MARKS = re.compile(r"[\"'‘’“”]")


def _norm(text: str) -> str:
    return " ".join(_MARKS.sub(" ", text).casefold().split())


def quoted_untrue(text: str) -> list[str]:
    """The quoted phrases ``text`` calls untrue (see the module docstring)."""
    out: list[str] = []
    for match in (m for pattern in _QUOTED for m in pattern.finditer(text)):
        phrase = match.group("p").strip(" ,.;:")
        words = phrase.split()
        if not _WORDS[0] <= len(words) <= _WORDS[1] or len(phrase) > 0.6 * len(text):
            continue
        if len(set(content_stems(phrase))) < 2:
            continue
        if _AFTER.search(text[match.end() :][:60]) or _BEFORE.search(text[: match.start()][-40:]):
            out.append(phrase)
    return out


def phrase_disputes(
    claims: Sequence[Claim], namer: SourceNamer, taken: set[str], denial: re.Pattern[str]
) -> list[Comparison]:
    """A quoted phrase called untrue against the other speakers' sentences that use it, one point per
    denial. ``denial``: a further pattern of denial words; ``taken``: claims already in a contradiction
    (updated)."""
    out: list[Comparison] = []
    for claim in claims:
        if claim.id in taken or not (is_denial(claim.text) or denial.search(claim.text)):
            continue
        phrases = [_norm(p) for p in quoted_untrue(claim.text)]
        if not phrases:
            continue
        targets = [
            c
            for c in claims
            if c.id != claim.id
            and c.id not in taken
            and c.text != claim.text
            and not same_speaker(c, claim)
            and not (is_denial(c.text) or denial.search(c.text))
            and any(p in _norm(c.text) for p in phrases)
        ]
        if not targets:
            continue
        out.append(
            disputed_point(
                claim,
                targets,
                namer,
                lambda denier, who: f"{denier} says {who or 'the earlier report'} is wrong",
            )
        )
        taken.update(c.id for c in [*targets, claim])
    return out
