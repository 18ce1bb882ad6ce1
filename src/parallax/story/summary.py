"""An extractive, non-redundant, cited summary of a story, disputes included.

Sentences are scored by how central they are to the story (cosine to the
story's word centroid, each article weighted alike) with a small bonus for
lead sentences. Picked greedily, skipping any too close to one already picked.
The story's own disputes (contradiction, disagreement, evolving; not background
ones; more outlets first) are added, each in one short line, so the summary
shows where the sources part. Each sentence cites every article that has a
sentence saying much the same, and the claims it rests on (so that a citation
leads to the sentence); a sentence that gives another value of a disputed figure
does not count as saying the same.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from parallax.model import Annotation, Claim, Comparison, SummarySentence
from parallax.story.text_features import content_stems, jaccard

REDUNDANT = 0.35
SUPPORT = 0.3
MIN_WORDS = 8
MAX_WORDS = 60


@dataclass
class _Sentence:
    article_id: str
    index: int
    text: str
    stems: list[str]
    start: int = 0
    end: int = 0
    claim_id: str | None = None


def _sentences(annotations: Sequence[Annotation]) -> list[_Sentence]:
    out: list[_Sentence] = []
    for ann in annotations:
        for index, sent in enumerate(ann.sentences):
            text = " ".join(ann.text[sent.start : sent.end].split())
            n_words = len(text.split())
            if MIN_WORDS <= n_words <= MAX_WORDS:
                out.append(_Sentence(ann.id, index, text, content_stems(text), sent.start, sent.end))
    return out


def _claim_of(sentence: _Sentence, claims: Sequence[Claim]) -> str | None:
    """The body claim (of the sentence's article) that overlaps the sentence most; None when none does."""
    best, most = None, 0
    for claim in claims:
        overlap = min(claim.end, sentence.end) - max(claim.start, sentence.start)
        if not claim.headline and overlap > most:
            best, most = claim.id, overlap
    return best


def _disputed_values(comparisons: Sequence[Comparison]) -> dict[str, dict[int, set[str]]]:
    """For each claim, the values it gives of each disputed figure (by the dispute's index)."""
    found: dict[str, dict[int, set[str]]] = {}
    for index, comp in enumerate(comparisons):
        if comp.kind not in ("disagreement", "evolving"):
            continue
        for value in comp.values:
            key = f"{value.low}|{value.high}|{value.unit}" if value.low is not None else value.value
            for figure in value.figures:
                found.setdefault(figure.claim_id, {}).setdefault(index, set()).add(key)
    return found


def _conflict(a: str | None, b: str | None, disputed: dict[str, dict[int, set[str]]]) -> bool:
    """Whether two claims give different values of one disputed figure (so one does not support the other)."""
    if a is None or b is None:
        return False
    mine, theirs = disputed.get(a, {}), disputed.get(b, {})
    return any(not (mine[i] & theirs[i]) for i in mine.keys() & theirs.keys())


def _dispute_line(comp: Comparison) -> str:
    """A dispute in one short line: the values and who gives each, or the explanation's opening clause."""
    if comp.values and comp.measure:
        outlets: dict[str, list[str]] = {}
        for value in comp.values:
            names = outlets.setdefault(value.value, [])
            if value.outlet not in names:
                names.append(value.outlet)
        if comp.kind == "evolving":
            steps = " → ".join(f"{value} ({', '.join(names)})" for value, names in outlets.items())
            return f"“{comp.measure}” changed as the story developed: {steps}."
        listed = "; ".join(f"{', '.join(names)}: {value}" for value, names in outlets.items())
        return f"The outlets differ on “{comp.measure}”: {listed}."
    text = comp.explanation
    head, sep, _ = text.partition(": “")
    line = head.rstrip(" .") + "." if sep and len(head.split()) >= 3 else text
    return line[:1].upper() + line[1:]


def _cosine(a: Counter[str], b: dict[str, float], b_norm: float | None = None) -> float:
    """Cosine of two word weightings; ``b_norm`` (the length of ``b``) when already known."""
    if not a or not b:
        return 0.0
    dot = sum(v * b.get(k, 0) for k, v in a.items())
    if b_norm is None:
        b_norm = math.sqrt(sum(v * v for v in b.values()))
    norm = math.sqrt(sum(v * v for v in a.values())) * b_norm
    return dot / norm if norm else 0.0


def _supporting(
    sentence: _Sentence,
    by_article: dict[str, list[_Sentence]],
    disputed: dict[str, dict[int, set[str]]],
) -> tuple[list[str], list[str]]:
    """The articles that say much the same as ``sentence`` (its own first) and the claims that say it: a
    sentence giving another value of a disputed figure says something else."""
    ids = {sentence.article_id}
    claim_ids = [sentence.claim_id] if sentence.claim_id else []
    stems = set(sentence.stems)
    for article_id, sentences in by_article.items():
        if article_id in ids:
            continue
        for other in sentences:
            if jaccard(stems, other.stems) >= SUPPORT and not _conflict(
                sentence.claim_id, other.claim_id, disputed
            ):
                ids.add(article_id)
                if other.claim_id:
                    claim_ids.append(other.claim_id)
                break
    return sorted(ids), claim_ids


def summarize(
    annotations: Sequence[Annotation],
    comparisons: Sequence[Comparison],
    claims: Sequence[Claim],
    max_sentences: int = 6,
    max_disputes: int = 3,
) -> list[SummarySentence]:
    """The story summary: central sentences, then the disputes, each citing its articles."""
    pool = _sentences(annotations)
    if not pool:
        return []
    claims_of: dict[str, list[Claim]] = {}
    for claim in claims:
        claims_of.setdefault(claim.article_id, []).append(claim)
    for sentence in pool:
        sentence.claim_id = _claim_of(sentence, claims_of.get(sentence.article_id, []))
    disputed = _disputed_values(comparisons)
    by_article: dict[str, list[_Sentence]] = {}
    for sentence in pool:
        by_article.setdefault(sentence.article_id, []).append(sentence)
    centroid: dict[str, float] = {}
    for sentences in by_article.values():
        counts = Counter(w for s in sentences for w in s.stems)
        total = sum(counts.values()) or 1
        for word, n in counts.items():
            centroid[word] = centroid.get(word, 0.0) + n / total
    centroid_norm = math.sqrt(sum(v * v for v in centroid.values()))
    scored = sorted(
        pool,
        key=lambda s: -(_cosine(Counter(s.stems), centroid, centroid_norm) + (0.08 if s.index < 3 else 0.0)),
    )
    picked: list[_Sentence] = []
    for sentence in scored:
        if len(picked) >= max_sentences:
            break
        if all(jaccard(sentence.stems, p.stems) < REDUNDANT for p in picked):
            picked.append(sentence)
    summary = []
    for sentence in picked:
        article_ids, claim_ids = _supporting(sentence, by_article, disputed)
        summary.append(SummarySentence(text=sentence.text, article_ids=article_ids, claim_ids=claim_ids))
    claim_by_id = {c.id: c for c in claims}
    # The story's own disputes, the most widely reported first; a background dispute (a toll of another year)
    # is no part of a summary of this story (the comparison keeps it, marked).
    disputes = sorted(
        (
            c
            for c in comparisons
            if c.kind in ("contradiction", "disagreement", "evolving") and not c.background
        ),
        key=lambda c: -len(set(c.article_ids)),
    )[:max_disputes]
    for comparison in disputes:
        summary.append(
            SummarySentence(
                text=_dispute_line(comparison),
                article_ids=list(comparison.article_ids),
                claim_ids=[cid for cid in comparison.claim_ids if cid in claim_by_id],
            )
        )
    return summary
