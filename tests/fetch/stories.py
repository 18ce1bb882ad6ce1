"""Invented news articles for the fetch tests (no real outlet, person or event)."""

from __future__ import annotations

from fetch.site import article_html

FERRY = [
    "The Marrowby ferry Kestrel Dawn ran aground on a sandbank outside Tollen harbour on Monday evening, "
    "the harbour authority said, and all 212 passengers were taken off by lifeboat crews before midnight.",
    "Harbour master Ilse Varron said the vessel had drifted after an engine fault about two kilometres "
    "from the quay. Nobody was hurt, she told reporters, although four passengers were treated for cold.",
    "The operator, Tollen Sound Lines, said the Kestrel Dawn would be towed off at high tide on Tuesday "
    "and that crossings to the island of Pell would run on a smaller vessel for the rest of the week.",
]
BRIDGE = [
    "Engineers closed the old Quarry Lane bridge in Fendale on Wednesday after inspectors found cracks in "
    "two of its steel beams, the county roads office said, sending about 9,000 cars a day on a long detour.",
    "County engineer Amos Brightwater said the bridge could stay closed for six weeks while the beams were "
    "braced. Residents of the north bank complained that the detour added twenty minutes to every trip.",
    "The council had planned to replace the 80-year-old bridge in 2028, and councillors will be asked on "
    "Friday to bring the work forward and to pay for a temporary crossing for people on foot.",
]
LIBRARY = [
    "The Wendholm public library will open on Sundays from next month after the town council agreed on "
    "Thursday to fund two more librarians, ending a closure that readers had campaigned against for years.",
    "Library director Noor Castellan said Sunday visits had been the most requested change in a survey of "
    "3,400 residents, and that the children's reading room would host story hours every Sunday morning.",
    "The extra hours will cost about 140,000 a year, the council said, paid from the parking budget. Two "
    "councillors voted against, saying the money should have gone to repairing the leaking roof first.",
]
ORCHARD = [
    "A late frost destroyed most of the apple blossom in the Orvale valley last weekend, growers said on "
    "Saturday, and the regional farmers' union warned that this year's harvest could be the smallest in decades.",
    "Grower Teodor Mallis said temperatures fell to minus four degrees on Friday night, far below what open "
    "blossom can survive. Frost fans and fires lit between the rows saved only the lowest orchards, he said.",
    "The union has asked the regional government for emergency help for about 300 family farms, many of "
    "which had already borrowed to replant after the hailstorms that struck the valley two summers ago.",
]


def ferry_page() -> str:
    return article_html(
        "Ferry runs aground outside Tollen harbour",
        FERRY,
        site_name="The Tollen Courier",
        author="Maren Oakhurst",
        published="2026-03-02T21:30:00Z",
    )


def bridge_page() -> str:
    return article_html(
        "Cracks close Fendale's Quarry Lane bridge",
        BRIDGE,
        site_name="Fendale Evening Post",
        published="2026-03-04",
    )


def library_page() -> str:
    return article_html(
        "Wendholm library to open on Sundays", LIBRARY, site_name="Wendholm Weekly", published="2026-03-05"
    )


def orchard_page(site_name: str | None = "Orvale Valley Herald") -> str:
    return article_html(
        "Frost wipes out Orvale apple blossom", ORCHARD, site_name=site_name, published="2026-03-07"
    )
