"""Sixth round of what a figure measures: ages stated with "be" or as a decade of life, names set apart
from their commas, bare counts after a hyphenated modifier, units of time joined by a spaced hyphen, one
country's people named two ways, and one contest or law dated under several nouns. Sentences written for
these tests (invented places and names)."""

from __future__ import annotations

from typing import Any

from handmade import articles, bare, claim, q

from parallax.model import Comparison, Quantity
from parallax.story.compare import compare_claims
from parallax.story.compare.figure_ages import age_reading
from parallax.story.compare.lexicon import group_name

DISPUTES = ("disagreement", "evolving", "contradiction")


def holding(comparisons: list[Comparison], claim_id: str, text: str) -> Comparison:
    (found,) = [c for c in comparisons if any(f.claim_id == claim_id and f.text == text for f in c.figures)]
    return found


def read(text: str, number: str) -> Quantity | None:
    c = claim("x", "x", text, bare(number, float(number)))
    return age_reading(c, c.quantities[0])


def test_ages_stated_with_be_or_turn_by_a_person() -> None:
    for text in (
        "If she wins, she would be 71 when she takes the oath.",
        "Marek Tollan, who will be 64 at the next vote, said he would run.",
        "You'd be -- 88 at the end of the term, the host told him.",
        "He turned 59 on the day the mill closed.",
    ):
        number = next(w for w in text.replace(",", " ").split() if w.isdigit())
        age = read(text, number)
        assert age is not None and age.kind == "age", text
        assert age.normalized is not None and age.normalized.value == float(number)
    # No person is the subject: not an age.
    assert read("The score was 71 when the rain began.", "71") is None
    assert read("It would be 64 by the end of the month, the clerk said.", "64") is None


def test_a_decade_of_life_is_an_age_range() -> None:
    age = read("The driver, a man in his 40s, was taken to Ostrel.", "40")
    assert age is not None and age.normalized is not None
    assert (age.normalized.low, age.normalized.high) == (40, 49)
    # "in the 40s" (degrees, a decade of the century) is no one's age.
    assert read("Temperatures stayed in the 40s all week.", "40") is None


def test_a_name_and_an_age_with_their_commas_set_apart() -> None:
    age = read("Teodor Vrana , 33 , was charged on Monday .", "33")
    assert age is not None and age.counted == "Teodor Vrana"
    assert read("Teodor Vrana, 33, was charged on Monday.", "33") is not None


def test_one_age_as_a_decade_and_as_a_number_agrees_and_two_later_ages_do_not_join(nlp: Any) -> None:
    claims = [
        claim("a1", "a", "A police source said the suspect is a man in his 50s.", bare("50", 50)),
        claim("b1", "b", "Police named the suspect as Ivo Karsk, 54, of Lenby.", bare("54", 54)),
        claim(
            "c1",
            "c",
            "Ivo Karsk, who is 54, was held overnight in Lenby.",
            bare("54", 54),
        ),
        claim("c2", "c", "He would be 57 when the trial ends, his lawyer said.", bare("57", 57)),
    ]
    found = compare_claims(claims, articles(*"abc"), [], {}, nlp=nlp)
    age = holding(found, "b1", "54")
    assert age.kind == "agreement" and {f.claim_id for f in age.figures} == {"a1", "b1", "c1"}
    assert not [c for c in found if c.kind in DISPUTES]


def test_a_bare_count_after_a_hyphenated_modifier_counts_its_noun(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The ministry sent more than 3,000 riot police to the Varn border crossing.",
            q("more than 3,000 riot police", 3000, unit="count", qualifier="more than"),
        ),
        claim(
            "b1",
            "b",
            "The ministry deployed 3,100 full-time officers to the Varn border crossing on Monday.",
            bare("3,100", 3100),
        ),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    officers = holding(found, "b1", "3,100")
    assert officers.kind == "agreement"
    assert {f.claim_id for f in officers.figures} == {"a1", "b1"}


def test_a_unit_of_time_after_a_spaced_hyphen_is_a_length_of_time(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The Dorval bill would ban the procedure after 18 weeks of pregnancy .",
            q("18 weeks", 18, unit="week", kind="duration"),
        ),
        claim(
            "b1",
            "b",
            "The 18 - week ban Dorval pitched on Tuesday split his own party .",
            bare("18", 18),
        ),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    ban = holding(found, "b1", "18")
    assert ban.kind == "agreement" and {f.claim_id for f in ban.figures} == {"a1", "b1"}
    assert ban.values[0].unit == "week" or ban.values[1].unit == "week"


def test_one_countrys_people_named_two_ways_are_one_group_and_other_peoples_stay_apart(nlp: Any) -> None:
    assert group_name("U.S.") == group_name("American") == group_name("america")
    assert group_name("British") == group_name("U.K.") != group_name("American")
    assert group_name("Veltish") == "veltish"
    claims = [
        claim(
            "a1",
            "a",
            "Eleven American soldiers died when the convoy was hit near Kessel.",
            q("Eleven American soldiers", 11, unit="count"),
        ),
        claim(
            "b1",
            "b",
            "The blast near Kessel took the lives of 11 U.S. service members.",
            q("11 U.S. service members", 11, unit="count"),
        ),
        claim(
            "c1",
            "c",
            "Eleven Veltish soldiers died when their convoy was hit near Kessel.",
            q("Eleven Veltish soldiers", 11, unit="count"),
        ),
    ]
    found = compare_claims(claims, articles(*"abc"), [], {}, nlp=nlp)
    ours = holding(found, "a1", "Eleven American soldiers")
    assert ours.kind == "agreement" and {f.claim_id for f in ours.figures} == {"a1", "b1"}


def test_one_contest_year_under_several_nouns_is_one_measure_and_a_vote_stays_apart(nlp: Any) -> None:
    claims = [
        claim(
            "a1", "a", "Orlan will seek the 2031 nomination of the Green party.", dates=(("2031", "2031"),)
        ),
        claim("a2", "a", "He joins a crowded 2031 race with five rivals.", dates=(("2031", "2031"),)),
        claim(
            "b1", "b", "Orlan announced his 2031 campaign at a rally in Vessby.", dates=(("2031", "2031"),)
        ),
        claim("b2", "b", "The other 2031 candidates trail him in the polls.", dates=(("2031", "2031"),)),
        claim(
            "b3",
            "b",
            "A vote on the party rules is set for Feb. 8, 2031.",
            dates=(("Feb. 8, 2031", "2031-02-08"),),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", published="2030-06-01"), [], {}, nlp=nlp)
    contest = holding(found, "a1", "2031")
    assert contest.kind == "agreement"
    assert {f.claim_id for f in contest.figures} == {"a1", "a2", "b1", "b2"}


def test_the_words_figures_are_grouped_by_fold_accents() -> None:
    from parallax.story.compare.figures import _folded

    assert _folded("belén") == _folded("belen") == "belen"
    assert _folded("ørsted") == "ørsted"  # a letter of its own, not an accent: kept
    assert _folded("mayor") == "mayor"


def test_a_spaced_hyphen_before_a_function_word_is_no_compound() -> None:
    from parallax.story.compare.figure_parses import counted_after

    rule = claim("x", "x", "They back the 21 - to - buy rule .", bare("21", 21))
    caucus = claim("y", "y", "He spoke to the 48 - member caucus .", bare("48", 48))
    assert not counted_after(rule, rule.quantities[0].start, "21")
    assert counted_after(caucus, caucus.quantities[0].start, "48")


def test_a_group_of_ages_is_named_after_the_person(nlp: Any) -> None:
    claims = [
        claim("a1", "a", "Ivo Karsk, 54, of Lenby was held overnight.", bare("54", 54)),
        claim("b1", "b", "Police said Ivo Karsk, 54, had been held overnight in Lenby.", bare("54", 54)),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    age = holding(found, "a1", "54")
    assert age.kind == "agreement" and age.measure == "age of Ivo Karsk"
