"""Every setting, command, option and error code is documented in docs/usage.md."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest

from parallax import errors
from parallax.cli import app
from parallax.config import SETTINGS_HELP, Settings

USAGE = (Path(__file__).resolve().parents[1] / "docs" / "usage.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", [f.name for f in fields(Settings)])
def test_setting_documented_with_default_and_help(name: str) -> None:
    default = getattr(Settings(), name)
    row = re.search(rf"^\| `{name}` \| `([^`]*)` \| (.*) \|$", USAGE, re.M)
    assert row, f"setting {name} missing from docs/usage.md"
    assert row.group(1) == str(default)
    assert row.group(2) == SETTINGS_HELP[name]


def test_commands_and_options_documented() -> None:
    import typer.main

    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        assert f"### `parallax {name} " in USAGE, name
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--") and opt != "--help":
                    assert opt in USAGE, f"{name} {opt} undocumented"


def test_error_codes_documented() -> None:
    codes = {
        cls.code
        for cls in vars(errors).values()
        if isinstance(cls, type) and issubclass(cls, errors.ParallaxError) and cls.code != "E000"
    }
    for code in codes:
        if code in {"E100"}:
            continue
        assert f"| {code} |" in USAGE, code


def test_schema_file_is_current() -> None:
    import json
    from pathlib import Path

    from parallax.schema import build_schema

    path = Path(__file__).resolve().parents[1] / "docs" / "schema.json"
    assert json.loads(path.read_text(encoding="utf-8")) == build_schema(), "run: python -m parallax.schema > docs/schema.json"
    assert {"Report", "Annotation", "Article", "Comparison", "Claim"} <= set(build_schema()["$defs"])


def test_library_functions_are_plain_functions_after_stage_imports() -> None:
    import types

    import parallax
    import parallax.annotation.pipeline
    import parallax.cleaning.text

    for name in ("clean", "annotate", "analyze"):
        assert isinstance(getattr(parallax, name), types.FunctionType), name
    assert type(parallax.annotation) is types.ModuleType and type(parallax.cleaning) is types.ModuleType
    from parallax.model import Article

    run = parallax.annotate([Article(id="a", source="a", text="The council met on Monday.", published="2024-03-06")])
    assert run.annotations[0].dates[0].value == "2024-03-04"
