"""A sixth fresh comparison gold, written by hand on events that no Parallax run has seen (issue 9).

Same form as ``written.py`` and ``written_fresh.py`` .. ``written_fresh5.py`` (read their docstrings): each
figure is an *anchor*, a piece of the article's input text with the figure in square brackets, a leading "!"
marking an outlier of an agreement; each statement of a contradiction is a piece of its sentence.
``build.py --fresh6`` turns this file into ``events_fresh6.jsonl`` (every event ``part: fresh6``) and checks
every span by slicing the input.

These events are scored once, at the very end, as the estimate for unseen stories; nobody may run Parallax
on their articles before that. How they were chosen (a fixed rule, not by their content):
``docs/bench/comparison_fresh6.md``. Events are written in the rule's order, the two corpora alternately
(basil 1, pac 1, basil 2, pac 2, ..., then the remaining pac).

Articles are named by the suffix of their id: ``_1`` is ``basil/UUID_1`` in event ``basil:UUID``,
``_DOCUMENT_0`` is ``pac/STORY_7_DOCUMENT_0`` in event ``pac:STORY_7``.
"""

from __future__ import annotations

from typing import Any

EVENTS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ position 1
    {
        "event": "basil:ad409798-ee94-4436-92c5-92669193be14",
        "about": "Trump accuses social media companies of discriminating against conservative voices",
        "measures": [],
        "contradictions": [
            {
                "proposition": "Twitter shadow bans conservative accounts",
                "claim": [
                    ("_1", "accounts from top Republicans including GOP Chairwoman Ronna McDaniel"),
                    ("_2", "as proof of biased attacks on their views"),
                ],
                "denial": [
                    ("_1", "We do not shadow ban"),
                    ("_2", "Twitter has said that it does not shadow ban users"),
                ],
            },
            {
                "proposition": "social media companies discriminate against conservatives",
                "claim": [
                    (
                        "_2",
                        "“Social Media is totally discriminating against Republican/Conservative voices,”",
                    ),
                    ("_3", "claiming they were “totally discriminating against Republican/Conservative"),
                ],
                "denial": [
                    ("_1", "the company has also denied being biased against conservatives"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_104",
        "about": "The leaked draft opinion overturning Roe: the court out of step with Americans; the leak a crime",
        "measures": [],
        "contradictions": [],
    },
]
