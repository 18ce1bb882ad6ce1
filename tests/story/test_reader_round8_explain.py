"""What explanations tell a reader about values and speakers (quantities and names written for this test)."""

from __future__ import annotations

from parallax.model import NormalizedQuantity, Quantity
from parallax.story.compare.explain import describe_quantity, fmt_number, name_list


def _quantity(
    text: str, value: float, unit: str | None, canon: float, canon_unit: str, high: float | None = None
) -> Quantity:
    return Quantity(
        start=0,
        end=len(text),
        text=text,
        value=value if high is None else None,
        low=value,
        high=high if high is not None else value,
        unit=unit,
        normalized=NormalizedQuantity(
            value=canon if high is None else None,
            low=canon,
            high=canon if high is None else high,
            unit=canon_unit,
        ),
    )


def test_counts_carry_no_canonical_unit() -> None:
    assert describe_quantity(_quantity("two", 2, None, 2, "count")) == "two"
    assert describe_quantity(_quantity("About 40,000", 40000, None, 40000, "count")) == "About 40,000"
    assert (
        describe_quantity(_quantity("some 300 riders a day", 300, None, 300, "count/day"))
        == "some 300 riders a day"
    )


def test_values_already_in_the_canonical_unit_are_not_restated() -> None:
    assert (
        describe_quantity(_quantity("about 3.1 million euros", 3.1e6, "euros", 3.1e6, "EUR"))
        == "about 3.1 million euros"
    )
    assert describe_quantity(_quantity("at least five weeks", 5, "weeks", 5, "week")) == "at least five weeks"
    assert describe_quantity(_quantity("$4.5bn", 4.5e9, "USD", 4.5e9, "USD")) == "$4.5bn"
    assert (
        describe_quantity(_quantity("three to four months", 3, "months", 3, "month", high=4))
        == "three to four months"
    )


def test_conversions_are_shown_with_readable_precision_and_plural_units() -> None:
    assert describe_quantity(_quantity("11 miles", 11, "miles", 17.702784, "km")) == "11 miles (≈ 17.7 km)"
    assert (
        describe_quantity(_quantity("up to 14 inches", 14, "inches", 0.3556, "m"))
        == "up to 14 inches (≈ 0.356 m)"
    )
    assert describe_quantity(_quantity("a fortnight", 1, "fortnight", 14, "day")) == "a fortnight (≈ 14 days)"
    assert fmt_number(0.3048) == "0.305" and fmt_number(85.3) == "85.3" and fmt_number(1250.0) == "1,250"


def test_names_with_commas_are_kept_apart() -> None:
    assert name_list(["the survey, dated May 4", "the mayor"]) == "the survey, dated May 4; the mayor"
    assert name_list(["the mayor", "the council"]) == "the mayor, the council"


def test_shared_words_are_words_as_written_never_stems() -> None:
    from parallax.story.compare.explain import shared_words

    found = shared_words(
        [
            "The crisis is becoming worse, Mara Lind said of the investigation.",
            "Mara Lind said the crisis was becoming worse and the investigation would go on.",
        ]
    )
    assert "crisis" in found and "crisi" not in found
    assert all(w in {"becoming", "crisis", "investigation", "Lind", "Mara", "worse"} for w in found)
    assert len(found) == 4 and found == sorted(found)
