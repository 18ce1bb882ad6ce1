"""Denials that refer to what they deny without stating it (:mod:`parallax.story.compare.referring`), on
invented sentences: a demonstrative called untrue, a statement the denier denies having made, the
allegations against the denier; and the invented stories of :mod:`referring_stories` through the real
stages. Also: the pairing keeps what it reads from each parse, not the parse."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from parallax.story.compare.referring import read_referring

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dispute_check import analyse, check
from referring_stories import REFERRING


@pytest.mark.parametrize(
    "sentence",
    [
        "That is simply false, the harbour master said.",
        "This is nonsense.",
        "The Orvik union called that a mischaracterization.",
        "That's just a bunch of baloney.",
    ],
)
def test_a_demonstrative_called_untrue_points_back(annotator: Any, sentence: str) -> None:
    assert read_referring(annotator.nlp(sentence)).back == "untrue"


@pytest.mark.parametrize(
    "sentence",
    [
        "That is not false, the harbour master said.",  # negated: an affirmation
        "If that is false, the council will apologise.",  # a condition
        "That is the third ferry to close this year.",  # nothing called untrue
        "The Orvik union called the plan a mistake.",  # no demonstrative
        "The board said the report was false.",  # names what it denies: not pointing back
    ],
)
def test_no_pointing_back(annotator: Any, sentence: str) -> None:
    assert read_referring(annotator.nlp(sentence)).back == ""


def test_denied_having_said_it(annotator: Any) -> None:
    referring = read_referring(annotator.nlp("Marek Olsen has denied having said that."))
    assert referring.back == "said"
    assert "olsen" in referring.back_by
    said = read_referring(
        annotator.nlp("A memoir reported that Marek Olsen told aides that the plan was dead.")
    )
    assert "olsen" in said.sayers
    assert not said.reports  # its main verb reports the memoir, not a statement of Olsen's


@pytest.mark.parametrize(
    "sentence",
    [
        "Kessler continued to deny the allegations.",
        "The charges, which Kessler has repeatedly denied, are serious.",
        "Kessler's campaign denied the allegations.",
        "Kessler told the paper that the allegations were completely false.",
    ],
)
def test_who_denies_the_allegations(annotator: Any, sentence: str) -> None:
    assert read_referring(annotator.nlp(sentence)).denier == {"kessler"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Kessler denied the allegations that he took bribes.",  # names what it denies
        "Kessler did not deny the allegations.",  # negated
        "Kessler denied the request for a recount.",  # no allegations
    ],
)
def test_no_denial_of_the_allegations(annotator: Any, sentence: str) -> None:
    assert not read_referring(annotator.nlp(sentence)).denier


@pytest.mark.parametrize(
    ("sentence", "alleged"),
    [
        ("Brenn claimed Kessler asked her for money.", True),
        ("Brenn accused Kessler of taking bribes.", True),
        ("The Daily Lantern reported that Kessler had approached the girl.", True),
        ("The paper printed allegations that Kessler took bribes from a builder.", True),
        ("Brenn claimed Kessler would resign in June.", False),  # a prediction, not a deed
        ("Brenn said Kessler asked her for money.", False),  # said, not alleged
        ("Brenn claimed Kessler did not pay the invoice.", False),  # a deed said not to be done
    ],
)
def test_who_is_alleged_to_have_done_something(annotator: Any, sentence: str, alleged: bool) -> None:
    assert ("kessler" in read_referring(annotator.nlp(sentence)).alleged) is alleged


@pytest.mark.parametrize("story", REFERRING, ids=[s["name"] for s in REFERRING])
def test_referring_stories(annotator: Any, story: Any) -> None:
    failed = [(name, shown) for name, ok, shown in check(story, analyse(story, annotator)) if not ok]
    assert not failed


def test_parses_keep_what_is_read_not_the_doc(annotator: Any) -> None:
    from spacy.tokens import Doc

    from parallax.model import Claim
    from parallax.story.compare.statements import _Parses

    parses = _Parses(annotator.nlp)
    claims = [
        Claim(id=f"c{n}", article_id="a", text=text, start=0, end=len(text))
        for n, text in enumerate(
            ["Velt denied that any fuel had leaked into the harbour.", "Fuel leaked, Brenn said."]
        )
    ]
    parses.add(claims)
    held = [v for v in vars(parses).values() if isinstance(v, dict)]
    assert held and not any(isinstance(x, Doc) for d in held for x in d.values())
    assert not any(isinstance(getattr(r, f), Doc) for d in held for r in d.values() for f in vars(r))
    reading = parses.reading(claims[0])
    assert reading is not None and reading.named
    assert any("leak" in p.predicates for p in parses.clauses(claims[1]))
