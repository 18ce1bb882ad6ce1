"""One story whose analysis fails does not stop the run: it is kept with its articles and a reason (E800)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import parallax.story.build as build
from parallax.cli import app
from parallax.model import Report

EXAMPLE = Path(__file__).resolve().parents[2] / "src" / "parallax" / "examples" / "harbour-bridge"


def _boom(*args: object, **kwargs: object) -> object:
    raise ValueError("an invented failure\nsecond line")


def test_a_failing_story_is_kept_with_its_reason_and_the_run_goes_on(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(build, "compare_claims", _boom)
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["analyze", str(EXAMPLE), "--json", str(out), "--quiet"])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    report = Report.model_validate_json(out.read_text(encoding="utf-8"))
    assert report.stories, "the story is kept"
    story = report.stories[0]
    assert story.failed == "analysis failed: ValueError: an invented failure [E800]"
    assert sorted(story.article_ids) == sorted(a.id for a in report.articles)
    assert story.comparisons == [] and story.claims == []
    lines = [line for line in result.output.splitlines() if "E800" in line]
    assert len(lines) == 1 and lines[0].startswith("parallax: story 1 (")


def test_a_story_that_works_has_no_failure(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["analyze", str(EXAMPLE), "--json", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    stories = json.loads(out.read_text(encoding="utf-8"))["stories"]
    assert stories and all(s["failed"] is None for s in stories)


def test_every_view_says_a_story_was_not_analysed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(build, "compare_claims", _boom)
    md, html = tmp_path / "r.md", tmp_path / "r.html"
    result = CliRunner().invoke(app, ["analyze", str(EXAMPLE), "--markdown", str(md), "--html", str(html)])
    assert result.exit_code == 1
    assert "Not analysed: analysis failed: ValueError: an invented failure [E800]" in result.output
    assert r"**Not analysed:** analysis failed: ValueError: an invented failure \[E800\]" in md.read_text()
    assert "<strong>Not analysed:</strong> analysis failed: ValueError: an invented failure [E800]" in (
        html.read_text()
    )
