"""Helpers shared by the renderers: article text cut into plain runs and claim sentences."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from parallax.model import Claim

_NOT_IN_AN_ID = re.compile(r"[\s\x00-\x1f\x7f]")


def html_id(text: str) -> str:
    """``text`` as an HTML element id (and link fragment): an id may hold no white space, so a run of it (or of
    control characters) becomes '_', with a short digest of the original so that two ids stay apart."""
    if not _NOT_IN_AN_ID.search(text):
        return text
    digest = hashlib.blake2s(text.encode("utf-8", "surrogatepass"), digest_size=3).hexdigest()
    return _NOT_IN_AN_ID.sub("_", text) + "_" + digest


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
