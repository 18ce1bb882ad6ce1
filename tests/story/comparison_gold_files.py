"""What the well-formedness tests of the written comparison golds share: where the gold lives, the stories
of ../shared it is written from, and the build script that turns a written gold into its JSONL file."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

from conftest import shared_path

REPO = Path(__file__).resolve().parents[2]
GOLD_DIR = REPO / "benchmarks" / "data" / "comparison_gold"


def read_stories() -> dict[str, dict[str, Any]]:
    """The records of ../shared's stories.jsonl by id (fails loudly when ../shared is missing)."""
    path = shared_path() / "bench" / "devsets" / "stories.jsonl"
    assert path.exists(), f"shared data not found at {shared_path()} (set PARALLAX_SHARED)"
    with path.open(encoding="utf-8") as f:
        return {r["id"]: r for r in map(json.loads, f) if r}


def build_module() -> ModuleType:
    """benchmarks/data/comparison_gold/build.py, loaded as a module."""
    spec = importlib.util.spec_from_file_location("comparison_gold_build", GOLD_DIR / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_story_gold() -> Any:
    """../shared's stories.gold.json: which event each article of stories.jsonl belongs to."""
    return json.loads((shared_path() / "bench" / "devsets" / "stories.gold.json").read_text(encoding="utf-8"))
