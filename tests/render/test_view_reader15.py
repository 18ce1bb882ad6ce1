"""The reader's view, round 15: a point that only repeats sentences already shown ranks after the others."""

from __future__ import annotations

from parallax.model import Article, Claim, Comparison, FigureRef, OutletValue, Report, Story
from parallax.render.view import story_view

_TEXT = (
    "The Fenwick poll put Arla Dunne ahead by 9 points, 48 percent to 39 percent. "
    "Dunne raised 2 million dollars in May. "
    "Her rival spent 800,000 dollars on radio."
)


def _sentence(n: int) -> tuple[int, int]:
    starts = [0, _TEXT.index("Dunne raised"), _TEXT.index("Her rival")]
    ends = [starts[1] - 1, starts[2] - 1, len(_TEXT)]
    return starts[n], ends[n]


def _unique(n: int, figure: str) -> Comparison:
    start, _ = _sentence(n)
    at = _TEXT.index(figure)
    return Comparison(
        kind="unique",
        topic=figure,
        measure=figure,
        claim_ids=[f"a#s{n}"],
        article_ids=["a"],
        explanation=figure,
        figures=[FigureRef(claim_id=f"a#s{n}", start=at - start, end=at - start + len(figure), text=figure)],
    )


def _report(points: list[Comparison]) -> Report:
    articles = [
        Article(id="a", source="a.txt", outlet="Harbour Post", text=_TEXT),
        Article(id="b", source="b.txt", outlet="Valley Courier", text=_TEXT),
    ]
    claims = []
    for aid in ("a", "b"):
        for n in range(3):
            start, end = _sentence(n)
            claims.append(
                Claim(id=f"{aid}#s{n}", article_id=aid, start=start, end=end, text=_TEXT[start:end])
            )
    story = Story(id="s1", title="Poll", article_ids=["a", "b"], claims=claims, comparisons=points)
    return Report(articles=articles, stories=[story])


def test_a_second_figure_of_a_sentence_already_shown_ranks_after_the_other_points() -> None:
    points = [_unique(0, "9 points"), _unique(0, "48 percent to 39 percent"), _unique(1, "2 million dollars")]
    report = _report(points)
    (section,) = story_view(report, report.stories[0], limit=2).sections
    assert [p.topic for p in section.points] == ["9 points", "2 million dollars"]
    assert [p.topic for p in section.more] == ["48 percent to 39 percent"]


def test_a_one_outlet_point_citing_only_a_sentence_an_agreement_shows_ranks_last() -> None:
    agreement = Comparison(
        kind="agreement",
        topic="poll lead",
        measure="poll lead",
        claim_ids=["a#s0", "b#s0"],
        article_ids=["a", "b"],
        explanation="poll lead: 9 points",
    )
    points = [agreement, _unique(0, "48 percent to 39 percent"), _unique(2, "800,000 dollars")]
    report = _report(points)
    sections = story_view(report, report.stories[0], limit=1).sections
    unique = next(s for s in sections if s.key == "unique")
    assert [p.topic for p in unique.points] == ["800,000 dollars"]


def _valued(n: int, figure: str, unit: str) -> Comparison:
    comp = _unique(n, figure)
    comp.values = [
        OutletValue(outlet="Harbour Post", value=figure, unit=unit, article_ids=["a"], figures=comp.figures)
    ]
    return comp


def test_a_length_of_time_one_outlet_gives_ranks_after_its_other_figures() -> None:
    points = [_valued(0, "9 points", "day"), _valued(1, "2 million dollars", "USD")]
    report = _report(points)
    (section,) = story_view(report, report.stories[0], limit=1).sections
    assert [p.topic for p in section.points] == ["2 million dollars"]


def test_a_statement_that_opens_by_pointing_back_ranks_after_the_others() -> None:
    text = "And he says it was never agreed. Orla Venn said the Harwick toll would be scrapped."
    article = Article(id="a", source="a.txt", outlet="Harbour Post", text=text)
    cut = text.index("Orla")
    claims = [
        Claim(id="a#s0", article_id="a", start=0, end=cut - 1, text=text[: cut - 1]),
        Claim(id="a#s1", article_id="a", start=cut, end=len(text), text=text[cut:]),
    ]
    points = [
        Comparison(kind="unique", topic=t, claim_ids=[c.id], article_ids=["a"], explanation=t)
        for t, c in (("first", claims[0]), ("second", claims[1]))
    ]
    story = Story(id="s1", title="Toll", article_ids=["a"], claims=claims, comparisons=points)
    report = Report(articles=[article], stories=[story])
    (section,) = story_view(report, story, limit=1).sections
    assert [p.topic for p in section.points] == ["second"]
