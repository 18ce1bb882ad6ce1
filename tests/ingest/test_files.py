from __future__ import annotations

import json
from pathlib import Path

from parallax.ingest.files import read_inputs
from parallax.model import Document, Rejected


def _read(paths: list[Path], max_bytes: int = 20_000_000) -> tuple[list[Document], list[Rejected]]:
    docs: list[Document] = []
    rejected: list[Rejected] = []
    for item in read_inputs(paths, max_bytes):
        (docs if isinstance(item, Document) else rejected).append(item)  # type: ignore[arg-type]
    return docs, rejected


def test_bad_inputs_each_get_one_reason_and_the_rest_is_read(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("A headline\n\nThe mayor said on Monday that the bridge will reopen.\n")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02\xff" * 1000)
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:
        fh.write(b"word " * (50_000_000 // 5))
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Le café de la gare a rouvert, a déclaré le maire.".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    docs, rejected = _read([good, empty, binary, huge, latin, missing])
    assert [d.id for d in docs] == ["good", "latin"]
    assert "café" in (docs[1].text or "")
    reasons = {Path(r.source).name: (r.code, r.reason) for r in rejected}
    assert reasons["empty.txt"][0] == "E102"
    assert reasons["binary.txt"][0] == "E103"
    assert reasons["huge.txt"][0] == "E104" and "50.0 MB" in reasons["huge.txt"][1]
    assert reasons["missing.txt"] == ("E101", "no such file")
    assert all("\n" not in r.reason for r in rejected)


def test_directory_recursion_kinds_and_unique_ids(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "a" / "story.txt").write_text("Body text of one.")
    (tmp_path / "b" / "c" / "story.html").write_text("<html><body><p>Body two.</p></body></html>")
    (tmp_path / "b" / "notes.csv").write_text("x,y")
    docs, rejected = _read([tmp_path])
    assert [(d.id, d.kind) for d in docs] == [("story", "text"), ("story-2", "html")]
    assert rejected == []


def test_jsonl_records_and_malformed_lines(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "x1", "text": "Body one.", "title": "T1", "outlet": "The Courier", "published": "2020-01-02"}),
        "{not json",
        json.dumps({"id": "x2", "html": "<p>Body two</p>", "url": "https://example.org/2"}),
        json.dumps({"id": "x3", "title": "no body"}),
        "",
        json.dumps(["a", "list"]),
    ]
    path.write_text("\n".join(lines))
    docs, rejected = _read([path])
    assert [(d.id, d.kind, d.title, d.outlet) for d in docs] == [
        ("x1", "jsonl", "T1", "The Courier"),
        ("x2", "jsonl", None, None),
    ]
    assert docs[1].html == "<p>Body two</p>" and docs[1].text is None
    assert [(Path(r.source).name, r.code) for r in rejected] == [
        ("batch.jsonl:2", "E105"),
        ("batch.jsonl:4", "E102"),
        ("batch.jsonl:6", "E105"),
    ]
