"""Units written as SI symbols and names, built from pint's registry rather than listed one by one.

quantulum3's table knows a few hundred units by their surfaces; science and engineering text writes any SI
prefix on any SI unit ("470 µF", "4 nV", "1,013 mbar", "370 kBq", "12 kN"), joins symbols into products
("45 N·m", "1.002 mPa·s", "45 Js", "kW-h"), and names them in words ("millisieverts", "kilopascals"). This
module reads those forms generally, right after a number:

* a **prefixed symbol**: an SI prefix (p, n, µ, m, c, d, h, k, M, G, T, P) on a unit that takes one
  (:data:`SI_UNITS`), each pair checked once against pint; pairs that are ordinary words, names or
  abbreviations ("Ms", "MA", "PA", "Gs", "pH", "Mg") are never read;
* a **prefixed name** ("nanoseconds", "kilopascals", "megohms") and the bare name where it is no English word
  or name ("pascals", "sieverts", "parsecs");
* a **product** of symbols joined by a middle dot, an asterisk or a hyphen ("N·m", "kW*h", "N-m", "lbf·ft"),
  or glued where the second factor is an hour, a second or a metre ("kWh", "Js", "Nm", "mAh");
* a **single-letter symbol** ("1.28 s", "3 T", "15 A", "45 m") only where the number has decimals or the
  sentence measures something else by symbol ("charged at 15 mA for 45 s"), never before a full stop as a
  compass point ("3170 W. Road"), nor after a currency;
* **angles**: a degree sign or primes where the sentence speaks of angles or follows a degree figure
  ("climbs at 12°", "40° 26′ 46″", "stars 0.8″ apart").

Each unit comes back as a :class:`UnitInfo` named in pint's spelling ("kilopascal", "newton * meter"), so a
reader (and score.py) can convert it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from parallax.annotation.quantity_senses import sentence_bounds
from parallax.annotation.quantity_units import UnitInfo

# SI prefixes: symbol -> pint name
PREFIXES = {
    "p": "pico", "n": "nano", "µ": "micro", "μ": "micro", "u": "micro", "m": "milli", "c": "centi",
    "d": "deci", "h": "hecto", "k": "kilo", "K": "kilo", "M": "mega", "G": "giga", "T": "tera", "P": "peta",
    "E": "exa",
}  # fmt: skip
# Units that take SI prefixes: symbol -> (pint name, kind, the prefixes in use with it). "u" for micro only on
# units where a lower-case u makes no word ("uF", "uH", "uSv").
SI_UNITS: dict[str, tuple[str, str, str]] = {
    "m": ("meter", "length", "pnµμumcdk"),
    "g": ("gram", "mass", "pnµμumck"),
    "s": ("second", "duration", "pnµμum"),
    "A": ("ampere", "current", "pnµμumk"),
    "mol": ("mole", "amount of substance", "pnµμumk"),
    "Hz": ("hertz", "frequency", "mkMGT"),
    "N": ("newton", "force", "µμmkMG"),
    "Pa": ("pascal", "pressure", "µμmhkMGT"),
    "J": ("joule", "energy", "nµμmkMGTP"),
    "W": ("watt", "power", "pnµμumkMGT"),
    "C": ("coulomb", "charge", "pnµμum"),
    "V": ("volt", "electric potential", "nµμumkMG"),
    "F": ("farad", "capacitance", "pnµμum"),
    "Ω": ("ohm", "electrical resistance", "µμmkMG"),
    "S": ("siemens", "electrical conductance", "nµμm"),
    "Wb": ("weber", "magnetic flux", "nµμm"),
    "T": ("tesla", "magnetic field", "pnµμm"),
    "H": ("henry", "inductance", "pnµμum"),
    "lm": ("lumen", "luminous flux", "k"),
    "lx": ("lux", "illuminance", "k"),
    "Bq": ("becquerel", "radioactivity", "kMGTP"),
    "Ci": ("curie", "radioactivity", "pnµμumk"),
    "Gy": ("gray", "radiation absorbed dose", "µμmc"),
    "Sv": ("sievert", "radiation absorbed dose", "nµμum"),
    "L": ("liter", "volume", "pnµμmcdkMG"),
    "l": ("liter", "volume", "µμmcdk"),
    "eV": ("electron_volt", "energy", "mkMGT"),
    "B": ("byte", "data storage", "kKMGTPE"),
    "bit": ("bit", "data storage", "kMGT"),
    "b": ("bit", "data storage", "kMGT"),
    "bps": ("bit / second", "data transfer rate", "kMGT"),
    "bar": ("bar", "pressure", "µμmk"),
    "Wh": ("watt_hour", "energy", "mkMGT"),
    "Ah": ("ampere_hour", "charge", "mk"),
    "VA": ("volt_ampere", "apparent power", "kMG"),
    "var": ("volt_ampere", "reactive power", "kM"),
    "t": ("tonne", "mass", "MG"),
    "cal": ("calorie", "energy", "k"),
    "Da": ("dalton", "mass", "kM"),
    "M": ("molar", "concentration", "pnµμum"),
    "rem": ("rem", "radiation absorbed dose", "m"),
    "P": ("poise", "dynamic viscosity", "c"),
    "St": ("stokes", "kinematic viscosity", "c"),
}
# Units no prefix is written on, by symbol: (pint name, kind). Lower-case symbols that are words ("in", "pt",
# "cd", "ct") are not here.
PLAIN_SYMBOLS: dict[str, tuple[str, str]] = {
    "lbf": ("force_pound", "force"), "kgf": ("force_kilogram", "force"), "ozf": ("force_ounce", "force"),
    "dyn": ("dyne", "force"), "erg": ("erg", "energy"), "Torr": ("torr", "pressure"), "torr": ("torr", "pressure"),
    "ksi": ("kip_per_square_inch", "pressure"), "nmi": ("nautical_mile", "length"), "ly": ("light_year", "length"),
    "pc": ("parsec", "length"), "kpc": ("kiloparsec", "length"), "Mpc": ("megaparsec", "length"),
    "arcmin": ("arcminute", "angle"), "arcsec": ("arcsecond", "angle"), "mas": ("milliarcsecond", "angle"),
    "deg": ("degree", "angle"), "rad": ("radian", "angle"), "sr": ("steradian", "solid angle"),
    "Btu": ("british_thermal_unit", "energy"), "BTU": ("british_thermal_unit", "energy"),
    "toz": ("troy_ounce", "mass"), "ozt": ("troy_ounce", "mass"), "Å": ("angstrom", "length"),
    "hp": ("horsepower", "power"), "bhp": ("horsepower", "power"), "kat": ("katal", "catalytic activity"),
    "mmHg": ("millimeter_Hg", "pressure"), "inHg": ("inch_Hg", "pressure"), "cmH2O": ("centimeter_H2O", "pressure"),
    "sq ft": ("foot ** 2", "area"), "sq in": ("inch ** 2", "area"), "sq m": ("meter ** 2", "area"),
    "cu ft": ("foot ** 3", "volume"), "cu in": ("inch ** 3", "volume"), "cu m": ("meter ** 3", "volume"),
}  # fmt: skip
# Prefixed symbols that are words, names, abbreviations or chemical elements as often as units: never read.
NOT_UNITS = frozenset(
    ["Ms", "MS", "MA", "PA", "Pa.", "Gs", "GS", "Ts", "TS", "pH", "Mg", "PS", "ps.", "Mt", "MT", "Gt.", "nt", "dB",
     "ML", "Ml", "ds", "hs", "Hs", "cs", "ks", "Ks", "da", "ha", "Ha", "hl", "cd", "mb", "Gb.", "Ps", "MB.",
     "kt", "Kt", "KB.", "TB.", "dl", "DL", "cl", "CL", "GM", "kM", "mM.", "cm.", "Pl", "pm", "am", "Am", "um",
     "Um", "us", "ug", "Ug", "uV", "ul", "Ul", "mC", "MC", "dam", "ms.", "GBq.", "mi", "pt", "pc.", "mas.", "lb",
     "Gy.", "hP", "cP.", "Da", "kDa.", "St", "P", "M", "rad", "rem", "deg", "sr", "TB", "Tb"]
)  # fmt: skip
# Words a number is followed by that look like symbols ("12 pc" pieces, "3 rad" in slang, "5 deg" stays a unit
# only in angle text): read only in a sentence that measures by symbol.
_CONTEXT_ONLY = frozenset(["pc", "rad", "sr", "deg", "mas", "Da", "St", "ly"])
# Single-letter symbols: read only with decimals or beside other symbol measures ("1.28 s", "15 mA for 45 s").
_SINGLE = {"s": ("second", "duration"), "m": ("meter", "length"), "A": ("ampere", "current"),
           "N": ("newton", "force"), "T": ("tesla", "magnetic field"), "t": ("tonne", "mass"),
           "H": ("henry", "inductance"), "S": ("siemens", "electrical conductance"), "Ω": ("ohm", "electrical resistance"),
           "V": ("volt", "electric potential"), "W": ("watt", "power"), "J": ("joule", "energy"),
           "g": ("gram", "mass"), "l": ("liter", "volume"), "L": ("liter", "volume")}  # fmt: skip
_COMPASS = frozenset("NSEW")
# Factors read only inside a product ("kW·h", "lbf·ft", "N·m·s", "lb-in"): alone they are words or handled by
# quantulum3's table.
_PRODUCT_ONLY = {"h": ("hour", "duration"), "hr": ("hour", "duration"), "min": ("minute", "duration"),
                 "ft": ("foot", "length"), "in": ("inch", "length"), "lb": ("pound", "mass"),
                 "kg": ("kilogram", "mass"), "km": ("kilometer", "length"), "K": ("kelvin", "temperature")}  # fmt: skip
# Second factors a product is written glued with ("kWh", "Js", "Nm", "mAh", "VAh"), and the first factors that
# take them glued.
_GLUED_SECOND = {"h": "hour", "s": "second", "m": "meter"}
_GLUED_FIRST = frozenset(["W", "V", "A", "N", "J", "VA", "Pa", "lm", "cd", "lbf", "kgf"])
# Units of length a power is written on ("µm²", "nm³", "dm3").
_POWER_LENGTHS = frozenset(["m", "ft", "in", "yd", "mi"])
# Names of units that take prefixes: name -> (pint name, kind); plurals by "s" (and "henries").
SI_NAMES: dict[str, tuple[str, str]] = {
    "meter": ("meter", "length"), "metre": ("meter", "length"), "gram": ("gram", "mass"),
    "gramme": ("gram", "mass"), "second": ("second", "duration"), "ampere": ("ampere", "current"),
    "amp": ("ampere", "current"), "mole": ("mole", "amount of substance"), "hertz": ("hertz", "frequency"),
    "newton": ("newton", "force"), "pascal": ("pascal", "pressure"), "joule": ("joule", "energy"),
    "watt": ("watt", "power"), "coulomb": ("coulomb", "charge"), "volt": ("volt", "electric potential"),
    "farad": ("farad", "capacitance"), "ohm": ("ohm", "electrical resistance"),
    "siemens": ("siemens", "electrical conductance"), "weber": ("weber", "magnetic flux"),
    "tesla": ("tesla", "magnetic field"), "henry": ("henry", "inductance"), "lumen": ("lumen", "luminous flux"),
    "lux": ("lux", "illuminance"), "becquerel": ("becquerel", "radioactivity"),
    "curie": ("curie", "radioactivity"), "gray": ("gray", "radiation absorbed dose"),
    "sievert": ("sievert", "radiation absorbed dose"), "rem": ("rem", "radiation absorbed dose"),
    "liter": ("liter", "volume"), "litre": ("liter", "volume"), "electronvolt": ("electron_volt", "energy"),
    "electron volt": ("electron_volt", "energy"), "electron-volt": ("electron_volt", "energy"),
    "byte": ("byte", "data storage"), "bit": ("bit", "data storage"), "bar": ("bar", "pressure"),
    "watt-hour": ("watt_hour", "energy"), "watt hour": ("watt_hour", "energy"),
    "ampere-hour": ("ampere_hour", "charge"), "amp-hour": ("ampere_hour", "charge"),
    "dalton": ("dalton", "mass"), "parsec": ("parsec", "length"), "calorie": ("calorie", "energy"),
    "poise": ("poise", "dynamic viscosity"), "molar": ("molar", "concentration"),
    "troy ounce": ("troy_ounce", "mass"),
}  # fmt: skip
NAME_PREFIXES = (
    "pico",
    "nano",
    "micro",
    "milli",
    "centi",
    "deci",
    "hecto",
    "kilo",
    "mega",
    "giga",
    "tera",
    "peta",
)
# Bare names that are English words or names as often as units ("gray", "henry", "tesla", "bar", "bit",
# "second", "amp", "mole", "curie", "rem", "poise", "molar") are read only with a prefix.
_BARE_NAMES = frozenset(
    ["meter", "metre", "gram", "gramme", "ampere", "hertz", "newton", "pascal", "joule", "watt", "coulomb", "volt",
     "farad", "ohm", "siemens", "weber", "lumen", "lux", "becquerel", "sievert", "liter", "litre", "electronvolt",
     "electron volt", "electron-volt", "byte", "watt-hour", "watt hour", "ampere-hour", "amp-hour", "dalton",
     "parsec", "troy ounce"]
)  # fmt: skip
# Unit names that make products with a second name ("gigawatt hours", "kilovolt-amperes", "joule-seconds")
_PRODUCT_FIRST_KINDS = frozenset(["power", "electric potential", "current", "force", "energy"])
_NAME_SECOND = {
    "hour": "hour", "hours": "hour", "second": "second", "seconds": "second", "meter": "meter", "meters": "meter",
    "metre": "meter", "metres": "meter", "ampere": "ampere", "amperes": "ampere", "amps": "ampere",
    "pound": "force_pound", "pounds": "force_pound", "foot": "foot", "feet": "foot", "inch": "inch", "inches": "inch",
}  # fmt: skip
_IMPERIAL_FIRST = {"foot": ("foot", "length"), "inch": ("inch", "length"), "pound": ("force_pound", "force")}
_OTHER_FIRST = {**_IMPERIAL_FIRST, "amp": ("ampere", "current")}  # "100 amp hours"
_PLURAL = {"henry": "henries", "siemens": "siemens", "hertz": "hertz", "lux": "lux"}


@dataclass(frozen=True)
class SymbolTable:
    """The symbols and names of :mod:`quantity_symbols`, checked against pint once per process."""

    symbols: dict[str, UnitInfo]  # "kPa" -> kilopascal, "lbf" -> force_pound
    names: dict[str, UnitInfo]  # "kilopascals" -> kilopascal (lower case)
    symbol_re: re.Pattern[str]
    name_re: re.Pattern[str]
    registry: Any
    name_product_re: re.Pattern[str] | None = None  # "gigawatt hours", "kilovolt-amperes", "inch-pounds"


def _parses(registry: Any, expr: str) -> bool:
    try:
        registry.parse_units(expr)
    except Exception:  # pint raises many kinds of errors for names it lacks
        return False
    return True


def build_symbol_table(registry: Any) -> SymbolTable:
    """Every prefixed symbol and name of :data:`SI_UNITS` / :data:`SI_NAMES` that pint reads, and the plain
    symbols."""
    symbols: dict[str, UnitInfo] = {}
    for base, (pint_name, kind, prefixes) in SI_UNITS.items():
        for prefix in ("", *prefixes):
            symbol = prefix + base
            if symbol in NOT_UNITS or (prefix == "" and len(base) == 1):
                continue
            name = (PREFIXES[prefix] if prefix else "") + pint_name
            if " / " in pint_name and prefix:
                name = PREFIXES[prefix] + pint_name  # "kbps": kilobit / second
            if _parses(registry, name):
                symbols.setdefault(symbol, UnitInfo(name.replace(" ", ""), kind, name))
    for symbol, (pint_name, kind) in PLAIN_SYMBOLS.items():
        if _parses(registry, pint_name):
            symbols[symbol] = UnitInfo(pint_name.replace(" ", ""), kind, pint_name)
    names: dict[str, UnitInfo] = {}
    for word, (pint_name, kind) in SI_NAMES.items():
        plural = _PLURAL.get(word, word + "s")
        for prefix in ("", *NAME_PREFIXES):
            if not prefix and word not in _BARE_NAMES:
                continue
            name = prefix + pint_name
            if not _parses(registry, name):
                continue
            surfaces = {prefix + word, prefix + plural, prefix + word + "s"}
            if prefix + word == "megaohm":
                surfaces |= {"megohm", "megohms"}
            for surface in surfaces:
                names[surface.lower()] = UnitInfo(name, kind, name)
    by_length = sorted(symbols, key=len, reverse=True)
    factor = "|".join(re.escape(s) for s in by_length)
    symbol_re = re.compile(rf"(?:{factor})")
    name_re = re.compile(
        r"(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w-])", re.I
    )
    firsts = [n for n, info in names.items() if info.kind in _PRODUCT_FIRST_KINDS and " " not in n]
    name_product_re = re.compile(
        r"(?P<a>"
        + "|".join(sorted(firsts, key=len, reverse=True))
        + "|"
        + "|".join(_OTHER_FIRST)
        + r")[- ](?P<b>"
        + "|".join(sorted(_NAME_SECOND, key=len, reverse=True))
        + r")(?![\w-])",
        re.I,
    )
    return SymbolTable(symbols, names, symbol_re, name_re, registry, name_product_re)


_TOKEN = re.compile(
    r"[A-Za-zµμΩÅ]+(?:\^?[-−]?[1-4]|[²³]|⁻[¹²³⁴])?(?:[·⋅*-][A-Za-zµμΩ]+(?:\^?[-−]?[1-4]|[²³]|⁻[¹²³⁴])?)*"
)
_JOIN = re.compile(r"[·⋅*-]")
_POWER = re.compile(r"^(?P<u>.+?)(?:\^?(?P<p>[-−]?[1-4])|(?P<sup>[²³])|⁻(?P<inv>[¹²³⁴]))$")
_SUPERSCRIPT = {"¹": "1", "²": "2", "³": "3", "⁴": "4"}
_AFTER_OK = re.compile(r"(?:$|[^\w'’&@/-]|-(?![A-Za-z]))")
_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥₹₩₽₺₦₱]|\b[A-Z]{3})\s?$")


def _factor(table: SymbolTable, token: str, single_ok: bool) -> tuple[str, str] | None:
    """(pint expression, kind) of one factor: a symbol with an optional power ("kPa", "m²", "s-1"); with
    ``single_ok`` (inside a product) also a single letter or :data:`_PRODUCT_ONLY` ("h", "ft")."""
    power = ""
    m = _POWER.match(token)
    known = (table.symbols, _SINGLE, _PRODUCT_ONLY) if single_ok else (table.symbols, _SINGLE)
    if m is not None and any(m.group("u") in k for k in known):
        raw = m.group("p") or _SUPERSCRIPT.get(m.group("sup") or "", "") or "-" + _SUPERSCRIPT[m.group("inv")]
        bare = m.group("p") is not None and not token.endswith(("^" + raw, "-" + raw[-1:], "−" + raw[-1:]))
        if bare and raw not in ("2", "3"):
            return None  # "H1", "A4", "T5": codes, not powers
        token, power = m.group("u"), raw.replace("−", "-")
    info = table.symbols.get(token)
    if info is None and token in _SINGLE:
        name, kind = _SINGLE[token]
        info = UnitInfo(name, kind, name)
    if info is None and single_ok and token in _PRODUCT_ONLY:
        name, kind = _PRODUCT_ONLY[token]
        info = UnitInfo(name, kind, name)
    if info is None or info.pint_expr is None:
        return None
    if power in ("", "1"):
        return info.pint_expr, info.kind
    if info.kind == "length" and power in ("2", "3"):
        return f"({info.pint_expr}) ** {power}", "area" if power == "2" else "volume"
    return f"({info.pint_expr}) ** {power}", "compound"


def _glued_product(table: SymbolTable, token: str) -> list[tuple[str, str]] | None:
    """ "kWh", "Js", "Nm", "mAh", "kNm": a symbol glued to an hour, a second or a metre."""
    second = token[-1]
    first = token[:-1]
    if second not in _GLUED_SECOND or not first:
        return None
    base = first[1:] if first[:1] in PREFIXES and first[1:] in _GLUED_FIRST else first
    if base not in _GLUED_FIRST or token in table.symbols:
        return None
    head = _factor(table, first, single_ok=True)
    return [head, (_GLUED_SECOND[second], "duration")] if head is not None else None


def _kind_of_product(kinds: list[str]) -> str:
    """Torque for a force times a length, energy for a power times a time, charge for a current times a time,
    else a compound."""
    if sorted(kinds) == ["force", "length"]:
        return "torque"
    if sorted(kinds) == ["duration", "power"]:
        return "energy"
    if sorted(kinds) == ["current", "duration"]:
        return "charge"
    return "compound"


def _product_at(table: SymbolTable, text: str, pos: int) -> tuple[int, list[tuple[str, str]]] | None:
    """One symbol or a product of symbols at ``pos`` ("N·m", "kW-h", "Js", "kg"): (end, factors)."""
    m = _TOKEN.match(text, pos)
    if m is None:
        return None
    token = m.group(0)
    parts = _JOIN.split(token)
    if any(not p for p in parts):
        return None
    if "-" in token and any(len(p) < 2 and p not in "mshNJWVA" for p in parts):
        return None
    factors = [_factor(table, p, single_ok=True) for p in parts]
    if len(parts) == 1 and factors[0] is None:
        factors = _glued_product(table, token) or []  # type: ignore[assignment]
    if not factors or any(f is None for f in factors):
        return None
    return m.end(), [f for f in factors if f is not None]


_NEGATIVE_POWER = re.compile(r"(?:\^?[-−][1-4]|⁻[¹²³⁴])$")


def product_unit(table: SymbolTable, text: str, pos: int) -> tuple[int, UnitInfo] | None:
    """A unit written as an expression of symbols starting at ``pos``: a product ("N·m", "kW*h", "N-m",
    "mPa·s", glued "kWh", "Js"), factors with negative powers after spaces ("J kg⁻¹ K⁻¹", "kg m⁻³"), over a
    denominator ("kg·m/s", "W/(m·K)", "J/(kg K)"). (end, unit), or None when ``pos`` starts no expression of
    two factors or more."""
    head = _product_at(table, text, pos)
    if head is None:
        return None
    end, numerator = head
    denominator: list[tuple[str, str]] = []
    while (
        text[end : end + 1] == " "
        and (nxt := _TOKEN.match(text, end + 1))
        and _NEGATIVE_POWER.search(nxt.group(0))
    ):
        more = _product_at(table, text, end + 1)  # "J kg⁻¹ K⁻¹"
        if more is None:
            break
        end, numerator = more[0], numerator + more[1]
    if text[end : end + 1] == "/":
        bracket = text[end + 1 : end + 2] == "("
        cursor = end + 2 if bracket else end + 1
        below = _product_at(table, text, cursor)
        while below is not None and bracket and text[below[0] : below[0] + 1] == " ":
            more = _product_at(table, text, below[0] + 1)  # "J/(kg K)"
            if more is None:
                break
            below = more[0], below[1] + more[1]
        if below is not None and (not bracket or text[below[0] : below[0] + 1] == ")"):
            end, denominator = below[0] + (1 if bracket else 0), below[1]
    if len(numerator) + len(denominator) < 2 or not _AFTER_OK.match(text, end):
        return None
    if re.fullmatch(r"[A-Za-z]/[A-Za-z]", text[pos:end]) and text[pos:end].lower() not in (
        "m/s",
        "g/l",
        "l/s",
        "l/h",
    ):
        return None  # "N/A", "w/o", "c/o", "A/C": abbreviations
    expr = " * ".join(f"({e})" for e, _ in numerator)
    if denominator:
        expr = f"({expr}) / ({' * '.join(f'({e})' for e, _ in denominator)})"
    if not _parses(table.registry, expr):
        return None
    kind = _kind_of_product([k for _, k in numerator]) if not denominator else "compound"
    name = format(table.registry.parse_units(expr), "C")
    return end, UnitInfo(name, kind, expr)


def name_product(table: SymbolTable, text: str, pos: int) -> tuple[int, UnitInfo] | None:
    """A product of unit names at ``pos``: "gigawatt hours", "megawatt-hours", "kilovolt-amperes",
    "joule-seconds", "newton metres", "inch-pounds". (end, unit)."""
    if table.name_product_re is None:
        return None
    m = table.name_product_re.match(text, pos)
    if m is None:
        return None
    first = m.group("a").lower()
    if first in _OTHER_FIRST:
        a_expr, a_kind = _OTHER_FIRST[first]
    else:
        a_expr, a_kind = table.names[first].pint_expr or "", table.names[first].kind
    b_expr = _NAME_SECOND[m.group("b").lower()]
    b_kind = {"hour": "duration", "second": "duration", "meter": "length", "foot": "length", "inch": "length",
              "ampere": "current", "force_pound": "force"}[b_expr]  # fmt: skip
    if (first in _IMPERIAL_FIRST) == (b_expr in ("hour", "second", "ampere", "meter")):
        return None  # "pound hours", "watt feet": no unit
    expr = f"({a_expr}) * ({b_expr})"
    if not _parses(table.registry, expr):
        return None
    kind = _kind_of_product([a_kind, b_kind])
    return m.end(), UnitInfo(format(table.registry.parse_units(expr), "C"), kind, expr)


def _technical(table: SymbolTable, text: str, number_start: int, end: int) -> bool:
    """The number has decimals, or its sentence measures something else by a symbol of two letters or more."""
    number = text[number_start:end]
    if re.search(r"\d[.,]\d", number) and not re.fullmatch(r"\d{1,3}(?:,\d{3})+", number):
        return True
    left = max(text.rfind(". ", 0, number_start), text.rfind("\n", 0, number_start), number_start - 160, 0)
    right_stop = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min([*right_stop, end + 160, len(text)])
    for m in re.finditer(r"\d[ \u00a0]?(?=[A-Za-zµμΩ])", text[left:right]):
        at = left + m.end()
        if number_start <= at <= end + 1:
            continue
        tok = _TOKEN.match(text, at)
        if tok is None or not _AFTER_OK.match(text, tok.end()):
            continue
        word = tok.group(0)
        base = _POWER.sub(r"\g<u>", word) if _POWER.match(word) else word
        known = base in table.symbols or (base in _PRODUCT_ONLY and base != "in")
        if (known and base not in _CONTEXT_ONLY and len(base) > 1) or product_unit(table, text, at):
            return True
    return False


# Sentences about computer memory, data on a line, and nuclear cross sections: there "32K" is 32 kibibytes,
# "1500b" 1,500 bits and "12 b" 12 barns, not thousands and billions
_MEMORY_WORDS = re.compile(r"\b(?:memory|RAM|ROM|EPROM|cache)\b", re.I)
_DATA_WORDS = re.compile(r"\b(?:packets?|bits?|payloads?|frames?|bandwidth|checksums?|headers?|MTU)\b", re.I)
_AREA_WORDS = re.compile(r"\b(?:cross[- ]sections?|barns?|nuclear|neutron|physics)\b", re.I)
_DATA_LETTER = re.compile(r"(?P<space>[ \u00a0]?)(?P<s>K|b)(?![\w'’&@/-])")


def data_letter(text: str, number_start: int, end: int) -> tuple[int, int, tuple[UnitInfo, ...]] | None:
    """A scale letter that is a unit in its sentence: "32K" of memory (kibibytes), a "1500b" packet (bits),
    "12 b" in a sentence about cross sections (barns). (start, end, units)."""
    m = _DATA_LETTER.match(text, end)
    if m is None or not re.fullmatch(r"\d+(?:\.\d+)?", text[number_start:end]):
        return None
    if _CURRENCY_BEFORE.search(text, max(0, number_start - 4), number_start):
        return None
    sentence = _clause(text, number_start, m.end())
    letter = m.group("s")
    if letter == "K" and not m.group("space") and _MEMORY_WORDS.search(text, m.end(), m.end() + 40):
        return m.start("s"), m.end(), (UnitInfo("kibibyte", "data storage", "kibibyte"),)
    if letter == "b" and not m.group("space") and _DATA_WORDS.search(sentence):
        return m.start("s"), m.end(), (UnitInfo("bit", "data storage", "bit"),)
    if letter == "b" and m.group("space") and _AREA_WORDS.search(sentence):
        return m.start("s"), m.end(), (UnitInfo("barn", "area", "barn"),)
    return None


def symbol_unit(
    table: SymbolTable, text: str, number_start: int, end: int
) -> tuple[int, int, tuple[UnitInfo, ...]] | None:
    """A unit symbol or name right after the number ``text[number_start:end]`` that quantulum3's table lacks:
    (start, end, units)."""
    pos = end + 1 if text[end : end + 1] in (" ", "\u00a0", "-") else end
    if _CURRENCY_BEFORE.search(text, max(0, number_start - 4), number_start):
        return None
    name = table.name_re.match(text, pos)
    if name is not None:
        return pos, name.end(), (table.names[name.group(0).lower()],)
    if text[end : end + 1] == "-":
        return None  # "a 5-V ..." is rare; "5-A" is a grade
    spaced = re.match(r"(?:sq|cu)[ ](?:ft|in|m)(?![\w])", text[pos : pos + 6])
    if spaced is not None:
        return pos, pos + spaced.end(), (table.symbols[spaced.group(0)],)
    m = _TOKEN.match(text, pos)
    if m is None or not _AFTER_OK.match(text, m.end()):
        return None
    token = m.group(0)
    if _JOIN.search(token) or re.match(r"\.\w", text[m.end() : m.end() + 2]):
        return None  # a product (read before), or an abbreviation ("9.30 A.M.")
    technical: bool | None = None
    if token in _CONTEXT_ONLY or (token in _SINGLE and token not in table.symbols):
        technical = _technical(table, text, number_start, end)
        if not technical:
            return None
        if token in _COMPASS and re.match(r"\.\s+[A-Z]|,?\s*\d", text[m.end() : m.end() + 4]):
            return None  # "3170 W. County Road", "40.7 N, 74.0 W": a compass point
        if token == "s" and re.fullmatch(r"1\d\d0|20\d0", text[number_start:end]):
            return None  # "the 1990 s": a decade
        if pos == end and not re.search(r"\d[.,]\d", text[number_start:end]):
            return None  # "iPhone 6s", "5G", "3D": a glued letter after a whole number names a thing
    factor = _factor(table, token, single_ok=False)
    if factor is None:
        return None
    expr, kind = factor
    info = table.symbols.get(token)
    if info is None or info.pint_expr != expr:
        unit = table.registry.parse_units(expr)
        info = UnitInfo(
            format(unit, "C") if kind == "compound" else _SINGLE.get(token, (expr, kind))[0], kind, expr
        )
    return pos, m.end(), (info,)


# Words of a sentence that measures angles (a degree sign there is no temperature)
_ANGLE_WORDS = re.compile(
    r"\b(?:angles?|angular|turn(?:s|ed|ing)?|rotat\w*|tilt\w*|inclin\w*|slopes?|gradients?|pitch(?:ed)?|banked|"
    r"climb(?:s|ed|ing)?|descen[dt]\w*|latitudes?|longitudes?|arcs?|compass|bearings?|headings?|azimuth|"
    r"elevation|declination|ascension|parallax|field of view|axis|axial|obliquity|orbit\w*)\b",
    re.I,
)
# Words of a sentence about the sky or positions on a globe, where primes are arc minutes and seconds (elsewhere
# they are feet and inches)
_ARC_WORDS = re.compile(
    r"\b(?:arcs?|angular|apparent|telescopes?|observator\w+|declination|ascension|field of view|parallax|"
    r"latitudes?|longitudes?|astronom\w*|arc-?(?:minutes?|seconds?))\b",
    re.I,
)
_PRIME = {
    "′": "arcminute",
    "'": "arcminute",
    "’": "arcminute",
    "″": "arcsecond",
    '"': "arcsecond",
    "''": "arcsecond",
}
_DEGREE_FIGURE_BEFORE = re.compile(r"\d[ \u00a0]?[°º][ \u00a0]?$")
_MINUTE_FIGURE_BEFORE = re.compile(r"\d[ \u00a0]?[′'’][ \u00a0]?$")
_DEGREES_MINUTES_BEFORE = re.compile(r"\d[ \u00a0]?[°º][ \u00a0]?\d+(?:[.,]\d+)?[ \u00a0]?[′'’][ \u00a0]?$")
_DMS_AFTER = re.compile(r"[ \u00a0]?\d+(?:[.,]\d+)?[ \u00a0]?[′'’]")


def _clause(text: str, start: int, end: int) -> str:
    return text[slice(*sentence_bounds(text, start, end))]


def speaks_of_angles(text: str, start: int, end: int) -> bool:
    """The clause around ``start:end`` speaks of angles (slope, tilt, bearing, latitude, ...)."""
    return _ANGLE_WORDS.search(_clause(text, start, end)) is not None


def angle_unit(
    text: str, number_start: int, end: int, about_temperature: bool
) -> tuple[int, int, tuple[UnitInfo, ...]] | None:
    """A degree sign or a prime after a number that measures an angle: "climbs at 12°" (a sentence about
    angles that is not about temperature), "40° 26′ 46″" (minutes and seconds after a degree figure), "0.8″
    apart" in a sentence about the sky. (start, end, units)."""
    pos = end + 1 if text[end : end + 1] in (" ", "\u00a0") and text[end + 1 : end + 2] in "°º" else end
    mark = text[pos : pos + 2] if text[pos : pos + 2] == "''" else text[pos : pos + 1]
    if mark not in ("°", "º", *_PRIME) or text[pos + len(mark) : pos + len(mark) + 1].isalnum():
        return None
    sentence = _clause(text, number_start, end)
    if mark in ("°", "º"):
        after = text[pos + 1 : pos + 3]
        if re.match(r"[ \u00a0]?[CFK]\b", after) or (
            about_temperature and not _DMS_AFTER.match(text, pos + 1)
        ):
            return None
        if _ANGLE_WORDS.search(sentence) or _ARC_WORDS.search(sentence) or _DMS_AFTER.match(text, pos + 1):
            return pos, pos + 1, (UnitInfo("degree", "angle", "degree"),)
        return None
    if mark not in _PRIME:
        return None
    before = text[max(0, number_start - 24) : number_start]
    name = _PRIME[mark]
    if name == "arcminute":
        settled = _DEGREE_FIGURE_BEFORE.search(before) is not None
    else:  # seconds after degrees and minutes; after minutes alone they are inches after feet (5' 11")
        settled = _DEGREES_MINUTES_BEFORE.search(before) is not None
    if settled or _ARC_WORDS.search(sentence):
        return pos, pos + len(mark), (UnitInfo(name, "angle", name),)
    return None
