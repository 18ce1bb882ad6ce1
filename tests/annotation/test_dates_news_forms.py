"""Date forms found missing on news text outside the shared set (issue 8, third round), on sentences
written for these tests (invented names). Publication date: Wednesday 2018-07-25 unless a test says
otherwise."""

from __future__ import annotations

from typing import Any

import pytest

from parallax.annotation.dates import find_dates, find_dates_in_text

PUB = "2018-07-25"


def values(text: str, published: str | None = PUB) -> dict[str, str | None]:
    return {d.text: d.value for d in find_dates_in_text(text, published)}


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # holidays on the n-th weekday of a month, as the United States keeps them
        ("The Brackwell family met on Mother's Day.", "Mother's Day", "2018-05-13"),
        ("The Brackwell family met on Mother 's Day .", "Mother 's Day", "2018-05-13"),
        ("Fathers Day sales at Orlet were flat.", "Fathers Day", "2018-06-17"),
        ("The Vennor parade was held on Memorial Day.", "Memorial Day", "2018-05-28"),
        ("Banks in Tarrow closed for Presidents' Day.", "Presidents' Day", "2018-02-19"),
        ("The Orlet plant shut on Martin Luther King Day.", "Martin Luther King Day", "2018-01-15"),
        ("The Tarrow fireworks on Independence Day drew crowds.", "Independence Day", "2018-07-04"),
        ("Ms Varnaby marched on St. Patrick's Day.", "St. Patrick's Day", "2018-03-17"),
        # a holiday's weekend: the one holding the day (Easter, a Monday holiday), else the next one
        ("Mr Quell flew to Tarrow over Easter weekend.", "Easter weekend", "2018-W13-WE"),
        ("Traffic was heavy over the Memorial Day weekend.", "Memorial Day weekend", "2018-W21-WE"),
        ("Stores were busy on the Thanksgiving weekend.", "Thanksgiving weekend", "2017-W47-WE"),
    ],
)
def test_holidays(sentence: str, expression: str, value: str) -> None:
    found = values(sentence)
    assert found.get(expression) == value, found


@pytest.mark.parametrize(
    ("joined", "spaced"),
    [
        # text rebuilt from tokens writes a hyphen between spaces: the same expression
        ("The Orlet bank's first-half profit fell.", "The Orlet bank 's first - half profit fell ."),
        ("Orlet's full-year sales rose.", "Orlet 's full - year sales rose ."),
        ("The year-end bonus at Orlet was cut.", "The year - end bonus at Orlet was cut ."),
        (
            "Orlet earned $5 in the third quarter, up from $4 in the year-earlier quarter.",
            "Orlet earned $5 in the third quarter , up from $4 in the year - earlier quarter .",
        ),
    ],
)
def test_spaced_hyphens(joined: str, spaced: str) -> None:
    first = [d.value for d in find_dates_in_text(joined, PUB)]
    second = [d.value for d in find_dates_in_text(spaced, PUB)]
    assert first and first == second


def test_midnight_is_t24() -> None:
    assert values("The Tarrow strike began at midnight on Friday.")["midnight on Friday"] == "2018-07-20T24"


def test_a_clock_time_far_from_the_last_day_named_is_on_the_publication_day() -> None:
    near = "The Vennor council met on March 3. At 10:20 a.m. it voted."
    assert values(near)["10:20 a.m."] == "2018-03-03T10:20"
    far = (
        "The Vennor council met on March 3. It voted on the plan. It then adjourned. "
        "Members went home. Update at 10:20 a.m. ET: the plan passed."
    )
    assert values(far)["10:20 a.m. ET"] == "2018-07-25T10:20"


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # a present tense about the month just ended is that month, not next year's
        ("There is the $5 million that the Kestrel fund raised in June .", "June", "2018-06"),
        ("That 's more than $ 80 m in June , thanks to small donors .", "June", "2018-06"),
        # a present-tense schedule is still the coming month
        ("The Kestrel fund starts trading in September.", "September", "2018-09"),
    ],
)
def test_present_tense_months(nlp: Any, sentence: str, expression: str, value: str) -> None:
    found = {d.text: d.value for d in find_dates(nlp(sentence), PUB)}
    assert found.get(expression) == value, found


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # "over the next decade" is a span of ten years; "in the last decade" stays the decade
        ("The Tarrow plan cuts the deficit over the next decade.", "the next decade", "P10Y"),
        ("Rents in Tarrow doubled over the past decade.", "the past decade", "P10Y"),
        ("Growth in Tarrow was slow in the last decade.", "the last decade", "200"),
        # a clock time given in local time next to its day
        (
            "The Orlet ferry sank at about 3 p.m. local time on Sunday.",
            "3 p.m. local time on Sunday",
            "2018-07-22T15:00",
        ),
    ],
)
def test_spans_of_time_and_local_times(sentence: str, expression: str, value: str) -> None:
    found = values(sentence)
    assert found.get(expression) == value, found


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # a weekday after "this week" in its sentence is a day of the publication week, whatever the verb
        (
            "The Orlet board has not decided on the reports it plans to issue this week, including sales on "
            "Thursday and orders on Friday.",
            "Friday",
            "2018-07-27",
        ),
        ("Vennor said this week that it had signed the deal on Monday.", "Monday", "2018-07-23"),
    ],
)
def test_weekdays_in_this_week(nlp: Any, sentence: str, expression: str, value: str) -> None:
    found = {d.text: d.value for d in find_dates(nlp(sentence), PUB)}
    assert found.get(expression) == value, found


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # a quarter named by a month in it, as fiscal reports name them
        ("Orlet made a loss in the June quarter.", "the June quarter", "2018-Q2"),
        ("Orlet made a loss in the December quarter.", "the December quarter", "2017-Q4"),
        (
            "Vennor's profit in the September quarter of 2016 fell.",
            "the September quarter of 2016",
            "2016-Q3",
        ),
        # a week of a month: the ISO weeks whose Thursday is in that month
        ("Sales at Orlet collapsed in the first week of May.", "the first week of May", "2018-W18"),
        ("The Vennor deal closed in the last week of June.", "the last week of June", "2018-W26"),
        ("Tarrow voted in the second week of March 2016.", "the second week of March 2016", "2016-W10"),
        # the shopping days after Thanksgiving
        ("Shoppers crowded the Orlet stores on Black Friday.", "Black Friday", "2017-11-24"),
        ("Vennor's web sales doubled on Cyber Monday.", "Cyber Monday", "2017-11-27"),
    ],
)
def test_weeks_and_quarters_named_by_a_month(sentence: str, expression: str, value: str) -> None:
    found = values(sentence)
    assert found.get(expression) == value, found


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The Orlet plane was in the air for two-and-a-half hours.", "two-and-a-half hours", "PT2H30M"),
        ("The Vennor mill has run for a quarter of a century.", "a quarter of a century", "P25Y"),
    ],
)
def test_more_durations(sentence: str, expression: str, value: str) -> None:
    found = values(sentence)
    assert found.get(expression) == value, found


def test_scheduled_for_is_a_coming_date(nlp: Any) -> None:
    doc = nlp("The Tarrow election, scheduled for November, has been postponed.")
    assert {d.text: d.value for d in find_dates(doc, PUB)}["November"] == "2018-11"
    doc = nlp("The Tarrow election had been scheduled for November 2016.")
    assert {d.text: d.value for d in find_dates(doc, PUB)}["November 2016"] == "2016-11"


def test_no_publication_date_no_guess_for_the_new_forms() -> None:
    text = (
        "Orlet lost money in the December quarter and in the last week of March; Vennor shut on "
        "Mother's Day, over Easter weekend and on Black Friday."
    )
    found = find_dates_in_text(text, None)
    assert len(found) == 5
    assert all(d.value is None for d in found), found
    dated = {
        d.text: d.value for d in find_dates_in_text("Orlet lost money in the December quarter of 2016.", None)
    }
    assert dated["the December quarter of 2016"] == "2016-Q4"


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The Orlet file was dated 2016/04/10.", "2016/04/10", "2016-04-10"),
        ("Vennor's sales in H1 2016 fell.", "H1 2016", "2016-H1"),
        ("The Tarrow law dates from 1998/99.", "1998", "1998"),
        ("The Tarrow law dates from 1998/99.", "99", "1999"),
    ],
)
def test_written_short(sentence: str, expression: str, value: str) -> None:
    found = values(sentence)
    assert found.get(expression) == value, found


def test_h1n1_is_not_a_half_year() -> None:
    assert not [d for d in find_dates_in_text("The H1N1 virus spread in 2009.", PUB) if "H1" in d.text]


def test_at_this_time_last_year_is_not_the_present() -> None:
    found = values("Orlet's prices are higher than at this time last year.")
    assert "PRESENT_REF" not in found.values() and found["last year"] == "2017"


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("It was Orlet 's worst single - month loss .", "single - month", "P1M"),
        ("Vennor shares fell 10% in a single day.", "single day", "P1D"),
        ("The decade-long Tarrow slump ended.", "decade-long", "P10Y"),
    ],
)
def test_single_units(sentence: str, expression: str, value: str) -> None:
    found = values(sentence)
    assert found.get(expression) == value, found


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The Tarrow quake struck at 14.30 GMT.", "14.30 GMT", "2018-07-25T14:30Z"),
        (
            "The Orlet launch is planned for 11:30 a.m. Eastern time Thursday.",
            "11:30 a.m. Eastern time Thursday",
            "2018-07-19T11:30",
        ),
        (
            "The Vennor attack took place on Monday. It began in the early morning.",
            "the early morning",
            "2018-07-23TMO",
        ),
    ],
)
def test_more_times(sentence: str, expression: str, value: str) -> None:
    found = values(sentence)
    assert found.get(expression) == value, found


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("At the time of writing, Orlet shares were flat.", "At the time of writing", "PRESENT_REF"),
        ("At the time, Orlet shares were flat.", "At the time", "PAST_REF"),
        ("Vennor deliveries fell for the second month running.", "the second month running", "2018-07"),
        ("Orlet said sales in the quarter to March rose.", "the quarter", "2018-Q1"),
    ],
)
def test_references_streaks_and_quarters_to_a_month(sentence: str, expression: str, value: str) -> None:
    found = values(sentence)
    assert found.get(expression) == value, found


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # a possessive weekday is a day reported, unless its clause is about the future
        ("Investors will be watching Friday's Orlet data.", "Friday", "2018-07-27"),
        ("Thursday's Vennor meeting will focus on trade.", "Thursday", "2018-07-26"),
        ("Orlet gave no details on Monday's outage.", "Monday", "2018-07-23"),
    ],
)
def test_possessive_weekdays(nlp: Any, sentence: str, expression: str, value: str) -> None:
    found = {d.text: d.value for d in find_dates(nlp(sentence), PUB)}
    assert found.get(expression) == value, found


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # "the 1800s" is the century; "the 1980s" and "the 2000s" are decades
        ("The Tarrow church was built in the 1800s.", "the 1800s", "18"),
        ("The Tarrow church was built in the early 1900s.", "the early 1900s", "19"),
        ("Vennor grew fast in the 1980s.", "the 1980s", "198"),
        ("Vennor grew fast in the 2000s.", "the 2000s", "200"),
    ],
)
def test_hundreds_are_centuries(sentence: str, expression: str, value: str) -> None:
    found = values(sentence)
    assert found.get(expression) == value, found


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The Orlet flight lasted one hour and 45 minutes.", "one hour and 45 minutes", "PT1H45M"),
        ("The Vennor race took 2 hours 15 minutes.", "2 hours 15 minutes", "PT2H15M"),
        ("Mr Quell was jailed for two years and six months.", "two years and six months", "P2Y6M"),
    ],
)
def test_durations_in_parts(sentence: str, expression: str, value: str) -> None:
    found = values(sentence)
    assert found.get(expression) == value, found


def test_durations_in_a_list_stay_apart() -> None:
    found = values("Terms of Orlet bonds run three years, five years and ten years.")
    assert [found.get(k) for k in ("three years", "five years", "ten years")] == ["P3Y", "P5Y", "P10Y"]


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The Orlet market is open every weekday.", "every weekday", "XXXX-WXX-WD"),
        ("Mr Quell visits Tarrow every weekend.", "every weekend", "XXXX-WXX-WE"),
        ("Vennor workers are paid biweekly.", "biweekly", "P2W"),
        ("The Orlet newsletter appears fortnightly.", "fortnightly", "P2W"),
        ("Vennor pays interest semiannually.", "semiannually", "P6M"),
    ],
)
def test_more_sets(sentence: str, expression: str, value: str) -> None:
    found = values(sentence)
    assert found.get(expression) == value, found
