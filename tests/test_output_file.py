"""Output files are written whole or not at all: a run that fails or is interrupted while it writes
leaves no half-written file, and an existing file as it was."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parallax.cli import app
from parallax.common.output_file import replacing_file
from parallax.engine import Engine
from parallax.model import Annotation

runner = CliRunner()
OLD = b"the report of an earlier run\n"


def _pieces_then(error: BaseException) -> Iterator[bytes]:
    yield b'{"stories": [\n'
    yield b'  {"id": "story-1"},\n'
    raise error


def _write(path: Path, pieces: Iterator[bytes]) -> None:
    with replacing_file(path) as handle:
        for piece in pieces:
            handle.write(piece)


def _leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


@pytest.mark.parametrize("error", [KeyboardInterrupt(), RuntimeError("a story failed to render")])
def test_a_failure_while_writing_keeps_the_old_file_and_leaves_nothing(
    tmp_path: Path, error: BaseException
) -> None:
    existing = tmp_path / "report.json"
    existing.write_bytes(OLD)
    with pytest.raises(type(error)):
        _write(existing, _pieces_then(error))
    assert existing.read_bytes() == OLD
    missing = tmp_path / "new.json"
    with pytest.raises(type(error)):
        _write(missing, _pieces_then(error))
    assert not missing.exists()
    assert _leftovers(tmp_path, {"report.json"}) == []


def test_a_finished_write_replaces_the_file_with_its_permissions(tmp_path: Path) -> None:
    existing = tmp_path / "report.json"
    existing.write_bytes(OLD)
    existing.chmod(0o640)
    _write(existing, iter([b"new ", b"report\n"]))
    assert existing.read_bytes() == b"new report\n"
    assert stat.S_IMODE(existing.stat().st_mode) == 0o640
    fresh = tmp_path / "fresh.json"
    umask = os.umask(0o022)
    os.umask(umask)
    _write(fresh, iter([b"{}\n"]))
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask
    assert _leftovers(tmp_path, {"report.json", "fresh.json"}) == []


def test_a_link_is_followed_and_kept(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_bytes(OLD)
    link = tmp_path / "link.md"
    link.symlink_to(real)
    _write(link, iter([b"# Report\n"]))
    assert link.is_symlink() and real.read_bytes() == b"# Report\n"


def test_a_device_is_written_directly() -> None:
    _write(Path(os.devnull), iter([b"anything\n"]))


def _annotation(n: int) -> Annotation:
    return Annotation(id=f"a{n}", source=f"a{n}.txt", text="Crews walked out on Monday.")


def test_annotate_interrupted_half_way_leaves_no_json_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(self: Engine, *args: object, **kwargs: object) -> Iterator[Annotation]:
        yield _annotation(1)
        yield _annotation(2)
        yield _annotation(3)
        raise KeyboardInterrupt

    monkeypatch.setattr(Engine, "iter_annotate_paths", interrupted)
    source = tmp_path / "in.txt"
    source.write_text("Crews walked out on Monday.\n")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["annotate", str(source), "--json", str(out)])
    assert result.exit_code != 0
    assert not out.exists()
    out.write_bytes(OLD)
    result = runner.invoke(app, ["annotate", str(source), "--json", str(out)])
    assert result.exit_code != 0
    assert out.read_bytes() == OLD
    assert _leftovers(tmp_path, {"in.txt", "out.jsonl"}) == []


def test_analyze_failing_while_it_writes_its_json_report_keeps_the_old_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Broken:
        def __init__(self) -> None:
            self.articles: list[object] = []
            self.rejected: list[object] = []
            self.stories: list[object] = []

        def json_pieces(self) -> Iterator[bytes]:
            return _pieces_then(RuntimeError("story 2 could not be read back"))

    @contextmanager
    def streamed(self: Engine, *args: object, **kwargs: object) -> Iterator[Broken]:
        yield Broken()

    monkeypatch.setattr(Engine, "analyze_paths_streamed", streamed)
    source = tmp_path / "in.txt"
    source.write_text("Crews walked out on Monday.\n")
    out = tmp_path / "report.json"
    out.write_bytes(OLD)
    result = runner.invoke(app, ["analyze", str(source), "--json", str(out), "--quiet"])
    assert result.exit_code != 0 and isinstance(result.exception, RuntimeError)
    assert out.read_bytes() == OLD
    assert _leftovers(tmp_path, {"in.txt", "report.json"}) == []
