"""Round 7: text in UTF-16 written without a byte-order mark is text, not a binary file."""

from __future__ import annotations

import pytest

from parallax.errors import BinaryInputError
from parallax.ingest.decode import decode_bytes

TEXT = (
    "Flood in Varnholt\n\nThe council said on Tuesday that 42 families were moved after the river rose. "
    "Mayor Ilse Brandqvist told reporters the water reached 3.5 metres. Zürich sent 12 pumps.\n"
)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_decoded(encoding: str) -> None:
    text, used = decode_bytes(TEXT.encode(encoding), "f")
    assert text == TEXT and used == encoding


def test_bytes_with_nuls_that_are_not_utf16_text_stay_binary() -> None:
    data = bytes(range(256)) * 40  # every byte value, NULs included: no text in any encoding
    with pytest.raises(BinaryInputError):
        decode_bytes(data, "f")
    # One NUL byte every other byte, but the other bytes are not letters and spaces.
    with pytest.raises(BinaryInputError):
        decode_bytes(b"\x01\x00\x02\x00\x03\x00\x04\x00" * 500, "f")
