"""Typed records passed between the pipeline stages.

The flow is one way::

    Document (ingest) -> Article (clean) -> Annotation (annotate)
        -> Story (group, resolve entities, claims, compare, summary, timeline)
        -> Report (render)

Anything that fails on one input becomes a :class:`Rejected` record instead of
stopping the run. The JSON that Parallax writes is these models; the schema in
``docs/schema.json`` is generated from them (``python -m parallax.schema``).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"


class Record(BaseModel):
    """Base for every record: no unknown fields, so typos fail loudly."""

    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------- ingest


class Document(Record):
    """One input article as read from disk, before cleaning.

    Exactly one of ``text`` (a plain-text page dump or plain article text) and
    ``html`` is set. Metadata given by the input (a JSONL record, or read from
    HTML by trafilatura) is kept in the optional fields.
    """

    id: str
    source: str = Field(description="The path as given (plus ':LINE' for JSONL records).")
    kind: Literal["text", "html", "jsonl"]
    text: str | None = None
    html: str | None = None
    title: str | None = None
    byline: str | None = None
    outlet: str | None = None
    published: str | None = Field(default=None, description="ISO date (YYYY-MM-DD) or datetime.")
    url: str | None = None
    encoding: str | None = Field(default=None, description="How the bytes were decoded.")


class Rejected(Record):
    """An input that could not go through a stage, with the reason shown to the user."""

    source: str
    stage: str = Field(description="ingest, clean, annotate, ...")
    reason: str
    code: str = Field(default="E000", description="Stable error code, see parallax.errors.")


# --------------------------------------------------------------------------- clean


class RemovedBlock(Record):
    """A block of the input that the cleaner did not keep, and why (a run of consecutive lines removed
    for one reason is one block, its lines joined by a line break)."""

    text: str
    reason: str


class Article(Record):
    """A clean article: the body text plus the metadata that could be found."""

    id: str
    source: str
    title: str | None = None
    dek: str | None = None
    byline: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None
    text: str = Field(description="Clean body: paragraphs separated by one blank line; no title, no dek.")
    removed: list[RemovedBlock] = Field(default_factory=list)
    copy_of: str | None = Field(
        default=None,
        description="Id of the article this one is a copy of (syndicated wire copy, the same article saved twice,"
        " an updated version); this article's own outlet carried the copy.",
    )


# --------------------------------------------------------------------------- annotate


class Span(Record):
    """Character offsets into an annotation's ``text`` (end exclusive)."""

    start: int
    end: int
    text: str


class Sentence(Record):
    start: int
    end: int


class EntityMention(Record):
    start: int
    end: int
    text: str
    label: str = Field(description="PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, ...")


class NormalizedQuantity(Record):
    """A quantity in its canonical unit (km, m, kg, people, USD, percent, ...)."""

    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None


class Quantity(Record):
    """A number with its unit as written, and the same in a canonical unit.

    ``value`` is set for a single number; ``low``/``high`` for ranges and
    alternatives ("70 or 80 kilometers"); single numbers also have
    ``low == high == value``. ``qualifier`` is a hedge such as ``at least``.
    """

    start: int
    end: int
    text: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    qualifier: str | None = Field(
        default=None, description="at least, more than, about, up to, no closer than, ..."
    )
    counted: str | None = Field(default=None, description="The counted noun for counts: 'Kenyan officers'.")
    kind: str | None = Field(default=None, description="distance, count, money, percent, mass, duration, ...")
    alternative: bool = Field(default=False, description="True for 'X or Y' alternatives, False for ranges.")
    conversion: Span | None = Field(
        default=None, description="A parenthetical conversion folded into this quantity."
    )
    normalized: NormalizedQuantity | None = None


class DateMention(Record):
    """A temporal expression with its TIMEX3-style value (None when it cannot be resolved)."""

    start: int
    end: int
    text: str
    value: str | None = Field(default=None, description="2018-07-23, 2018-W29, 2018-07, 2017-11, 2018, ...")
    type: Literal["DATE", "TIME", "DURATION", "SET"] = "DATE"
    note: str | None = None


SourceKind = Literal["speech", "belief", "finding", "denial", "accusation", "announcement"]


class Attribution(Record):
    """Who said what: speaker, cue and content as spans of the annotation text."""

    kind: Literal["direct", "indirect", "according_to", "mixed"]
    kind_of_source: SourceKind = Field(
        default="speech",
        description="What the source does with the content: says it, believes it, found it (a study, a poll),"
        " denies it, accuses someone of it, or announces it.",
    )
    speaker: Span | None = None
    cue: Span
    content: Span
    speaker_name: str | None = Field(
        default=None, description="The name a pronoun or title speaker refers to, when resolved."
    )
    anonymous: bool = False
    via: Span | None = Field(
        default=None, description="A medium reporting the speaker: 'the agency quoted X'."
    )


class Headline(Record):
    """The article's title (``Article.title``), annotated in the same spaCy pass as its body.

    ``text`` is the part of the title that is read: a leading label ("Live updates:") and a trailing
    outlet name after a dash or a pipe are left out. Every offset here refers to ``text`` (not to the
    body). A headline's present tense tells what happened: its dates resolve as past ("Storm hits coast
    Monday" is the last Monday before publication).
    """

    text: str
    entities: list[EntityMention] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)


class Annotation(Record):
    """Everything the per-article analysis finds, indexed into ``text`` (the body); the title's findings
    are in ``headline``, indexed into its own text."""

    id: str
    source: str
    published: str | None = None
    text: str
    sentences: list[Sentence] = Field(default_factory=list)
    entities: list[EntityMention] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)
    headline: Headline | None = Field(
        default=None, description="The annotated title, when the article has one (offsets into its text)."
    )


# --------------------------------------------------------------------------- story


class Variant(Record):
    text: str
    article_ids: list[str]


class Entity(Record):
    """One real-world thing across a story's articles, with its spelling variants."""

    id: str
    name: str
    label: str
    variants: list[Variant] = Field(default_factory=list)
    article_ids: list[str] = Field(default_factory=list)


class Claim(Record):
    """A sentence of one article that states something comparable, or the article's headline."""

    id: str
    article_id: str
    start: int = Field(
        description="Offset of the sentence in the article's text (in the headline's text when ``headline``)."
    )
    end: int
    headline: bool = Field(
        default=False,
        description="True when the claim is the article's title (a figure it gives in its headline): ``start``,"
        " ``end`` and the offsets of its quantities and dates refer to ``Annotation.headline.text``, not the body.",
    )
    text: str
    speaker: str | None = None
    speaker_entity_id: str | None = None
    cue: str | None = None
    quantities: list[Quantity] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    negated: bool = False
    hedged: bool = False


ComparisonKind = Literal["agreement", "disagreement", "evolving", "contradiction", "unique"]


class FigureRef(Record):
    """One figure of a comparison: the claim it is in and its offsets in the article's annotated text (in
    the headline's text when the claim is a headline)."""

    claim_id: str
    start: int
    end: int
    text: str


class OutletValue(Record):
    """The value one outlet gives for a comparison's measure, with the figures it stands on."""

    outlet: str
    value: str = Field(description="As a reader reads it: '85 km', 'at least 60 km', '70-80 km'.")
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    published: str | None = Field(
        default=None, description="Publication date of the article, for evolving counts."
    )
    article_ids: list[str] = Field(default_factory=list)
    figures: list[FigureRef] = Field(default_factory=list)


class Comparison(Record):
    """Claims about the same thing across outlets, and how they relate."""

    kind: ComparisonKind
    topic: str
    measure: str | None = Field(
        default=None,
        description="What the figures measure, in words of the cited sentences: 'people killed', 'depth of the quake'.",
    )
    claim_ids: list[str]
    article_ids: list[str]
    outlets: list[str] = Field(default_factory=list)
    speakers: list[str] = Field(default_factory=list)
    explanation: str
    figures: list[FigureRef] = Field(
        default_factory=list,
        description="For figure comparisons: exactly which figures of the claims are compared.",
    )
    values: list[OutletValue] = Field(
        default_factory=list,
        description="For figure comparisons: which outlet gives which value (time order when evolving).",
    )
    consensus: str | None = Field(default=None, description="The value most outlets give, when there is one.")
    outliers: list[FigureRef] = Field(
        default_factory=list, description="Figures that depart from the consensus of an agreement."
    )
    background: bool = Field(
        default=False,
        description="True when the point is background (earlier events, history), not the story's own.",
    )


class SummarySentence(Record):
    text: str
    article_ids: list[str]
    claim_ids: list[str] = Field(default_factory=list)


class TimelineEvent(Record):
    date: str
    text: str
    article_ids: list[str]
    claim_ids: list[str] = Field(default_factory=list)


class Story(Record):
    id: str
    title: str
    article_ids: list[str]
    duplicates: list[list[str]] = Field(
        default_factory=list, description="Groups of near-duplicate articles (syndicated copies)."
    )
    entities: list[Entity] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    comparisons: list[Comparison] = Field(default_factory=list)
    summary: list[SummarySentence] = Field(default_factory=list)
    timeline: list[TimelineEvent] = Field(default_factory=list)
    failed: str | None = Field(
        default=None,
        description="Why this story's analysis failed (code E800), when it did: the story keeps its articles"
        " and has no entities, claims or comparisons.",
    )


class Report(Record):
    schema_version: str = SCHEMA_VERSION
    articles: list[Article] = Field(default_factory=list)
    rejected: list[Rejected] = Field(default_factory=list)
    stories: list[Story] = Field(default_factory=list)
