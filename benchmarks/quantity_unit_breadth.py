"""How broadly the quantity annotator reads units: expressions generated from pint's registry and quantulum3's
unit table (never from a gold set), each in a frame sentence, scored the way score.py scores a gold item.

Families of expressions (each generated, not listed by hand from any text):

* ``prefixed symbol``: an SI prefix (n, µ, m, c, k, M, G, T) on a symbol of pint's registry that takes one
  ("kPa", "µF", "GWh", "mSv", "nV");
* ``prefixed name``: the same as words ("kilopascals", "microfarads");
* ``symbol`` / ``name``: pint's other units by symbol and by (plural) name ("psi", "nmi", "parsecs");
* ``product``: two symbols joined by a middle dot, an asterisk, a hyphen or glued ("N·m", "kW*h", "N-m", "Js");
* ``quotient``: a symbol over a symbol, with a slash or "per" ("mg/L", "km/h", "grams per litre");
* ``power``: a length symbol squared or cubed, by superscript, caret, digit or word ("cm³", "m^2", "km2");
* ``quantulum3``: every symbol and surface of quantulum3's units that pint can also read (a surface filed under
  several units, or read by pint as a unit of another dimension, is right in any of them);
* ``British spelling``: every name above spelled with "metre" and "litre" ("kilometres", "millilitres");
* ``hyphenated``: every name above in the singular, joined to its number by a hyphen before a noun, as an adjective
  ("a 12.5-kilometer sample", "a 12.5-carat sample"; added in round 9, the frame :data:`HYPHEN_FRAME`).

An expression is right when the annotator returns a quantity overlapping "12.5 <unit>" whose value and unit
(or normalised value and unit) equal pint's reading of the expected unit after conversion to base units.

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/quantity_unit_breadth.py [--misses] [--sample N]``
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

# SI prefixes written before symbols and names (pint reads both)
PREFIXES = (("n", "nano"), ("µ", "micro"), ("m", "milli"), ("c", "centi"), ("k", "kilo"), ("M", "mega"),
            ("G", "giga"), ("T", "tera"))  # fmt: skip
# pint units that take SI prefixes: (symbol, name); names in pint's spelling (plural by "s")
PREFIXABLE = (
    ("m", "meter"), ("g", "gram"), ("s", "second"), ("A", "ampere"), ("mol", "mole"), ("Hz", "hertz"),
    ("N", "newton"), ("Pa", "pascal"), ("J", "joule"), ("W", "watt"), ("C", "coulomb"), ("V", "volt"),
    ("F", "farad"), ("Ω", "ohm"), ("S", "siemens"), ("Wb", "weber"), ("T", "tesla"), ("H", "henry"),
    ("lm", "lumen"), ("lx", "lux"), ("Bq", "becquerel"), ("Gy", "gray"), ("Sv", "sievert"), ("L", "liter"),
    ("eV", "electron_volt"), ("B", "byte"), ("bit", "bit"), ("bar", "bar"), ("Wh", "watt_hour"),
    ("Ah", "ampere_hour"), ("VA", "volt_ampere"), ("t", "tonne"), ("cal", "calorie"),
)  # fmt: skip
# the prefixes in use with each unit (large for energy, power, data and frequency; small for current, charge,
# capacitance, doses): combinations nobody writes ("nanobyte", "terahenry") are not generated
_LARGE = {"Hz", "N", "Pa", "J", "W", "V", "Ω", "Bq", "eV", "B", "bit", "Wh", "VA", "bar", "L"}
_SMALL = {"m", "g", "s", "A", "mol", "N", "Pa", "J", "W", "C", "V", "F", "Ω", "S", "Wb", "T", "H", "Gy", "Sv",
          "L", "eV", "Wh", "Ah", "bar"}  # fmt: skip
_IN_USE = (
    {("n", b) for b in _SMALL - {"Wh", "Ah", "bar", "eV", "Pa", "N", "Ω", "Gy"}}
    | {("µ", b) for b in _SMALL - {"Wh", "Ah", "eV"}}
    | {("m", b) for b in _SMALL}
    | {("c", "m"), ("c", "g"), ("c", "L"), ("c", "Gy")}
    | {("k", b) for b in _LARGE | {"m", "g", "mol", "lm", "lx", "Ah", "cal"}}
    | {(p, b) for p in "MGT" for b in _LARGE - {"N", "Ω", "bar", "L"}}
    | {("M", "N"), ("M", "Ω"), ("G", "Ω"), ("M", "t"), ("G", "t")}
)
# pint units by their own symbol and name (not prefixed): the measures text uses
PLAIN = (
    "foot", "yard", "mile", "nautical_mile", "light_year", "parsec", "astronomical_unit", "angstrom", "acre",
    "hectare", "gallon", "quart", "fluid_ounce", "barrel", "bushel", "ounce", "pound", "short_ton", "stone",
    "carat", "troy_ounce", "horsepower", "british_thermal_unit", "therm", "atmosphere", "torr", "psi",
    "millimeter_Hg", "inch_Hg", "knot", "mile_per_hour", "kilometer_per_hour", "revolutions_per_minute", "radian",
    "steradian", "arcminute", "arcsecond", "degree", "minute", "hour", "day", "week", "year", "decade", "century",
    "fortnight", "kelvin", "degree_Celsius", "degree_Fahrenheit", "force_pound", "force_kilogram", "dyne", "erg",
    "curie", "roentgen", "rem", "candela", "tablespoon", "teaspoon", "cup", "pint", "furlong", "fathom",
    "league", "micron", "kip", "poise", "stokes", "gauss", "maxwell", "oersted", "dalton", "calorie",
    "kilocalorie", "cubic_centimeter", "molar", "katal",
)  # fmt: skip
_PRODUCT_JOINS = ("·", "⋅", "*", "-", "")
PRODUCTS = (("N", "m"), ("kW", "h"), ("J", "s"), ("Pa", "s"), ("V", "A"), ("mA", "h"), ("kN", "m"), ("W", "s"),
            ("MW", "h"), ("lbf", "ft"))  # fmt: skip
QUOTIENTS = (("km", "h"), ("m", "s"), ("mg", "L"), ("g", "L"), ("mol", "L"), ("mmol", "L"), ("kg", "m³"),
             ("W", "m²"), ("L", "min"), ("m³", "s"), ("J", "kg"), ("rad", "s"), ("µg", "m³"), ("mg", "kg"),
             ("kWh", "year"), ("GB", "s"), ("Mbit", "s"), ("m", "s²"), ("g", "cm³"), ("mSv", "h"))  # fmt: skip
_POWERS = (("²", 2), ("³", 3), ("^2", 2), ("^3", 3), ("2", 2), ("3", 3))
POWER_BASES = (("m", "meter"), ("cm", "centimeter"), ("mm", "millimeter"), ("km", "kilometer"),
               ("µm", "micrometer"), ("ft", "foot"), ("in", "inch"))  # fmt: skip
FRAME = "It measured 12.5 {} in all."
HYPHEN_FRAME = "It was a 12.5-{} sample in all."
_IRREGULAR = {"foot": "feet", "century": "centuries", "psi": "psi", "millimeter Hg": "millimeters of mercury",
              "inch Hg": "inches of mercury", "molar": "molar"}  # fmt: skip


def _pintable(registry: Any, expr: str) -> Any:
    try:
        return registry.parse_units(expr.replace("²", "**2").replace("³", "**3").replace("·", "*"))
    except Exception:  # pint raises many kinds of errors for names it lacks
        return None


def expressions(registry: Any) -> Iterator[tuple[str, str, str]]:
    """(family, written unit, pint expression of the unit) for every generated expression."""
    for p, pname in PREFIXES:
        for b, bname in PREFIXABLE:
            if (p, b) not in _IN_USE:
                continue
            if _pintable(registry, f"{pname}{bname}") is None:
                continue
            yield "prefixed symbol", f"{p}{b}", f"{pname}{bname}"
            if "_" not in bname and bname not in ("siemens", "lux", "hertz"):
                yield "prefixed name", f"{pname}{bname}s", f"{pname}{bname}"
                yield from _written_forms(f"{pname}{bname}s", f"{pname}{bname}", f"{pname}{bname}")
    for name in PLAIN:
        unit = _pintable(registry, name)
        if unit is None:
            continue
        symbol = registry.get_symbol(name)
        if symbol != name and "_" not in symbol:
            yield "symbol", symbol, name
        spoken = name.replace("_", " ")
        if spoken in _IRREGULAR:
            plural = _IRREGULAR[spoken]
        elif spoken.endswith(("s", "x", "Celsius", "Fahrenheit", "hour")) or " per " in spoken:
            plural = spoken
        else:
            plural = spoken + "s"
        yield "name", plural, name
        yield from _written_forms(plural, spoken, name)
    for a, b in PRODUCTS:
        for join in _PRODUCT_JOINS:
            if not join and len(b) > 1:
                continue  # glued only to a one-letter symbol ("kWh", "Nm"): nobody writes "lbfft"
            yield "product", f"{a}{join}{b}", f"{a}*{b}"
    for a, b in QUOTIENTS:
        yield "quotient", f"{a}/{b}", f"{a}/{b}".replace("²", "**2").replace("³", "**3")
        names = [_spoken(registry, x) for x in (a, b)]
        if all(names):
            yield (
                "quotient",
                f"{names[0]}s per {names[1]}",
                f"{a}/{b}".replace("²", "**2").replace("³", "**3"),
            )
    for b, bname in POWER_BASES:
        for mark, power in _POWERS:
            if b == "in" and mark in ("2", "3"):
                continue  # "in2" is no way to write square inches
            yield "power", f"{b}{mark}", f"{bname}**{power}"


def _written_forms(plural: str, singular: str, expr: str) -> Iterator[tuple[str, str, str]]:
    """The British spelling of a name ("kilometres") and its singular joined by hyphens ("kilometer",
    "troy-ounce"; the frame :data:`HYPHEN_FRAME` adds the hyphen before it)."""
    british = re.sub(r"(met|lit)er", r"\1re", plural)
    if british != plural:
        yield "British spelling", british, expr
    if singular.islower():  # "millimeter Hg" is not written with hyphens
        yield "hyphenated", singular.replace(" ", "-"), expr


def _spoken(registry: Any, symbol: str) -> str | None:
    if any(c in symbol for c in "²³") or symbol in ("h", "s", "L", "min", "year"):
        return {"h": "hour", "s": "second", "L": "liter", "min": "minute", "year": "year"}.get(symbol)
    unit = _pintable(registry, symbol)
    return None if unit is None else str(unit).replace("_", " ")


def quantulum_expressions(registry: Any) -> Iterator[tuple[str, str, str]]:
    """quantulum3's symbols and surfaces of units that pint reads by the same name (skipping currencies and
    the dimensionless)."""
    from quantulum3 import load

    units = load.units("en_US")
    readings: dict[str, list[str]] = defaultdict(list)
    for name, unit in sorted(units.names.items()):
        if unit.entity.name in ("currency", "dimensionless", "unknown"):
            continue
        expr = name.replace(" ", "_").replace("-", "_")
        if _pintable(registry, expr) is None:
            continue
        for surface in sorted(set(unit.symbols) | set(unit.surfaces)):
            if expr not in readings[surface]:
                readings[surface].append(expr)
    for surface, exprs in sorted(readings.items()):
        # a surface that quantulum3 files under several units ("'" for feet and arc minutes, "K" for kelvin and
        # kibibytes), or that pint reads as another unit ("Pa": quantulum3's petayear, pint's pascal; "kt":
        # kiloton and knot; "megatonne": quantulum3's megaton of TNT, pint's million tonnes), has each of those
        # readings as a right answer
        own = _pintable(registry, surface)
        if own is not None and len(surface) > 1 and surface.isalpha():
            first = _pintable(registry, exprs[0])
            if first is not None and not _same_unit(registry, own, first):
                exprs = [*exprs, surface]
        yield "quantulum3", surface, "|".join(exprs)


def _same_unit(registry: Any, a: Any, b: Any) -> bool:
    try:
        x, y = (registry.Quantity(1.0, u).to_base_units() for u in (a, b))
    except Exception:  # offset units (degrees) and others pint cannot take to base units
        return str(a) == str(b)
    return str(x.units) == str(y.units) and math.isclose(x.magnitude, y.magnitude, rel_tol=0.01)


def _score_name(unit: str) -> str:
    """A unit name the way score.py hands it to pint ("km2" is km**2, "square foot" foot**2, "X per Y" X/Y)."""
    name = re.sub(r"\bsquare (\w+)", r"\1**2", unit)
    name = re.sub(r"\bcubic (\w+)", r"\1**3", name)
    name = re.sub(r"\b([A-Za-zμµ]+)([23])\b", r"\1**\2", name)
    return re.sub(r"\s*/\s*", "/", name.replace(" per ", "/")).replace(" ", "_")


def right(registry: Any, quantities: list[Any], start: int, end: int, unit_expr: str) -> bool:
    """score.py's test for one gold item (value 12.5 in ``unit_expr``, or in any of the units ``a|b`` names),
    with pint for both sides."""
    if "|" in unit_expr:
        return any(right(registry, quantities, start, end, e) for e in unit_expr.split("|"))
    try:
        gold = (12.5 * registry.parse_units(unit_expr)).to_base_units()
    except Exception:  # an offset unit (degrees): compare in kelvin
        gold = registry.Quantity(12.5, registry.parse_units(unit_expr)).to_base_units()
    for q in quantities:
        if not (q.start < end and start < q.end):
            continue
        norm = q.normalized
        for value, unit in ((q.value, q.unit), (norm.value if norm else None, norm.unit if norm else None)):
            if value is None or not unit:
                continue
            for name in (unit, _score_name(unit)):
                try:
                    got = registry.Quantity(float(value), registry.parse_units(name)).to_base_units()
                except Exception:  # not a pint name
                    continue
                if str(got.units) == str(gold.units) and math.isclose(
                    got.magnitude, gold.magnitude, rel_tol=0.01, abs_tol=1e-30
                ):
                    return True
    return False


def run(
    resources: Any = None, sample: int = 0, seed: int = 5, quantulum: bool = True, frame: str = FRAME
) -> tuple[dict[str, list[int]], list[str]]:
    """Tally (family -> [right, total]) and the misses (``quantulum``: with quantulum3's surfaces)."""
    import pint

    from parallax.annotation.quantities import find_quantities, load_quantity_resources

    resources = resources or load_quantity_resources()
    registry = pint.UnitRegistry()
    items = list(expressions(registry)) + (list(quantulum_expressions(registry)) if quantulum else [])
    if sample:
        items = random.Random(seed).sample(items, min(sample, len(items)))
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for family, written, expr in items:
        text = (HYPHEN_FRAME if family == "hyphenated" and frame == FRAME else frame).format(written)
        start = text.index("12.5")
        found = find_quantities(text, resources)
        ok = right(registry, found, start, start + 5 + len(written), expr)
        tally[family][0] += ok
        tally[family][1] += 1
        if not ok:
            got = "; ".join(
                f"{text[q.start : q.end]!r} {q.value} {q.unit!r} {q.kind} {q.normalized.unit if q.normalized else None!r}"
                for q in found
            )
            misses.append(f"{family}: {written!r} ({expr}) -> {got}")
    return dict(tally), misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print every expression read wrong")
    parser.add_argument("--sample", type=int, default=0, help="a random sample of N expressions (seed 5)")
    parser.add_argument(
        "--frame", default=FRAME, help=f"the frame sentence, with {{}} for the unit ({FRAME!r})"
    )
    args = parser.parse_args(argv)
    tally, misses = run(sample=args.sample, frame=args.frame)
    total = [sum(v[0] for v in tally.values()), sum(v[1] for v in tally.values())]
    for family, (ok, n) in [*sorted(tally.items()), ("all", (total[0], total[1]))]:
        print(f"{family}: {ok / n:.3f} ({n})")
    if args.misses:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
