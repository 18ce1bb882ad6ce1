"""Quantity annotator: hand-written sentences, the seed articles, and property tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parallax.annotation.quantities import QuantityResources, find_quantities, load_quantity_resources
from parallax.model import Quantity


@pytest.fixture(scope="module")
def res() -> QuantityResources:
    return load_quantity_resources(usd_rates={"GBP": 1.25})


def one(text: str, res: QuantityResources) -> Quantity:
    found = find_quantities(text, res)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def test_conversion_is_a_quantity_named_by_its_primary(res: QuantityResources) -> None:
    text = "They withdrew 85 kilometers (53 miles) from the border."
    q, converted = find_quantities(text, res)
    assert (q.text, q.value, q.unit, q.kind) == ("85 kilometers", 85.0, "kilometers", "length")
    assert q.conversion is not None and q.conversion.text == "53 miles"
    assert text[q.conversion.start : q.conversion.end] == "53 miles"
    assert (converted.start, converted.end) == (q.conversion.start, q.conversion.end)
    assert (converted.value, converted.kind, converted.conversion) == (53.0, "length", None)
    assert converted.normalized is not None and converted.normalized.value == pytest.approx(85.3, abs=0.05)
    q2, _ = find_quantities("They withdrew 85 kilometers [53 miles] from the border.", res)
    assert q2.conversion is not None and q2.conversion.text == "53 miles"


def test_converted_money_keeps_its_own_currency(res: QuantityResources) -> None:
    text = "The city paid 9.2 billion yuan (about US$1.3 billion) for the bridge."
    q, converted = find_quantities(text, res)
    assert q.normalized is not None and (q.normalized.value, q.normalized.unit) == (9.2e9, "CNY")
    assert q.conversion is not None and q.conversion.text == "about US$1.3 billion"
    assert (converted.qualifier, converted.value, converted.kind) == ("about", 1.3e9, "money")
    assert converted.normalized is not None and converted.normalized.unit == "USD"


def test_miles_normalise_to_km_and_qualifier(res: QuantityResources) -> None:
    q = one("Forces stayed no closer than 53 miles from the line.", res)
    assert q.qualifier == "no closer than" and q.text == "no closer than 53 miles"
    assert q.normalized is not None and q.normalized.unit == "km"
    assert q.normalized.value == pytest.approx(85.3, abs=0.05)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("at least 100 kilometers", "at least"), ("more than 50 miles", "more than"), ("about 5 km", "about"),
     ("around 5 km", "around"), ("nearly 7 km", "nearly"), ("almost 7 km", "almost"), ("up to 9 km", "up to"),
     ("some 30 km", "some"), ("roughly 30 km", "roughly"), ("over 30 km", "over"), ("30 km or more", "or more")],
)  # fmt: skip
def test_qualifiers(res: QuantityResources, text: str, qualifier: str) -> None:
    q = one(f"The road is {text} long.", res)
    assert q.qualifier == qualifier and q.text == text


def test_fewer_than_count(res: QuantityResources) -> None:
    q = one("Fewer than 100 soldiers remain.", res)
    assert (q.qualifier, q.value, q.kind, q.counted) == ("fewer than", 100.0, "count", "soldiers")


def test_ranges_and_alternatives(res: QuantityResources) -> None:
    q, converted = find_quantities("It lies 70 or 80 kilometers (40-50 miles) away.", res)
    assert (converted.low, converted.high) == (40.0, 50.0)
    assert (q.low, q.high, q.alternative, q.value) == (70.0, 80.0, True, None)
    assert q.conversion is not None and q.conversion.text == "40-50 miles"
    q = one("It lies 5 to 20 kilometers away.", res)
    assert (q.low, q.high, q.alternative) == (5.0, 20.0, False)
    q = one("It lies 40-50 miles away.", res)
    assert (q.low, q.high) == (40.0, 50.0)
    assert q.normalized is not None and q.normalized.low == pytest.approx(64.37, abs=0.01)
    q = one("Between 200 and 300 families fled.", res)
    assert (q.low, q.high, q.kind, q.counted) == (200.0, 300.0, "count", "families")


def test_change_is_not_a_range(res: QuantityResources) -> None:
    found = find_quantities("Inflation rose from 5% to 10%.", res)
    assert [q.value for q in found] == [5.0, 10.0]


def test_unit_spellings(res: QuantityResources) -> None:
    assert one("units 85km from the border", res).value == 85.0
    q = one("at least 40 kilometer from the border", res)
    assert (q.value, q.qualifier, q.normalized and q.normalized.unit) == (40.0, "at least", "km")
    q = one("a 12-mile exclusion zone", res)
    assert q.normalized is not None and q.normalized.value == pytest.approx(19.31, abs=0.01)


def test_counts_with_counted_noun(res: QuantityResources) -> None:
    q = one("There are around 2,000 Iranian officers there.", res)
    assert (q.value, q.kind, q.counted, q.qualifier) == (2000.0, "count", "Iranian officers", "around")
    assert q.normalized is not None and q.normalized.unit == "count"
    q = one("The deaths of more than 1 million people.", res)
    assert (q.value, q.counted) == (1_000_000.0, "people")


def test_vague_and_word_numbers(res: QuantityResources) -> None:
    q = one("They kidnapped dozens of others.", res)
    assert (q.low, q.high, q.value, q.qualifier, q.counted) == (24.0, None, None, "dozens", "others")
    q = one("Tens of thousands of fighters fled.", res)
    assert (q.low, q.qualifier, q.counted) == (20000.0, "tens of thousands", "fighters")
    q = one("He served seven and a half years.", res)
    assert (q.value, q.kind, q.unit) == (7.5, "duration", "years")
    q = one("Half a million people fled.", res)
    assert q.value == 500_000.0
    q = one("Nearly half the air defence system was destroyed.", res)
    assert (q.kind, q.value, q.qualifier) == ("fraction", 0.5, "nearly")
    assert q.normalized is not None and (q.normalized.value, q.normalized.unit) == (50.0, "percent")


def test_money_percent_and_ambiguous_pounds(res: QuantityResources) -> None:
    q = one("The parcel weighs 5 pounds.", res)
    assert q.kind == "mass" and q.normalized is not None and q.normalized.unit == "kg"
    assert q.normalized.value == pytest.approx(2.268, abs=0.001)
    q = one("The ticket cost 5 pounds.", res)
    assert q.kind == "money" and q.normalized is not None
    assert (q.normalized.unit, q.normalized.value) == ("USD", 6.25)  # a GBP rate was given
    q = one("It cost £5.", res)
    assert (q.kind, q.unit) == ("money", "£")
    q = one("They raised $2.5 billion.", res)
    assert q.normalized is not None and (q.normalized.value, q.normalized.unit) == (2.5e9, "USD")
    q = one("Turnout was 67.3%.", res)
    assert q.normalized is not None and (q.normalized.value, q.normalized.unit) == (67.3, "percent")


def test_no_rate_keeps_currency_code() -> None:
    q = one("The ticket cost £5.", load_quantity_resources())
    assert q.normalized is not None and q.normalized.unit == "GBP"


@pytest.mark.parametrize(
    "text",
    ["On June 17, 2015, they met.", "Since May 10 the clash went on.", "The 73rd anniversary passed.",
     "The Second Lebanon War ended.", "An F-35 flew over.", "The T-4 air base was hit.",
     "They violated the 1974 separation agreements.",
     "Call 555-123-4567 now.", "Install version 2.1.3 today.", "It happened at 10:30 a.m. there.",
     "He watched Channel 10 news.", "It was one of the best.", "No one came."],
)  # fmt: skip
def test_not_quantities(res: QuantityResources, text: str) -> None:
    # A year may be reported as a bare figure (kind "number"), never as a measured or counted quantity.
    assert measured(find_quantities(text, res)) == []


def measured(found: list[Quantity]) -> list[Quantity]:
    """The quantities that measure or count something (not bare figures such as years)."""
    return [q for q in found if q.kind != "number"]


def test_with_doc_matches_offsets(res: QuantityResources, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In 2018, more than 215 Druze civilians were killed and 1,550 deployed warheads counted."
    found = find_quantities(text, res, nlp(text))
    assert [(q.text, q.counted) for q in measured(found)] == [
        ("more than 215", "Druze civilians"),
        ("1,550", "deployed warheads"),
    ]
    assert [(q.text, q.kind) for q in found if q.kind == "number"] == [("2018", "number")]


def _seed(paths: list[Path], prefix: str) -> str:
    return next(p for p in paths if p.name.startswith(prefix)).read_text(encoding="utf-8")


def _by_text(found: list[Quantity]) -> dict[str, Quantity]:
    return {q.text: q for q in found}


def test_seeds(res: QuantityResources, seed_paths: list[Path], nlp) -> None:  # type: ignore[no-untyped-def]
    t0 = _seed(seed_paths, "000")
    found0 = measured(find_quantities(t0, res, nlp(t0)))
    q0 = _by_text(found0)
    with_conv = [q for q in found0 if q.conversion is not None]
    assert [(q.text, q.conversion.text) for q in with_conv] == [("85 kilometers", "53 miles")]  # type: ignore[union-attr]
    assert q0["53 miles"].conversion is None  # the restatement is a quantity of its own
    assert q0["at least 100 kilometers"].qualifier == "at least"
    assert q0["over seven and a half years"].value == 7.5
    assert q0["tens of thousands"].counted == "fighters"
    assert not any("73" in q.text or "2017" in q.text or "2003" in q.text for q in q0.values())

    t1 = _seed(seed_paths, "001")
    q1 = _by_text(measured(find_quantities(t1, res, nlp(t1))))
    assert (q1["around 2,000"].counted, q1["around 2,000"].value) == ("Iranian officers", 2000.0)
    assert q1["about 5 kilometers"].value == 5.0
    assert (q1["around 5 to 20 kilometers"].low, q1["around 5 to 20 kilometers"].high) == (5.0, 20.0)
    conv = q1["at least 60 kilometers"].conversion
    assert conv is not None and conv.text == "37 miles"
    assert not any(x in q.text for q in q1.values() for x in ("2015", "1974", "F-35", "17", "10"))

    t2 = _seed(seed_paths, "002")
    q2 = _by_text(measured(find_quantities(t2, res, nlp(t2))))
    assert q2["at least 40 kilometer"].normalized.unit == "km"  # type: ignore[union-attr]
    assert q2["more than 215"].counted == "Druze civilians"
    assert (q2["dozens"].low, q2["dozens"].counted) == (24.0, "others")
    assert q2["85km"].value == 85.0
    assert q2["600"].counted == "children"

    t3 = _seed(seed_paths, "003")
    q3 = _by_text(measured(find_quantities(t3, res, nlp(t3))))
    alt = q3["closer than 70 or 80 kilometers"]
    assert (alt.low, alt.high, alt.alternative) == (70.0, 80.0, True)
    assert alt.conversion is not None and alt.conversion.text == "40-50 miles"
    assert q3["more than 50"].counted == "Iranian targets"
    assert q3["80 km"].value == 80.0
    assert not any("T-4" in q.text or "1974" in q.text for q in q3.values())

    t4 = _seed(seed_paths, "004")
    q4 = _by_text(measured(find_quantities(t4, res, nlp(t4))))
    assert q4["no closer than 53 miles"].qualifier == "no closer than"
    conv4 = q4["85 kilometers"].conversion
    assert conv4 is not None and conv4.text == "53 miles"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.-()[]$£%kmiles ofandtowr½abcdhtyu")), max_size=60))
def test_properties_number_heavy(text: str) -> None:
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_properties_any_text(text: str) -> None:
    _check(text)


_RES: list[QuantityResources] = []


def _check(text: str) -> None:
    if not _RES:
        _RES.append(load_quantity_resources())
    for q in find_quantities(text, _RES[0]):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        if q.low is not None and q.high is not None:
            assert q.low <= q.high
        if q.conversion is not None:
            assert text[q.conversion.start : q.conversion.end] == q.conversion.text
        if q.normalized is not None and q.normalized.low is not None and q.normalized.high is not None:
            assert q.normalized.low <= q.normalized.high
