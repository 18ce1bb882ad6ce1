"""Round 7 of hostile inputs through the CLI: ids that are not file names, markup, control characters."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from parallax.cli import app

runner = CliRunner()

BODY = (
    "The council of Varnholt said on Tuesday that 42 families were moved after the river rose. "
    "Mayor Ilse Brandqvist told reporters the water reached 3.5 metres, the highest in a decade.\n"
) * 4


def _jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def test_clean_out_writes_every_article_whatever_its_id(tmp_path: Path) -> None:
    ids = ["x" * 400, "a/b", "a_b", "...", "....", "../../escaped", "nul\u0000id"]
    source = _jsonl(
        tmp_path / "in.jsonl", [{"id": i, "text": BODY + f"Record {n}."} for n, i in enumerate(ids)]
    )
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    written = sorted(out.iterdir())
    assert len(written) == len(ids)  # no file overwrites another, none is refused for its name
    assert all(len(p.name.encode()) <= 255 and p.parent == out for p in written)
    endings = {p.read_text().split()[-2:][-1] for p in written}
    assert sorted(endings) == sorted(f"{n}." for n in range(len(ids)))  # each article's own body
    assert not (tmp_path / "escaped.txt").exists()


def test_ids_and_titles_with_markup_are_printed_as_text(tmp_path: Path) -> None:
    source = _jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "[/bold] [red]x", "text": BODY, "title": "[bold]loud[/bold] [/]"},
            {"id": "plain", "text": BODY, "title": "Quiet"},
        ],
    )
    result = runner.invoke(app, ["clean", str(source)])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert "[/bold] [red]x: [bold]loud[/bold] [/]" in result.output
    assert "plain: Quiet" in result.output


def test_control_characters_never_reach_the_terminal_or_the_records(tmp_path: Path) -> None:
    source = _jsonl(
        tmp_path / "in.jsonl",
        [
            {
                "id": "esc",
                "text": BODY.replace("river", "ri\u0000v\u001b[2Jer\u009b"),
                "title": "Flood \u001b[31mwarning\u001b[0m\u0007",
                "byline": "By Ana\u0000 Pell",
                "outlet": "Daily\u0008 Flag",
            }
        ],
    )
    result = runner.invoke(app, ["clean", str(source), "--json", "-"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)[0]
    for field in ("title", "byline", "outlet", "text"):
        value = record[field]
        assert not any((ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F for c in value), (
            field,
            value,
        )
    assert record["title"] == "Flood [31mwarning[0m"
    assert "river" in record["text"].replace("[2J", "")


def test_a_failure_line_stays_one_line_whatever_the_file_name(tmp_path: Path) -> None:
    bad = tmp_path / "two\nlines\u001b[2J.txt"
    bad.write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text(BODY)
    result = runner.invoke(app, ["clean", str(bad), str(good), "--json", str(tmp_path / "o.json")])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "E102" in lines[0] and "\u001b" not in lines[0], lines


def test_a_config_file_that_is_not_text_is_one_line(tmp_path: Path) -> None:
    config = tmp_path / "settings.toml"
    config.write_bytes(b"\x91\xff\x00binary")
    page = tmp_path / "a.txt"
    page.write_text(BODY)
    result = runner.invoke(app, ["clean", str(page), "--config", str(config)])
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "E400" in lines[0] and str(config) in lines[0], lines


def test_a_negative_number_setting_is_refused_with_one_line(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text(BODY)
    for name, value in (("MAX_INPUT_BYTES", "-1"), ("PROCESSES", "-3"), ("QUANTITY_TOLERANCE", "-0.5")):
        result = runner.invoke(app, ["clean", str(page)], env={f"PARALLAX_{name}": value})
        assert result.exit_code == 2, (name, result.output)
        assert "E400" in result.stderr and name.lower() in result.stderr
