from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from parallax.config import SETTINGS_HELP, Settings, load_settings
from parallax.errors import ConfigError


def test_every_setting_is_documented() -> None:
    assert {f.name for f in fields(Settings)} == set(SETTINGS_HELP)


def test_layers_file_then_env_then_overrides(tmp_path: Path) -> None:
    cfg = tmp_path / "p.toml"
    cfg.write_text('batch_size = 7\nprocesses = 3\nspacy_model = "from_file"\n')
    env = {"PARALLAX_PROCESSES": "5", "PARALLAX_SPACY_MODEL": "from_env"}
    s = load_settings(cfg, overrides={"spacy_model": "from_flag"}, environ=env)
    assert (s.batch_size, s.processes, s.spacy_model) == (7, 5, "from_flag")


def test_bad_values_raise_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        load_settings(environ={"PARALLAX_PROCESSES": "many"})
    cfg = tmp_path / "p.toml"
    cfg.write_text("no_such_setting = 1\n")
    with pytest.raises(ConfigError, match="unknown setting"):
        load_settings(cfg, environ={})


def test_missing_model_is_a_config_error() -> None:
    from parallax.annotation.nlp import load_nlp

    with pytest.raises(ConfigError, match="not installed"):
        load_nlp("no_such_spacy_model_package")
