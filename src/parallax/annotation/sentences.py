"""Sentences that respect news writing.

spaCy's parser gives the first cut. Then:

* a paragraph break always ends a sentence (a headline or a one-line quote is its own sentence);
* a cut after a title or an abbreviation ("Maj. Gen.", "Dr.", "U.S.", "Jan.") is undone;
* a cut that leaves a piece starting in lower case or with closing punctuation ("he said.")
  is undone, so a quotation and its attribution stay together;
* a cut inside an open quotation is undone when the quotation closes within the paragraph, so a quote
  of two sentences followed by "he added" is one unit for attribution.

Offsets are character offsets into the Doc's text; whitespace is trimmed from both ends.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from parallax.model import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["segment_sentences", "split_paragraph_offsets"]

ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt gov sen rep rev fr st sr jr hon pres supt insp "
    "det amb atty brig no nos vol fig jan feb mar apr jun jul aug sep sept oct nov dec inc corp ltd co bros "
    "mt ft ave blvd approx est dept univ u.s u.k u.n e.u a.m p.m vs etc".split()
)
_ABBREV_END = re.compile(r"(?:^|[\s(\[\"“])((?:[A-Za-z]\.){2,}|[A-Za-z]{1,5}\.)$")
_PARA = re.compile(r"\n\s*\n")
_OPENERS = "“\"‘"
_CLOSERS = "”\"’"


def split_paragraph_offsets(text: str) -> list[tuple[int, int]]:
    """(start, end) of every paragraph (blocks separated by blank lines), trimmed."""
    spans: list[tuple[int, int]] = []
    position = 0
    for match in [*_PARA.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[position:end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            spans.append((position + lead, position + lead + len(stripped)))
        if match:
            position = match.end()
    return spans


def _ends_with_abbreviation(piece: str) -> bool:
    match = _ABBREV_END.search(piece.rstrip())
    if not match:
        return False
    word = match.group(1).rstrip(".").casefold()
    return word in ABBREVIATIONS or "." in word or (len(word) == 1 and word.isalpha())


def _quote_open(piece: str) -> bool:
    """True when the piece opens a quotation it does not close."""
    curly = piece.count("“") - piece.count("”")
    straight = piece.count('"') % 2
    return curly > 0 or straight == 1


def _should_merge(prev: str, nxt: str) -> bool:
    head = nxt.lstrip()
    if not head:
        return True
    if head[0].islower() or head[0] in ",;:)]" or (head[0] in _CLOSERS and len(head) < 3):
        return True
    return _ends_with_abbreviation(prev) and not prev.rstrip().endswith(("?", "!"))


def segment_sentences(doc: Doc) -> list[Sentence]:
    """Sentences of a parsed text, as offsets."""
    text = doc.text
    cuts = sorted({sent.start_char for sent in doc.sents})
    sentences: list[Sentence] = []
    for p_start, p_end in split_paragraph_offsets(text):
        starts = cuts[bisect_right(cuts, p_start) : bisect_left(cuts, p_end)]
        pieces: list[tuple[int, int]] = []
        cursor = p_start
        for cut in [*starts, p_end]:
            if cut > cursor and text[cursor:cut].strip():
                pieces.append((cursor, cut))
                cursor = cut
        merged: list[tuple[int, int]] = []
        for start, end in pieces:
            if merged:
                prev_start, prev_end = merged[-1]
                prev = text[prev_start:prev_end]
                rest_closes = _quote_open(prev) and any(c in text[start:p_end] for c in _CLOSERS)
                if _should_merge(prev, text[start:end]) or (rest_closes and _quote_open(prev) and len(prev) < 600):
                    merged[-1] = (prev_start, end)
                    continue
            merged.append((start, end))
        for start, end in merged:
            chunk = text[start:end]
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk) - len(chunk.rstrip())
            if end - trail > start + lead:
                sentences.append(Sentence(start=start + lead, end=end - trail))
    return sentences
