"""The CLI: outputs, exit codes (0 all, 1 some, 2 none) and one-line failure messages."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from parallax.cli import app

runner = CliRunner()


def test_clean_seeds_writes_bodies_and_json(seed_paths: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", *map(str, seed_paths), "-o", str(out), "--json", str(tmp_path / "a.json")])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(p.stem + ".txt" for p in seed_paths)
    records = json.loads((tmp_path / "a.json").read_text())
    assert [r["id"] for r in records] == [p.stem for p in seed_paths]
    assert set(records[0]) >= {"id", "source", "title", "dek", "byline", "outlet", "published", "text", "removed"}
    body = (out / f"{seed_paths[0].stem}.txt").read_text()
    assert "\n\n\n" not in body and body == records[0]["text"] + "\n"
    assert records[0]["title"] not in body


def test_some_bad_inputs_exit_1_with_one_line_each(seed_paths: list[Path], tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\xff" * 500)
    truncated = tmp_path / "cut.html"
    truncated.write_text("<html><head><title>x</title></head><body><p>Only a few words her")
    missing = tmp_path / "nope.txt"
    result = runner.invoke(
        app, ["clean", str(seed_paths[0]), str(empty), str(binary), str(truncated), str(missing), "-o", str(tmp_path / "o")]
    )
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 4
    for name in ("empty.txt", "blob.txt", "cut.html", "nope.txt"):
        assert sum(name in line for line in lines) == 1
    assert (tmp_path / "o" / f"{seed_paths[0].stem}.txt").exists()


def test_nothing_usable_exits_2(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   ")
    result = runner.invoke(app, ["clean", str(empty)])
    assert result.exit_code == 2
    assert "empty.txt" in result.stderr and "Traceback" not in result.output
