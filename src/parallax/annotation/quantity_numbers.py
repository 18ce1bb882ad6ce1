"""Numbers as news writes them: digits, words, scales, fractions and vague plurals ("dozens")."""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALE_WORDS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1e9, "trillion": 1e12}
SCALE_ABBREVIATIONS = {"k": 1_000, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12}
FRACTION_WORDS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25}
VAGUE_WORDS = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "millions": 2e6, "billions": 2e9}

_UNIT_ALT = "|".join(sorted(UNITS_WORDS, key=len, reverse=True))
_TENS_ALT = "|".join(TENS_WORDS)
_SCALE_ALT = "|".join(SCALE_WORDS)
WORD_NUMBER = rf"(?:(?:{_TENS_ALT})(?:[- ](?:{_UNIT_ALT}))?|{_UNIT_ALT}|dozen)"
DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_HALF_TAIL = r"(?:\s+and\s+(?:a|one)[- ](?:half|third|quarter)|\s*[½¼¾])"

# A number phrase: digits or number words, scale words, "and a half"; or "a/half a" + scale.
NUMBER_PATTERN = rf"""
(?:
    (?:{DIGITS}|{WORD_NUMBER}|(?:a|an|half\s+a)(?=\s+(?:{_SCALE_ALT}|dozen)\b))
    (?:\s+(?:and\s+)?(?:{_SCALE_ALT}|dozen|{WORD_NUMBER})\b)*
    (?:{_HALF_TAIL}(?:\s+(?:million|billion|trillion|thousand)\b)?)?
)
"""
VAGUE_PATTERN = r"""
(?:(?:several|many|a\s+few)\s+(?:dozen|hundred|thousand|million|billion)(?:\s+of)?(?!\w)
  |(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)
  |dozens|scores|hundreds|thousands|millions|billions)
"""
VAGUE_LOW = {"several": 3, "many": 3, "a few": 2}
_WS = re.compile(r"\s+")
_DIGITS_RE = re.compile(DIGITS)


@dataclass(frozen=True)
class ParsedNumber:
    """A number phrase read: its value, or only a lower bound for vague plurals."""

    value: float | None
    low: float | None
    vague: bool = False


def parse_number_phrase(phrase: str) -> float | None:
    """Value of a number phrase ("2,000", "seven and a half", "1.5 million", "a dozen"); None if unreadable."""
    for glyph, name in (("½", "half"), ("¼", "quarter"), ("¾", "half and a quarter")):
        phrase = phrase.replace(glyph, f" and a {name}")
    words = _WS.sub(" ", phrase.strip().lower()).replace("-", " ").split(" ")
    fraction = 0.0
    if words[:2] == ["half", "a"]:
        words = ["0.5", *words[2:]]
    total = 0.0
    current: float | None = None
    i = 0
    while i < len(words):
        word = words[i]
        i += 1
        if word == "and" and i + 1 < len(words) and words[i] in ("a", "one") and words[i + 1] in FRACTION_WORDS:
            current = (current or 0.0) + FRACTION_WORDS[words[i + 1]]
            i += 2
            continue
        if word in ("and", ""):
            continue
        if _DIGITS_RE.fullmatch(word):
            current = (current or 0.0) + float(word.replace(",", ""))
        elif word in UNITS_WORDS:
            current = (current or 0.0) + UNITS_WORDS[word]
        elif word in TENS_WORDS:
            current = (current or 0.0) + TENS_WORDS[word]
        elif word in ("a", "an"):
            current = 1.0
        elif word == "dozen":
            current = (current if current is not None else 1.0) * 12
        elif word in SCALE_WORDS:
            scale = SCALE_WORDS[word]
            base = current if current is not None else 1.0
            if scale == 100:
                current = base * 100
            else:
                total += base * scale
                current = None
        else:
            return None
    value = total + (current or 0.0)
    return value + fraction


def parse_vague(phrase: str) -> ParsedNumber:
    """Lower bound of a vague plural: "dozens" -> 24, "tens of thousands" -> 20,000, "several hundred" -> 300."""
    words = _WS.sub(" ", phrase.strip().lower()).split(" ")
    if words[0] in ("tens", "hundreds") and len(words) >= 3:
        head = 20 if words[0] == "tens" else 200
        return ParsedNumber(None, head * VAGUE_WORDS[words[2]] / 2, vague=True)
    if words[0] in ("several", "many") or words[:2] == ["a", "few"]:
        key = "a few" if words[0] == "a" else words[0]
        scale_word = words[2] if key == "a few" else words[1]
        scale = 12 if scale_word == "dozen" else SCALE_WORDS[scale_word]
        return ParsedNumber(None, VAGUE_LOW[key] * scale, vague=True)
    return ParsedNumber(None, float(VAGUE_WORDS[words[0]]), vague=True)


def looks_like_year(phrase: str) -> bool:
    """A bare four-digit number in the range of calendar years (1500-2199), written without a comma."""
    return len(phrase) == 4 and phrase.isdigit() and 1500 <= int(phrase) <= 2199


_AND_SPLIT = re.compile(r"\s+and\s+", re.I)


def trim_number_phrase(phrase: str) -> str:
    """Cut a matched phrase at an "and" that does not follow a scale word ("five and ten" -> "five").

    "two hundred and fifty" and "seven and a half" keep their "and".
    """
    parts = _AND_SPLIT.split(phrase)
    if len(parts) == 1:
        return phrase
    kept = parts[0]
    pos = len(parts[0])
    for part in parts[1:]:
        sep = _AND_SPLIT.match(phrase, pos)
        assert sep is not None
        last_word = kept.rsplit(None, 1)[-1].lower()
        first_word = part.split(None, 1)[0].lower() if part else ""
        if last_word in SCALE_WORDS or last_word == "dozen" or (first_word in ("a", "one") and re.match(
            r"(?:a|one)[- ](?:half|third|quarter)", part, re.I
        )):
            kept = phrase[: sep.end() + len(part)]
            pos = sep.end() + len(part)
        else:
            break
    return kept
