"""The CLI: outputs, exit codes (0 all, 1 some, 2 none) and one-line failure messages."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parallax.cli import app

runner = CliRunner()


def test_clean_seeds_writes_bodies_and_json(seed_paths: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["clean", *map(str, seed_paths), "-o", str(out), "--json", str(tmp_path / "a.json")]
    )
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(p.stem + ".txt" for p in seed_paths)
    records = json.loads((tmp_path / "a.json").read_text())
    assert [r["id"] for r in records] == [p.stem for p in seed_paths]
    assert set(records[0]) >= {
        "id",
        "source",
        "title",
        "dek",
        "byline",
        "outlet",
        "published",
        "text",
        "removed",
    }
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
        app,
        [
            "clean",
            str(seed_paths[0]),
            str(empty),
            str(binary),
            str(truncated),
            str(missing),
            "-o",
            str(tmp_path / "o"),
        ],
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


EXAMPLE = Path(__file__).resolve().parents[1] / "src" / "parallax" / "examples" / "harbour-bridge"


def _one_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("parallax: ") and "Traceback" not in stderr
    return lines[0]


@pytest.fixture
def no_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any stage running means the output check came too late."""
    from parallax.engine import Engine

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the work started before the output paths were checked")

    for name in ("clean_paths", "annotate_paths", "analyze_paths"):
        monkeypatch.setattr(Engine, name, refuse)


@pytest.mark.parametrize(
    ("command", "option", "target", "words"),
    [
        ("analyze", "--json", "{tmp}", "is a folder, not a file"),
        ("clean", "--json", "{tmp}", "is a folder, not a file"),
        ("clean", "-o", "{file}/out", "is a file, not a folder"),
        ("analyze", "--html", "{file}/report.html", "is a file, not a folder"),
        ("annotate", "--json", "{tmp}/no/such/folder/a.json", "does not exist"),
        ("analyze", "--markdown", "{tmp}/missing/r.md", "does not exist"),
    ],
)
def test_bad_output_paths_stop_before_any_work(
    no_work: None, tmp_path: Path, command: str, option: str, target: str, words: str
) -> None:
    regular = tmp_path / "README.md"
    regular.write_text("a file\n")
    path = target.format(tmp=tmp_path, file=regular)
    result = runner.invoke(app, [command, str(EXAMPLE), option, path])
    assert result.exit_code == 2
    line = _one_line(result.stderr)
    assert words in line and line.endswith("[E500]")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_failed_write_is_one_line_and_exit_2(seed_paths: list[Path]) -> None:
    result = runner.invoke(app, ["clean", str(seed_paths[0]), "--json", "/dev/full"])
    assert result.exit_code == 2
    line = _one_line(result.stderr)
    assert "/dev/full" in line and line.endswith("[E500]")


def test_version_usage_and_help() -> None:
    from parallax import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"parallax {__version__}"
    top = runner.invoke(app, ["--help"])
    assert "Examples:" in top.stdout and "Exit codes:" in top.stdout
    for command in ("clean", "annotate", "analyze"):
        text = runner.invoke(app, [command, "--help"], prog_name="parallax").stdout
        assert text.splitlines()[0] == f"Usage: parallax {command} [OPTIONS] PATH..."
        assert "<" not in text and "{paths}" not in text, text
        assert "Exit codes:" in text


@pytest.mark.parametrize("value", ["0", "-3"])
def test_processes_must_be_positive(no_work: None, value: str) -> None:
    result = runner.invoke(app, ["analyze", str(EXAMPLE), "-p", value])
    assert result.exit_code == 2
    assert "--processes" in result.stderr and "Traceback" not in result.output


def test_config_errors_carry_their_code(no_work: None, tmp_path: Path) -> None:
    cfg = tmp_path / "p.toml"
    cfg.write_text("no_such_setting = 1\n")
    result = runner.invoke(app, ["clean", str(EXAMPLE), "--config", str(cfg)])
    assert result.exit_code == 2
    assert _one_line(result.stderr).endswith("[E400]")
    result = runner.invoke(app, ["clean", str(EXAMPLE)], env={"PARALLAX_BATCH_SIZE": "many"})
    assert result.exit_code == 2 and _one_line(result.stderr).endswith("[E400]")


def test_unsupported_files_in_a_folder_are_named_once(seed_paths: list[Path], tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(seed_paths[0].read_text())
    for name in ("notes.pdf", "photo.jpg", "data.csv"):
        (folder / name).write_bytes(b"x")
    result = runner.invoke(app, ["clean", str(folder), "--json", str(tmp_path / "o.json")])
    assert result.exit_code == 0
    line = _one_line(result.stderr)
    assert "skipped 3 files of unsupported type" in line
    assert all(name in line for name in ("notes.pdf", "photo.jpg", "data.csv"))


def test_analyze_whose_only_input_fails_in_annotate_exits_2(tmp_path: Path) -> None:
    text = tmp_path / "long.txt"
    text.write_text(
        " ".join(["The council said the harbour ferry would run twice an hour from Monday."] * 60)
    )
    result = runner.invoke(app, ["analyze", str(text), "-q"], env={"PARALLAX_MAX_ANNOTATE_CHARS": "1000"})
    assert result.exit_code == 2
    line = _one_line(result.stderr)
    assert "[E301, annotate]" in line and "PARALLAX_MAX_ANNOTATE_CHARS" in line


@pytest.fixture(scope="module")
def example_report() -> tuple[str, str]:
    result = runner.invoke(app, ["analyze", str(EXAMPLE / "wire.jsonl")], env={"COLUMNS": "70"})
    assert result.exit_code == 0, result.stderr
    return result.stdout, result.stderr


def test_piped_report_is_tidy(example_report: tuple[str, str]) -> None:
    out, err = example_report
    assert out.splitlines()[0].startswith("Parallax: 3 articles, 1 story, 0 rejected")
    assert not [line for line in out.splitlines() if line != line.rstrip()]
    assert "" not in err.splitlines()


def test_wrapped_timeline_lines_stay_indented(example_report: tuple[str, str]) -> None:
    out, _ = example_report
    lines = out.splitlines()
    block = lines[lines.index("Timeline") + 1 :]
    assert block
    starts = [line for line in block if re.match(r"^  \d{4}-\d{2}-\d{2}  \S", line)]
    wrapped = [line for line in block if line and line not in starts]
    assert starts and wrapped, out
    assert all(line.startswith(" " * 14) and line[14] != " " for line in wrapped)


def test_plural_forms() -> None:
    from rich.console import Console

    from parallax.model import Report
    from parallax.render.terminal import render_terminal

    console = Console(file=io.StringIO(), width=80)
    render_terminal(Report(), console)
    assert "0 articles, 0 stories" in console.file.getvalue()  # type: ignore[attr-defined]
