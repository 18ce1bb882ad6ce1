"""Ages written as bare numbers: "Labrador, who is 46,", "Moore, then 32,", "anyone 19 or older", "adults
over 21", "Ilse Varga, 58, said" (also with the commas set apart, "Ilse Varga , 58 , said"), a person's
age stated with "be" or "turn" ("she would be 71 when ...", "who will turn 64"), a decade of life ("a man
in his 50s"), an age limit changed to the number ("raise the minimum age to buy a rifle to 21").

The quantity annotation gives such a number no unit (kind ``number``: it counts nothing). Read from the
words around it, it is a person's age, compared with the ages the annotation does read ("a 46-year-old
lawmaker"). A bound ("19 or older", "over 21") stays a bound. The name an age is written beside is kept as
its ``counted`` words: ages beside two different names are two people's.
"""

from __future__ import annotations

import re

from parallax.model import Claim, NormalizedQuantity, Quantity
from parallax.story.compare.figure_parses import offset_in_claim

# Before the number: "who is", "who was", "aged", "age"; or an age coordinated before it ("aged 16 and 13
# respectively", "ages 9, 11 and 14").
_AGE_BEFORE = re.compile(
    r"(?:\bwho(?:'s|’s|\s+is|\s+was)|\bage[sd]?|\bages(?:\s+\d{1,3}\s*,)*(?:\s+\d{1,3})?\s*(?:,|\band\b)"
    r"|\baged?\s+\d{1,3}\s*(?:,|\band\b))\s*$",
    re.IGNORECASE,
)
# "Moore, then 32, ...": a name, a comma and "then" before, a comma after the number (not "rose to 20, then
# 25, by nightfall").
_THEN_BEFORE = re.compile(r"\b[A-Z][\w.'’-]*\s*,\s*then\s*$")
# A name and a comma before, a comma after: "Ilse Varga, 58, said".
_NAME_COMMA = re.compile(r"\b((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*)\s*,\s*$")
# A person (a personal or relative pronoun) and "be" or "turn" before: "she would be 71", "you'd be -- 86",
# "who will turn 64", "he turned 80" (not "it was 71", "the score is 71": no person is its subject).
_PERSON_BE = re.compile(
    r"\b(?:who|he|she|you|I|we|they)(?:\s*(?:['’](?:d|ll|s|re|m)\b|will\b|would\b|is\b|was\b|are\b|were\b"
    r"|am\b|be\b|turns?\b|turned\b|turning\b))+\s*(?:-{1,2}|[—–])?\s*$",
    re.IGNORECASE,
)
# A second age coordinated after an age stated with "be" ("who will be 82 at the next election and 86 at
# the end of his term"): "and" before the number, and the last number before it (of one to three digits,
# no other number after it) an age stated so.
_AND_BEFORE = re.compile(r"\band\s*$", re.IGNORECASE)
_LAST_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?![\d.,]?\d)(?=\D*$)")
# A decade of life: "in his 50s", "a woman in her early 30s": the number followed by "s" or "'s".
_DECADE_BEFORE = re.compile(r"\bin\s+(?:his|her|their)\s+(?:(?:early|mid|late)[\s-]+)?$", re.IGNORECASE)
_DECADE_AFTER = re.compile(r"^['’]?s\b")
_COMMA_AFTER = re.compile(r"^\s*,")
# After the number: "years old", "or older", "and over" (a lower bound), "or younger", "and under".
_AGE_AFTER = re.compile(
    r"^\s*(?:-?\s*years?[\s-]+old\b|(or|and)\s+(older|over|up|above|younger|under|below)\b)", re.IGNORECASE
)
# People before a bounded number: "adults over 21", "anyone under 18".
_PEOPLE_BEFORE = re.compile(
    r"\b(?:adults?|anyone|anybody|someone|people|persons?|those|residents|users|buyers|children|kids|"
    r"teens|teenagers|minors|youths?|men|women|voters)\s+$",
    re.IGNORECASE,
)
# An age limit changed to the number: "raise the minimum age to 21", "lowering the voting age for local
# elections to 16", "raise the minimum age to buy a rifle to 21" ("age" and, later in the clause, "to").
_AGE_LIMIT_BEFORE = re.compile(
    r"\b(?:rais\w*|lower\w*|increas\w*|reduc\w*|cut\w*|chang\w*|set\w*|lift\w*|boost\w*)\s+"
    r"(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w-]+\s+){0,2}age\b[^.;:!?]{0,80}?\bto\s*$",
    re.IGNORECASE,
)
_BOUND_WORDS = re.compile(r"^\s*(?:over|under|above|below|at least|older than|younger than)\b", re.IGNORECASE)
_OLDEST_AGE = 120


def age_reading(claim: Claim, quantity: Quantity) -> Quantity | None:
    """The bare number ``quantity`` of ``claim`` as an age (kind ``age``, in years), when the words around
    it say it is one; else None."""
    value = quantity.value
    # A bare number, or a count of nothing ("a person under 21", which the annotation reads as a count).
    bare = quantity.kind == "number" or (quantity.kind == "count" and not quantity.counted)
    if not bare or value is None or value != int(value) or not 0 < value < _OLDEST_AGE:
        return None
    at = offset_in_claim(claim, quantity.start, quantity.text)
    if at < 0:
        return None
    before, after = claim.text[:at], claim.text[at + len(quantity.text) :]
    bound = _AGE_AFTER.match(after)
    qualifier = quantity.qualifier
    if bound is not None and bound.group(2):
        qualifier = "at least" if bound.group(2).lower() in ("older", "over", "up", "above") else "up to"
    written_bound = bool(_BOUND_WORDS.match(quantity.text)) and bool(_PEOPLE_BEFORE.search(before))
    name = _NAME_COMMA.search(before)
    appositive = name is not None and bool(_COMMA_AFTER.match(after))
    then = bool(_THEN_BEFORE.search(before)) and bool(_COMMA_AFTER.match(after))
    decade = (
        value % 10 == 0
        and bool(_DECADE_BEFORE.search(before))
        and bool(_DECADE_AFTER.match(after) or quantity.text.rstrip().endswith("s"))
    )
    stated = bool(
        _AGE_BEFORE.search(before) or _PERSON_BE.search(before) or _AGE_LIMIT_BEFORE.search(before)
    ) or _after_stated_age(before)
    if not (bound is not None or written_bound or appositive or then or stated or decade):
        return None
    high = value + 9 if decade else value  # "in his 50s": fifty to fifty-nine
    norm = NormalizedQuantity(value=None if decade else value, low=value, high=high, unit="year")
    person = name.group(1) if name is not None and appositive else quantity.counted
    return quantity.model_copy(
        update={"kind": "age", "unit": "year", "qualifier": qualifier, "normalized": norm, "counted": person}
    )


def named_age(claim: Claim, quantity: Quantity) -> Quantity:
    """An age the annotation reads itself ("Ilse Varga, 58, said": kind ``age``) with the name it is written
    beside as its ``counted`` words, as :func:`age_reading` keeps it for a bare number: ages beside two
    different names are two people's. Any other quantity is returned as it is."""
    if quantity.kind != "age" or quantity.counted:
        return quantity
    at = offset_in_claim(claim, quantity.start, quantity.text)
    if at < 0:
        return quantity
    name = _NAME_COMMA.search(claim.text[:at])
    if name is None or not _COMMA_AFTER.match(claim.text[at + len(quantity.text) :]):
        return quantity
    return quantity.model_copy(update={"counted": name.group(1)})


def _after_stated_age(before: str) -> bool:
    """The number follows "and" after an age stated with "be" in the same sentence ("she will be 71 in
    May and 75 when the term ends")."""
    if not _AND_BEFORE.search(before):
        return False
    last = _LAST_NUMBER.search(before)
    return last is not None and bool(_PERSON_BE.search(before[: last.start()]))


def age_range(quantity: Quantity) -> bool:
    """An age written as a range ("between 12 and 16 years old", "ages 12 to 16"): a limit of a law or a
    group's ages, never one person's age."""
    norm = quantity.normalized
    return (
        quantity.kind == "age"
        and norm is not None
        and norm.value is None
        and norm.low is not None
        and norm.high is not None
        and norm.high > norm.low
        and not (norm.low % 10 == 0 and norm.high == norm.low + 9)  # "in his 50s": one person's decade
    )


# Titles written before a name ("Representative Steny Hoyer", "Sen. Ilse Varga"): words two people's names
# share that say nothing of who they are.
_TITLES = frozenset(
    "mr. mrs. ms. miss dr. prof. sen. senator rep. representative gov. governor president judge justice "
    "gen. general mayor minister chairman chairwoman speaker leader sir dame lord lady".split()
)


def different_people(a: Quantity, b: Quantity) -> bool:
    """Two ages written beside names that share no word but a title ("Tarvo Melin, 31", "Ilse Brandt, 31";
    "Representative Steny Hoyer, 77", "Representative James Clyburn, 76")."""
    if a.kind != "age" or b.kind != "age" or not a.counted or not b.counted:
        return False
    words_a = {w.lower() for w in a.counted.split()} - _TITLES
    words_b = {w.lower() for w in b.counted.split()} - _TITLES
    return bool(words_a and words_b) and not words_a & words_b


def age_shaped(claim: Claim, quantity: Quantity) -> bool:
    """The bare number reads as an age (see :func:`age_reading`)."""
    return age_reading(claim, quantity) is not None
