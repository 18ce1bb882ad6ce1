"""What a reader sees of one story, computed once for the terminal, Markdown and HTML renderers.

Per story:

* **sources**: one per original article; copies of an article that other outlets carried (``copy_of``)
  count as that one source, shown as "carried by A, B";
* **overview**: the measures that two or more outlets give a figure for (rows), the outlets (columns),
  and in each cell the outlet's value with the claim to cite;
* **sections**: disputes (contradiction, disagreement, evolving), agreements, and what only one outlet
  reports, each ranked (the story's own points before background, more outlets first) and cut to
  ``limit`` points with the number left out (the JSON keeps them all). Among the agreements and what one
  outlet reports, a point that only repeats sentences already shown comes last (:func:`repeats_last`), and
  among the latter a thin one (:func:`thin`: only a length of time, or sentences that point back to one
  not shown) after the others of its background.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from parallax.common.outlets import reader_outlet
from parallax.model import Article, Claim, Comparison, Report, Story, TimelineEvent
from parallax.render.common import paragraph_segments
from parallax.story.compare.lexicon import TIME_UNITS
from parallax.story.timeline import timeline_parts

__all__ = ["Cell", "Citation", "OverviewRow", "Quote", "Section", "Source", "StoryView", "story_view"]

#: Points shown per section before "n more".
SECTION_LIMIT = 10

SECTIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("disputes", "Disputes", ("contradiction", "disagreement", "evolving")),
    ("agreements", "Agreements", ("agreement",)),
    ("unique", "Reported by one outlet only", ("unique",)),
)
_KIND_ORDER = {"contradiction": 0, "disagreement": 1, "evolving": 2, "agreement": 3, "unique": 4}


@dataclass
class Source:
    """One source of the story: an article and the copies of it that other outlets carried."""

    number: int
    article: Article
    outlet: str
    carriers: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        """'Courier' or 'Wire Service, carried by Post, Herald'."""
        return self.outlet + (f", carried by {', '.join(self.carriers)}" if self.carriers else "")

    @property
    def dated_label(self) -> str:
        """:attr:`label` with the article's publication day when it has one: 'Courier (2026-03-10)'."""
        day = (self.article.published or "")[:10]
        return self.label + (f" ({day})" if day else "")


@dataclass(frozen=True)
class Cell:
    value: str
    claim_id: str | None
    number: int
    outlet: str


@dataclass
class OverviewRow:
    measure: str
    kind: str
    cells: dict[int, list[Cell]]
    background: bool = False


@dataclass
class Section:
    key: str
    title: str
    points: list[Comparison]
    more: list[Comparison]

    @property
    def hidden(self) -> int:
        return len(self.more)


@dataclass(frozen=True)
class Citation:
    """One cited source of a sentence or event: its number, and the claim to link to (the first of that
    source's claims the sentence rests on) or, when no claim is known, the article."""

    number: int
    article_id: str
    claim_id: str | None = None


@dataclass(frozen=True)
class Quote:
    """A sentence a point quotes, with the spans of the point's figures in it (offsets into ``claim.text``)."""

    claim: Claim
    marks: tuple[tuple[int, int], ...] = ()

    def pieces(self, limit: int | None = None) -> list[tuple[str, bool]]:
        """The sentence as (text, is a figure) runs, white space made single; with ``limit``, cut to about that
        many characters around its first figure (an ellipsis where text is left out), so that a figure late
        in a long sentence is still shown."""
        text = self.claim.text
        start, end = 0, len(text)
        if limit is not None and len(text) > limit:
            first = self.marks[0][0] if self.marks else 0
            start = max(0, min(first - limit // 3, len(text) - limit))
            if start > 0:
                space = text.find(" ", start)
                start = space + 1 if 0 <= space < first else start
            end = min(len(text), start + limit)
            if end < len(text):
                space = text.rfind(" ", start, end)
                end = space if space > (self.marks[0][1] if self.marks else start) else end
        runs: list[tuple[str, bool]] = []
        cursor = start
        for s, e in self.marks:
            s, e = max(s, cursor), min(e, end)
            if s >= e:
                continue
            if s > cursor:
                runs.append((text[cursor:s], False))
            runs.append((text[s:e], True))
            cursor = e
        if cursor < end:
            runs.append((text[cursor:end], False))
        runs = [(_SPACES.sub(" ", t), f) for t, f in runs]
        if start > 0:
            runs.insert(0, ("…", False))
        if end < len(text):
            runs.append(("…", False))
        return runs


@dataclass
class StoryView:
    story: Story
    sources: list[Source]
    number: dict[str, int]
    outlet_of: dict[str, str]
    claims: dict[str, Claim]
    columns: list[Source]
    overview: list[OverviewRow]
    sections: list[Section]
    articles: dict[str, Article] = field(default_factory=dict)

    def articles_of(self, source: Source) -> list[dict[str, object]]:
        """The source's article and the copies of it, each with its text cut into claim-marked paragraphs
        and the id of its headline's claim (the title is cited as the headline; None when it makes none)."""
        items: list[dict[str, object]] = []
        for article_id in source.article_ids:
            article = self.articles[article_id]
            own = [c for c in self.story.claims if c.article_id == article_id]
            body = [c for c in own if not c.headline]
            headline = next((c.id for c in own if c.headline), None)
            items.append(
                {
                    "article": article,
                    "paragraphs": paragraph_segments(article.text, body),
                    "headline": headline,
                }
            )
        return items

    def cited(self, claim_ids: Sequence[str], article_ids: Sequence[str] = ()) -> list[Citation]:
        """The sources a summary sentence, a timeline event or a point rests on: each source once, in source
        order, with the first of its claims among ``claim_ids``; a source of ``article_ids`` none of whose claims
        is named is cited by its article (a sentence drawn from 20 claims of two outlets cites [1][2], not
        twenty times)."""
        first: dict[int, Citation] = {}
        for claim_id in claim_ids:
            claim = self.claims.get(claim_id)
            if claim is not None and claim.article_id in self.number:
                number = self.number[claim.article_id]
                first.setdefault(number, Citation(number, claim.article_id, claim_id))
        for article_id in article_ids:  # sources none of whose claims is named: cited by their article
            if article_id in self.number:
                number = self.number[article_id]
                first.setdefault(number, Citation(number, article_id))
        return [first[n] for n in sorted(first)]

    def point_claims(self, comp: Comparison) -> list[Claim]:
        """The claims a point quotes, in source order, each once: a copy carried by another outlet repeats its
        source's sentence, which is shown once (under the source's number)."""
        seen: set[tuple[int, str]] = set()
        found: list[Claim] = []
        for claim_id in comp.claim_ids:
            claim = self.claims.get(claim_id)
            if claim is None:
                continue
            key = (self.number.get(claim.article_id, 0), " ".join(claim.text.split()))
            if key not in seen:
                seen.add(key)
                found.append(claim)
        return sorted(found, key=lambda c: self.number.get(c.article_id, 0))

    def timeline_parts(self) -> list[tuple[str, list[TimelineEvent]]]:
        """The timeline as a reader takes it: the story's own time, then what is ahead, then what came well
        before (titles "", "Ahead", "Earlier"; see :func:`parallax.story.timeline.timeline_parts`)."""
        return timeline_parts(self.story.timeline, [a.published for a in self.articles.values()])

    def heading(self, comp: Comparison) -> str:
        """What a point is about, in a few words: its measure; for one speaker's statements, whose they are
        ("What Ana Ruiz said"), not the first words of a sentence the point quotes in full below it."""
        if comp.measure:
            return comp.measure
        head, sep, rest = comp.topic.partition(": ")
        said = " ".join(rest.rstrip("…").split())
        if sep and said:
            texts = [" ".join(self.claims[c].text.split()) for c in comp.claim_ids if c in self.claims]
            if any(t and (t.startswith(said) or said.startswith(t)) for t in texts):
                return f"What {head} said" if head in comp.speakers else head
        return comp.topic

    def quotes(self, comp: Comparison) -> list[Quote]:
        """The sentences a point quotes (:meth:`point_claims`), each with the point's figures marked in it, so
        that a reader sees where in the sentence each value is."""
        spans: dict[str, list[tuple[int, int]]] = {}
        for figure in [*comp.figures, *(f for v in comp.values for f in v.figures)]:
            claim = self.claims.get(figure.claim_id)
            if claim is None or not figure.text:
                continue
            at = figure.start - claim.start
            if claim.text[at : at + len(figure.text)] != figure.text:
                at = claim.text.find(figure.text)
            if at >= 0 and (at, at + len(figure.text)) not in spans.get(claim.id, []):
                spans.setdefault(claim.id, []).append((at, at + len(figure.text)))
        return [Quote(claim, tuple(sorted(spans.get(claim.id, [])))) for claim in self.point_claims(comp)]

    def cite_numbers(self, claim_ids: Sequence[str], article_ids: Sequence[str] = ()) -> str:
        """'[1][3]': the numbers of :meth:`cited`, for text reports."""
        return "".join(f"[{c.number}]" for c in self.cited(claim_ids, article_ids))

    def cite_title(self, article_id: str, claim_id: str | None = None) -> str:
        """The words a citation link carries for screen readers and on hover: '[2] Courier', or
        '[2] Courier, headline' when the cited claim is the article's headline."""
        label = f"[{self.number.get(article_id, '?')}] {self.outlet_of.get(article_id, 'unknown outlet')}"
        return label + (", headline" if self.is_headline(claim_id) else "")

    def is_headline(self, claim_id: str | None) -> bool:
        """Whether the claim is an article's headline (its title), not a sentence of its body."""
        claim = self.claims.get(claim_id) if claim_id else None
        return claim is not None and claim.headline


def _sources(articles: Sequence[Article]) -> tuple[list[Source], dict[str, int], dict[str, str]]:
    by_id = {a.id: a for a in articles}

    def root(article: Article) -> str:
        seen = {article.id}
        current = article
        while current.copy_of and current.copy_of in by_id and current.copy_of not in seen:
            seen.add(current.copy_of)
            current = by_id[current.copy_of]
        return current.id

    sources: list[Source] = []
    by_root: dict[str, Source] = {}
    number: dict[str, int] = {}
    outlet_of: dict[str, str] = {}
    for article in articles:
        key = root(article)
        name = reader_outlet(article.outlet, article.source)
        if key not in by_root:
            source = Source(
                number=len(sources) + 1, article=article, outlet=name or f"source {len(sources) + 1}"
            )
            by_root[key] = source
            sources.append(source)
        source = by_root[key]
        if article.id != source.article.id and name and name != source.outlet and name not in source.carriers:
            source.carriers.append(name)
        source.article_ids.append(article.id)
        number[article.id] = source.number
        outlet_of[article.id] = name or source.outlet
    return sources, number, outlet_of


_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
#: Two values of one outlet within this share of each other are one value written twice ("85 km (53 miles)").
SAME_VALUE = 0.015


def _same_value(
    a: tuple[float | None, float | None, str | None], b: tuple[float | None, float | None, str | None]
) -> bool:
    pairs = ((a[0], b[0]), (a[1], b[1]))
    if a[2] != b[2]:
        return False
    for x, y in pairs:
        if x is None or y is None or abs(x - y) > SAME_VALUE * max(abs(x), abs(y)):
            return False
    return True


def _cells(
    comp: Comparison, claims: dict[str, Claim], number: dict[str, int], outlet_of: dict[str, str]
) -> dict[int, list[Cell]]:
    """Each source's values for the comparison (from ``values``, else one a figure), each value once: one value
    written twice by one outlet ("85 kilometers", "85km") is shown once, and a conversion beside it ("53
    miles") in brackets after it."""
    found: list[tuple[str, str | None, str | None, tuple[float | None, float | None, str | None]]] = []
    if comp.values:
        for value in comp.values:
            ref = value.figures[0].claim_id if value.figures else None
            article_id = claims[ref].article_id if ref in claims else next(iter(value.article_ids), None)
            found.append((value.value, ref, article_id, (value.low, value.high, value.unit)))
    else:  # comparisons that list figures but no values
        for figure in comp.figures:
            claim = claims.get(figure.claim_id)
            found.append(
                (figure.text, figure.claim_id, claim.article_id if claim else None, (None, None, None))
            )
    kept: dict[
        int, list[tuple[list[str], str | None, str, tuple[float | None, float | None, str | None]]]
    ] = {}
    for text, ref, article_id, amount in found:
        if article_id is None or article_id not in number:
            continue
        cell_list = kept.setdefault(number[article_id], [])
        twin = next((c for c in cell_list if c[0][0] == text or _same_value(c[3], amount)), None)
        if twin is None:
            cell_list.append(([text], ref, outlet_of[article_id], amount))
        elif all(_DIGITS.findall(t) != _DIGITS.findall(text) for t in twin[0]):
            twin[0].append(text)
    return {
        n: [
            Cell(
                value=texts[0] + "".join(f" ({t})" for t in texts[1:]), claim_id=ref, number=n, outlet=outlet
            )
            for texts, ref, outlet, _ in cell_list
        ]
        for n, cell_list in kept.items()
    }


def _prominence(comp: Comparison, claims: dict[str, Claim], articles: dict[str, Article]) -> float:
    """How early in its articles a point is told: 0 for a headline, else the least relative position of its
    claims in their article's body (0.0 the lead, 1.0 the last line); 1.0 when no claim is known. A reporter
    puts what matters first, so among points given by as many outlets, the one told earlier leads."""
    best = 1.0
    for claim_id in comp.claim_ids:
        claim = claims.get(claim_id)
        if claim is None:
            continue
        if claim.headline:
            return 0.0
        article = articles.get(claim.article_id)
        if article is not None and article.text:
            best = min(best, claim.start / len(article.text))
    return best


def _rank(
    comp: Comparison, number: dict[str, int], claims: dict[str, Claim], articles: dict[str, Article]
) -> tuple[int, int, int, float]:
    sources = len({number.get(a, -1) for a in comp.article_ids})
    return (
        int(comp.background),
        -sources,
        _KIND_ORDER.get(comp.kind, 9),
        _prominence(comp, claims, articles),
    )


# A sentence that opens by pointing back to one before it ("And he claims ...", "That number is up ...").
_POINTS_BACK = re.compile(
    r"^(?:(?:and|but|so)\s+(?:he|she|it|they|we|that|this)\b|that[’']s\s|(?:that|this|these|those)\s+[a-z]+\s+"
    r"(?:is|was|are|were|has|have|had)\b)",
    re.IGNORECASE,
)


def thin(comp: Comparison, claims: dict[str, Claim]) -> bool:
    """A point one outlet gives that says little where something else could be read: a figure that is only a
    length of time (the time frame of its sentence: "two days after the vote", "for 24 hours", rarely a
    figure coverage differs on), or statements that all open by pointing back to a sentence not shown
    ("And he claims it ...", "That number is up ...")."""
    if comp.values and all((v.unit or "").lower() in TIME_UNITS for v in comp.values):
        return True
    texts = [claims[c].text.lstrip(" \"'“‘(") for c in comp.claim_ids if c in claims]
    return bool(texts) and all(_POINTS_BACK.match(t) for t in texts)


def repeats_last(points: Sequence[Comparison], shown: set[str]) -> list[Comparison]:
    """``points`` (ranked) with those that cite only sentences a point before them cites (``shown``: the
    claims of the points shown in the sections above) moved after the others, in their order: a second
    figure of a sentence already shown ("15 points" and then "52 percent to 37 percent" of one poll) tells
    a reader nothing new where something else could be read."""
    seen = set(shown)
    fresh: list[Comparison] = []
    repeats: list[Comparison] = []
    for comp in points:
        if comp.claim_ids and set(comp.claim_ids) <= seen:
            repeats.append(comp)
        else:
            fresh.append(comp)
            seen.update(comp.claim_ids)
    return fresh + repeats


def story_view(report: Report, story: Story, limit: int = SECTION_LIMIT) -> StoryView:
    """The reader's view of one story (sources, overview table, ranked sections)."""
    by_id = {a.id: a for a in report.articles}
    articles = [by_id[i] for i in story.article_ids if i in by_id]
    sources, number, outlet_of = _sources(articles)
    claims = {c.id: c for c in story.claims}
    by_article = {a.id: a for a in articles}

    def rank(comp: Comparison) -> tuple[int, int, int, float]:
        return _rank(comp, number, claims, by_article)

    overview: list[OverviewRow] = []
    for comp in sorted(story.comparisons, key=rank):
        if comp.kind not in ("agreement", "disagreement", "evolving"):
            continue
        cells = _cells(comp, claims, number, outlet_of)
        if len(cells) >= 2:
            overview.append(
                OverviewRow(
                    measure=comp.measure or comp.topic,
                    kind=comp.kind,
                    cells=cells,
                    background=comp.background,
                )
            )
    used = sorted({n for row in overview for n in row.cells})
    columns = [s for s in sources if s.number in used]
    sections: list[Section] = []
    shown: set[str] = set()  # the claims cited by the points shown so far
    for key, title, kinds in SECTIONS:
        points = sorted((c for c in story.comparisons if c.kind in kinds), key=rank)
        if key == "unique":
            points = sorted(points, key=lambda comp: (comp.background, thin(comp, claims)))
        if key != "disputes":
            points = repeats_last(points, shown)
        if points:
            sections.append(Section(key=key, title=title, points=points[:limit], more=points[limit:]))
            shown.update(cid for comp in points[:limit] for cid in comp.claim_ids)
    return StoryView(
        story=story,
        sources=sources,
        number=number,
        outlet_of=outlet_of,
        claims=claims,
        columns=columns,
        overview=overview,
        sections=sections,
        articles=by_article,
    )


def plural(count: int, word: str, many: str | None = None) -> str:
    """'1 article', '2 articles', '1 story', '3 stories'."""
    return f"{count} {word if count == 1 else (many or word + 's')}"
