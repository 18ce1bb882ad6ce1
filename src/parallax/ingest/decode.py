"""Bytes to text: byte-order marks, UTF-8, legacy encodings, binary detection, mojibake repair."""

from __future__ import annotations

import codecs
import re

from parallax.errors import BinaryInputError, EmptyInputError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Characters that a UTF-8 sequence turns into when it is wrongly read as cp1252/latin-1:
# a lead byte (Â..ô) followed by one or more continuation bytes (0x80..0xBF as cp1252 shows them).
_CONT = "\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][{_CONT}]{{1,3}}")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")

# Bytes looked at to choose an encoding.
_SAMPLE = 200_000
# Under this many ASCII letters the detector's statistics are weak evidence.
_WEAK_EVIDENCE_LETTERS = 2000
# At most this share of a Western text's letters is accented.
_MAX_ACCENTED = 0.25
_WESTERN = frozenset({"cp1252", "latin_1", "iso8859_15", "ascii", "utf_8"})
# A letter, a non-ASCII character that is not a letter, a letter: not a word of a Western language.
_HIGH_IN_WORD = re.compile(r"(?<=[^\W\d_])[^\x00-\x7f](?=[^\W\d_])")


# Control characters no article holds: C0 except tab, line feed, form feed, vertical tab; DEL; C1 except NEL.
# A stray NUL breaks HTML parsers and PostgreSQL; an escape sequence would reach the terminal.
_STRAY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")


def strip_controls(text: str) -> str:
    """``text`` without stray control characters (a few inside text that is otherwise text: a NUL in a JSON
    string, an escape sequence in a title); NEL (U+0085) becomes a line break, carriage returns line feeds."""
    if not _STRAY_CONTROLS.search(text) and "\x85" not in text and "\r" not in text:
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x85", "\n")
    return _STRAY_CONTROLS.sub("", text)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) of UTF-16 bytes written without a byte-order mark (Latin-script text in UTF-16 has a
    NUL as every other byte), else None. Only bytes that decode to readable characters count."""
    sample = data[: 65536 - 65536 % 2]
    if len(sample) < 8 or len(data) % 2:
        return None
    evens, odds = sample[0::2], sample[1::2]
    for zeros, others, name in ((odds, evens, "utf-16-le"), (evens, odds, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros) and others.count(0) <= 0.1 * len(others):
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                return None
            head = text[:32768]
            readable = sum(1 for c in head if c.isprintable() or c in "\n\r\t")
            return (text, name) if readable >= 0.98 * len(head) else None
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(sample) > 0.02


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 text that was decoded as cp1252/latin-1 ("â€™" -> "’", "Ã©" -> "é")."""

    def to_byte(char: str) -> bytes:
        # Browsers map the five bytes cp1252 leaves undefined to U+0081.. as latin-1 does.
        try:
            return char.encode("cp1252")
        except UnicodeEncodeError:
            return char.encode("latin-1")

    def fix(match: re.Match[str]) -> str:
        chunk = match.group(0)
        try:
            return b"".join(to_byte(c) for c in chunk).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return chunk

    if not _MOJIBAKE.search(text):
        return text
    return _MOJIBAKE.sub(fix, text)


def decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    """Decode an input file's bytes; return (text, encoding name).

    Raises EmptyInputError for empty or white-space-only input and BinaryInputError
    for bytes that are not text in any encoding.
    """
    encoding = ""
    text: str | None = None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data[len(bom) :].decode(name), name
            except UnicodeDecodeError as exc:
                raise BinaryInputError(
                    f"byte-order mark says {name} but the bytes are not ({exc.reason})", source
                ) from exc
            break
    if text is None:
        found = _utf16_without_bom(data)
        if found is not None:
            text, encoding = found
    if text is None:
        if _looks_binary(data):
            raise BinaryInputError("binary file, not text", source)
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _decode_legacy(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(text[:65536]) and len(_CONTROL.findall(text[:65536])) > 0.02 * min(len(text), 65536):
        raise BinaryInputError("binary content (control characters), not text", source)
    repaired = repair_mojibake(text)
    if repaired != text:
        encoding += "+mojibake-repaired"
    if not repaired.strip():
        raise EmptyInputError("empty file (nothing but white space)", source)
    return repaired, encoding


def _decode_legacy(data: bytes) -> tuple[str, str]:
    # Mostly-ASCII text with a few high bytes is, in news, nearly always cp1252/latin-1;
    # statistical detection is unreliable on so little evidence.
    sample = data[:_SAMPLE]
    high = sum(1 for b in sample if b >= 0x80)
    if high <= 0.05 * len(sample):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            return data.decode("latin-1"), "latin-1"
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(sample).best()
    except (ImportError, LookupError):  # pragma: no cover - charset_normalizer is a dependency
        best = None
    if best is None or not best.encoding:
        return _plausible_western(data) or data.decode("cp1252", errors="replace"), "cp1252"
    if best.encoding in _WESTERN:
        return data.decode(best.encoding, errors="replace"), best.encoding
    # On a short text the detector's letter statistics cannot tell French from Czech ("Grève à Paris" read
    # as "Grčve ŕ Paris"): the Western reading, by far the most common legacy encoding in news, is kept
    # when it reads as a Western language.
    if sum(1 for b in sample[:20_000] if 65 <= (b & 0xDF) <= 90) < _WEAK_EVIDENCE_LETTERS:
        western = _plausible_western(data)
        if western is not None:
            return western, "cp1252"
    return data.decode(best.encoding, errors="replace"), best.encoding


def _plausible_western(data: bytes) -> str | None:
    """The cp1252 reading of the bytes when it reads like a Western language (every byte defined, no
    symbol inside a word), else None."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    sample = text[:_SAMPLE]
    if any(not m.group().isalpha() for m in _HIGH_IN_WORD.finditer(sample)):
        return None
    letters = sum(1 for c in sample if c.isalpha())
    accented = sum(1 for c in sample if c >= "\x80" and c.isalpha())
    # Western languages mark a few letters; a text of mostly non-ASCII letters is another script.
    return text if accented <= _MAX_ACCENTED * max(letters, 1) else None
