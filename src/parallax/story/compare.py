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
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from parallax.model import Article, Claim, Comparison, Entity, FigureRef, Quantity
from parallax.story.linkage import average_linkage
from parallax.story.text_features import content_stems, is_denial, is_irrealis, jaccard

# Figure grouping (set on benchmarks/data/figures_dev.jsonl, see docs/bench/figures.md): the score of a
# pair is words x 0.5 + shared entities x 0.1 + closeness of values x 0.4, and clusters merge above 0.3.
WORDS_WEIGHT = 0.5
ENTITY_WEIGHT = 0.1
VALUE_WEIGHT = 0.4
FIGURE_THRESHOLD = 0.3
TOLERANCE_OF_BOUNDS = 0.05
# Above this many figures of one unit in a story, figures are grouped in one greedy pass (cost ~ n x groups).
MAX_CLUSTERED_FIGURES = 150
STATEMENT_THRESHOLD = 0.25
WINDOW_WORDS = 10
# The disputed party comes before a cue of lying ("X lied", "X wasn't speaking the truth") and after a
# verb of disputing ("contradicted X", "dismissed X's statements").
_DENIAL_CUE = re.compile(
    r"(?P<subject>\blied\b|\blying\b|\b(?:was|is|were|are)n[o'’]?t? (?:speaking|telling) the truth|\bfalsely\b|"
    r"\buntrue\b|\bnot true\b|\bfalse\b)"
    r"|(?P<object>\b(?:contradict\w*|dismiss\w*|refut\w*|reject\w*|den(?:y|ies|ied|ying))\b)",
    re.IGNORECASE,
)
_OPEN_QUALIFIERS_LOW = ("at least", "more than", "over", "no closer than", "no less than", "beyond", "above")
_OPEN_QUALIFIERS_HIGH = ("up to", "less than", "fewer than", "under", "no more than", "at most", "below", "within")
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
    # Half the tolerance on each side: two figures agree when they differ by at most ``tolerance``.
    slack = tolerance / 2
    if any(q in qualifier for q in _APPROX):
        slack = max(slack, 0.1)
    low, high = low * (1 - slack), high * (1 + slack)
    if any(q in qualifier for q in _OPEN_QUALIFIERS_LOW):
        high = math.inf
    if any(q in qualifier for q in _OPEN_QUALIFIERS_HIGH):
        low = 0.0
    return low, high, norm.unit


def consistent(ranges: Sequence[tuple[float, float]]) -> bool:
    """True when one value lies in every range."""
    return max(r[0] for r in ranges) <= min(r[1] for r in ranges)


def _window(claim: Claim, quantity: Quantity) -> Counter[str]:
    """Content stems around a figure, the nearest weighing most: 3 within two words, 2 within five, else 1.

    The counted noun ("2,000 *officers*") weighs 3. Together they say what the figure measures.
    """
    rel_start = max(0, quantity.start - claim.start)
    rel_end = max(rel_start, quantity.end - claim.start)
    before = claim.text[:rel_start].split()[-WINDOW_WORDS:]
    after = claim.text[rel_end:].split()[:WINDOW_WORDS]
    out: Counter[str] = Counter()

    def weight(distance: int) -> int:
        return 3 if distance <= 2 else (2 if distance <= 5 else 1)

    for distance, word in enumerate(reversed(before), start=1):
        for stem in content_stems(word):
            out[stem] += weight(distance)
    for distance, word in enumerate(after, start=1):
        for stem in content_stems(word):
            out[stem] += weight(distance)
    for stem in content_stems(quantity.counted or ""):
        out[stem] += 3
    return out


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
            stems = _window(claim, quantity)
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
        for group in _cluster_figures(items):
            comparisons.append(_label_figure_group(group, unit, namer))
    return comparisons


def _context_vector(item: _Item, idf: Mapping[str, float]) -> dict[str, float]:
    """The figure's context stems weighted by their inverse frequency in the block, unit length."""
    vector = {k: v * idf.get(k, 0.0) for k, v in item.stems.items()}
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {k: v / norm for k, v in vector.items()} if norm else {}


def _figure_similarity(a: _Item, b: _Item, va: Mapping[str, float], vb: Mapping[str, float]) -> float:
    """How likely two figures measure the same thing: their context words (``va``, ``vb`` from
    :func:`_context_vector`), their entities, their frame (done or wanted), and whether they come from
    different sources."""
    words = sum(v * vb.get(k, 0.0) for k, v in va.items())
    score = WORDS_WEIGHT * words + ENTITY_WEIGHT * jaccard(a.entity_ids, b.entity_ids) + VALUE_WEIGHT * _closeness(a, b)
    if a.irrealis != b.irrealis:
        score *= 0.5
    if a.source == b.source:
        # One article rarely gives two values for one thing (conversions are already one quantity).
        score *= 0.6
    return score


def _closeness(a: _Item, b: _Item) -> float:
    """1 for equal values, falling with their ratio (0.5 at a factor of 2); open-ended ranges use their finite end.

    Vague amounts ("thousands") say nothing here, and small counts ("two") say little: equal small numbers
    are everywhere.
    """
    if _vague(a.quantity) or _vague(b.quantity):
        return 0.0

    def centre(item: _Item) -> float:
        high = item.high if math.isfinite(item.high) else item.low
        return (item.low + high) / 2 if item.low > 0 else high

    x, y = centre(a), centre(b)
    if x <= 0 or y <= 0:
        return 0.0
    ratio = min(x, y) / max(x, y)
    return ratio * 0.25 if a.unit == "count" and max(x, y) <= 10 else ratio


def _vague(quantity: Quantity) -> bool:
    norm = quantity.normalized
    return norm is None or (norm.high is None and norm.value is None)


def _cluster_figures(items: Sequence[_Item]) -> list[_Group]:
    """Average-linkage clusters of the figures of one unit (the block), by :func:`_figure_similarity`.

    Words that occur around most figures of the block (the story's own subject) weigh little: each
    stem is weighted by its inverse frequency over the block's figures.
    """
    count = len(items)
    frequency: Counter[str] = Counter(k for item in items for k in item.stems)
    idf = {k: math.log((count + 1) / (df + 0.5)) for k, df in frequency.items()}
    vectors = [_context_vector(item, idf) for item in items]
    if count > MAX_CLUSTERED_FIGURES:
        return _greedy_figures(items, vectors)
    sims = {
        (i, j): _figure_similarity(items[i], items[j], vectors[i], vectors[j])
        for i in range(count)
        for j in range(i + 1, count)
    }
    groups = []
    for members in average_linkage(count, sims, FIGURE_THRESHOLD):
        group = _Group()
        for i in members:
            group.add(items[i])
        groups.append(group)
    return groups


def _greedy_figures(items: Sequence[_Item], vectors: Sequence[Mapping[str, float]]) -> list[_Group]:
    """One pass for very large blocks: each figure joins the group whose first figure is most like it."""
    groups: list[tuple[int, _Group]] = []
    for k, item in enumerate(items):
        best, best_score = None, FIGURE_THRESHOLD
        for first, group in groups:
            score = _figure_similarity(item, items[first], vectors[k], vectors[first])
            if score > best_score:
                best, best_score = group, score
        if best is None:
            best = _Group()
            groups.append((k, best))
        best.add(item)
    return [group for _, group in groups]


def _consistent_figures(items: Sequence[_Item]) -> bool:
    """The figures admit one value; but bounds of the same kind ("at least 40" and "at least 60": two
    different minimums) are compared as the numbers they state."""
    ranges = [(i.low, i.high) for i in items]
    if all(math.isinf(high) and low > 0 for low, high in ranges):
        bounds = [low for low, _ in ranges]
    elif all(low == 0 and math.isfinite(high) for low, high in ranges):
        bounds = [high for _, high in ranges]
    else:
        return consistent(ranges)
    return max(bounds) <= min(bounds) * (1 + TOLERANCE_OF_BOUNDS)


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
    elif _consistent_figures(group.items):
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
        figures=[
            FigureRef(claim_id=i.claim.id, start=i.quantity.start, end=i.quantity.end, text=i.quantity.text)
            for i in group.items
        ],
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
    variants = {
        e.id: sorted(
            {v.text for v in e.variants}
            | {e.name}
            | ({v.text.split()[-1] for v in e.variants} | {e.name.split()[-1]} if e.label == "PERSON" else set())
        )
        for e in entities
    }
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
        target = _denial_target(claim, sentence_entities(claim), variants)
        siblings = by_article[claim.article_id]
        if target is not None and target != claim.speaker_entity_id:
            # Who is called wrong: their statements in other articles, else earlier in this one.
            others = [c for c in by_speaker.get(target, []) if c.article_id != claim.article_id]
            earlier = [c for c in by_speaker.get(target, []) if c.article_id == claim.article_id and c.start < claim.start]
            targets, target_speaker = others or earlier, names.get(target)
            if not targets:
                continue  # the person disputed has no statement in the story to cite
        position = siblings.index(claim)
        if not targets:
            previous = siblings[:position]
            if previous and previous[-1].speaker != claim.speaker:
                targets = [previous[-1]]
                # Name the earlier report's speaker only when it is a person or an organisation.
                if labels.get(previous[-1].speaker_entity_id or "") in ("PERSON", "ORG"):
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


def _denial_target(claim: Claim, entity_ids: frozenset[str], variants: Mapping[str, Sequence[str]]) -> str | None:
    """The entity a denial disputes: the one named just before "lied" or "wasn't telling the truth"
    (its subject), or just after "contradicted", "dismissed", "refuted" (its object: "dismissed the
    minister's statements"). None when the denial names no one there ("denied the report")."""
    match = _DENIAL_CUE.search(claim.text)
    if match is None:
        return None
    subject_cue = match.group("subject") is not None
    best: tuple[int, str] | None = None
    for entity_id in entity_ids:
        for variant in variants.get(entity_id, ()):
            at = claim.text.find(variant)
            while at >= 0:
                if subject_cue:
                    gap = match.start() - (at + len(variant))
                else:
                    gap = at - match.end()
                if 0 <= gap <= (80 if subject_cue else 40) and (best is None or gap < best[0]):
                    best = (gap, entity_id)
                at = claim.text.find(variant, at + 1)
    return best[1] if best else None


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
