"""Seventh round of what a figure measures: a number word before the counted noun ("a dozen senators"),
one party named two ways, counts of dollars as money, a scale word after a closing quote, "percent" after a
bare number, ages beside no name that agree, what an amount of money is for, rates per a unit of time,
and "another dozen" as a part. Sentences written for these tests (invented places and names)."""

from __future__ import annotations

from typing import Any

from handmade import articles, bare, claim, q

from parallax.model import Comparison, NormalizedQuantity, Quantity
from parallax.story.compare import compare_claims
from parallax.story.compare.lexicon import group_name
from parallax.story.compare.values import written_amount, written_share

DISPUTES = ("disagreement", "evolving", "contradiction")


def holding(comparisons: list[Comparison], claim_id: str, text: str) -> list[Comparison]:
    return [c for c in comparisons if any(f.claim_id == claim_id and f.text == text for f in c.figures)]


def test_a_dozen_counts_the_noun_after_it_and_one_party_named_two_ways(nlp: Any) -> None:
    assert group_name("GOP") == group_name("Republicans") == "republican"
    assert group_name("Democratic") == group_name("Democrats")
    assert group_name("Veltish") == "veltish"
    claims = [
        claim(
            "a1",
            "a",
            "Organizers believe as many as a dozen GOP senators will vote with them on Tuesday.",
            q("as many as a dozen", 12, unit="count", qualifier="as many as", counted="GOP senators"),
        ),
        claim(
            "b1",
            "b",
            "At least eleven Republican senators have signaled they will vote with the organizers.",
            q("At least eleven", 11, unit="count", qualifier="At least", counted="Republican senators"),
        ),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    (group,) = holding(found, "a1", "as many as a dozen")
    assert group.kind == "agreement" and {f.claim_id for f in group.figures} == {"a1", "b1"}
    assert "senators" in group.measure


def test_another_dozen_is_a_part_and_never_disputes_the_whole(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "Sixteen states have blocked the new permits, the council said.",
            q("Sixteen", 16, unit="count", counted="states"),
        ),
        claim(
            "b1",
            "b",
            "Another dozen states have blocked the new permits in part.",
            q("dozen", 12, unit="count", counted="states"),
        ),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    assert not [c for c in found if c.kind in DISPUTES]


def test_counts_of_dollars_are_money_and_a_scale_after_a_quote_is_read() -> None:
    vague = Quantity(
        start=0,
        end=8,
        text="billions",
        low=2e9,
        qualifier="billions",
        counted="dollars",
        kind="count",
        normalized={"low": 2e9, "unit": "count"},
    )
    c = claim("a1", "a", "The mayor wants billions of dollars for the canal.", vague)
    money = written_amount(c, c.quantities[0])
    assert money.kind == "money" and money.normalized is not None and money.normalized.unit == "USD"
    # Not a currency: left as it is.
    homes = vague.model_copy(update={"counted": "homes", "text": "hundreds"})
    c2 = claim("a2", "a", "The flood reached hundreds of homes.", homes)
    assert written_amount(c2, c2.quantities[0]).normalized.unit == "count"  # type: ignore[union-attr]
    scaled = claim("a3", "a", "“We are asking for $4.2” billion, the mayor said.", q("$4.2", 4.2, unit="USD"))
    amount = written_amount(scaled, scaled.quantities[0].model_copy(update={"kind": "money"}))
    assert amount.normalized is not None and amount.normalized.value == 4.2e9
    # "$4.2 million" written whole is left alone, and so is a quote that closes after the scale.
    plain = claim("a4", "a", "“We are asking for $4.2,” the mayor said.", q("$4.2", 4.2, unit="USD"))
    same = written_amount(plain, plain.quantities[0].model_copy(update={"kind": "money"}))
    assert same.normalized is not None and same.normalized.value == 4.2


def test_percent_after_a_bare_number_is_a_share() -> None:
    c = claim("a1", "a", "He said 80-plus percent of the files were lost.", bare("80-plus", 80))
    share = written_share(c, c.quantities[0])
    assert share is not None and share.kind == "percent" and share.qualifier == "at least"
    c2 = claim("a2", "a", "He said 80 percent of the files were lost.", bare("80", 80))
    share2 = written_share(c2, c2.quantities[0])
    assert share2 is not None and share2.qualifier is None
    c3 = claim("a3", "a", "He said 80 of the files were lost.", bare("80", 80))
    assert written_share(c3, c3.quantities[0]) is None


def test_a_share_written_with_plus_agrees_with_the_share(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The mayor said 80 percent of the arrested smugglers were from Ostrel.",
            q("80 percent", 80, unit="percent", kind="percent"),
        ),
        claim(
            "b1",
            "b",
            "The mayor said 80-plus percent of the arrested smugglers were from Ostrel.",
            bare("80-plus", 80),
        ),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    (group,) = holding(found, "b1", "80-plus")
    assert group.kind == "agreement" and {f.claim_id for f in group.figures} == {"a1", "b1"}


def test_ages_beside_no_name_that_agree_are_one_limit(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The bill would raise the minimum age to buy such rifles to 19.",
            q("19", 19, unit="year", kind="age"),
        ),
        claim(
            "b1",
            "b",
            "“We should not let a person under 19 buy a rifle,” said Ivo Karsk.",
            bare("under 19", 19, qualifier="under", kind="count").model_copy(
                update={"normalized": NormalizedQuantity(value=19, low=19, high=19, unit="count")}
            ),
        ),
        claim(
            "c1",
            "c",
            "The chamber voted to raise the purchasing age of the rifles to 19.",
            q("19", 19, unit="year", kind="age"),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", "c"), [], {}, nlp=nlp)
    (group,) = holding(found, "b1", "under 19")
    assert group.kind == "agreement" and {f.claim_id for f in group.figures} == {"a1", "b1", "c1"}


def test_money_is_grouped_by_what_it_pays_for(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The mayor repeated his demand for $3.4 billion for a canal on the eastern plain.",
            q("$3.4 billion", 3.4e9, unit="USD", kind="money"),
        ),
        claim(
            "b1",
            "b",
            "The mayor is insisting that the council spend billions of dollars on the canal.",
            Quantity(
                start=0,
                end=8,
                text="billions",
                low=2e9,
                qualifier="billions",
                counted="dollars",
                kind="count",
                normalized=NormalizedQuantity(low=2e9, unit="count"),
            ),
        ),
        claim(
            "b2",
            "b",
            "The council offered $0.9 billion for road repairs instead.",
            q("$0.9 billion", 0.9e9, unit="USD", kind="money"),
        ),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    (group,) = holding(found, "a1", "$3.4 billion")
    assert {f.claim_id for f in group.figures} == {"a1", "b1"} and group.kind == "agreement"
    assert group.values[-1].unit == "USD" or group.values[0].unit == "USD"
    assert not [c for c in found if c.kind in DISPUTES]


def test_a_rate_per_year_is_apart_from_a_count(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "Two people were diagnosed with the fever in Lenby last week.",
            q("Two", 2, unit="count", counted="people"),
        ),
        claim(
            "b1",
            "b",
            "Two people were diagnosed with the fever in Lenby, officials said.",
            q("Two", 2, unit="count", counted="people"),
        ),
        claim(
            "c1",
            "c",
            "The region records up to a dozen cases a year, officials said.",
            q("up to a dozen", 12, unit="count", qualifier="up to", counted="cases"),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", "c"), [], {}, nlp=nlp)
    assert not [c for c in found if c.kind in DISPUTES]
    assert not [c for c in holding(found, "c1", "up to a dozen") if "a1" in c.claim_ids]


def test_one_value_with_and_without_its_unit_of_time_agrees(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "About 9,000 cyclists cross the Varne bridge every day.",
            q("About 9,000", 9000, unit="count", qualifier="About", counted="cyclists"),
        ),
        claim(
            "b1",
            "b",
            "Around 9,000 cyclists use the Varne bridge on a normal weekday, the council said.",
            q("Around 9,000", 9000, unit="count", qualifier="Around", counted="cyclists"),
        ),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    (group,) = holding(found, "a1", "About 9,000")
    assert group.kind == "agreement" and {f.claim_id for f in group.figures} == {"a1", "b1"}
