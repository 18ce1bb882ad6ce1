"""Parallax: show every side of a news story.

Library first: every command of the ``parallax`` CLI is one of these functions.

>>> import parallax
>>> report = parallax.analyze(["articles/"])          # doctest: +SKIP
>>> [c.kind for c in report.stories[0].comparisons]    # doctest: +SKIP

The functions share a default engine that loads the models on first use;
``parallax.load(settings)`` makes an :class:`Engine` of your own.
Importing the package loads no model and reads no file.
"""

from __future__ import annotations

from parallax.config import Settings, load_settings
from parallax.engine import Engine, load
from parallax.errors import ParallaxError
from parallax.model import (
    Annotation,
    Article,
    Claim,
    Comparison,
    Document,
    Entity,
    Rejected,
    Report,
    Story,
)
from parallax.pipeline import AnnotateRun, CleanRun, analyze, annotate, clean, read_documents

__version__ = "0.1.0"

__all__ = [
    "AnnotateRun",
    "Annotation",
    "Article",
    "Claim",
    "CleanRun",
    "Comparison",
    "Document",
    "Engine",
    "Entity",
    "ParallaxError",
    "Rejected",
    "Report",
    "Settings",
    "Story",
    "__version__",
    "analyze",
    "annotate",
    "clean",
    "load",
    "load_settings",
    "read_documents",
]
