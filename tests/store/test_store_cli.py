"""`parallax add`: adds to ./parallax.db, $PARALLAX_DB or --db; adding again changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from parallax.cli import app
from parallax.store.db import make_engine, resolve_url
from parallax.store.schema import ArticleRow, StoryRow

runner = CliRunner()


def _counts(url: str) -> tuple[int, int]:
    engine = make_engine(url)
    with Session(engine) as session:
        counts = (
            session.scalar(select(func.count()).select_from(ArticleRow)) or 0,
            session.scalar(select(func.count()).select_from(StoryRow)) or 0,
        )
    engine.dispose()
    return counts


def test_add_then_add_again(store_url: str, written_files: dict[str, Path]) -> None:
    ferry = [str(p) for name, p in written_files.items() if name.startswith("ferry")]
    result = runner.invoke(app, ["add", *ferry, "--db", store_url])
    assert result.exit_code == 0, result.output
    assert "added 3 articles" in result.output and "1 new" in result.output
    assert _counts(store_url) == (3, 1)
    result = runner.invoke(app, ["add", *ferry, "--db", store_url])
    assert result.exit_code == 0, result.output
    assert "added 0 articles" in result.output and "3 already stored" in result.output
    assert _counts(store_url) == (3, 1)


def test_default_file_and_environment(
    written_files: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PARALLAX_DB", raising=False)
    first = str(written_files["football-1"])
    assert runner.invoke(app, ["add", first]).exit_code == 0
    assert _counts(resolve_url(str(tmp_path / "parallax.db"))) == (1, 1)
    monkeypatch.setenv("PARALLAX_DB", str(tmp_path / "other.db"))
    assert runner.invoke(app, ["add", first]).exit_code == 0
    assert _counts(resolve_url(str(tmp_path / "other.db"))) == (1, 1)


def test_bad_inputs_and_a_bad_database(written_files: dict[str, Path], tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    result = runner.invoke(
        app, ["add", str(written_files["flood-1"]), str(tmp_path / "missing.txt"), "--db", url]
    )
    assert result.exit_code == 1
    assert "missing.txt" in result.output
    result = runner.invoke(
        app, ["add", str(written_files["flood-1"]), "--db", "postgresql://u:secret@127.0.0.1:1/x"]
    )
    assert result.exit_code == 2
    assert "secret" not in result.output and "127.0.0.1" in result.output


def test_resolve_url() -> None:
    assert resolve_url("postgresql://u@h/d") == "postgresql+psycopg://u@h/d"
    assert resolve_url("sqlite:///x.db") == "sqlite:///x.db"
    assert resolve_url(None, {"PARALLAX_DB": "/data/p.db"}) == "sqlite:////data/p.db"
    assert resolve_url(None, {}).endswith("/parallax.db")
