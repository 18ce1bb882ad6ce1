"""Comparison of a story's claims across outlets: one entry point, :func:`compare_claims`.

* :mod:`.measures` reads what each figure measures from the dependency parse of its sentence, with the
  categories of words of :mod:`.lexicon`;
* :mod:`.values` gives each figure the range of values it admits, and says when two agree;
* :mod:`.figures` groups figures by measure and finds consensus, outliers and evolution;
* :mod:`.joining` joins one measure that the grouping split, and keeps ill-formed disputes apart;
* :mod:`.statements` pairs statements across outlets and denials with what they deny;
* :mod:`.explain` names outlets and writes what a reader is told.

Copies of one article count as one source. Points are ranked: disputes first (contradiction,
disagreement, evolving), then agreements, then what one outlet alone reports; within each, the story's
own figures before background, more outlets first.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from parallax.model import Article, Claim, Comparison, Entity
from parallax.story.compare.date_lengths import dates_as_lengths
from parallax.story.compare.explain import SourceNamer, describe_quantity
from parallax.story.compare.figure_dates import date_items, own_times
from parallax.story.compare.figure_durations import counted_back, counted_back_items
from parallax.story.compare.figure_ordinals import ordinal_items, ordinal_spans, without_lone_ordinals
from parallax.story.compare.figure_parses import parsed_parts
from parallax.story.compare.figure_times import time_items
from parallax.story.compare.figures import compare_figures
from parallax.story.compare.joining import one_time_per_fact
from parallax.story.compare.quoted import compare_statements, unique_statements
from parallax.story.compare.statements import find_contradictions
from parallax.story.compare.values import FigureItem, consistent, figure_items, interval

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["SourceNamer", "compare_claims", "consistent", "describe_quantity", "interval"]

_ORDER = {"contradiction": 0, "disagreement": 1, "evolving": 2, "agreement": 3, "unique": 4}


def _rank(comparison: Comparison) -> tuple[int, int, int, str]:
    background = int(comparison.background)
    return (_ORDER[comparison.kind], background, -len(comparison.article_ids), comparison.topic)


def compare_claims(
    claims: Sequence[Claim],
    articles: Sequence[Article],
    entities: Sequence[Entity],
    claim_entities: Mapping[str, frozenset[str]],
    duplicates: Sequence[Sequence[str]] = (),
    tolerance: float = 0.05,
    nlp: Language | None = None,
) -> list[Comparison]:
    """All comparison points of a story, ranked (see the module docstring).

    ``nlp`` parses the sentences that carry figures (see :func:`_figures`); without it a figure's measure
    is only its counted noun.
    """
    namer = SourceNamer(articles, duplicates)
    comparisons = find_contradictions(
        claims, lambda c: claim_entities.get(c.id, frozenset()), entities, namer, nlp
    )
    items, ordinals = _figures(claims, claim_entities, namer, tolerance, nlp)
    figures = dates_as_lengths(items + ordinals)  # a start date and a length of one event: one measure
    comparisons += without_lone_ordinals(compare_figures(figures, namer), ordinals)
    # A denial several outlets report with nothing to set against is already one point (an agreement
    # that it was made): its sentences are not grouped again as the speaker's statements.
    lone = {cid for comp in comparisons if comp.kind == "agreement" for cid in comp.claim_ids}
    comparisons += compare_statements([c for c in claims if c.id not in lone], namer)
    covered = {cid for comp in comparisons for cid in comp.claim_ids}
    comparisons += unique_statements(claims, covered, namer, entities)
    comparisons.sort(key=_rank)
    return comparisons


def _parse_also(claim: Claim) -> bool:
    """The claim carries an ordinal or a date counted back from publication: its parse is read too."""
    return bool(ordinal_spans(claim.text)) or any(
        d.type == "DATE" and counted_back(d.text) is not None for d in claim.dates
    )


def _figures(
    claims: Sequence[Claim],
    claim_entities: Mapping[str, frozenset[str]],
    namer: SourceNamer,
    tolerance: float,
    nlp: Language | None,
) -> tuple[list[FigureItem], list[FigureItem]]:
    """The story's figures (amounts and counts, calendar dates, clock times) and its ordinals (with the
    lengths of time counted back from publication).

    The claims are read run by run (:func:`~parallax.story.compare.figure_parses.parsed_parts`): each
    sentence is parsed once, in small batches, and every reader reads a run's parses before the next
    run is parsed, so the story never holds the parses of all its sentences. Each reader reads claim by
    claim, so the runs' items, one after another, are the items of the whole story.
    """
    units = {q.normalized.unit for c in claims for q in c.quantities if q.normalized and q.normalized.unit}
    own = own_times(claims)
    amounts: list[FigureItem] = []
    dates: list[FigureItem] = []
    times: list[FigureItem] = []
    ordinals: list[FigureItem] = []
    counted: list[FigureItem] = []
    for part in parsed_parts(claims, nlp, units, also=_parse_also):
        amounts += figure_items(part.claims, part.figures, claim_entities, namer, tolerance, own)
        dates += date_items(part.claims, part.figures, claim_entities, namer, own)
        times += time_items(part.claims, part.figures, claim_entities, namer)
        ordinals += ordinal_items(part.claims, part.parsed, nlp, claim_entities, namer)
        counted += counted_back_items(part.claims, part.parsed, nlp, claim_entities, namer)
    return one_time_per_fact(amounts) + dates + times, ordinals + counted
