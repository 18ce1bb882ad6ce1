"""A rate's quantity ("$28 an hour") stays a figure of its sentence when the date annotation marks its "an hour"
as a SET (thirteenth dates round); a date proper still takes the place of a quantity inside it."""

from __future__ import annotations

from parallax.model import DateMention, Quantity
from parallax.story.claims import _sentence_figures

TEXT = "Welders at the Brant yard earn $28 an hour."


def _rate() -> Quantity:
    start = TEXT.index("$28")
    end = TEXT.index(".", start)
    return Quantity(start=start, end=end, text=TEXT[start:end], value=28.0, low=28.0, high=28.0, unit="dollar per hour", kind="rate")  # fmt: skip


def test_a_rate_overlapping_a_set_is_kept() -> None:
    start = TEXT.index("an hour")
    every_hour = DateMention(start=start, end=start + 7, text="an hour", value="PT1H", type="SET")
    kept, _ = _sentence_figures([_rate()], [every_hour], 0, len(TEXT), TEXT)
    assert [q.text for q in kept] == ["$28 an hour"]


def test_a_quantity_inside_a_date_is_left_out() -> None:
    start = TEXT.index("an hour")
    a_date = DateMention(start=start, end=start + 7, text="an hour", value="2024-04-10", type="DATE")
    kept, _ = _sentence_figures([_rate()], [a_date], 0, len(TEXT), TEXT)
    assert kept == []


def test_a_quantity_inside_a_set_is_left_out() -> None:
    text = "The Dalen board must review the permit every 90 days."
    start = text.index("90 days")
    days = Quantity(start=start, end=start + 7, text="90 days", value=90.0, low=90.0, high=90.0, unit="day", kind="duration")  # fmt: skip
    every = text.index("every")
    period = DateMention(start=every, end=start + 7, text=text[every : start + 7], value="P90D", type="SET")
    kept, _ = _sentence_figures([days], [period], 0, len(text), text)
    assert kept == []
