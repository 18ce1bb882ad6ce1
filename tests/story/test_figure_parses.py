"""The story stage parses its figure sentences in small batches, run by run, and drops them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from handmade import tally_claim

from parallax.model import Claim
from parallax.story.compare.figure_parses import PARSE_BATCH_TEXTS, parsed_parts


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


def test_each_distinct_sentence_is_parsed_once_in_small_batches() -> None:
    texts = [f"The council of Tarsk voted 40-12 on its {n}th sitting about the ferry." for n in range(200)]
    claims = [tally_claim(n, t) for n, t in enumerate(texts)]
    # A copy repeats the first ten sentences later in the story.
    claims += [tally_claim(1000 + n, t) for n, t in enumerate(texts[:10])]
    nlp: Any = _CountingNlp()
    seen: list[str] = []
    for part in parsed_parts(claims, nlp, units=()):
        for claim in part.claims:
            assert part.figures[claim.id].text == claim.text
            assert part.parsed[claim.id] is part.figures[claim.id]
            seen.append(claim.id)
    assert seen == [c.id for c in claims]  # every claim once, in order
    assert sorted(nlp.parsed) == sorted(texts)  # each distinct text once
    assert max(nlp.batches) <= PARSE_BATCH_TEXTS and len(nlp.batches) > 1  # not one batch of all


def test_only_figure_sentences_and_those_asked_for_are_parsed() -> None:
    plain = [
        Claim(id=f"a#p{n}", article_id="a", start=0, end=30, text=f"The mayor of Orvel spoke again {n}.")
        for n in range(5)
    ]
    figure = tally_claim(9, "The council of Tarsk voted 40-12 on the ferry.")
    claims = [plain[0], figure, *plain[1:]]
    nlp: Any = _CountingNlp()
    parts = list(parsed_parts(claims, nlp, units=(), also=lambda c: c.id == "a#p3"))
    assert [c.id for p in parts for c in p.claims] == [c.id for c in claims]
    figures = {k: d.text for p in parts for k, d in p.figures.items()}
    parsed = {k: d.text for p in parts for k, d in p.parsed.items()}
    assert figures == {figure.id: figure.text}
    assert parsed == {figure.id: figure.text, "a#p3": plain[3].text}
    assert sorted(nlp.parsed) == sorted([figure.text, plain[3].text])


def test_without_a_model_one_run_without_parses() -> None:
    claims = [tally_claim(n, f"The council of Tarsk voted 40-12 at sitting {n}.") for n in range(3)]
    parts = list(parsed_parts(claims, None, units=()))
    assert len(parts) == 1 and list(parts[0].claims) == claims
    assert not parts[0].figures and not parts[0].parsed


def test_repeated_sentences_wait_at_most_keep_docs() -> None:
    texts = [f"Officials in Morrow voted 40-12 over {n} damaged homes after the storm." for n in range(300)]
    claims = [tally_claim(n, t) for n, t in enumerate(texts)]
    claims += [tally_claim(500 + n, t) for n, t in enumerate(texts)]
    nlp: Any = _CountingNlp()
    got = {}
    for part in parsed_parts(claims, nlp, units=(), keep=16):
        got.update((k, d.text) for k, d in part.figures.items())
    assert got == {c.id: c.text for c in claims}
    # Only the last 16 of the first 300 waited for their copy: the others were parsed again.
    assert len(nlp.parsed) == 300 + 300 - 16
    assert all(nlp.parsed.count(t) == 1 for t in texts[-16:])
