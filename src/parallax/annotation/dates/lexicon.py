"""Words and patterns of temporal expressions (the recogniser's table; see ``dates/__init__`` for the values).

Each pattern has a kind that the resolver knows. Patterns earlier in ``PATTERNS`` win over later ones
where they overlap; a pattern with a ``core`` group marks only that group (the words before it are
context, such as the preposition of "in 2011").
"""

from __future__ import annotations

import re

from parallax.annotation.quantity_numbers import TENS_WORDS, UNITS_WORDS

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}  # fmt: skip
WEEKDAYS = {
    d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
}
# Number words, from the quantity annotator's tables (one list of number words for the stage).
ONES = {word: value for word, value in UNITS_WORDS.items() if 1 <= value <= 9}
TEENS = {word: value for word, value in UNITS_WORDS.items() if 10 <= value <= 19}
TENS = dict(TENS_WORDS)
VAGUE = frozenset({"several", "a few", "few", "many", "some", "a number of", "numerous"})
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21,
}  # fmt: skip
_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
# Days of the month in words, as broadcast transcripts write them ("March fifth", "the twenty-third of May").
DAY_WORDS = {
    **{word: i for i, word in enumerate(_ORDINAL_WORDS, start=1)},
    **{f"twenty{sep}{word}": 20 + i for i, word in enumerate(_ORDINAL_WORDS[:9], start=1) for sep in ("-", " ")},
    "thirtieth": 30, "thirty-first": 31, "thirty first": 31,
}  # fmt: skip
PARTS = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "nights": "NI",
}
# TIMEX3 duration units: (designator, in the time part?); an unknown number of centuries is "PXC", as TimeBank
# writes it (a counted one is in years: "two centuries" P200Y; "decades" PXY)
UNITS = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "week": ("W", False), "fortnight": ("W", False), "month": ("M", False), "quarter": ("Q", False),
    "year": ("Y", False), "decade": ("E", False), "century": ("C", False),
}  # fmt: skip
SET_WORDS = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "quarterly": "P3M",
    "biweekly": "P2W", "fortnightly": "P2W", "semiannually": "P6M", "semi-annually": "P6M",
    "annually": "P1Y", "yearly": "P1Y", "biannually": "P6M", "biennially": "P2Y",
}  # fmt: skip
REFS = {
    "PRESENT_REF": (
        r"right\s+now|just\s+now|now|nowadays|currently|presently|these\s+days|at\s+present|at\s+the\s+moment"
        r"|for\s+the\s+moment(?!\s+(?:of|when|that|it|he|she|they)\b)"
        r"|for\s+the\s+time\s+being|the\s+time\s+being|at\s+the\s+time\s+of\s+(?:writing|going\s+to\s+press|publication)|at\s+this\s+time(?!\s+(?:last|next|a)\s+(?:year|month|week)\b|\s+of\b)|at\s+this\s+point|to\s+date"
        r"|current(?![-\s]+(?:accounts?|affairs|events|flows?|density|densities|sea|river|ocean|waters?)\b)"
    ),
    "PAST_REF": (
        r"(?:more\s+|most\s+|until\s+|only\s+|very\s+)?recently|lately|previously|formerly|in\s+the\s+past(?!\s+(?:\d|few|several|couple|two|three|four|five|six|seven|eight|nine|ten|twelve|year|month|week|day|decade|century|quarter|weekend|hour|night)\w*)"
        r"|(?:in\s+)?recent\s+(?:days|years|decades|times|history)|recent\s+weeks\s+and\s+months"
        r"|recent|the\s+(?:distant\s+|recent\s+)?past(?!\s+(?:\d|few|several|couple|two|three|four|five|six|seven|eight|nine|ten|twelve|year|month|week|day|decade|century|quarter|weekend|hour|night)\w*)"
        r"|at\s+(?:the|that)\s+time(?!\s+of\s+(?:writing|going\s+to\s+press|publication)\b)|then[-\s]current|(?:several|many|some|a\s+few|few|years|decades|months)\s+(?:years\s+)?ago"
        r"|(?:a\s+(?:very\s+)?long\s+time|(?:very\s+)?long)\s+ago"
        r"|(?:in\s+)?past\s+(?:years|decades)|the\s+(?:last|past)\s+(?:few|several)\s+(?:years|months|weeks|quarters|decades)"
        r"|the\s+past\s+several\s+quarters|earlier(?=\s*[,.;])"
    ),
    "FUTURE_REF": (
        r"very\s+soon|as\s+soon\s+as\s+possible|(?<!as )soon(?!\s+as\b)|(?:in\s+)?the\s+(?:near\s+|distant\s+|foreseeable\s+)?future"
        r"|future(?![-\s]*(?:contracts?|markets?|prices?|trading|tense|exchanges?)\b)(?=\s+[a-z])|the\s+(?:near|short|long|medium)\s+term"
        r"|(?:in\s+)?(?:the\s+)?(?:coming|upcoming)\s+(?:days|weeks|months|years|quarters|decades)|a\s+later\s+(?:date|time|stage)"
        r"|someday|one\s+day(?=\s+(?:soon|he|she|they|we|it|you|i)\b)|eventually"
    ),
}  # fmt: skip

MONTH_RE = r"(?:january|february|march|april|may|june|july|august|september|sept|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\.?"
WEEKDAY_RE = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_ONES = "|".join(ONES)
_TEENS = "|".join(TEENS)
_TENS = "|".join(TENS)
_WORDNUM = rf"(?:(?:{_TENS})(?:[-\s](?:{_ONES}))?|{_TEENS}|{_ONES})"
NUM_RE = (
    rf"(?:(?:\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+(?:\.\d+)?)(?:\s+1/2)?|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+few|few|a\s+number\s+of|several|many|some|numerous"
    rf"|(?:an?|one)\s+(?:hundred|thousand)|(?:{_WORDNUM})(?:\s+(?:hundred|thousand))?|an?)"
)
_HALF = r"(?:(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half)?"
_UNIT = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur(?:y|ie))s?"
# what may follow "ended the week" for the week to be the one being told: not "the week of ...", "the week
# before the vote", "the week in which"; "after" / "before" only as a conjunction ("to begin the week after the
# company reported ...": a subject and its verb follow)
_PERIOD_OBJECT_END = (
    r"(?!\s+(?:of|ended|ending|earlier|later|that|when|which|in\s+which|to\s+come)\b)"
    r"(?!\s+(?:after|before)\b(?!\s+(?:(?:the|a|an|its|his|her|their)\s+)?\w+(?:\s+\w+){0,2}?\s+"
    r"(?:\w+ed|was|were|is|are|had|has|have|took|made|said|won|lost|fell|rose|got|gave|came|went|saw)\b))"
)
_UNIT1 = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century)"
_ADJ = r"(?:\s+(?:straight|consecutive|more|additional|extra|trading|business|working|calendar|full|whole|entire|successive|long))?"
_PART = r"(?:\s+(?:morning|afternoon|evening|night|overnight))?"
_YEAR = r"(?P<y>(?:1[7-9]|20)\d{2})"
_ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last)"
# "the quarter ended Sept. 30": the month that ends the quarter (read, not marked)
_ENDED = r"(?=(?:\s+(?:(?:that\s+|which\s+)?end(?:ed|ing|s)\s+(?:on\s+)?|to\s+)(?P<emon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))?)"
_CENT = r"(?:\d{1,2}(?:st|nd|rd|th)|" + "|".join(k for k in ORDINALS if not k[0].isdigit()) + ")"
_TZ = r"(?:\s*\(?(?P<tz>utc|gmt|est|edt|cst|cdt|mst|mdt|pst|pdt|et|bst|cet|cest)(?:\s*(?P<off>[+-]\s*\d{1,2}(?::?\d\d)?))?\)?)?"
_NOT_COUNT = (
    r"(?!\s*(?:people|persons|men|women|children|soldiers|troops|residents|workers|jobs|votes|units|cars|homes|"
    r"houses|points|shares|tons|tonnes|feet|foot|ft|metres|meters|m|km|kilometers|kilometres|miles|dollars|euros|"
    r"pounds|yen|hours|hrs|cases|deaths|kg|%|percent|per\s+cent)\b)"
)
_UNIT_WORDS = r"second|minute|hour|day|night|week|month|year"
_STREAK_ORD = r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)"
_DAY_WORD = "|".join(sorted((w.replace(" ", r"\s+") for w in DAY_WORDS), key=len, reverse=True))
# "for" that measures a span: after a perfect ("has led it for"), at the head of a sentence ("For the past
# year, ..."), or "during" / "throughout"; not "profit for the last year" (the period reported on)
_FOR_SPAN = (
    r"(?:\b(?:during|throughout)\s+|(?:^|(?<=[.!?;:]\s)|(?<=\n)|(?<=[\"`\u201c]\s)|(?<=[\"`\u201c]))for\s+"
    r"|\b(?:has|have|had|'ve|\u2019ve)\s+(?:(?!for\b)[\w'\u2019-]+,?\s+){0,6}?for\s+)"
)
_DECADE_WORD = r"(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"

PATTERNS: list[tuple[str, str]] = [
    ("iso", r"\b(?P<y>(?:19|20)\d{2})([-/])(?P<m>[01]\d)\2(?P<d>[0-3]\d)\b"),
    (  # "H1 2009": a half-year written short, only with its year ("H1N1" is not one)
        "half_abbr",
        r"(?<![\w$])h(?P<h>[12])\s*(?:fy\s*)?(?P<y>(?:19|20)\d{2})\b(?![-/]\d)",
    ),
    ("numeric_date", r"(?<![\d/.])(?P<a>[0-3]?\d)([/.])(?P<b>[0-3]?\d)\2(?P<y>(?:19|20)\d{2})\b(?![/.]\d)"),
    ("time", rf"\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<min>[0-5]\d))?\s*(?P<ap>[ap])\.?\s?m\b\.?{_TZ}"),
    (  # "6:15 in the morning", "10 at night": a clock time and its part of the day, one time
        "time",
        rf"\b(?P<h>1[0-2]|0?[1-9]|{_WORDNUM})(?::(?P<min>[0-5]\d))?(?:\s+o'clock)?\s+(?:in\s+the\s+(?P<part>morning|afternoon|evening)|at\s+(?P<night>night))\b",
    ),
    (  # "at 9 tonight", "by 8 this evening": an hour alone before a part of a day (merged with it)
        "time",
        r"(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\baround\s)|(?<=\babout\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\bfrom\s))"
        rf"(?P<h>1[0-2]|[1-9])(?=\s+(?:tonight|this\s+(?:morning|afternoon|evening)|last\s+night|(?:tomorrow|yesterday|{WEEKDAY_RE})\s+(?:morning|afternoon|evening|night))\b)",
    ),
    ("time", rf"\b(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)(?![:\d]){_TZ}"),
    ("time", r"\b(?P<h>[01]\d|2[0-3])(?P<min>[0-5]\d)\s*(?P<tz>utc|gmt|hours|hrs)\b"),
    ("time", r"\b(?P<h>[01]?\d|2[0-3])\.(?P<min>[0-5]\d)\s*(?P<tz>utc|gmt|bst|cet|cest)\b"),
    ("time", r"\b(?:mid-?)?(?P<word>noon|midday|midnight)\b|\bmid-(?P<part>morning|afternoon|evening)\b"),
    ("time", rf"\b(?P<h>1[0-2]|[1-9]|{_WORDNUM})\s+o(?:'|\u2019)clock\b"),
    (  # "the December quarter": the quarter that month is in (fiscal reports name quarters by their end)
        "month_quarter",
        rf"\bthe\s+(?P<mon>{MONTH_RE})(?:\s?-\s?|\s+)quarter\b(?:,?\s+(?:of\s+)?{_YEAR}\b)?",
    ),
    (  # "the last week of March": a week of a month (the ISO weeks whose Thursday is in it)
        "week_of_month",
        rf"\bthe\s+(?P<ord>first|second|third|fourth|last|final)\s+week\s+(?:of|in)\s+(?P<mon>{MONTH_RE})(?:,?\s+{_YEAR})?\b",
    ),
    (
        "wd_date",
        rf"\b(?P<wd>{WEEKDAY_RE})(?: ?,)?[ \t]+(?P<mon>{MONTH_RE})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:(?: ?,)?\s+{_YEAR}\b)?(?!\d|:\d)",
    ),
    (
        "md_range",
        rf"\b(?P<mon>{MONTH_RE})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|\u2013|and|or|to|through|until|till)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR}\b)?(?![-/.:]?\d){_NOT_COUNT}(?!\s*(?:a\.?m|p\.?m)\b)",
    ),
    (
        "dm_range",
        rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|\u2013|and|or|to|through|until|till)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTH_RE})(?:,?\s+{_YEAR})?\b",
    ),
    ("mdy", rf"\b(?P<mon>{MONTH_RE})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?: ?,\s*|\s+){_YEAR}\b"),
    (
        "md_word",
        rf"\b(?P<mon>{MONTH_RE})\s+(?:the\s+)?(?P<dw>{_DAY_WORD})\b(?:,?\s+{_YEAR}\b)?(?!\s+(?:quarter|half|time|week|day|year|round|century)\b)",
    ),
    ("md_word", rf"\bthe\s+(?P<dw>{_DAY_WORD})\s+of\s+(?P<mon>{MONTH_RE})(?:,?\s+{_YEAR})?\b"),
    (  # never a number before a month with its own day ("the 19 Sept. 11 hijackers": "Sept. 11" is the date)
        "dmy",
        rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTH_RE})(?:(?: ?,)?\s+{_YEAR})?\b"
        rf"(?!\.?\s+[0-3]?\d(?:st|nd|rd|th)?\b(?!:\d){_NOT_COUNT}(?!\s+(?:{_UNIT_WORDS})s?\b))",
    ),
    (
        "md",
        rf"\b(?P<mon>{MONTH_RE})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?(?:19|20)\d{{2}})(?!\d|:\d)",
    ),
    (
        "day_ordinal",
        r"\bthe\s+(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)\b(?=\s*(?:[,.;:)]|$|\s+(?:and|or|to|through|until|till)\s+the\s+\d))",
    ),
    ("my", rf"\b(?P<mon>{MONTH_RE})(?:\s+of)?(?: ?,)?\s+{_YEAR}\b"),
    (
        "spelled_my",
        rf"\b(?:(?P<mon>{MONTH_RE})(?:\s+of)?|(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)\s+of),?\s+(?P<a>nineteen|twenty)[-\s](?P<b>(?:{_TENS})(?:[-\s](?:{_ONES}))?|{_TEENS}|hundred)\b",
    ),
    ("month_rel_year", rf"\b(?P<mon>{MONTH_RE})\s+(?:of\s+)?(?P<rel>last|next|this)\s+year\b"),
    ("fiscal", r"\b(?:fiscal(?:\s+year)?|fy)\s*'?(?P<y>(?:19|20)\d{2}|\d{2})(?:\s*[-/]\s*'?\d{2,4})?\b"),
    (
        "year_span",
        rf"\b(?:from|between)\s+{_YEAR}\s+(?:to|and|until|till|through)\s+(?P<y2>(?:1[7-9]|20)\d{{2}})\b(?![-/.,]\d)",
    ),
    ("year_range", rf"\b{_YEAR}\s*[-–/]\s*(?P<y2>(?:1[7-9]|20)?\d{{2}})\b(?![-–/.]?\d)"),
    (
        "quarter_abbr",
        r"(?<![\w$])(?:q(?P<q>[1-4])|(?P<q2>[1-4])q)(?:\s*(?:fy\s*)?(?P<y>(?:19|20)\d{2})|\s*['\u2019](?P<yy>\d{2})|(?P<yy2>\d{2}))?(?![\w-])",
    ),
    (
        "quarter_ago",
        rf"\b(?:the\s+)?(?:(?:same|comparable|corresponding|year\s?-\s?ago|year\s?-\s?earlier|prior\s?-\s?year|year\s?-\s?before)\s+)?(?:(?P<q>{_ORD})[-\s]+)?(?:fiscal\s+)?(?P<unit>quarter|period|month)\s+(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?last\s+year|of\s+the\s+previous\s+year)\b",
    ),
    (
        "quarter_ago",
        rf"\b(?:the\s+)?(?:year\s?-\s?ago|year\s?-\s?earlier|prior\s?-\s?year|year\s?-\s?before|comparable\s+year\s?-\s?ago)(?:\s+(?P<q>{_ORD}))?(?:[-\s]+fiscal)?(?:[-\s]+(?P<unit>quarter|period|month))?\b",
    ),
    (
        "quarter_of_year",
        rf"\bthe\s+{_YEAR}\s+(?:(?:fiscal\s+)?(?P<q>{_ORD})[-\s]+)?(?:fiscal\s+)?(?:quarter|period)\b",
    ),
    (
        "half",
        rf"\b(?:the\s+)?(?P<h>first|second|last|1st|2nd|latter)\s+(?:half|two\s+quarters)(?:\s+of\s+(?:the\s+|this\s+|(?P<rel>next|last)\s+)?(?:fiscal\s+)?year\b|(?:\s+of)?\s+{_YEAR}\b)",
    ),
    (
        "half",
        r"\b(?P<adj>(?P<h>first|second)(?:\s?-\s?|\s)half)(?=\s+(?:(?:net|pretax|operating|fiscal)\s+)?(?:profits?|earnings|results|sales|revenues?|loss(?:es)?|net|income|growth|output|performance|figures|dividend|gdp)\b)",
    ),
    (
        "year_quarter",
        rf"\b(?P<rel>last|next|this)\s+year(?:'|\u2019)s\s+(?:(?P<q>{_ORD})[-\s]+)?(?:fiscal\s+)?(?:quarter|period)\b",
    ),
    (
        "quarter",
        rf"\b(?:the\s+)?(?:fiscal[-\s]+)?(?P<q>{_ORD})[-\s]+(?:fiscal[-\s]+)?quarter(?!s)(?:(?:\s+of|,)?\s+{_YEAR}|\s+(?:of\s+)?(?P<rel>last|next|this)\s+year)?\b{_ENDED}",
    ),
    (
        "quarter_rel",
        rf"\b(?P<rel>the\s+latest|the\s+most\s+recent|the\s+current|this|that|the\s+same|last|the\s+last|the\s+previous|the\s+past|the\s+prior|next|the\s+next|the\s+coming|the)\s+(?:fiscal\s+)?(?:quarter|(?<=latest )period|(?<=recent )period)\b(?![-\w]|\s+(?:of|century|mile|hour|point|percent)\b){_ENDED}",
    ),
    ("century", rf"\b(?:the\s+)?(?P<c>{_CENT})[-\s]+century\b"),
    (
        "century_rel",
        r"\b(?P<rel>this|the\s+last|the\s+previous|the\s+past|the\s+next|the\s+current)\s+century\b",
    ),
    ("decade", r"\b(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?(?P<y>(?:1[6-9]|20)\d)0(?: ?')?s\b"),
    (
        "decade2",
        r"(?<![\w$'\u2019])(?:(?:the|early|mid|late|and|or)[-\s]+(?:'|\u2019)?|'|\u2019)(?P<yy>[1-9])0'?s\b(?<!(?:his|her|eir|its) \d0s)",
    ),
    ("decade2", rf"\bthe\s+(?:(?:early|mid|late)[-\s]+)?(?P<word>{_DECADE_WORD})\b"),
    (  # "for the past year, leaders had hoped", "has led it for the past month": the span of time
        "duration_one",
        rf"{_FOR_SPAN}(?P<core>the\s+(?:past|last)\s+(?P<unit>year|month|week))\b(?![-\s]*(?:'s|\u2019s|old|long|of)\b)",
    ),
    (  # "for the past few weeks", "spent the last several months": some weeks, months
        "duration_span",
        rf"(?:{_FOR_SPAN}|\bspen(?:t|d|ds|ding)\s+)(?P<core>the\s+(?:past|last)\s+(?:few|several)\s+(?P<unit>days|weeks|months|quarters|years|decades))\b",
    ),
    (  # "over the next decade": the span of time, not the decade of the calendar
        "duration_one",
        r"\b(?:over|within|during|throughout|for)\s+(?P<core>the\s+(?:next|coming|last|past)\s+(?P<unit>decade))\b",
    ),
    (
        "decade_rel",
        r"\b(?P<rel>this|the\s+last|the\s+previous|the\s+current|the\s+next)\s+decade\b",
    ),
    (
        "decade_spelled",
        rf"\b(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?(?P<a>nineteen|twenty)[-\s](?P<word>{_DECADE_WORD})\b",
    ),
    (
        "spelled_year",
        rf"\b(?P<a>nineteen|twenty)[-\s](?P<b>(?:{_TENS})(?:[-\s](?:{_ONES}))?|{_TEENS}|hundred)\b",
    ),
    (
        "spelled_year",
        rf"\b(?:the\s+year\s+|in\s+)(?P<a>two\s+thousand)(?:\s+and)?(?:\s+(?P<b>{_TEENS}|{_ONES}))?\b(?![\s-]+(?:years|people|soldiers|troops|dollars|miles|feet|men|women)\b)",
    ),
    (
        "holiday",
        r"(?:\b(?P<hyear>(?:last|this|next)\s+year|(?:19|20)\d\d)(?:'|\u2019)s\s+|\b(?P<every>annual|yearly|every|each)\s+)?(?P<core>\b(?P<name>new year(?:'|\u2019)s eve|new year(?:'|\u2019)s day|christmas eve|christmas day|christmas|boxing day|halloween|valentine(?:'|\u2019)s day|bastille\s+day|canada\s+day|australia\s+day|anzac\s+day|remembrance\s+day|armistice\s+day|juneteenth|groundhog\s+day|thanksgiving(?:\s+day)?|election\s+(?:day|(?=night))|inauguration\s+day|easter(?:\s+sunday|\s+monday)?|good\s+friday"
        r"|black\s+friday|cyber\s+monday|(?:mother|father|valentine|president|st\.?\s+patrick|new\s+year)(?:\s?(?:'|\u2019)\s?s|s(?:'|\u2019)?)?\s+day|(?:memorial|labou?r|columbus|veterans\s?(?:'|\u2019)?|independence|martin\s+luther\s+king(?:\s+jr\.?)?|mlk)\s+day)(?P<week>\s+week(?:end)?)?(?:\s*(?P<part>morning|afternoon|evening|night))?\b)",
    ),
    (
        "weekend",
        r"(?:\b(?:over|during|through|at|on|for|of|in|by|until|since|after|before)\s+|(?:^|(?<=[.!?;]\s)|(?<=\n)))(?P<core>(?:the\s+)?weekend)\b",
    ),
    (
        "end_of",
        r"\b(?:the\s+)?(?P<pos>end|beginning|start|middle|close|turn|rest|remainder)\s+of\s+(?P<rel>the|this|the\s+current)\s+(?P<unit>year|month|week|decade)\b",
    ),
    ("end_of", r"\b(?P<unit>year)(?:\s?-\s?end|\s+end|'s\s+end|\u2019s\s+end)\b|\bend-of-(?P<unit2>year)\b"),
    (
        "set_every",
        rf"\b(?:every|each|per)\s+(?:(?P<n>other|{_WORDNUM}|\d+)\s+)?(?P<unit>{_UNIT}|weekend|weekday|morning|night|evening|afternoon|(?P<wd>{WEEKDAY_RE})(?P<part>{_PART})|(?P<mon>{MONTH_RE})|(?P<season>spring|summer|autumn|fall|winter))\b",
    ),
    (
        "set_every",
        rf"\b(?:once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|an|per|each)\s+(?P<unit>{_UNIT1})\b",
    ),
    (  # a rate: "a year", "an hour" after an amount ("$50,000 a year", "4% a year", "200 flights a day", "two a
        # month"): how often, not how long; not "a year after", "a year ago", "a day high", "a week of talks"
        "set_rate",
        rf"(?:\d[\d,.]*\s*(?:%|percent|per\s+cent)?|{_WORDNUM}|hundred|thousand|million|billion|dozens?)"
        r"(?:\s+(?:plus\s+)?[a-z]+s)?\s+(?P<core>an?\s+(?P<unit>second|minute|hour|day|week|month|year))\b"
        r"(?!\s*(?:-|'s|\u2019s)|\s+(?:after|before|earlier|later|ago|of|low|high|long|old|from|since|or|and)\b)",
    ),
    (
        "set_word",
        r"\b(?P<word>hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|quarterly|annually|semi-?annually|yearly|biannually|biennially)\b",
    ),
    (  # "on Monday and Tuesday nights": the plural part makes both weekdays recurring
        "set_weekday",
        rf"\b(?P<wd>{WEEKDAY_RE})(?=\s+(?:and|or)\s+{WEEKDAY_RE}\s+(?P<part>nights|mornings|evenings|afternoons)\b)",
    ),
    (
        "set_weekday",
        rf"\b(?:on\s+)?(?P<wd>{WEEKDAY_RE})s\b|\b(?P<wd2>{WEEKDAY_RE})\s+(?P<part>nights|mornings|evenings|afternoons)\b"
        r"|\b(?:on|at|over|during)\s+(?P<we>weekends)\b",
    ),
    (  # "closed that December", "later that same October": the month in the year of the last date named (by
        # its full name; not "may" nor "march", which are verbs too)
        "anchor_that",
        r"\b(?:(?:earlier|later|early|late)\s+)?(?:that|that\s+same)\s+(?P<month>january|february|april|june|july|august|september|october|november|december)\b(?!\s+\d|\s+(?:before|after|of|when|that|which|who|as)\b|-)",
    ),
    (
        "rel_month",
        rf"\b(?P<rel>last|this\s+past|this\s+coming|this|next|early|late|mid|earlier\s+this|later\s+this)\s*-?\s*(?P<mon>{MONTH_RE})(?!\s+\d)\b",
    ),
    (
        "in_month",
        rf"\b(?:in|since|until|till|by|from|during|for|before|after|through|throughout|to|of|and|or|between|their|its|the|a|an)\s+(?P<core>(?P<mon>{MONTH_RE}))(?!\s*\d)\b",
    ),
    (  # a month named alone ("the warmest April on record"); not "May", "March" (words too) nor a name
        "bare_month",
        r"\b(?P<mon>january|february|april|june|july|august|september|october|november|december)\b(?!\s*\d)",
    ),
    (
        "season",
        rf"\b(?:(?P<rel>this|last|next|early|late|the|in|mid|this\s+past|this\s+coming|its|their|during|by|until|till|since|through|throughout|into)[-\s]+)(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?{_YEAR}|\s+of\s+(?P<yrel>last|next|this)\s+year)?\b(?!\s+(?:of\s+(?:19|20)\d\d|solstice))",
    ),
    (
        "season",
        rf"\b(?P<season>spring|summer|autumn|winter)(?:\s+of)?\s+{_YEAR}\b",
    ),
    (  # a season as the subject of its clause ("Spring is expected to be busy", "and winter was mild")
        "season",
        r"(?:^|(?<=[.!?;]\s)|(?<=\n)|(?<=\band\s)|(?<=\bbut\s))(?P<season>spring|summer|autumn|winter)"
        r"(?=\s+(?:is|was|will|has|had|would|could|may|might|brings|brought|arrives|arrived|comes|came|saw|sees)\b)",
    ),
    (
        "anchor_rel",
        r"\bthe\s+(?P<rel>next|following|previous|preceding|prior)\s+(?:(?:fiscal|financial)\s+(?=year\b))?(?:(?P<unit>day|week|month|year|morning|evening|night)"
        r"|(?P<season>spring|summer|autumn|fall|winter))\b",
    ),
    (
        "anchor_rel",
        r"\bthe\s+(?P<unit>day|week|month|morning|evening|night)\s+(?P<rel>before|after|earlier|later)(?=\s*(?:[,.;:)]|$)|\s+(?:by|in|at|on|with|from|and|but)\s)",
    ),
    (
        "anchor_year",
        r"\b(?P<rel>that|the\s+same|earlier\s+that|later\s+that|earlier\s+in\s+the|later\s+in\s+the)\s+year\b",
    ),
    ("before_last", r"\bthe\s+(?P<unit>year|month|week)\s+before\s+last\b"),  # "the year before last"
    ("anchor_year", r"\bthe\s+year\s+(?P<rel>before|previous|earlier)\b"),
    ("anchor_unit", r"\b(?:earlier|later|early|late)\s+in\s+the\s+(?P<unit>week|month)\b"),
    (  # "stocks ended the week higher", "rounded out the week Friday": the week a verb opens or closes
        "anchor_unit",
        r"\b(?:begin|begins|began|begun|beginning|start|starts|started|starting|open|opens|opened|opening"
        r"|end|ends|ended|ending|finish|finishes|finished|finishing|cap|caps|capped|capping"
        r"|(?:close|closes|closed|closing|round|rounds|rounded|rounding)(?:\s+out)?|(?:wrap|wraps|wrapped|wrapping)\s+up)"
        rf"\s+(?P<core>the\s+(?P<unit>week|month))\b{_PERIOD_OBJECT_END}",
    ),
    (  # "For the week, the index fell 3%": the week being told, as a clause's frame
        "anchor_unit",
        r"(?:^|(?<=[.!?;]\s)|(?<=\n))for\s+(?P<core>the\s+(?P<unit>week|month))(?=\s*,)",
    ),
    (  # "later that month", "that same week", "that summer": the week, month or season of the last date named
        "anchor_that",
        r"\b(?:(?:earlier|later|early|late)\s+)?(?:that|that\s+same|the\s+same)\s+(?:(?P<unit>week|month)|(?P<season>spring|summer|autumn|fall|winter))\b(?!\s+(?:before|after|of|when|that|which|who|as)\b|-)",
    ),
    (
        "anchor_day",
        r"\b(?:for|end|ended|ending|finish|finished|finishing|close|closed|closing|on|during|late\s+in|early\s+in|earlier|later|of)\s+(?P<core>(?:the\s+same|that\s+same|that|the)\s+day)\b(?!\s+(?:before|after|of|when|that|in|the|he|she|they|it|we|i|and|or)\b)",
    ),
    ("anchor_day", r"\b(?:early|late|earlier|later)\s+in\s+(?P<core>the\s+day)\b"),
    ("anchor_day", r"(?<=\d),\s+(?P<core>the\s+day)\b"),
    # "was disclosed Thursday, the same day the campaign ...": an apposition to the date before it
    ("anchor_day", r"(?<=[\w.]),\s+(?P<core>(?:the|that)\s+same\s+day)\b(?!\s+(?:before|after|of)\b)"),
    (
        "anchor_part",
        r"\b(?:(?:earlier|later|early|late)\s+)?(?:that|that\s+same|the\s+same)\s+(?P<part>morning|afternoon|evening|night)\b(?!\s+(?:before|after|of|when)\b)",
    ),
    (
        "day_part",
        r"\b(?:in|during|by|on|through|throughout|until|till|into|for|since)\s+(?P<core>(?:the\s+(?:early\s+|late\s+)?|(?:early|late)\s+)(?P<part>morning|afternoon|evening|night))\b(?!\s+(?:before|after|when|that|shifts?|sessions?|news|editions?|papers?|shows?|sky|air|flights?|classes|class|trading)\b)",
    ),
    ("anchor_then", r"\b(?:by|until|till|since|before)\s+(?P<core>then|that\s+time|that\s+date)\b"),
    (
        "anchor_day",
        r"\b(?P<core>(?:earlier|later)\s+that\s+day|(?:that|that\s+same|the\s+same)\s+day(?=\s*[,.;]))",
    ),
    (
        "rel_weekday",
        rf"\b(?P<rel>last|this|next|on|early|late|this\s+coming|this\s+past)?\s*(?P<wd>{WEEKDAY_RE})(?P<part>{_PART})\b",
    ),
    (
        "day_word",
        r"\b(?P<word>(?:the\s+day\s+(?:before|after)\s+)?(?:yesterday|tomorrow)|today|tonight|this morning|this afternoon|this evening|last night)\b"
        r"(?:(?<=day|row)\s+(?P<part>morning|afternoon|evening|night)\b)?",
    ),
    (  # "last fiscal year", "next financial year": the year before or after publication ("the previous
        # fiscal year" counts from the last date named, as "the previous year" does)
        "rel_period",
        r"\b(?P<rel>last|this|next|the\s+coming|the\s+past|the\s+last|the\s+current)\s+(?:fiscal|financial)\s+(?P<unit>year)\b",
    ),
    (
        "rel_period",
        r"\b(?P<rel>last|this|next|past|previous|earlier this|later this|early this|late this|the coming|the past|the last|the previous|the current)\s+(?P<unit>week|month|year|weekend|decade)\b(?!\s*(?:'s|\u2019s)?\s*(?:old|-old))",
    ),
    (
        "year_phrase",
        r"\b(?:the\s+)?(?P<rel>current|present|full|entire|whole|calendar)(?:\s+|\s?-\s?)(?:fiscal\s+|financial\s+|calendar\s+)?year\b(?!\s?-\s?(?:old|long)\b)|\bthe\s+fiscal\s+year\b(?!\s+(?:ended|ending|ends|that|which|beginning|starting))",
    ),
    (
        "year_phrase",
        r"\bthe\s+year\b(?![-\u2019']\w|\s+(?:ended|ending|ends|that|which|in\s+which|when|through|to\s+(?!date\b)|(?:19|20)\d\d))",
    ),
    (
        "streak",
        rf"\b(?:(?:a|the|its|their|his|her)\s+)?(?:{_STREAK_ORD})\s+(?:straight|consecutive|successive)\s+(?:trading\s+)?(?P<unit>day|week|month|year|session|quarter)\b",
    ),
    (
        "streak",
        rf"\b(?:(?:a|the|its|their|his|her)\s+)?(?:{_STREAK_ORD})\s+(?:trading\s+)?(?P<unit>day|week|month|year|session|quarter)\s+(?:in\s+a\s+row|running)\b",
    ),
    (
        "streak",
        r"\b(?:best|worst|biggest|largest|sharpest|steepest|strongest|weakest)\s+(?:single\s+|one-)?(?:trading\s+)?(?P<unit>day|week|month|year|session|quarter)\s+(?=since\b|in\s+(?:\w+\s+){0,2}(?:years|months|weeks|decades|history)\b|on\s+record\b|ever\b)",
    ),
    (
        "offset",
        rf"\b(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|less\s+than\s+)?(?P<frac>half\s+(?=an?\s))?(?P<n>{NUM_RE}){_HALF}\s+(?P<unit>{_UNIT})(?:\s+and\s+a\s+half)?(?:\s+or\s+so)?\s+(?P<dir>ago|later|earlier|previously|from\s+now|from\s+today|hence)\b",
    ),
    (  # "two days after," "two years after that,": counted from the last date named
        "offset",
        rf"\b(?P<n>{NUM_RE}){_HALF}\s+(?P<unit>{_UNIT})\s+(?P<dir>before|after)(?:\s+(?:that|then))?(?=\s*(?:[,.;:)]|$))",
    ),
    (
        "past_ref",
        r"\b(?:over\s+|in\s+|during\s+)?the\s+(?:last|past)\s+(?:few|several)\s+(?:years|months|weeks|quarters|decades)\b",
    ),
    (
        "future_core",
        r"\b(?:will|would|could|might|may|can|should|shall|'ll|\u2019ll)\s+(?:\w+\s+)?(?P<core>one\s+day|some\s+day|someday)\b",
    ),
    ("duration_word", r"\b(?P<word>annual|a\s+while|(?:a\s+)?quarter[-\s]+of[-\s]+a[-\s]+century)\b"),
    ("duration_half", rf"\b(?:a\s+)?half(?:\s+an?\s+|-(?=hour|minute|day))(?P<unit>{_UNIT1})\b"),
    (
        "duration",
        rf"\b(?P<n>{NUM_RE})(?P<half>{_HALF}){_ADJ}[-\s]+(?P<unit>{_UNIT})(?:-long|-old)?\b(?P<half2>\s+and\s+a\s+half\b)?(?!\s+(?:ago|later|earlier|hence|from\s+now|from\s+today)\b)(?<!a second(?=\s[a-z]))",
    ),
    (  # units written short ("a 30 min walk", "2 hrs", "90 secs"); after the clock times ("0800 hrs")
        "duration_abbr",
        r"\b(?P<n>\d+(?:\.\d+)?)[-\s]?(?P<unit>mins?|hrs?|secs?)\b\.?(?!\s*(?:/|per\b))",
    ),
    (
        "duration_recent",
        r"\b(?:in\s+)?recent\s+(?P<unit>weeks|months|quarters)\b(?!\s+and\s+(?:years|months)\b)",
    ),
    ("ref", "|".join(rf"(?P<{k}>\b(?:{v})\b)" for k, v in REFS.items())),
    (
        "duration_vague",
        r"\b(?:over\s+the\s+|for\s+|in\s+)?(?<![-\u2011])(?<!early\s)(?<!small\s)(?<!wee\s)(?P<unit>years|months|weeks|days|decades|hours|minutes|centuries)(?:-long)?\b(?!\s+(?:ago|later|earlier|old)\b)",
    ),
    (
        "duration_one",
        r"\b(?P<unit>hour|day|week|month|year|decade|century)(?:-|\s?-\s?)?long\b(?!-?\s*(?:term|standing|run|running)\b)|\bthe\s+(?:fiscal\s+)?(?P<unit2>year)(?=\s+(?:ended|ending)\b)"
        r"|\bsingle(?:\s?-\s?|\s+)(?P<unit3>hour|day|week|month|year|quarter)\b",
    ),
    ("year2", r"(?<![\w'\u2019])['\u2019](?P<y>\d{2})\b(?!['\u2019]?s\b|\s*(?:%|percent|feet|ft|inch))"),
    (
        "year",
        rf"(?<![$€£#\d,.])\b(?:(?:in|since|until|till|by|from|of|during|before|after|for|to|and|or|through|between|around|early|late|mid|mid-|the|a|an|its|his|her|their|our|this|that|last)\s*)?(?P<core>{_YEAR})\b(?![-/.,]\d|\s*(?:st|nd|rd|th)\b){_NOT_COUNT}",
    ),
]
_MONTH_KEYS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A pattern runs on a text only when one of its kind's keys occurs in the lower-cased text (a fast
# substring test that spares most patterns on most texts); kinds not listed always run.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "iso": ("-", "/"),
    "half_abbr": ("h1", "h2"),
    "numeric_date": ("/", "."),
    "time": ("m", "noon", "midday", "midnight", "utc", "gmt", ":", "mid-", "clock", "night", "evening", "afternoon"),
    "wd_date": _DAY_KEYS,
    "mdy": _MONTH_KEYS, "dmy": _MONTH_KEYS, "md": _MONTH_KEYS, "my": _MONTH_KEYS, "month_rel_year": _MONTH_KEYS,
    "rel_month": _MONTH_KEYS, "in_month": _MONTH_KEYS, "set_every": ("every", "each", "per ", "once", "twice", "times"),
    "fiscal": ("fiscal", "fy"),
    "md_range": _MONTH_KEYS, "dm_range": _MONTH_KEYS, "spelled_my": ("nineteen", "twenty"),
    "quarter_abbr": ("q",), "year_span": ("from", "between"),
    "day_ordinal": ("st", "nd", "rd", "th"),
    "md_word": _MONTH_KEYS, "decade_spelled": ("ties",),
    "bare_month": _MONTH_KEYS,
    "day_part": ("morning", "afternoon", "evening", "night"), "anchor_part": ("that", "same"), "anchor_that": ("that", "same"), "before_last": ("before last",),
    "streak": ("straight", "consecutive", "successive", "in a row", "running", "since", "record", "ever", "history"),
    "future_core": ("one day", "some day", "someday"),
    "past_ref": ("last", "past"),
    "duration_half": ("half",),
    "anchor_unit": (" in the week", " in the month", "the week", "the month"),
    "year_range": ("-", "\u2013", "/"),
    "quarter_ago": ("year-", "year -", "year a", "last year", "previous year", "prior-year", "year ago", "year earlier", "year before"),
    "quarter_of_year": ("quarter", "period"),
    "half": ("half", "two quarters"),
    "quarter": ("quarter",),
    "quarter_rel": ("quarter", "period"),
    "year_quarter": ("year's", "year\u2019s"),
    "year2": ("'", "\u2019"),
    "century": ("century",), "century_rel": ("century",),
    "decade": ("0s", "0's", "0 's"), "decade2": ("0s", "0's", "ties"), "decade_rel": ("decade",),
    "spelled_year": ("nineteen", "twenty", "thousand"),
    "month_quarter": ("quarter",),
    "week_of_month": ("week of", "week in"),
    "holiday": ("christmas", "new year", "boxing", "halloween", "valentine", "thanksgiving", "election day", "election night", "inauguration day", "easter", "good friday", "juneteenth",
                " day", "black friday", "cyber monday"),
    "weekend": ("weekend",),
    "end_of": ("end", "beginning", "start", "middle", "close", "turn", "rest", "remainder"),
    "set_word": ("ly",),
    "set_rate": (" a ", " an "),
    "set_weekday": (*_DAY_KEYS, "weekends"),
    "season": ("spring", "summer", "autumn", "fall", "winter"),
    "anchor_rel": ("next", "following", "previous", "preceding", "prior", "before", "after", "earlier", "later"),
    "anchor_year": ("year",),
    "anchor_day": (" day",),
    "anchor_then": ("then", "that time", "that date"),
    "rel_weekday": _DAY_KEYS,
    "day_word": ("today", "tonight", "yesterday", "tomorrow", "this morning", "this afternoon", "this evening", "last night"),
    "rel_period": ("week", "month", "year", "decade"),
    "year_phrase": ("year",),
    "offset": ("ago", "later", "earlier", "previously", "from now", "from today", "hence", "before", "after"),
    "duration_word": ("annual", "a while", "century"),
    "duration_one": ("long", "ended", "ending", "decade", "single", "the past", "the last"),
    "duration_span": ("the past", "the last"),
    "duration_abbr": ("min", "hr", "sec"),
    "duration_recent": ("recent",),
}  # fmt: skip
COMPILED = [(kind, re.compile(p), TRIGGERS.get(kind, ())) for kind, p in PATTERNS]


def month_number(name: str) -> int:
    """1-12 for a month's name or abbreviation ("Sept.", "june")."""
    return MONTHS[name.casefold().rstrip(".")]


def folded(text: str | None) -> str:
    """Case-folded with runs of white space made one space."""
    return re.sub(r"\s+", " ", (text or "").casefold()).strip()
