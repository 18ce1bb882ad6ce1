"""Each stage's typed options, made from :class:`~parallax.config.Settings` in one place.

:func:`stage_options` is the only reader of the settings for the stages; the
:class:`~parallax.engine.Engine` keeps the result as ``engine.options``.
"""

from __future__ import annotations

from dataclasses import dataclass

from parallax.config import Settings

__all__ = [
    "AnnotateOptions",
    "CleanOptions",
    "IngestOptions",
    "StageOptions",
    "StoryOptions",
    "stage_options",
]


@dataclass(frozen=True)
class IngestOptions:
    max_input_bytes: int


@dataclass(frozen=True)
class CleanOptions:
    """The cleaner takes no settings today (copies and page furniture are found without a threshold)."""


@dataclass(frozen=True)
class AnnotateOptions:
    spacy_model: str
    max_chars: int
    batch_size: int
    processes: int


@dataclass(frozen=True)
class StoryOptions:
    quantity_tolerance: float
    story_threshold: float


@dataclass(frozen=True)
class StageOptions:
    ingest: IngestOptions
    clean: CleanOptions
    annotate: AnnotateOptions
    story: StoryOptions


def stage_options(settings: Settings) -> StageOptions:
    """Each stage's options from the settings: the one place where settings are read."""
    return StageOptions(
        ingest=IngestOptions(max_input_bytes=max(1, settings.max_input_bytes)),
        clean=CleanOptions(),
        annotate=AnnotateOptions(
            spacy_model=settings.spacy_model,
            max_chars=max(1000, settings.max_annotate_chars),
            batch_size=max(1, settings.batch_size),
            processes=max(1, settings.processes),
        ),
        story=StoryOptions(
            quantity_tolerance=settings.quantity_tolerance, story_threshold=settings.story_threshold
        ),
    )
