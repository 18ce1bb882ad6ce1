"""Rules that several stages share live once, in parallax.common."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from parallax.common.denials import DISPUTE_VERBS, LYING, NOT_THE_TRUTH, UNTRUE
from parallax.common.english import ENGLISH_FUNCTION_WORDS, english_share
from parallax.common.published import normalize_published, parse_published

SRC = Path(__file__).resolve().parents[2] / "src" / "parallax"


def test_english_share() -> None:
    assert english_share("the mayor said that the bridge was shut".split()) > 0.4
    assert english_share("der bürgermeister sagte dass die brücke".split()) == 0.0
    assert english_share([]) == 0.0


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2024-03-06", "2024-03-06"),
        ("2024-03-06T23:10:00Z", "2024-03-06"),
        ("March 6, 2024", "2024-03-06"),
        ("6 March 2024", "2024-03-06"),
        ("not a date", None),
        ("", None),
        (None, None),
    ],
)
def test_publication_dates(given: str | None, expected: str | None) -> None:
    assert normalize_published(given) == expected
    assert parse_published(expected) == (dt.date.fromisoformat(expected) if expected else None)


@pytest.mark.parametrize(
    ("piece", "text"),
    [
        (LYING, "the minister lied"),
        (NOT_THE_TRUTH, "he wasn't telling the truth"),
        (UNTRUE, "the claim was untrue"),
        (DISPUTE_VERBS, "the ministry denied the report"),
        (DISPUTE_VERBS, "a spokesman contradicted the envoy"),
    ],
)
def test_denial_pieces(piece: str, text: str) -> None:
    assert re.search(rf"\b(?:{piece})\b", text)


def test_no_stage_keeps_its_own_copy_of_the_english_words() -> None:
    marker = '"the of and to in a is that for on with as was by it at from'
    owners = [p.relative_to(SRC).as_posix() for p in SRC.rglob("*.py") if marker in p.read_text(encoding="utf-8")]
    assert owners == ["common/english.py"]
    assert "said" in ENGLISH_FUNCTION_WORDS
