"""Invented dispute stories (sixth set): contradictions that a parse can support, and sentences that only
look like them.

Written before the sixth round's pairing was run on them. Same form as :mod:`dispute_stories` (checked by
:func:`dispute_check.check`). Every name and sentence is invented.
"""

from __future__ import annotations

from dispute_stories import Story

ROUND6: list[Story] = [
    {
        "name": "a characterization disputed with a demonstrative and a noun",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-06-02",
                "The Kessa port authority met the shipping firms on Monday. Harbour chief Lina Vosk said "
                "the firms had agreed to stop all night traffic. Representatives of the firms disputed "
                "that characterization.",
            ),
            (
                "b",
                "Outlet B",
                "2026-06-02",
                "Shipping firms met the Kessa port authority on Monday to discuss night traffic in the "
                "harbour.",
            ),
        ],
        "contradictions": [
            {"claim": ("a", "Lina Vosk said the firms"), "denial": ("a", "disputed that characterization")}
        ],
        "disputes": 1,
    },
    {
        "name": "a passive denial of an active statement",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-06-03",
                "Mayor Oren Stahl said on Tuesday that the city had repaired the Tillen footbridge. He "
                "thanked the workers.",
            ),
            (
                "b",
                "Outlet B",
                "2026-06-03",
                "The Tillen footbridge has not been repaired, engineer Mira Koss said on Tuesday. She said "
                "the railings were still loose.",
            ),
        ],
        "contradictions": [
            {"claim": ("a", "the city had repaired"), "denial": ("b", "has not been repaired")}
        ],
        "disputes": 1,
    },
    {
        "name": "a characterisation negated by another speaker",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-06-04",
                "Senator Arlo Penn said the Vessey dam is safe. Engineers inspected the dam in April.",
            ),
            (
                "b",
                "Outlet B",
                "2026-06-04",
                "The Vessey dam is not safe, inspector Hanna Rulo said on Thursday. She asked for the "
                "reservoir to be lowered.",
            ),
        ],
        "contradictions": [{"claim": ("a", "the Vessey dam is safe"), "denial": ("b", "is not safe")}],
        "disputes": 1,
    },
    {
        "name": "a plan called wrong is a judgement, not a denial",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-06-05",
                'Councillor Bo Lind said the Marrow school would close in June. "That is wrong," parent '
                "Ada Fenn said. Parents plan a march on Saturday.",
            ),
            (
                "b",
                "Outlet B",
                "2026-06-05",
                "The Marrow school will close in June, the council said.",
            ),
        ],
        "not_denial": [("a", "That is wrong")],
        "disputes": 0,
    },
    {
        "name": "a demonstrative called untrue inside a clause of time tells of an earlier exchange",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-06-06",
                "Minister Karel Dunn said the tunnel would open in May. When a reporter said that was "
                "false, Dunn changed the subject. The tunnel cost 40 million.",
            ),
            (
                "b",
                "Outlet B",
                "2026-06-06",
                "The Orlen tunnel cost 40 million, the ministry said.",
            ),
        ],
        "measures": [{"figures": [("a", "40 million"), ("b", "40 million")], "kind": "agreement"}],
        "disputes": 0,
    },
    {
        "name": "a statement named by its owner, who made one statement",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-06-07",
                "Finance minister Tomas Reil said the budget would balance by 2028. The opposition leader, "
                "Sara Veld, dismissed Reil's assessment as wishful thinking.",
            ),
            (
                "b",
                "Outlet B",
                "2026-06-07",
                "The government presented its budget to parliament on Thursday.",
            ),
        ],
        "contradictions": [
            {"claim": ("a", "the budget would balance"), "denial": ("a", "dismissed Reil's assessment")}
        ],
        "disputes": 1,
    },
    {
        "name": "a statement named by its owner, who made several: shown alone",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-06-08",
                "Health minister Jonas Arke said the Pellin hospital would get a new wing. Arke also said "
                "nurses would be paid more from July. Union leader Eva Strand dismissed Arke's assessment "
                "as empty.",
            ),
            (
                "b",
                "Outlet B",
                "2026-06-08",
                "The Pellin hospital treated 9,000 patients last year.",
            ),
        ],
        "alone": [("a", "dismissed Arke's assessment")],
        "disputes": 0,
    },
    {
        "name": "shared words, another proposition",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-06-09",
                "The Dorve mill will not close, owner Pia Halm said on Monday.",
            ),
            (
                "b",
                "Outlet B",
                "2026-06-09",
                "Union official Rolf Enge said the Dorve mill closed its night shift last winter.",
            ),
        ],
        "disputes": 0,
    },
]
