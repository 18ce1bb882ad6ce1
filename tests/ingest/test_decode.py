from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parallax.errors import BinaryInputError, EmptyInputError, ParallaxError
from parallax.ingest.decode import decode_bytes, repair_mojibake


def test_utf8_with_bom() -> None:
    text, enc = decode_bytes(codecs.BOM_UTF8 + "Café crème".encode(), "f")
    assert text == "Café crème" and enc == "utf-8"


def test_utf16_with_bom() -> None:
    text, enc = decode_bytes(codecs.BOM_UTF16_LE + "Zürich said".encode("utf-16-le"), "f")
    assert text == "Zürich said" and enc == "utf-16-le"


def test_latin1_bytes_decode() -> None:
    data = "The minister met the café owner in Besançon on Monday. Ça va.".encode("latin-1")
    text, enc = decode_bytes(data, "f")
    assert "café owner in Besançon" in text and "Ça va" in text
    assert enc in {"cp1252", "latin-1"}


def _as_browser_cp1252(data: bytes) -> str:
    # cp1252 as browsers read it: the five undefined bytes map to the same code points as latin-1.
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


def test_mojibake_repaired() -> None:
    broken = _as_browser_cp1252("It’s a “quote” in Besançon".encode())
    assert "â€" in broken
    assert repair_mojibake(broken) == "It’s a “quote” in Besançon"
    text, enc = decode_bytes(broken.encode("utf-8"), "f")
    assert text == "It’s a “quote” in Besançon" and enc.endswith("mojibake-repaired")


def test_empty_and_whitespace_are_rejected() -> None:
    with pytest.raises(EmptyInputError):
        decode_bytes(b"", "f")
    with pytest.raises(EmptyInputError):
        decode_bytes(b" \n\t\n", "f")


def test_binary_is_rejected() -> None:
    with pytest.raises(BinaryInputError):
        decode_bytes(bytes(range(256)) * 20, "f")
    with pytest.raises(BinaryInputError):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x01\x02" * 100, "f")


@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_raise_our_error(data: bytes) -> None:
    try:
        text, _ = decode_bytes(data, "f")
    except ParallaxError:
        return
    assert text.strip()
    assert "\r" not in text


@given(st.text(max_size=300))
def test_mojibake_repair_keeps_clean_text(text: str) -> None:
    # Clean text without any mojibake marker pattern comes back unchanged.
    if any(0xC2 <= ord(c) <= 0xF4 for c in text):
        return
    assert repair_mojibake(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Grève à Paris : la réforme coûterait cher aux élèves, disent les syndicats.",
        "Grève à Paris",
        "Die Brücke über den Fluss bleibt für Autos gesperrt, sagen die Behörden.",
        "Straße „Größe“ – 5 € für Äpfel, Öl und Übersee.",
        "El niño pidió más información sobre la reunión del lunes en Logroño.",
        "¿Dónde está el señor Muñoz? ¡Qué frío hace en León!",
    ],
)
def test_short_western_legacy_text_is_read_as_western(text: str) -> None:
    decoded, enc = decode_bytes(text.encode("cp1252"), "f")
    assert decoded == text and enc == "cp1252"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Rząd przyjął w środę projekt ustawy o podatku, który trafi teraz do parlamentu.", "cp1250"),
        ("Правительство одобрило новый закон о налогах в среду вечером.", "cp1251"),
        ("Η κυβέρνηση ενέκρινε το νέο νόμο για τους φόρους την Τετάρτη.", "cp1253"),
    ],
)
def test_text_that_cannot_be_western_keeps_the_detected_encoding(text: str, encoding: str) -> None:
    decoded, _ = decode_bytes(text.encode(encoding), "f")
    assert decoded == text
