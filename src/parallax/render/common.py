"""Helpers shared by the renderers: article text cut into plain runs and claim sentences."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from parallax.model import Claim


@dataclass(frozen=True)
class Segment:
    """A run of article text, marked when it is the sentence of a claim."""

    text: str
    claim_id: str | None = None


def paragraph_segments(text: str, claims: Sequence[Claim]) -> list[list[Segment]]:
    """The article's paragraphs cut into plain runs and claim sentences (claims must not overlap)."""
    spans = sorted(((c.start, c.end, c.id) for c in claims), key=lambda s: (s[0], -s[1]))
    chosen: list[tuple[int, int, str]] = []
    for start, end, claim_id in spans:
        if not chosen or start >= chosen[-1][1]:
            chosen.append((start, end, claim_id))
    paragraphs: list[list[Segment]] = []
    position = 0
    for block in text.split("\n\n"):
        start, end = position, position + len(block)
        position = end + 2
        segments: list[Segment] = []
        cursor = start
        for s, e, claim_id in chosen:
            if e <= start or s >= end:
                continue
            s, e = max(s, start), min(e, end)
            if s > cursor:
                segments.append(Segment(text[cursor:s]))
            segments.append(Segment(text[s:e], claim_id))
            cursor = e
        if cursor < end:
            segments.append(Segment(text[cursor:end]))
        if segments:
            paragraphs.append(segments)
    return paragraphs
