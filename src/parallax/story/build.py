"""The corpus stages: group articles into stories, then for each story resolve its
entities, extract claims, compare them, and write the summary and timeline."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parallax.common.memory import release_memory
from parallax.config import Settings
from parallax.model import Annotation, Article, Claim, Entity, EntityMention, Story
from parallax.story.claims import SpanIndex, entity_names, extract_claims, headline_entity_ids
from parallax.story.compare import compare_claims
from parallax.story.summary import summarize
from parallax.story.text_features import content_stems
from parallax.story.timeline import build_timeline

if TYPE_CHECKING:
    from spacy.language import Language


def _claim_entities(
    claims: Sequence[Claim],
    annotations: dict[str, Annotation],
    mention_entity: dict[tuple[str, int, int], str],
    entities: Sequence[Entity] = (),
) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    indexes: dict[str, SpanIndex[EntityMention]] = {}
    by_name: dict[str, str] | None = None
    for claim in claims:
        ann = annotations[claim.article_id]
        if claim.headline:  # offsets into the headline: its entities are found by name
            if by_name is None:
                by_name = entity_names(entities)
            out[claim.id] = headline_entity_ids(ann, entities, by_name)
            continue
        if ann.id not in indexes:
            indexes[ann.id] = SpanIndex(ann.entities, lambda m: m.start, lambda m: m.end)
        ids = {
            mention_entity[(ann.id, m.start, m.end)]
            for m in indexes[ann.id].near(claim.start, claim.end)
            if m.start >= claim.start and m.end <= claim.end and (ann.id, m.start, m.end) in mention_entity
        }
        out[claim.id] = frozenset(ids)
    return out


def story_title(articles: Sequence[Article]) -> str:
    """The title closest to what all the titles share (the most typical headline)."""
    titles = [a.title for a in articles if a.title]
    if not titles:
        return articles[0].text.split("\n", 1)[0][:120] if articles else "Untitled story"
    if len(titles) == 1:
        return titles[0]
    shared = Counter(w for t in titles for w in set(content_stems(t)))
    return max(titles, key=lambda t: (sum(shared[w] - 1 for w in set(content_stems(t))), -len(t)))


def build_story(
    story_id: str,
    articles: Sequence[Article],
    annotations: Sequence[Annotation],
    duplicates: Sequence[Sequence[str]],
    settings: Settings,
    nlp: Language | None = None,
) -> Story:
    """One story from its articles and their annotations (same order, same ids). ``nlp`` parses the
    sentences that carry figures (see :mod:`parallax.story.compare.measures`)."""
    from parallax.annotation.entities import country_names
    from parallax.story.entities import resolve_entities

    resolution = resolve_entities(annotations, places=country_names())
    by_id = {a.id: a for a in annotations}
    claims: list[Claim] = []
    for annotation in annotations:
        claims.extend(extract_claims(annotation, resolution.entities, resolution.mention_entity))
    claim_entities = _claim_entities(claims, by_id, dict(resolution.mention_entity), resolution.entities)
    comparisons = compare_claims(
        claims,
        articles,
        resolution.entities,
        claim_entities,
        duplicates=duplicates,
        tolerance=settings.quantity_tolerance,
        nlp=nlp,
    )
    return Story(
        id=story_id,
        title=story_title(articles),
        article_ids=[a.id for a in articles],
        duplicates=[list(g) for g in duplicates],
        entities=resolution.entities,
        claims=claims,
        comparisons=comparisons,
        summary=summarize(annotations, comparisons, claims),
        timeline=build_timeline(claims),
    )


@dataclass(frozen=True)
class StoryJob:
    """One group of articles to analyse as a story (:func:`plan_stories`), for :func:`build_story`."""

    story_id: str
    articles: list[Article]
    annotations: list[Annotation]
    duplicates: list[list[str]]


def plan_stories(
    articles: Sequence[Article], annotations: Sequence[Annotation], settings: Settings
) -> list[StoryJob]:
    """Group annotated articles into stories (ids ``s1``, ``s2``, ...): each group is then analysed on its
    own, so the groups can be analysed in worker processes."""
    from parallax.story.grouping import group_stories

    by_id = {a.id: a for a in articles}
    ann_by_id = {a.id: a for a in annotations}
    usable = [a for a in articles if a.id in ann_by_id]
    groups = group_stories(usable, [ann_by_id[a.id] for a in usable], threshold=settings.story_threshold)
    return [
        StoryJob(
            f"s{number}",
            [by_id[i] for i in group.article_ids],
            [ann_by_id[i] for i in group.article_ids],
            [list(g) for g in group.duplicates],
        )
        for number, group in enumerate(groups, start=1)
    ]


def build_job(
    job: StoryJob, settings: Settings, nlp: Language | None = None, keep_failed: bool = False
) -> Story:
    """Analyse one grouped story. With ``keep_failed`` (what ``analyze`` asks), a story whose analysis fails
    does not stop the run: it is kept with its articles, no analysis, and ``failed`` saying why
    (:class:`parallax.errors.StoryError`, E800). Without it the failure raises (the store keeps such
    articles unplaced and places them on the next ``add``)."""
    if not keep_failed:
        return build_story(job.story_id, job.articles, job.annotations, job.duplicates, settings, nlp=nlp)
    try:
        return build_story(job.story_id, job.articles, job.annotations, job.duplicates, settings, nlp=nlp)
    except Exception as exc:  # any failure of one story's analysis is reported on the story
        from parallax.errors import StoryError

        detail = str(exc).splitlines()[0][:200] if str(exc) else ""
        titles = [a.title for a in job.articles if a.title]
        return Story(
            id=job.story_id,
            title=titles[0] if titles else job.story_id,
            article_ids=[a.id for a in job.articles],
            duplicates=[list(group) for group in job.duplicates],
            failed=f"analysis failed: {type(exc).__name__}{': ' + detail if detail else ''} [{StoryError.code}]",
        )


def build_stories(
    articles: Sequence[Article],
    annotations: Sequence[Annotation],
    settings: Settings,
    progress: Callable[[int], None] | None = None,
    nlp: Language | None = None,
) -> list[Story]:
    """Group annotated articles into stories and analyse each story (``nlp``: see :func:`build_story`)."""
    stories: list[Story] = []
    for job in plan_stories(articles, annotations, settings):
        stories.append(build_job(job, settings, nlp))
        release_memory()  # what the story's parses and comparisons freed
        if progress is not None:
            progress(1)
    return stories
