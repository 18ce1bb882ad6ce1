"""A second fresh comparison gold, written by hand on events that no Parallax run has seen (issue 9).

Same form as ``written.py`` and ``written_fresh.py`` (read their docstrings): each figure is an *anchor*, a
piece of the article's input text with the figure in square brackets, a leading "!" marking an outlier of
an agreement; each statement of a contradiction is a piece of its sentence. ``build.py --fresh2`` turns this
file into ``events_fresh2.jsonl`` (every event ``part: fresh2``) and checks every span by slicing the input.

These events are scored once, at the very end, as the estimate for unseen stories; nobody may run Parallax
on their articles before that. How they were chosen: ``docs/bench/comparison_fresh2.md``.

Articles are named by the suffix of their id: ``_1`` is ``basil/UUID_1`` in event ``basil:UUID``,
``_DOCUMENT_0`` is ``pac/STORY_7_DOCUMENT_0`` in event ``pac:STORY_7``.
"""

from __future__ import annotations

from typing import Any

EVENTS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ basil: events not in any gold,
    # the ones whose outlets share the most figures (docs/bench/comparison_fresh2.md)
    {
        "event": "basil:6e502405-bc90-4416-a787-3122918aa648",
        "about": "Hillary Clinton releases eight years of tax returns",
        "measures": [
            {
                "name": "the Clintons' income from 2007 to 2014",
                "kind": "disagreement",
                "figures": [
                    ("_1", "Bill Clinton earned [roughly $141 million] and paid"),
                    ("_1", "the Clintons earned [$140,937,785] over the eight year span"),
                    ("_2", "Clintons Report Earnings of [$139 Million] in Seven Years"),
                    ("_2", "earned [$139 million] in adjusted gross income"),
                ],
            },
            {
                "name": "years of tax returns released",
                "kind": "agreement",
                "figures": [
                    ("_1", "over the [eight year] span"),
                    ("_2", "!Earnings of $139 Million in [Seven Years]"),
                    ("_2", "released her most recent [eight years] of tax returns"),
                    ("_3", "along with [eight years] of tax returns"),
                ],
            },
            {
                "name": "first year of the released returns",
                "kind": "agreement",
                "figures": [
                    ("_1", "Tax Returns Going Back To [2007]"),
                    ("_1", "federal income taxes from [2007] to 2014"),
                    ("_2", "adjusted gross income from [2007] to 2014"),
                    ("_2", "The new ones show that from [2007] through 2014"),
                    ("_3", "in federal taxes since [2007]"),
                ],
            },
            {
                "name": "federal taxes the Clintons paid from 2007 to 2014",
                "kind": "agreement",
                "figures": [
                    ("_1", "paid [nearly $44 million] in federal income taxes"),
                    ("_1", "The couple paid [$43,885,310] in federal taxes"),
                    ("_2", "the couple paid [$43,885,310] in federal taxes"),
                    ("_3", "Clintons have paid [$43 million] in federal taxes"),
                ],
            },
            {
                "name": "state and local taxes the Clintons paid",
                "kind": "agreement",
                "figures": [
                    ("_1", "[$13,625,777] in state and local taxes"),
                    ("_3", "paid an additional [$13.6 million] in state taxes"),
                ],
            },
            {
                "name": "the Clintons' charitable giving from 2007 to 2014",
                "kind": "agreement",
                "figures": [
                    ("_1", "made [$14,959,450] in charitable contributions"),
                    ("_2", "They gave [nearly $15 million] to charity"),
                    ("_3", "They also donated [$15 million] to charity"),
                ],
            },
            {
                "name": "the Clintons' effective federal tax rate in 2014",
                "kind": "agreement",
                "figures": [
                    ("_1", "paid an effective federal tax rate of [35.7 percent]"),
                    ("_2", "!what he said was the Clintons’ 2014 tax rate: [30 percent]"),
                    ("_2", "her 2014 federal tax rate was [35.72]"),
                    ("_3", "effective federal tax rate for 2014 was [35.7 percent]"),
                ],
            },
            {
                "name": "the Clintons' combined federal, state and local tax rate in 2014",
                "kind": "agreement",
                "figures": [
                    ("_2", "was a combined rate of [45.8 percent]"),
                    ("_3", "state and local taxes was [45.8 percent]"),
                ],
            },
            {
                "name": "Clinton's pay as a young law professor",
                "kind": "agreement",
                "figures": [
                    ("_1", "earning [$16,450] as a young law professor"),
                    ("_2", "earning [$16,450] as a young law professor"),
                ],
            },
            {
                "name": "year from which the Clintons had released returns before",
                "kind": "agreement",
                "figures": [
                    ("_1", "tax returns dating back to [1977]"),
                    ("_2", "for the period from [1977], when they entered public life"),
                ],
            },
            {
                "name": "Jeb Bush's average federal tax rate",
                "kind": "agreement",
                "figures": [
                    ("_1", "Bush paid an effective tax rate of [roughly 36 percent]"),
                    ("_2", "his average federal tax rate was [36 percent]"),
                ],
            },
            {
                "name": "time since Jeb Bush released his returns",
                "kind": "agreement",
                "figures": [
                    ("_1", "release comes [about one month] after"),
                    ("_2", "[A month ago], when Mr. Bush released"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the Clintons' 2014 tax rate was 30 percent",
                "claim": [
                    ("_2", "contrasted that with what he said was the Clintons’ 2014 tax rate"),
                ],
                "denial": [
                    ("_1", "Last year, the Clintons paid an effective federal tax rate of 35.7 percent"),
                    ("_2", "Mrs. Clinton’s tax return showed that her 2014 federal tax rate was 35.72"),
                    ("_3", "The Clintons' effective federal tax rate for 2014 was 35.7 percent"),
                ],
            },
        ],
    },
]
