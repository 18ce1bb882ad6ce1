"""The story stage's parses give the C heap's freed pages back after each batch they parse (so a long
story's resident memory is one batch's working memory, not the holes of all of them), and never when
they parse nothing."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import numpy
import pytest
from handmade import tally_claim

import parallax.story.compare.figure_parses as figure_parses
import parallax.story.compare.parses as parses
from parallax.model import Claim


class _Doc:
    def __init__(self, text: str) -> None:
        self.text = text


class _BatchNlp:
    """Stands for spaCy: counts the ``pipe`` calls."""

    def __init__(self) -> None:
        self.batches = 0

    def pipe(self, texts: Iterable[str], batch_size: int = 1) -> Iterator[_Doc]:
        texts = list(texts)
        if texts:
            self.batches += 1
        for text in texts:
            yield _Doc(text)


def _count_releases(monkeypatch: pytest.MonkeyPatch, module: Any) -> list[int]:
    calls: list[int] = []
    monkeypatch.setattr(module, "release_memory", lambda: calls.append(1))
    return calls


def test_figure_parses_give_memory_back_once_per_parsed_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_releases(monkeypatch, figure_parses)
    claims = [
        tally_claim(n, f"The board of Pellin voted 40-12 on its {n}th harbour levy.") for n in range(150)
    ]
    nlp: Any = _BatchNlp()
    for _ in figure_parses.parsed_parts(claims, nlp, units=()):
        pass
    assert nlp.batches > 1
    assert len(calls) == nlp.batches


def test_figure_parses_without_parses_give_nothing_back(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_releases(monkeypatch, figure_parses)
    plain = [Claim(id=f"a#p{n}", article_id="a", start=0, end=20, text=f"Dovra spoke {n}.") for n in range(5)]
    list(figure_parses.parsed_parts(plain, _BatchNlp(), units=()))  # type: ignore[arg-type]
    list(figure_parses.parsed_parts(plain, None, units=()))
    assert calls == []


def test_statement_parses_give_memory_back_after_parsing_only(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_releases(monkeypatch, parses)
    monkeypatch.setattr(parses, "_read", lambda doc: doc.text)
    claims = [tally_claim(n, f"Mayor Quell denied the 40-12 vote number {n} was rigged.") for n in range(3)]
    parsed = parses.Parses(_BatchNlp())  # type: ignore[arg-type]
    parsed.add(claims)
    assert len(calls) == 1
    parsed.add(claims)  # every text already read: nothing parsed, nothing to give back
    parsed.add([])
    assert len(calls) == 1


class _VectorDoc(_Doc):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.tensor = numpy.ones((len(text.split()), 96), dtype="float32")


class _VectorNlp(_BatchNlp):
    def pipe(self, texts: Iterable[str], batch_size: int = 1) -> Iterator[_Doc]:
        for doc in super().pipe(texts, batch_size):
            yield _VectorDoc(doc.text)


def test_figure_parses_hold_no_token_vectors() -> None:
    texts = [f"The board of Pellin voted 40-12 on levy {n}." for n in range(40)]
    claims = [tally_claim(n, t) for n, t in enumerate(texts)] + [tally_claim(100, texts[0])]  # one repeated
    seen = 0
    for part in figure_parses.parsed_parts(claims, _VectorNlp(), units=()):  # type: ignore[arg-type]
        for doc in part.parsed.values():
            assert doc.tensor.size == 0
            seen += 1
    assert seen == len(claims)
