"""Invented dispute stories (fifth set): denials that refer to what they deny without stating it.

Written before the pairing of :mod:`parallax.story.compare.referring` was run on them. Same form as
:mod:`dispute_stories` (checked by :func:`dispute_check.check`). Every name and sentence is invented.
"""

from __future__ import annotations

from dispute_stories import Story

REFERRING: list[Story] = [
    {
        "name": "a demonstrative called a mischaracterization",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-05-04",
                "The Velmar council voted on Monday to close the Orsk ferry line. Council leader Dana Prell "
                "said the closure would save the town money. Opposition leader Ivo Tarn said the vote would "
                "leave the island villages without a link to the mainland. Prell's allies called that a "
                "mischaracterization.",
            ),
            (
                "b",
                "Outlet B",
                "2026-05-04",
                "Velmar's council has voted to close the Orsk ferry line, which carried 40,000 passengers "
                "last year. Dana Prell said a bus service would replace it.",
            ),
        ],
        "contradictions": [{"claim": ("a", "Ivo Tarn said the vote"), "denial": ("a", "called that a")}],
        "disputes": 1,
    },
    {
        "name": "that is false, after another speaker's statement",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-05-06",
                "The Brask water board raised its tariff by 12 percent on Tuesday. Union official Petra "
                'Lund said the board had paid its directors a bonus in March. "That is simply false," '
                "board chairman Emil Sorvik said.",
            ),
            (
                "b",
                "Outlet B",
                "2026-05-06",
                "Water bills in Brask will rise by 12 percent, the water board said on Tuesday.",
            ),
        ],
        "measures": [{"figures": [("a", "12 percent"), ("b", "12 percent")], "kind": "agreement"}],
        "contradictions": [{"claim": ("a", "Petra Lund said the board"), "denial": ("a", "simply false")}],
        "disputes": 1,
    },
    {
        "name": "a demonstrative after a plain report is no denial of a statement",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-05-07",
                "The Orsk bridge was closed to lorries on Friday after inspectors found cracks in two "
                "piers. That is wrong, the hauliers' association said, because the detour adds 30 km.",
            ),
            (
                "b",
                "Outlet B",
                "2026-05-07",
                "Inspectors found cracks in two piers of the Orsk bridge, which was closed to lorries.",
            ),
        ],
        "disputes": 0,
    },
    {
        "name": "denied having said it",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-05-10",
                "A memoir by former aide Rena Vask, published on Monday, reported that general Oskar Hale "
                "told staff that the defence minister was unfit for office. Hale has denied having said that.",
            ),
            (
                "b",
                "Outlet B",
                "2026-05-10",
                "General Oskar Hale will stay in his post, the defence ministry said on Monday, after the "
                "publication of Rena Vask's memoir.",
            ),
        ],
        "contradictions": [
            {"claim": ("a", "reported that general Oskar Hale"), "denial": ("a", "denied having")}
        ],
        "disputes": 1,
    },
    {
        "name": "the allegations against the denier, in other outlets",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-05-12",
                "Former employee Sara Quist claimed that mayor Anton Belko asked her to shred invoices in "
                "2024. The Kalvik prosecutor said it was studying the complaint.",
            ),
            (
                "b",
                "Outlet B",
                "2026-05-12",
                "Quist accused Belko of hiding payments to a building firm, the Kalvik Herald reported.",
            ),
            (
                "c",
                "Outlet C",
                "2026-05-13",
                "Anton Belko, the mayor of Kalvik, denied the allegations on Wednesday and said he would "
                "stay in office.",
            ),
        ],
        "contradictions": [
            {"claim": ("a", "claimed that mayor Anton Belko"), "denial": ("c", "denied the allegations")},
            {"claim": ("b", "accused Belko of hiding"), "denial": ("c", "denied the allegations")},
        ],
        "disputes": 1,
    },
    {
        "name": "allegations against someone else are not what the denier denies",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-05-14",
                "Auditor Ines Marr claimed that treasurer Paul Grell moved 2 million crowns to a private "
                "account. Grell could not be reached.",
            ),
            (
                "b",
                "Outlet B",
                "2026-05-14",
                "Mayor Tomas Lind denied the allegations made against him by a local blogger last year.",
            ),
        ],
        "disputes": 0,
    },
    {
        "name": "a prediction about the denier is no allegation",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-05-15",
                "Analyst Bo Frenn claimed that governor Lisa Amsel would resign before the summer.",
            ),
            (
                "b",
                "Outlet B",
                "2026-05-15",
                "Governor Lisa Amsel denied the allegations of nepotism in the Ostrava road contracts.",
            ),
        ],
        "disputes": 0,
    },
]
