"""An extractive, non-redundant, cited summary of a story, disputes included.

Sentences are scored by how central they are to the story (cosine to the
story's word centroid, each article weighted alike) with a small bonus for
lead sentences. Picked greedily, skipping any too close to one already picked.
The first claim of each dispute (contradiction, disagreement) is added so the
summary shows where the sources part. Each sentence cites every article that
has a sentence saying much the same.
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


def _sentences(annotations: Sequence[Annotation]) -> list[_Sentence]:
    out: list[_Sentence] = []
    for ann in annotations:
        for index, sent in enumerate(ann.sentences):
            text = " ".join(ann.text[sent.start : sent.end].split())
            n_words = len(text.split())
            if MIN_WORDS <= n_words <= MAX_WORDS:
                out.append(_Sentence(ann.id, index, text, content_stems(text)))
    return out


def _cosine(a: Counter[str], b: dict[str, float], b_norm: float | None = None) -> float:
    """Cosine of two word weightings; ``b_norm`` (the length of ``b``) when already known."""
    if not a or not b:
        return 0.0
    dot = sum(v * b.get(k, 0) for k, v in a.items())
    if b_norm is None:
        b_norm = math.sqrt(sum(v * v for v in b.values()))
    norm = math.sqrt(sum(v * v for v in a.values())) * b_norm
    return dot / norm if norm else 0.0


def _supporting(sentence: _Sentence, pool: Sequence[_Sentence], by_article: dict[str, list[_Sentence]]) -> list[str]:
    ids = {sentence.article_id}
    stems = set(sentence.stems)
    for article_id, sentences in by_article.items():
        if article_id in ids:
            continue
        if any(jaccard(stems, other.stems) >= SUPPORT for other in sentences):
            ids.add(article_id)
    return sorted(ids)


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
    summary = [
        SummarySentence(text=s.text, article_ids=_supporting(s, pool, by_article)) for s in picked
    ]
    claim_by_id = {c.id: c for c in claims}
    disputes = [c for c in comparisons if c.kind in ("contradiction", "disagreement", "evolving")][:max_disputes]
    for comparison in disputes:
        summary.append(
            SummarySentence(
                text=comparison.explanation,
                article_ids=list(comparison.article_ids),
                claim_ids=[cid for cid in comparison.claim_ids if cid in claim_by_id],
            )
        )
    return summary
