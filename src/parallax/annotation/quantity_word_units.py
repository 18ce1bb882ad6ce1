"""Unit symbols and short names that the main unit table leaves out because they are short, lower case, or also
words, letters or acronyms; each is read only right after digits and where a rule settles it:

* rare symbols and short names of scientific units that are no English word by quantulum3's own list
  ("12 kip", "150 dtex", "3 kamp", "120px"): read right after digits (a short name only where its measure ends);
* symbols that are also words, letters or acronyms ("4 K", "2 ct", "1.5 G", "300 cd", "2 pt"): the candidates of
  :func:`parallax.annotation.quantity_senses.topic_symbol`, read where the sentence speaks of their kind.

Both tables are built once, from quantulum3's unit table, by :func:`parallax.annotation.quantity_units.build_unit_table`.
"""

from __future__ import annotations

import re
from typing import Any

from parallax.annotation.quantity_units import (
    BLOCKED_SURFACES,
    SCIENCE_BLOCKED_NAMES,
    SCIENCE_ENTITIES,
    UnitInfo,
    UnitTable,
    science_surface,
)

_PLAIN_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")

# words that are never a unit after a number, whatever the sentence speaks of ("5 in the box", "3 at once")
_NEVER_UNITS = frozenset(["in", "at", "am", "pm", "an", "as", "or", "on", "is", "it", "by", "of", "to", "st"])


def topical_symbols(units: Any, info_for: Any) -> dict[str, tuple[UnitInfo, ...]]:
    """quantulum3's symbols that the main table blocks as words, letters or acronyms (not money, not a lower-case
    letter alone): each is read only where its sentence speaks of its kind (quantity_senses.topic_symbol)."""
    topical: dict[str, tuple[UnitInfo, ...]] = {}
    for surface, candidates in units.symbols_all.items():
        blocked = surface in BLOCKED_SURFACES or surface.lower() in BLOCKED_SURFACES
        if not blocked or not surface.isascii() or not surface.isalpha() or surface.lower() in _NEVER_UNITS:
            continue
        if len(surface) == 1 and surface.islower():
            continue
        infos = [info_for(u.name) for u in sorted(candidates, key=lambda u: u.name)]
        found = tuple(dict.fromkeys(i for i in infos if i is not None and i.kind != "money" and i.pint_expr))
        if found:
            topical[surface] = found
    return topical


def _common_words() -> frozenset[str]:
    """quantulum3's list of English words that look like unit symbols (its guard against "in", "tv", "den")."""
    import json
    from pathlib import Path

    import quantulum3

    path = Path(quantulum3.__file__).parent / "_lang" / "en_US" / "common-words.json"
    words = json.loads(path.read_text(encoding="utf-8"))
    return frozenset(w.lower() for group in words.values() for w in group)


def rare_symbols(units: Any, info_for: Any) -> tuple[dict[str, list[UnitInfo]], frozenset[str]]:
    """The symbols and short names of scientific units that the main table leaves out as unsafe in running
    text (short, lower case) but that are no English word by quantulum3's list, nor a name read elsewhere; and
    which of them are names, not symbols ("kip", "tex")."""
    common = _common_words()
    rare: dict[str, list[UnitInfo]] = {}
    for table, fold in ((units.symbols_all, False), (units.surfaces_all, True)):
        for surface, candidates in table.items():
            key = surface.lower() if fold else surface
            if (
                len(surface) < 2
                or not surface.isascii()
                or not surface.isalpha()
                or surface.lower() in common
                or surface in BLOCKED_SURFACES
                or surface.lower() in BLOCKED_SURFACES
                or surface.lower() in SCIENCE_BLOCKED_NAMES
                or (not fold and surface.isupper())
            ):
                continue
            for unit in sorted(candidates, key=lambda u: u.name):
                info = info_for(unit.name)
                if info is None or unit.entity.name not in SCIENCE_ENTITIES or science_surface(surface, fold):
                    continue
                if info not in rare.setdefault(key, []):
                    rare[key].append(info)
    symbols = set(units.symbols_all)
    return rare, frozenset(k for k in rare if k not in symbols)


_MEASURE_END = re.compile(
    r"[ \u00a0]*(?:[.,;:!?)\]]|$|\n|(?:of|per|in|at|and|or|to|for|from|on|with|was|were|is|are|each|the|over|"
    r"across|wide|tall|high|long|deep|apart|by|during|after|before|under|inside|within|when|while|through)\b)"
)
_RARE_SYMBOL = re.compile(r"[ \u00a0]?(?P<s>[A-Za-z]{2,5})(?![\w'’&@/-])")


def rare_symbol(
    table: UnitTable, text: str, number_start: int, end: int
) -> tuple[int, int, tuple[UnitInfo, ...]] | None:
    """A rare symbol of :attr:`UnitTable.rare` right after digits ("12 kip", "40 tex"), not before another number."""
    m = _RARE_SYMBOL.match(text, end)
    if m is None or not _PLAIN_DIGITS.fullmatch(text[number_start:end]):
        return None
    symbol = m.group("s")
    units = table.rare.get(symbol)
    if not units or re.match(r"[ \u00a0]?\d", text[m.end() : m.end() + 2]):
        return None
    if symbol in table.rare_names and not _MEASURE_END.match(text, m.end()):
        return None  # a short name ("dot", "tex") ends its measure: never "a 3 dot menu"
    return m.start("s"), m.end(), units
