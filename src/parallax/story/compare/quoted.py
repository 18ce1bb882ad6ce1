"""One speaker's statements as the outlets quote them.

* One speaker quoted by several outlets: their statements are grouped by content words; the same sense
  is an ``agreement``, one outlet reporting it negated a ``disagreement``.
* Statements of a named speaker that only one outlet reports are one ``unique`` point per speaker.

Denials and what they dispute: :mod:`.statements`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from parallax.model import Claim, Comparison, Entity
from parallax.story.compare.explain import SourceNamer, shared_words, short
from parallax.story.text_features import content_stems, is_negated, jaccard

__all__ = [
    "SAME_STATEMENT",
    "STATEMENT_THRESHOLD",
    "compare_statements",
    "sources_named",
    "unique_statements",
]

STATEMENT_THRESHOLD = 0.25
# Two reports of one speaker are the same statement (one of them negated) above this word overlap.
SAME_STATEMENT = 0.6
# The end of a sentence inside a claim (a quotation of several sentences).
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+")


def compare_statements(claims: Sequence[Claim], namer: SourceNamer) -> list[Comparison]:
    """One speaker's statements as reported by several outlets: grouped by content words."""
    by_speaker: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.speaker_entity_id and claim.cue:
            by_speaker[claim.speaker_entity_id].append(claim)
    comparisons: list[Comparison] = []
    for _, speaker_claims in sorted(by_speaker.items()):
        groups: list[list[Claim]] = []
        stems = {c.id: set(content_stems(c.text)) for c in speaker_claims}
        for claim in speaker_claims:
            for group in groups:
                if any(
                    jaccard(stems[claim.id], stems[o.id]) >= STATEMENT_THRESHOLD
                    and namer.source(o.article_id) != namer.source(claim.article_id)
                    for o in group
                ):
                    group.append(claim)
                    break
            else:
                groups.append([claim])
        for group in groups:
            sources = {namer.source(c.article_id) for c in group}
            if len(sources) < 2:
                continue
            speaker = group[0].speaker or "the speaker"
            kind = "disagreement" if _reported_negated(group) else "agreement"
            outlets = sorted({namer.name(c.article_id) for c in group})
            explanation = (
                f"{sources_named(group, namer)} report what {speaker} said"
                + (" in the same sense." if kind == "agreement" else ", but one reports it negated.")
                + " One speaker, several reporters: this is how the outlets quote them, not a dispute between officials."
            )
            comparisons.append(
                Comparison(
                    kind=kind,
                    topic=f"{speaker}: {short(group[0].text, 70)}",
                    measure=None,
                    claim_ids=[c.id for c in group],
                    article_ids=sorted({c.article_id for c in group}),
                    outlets=outlets,
                    speakers=[speaker],
                    explanation=explanation
                    + (
                        f" Shared words: {', '.join(repeated)}."
                        if (repeated := shared_words([c.text for c in group]))
                        else ""
                    ),
                )
            )
    return comparisons


def _reported_negated(group: Sequence[Claim]) -> bool:
    """One outlet reports the speaker's statement negated: a negated and a plain report whose words,
    negations aside, are nearly the same (not two different sentences of one speaker where one happens to
    hold a "not")."""
    plain = [c for c in group if not c.negated]
    negated = [c for c in group if c.negated]
    return any(
        jaccard(content_stems(a.text), content_stems(b.text)) >= SAME_STATEMENT and _negated_in_shared(a, b)
        for a in plain
        for b in negated
    )


def _negated_in_shared(plain: Claim, negated: Claim) -> bool:
    """The negation of the negated report is in what the plain report also says: a sentence of it that
    holds a negation shares most of its content words with the plain report (not a longer quotation that
    goes on with a negated sentence of its own: "... a big beneficiary of the laws. I'm not working for
    them." beside the same quotation cut before it)."""
    words = set(content_stems(plain.text))
    for piece in _SENTENCE_END.split(negated.text):
        if is_negated(piece):
            stems = set(content_stems(piece))
            if not stems or len(stems & words) >= SAME_STATEMENT * len(stems):
                return True
    return False


def sources_named(group: Sequence[Claim], namer: SourceNamer) -> str:
    """'2 sources (Outlet A, also carried by Outlet C; Outlet B)': copies of one article count once, and
    the outlets that carried a copy are named with the source they copied."""
    carried: dict[str, list[str]] = {}
    for claim in group:
        names = carried.setdefault(namer.source(claim.article_id), [])
        name = namer.name(claim.article_id)
        if name not in names:
            names.append(name)
    parts = []
    for source, names in carried.items():
        first = namer.name(source) if namer.name(source) in names else names[0]
        others = sorted(n for n in names if n != first)
        parts.append(first + (f", also carried by {' and '.join(others)}" if others else ""))
    parts.sort()
    return f"{len(carried)} sources ({'; '.join(parts)})"


def unique_statements(
    claims: Sequence[Claim], covered: set[str], namer: SourceNamer, entities: Sequence[Entity] = ()
) -> list[Comparison]:
    """Statements of named speakers that only one outlet reports: one point per speaker and outlet, and
    only for speakers the other outlets name too (a person only one article mentions is that article's
    detail, not a point where the coverage differs)."""
    sources_by_speaker: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        if claim.speaker_entity_id:
            sources_by_speaker[claim.speaker_entity_id].add(namer.source(claim.article_id))
    named_by = {e.id: {namer.source(a) for a in e.article_ids} for e in entities}
    grouped: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.id in covered or not claim.speaker_entity_id or not claim.cue:
            continue
        if len(sources_by_speaker[claim.speaker_entity_id]) > 1:
            continue
        if entities and len(named_by.get(claim.speaker_entity_id, set())) < 2:
            continue
        grouped[(claim.speaker_entity_id, namer.source(claim.article_id))].append(claim)
    out: list[Comparison] = []
    for group in grouped.values():
        first = group[0]
        outlet = namer.name(first.article_id)
        count = f"{len(group)} statements" if len(group) > 1 else "this statement"
        out.append(
            Comparison(
                kind="unique",
                topic=f"{first.speaker}: {short(first.text, 60)}",
                claim_ids=[c.id for c in group],
                article_ids=sorted({c.article_id for c in group}),
                outlets=[outlet],
                speakers=[first.speaker] if first.speaker else [],
                explanation=f"Only {outlet} reports {count} by {first.speaker}: “{short(first.text, 120)}”.",
            )
        )
    return out
