"""Comparison: claims about the same thing across outlets, labelled and explained.

Three mechanisms, each with blocking so the cost does not grow with the square
of all claims:

* figures: every quantity of every claim is an item; items are blocked by
  canonical unit and grouped greedily by the words around the figure, the
  entities of the sentence, and whether the figure is reported as done or as
  wanted/offered (factuality). A group is an ``agreement`` when the values are
  consistent after conversion within the tolerance, else a ``disagreement``.
* statements: attributed claims are blocked by speaker entity and grouped by
  their content words; one speaker quoted alike by several outlets agrees.
* denials: a claim that calls another statement untrue, denies it or says
  its speaker lied is a ``contradiction`` with the claims it targets (those of
  the named speaker in other articles, or the report just before it).

Single-source figure groups and single-outlet statements of named speakers
are ``unique``. Near-duplicate articles count as one source.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from parallax.model import Article, Claim, Comparison, Entity, Quantity
from parallax.story.text_features import content_stems, is_denial, is_irrealis, jaccard

FIGURE_THRESHOLD = 0.22
STATEMENT_THRESHOLD = 0.25
WINDOW_WORDS = 10
_OPEN_QUALIFIERS_LOW = ("at least", "more than", "over", "no closer than", "no less than", "beyond", "above")
_OPEN_QUALIFIERS_HIGH = ("up to", "less than", "fewer than", "under", "no more than", "at most", "below")
_APPROX = ("about", "around", "nearly", "almost", "roughly", "approximately", "some", "an estimated", "close to")


@dataclass
class _Item:
    claim: Claim
    quantity: Quantity
    unit: str
    low: float
    high: float
    stems: Counter[str]
    entity_ids: frozenset[str]
    irrealis: bool
    source: str


@dataclass
class _Group:
    items: list[_Item] = field(default_factory=list)
    stems: Counter[str] = field(default_factory=Counter)
    entity_ids: Counter[str] = field(default_factory=Counter)
    irrealis: int = 0

    def add(self, item: _Item) -> None:
        self.items.append(item)
        self.stems.update(item.stems)
        self.entity_ids.update(item.entity_ids)
        self.irrealis += int(item.irrealis)


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b.get(k, 0) for k, v in a.items())
    return dot / (math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values())))


def interval(quantity: Quantity, tolerance: float) -> tuple[float, float, str] | None:
    """The range of canonical values a quantity admits, widened by the tolerance and its qualifier."""
    norm = quantity.normalized
    if norm is None or norm.unit is None:
        return None
    low = norm.low if norm.low is not None else norm.value
    high = norm.high if norm.high is not None else norm.value
    if low is None:
        return None
    if high is None:  # open-ended amounts: "dozens", "tens of thousands"
        high = math.inf
    qualifier = (quantity.qualifier or "").lower()
    slack = tolerance
    if any(q in qualifier for q in _APPROX):
        slack = max(tolerance, 0.1)
    low, high = low * (1 - slack), high * (1 + slack)
    if any(q in qualifier for q in _OPEN_QUALIFIERS_LOW):
        high = math.inf
    if any(q in qualifier for q in _OPEN_QUALIFIERS_HIGH):
        low = 0.0
    return low, high, norm.unit


def consistent(ranges: Sequence[tuple[float, float]]) -> bool:
    """True when one value lies in every range."""
    return max(r[0] for r in ranges) <= min(r[1] for r in ranges)


def _window(claim: Claim, quantity: Quantity) -> str:
    rel_start = max(0, quantity.start - claim.start)
    rel_end = max(rel_start, quantity.end - claim.start)
    before = claim.text[:rel_start].split()[-WINDOW_WORDS:]
    after = claim.text[rel_end:].split()[:WINDOW_WORDS]
    return " ".join([*before, quantity.counted or "", *after])


class SourceNamer:
    """Names of sources for explanations: the outlet when known, else the article id."""

    def __init__(self, articles: Sequence[Article], duplicates: Sequence[Sequence[str]]) -> None:
        self.articles = {a.id: a for a in articles}
        self.representative: dict[str, str] = {}
        for group in duplicates:
            for article_id in group:
                self.representative[article_id] = group[0]

    def source(self, article_id: str) -> str:
        return self.representative.get(article_id, article_id)

    def name(self, article_id: str) -> str:
        article = self.articles.get(article_id)
        return (article.outlet if article and article.outlet else None) or article_id

    def published(self, article_id: str) -> str | None:
        article = self.articles.get(article_id)
        return article.published if article else None


def _fmt_number(value: float) -> str:
    if value == math.inf:
        return "∞"
    return f"{value:,.0f}" if abs(value) >= 100 or value == int(value) else f"{value:,.1f}"


def describe_quantity(quantity: Quantity) -> str:
    """'85 kilometers (≈ 85 km)' style text of a quantity as written and normalised."""
    text = quantity.text
    norm = quantity.normalized
    if norm is None or norm.unit is None:
        return text
    if norm.low is not None and norm.high is not None and norm.low != norm.high:
        canon = f"{_fmt_number(norm.low)}–{_fmt_number(norm.high)} {norm.unit}"
    elif norm.value is not None:
        canon = f"{_fmt_number(norm.value)} {norm.unit}"
    else:
        return text
    return text if canon.replace(",", "") in text.replace(",", "") else f"{text} (≈ {canon})"


def _speakers(claims: Sequence[Claim]) -> list[str]:
    seen: dict[str, None] = {}
    for claim in claims:
        if claim.speaker:
            seen.setdefault(claim.speaker, None)
    return list(seen)


def _time_note(claims: Sequence[Claim], namer: SourceNamer) -> str:
    dates = sorted({(namer.published(c.article_id) or "") for c in claims} - {""})
    if len(dates) > 1:
        return f" The reports differ in time (published {dates[0]} to {dates[-1]}): the figure may have changed as the story developed."
    return ""


def _who_note(claims: Sequence[Claim], namer: SourceNamer, agree: bool) -> str:
    speakers = _speakers(claims)
    sources = {namer.source(c.article_id) for c in claims}
    if len(speakers) == 1 and all(c.speaker for c in claims) and len(sources) > 1:
        return (
            f" All are attributed to {speakers[0]}: {'the outlets report the same speaker alike' if agree else 'the outlets report the same speaker differently'}."
        )
    if len(speakers) > 1:
        return f" The figures come from different speakers ({', '.join(speakers)})."
    if not speakers:
        return " The outlets state it in their own voice."
    return ""


def _topic(stems: Counter[str], unit: str | None, irrealis: bool, top: int = 4) -> str:
    words = [w for w, _ in stems.most_common(top)]
    frame = "wanted/offered" if irrealis else "reported"
    base = ", ".join(words) if words else "figure"
    return f"{base} ({unit}, {frame})" if unit else base


def compare_figures(
    claims: Sequence[Claim],
    claim_entities: Mapping[str, frozenset[str]],
    namer: SourceNamer,
    tolerance: float,
) -> list[Comparison]:
    """Group the quantities of all claims by what they measure, and label each group."""
    blocks: dict[str, list[_Item]] = defaultdict(list)
    for claim in claims:
        for quantity in claim.quantities:
            rng = interval(quantity, tolerance)
            if rng is None:
                continue
            window = _window(claim, quantity)
            stems = Counter(content_stems(window))
            blocks[rng[2]].append(
                _Item(
                    claim=claim,
                    quantity=quantity,
                    unit=rng[2],
                    low=rng[0],
                    high=rng[1],
                    stems=stems,
                    entity_ids=claim_entities.get(claim.id, frozenset()),
                    irrealis=is_irrealis(claim.text),
                    source=namer.source(claim.article_id),
                )
            )
    comparisons: list[Comparison] = []
    for unit, items in sorted(blocks.items()):
        groups: list[_Group] = []
        for item in items:
            best, best_score = None, FIGURE_THRESHOLD
            for group in groups:
                score = 0.7 * _cosine(item.stems, group.stems) + 0.3 * jaccard(
                    item.entity_ids, group.entity_ids
                )
                majority_irrealis = group.irrealis * 2 > len(group.items)
                if majority_irrealis != item.irrealis:
                    score *= 0.5
                if score > best_score:
                    best, best_score = group, score
            if best is None:
                best = _Group()
                groups.append(best)
            best.add(item)
        for group in groups:
            comparisons.append(_label_figure_group(group, unit, namer))
    return comparisons


def _label_figure_group(group: _Group, unit: str, namer: SourceNamer) -> Comparison:
    claims = list({id(i.claim): i.claim for i in group.items}.values())
    article_ids = sorted({c.article_id for c in claims})
    sources = {i.source for i in group.items}
    irrealis = group.irrealis * 2 > len(group.items)
    topic = _topic(group.stems, unit, irrealis)
    per_source: dict[str, list[str]] = defaultdict(list)
    for item in group.items:
        text = describe_quantity(item.quantity)
        if text not in per_source[namer.name(item.claim.article_id)]:
            per_source[namer.name(item.claim.article_id)].append(text)
    listing = "; ".join(f"{name}: {', '.join(values)}" for name, values in per_source.items())
    if len(sources) < 2:
        kind = "unique"
        explanation = f"Only {namer.name(claims[0].article_id)} gives this figure: {listing}."
    elif consistent([(i.low, i.high) for i in group.items]):
        kind = "agreement"
        explanation = f"{len(sources)} sources give consistent figures after conversion: {listing}."
        explanation += _who_note(claims, namer, agree=True)
    else:
        kind = "disagreement"
        explanation = f"{len(sources)} sources give different figures: {listing}."
        explanation += _who_note(claims, namer, agree=False) + _time_note(claims, namer)
    return Comparison(
        kind=kind,
        topic=topic,
        claim_ids=[c.id for c in claims],
        article_ids=article_ids,
        outlets=sorted({namer.name(a) for a in article_ids}),
        speakers=_speakers(claims),
        explanation=explanation,
    )


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
            negations = {c.negated for c in group}
            kind = "agreement" if len(negations) == 1 else "disagreement"
            outlets = sorted({namer.name(c.article_id) for c in group})
            explanation = (
                f"{len(sources)} outlets ({', '.join(outlets)}) report what {speaker} said"
                + (" in the same sense." if kind == "agreement" else ", but one reports it negated.")
                + " One speaker, several reporters: this is how the outlets quote them, not a dispute between officials."
            )
            shared = Counter(w for c in group for w in stems[c.id])
            comparisons.append(
                Comparison(
                    kind=kind,
                    topic=f"{speaker}: " + ", ".join(w for w, n in shared.most_common(4) if n > 1),
                    claim_ids=[c.id for c in group],
                    article_ids=sorted({c.article_id for c in group}),
                    outlets=outlets,
                    speakers=[speaker],
                    explanation=explanation,
                )
            )
    return comparisons


def find_contradictions(
    claims: Sequence[Claim],
    sentence_entities: Callable[[Claim], frozenset[str]],
    entities: Sequence[Entity],
    namer: SourceNamer,
) -> list[Comparison]:
    """Denials: a claim that calls a statement untrue, with the claims it targets."""
    names = {e.id: e.name for e in entities}
    labels = {e.id: e.label for e in entities}
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_article[claim.article_id].append(claim)
    by_speaker: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.speaker_entity_id:
            by_speaker[claim.speaker_entity_id].append(claim)
    comparisons: list[Comparison] = []
    for claim in claims:
        if not is_denial(claim.text):
            continue
        targets: list[Claim] = []
        target_speaker: str | None = None
        # People before places and groups: "X dismissed the minister's statements" disputes the minister.
        for entity_id in sorted(sentence_entities(claim), key=lambda e: (labels.get(e) != "PERSON", e)):
            if entity_id == claim.speaker_entity_id:
                continue
            others = [c for c in by_speaker.get(entity_id, []) if c.article_id != claim.article_id]
            if others:
                targets, target_speaker = others, names.get(entity_id)
                break
        siblings = by_article[claim.article_id]
        position = siblings.index(claim)
        if not targets:
            previous = siblings[:position]
            if previous and previous[-1].speaker != claim.speaker:
                targets = [previous[-1]]
                target_speaker = previous[-1].speaker
        if not targets:
            continue
        # The denying article's own supporting evidence: the negated claims right after the denial.
        support = [c for c in siblings[position + 1 : position + 3] if c.negated]
        group = [*targets, claim, *support]
        article_ids = sorted({c.article_id for c in group})
        denier = claim.speaker or namer.name(claim.article_id)
        target_outlets = sorted({namer.name(c.article_id) for c in targets})
        who = target_speaker or "the earlier report"
        explanation = (
            f"{denier} says {who} is wrong: “{_short(claim.text)}”"
            + (f" (against {', '.join(target_outlets)}: “{_short(targets[0].text)}”)." if targets else ".")
        )
        comparisons.append(
            Comparison(
                kind="contradiction",
                topic=f"Is {who} right?" if target_speaker else "Disputed report",
                claim_ids=[c.id for c in group],
                article_ids=article_ids,
                outlets=sorted({namer.name(a) for a in article_ids}),
                speakers=_speakers(group),
                explanation=explanation,
            )
        )
    return comparisons


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def unique_statements(
    claims: Sequence[Claim], covered: set[str], namer: SourceNamer
) -> list[Comparison]:
    """Statements of named speakers that only one outlet reports."""
    sources_by_speaker: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        if claim.speaker_entity_id:
            sources_by_speaker[claim.speaker_entity_id].add(namer.source(claim.article_id))
    out: list[Comparison] = []
    for claim in claims:
        if claim.id in covered or not claim.speaker_entity_id or not claim.cue:
            continue
        if len(sources_by_speaker[claim.speaker_entity_id]) > 1:
            continue
        out.append(
            Comparison(
                kind="unique",
                topic=f"{claim.speaker}: {_short(claim.text, 60)}",
                claim_ids=[claim.id],
                article_ids=[claim.article_id],
                outlets=[namer.name(claim.article_id)],
                speakers=[claim.speaker] if claim.speaker else [],
                explanation=f"Only {namer.name(claim.article_id)} reports this statement by {claim.speaker}.",
            )
        )
    return out


_ORDER = {"contradiction": 0, "disagreement": 1, "agreement": 2, "unique": 3}


def compare_claims(
    claims: Sequence[Claim],
    articles: Sequence[Article],
    entities: Sequence[Entity],
    claim_entities: Mapping[str, frozenset[str]],
    duplicates: Sequence[Sequence[str]] = (),
    tolerance: float = 0.05,
) -> list[Comparison]:
    """All comparison groups of a story, disputes first."""
    namer = SourceNamer(articles, duplicates)
    comparisons = find_contradictions(
        claims, lambda c: claim_entities.get(c.id, frozenset()), entities, namer
    )
    comparisons += compare_figures(claims, claim_entities, namer, tolerance)
    comparisons += compare_statements(claims, namer)
    covered = {cid for comp in comparisons for cid in comp.claim_ids}
    comparisons += unique_statements(claims, covered, namer)
    comparisons.sort(key=lambda c: (_ORDER[c.kind], -len(c.article_ids), c.topic))
    return comparisons
