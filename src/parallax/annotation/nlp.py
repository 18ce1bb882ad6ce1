"""Loading the spaCy model: once per process, by the name in the settings."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from parallax.errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language


def load_nlp(model_name: str) -> Language:
    """Load an installed spaCy model package by name. Nothing is downloaded.

    Raises ConfigError when the package is not installed.
    """
    try:
        module = importlib.import_module(model_name)
    except ImportError as exc:
        raise ConfigError(
            f"spaCy model package {model_name!r} is not installed (pip install it; nothing is downloaded at run time)"
        ) from exc
    nlp: Language = module.load()
    return nlp
