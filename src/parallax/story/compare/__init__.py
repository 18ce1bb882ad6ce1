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
from parallax.story.compare.figure_durations import counted_back_items
from parallax.story.compare.figure_ordinals import ordinal_items, without_lone_ordinals
from parallax.story.compare.figure_times import time_items
from parallax.story.compare.figures import compare_figures
from parallax.story.compare.joining import one_time_per_fact
from parallax.story.compare.measures import parse_figure_sentences
from parallax.story.compare.statements import compare_statements, find_contradictions, unique_statements
from parallax.story.compare.values import consistent, figure_items, interval

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

    ``nlp`` parses the sentences that carry figures (one batch); without it a figure's measure is only
    its counted noun.
    """
    namer = SourceNamer(articles, duplicates)
    comparisons = find_contradictions(
        claims, lambda c: claim_entities.get(c.id, frozenset()), entities, namer, nlp
    )
    units = {q.normalized.unit for c in claims for q in c.quantities if q.normalized and q.normalized.unit}
    docs = parse_figure_sentences(claims, nlp, units)
    items = one_time_per_fact(figure_items(claims, docs, claim_entities, namer, tolerance))
    items += date_items(claims, docs, claim_entities, namer, own_times(claims))
    items += time_items(claims, docs, claim_entities, namer)
    ordinals = ordinal_items(claims, docs, nlp, claim_entities, namer)
    ordinals += counted_back_items(claims, docs, nlp, claim_entities, namer)
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
