"""Round 7 of hostile inputs: special files, folders that cannot be listed, control characters."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from parallax.ingest.files import read_inputs
from parallax.model import Document, Rejected

BODY = (
    "The council of Varnholt said on Tuesday that 42 families were moved after the river rose. "
    "Mayor Ilse Brandqvist told reporters the water reached 3.5 metres, the highest in a decade.\n"
) * 4


def _read(paths: list[Path], max_bytes: int = 20_000_000) -> tuple[list[Document], list[Rejected]]:
    docs: list[Document] = []
    rejected: list[Rejected] = []
    for item in read_inputs(paths, max_bytes):
        (docs if isinstance(item, Document) else rejected).append(item)  # type: ignore[arg-type]
    return docs, rejected


def _in_thread(paths: list[Path]) -> tuple[list[Document], list[Rejected]]:
    """Read in a thread and fail (instead of hanging the suite) when reading blocks."""
    box: list[tuple[list[Document], list[Rejected]]] = []
    thread = threading.Thread(target=lambda: box.append(_read(paths)), daemon=True)
    thread.start()
    thread.join(20)
    if not box:
        # Unblock the reader so that the thread ends: open the FIFO for writing once.
        for fifo in Path(paths[0]).rglob("*"):
            if fifo.is_fifo():
                with fifo.open("wb"):
                    pass
        pytest.fail("reading the folder blocked on a special file")
    return box[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_inside_a_folder_is_refused_not_waited_for(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY)
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "z.txt").write_text(BODY)
    docs, rejected = _in_thread([tmp_path])
    assert [d.id for d in docs] == ["a", "z"]
    assert [(r.source, r.code) for r in rejected] == [(str(tmp_path / "pipe.txt"), "E101")]
    assert "FIFO" in rejected[0].reason


def test_a_device_named_explicitly_is_read_up_to_the_limit(tmp_path: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    docs, rejected = _read([Path("/dev/zero")], max_bytes=10_000)
    assert docs == []
    assert [(r.source, r.code) for r in rejected] == [("/dev/zero", "E104")]


def test_a_folder_that_cannot_be_listed_is_named_and_the_rest_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(BODY)
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text(BODY)
    (tmp_path / "z.txt").write_text(BODY)
    real = os.scandir

    def scandir(path: object = ".") -> Iterator[os.DirEntry[str]]:
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[arg-type]

    # Run as root the permission bits would not stop the walk: refuse the listing itself.
    monkeypatch.setattr(os, "scandir", scandir)
    docs, rejected = _read([tmp_path])
    assert sorted(d.id for d in docs) == ["a", "z"]
    assert [(r.source, r.code) for r in rejected] == [(str(locked), "E101")]
    assert "Permission denied" in rejected[0].reason


def test_one_path_given_as_a_string_is_one_path_not_its_characters(tmp_path: Path) -> None:
    # Iterated character by character, "/tmp/..." would start with "/" and walk the whole file system.
    (tmp_path / "a.txt").write_text(BODY)
    docs, rejected = _read(str(tmp_path))  # type: ignore[arg-type]
    assert [d.id for d in docs] == ["a"] and rejected == []
    docs, rejected = _read(tmp_path / "a.txt")  # type: ignore[arg-type]
    assert [d.id for d in docs] == ["a"] and rejected == []


def test_the_library_functions_take_one_path_as_one_path(tmp_path: Path) -> None:
    import parallax
    from parallax.pipeline import read_documents

    (tmp_path / "a.txt").write_text(BODY)
    documents, rejected = read_documents(str(tmp_path))  # type: ignore[arg-type]
    assert [d.id for d in documents] == ["a"] and rejected == []
    run = parallax.clean(str(tmp_path / "a.txt"))  # type: ignore[arg-type]
    assert [a.id for a in run.articles] == ["a"] and run.rejected == []
    run = parallax.clean(documents[0])  # type: ignore[arg-type]
    assert [a.id for a in run.articles] == ["a"] and run.rejected == []


def test_jsonl_fields_of_the_wrong_type_are_named_not_turned_into_text(tmp_path: Path) -> None:
    import json

    records = [
        {"id": {"nested": [1, 2]}, "text": BODY},
        {"id": "ok-title", "text": BODY, "title": ["a", "list"]},
        {"id": "flag", "text": BODY, "outlet": True},
        {"id": 7, "text": BODY, "published": 20261124},
        {"id": "fine", "text": BODY, "title": "A title"},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records))
    docs, rejected = _read([source])
    assert [(d.id, d.title) for d in docs] == [("7", None), ("fine", "A title")]
    assert docs[0].published == "20261124"
    assert [(r.source, r.code) for r in rejected] == [
        (f"{source}:1", "E105"),
        (f"{source}:2", "E105"),
        (f"{source}:3", "E105"),
    ]
    assert (
        "'id'" in rejected[0].reason and "'title'" in rejected[1].reason and "'outlet'" in rejected[2].reason
    )
