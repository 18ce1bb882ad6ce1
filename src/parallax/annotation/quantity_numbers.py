"""Numbers as news writes them: digits, words, scales, fractions, powers and vague plurals ("dozens").

The grammar is regular expressions (:data:`NUMBER_PATTERN`, matched with ``re.I | re.X``) and a small
word parser (:func:`parse_number_phrase`). It reads:

* digits with thousands separators (``1,234``, ``1 234``, Indian ``12,34,567``), decimals, powers
  (``1.3e6``, ``6.23x10^-4``, ``1.1^23``), digit fractions (``3/4``), mixed numbers (``2 3/4``) and
  Unicode fractions (``¾``, ``2½``);
* number words (``fifty-two``, ``three hundred and one``, ``five point five``, ``nought``), scale words
  including ``lakh`` and ``crore``, ``dozen``;
* word fractions with an ordinal denominator (``three fifths``, ``a twenty-first``, ``one over three``)
  and mixed ones (``twenty and three fifths``, ``two million and a half`` = 2,500,000).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS_WORDS = {
    "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALE_WORDS = {"hundred": 100, "thousand": 1_000, "lakh": 100_000, "million": 1_000_000, "crore": 10_000_000,
               "billion": 1e9, "trillion": 1e12}  # fmt: skip
SCALE_ABBREVIATIONS = {"t": 1e12, "k": 1_000, "m": 1e6, "mm": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "bn": 1e9, "b": 1e9,
                       "bln": 1e9, "g": 1e9, "tn": 1e12, "trn": 1e12, "tln": 1e12, "thousand": 1e3,
                       "million": 1e6, "billion": 1e9, "trillion": 1e12}  # fmt: skip
FRACTION_WORDS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25}
VAGUE_WORDS = {
    "dozens": 24,
    "scores": 40,
    "hundreds": 200,
    "thousands": 2_000,
    "millions": 2e6,
    "billions": 2e9,
}
# Ordinal words that name a denominator ("three fifths"): value of one part's denominator.
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 1_000, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12,
    "half": 2, "halve": 2, "quarter": 4,
}  # fmt: skip
_SCALE_ORDINALS = frozenset(["hundredth", "thousandth", "millionth", "billionth", "trillionth"])
UNICODE_FRACTIONS = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5, "⅘": 4 / 5,
    "⅙": 1 / 6, "⅚": 5 / 6, "⅐": 1 / 7, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8, "⅑": 1 / 9, "⅒": 1 / 10,
}  # fmt: skip

_UNIT_ALT = "|".join(sorted(UNITS_WORDS, key=len, reverse=True))
_TENS_ALT = "|".join(TENS_WORDS)
_SCALE_ALT = "|".join(SCALE_WORDS)
_ORD_ALT = "|".join(sorted((w for w in ORDINAL_WORDS if w not in ("first", "second", "halve")), key=len,
                           reverse=True)) + "|halves"  # fmt: skip
_COMPOUND_ORD = rf"(?:(?:{_TENS_ALT})[ -]+(?:first|second|{_ORD_ALT})|{_ORD_ALT})"
_GLYPHS = "".join(UNICODE_FRACTIONS)
WORD_NUMBER = rf"(?:(?:{_TENS_ALT})(?:[ ]*-[ ]*|[ ])(?:{_UNIT_ALT})(?![a-z])|(?:{_TENS_ALT}|{_UNIT_ALT})(?![a-z])|dozen)"
_POINT = rf"(?:[ ]point(?:[ ](?:{_UNIT_ALT}|oh))+)"
# European grouping: dots between thousands (two groups at least, or one before a decimal comma)
_EUROPEAN = r"\d{1,3}(?:\.\d{3}){2,}(?:,\d{1,2})?(?![\d.,]?\d)|\d{1,3}(?:\.\d{3})+,\d{1,2}(?![\d.,]?\d)"
DIGITS = (
    rf"(?:{_EUROPEAN}|"
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:[\u202f\u00a0]\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:[ ]\d{3})+(?![\d\w]|[.,]\d)|\d+(?:\.\d+)?|\.\d+)"
)
_POWER = (
    r"(?:e[+-]?\d+(?![\w])|[ ]?[x×][ ]?(?:10[−-]|\d{1,3}\^[+−-]?)\d+|\^[+−-]*\d+"
    r"|[ ]to[ ]the[ ](?:power[ ]of[ ][−-]?\d{1,3}|[−-]?\d{1,3}(?:st|nd|rd|th)[ ]power)(?![\w]))"  # written out
)
_DIGIT_FRACTION = r"(?:\d{1,3}/\d{1,3}(?![\d/]))"
_MIXED = rf"(?:\d{{1,3}}[ ]\d{{1,2}}/\d{{1,2}}(?![\d/])|\d+[ ]?[{_GLYPHS}]|[{_GLYPHS}])"
_FRACTION_TAIL = rf"(?:[ -]+{_COMPOUND_ORD}s?(?![a-z]))"
_AND_FRACTION = rf"(?:[ ]+and[ ]+(?:a|an|one|{WORD_NUMBER})[ -]+{_COMPOUND_ORD}s?(?![a-z]))"
_OVER = rf"(?:[ ]+(?:over|divided[ ]by)[ ]+(?:{DIGITS}|{WORD_NUMBER})(?:[ ]+(?:and[ ]+)?(?:{_SCALE_ALT}|{WORD_NUMBER})(?![a-z]))*)"
_NOT_DENOMINATOR = rf"(?!(?:{_TENS_ALT})[ -]+(?:first|second|{_ORD_ALT})s?(?![a-z]))"
_DOZEN = r"(?:dozens?|doz|dozs|dzs?)"
_AFTER_SCALE = r"(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion)|(?<=trillion)|(?<=lakh)|(?<=crore))"
_HALF_TAIL = r"(?:(?:\s+|-)and(?:\s+|-)(?:a|one)[- ](?:half|third|quarter))"  # "seven and a half", "five-and-a-half"

# A number phrase: digits or number words, scale words, fractions; or "a/half a" + scale.
NUMBER_PATTERN = rf"""
(?:
    {_MIXED}
  | {_DIGIT_FRACTION}(?:[ ]+(?:thousand|million|billion|trillion)\b)?
  | (?:quarter|(?:two|three)[ ]quarters(?=[ ]of[ ]a[ ]))(?=[ ]+(?:of[ ]a[ ]+)?(?:million|billion|trillion|thousand)\b)
      (?:[ ]+(?:of[ ]a[ ]+)?(?:million|billion|trillion|thousand))
  | (?:
      (?:{DIGITS}{_POWER}?|{WORD_NUMBER}{_POINT}?|(?:a\s+)?half\s?-\s?(?:dozen|thousand|million|billion|trillion)(?![a-z])|(?:a|an|half\s+a)(?=\s+(?:{_SCALE_ALT}|dozen|{_COMPOUND_ORD})\b)|hundred(?=\s+(?:thousand|million|billion|trillion)\b)|half\s+a(?=\s+(?:percent|per\s+cent|percentage)\b))
      (?:\s+(?:and\s+)?(?:{_SCALE_ALT}|{_DOZEN})(?![a-z])
        |(?<![\d])\s+(?:and\s+)?{_NOT_DENOMINATOR}{WORD_NUMBER}(?![a-z])
        |{_AFTER_SCALE}\s+(?:and\s+)?\d{{1,3}}(?![\d,.])(?:\s+(?:{_SCALE_ALT})(?![a-z]))?)*
      (?:{_FRACTION_TAIL}|{_OVER})?
      (?:{_AND_FRACTION}|{_HALF_TAIL}|\s*[{_GLYPHS}])?
      (?:\s+(?:of\s+a\s+)?(?:million|billion|trillion|thousand)\b)?
    )
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
_POWER_RE = re.compile(rf"^(?P<base>{DIGITS})(?P<pow>{_POWER})$", re.I)
_DIGIT_FRACTION_RE = re.compile(r"^(?:(?P<whole>\d{1,3})[ ])?(?P<n>\d{1,3})/(?P<d>\d{1,3})$")


@dataclass(frozen=True)
class ParsedNumber:
    """A number phrase read: its value, or only a lower bound for vague plurals."""

    value: float | None
    low: float | None
    vague: bool = False


def _ordinal_value(word: str) -> float | None:
    word = word.lower()
    if word.endswith("ves"):
        word = word[:-3] + "f"
    if word == "halfs":
        word = "half"
    for w in (word, word[:-1] if word.endswith("s") else word):
        if w in ORDINAL_WORDS:
            return float(ORDINAL_WORDS[w])
    return None


def _well_formed(words: list[str]) -> bool:
    """A number-word sequence a writer would use for one number ("twenty one" yes, "three twenty" no)."""
    prev = ""
    for w in words:
        if w == "and" or _DIGITS_RE.fullmatch(w):
            prev = "" if w == "and" else "digits"
            continue
        if w in UNITS_WORDS and prev in ("unit", "teen", "digits"):
            return False
        if w in TENS_WORDS and prev in ("unit", "teen", "tens", "digits"):
            return False
        prev = "tens" if w in TENS_WORDS else "unit" if w in UNITS_WORDS and UNITS_WORDS[w] < 10 else (
            "teen" if w in UNITS_WORDS else "scale")  # fmt: skip
    return True


def _parse_integer_words(words: list[str]) -> float | None:
    """Value of number words and digits without fractions ("three hundred and two dozen" = 324)."""
    total = 0.0
    current: float | None = None
    small = 0.0  # the units and tens added since the last "hundred" ("three hundred and two dozen")
    last_scale = False
    i = 0
    while i < len(words):
        word = words[i]
        i += 1
        if word in ("and", ""):
            continue
        if word == "point" and current is not None:
            digits = ""
            while i < len(words) and (words[i] in UNITS_WORDS or words[i] == "oh"):
                digits += "0" if words[i] == "oh" else str(UNITS_WORDS[words[i]])
                i += 1
            current += float("0." + digits) if digits else 0.0
            continue
        if _DIGITS_RE.fullmatch(word) or word in UNITS_WORDS or word in TENS_WORDS:
            known = UNITS_WORDS.get(word, TENS_WORDS.get(word))
            add = float(re.sub(r"[,\s\u202f\u00a0]", "", word)) if known is None else float(known)
            current = (current or 0.0) + add
            small += add
        elif word in ("a", "an"):
            current = small = 1.0
        elif word in ("dozen", "dozens", "doz", "dozs", "dz", "dzs"):
            if current is None:
                current = 12.0
            else:
                current += small * 11 if small else current * 11
            small = 0.0
        elif word in SCALE_WORDS:
            scale = SCALE_WORDS[word]
            if current is None and last_scale and total:  # "three lakh crore": the scales multiply
                total *= scale
                continue
            base = current if current is not None else 1.0
            small = 0.0
            if scale == 100:
                current = base * 100
            else:
                total += base * scale
                current = None
                last_scale = True
                continue
        else:
            return None
        last_scale = False
    return total + (current or 0.0)


def _split_units(phrase: str) -> list[str]:
    phrase = re.sub(r"(?<=[a-z])\s*-\s*(?=[a-z])", " ", phrase.strip().lower())
    return _WS.sub(" ", phrase).split(" ")


def _word_value(word: str) -> float:
    """The value of one number word or digit group (0 for a word that is no number)."""
    if "-" in word:  # a compound token "ninety-five"
        return sum(_word_value(w) for w in word.split("-"))
    if _DIGITS_RE.fullmatch(word):
        return float(re.sub(r"[,\s\u202f\u00a0]", "", word))
    if word in ("a", "an"):
        return 1.0
    return float(UNITS_WORDS.get(word, TENS_WORDS.get(word, SCALE_WORDS.get(word, 0))))


def _composable(big: float, small: float) -> bool:
    """``small`` can follow ``big`` inside one number ("thirty" + "five", "hundred" + "thirty")."""
    base = 100 if small > 10 else 10
    return big % base == 0 and big >= base


def _denominator_start(words: list[str], last: float) -> int | None:
    """Where the denominator of a word fraction starts: the longest tail that still composes one number with
    the ordinal ("one hundred thirty fifths" = 100 / 35, "one one hundred and fifth" = 1 / 105, "one
    hundred and thirty fifths" = 130 / 5). This is the split Microsoft Recognizers-Text makes."""
    current = last
    round_value = 1.0
    split = len(words) - 1
    for split in range(len(words) - 2, -1, -1):
        if words[split] in ("and", "over"):
            continue
        previous, current = current, _word_value(words[split])
        if not (
            (previous >= 100 and previous > current) or (previous < 100 and _composable(current, previous))
        ):
            return split + 1
        if previous < 100:
            if current < round_value:
                return split + 1
            round_value = current
        if split == 0:  # the whole phrase composes: the numerator is its head up to the first hundred
            cut = 1
            while cut <= len(words) - 2:
                if (
                    _word_value(words[cut]) >= 100
                    and words[cut + 1] not in ("and", "over")
                    and _word_value(words[cut + 1]) < 100
                ):
                    return cut + 1
                cut += 1
            return cut
    return split if split > 0 else None


def _parse_fraction_words(words: list[str]) -> float | None:
    """``numerator-words ORDINAL(s)``: "three fifths", "a twenty-first", "one one hundred fifth"."""
    ordinal = words[-1]
    denom = _ordinal_value(ordinal)
    if denom is None:
        return None
    if len(words) == 1:
        return 1 / denom
    tokens: list[str] = []  # "ninety five" is one token, as in "ninety-five hundred fifths" (9,500 / 5)
    for w in words[:-1]:
        if tokens and tokens[-1] in TENS_WORDS and 0 < UNITS_WORDS.get(w, 0) < 10:
            tokens[-1] += "-" + w
        else:
            tokens.append(w)
    words = [w for t in tokens for w in t.split("-")] + [ordinal]
    split = _denominator_start([*tokens, ordinal], denom)
    if split is not None:
        split = sum(len(t.split("-")) for t in tokens[:split])
    if split is None or split >= len(words):
        return None
    stem = ordinal.rstrip("s")
    last_word = (
        next((w for w, v in SCALE_WORDS.items() if v == denom), None) if stem in _SCALE_ORDINALS else None
    )
    denominator = _parse_integer_words([*words[split:-1], last_word or str(int(denom))])
    head = words[:split]
    if denominator is None or denominator == 0 or not head:
        return None
    # "twenty and three and three fifths": a proper numerator after the last "and" is a mixed number
    cut = next((i for i in range(len(head) - 2, -1, -1) if head[i] in ("and", "over")), None)
    whole = _parse_integer_words(head if cut is None else head[: cut + 1])
    numerator = 0.0 if cut is None else _parse_integer_words(head[cut + 1 :])
    if whole is None or numerator is None:
        return None
    if cut is not None and numerator < denominator:
        return whole + numerator / denominator
    return (whole + numerator) / denominator


_EUROPEAN_RE = re.compile(_EUROPEAN)
_SCALED_FRACTION = re.compile(r"^(?P<f>\d{1,3}/\d{1,3})\s+(?P<s>thousand|million|billion|trillion)$", re.I)


def _european(phrase: str) -> float | None:
    """ "1.234.567" and "1.111,11": a European number (None for an address such as "192.168.100.200")."""
    groups = phrase.split(",")[0].split(".")
    if "," not in phrase and len(groups) == 4 and all(int(g) <= 255 for g in groups):
        return None
    return float(phrase.replace(".", "").replace(",", "."))


def parse_number_phrase(phrase: str) -> float | None:
    """Value of a number phrase ("2,000", "seven and a half", "1.5 million", "three fifths"); None if unreadable."""
    phrase = phrase.strip()
    if not phrase:
        return None
    if _EUROPEAN_RE.fullmatch(phrase):
        return _european(phrase)
    scaled = _SCALED_FRACTION.match(phrase)
    if scaled is not None:  # "1/4 million"
        part = parse_number_phrase(scaled.group("f"))
        return None if part is None else part * SCALE_WORDS[scaled.group("s").lower()]
    m = _POWER_RE.match(phrase)
    if m is not None:
        return _power(m.group("base"), m.group("pow"))
    m = _DIGIT_FRACTION_RE.match(phrase)
    if m is not None:
        d = float(m.group("d"))
        return None if d == 0 else float(m.group("whole") or 0) + float(m.group("n")) / d
    for glyph, value in UNICODE_FRACTIONS.items():
        if glyph in phrase:
            head = phrase.replace(glyph, "").strip()
            whole = parse_number_phrase(head) if head else 0.0
            return None if whole is None else whole + value
    lower = re.sub(r"(?<=\d)[ \u202f\u00a0](?=\d{3}(?!\d))", "", phrase.lower())
    over = re.match(r"^(?P<a>.+?)\s+(?:over|divided by)\s+(?P<b>.+)$", lower)
    if over is not None:
        a, b = parse_number_phrase(over.group("a")), parse_number_phrase(over.group("b"))
        return None if a is None or not b else a / b
    # "half-dozen", "half - dozen", "half-million": half a dozen, half a million
    lower = re.sub(r"^(?:a\s+)?half\s?-\s?(?=[a-z])", "half a ", lower)
    words = _split_units(lower)
    # a trailing scale after a fraction or mixed number: "five and a half million", "two thirds of a million"
    scale = 1.0
    if (
        len(words) >= 2
        and words[-1] in SCALE_WORDS
        and words[-1] != "hundred"
        and (
            _ordinal_value(words[-2]) is not None
            or (len(words) > 2 and words[-2] in ("a", "an") and words[-3] == "of")
        )
    ):
        scale = SCALE_WORDS[words[-1]]
        words = words[:-1]
        if words[-2:] == ["of", "a"] or words[-2:] == ["of", "an"]:
            words = words[:-2]
        if "and" in words and any(w in SCALE_WORDS for w in words[: words.index("and")]):
            cut = len(words) - 1 - words[::-1].index("and")  # "one billion and a half million"
            whole, part = _parse_integer_words(words[:cut]), _parse_fraction_words(words[cut + 1 :])
            return None if whole is None or part is None else whole + part * scale
    if words[:2] == ["half", "a"]:
        words = ["0.5", *words[2:]]
    if words and words[-1] in ("quarter",) and len(words) == 1:
        return 0.25 * scale
    if words and _ordinal_value(words[-1]) is not None and words[-1] not in ("dozen",):
        fraction = _mixed_fraction(words)
        return None if fraction is None else fraction * scale
    whole = _parse_integer_words(words)
    return None if whole is None else whole * scale


def _mixed_fraction(words: list[str]) -> float | None:
    """A fraction, possibly after a whole part joined by "and": "twenty and three fifths" (a proper fraction),
    "two million and a half" (of the million), "one hundred and thirty fifths" (130 / 5)."""
    for i in range(len(words) - 2, 0, -1):
        if words[i] != "and":
            continue
        fraction = _parse_fraction_words(words[i + 1 :])
        whole = _parse_integer_words(words[:i])
        if fraction is None or whole is None or fraction >= 1 or not _well_formed(words[:i]):
            continue
        last_scale = next((SCALE_WORDS[w] for w in reversed(words[:i]) if w in SCALE_WORDS), None)
        if last_scale is not None and last_scale >= 1e6 and words[i - 1] in SCALE_WORDS:
            return whole + fraction * last_scale
        return whole + fraction
    return _parse_fraction_words(words)


def _power(base: str, power: str) -> float | None:
    value = float(re.sub(r"[,\s\u202f\u00a0]", "", base))
    p = power.strip().lower()
    try:
        if p.startswith("e"):
            return value * 10 ** int(p[1:])
        p = p.replace("−", "-")
        written = re.fullmatch(r"to the (?:power of )?(-?\d+)(?:st|nd|rd|th)?(?: power)?", p)
        if written is not None:  # "10 to the power of 6", "10 to the 9th power"
            return float(value ** int(written.group(1)))
        times = re.fullmatch(r"\s*[x×]\s*(\d+)(?:\^|(?=-))([+-]?\d+)", p)
        if times is not None:  # "6.23x10^-4", "8x2^10", "3x10-4"
            return float(value * int(times.group(1)) ** int(times.group(2)))
        exponent_text = p.lstrip("^")
        sign = -1 if exponent_text.count("-") % 2 else 1
        return float(value ** (sign * int(exponent_text.lstrip("+-"))))
    except (OverflowError, ValueError, ZeroDivisionError):
        return None


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

    "two hundred and fifty", "seven and a half" and "twenty and three fifths" keep their "and".
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
        words = _split_units(part)
        if len(words) > 2 and words[-1] in SCALE_WORDS:
            words = words[:-1]
        fraction = len(words) >= 2 and _ordinal_value(words[-1]) is not None and words[-1] != "dozen"
        kept_scales = [SCALE_WORDS[w.lower()] for w in kept.split() if w.lower() in SCALE_WORDS]
        if (
            words[-1] in SCALE_WORDS
            and kept_scales
            and SCALE_WORDS[words[-1]] == kept_scales[-1]
            and not fraction
        ):
            break  # "3 hundred and 2 hundred": two numbers
        if last_word in SCALE_WORDS or last_word in ("dozen", "dozens") or fraction:
            kept = phrase[: sep.end() + len(part)]
            pos = sep.end() + len(part)
        else:
            break
    return kept
