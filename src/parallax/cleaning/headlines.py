"""Choosing a page dump's headline among the lines above (and the first lines of) its body.

A line is a candidate by its shape: a heading (no sentence end, 3 to 30 words), not a byline ("By ...",
"written by ..."), not a date or time line, not mostly digits, not a short line of page-furniture words
(the cleaner's lexicons). Candidates are then scored by content: a headline is about the lede, so the share
of its content words that recur in the body's first paragraphs counts most; a line printed twice near the
top (the page title and the heading) is very likely the headline. A page whose candidates share nothing
with its lede gets no title: no title is better than a menu line or a date.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from parallax.common.english import ENGLISH_FUNCTION_WORDS

__all__ = ["choose_headline", "is_dateline", "looks_like_byline"]

# How far above the body a headline is looked for, and how much of the body is its lede.
ABOVE_BODY = 40
INTO_BODY = 3
LEDE_BLOCKS = 4
LEDE_WORDS = 250
# A candidate sharing less than this share of its content words with the lede is not about it ...
MIN_SHARE = 0.3
# ... unless it is printed twice near the top (then a smaller share does).
MIN_SHARE_REPEATED = 0.1
# ... and a line not printed twice must share at least this many words with it.
MIN_SHARED = 2

_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"|(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)"
    r"|(?:januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août)"
    r"|(?:enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre)"
)
_DATE_TIME = re.compile(
    rf"\b(?:{_MONTH})\s+\d{{1,2}}\b|\b\d{{1,2}}\.?\s+(?:de\s+)?(?:{_MONTH})|\b\d{{1,2}}:\d{{2}}\b"
    r"|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:19|20)\d{2}\b"
    r"|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,"
    r"|\b\d+\s*(?:min|mins|minutes?|minutos?|minuten|minuti|hours?|horas?)\b"
    r"|\b(?:am|pm|a\.m\.|p\.m\.|gmt|utc|est|edt|cst|pst|updated|published|posted)\b",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^\W*(?:(?:(?:written|posted|reported|words|text|story|photos?)\s+)?by\b|(?:author|autor|auteur)\s*:)",
    re.IGNORECASE,
)
_CONTENT = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_SENT_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s")
_NORM = re.compile(r"[^\w]+", re.UNICODE)


def looks_like_byline(text: str) -> bool:
    """'By Jane Doe', 'Written by Jane Doe - 2 May': a credit line, not a headline."""
    return bool(_BYLINE.match(text))


def is_dateline(text: str) -> bool:
    """A line that is mostly a date or a time ('Nov. 2, 2020', 'Jane Doe - 2 May 2020, 10:31 pm'): a date or
    time marker and fewer than five other content words."""
    if not _DATE_TIME.search(text):
        return False
    rest = _DATE_TIME.sub(" ", text)
    return len(_content_words(rest)) < 5


def _content_words(text: str) -> list[str]:
    return [w for w in (m.casefold() for m in _CONTENT.findall(text)) if w not in ENGLISH_FUNCTION_WORDS]


def _stem(word: str) -> str:
    word = word.replace("’", "'").removesuffix("'s")
    return word[:-1] if len(word) > 4 and word.endswith("s") else word


def _norm(text: str) -> str:
    return _NORM.sub(" ", text.casefold()).strip()


def _shaped(text: str) -> bool:
    words = text.split()
    if len(words[0]) == 1 and words[0].islower():
        return False  # a list item whose bullet became a letter ("o Weather")
    if _NUMBERED.match(text):
        return False  # a numbered list item ("2. Weather")
    if not 3 <= len(words) <= 30 or len(text) > 250 or text.endswith((",", ":", ";")):
        return False
    if _SENT_END.search(text) and not text.rstrip("\"'”’").endswith(("?", "!")):
        return False
    if sum(c.isdigit() for c in text) * 2 >= sum(c.isalpha() for c in text):
        return False
    return not looks_like_byline(text) and not is_dateline(text) and len(_content_words(text)) >= 2


def choose_headline(
    texts: Sequence[str],
    bullets: Sequence[bool],
    keep: Sequence[bool],
    furniture: Callable[[int], bool],
) -> int | None:
    """The index of the block that is the page's headline, or None.

    ``texts`` are the page's blocks, ``bullets`` whether each is a list item, ``keep`` whether each is in the
    body, ``furniture(i)`` whether block ``i`` holds page-furniture words (share, subscribe, menu ...).
    """
    n = len(texts)
    body = [i for i in range(n) if keep[i]]
    first_body = body[0] if body else n
    window = sorted({0, *range(max(0, first_body - ABOVE_BODY), min(first_body + INTO_BODY, n))})
    candidates = [
        i
        for i in window
        if not bullets[i] and _shaped(texts[i]) and not (furniture(i) and len(texts[i].split()) <= 8)
    ]
    if not candidates:
        return None
    top = min(n, first_body + INTO_BODY)
    norms = [_norm(texts[j]) for j in range(top)]
    best: tuple[float, float, int] | None = None
    passing: set[int] = set()
    for i in candidates:
        mine = _norm(texts[i])
        lede: list[str] = []
        for j in [j for j in body if _norm(texts[j]) != mine][:LEDE_BLOCKS]:
            lede.extend(_content_words(texts[j]))
        lede_set = {_stem(w) for w in lede[:LEDE_WORDS]}
        words = {_stem(w) for w in _content_words(texts[i])}
        shared = len(words & lede_set)
        share = shared / len(words)
        repeated = any(
            j != i
            and len(other.split()) >= 3
            and (other == mine or _contains(other, mine) or _contains(mine, other))
            for j, other in enumerate(norms)
        )
        if shared < (1 if repeated else MIN_SHARED) or share < (
            MIN_SHARE_REPEATED if repeated else MIN_SHARE
        ):
            continue
        passing.add(i)
        score = round(share + (0.3 if repeated else 0.0) - (0.15 if furniture(i) else 0.0), 3)
        # Among equals, the shorter line (the heading without the page title's suffix), then the nearer.
        key = (score, -len(texts[i]) + i / 1e4, i)
        if best is None or key[:2] > best[:2]:
            best = key
    if best is None:
        return None
    # A headline comes before its standfirst: a passing line just above the best one is the headline.
    chosen = best[2]
    while chosen - 1 in passing:
        chosen -= 1
    return chosen


def _contains(outer: str, inner: str) -> bool:
    return len(inner) >= 15 and len(inner.split()) >= 3 and f" {inner} " in f" {outer} "
