"""What the reading of a text carries from one expression to the next (``Context``), and the value of one
expression (``Resolved``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple


class Resolved(NamedTuple):
    value: str | None
    type: str = "DATE"
    note: str | None = None
    day: dt.date | None = None  # the day to count the next relative expression from
    quarter: tuple[int, int] | None = None  # a quarter the text now speaks about


@dataclass
class Context:
    """What a text has established so far: the publication day, the last date named and the last quarter."""

    pub: dt.date | None
    anchor: dt.date | None
    quarter: tuple[int, int] | None = None
    day: dt.date | None = None  # the last date named at the granularity of a day (or the publication day)
    anchor_value: str | None = None  # the value of the last date named in the text
    decade: int | None = None  # a decade named after the last date ("the 1970s": 197)
    fiscal: tuple[int, int] | None = None  # a quarter named as fiscal ("the fiscal first quarter")
    months: bool = False  # the last reporting period named is longer than a quarter ("the nine months")
    day_end: int = 0  # where the expression that set ``day`` ends in the text (0: the publication day)
    # the year an article gives a month-day written without one ("June 25"), once it is settled
    day_years: dict[tuple[int, int], int] = field(default_factory=dict)
    # each month-day without a year resolved so far: (month, day, the day chosen, the clause's tense)
    day_choices: list[tuple[int, int, dt.date, str | None]] = field(default_factory=list)
    # the same for holidays named without a year ("Black Friday"): the day settled, and each day chosen
    holiday_days: dict[str, dt.date] = field(default_factory=dict)
    holiday_choices: list[tuple[str, dt.date]] = field(default_factory=list)
    own_year: bool = False  # the expression being resolved is in a sentence that names a year of its own
