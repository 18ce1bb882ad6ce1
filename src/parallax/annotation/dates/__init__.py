"""Temporal expressions resolved against the publication date, with news conventions (TIMEX3 values).

The package: ``lexicon`` (words and patterns), ``recognise`` (finding expressions in order),
``tense`` (the tense of their clause, from the parse), ``resolve`` (the value of one expression),
``context`` (what a reading carries from one expression to the next), ``holidays`` (named holidays),
``events`` (times counted from an event dated in the text), ``calendar`` (arithmetic).

Conventions:

* a weekday alone ("Monday", "on Monday night") is the most recent such day up to and including the
  publication day, or the next one when its clause is about the future ("will resume on Monday", "is
  set to resume Monday", "as early as Tuesday", "until Friday"); "last Monday" is the one before that
  when the article appears on a Monday; "next Monday" is the next one after the publication day;
* "last week" is the ISO week before the publication week (``2018-W29``); "this week", "earlier this week"
  the publication week; "last month", "this month", "last year" likewise (``2018-06``, ``2017``);
* a month or day without a year ("May 17", "in November") is in the past when its clause is in the
  past tense ("began in March"), in the future when it is in the future ("will open in June" is the
  next June; "payable Dec. 1", "effective Feb. 1", "until mid-November"), else the nearest one;
* years: "in 2011", "a 2015 report" (a year as a modifier), ranges "1998-99" and "2004-2006" (one
  mention per year), fiscal years ("fiscal 1989", "FY2015": the year named), decades ("the 1990s",
  "the mid-1990s", "the '80s": ``199``, ``198``), centuries ("the 19th century" is ``18``), spelled-out
  years ("nineteen ninety-six"), "the end of the year" / "year-end" (the publication year), "that
  year" (the year of the last date named);
* quarters and halves: "the fourth quarter of 2018" ``2018-Q4``, "third-quarter" (the latest such
  quarter), "the quarter" / "the latest quarter" (the last quarter named, else the last completed one),
  "the year-ago quarter" and "a year earlier" after a quarter (that quarter a year before),
  "the first half of 1990" ``1990-H1``;
* ``PRESENT_REF`` ("now", "currently", "nowadays", "these days"), ``PAST_REF`` ("recently", "in the
  past", "at the time", "in recent years", "several years ago"), ``FUTURE_REF`` ("soon", "in the
  future", "in the coming months");
* seasons ("this summer": ``2019-SU``), the weekend (``2019-W09-WE``), holidays ("New Year's Eve",
  Thanksgiving) and "the next day" / "the following week" / "that day" (from the last date resolved
  before them) are resolved too; "two days ago" counts back from the publication day; "two days
  later" / "a week earlier" count from the last date resolved before it in the article;
* TIME: parts of the day ("Monday night" ``2018-07-23TNI``: MO, AF, EV, NI) and clock times ("6:15
  a.m." ``...T06:15``, "10 p.m. Wednesday" ``2018-07-25T22:00``, "18:00 UTC" ``...T18:00Z``, "noon"),
  on the day named beside them, else on the last date named;
* DURATION: "three years" ``P3Y``, "six months" ``P6M``, "a decade" ``P10Y``, "several weeks" ``PXW``,
  "5 1/2 hours" ``PT5H30M``, "a two-year term" ``P2Y``, "for years" ``PXY``; "two days after the
  vote" is a duration (the vote is the anchor, not a date);
* SET: "every week" ``P1W``, "annually" ``P1Y``, "daily" ``P1D``, "every Monday" ``XXXX-WXX-1``,
  "on Monday and Tuesday nights" (both ``...TNI``);
* days listed after one month ("April 24 and 25", "10-12 June") are one mention each; "the 25th" is in
  the month being told; days and decades in words ("March fifth", "the nineteen-eighties"); a month
  named alone ("the wettest April"), not a name ("April Varnaby"); "Q3 2008", "3Q08"; Easter and a
  holiday's week; "from 2009 to 2011" is a DURATION besides its two years;
* the day, week or part of the day being told: "later in the day", "Oct. 12, the day before ...",
  "the day before,", "that night", "in the morning", "the morning of July 2", "earlier in the week";
  a streak or a record names the current unit ("a third straight day", "their best week since");
* tense, from the parse: a delay verb makes its "until"/"through" date a coming one ("postponed until
  Tuesday"), so does a present perfect ("has stayed closed until Friday"); a present-tense schedule on
  the verb a date modifies ("meet Monday", "takes effect Jan. 1", "is due in court on Monday"), not in
  a headline ("Stocks tumble Monday"); a gerund's clause takes the tense of the verb above it;
* quarters: "the quarter ended July 31" is the calendar quarter holding most of its months (Q2); a text
  that names "the fiscal first quarter" numbers its quarters by that fiscal year; the quarter reported
  on is the latest closed one named; "a year earlier" after "the nine months" is the year before;
  "the past year" is the year before publication; "six weeks ago" is a week (one or two weeks: a day).

* fourth round: a month listed or ranged after another follows it ("in December and January": the
  January after); "since" a date keeps it past; "ahead of", "in time for" make it a coming one; an
  infinitive about what is still to happen ("to be shown on Tuesday", "things to watch Tuesday night",
  not "the first woman to win on Sunday"); a quarter in a future clause is the next one to come, except
  the one just closed (its results are still to come); "a decade later" after "the 1970s" is ``198``;
  a holiday in a present-tense clause is the coming one when much nearer; "election night" is a TIME.

* fifth round: one article gives a month-day written without a year ("June 25") one year: the year
  most of its clearly past or future clauses point to, else the one nearest the publication date;
  times counted from an event the article dates ("ten days before the shooting", "the day after his
  death", ``events``); "later that month", "that summer" (the unit of the last date named); "this
  spring" told in the past is the season gone by; "a week from today", "the year before last"; text
  rebuilt from tokens ("March 3 , 2009"); "hurt", "cut" (past = present form) show no present tense.

* sixth round: "poised" is a word of scheduling ("poised on Sunday to test" is the coming Sunday); a
  threat, risk or possibility keeps a past clause from placing its month in the past; a weekday something
  is set "for" in a clause not told in the past is the coming one; late in a quarter, a future clause about
  the quarter just closed is about the coming one of that name; "the first week in May"; "a long time
  ago" ``PAST_REF``; "Thursday, the same day ..."; "this weekend" told as ahead early in the week; "the
  last couple of months" ``P2M``; "today" after a place taken as a whole ("in the world today")
  ``PRESENT_REF``; a day word inside a quotation opened after a day named in its sentence counts from that
  day; "the day before by ..." after a date; "USA TODAY" is a name.

* eighth round: one article, one day for each holiday it names without a year (the nearest of the days
  its mentions were given: "Black Friday is approaching" beside "prices dropped to Black Friday levels"),
  except a mention in a sentence that names a year of its own ("was heavy last year"); "last year's Black
  Friday", "2017's Christmas Eve" are that year's; "weeklong", "daylong", "monthlong"; "30 min", "2 hrs".

Without a publication date, a relative expression is kept with no value and a note, unless the text gives
its own date on a line of its own at its top (Wikinews' creation date under the title), which then stands
for it; an absolute one with a year still gets its value. Nothing is ever guessed from today's date.
"""

from parallax.annotation.dates.recognise import find_dates, find_dates_in_text
from parallax.annotation.dates.tense import clause_tense
from parallax.common.published import parse_published

__all__ = ["clause_tense", "find_dates", "find_dates_in_text", "parse_published"]
