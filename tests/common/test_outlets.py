"""Outlet names for readers: machine ids are never outlets."""

from __future__ import annotations

import pytest

from parallax.common.outlets import is_machine_id, outlet_from_source, reader_outlet


@pytest.mark.parametrize("name", ["sh_8b19453030820413", "3f2a9c1e77", "doc-000123", "20240501", "___", ""])
def test_machine_ids(name: str) -> None:
    assert is_machine_id(name)


@pytest.mark.parametrize(
    "name", ["The Coastal Courier", "BBC", "Radio 4", "coastal-courier", "Le Monde", "NPR", "AP"]
)
def test_names_made_by_people(name: str) -> None:
    assert not is_machine_id(name)


def test_reader_outlet_falls_back_to_the_file_name_but_not_to_ids_or_jsonl_files() -> None:
    assert reader_outlet(None, "pages/harbour-post.txt") == "harbour-post"
    assert reader_outlet("sh_0a1b2c3d4e5f6071", "pages/sh_0a1b2c3d4e5f6071.txt") is None
    assert reader_outlet("Valley Courier", "x.txt") == "Valley Courier"
    assert outlet_from_source("feeds/wire.jsonl:3") is None
