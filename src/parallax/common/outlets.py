"""Outlet names as a reader should see them.

An outlet is named by the article's byline or metadata (``Article.outlet``, which the cleaner also fills
from the page's own furniture), else by the input's file name. A machine id ("sh_8b19453030820413",
"3f2a9c1e", "doc-000123") is never shown as an outlet.
"""

from __future__ import annotations

import re
from pathlib import PurePath

__all__ = ["GENERIC_FILE_WORDS", "has_name_word", "is_machine_id", "outlet_from_source", "reader_outlet"]

_HEX_RUN = re.compile(r"[0-9a-f]{8,}", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]{2,}")
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
# File names that say what the file is, not whose it is.
GENERIC_FILE_WORDS = frozenset(
    "article articles page pages story stories doc docs document text txt dump input file index news untitled "
    "sample example test copy draft new final output html htm json jsonl".split()
)


def has_name_word(stem: str) -> bool:
    """Whether a file name holds a word that can name an outlet: alphabetic, of at least three letters, not a
    word that says what the file is ("dump", "article") and not part of a machine id."""
    return any(
        len(t) >= 3 and t.casefold() not in GENERIC_FILE_WORDS and not is_machine_id(t)
        for t in _TOKEN.findall(stem)
    )


def is_machine_id(name: str) -> bool:
    """True for names made by a machine rather than a person: long hex runs, mostly digits, no words."""
    text = name.strip()
    if not text:
        return True
    if _HEX_RUN.search(text) and any(ch.isdigit() for ch in text):
        return True
    digits = sum(ch.isdigit() for ch in text)
    letters = sum(ch.isalpha() for ch in text)
    if digits >= 4 and digits >= letters:
        return True
    return not _WORD.search(text)


def outlet_from_source(source: str) -> str | None:
    """A readable outlet from an input's path ("pages/coastal-courier.txt" -> "coastal-courier"), if any."""
    if re.search(r":\d+$", source):
        return None  # a record of a JSON Lines file: the file names the collection, not the outlet
    stem = PurePath(source).stem
    if not stem or is_machine_id(stem) or not has_name_word(stem):
        return None
    return stem


def reader_outlet(outlet: str | None, source: str) -> str | None:
    """The outlet to show: the named one unless it is a machine id, else one read from the file name."""
    if outlet and outlet.strip() and not is_machine_id(outlet):
        return outlet.strip()
    return outlet_from_source(source)
