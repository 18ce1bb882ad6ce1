"""An article's clean text cut for its page: paragraphs of sentences, each sentence an anchor, claims marked."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from parallax.model import Claim, Sentence

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


def claim_anchor(claim_id: str) -> str:
    """The fragment (element id) of a claim's sentence on its article page: 'c-' and the id made URL-safe."""
    return "c-" + _UNSAFE.sub("-", claim_id)


@dataclass(frozen=True)
class Piece:
    """A run of text: a sentence (numbered from 1) or the text between sentences; a claim's sentence is marked."""

    text: str
    sentence: int | None = None
    claim_id: str | None = None

    @property
    def anchor(self) -> str | None:
        if self.claim_id is not None:
            return claim_anchor(self.claim_id)
        return f"s{self.sentence}" if self.sentence is not None else None


def article_pieces(text: str, sentences: Sequence[Sentence], claims: Sequence[Claim]) -> list[list[Piece]]:
    """The text's paragraphs (split at blank lines), each cut into sentences and the runs between them.

    A sentence that holds a claim (the claim starts inside it) carries that claim; a sentence that runs
    over a paragraph break is cut there (both parts keep its number, the anchor goes on the first).
    """
    claim_at: dict[int, Claim] = {}
    spans = sorted((s.start, s.end) for s in sentences if 0 <= s.start < s.end <= len(text))
    for claim in sorted(claims, key=lambda c: c.start):
        for n, (start, end) in enumerate(spans, start=1):
            if start <= claim.start < end:
                claim_at.setdefault(n, claim)
                break
    paragraphs: list[list[Piece]] = []
    position = 0
    anchored: set[int] = set()
    for block in text.split("\n\n"):
        start, end = position, position + len(block)
        position = end + 2
        pieces: list[Piece] = []
        cursor = start
        for n, (s, e) in enumerate(spans, start=1):
            if e <= start or s >= end:
                continue
            s, e = max(s, start), min(e, end)
            if s > cursor:
                pieces.append(Piece(text[cursor:s]))
            marked = claim_at.get(n)
            if n in anchored:  # the rest of a sentence cut by a paragraph break: no second anchor
                pieces.append(Piece(text[s:e]))
            else:
                pieces.append(Piece(text[s:e], n, marked.id if marked else None))
                anchored.add(n)
            cursor = e
        if cursor < end:
            pieces.append(Piece(text[cursor:end]))
        if any(p.text.strip() for p in pieces):
            paragraphs.append(pieces)
    return paragraphs
