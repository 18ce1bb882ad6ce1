"""An eighth fresh comparison gold, written by hand on events that no Parallax run has seen (issue 9).

Same form as ``written.py`` and ``written_fresh.py`` .. ``written_fresh6.py`` (read their docstrings): each
figure is an *anchor*, a piece of the article's input text with the figure in square brackets, a leading "!"
marking an outlier of an agreement; each statement of a contradiction is a piece of its sentence.
``build.py --fresh8`` turns this file into ``events_fresh8.jsonl`` (every event ``part: fresh8``) and checks
every span by slicing the input.

These events are scored once, at the very end, as the estimate for unseen stories; nobody may run Parallax
on their articles before that. How they were chosen (a fixed rule, not by their content):
``docs/bench/comparison_fresh8.md``. Events are written in the rule's order (every remaining pac candidate,
sorted by event id as strings).

Articles are named by the suffix of their id: ``_DOCUMENT_0`` is ``pac/STORY_7_DOCUMENT_0`` in event
``pac:STORY_7``.
"""

from __future__ import annotations

from typing import Any

EVENTS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ position 1
    {
        "event": "pac:STORY_108",
        "about": "Ketanji Brown Jackson's confirmation hearings: she declines to define 'woman'; diversity and confidence",
        "measures": [],
        "contradictions": [
            {
                "proposition": "whether to strengthen punishments for child pornographers is a simple question",
                "claim": [
                    ("_DOCUMENT_0", "is a pretty simple question, but I’ll move on"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "“Senator, that is not a simple question, and the reason is because"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 2
    {
        "event": "pac:STORY_111",
        "about": "After the leaked Roe draft: are gay rights and contraception precedents at risk next",
        "measures": [],
        "contradictions": [
            {
                "proposition": "the draft opinion puts other privacy precedents (contraception, marriage, consensual sex) at risk",
                "claim": [
                    ("_DOCUMENT_1", "Griswold is imperiled – no question"),
                    ("_DOCUMENT_1", "certainly are all at risk"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "I think the fears are somewhat misguided"),
                    (
                        "_DOCUMENT_0",
                        "It does not appear that there are the votes to roll back gay - friendly precedents",
                    ),
                ],
            },
            {
                "proposition": "Alito's draft questions the foundation of the related precedents",
                "claim": [
                    ("_DOCUMENT_1", "It really reads like the foundation was inappropriate and unfounded"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "this opinion is careful not to question their validity"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 3
    {
        "event": "pac:STORY_12",
        "about": "Sessions sues California over its sanctuary laws and likens them to nullification",
        "measures": [
            {
                "name": "California laws the Justice Department challenges",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "seeking to block [three] state laws"),
                    ("_DOCUMENT_0", "The state government approved [three] laws last year"),
                    ("_DOCUMENT_1", "challenged parts of [three] of California"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "California's sanctuary laws obstruct federal law enforcement",
                "claim": [
                    ("_DOCUMENT_0", "Mr. Sessions said those laws interfere with the federal government"),
                    (
                        "_DOCUMENT_1",
                        "to frustrate federal law enforcement , ” he said in a speech in Sacramento",
                    ),
                ],
                "denial": [
                    (
                        "_DOCUMENT_0",
                        "California officials have defended their policies , saying federal agents",
                    ),
                    ("_DOCUMENT_1", "were “ fully constitutional and provide for the safety"),
                    (
                        "_DOCUMENT_1",
                        "California deliberately tried to draft laws that involved core exercises",
                    ),
                ],
            },
            {
                "proposition": "the suit would commandeer California to enforce immigration law",
                "claim": [
                    ("_DOCUMENT_1", "there could be an unconstitutional commandeering"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "we are not asking California , Oakland or anyone else to enforce"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 4
    {
        "event": "pac:STORY_122",
        "about": "Biden's DHS to close border wall gaps near Yuma after Kelly's pressure; Texas buses migrants to D.C.",
        "measures": [],
        "contradictions": [],
    },
    # ------------------------------------------------------------------ position 5
    {
        "event": "pac:STORY_128",
        "about": "Tennessee enacts a ban on public drag performances as Governor Lee's yearbook photo in drag surfaces",
        "measures": [],
        "contradictions": [
            {
                "proposition": "Lee's yearbook appearance in drag would be illegal under the new law",
                "claim": [
                    (
                        "_DOCUMENT_1",
                        "Under this law, Governor Lee himself would face prosecution and jail time",
                    ),
                ],
                "denial": [
                    (
                        "_DOCUMENT_1",
                        "it would not necessarily be illegal under Tennessee’s newly passed drag bill",
                    ),
                ],
            },
            {
                "proposition": "Lee is hypocritical: the yearbook photo and the drag ban are linked",
                "claim": [
                    ("_DOCUMENT_1", 'One Nashville drag performer called it "hypocritical,"'),
                ],
                "denial": [
                    (
                        "_DOCUMENT_1",
                        "Lee blasted the notion that the legislation and the yearbook photo are linked",
                    ),
                    (
                        "_DOCUMENT_1",
                        "any attempt to conflate this serious issue with lighthearted school traditions",
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 6
    {
        "event": "pac:STORY_131",
        "about": "Mississippi's governor signs the REAP Act banning gender transition procedures for minors",
        "measures": [
            {
                "name": "age under which the procedures are banned",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "prescribing puberty blockers to people under [18]"),
                    ("_DOCUMENT_1", "gender-affirming healthcare for anyone under [18]"),
                    ("_DOCUMENT_1", "to anyone under the age of [18]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "gender transition care for minors rests on a false ideology and pseudoscience",
                "claim": [
                    ("_DOCUMENT_0", "It's advancing under the guise of a false ideology and pseudoscience"),
                    ("_DOCUMENT_1", "It’s advancing under the guise of a false ideology and pseudo-science"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "Reeves parroted anti-trans claims that have been largely debunked"),
                    ("_DOCUMENT_1", "has been endorsed by the American Medical Association"),
                ],
            },
            {
                "proposition": "more young people come out as transgender because of social contagion",
                "claim": [
                    ("_DOCUMENT_1", "Anti-transgender advocates often claim that young people"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "a 2022 study found that this hasn’t actually increased"),
                ],
            },
            {
                "proposition": "the law protects Mississippi's children",
                "claim": [
                    (
                        "_DOCUMENT_0",
                        "sign legislation that puts a stop to this in Mississippi and protects our kids",
                    ),
                ],
                "denial": [
                    (
                        "_DOCUMENT_0",
                        "penalize parents and healthcare providers for supporting Mississippi youth",
                    ),
                    (
                        "_DOCUMENT_1",
                        "characterized Reeves’s decision to sign the bill as “an act of violence",
                    ),
                ],
            },
        ],
    },
]
