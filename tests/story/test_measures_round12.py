"""Twelfth round of what a figure measures: lengths of time that only the date annotation gives, bare
numbers the comparison reads make claims. Sentences written for these tests (invented places and
names)."""

from __future__ import annotations

from typing import Any

from handmade import articles, claim, q

from parallax.model import Annotation, Comparison, DateMention, Quantity, Sentence
from parallax.story.claims import extract_claims
from parallax.story.compare import compare_claims
from parallax.story.compare.measures import read_measure


def figure_groups(comparisons: list[Comparison]) -> list[set[str]]:
    return [{f.claim_id for f in c.figures} for c in comparisons if c.figures]


def _annotation(
    sentences: list[str], quantities: list[tuple[str, str]], durations: list[tuple[str, str]]
) -> Annotation:
    """An article of ``sentences`` with bare numbers (text, containing sentence's first words) and DURATION
    dates (text, ISO value) found at their first occurrence, as the annotation gives them."""
    text = " ".join(sentences)
    spans: list[Sentence] = []
    at = 0
    for sentence in sentences:
        spans.append(Sentence(start=at, end=at + len(sentence)))
        at += len(sentence) + 1
    found_q = []
    for number, after in quantities:
        start = text.index(number, text.index(after))
        value = float("".join(c for c in number if c.isdigit()))
        found_q.append(
            Quantity(start=start, end=start + len(number), text=number, value=value, kind="number")
        )
    found_d = []
    for written, value in durations:
        start = text.index(written)
        found_d.append(
            DateMention(start=start, end=start + len(written), text=written, value=value, type="DURATION")
        )
    return Annotation(
        id="a1", source="Tarsa Post", text=text, sentences=spans, quantities=found_q, dates=found_d
    )


def test_a_length_of_time_only_the_date_annotation_gives_is_a_duration() -> None:
    annotation = _annotation(
        [
            "The Velmar dock strike has lasted a week.",
            "Orvia already bans trawling after a 20 - week season.",
            "An 18 - year - old deckhand was hurt.",
            "Harbours have emptied over the past decade.",
        ],
        [("20", "Orvia"), ("18", "An 18")],
        [("a week", "P1W"), ("20 - week", "P20W"), ("18 - year", "P18Y"), ("the past decade", "P10Y")],
    )
    claims = {c.text.split()[0]: c for c in extract_claims(annotation, [], {})}
    strike = claims["The"].quantities
    assert [(q.text, q.kind, q.value, q.unit) for q in strike] == [("a week", "duration", 1.0, "week")]
    assert strike[0].normalized is not None and strike[0].normalized.unit == "week"
    # The bare "20" inside the length is left out: one figure, twenty weeks.
    season = claims["Orvia"].quantities
    assert [(q.text, q.kind, q.value) for q in season] == [("20 - week", "duration", 20.0)]
    # An age stays a number (no length of eighteen years); a period is no length.
    assert "An" not in claims or all(q.kind == "number" for q in claims["An"].quantities)
    assert "Harbours" not in claims


def test_a_bare_number_the_comparison_reads_makes_a_claim() -> None:
    annotation = _annotation(
        [
            "The Tarsan council cleared the 60 - vote hurdle.",
            "The Orvian rule bars the treatment for people under 18.",
            "That is one down and 434 more to go.",
        ],
        [("60", "The Tarsan"), ("under 18", "The Orvian"), ("434", "That is")],
        [],
    )
    texts = [c.text.split()[1] for c in extract_claims(annotation, [], {})]
    assert texts == ["Tarsan", "Orvian"]  # a number joined to its noun by a hyphen; an age; not "434"


def _usd(text: str, value: float) -> Quantity:
    return q(text, value, unit="USD", kind="money")


def test_two_stages_each_given_alike_by_two_outlets_stay_two_measures(nlp: Any) -> None:
    claims = [
        claim("a1", "a", "Kelmar's government invested $1.1 billion in the Tarsan pipeline last year.",
              _usd("$1.1 billion", 1.1e9), dates=(("last year", "2025"),)),
        claim("a2", "a", "Kelmar expects to incur a total cost of 1.4 billion marks ($1.07 billion) for the project.",
              _usd("$1.07 billion", 1.07e9)),
        claim("b1", "b", "Last year, a $1.1 billion cash infusion by Kelmar started the pipeline.",
              _usd("$1.1 billion", 1.1e9), dates=(("Last year", "2025"),)),
        claim("b2", "b", "The final cost to Kelmar is expected to be $1 billion.", _usd("$1 billion", 1e9)),
    ]  # fmt: skip
    groups = figure_groups(compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp))
    # Each pair is one value two outlets give alike (a past investment; an expected cost): the values
    # agree across the pairs, but the two stages are two measures.
    assert {"a1", "b1"} in groups and {"a2", "b2"} in groups


def test_an_ordinal_standing_for_the_noun_it_ranks_makes_a_claim_and_a_figure(nlp: Any) -> None:
    sentences = [
        "The veto was Dorn's second of his term.",
        "The veto — the second in Dorn's presidency — was expected.",
        "He issued his first last month.",
        "It was the second time the Orvian council met.",
    ]
    made = extract_claims(_annotation(sentences, [], []), [], {})
    assert [c.text for c in made] == sentences[:2]  # ranked by an ordinal standing for the veto
    claims = [
        claim("a1", "a", sentences[0]),
        claim("b1", "b", sentences[1]),
        claim("c1", "c", "The Tarsan ruling was the second of its kind."),
    ]
    found = compare_claims(claims, articles("a", "b", "c"), [], {}, nlp=nlp)
    ranked = [c for c in found if c.figures]
    # The two vetoes' rank is one measure; a ruling's rank of its kind is another thing.
    assert [({f.claim_id for f in c.figures}, c.kind) for c in ranked] == [({"a1", "b1"}, "agreement")]


def test_a_since_of_the_storys_own_days_does_not_make_a_figure_background(nlp: Any) -> None:
    def background(text: str, since: str, value: str) -> bool:
        made = claim(
            "c1", "a", text, q("25 percent", 25, unit="percent", kind="percent"), dates=((since, value),)
        )
        return read_measure(nlp(text), made, made.quantities[0], "2026-03-09").background

    text = "About 25 percent of the Orvian government has been shut down since {}."
    assert not background(text.format("March 2"), "March 2", "2026-03-02")
    assert background(text.format("October 2"), "October 2", "2025-10-02")  # months before: another time
    assert background(text.format("2019"), "2019", "2019")


def test_a_rule_enacted_on_a_day_and_taking_effect_that_month_is_one_date(nlp: Any) -> None:
    claims = [
        claim("a1", "a", "Advocates fight the Orvian ban, scheduled to be enacted on 1 September.",
              dates=(("1 September", "2026-09-01"),)),
        claim("b1", "b", "However, the ban, which takes effect in September, is unusual.", dates=(("September", "2026-09"),)),
    ]  # fmt: skip
    found = compare_claims(claims, articles("a", "b", published="2026-09-20"), [], {}, nlp=nlp)
    assert {"a1", "b1"} in figure_groups(found)  # a rule coming into force, worded two ways


def test_a_count_inside_a_preposition_of_an_included_noun_is_no_part(nlp: Any) -> None:
    def read(text: str, figure: str) -> tuple[bool, bool]:
        made = claim("c1", "a", text, q(figure, 50, unit="count"))
        m = read_measure(nlp(text), made, made.quantities[0], "2026-03-09")
        return m.part, m.included

    # What is included is the votes; the 50 amendments are the whole count of amendments voted on (a detail
    # of what is included, not shown alone).
    assert read(
        "The Orvian debate took three weeks, including votes on nearly 50 amendments.", "nearly 50"
    ) == (
        False,
        True,
    )
    assert read(
        "The Orvian council passed 80 amendments, including 50 amendments on fishing.", "50 amendments"
    )[0]
    assert read("The Orvian debate drew many objections, including those of 50 members.", "50 members")[0]
    assert read("The Orvian council voted on 50 amendments.", "50 amendments") == (False, False)
