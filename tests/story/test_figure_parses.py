"""The story stage parses its figure sentences in small batches as they are read, and drops them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from parallax.model import Claim
from parallax.story.compare.measures import FigureParses


class _Doc:
    def __init__(self, text: str) -> None:
        self.text = text


class _CountingNlp:
    """Stands for spaCy: records every text it parses and every batch."""

    def __init__(self) -> None:
        self.parsed: list[str] = []
        self.batches: list[int] = []

    def pipe(self, texts: Iterable[str], batch_size: int = 1) -> Iterator[_Doc]:
        texts = list(texts)
        self.batches.append(len(texts))
        for text in texts:
            self.parsed.append(text)
            yield _Doc(text)

    def __call__(self, text: str) -> _Doc:
        self.parsed.append(text)
        return _Doc(text)


def _claim(n: int, text: str) -> Claim:
    return Claim(id=f"a#s{n}", article_id="a", start=0, end=len(text), text=text)


def test_each_distinct_sentence_is_parsed_once_in_small_batches() -> None:
    texts = [
        f"The ferry carried {n} passengers across the bay of Tarsk on its {n}th crossing." for n in range(200)
    ]
    claims = [_claim(n, t) for n, t in enumerate(texts)]
    # A copy repeats the first ten sentences later in the story.
    claims += [_claim(1000 + n, t) for n, t in enumerate(texts[:10])]
    nlp: Any = _CountingNlp()
    parses = FigureParses(claims, nlp)
    for claim in claims:
        assert parses[claim.id].text == claim.text
    assert sorted(nlp.parsed) == sorted(texts)  # each distinct text once
    assert max(nlp.batches) < 64 and len(nlp.batches) > 1  # not one batch of every sentence


def test_docs_are_not_all_kept() -> None:
    texts = [f"Officials in Morrow counted {n} damaged homes after the storm." for n in range(300)]
    claims = [_claim(n, t) for n, t in enumerate(texts)] + [_claim(500 + n, t) for n, t in enumerate(texts)]
    nlp: Any = _CountingNlp()
    parses = FigureParses(claims, nlp, keep=16)
    for claim in claims:
        assert parses[claim.id].text == claim.text
        assert len(parses._waiting) <= 16  # at most ``keep`` Docs wait for a later claim
    assert len(parses._waiting) == 0  # every Doc dropped after its last use
    assert parses.get("missing") is None
    # Asked again after its last use: parsed again on its own, still right.
    assert parses[claims[0].id].text == texts[0]
