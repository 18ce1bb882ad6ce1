"""Shared fixtures. The seed articles and benchmarks live in ../shared beside the repository."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]


def shared_path() -> Path:
    return Path(os.environ.get("PARALLAX_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    path = shared_path()
    assert path.is_dir(), f"shared data not found at {path} (set PARALLAX_SHARED)"
    return path


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    return shared_dir / "seeds"


@pytest.fixture(scope="session")
def seed_paths(seeds_dir: Path) -> list[Path]:
    paths = sorted(seeds_dir.glob("*.txt"))
    assert len(paths) == 5
    return paths


def load_benchmark(name: str) -> ModuleType:
    """Import benchmarks/NAME.py (the scripts are not a package) so a test can rerun it against its floors."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}", REPO / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from parallax.annotation.nlp import load_nlp
    from parallax.config import Settings

    return load_nlp(Settings().spacy_model)


@pytest.fixture(scope="session")
def annotator():  # type: ignore[no-untyped-def]
    """The annotate stage's resources (spaCy and the annotators' tables), loaded once for the whole run."""
    from parallax.annotation.pipeline import load_annotator

    return load_annotator()
