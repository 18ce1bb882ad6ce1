"""Unit lookup (quantulum3's unit tables plus a few news spellings) and conversion with pint."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pint

# quantulum3 entities worth finding in news text; the rest (luminance, inductance, ...) are noise here.
NEWS_ENTITIES = frozenset(
    ["length", "mass", "currency", "time", "speed", "area", "volume", "temperature", "energy", "power",
     "data storage", "data transfer rate", "frequency", "mass flow"]
)  # fmt: skip
# Physical measures news reports now and then (pressure, voltage, radiation, noise, ...): read only by their
# unambiguous surfaces (a symbol with a capital or a sign, "kPa", "mSv", "dB", "kΩ"; a name that is no
# English word or name, "kilopascals", "sieverts"), never by short lower-case symbols ("tv", "ma", "pa").
SCIENCE_ENTITIES = frozenset(
    ["pressure", "current", "electric potential", "force", "charge", "radioactivity", "radiation absorbed dose",
     "volumetric flow", "sound level", "electrical resistance", "density", "acceleration"]
)  # fmt: skip
# More of quantulum3's measures, read by the same unambiguous surfaces: engine speed ("6,000 rpm"), torque
# ("400 Nm"), concentrations ("420 ppm"), camera resolution ("12 megapixels"), angles ("30 arcminutes"),
# and the rest of physics (farads, lumens, lux, webers, moles, ...).
SCIENCE_ENTITIES = SCIENCE_ENTITIES | frozenset(
    ["instance frequency", "torque", "typographical element", "angle", "amount of substance", "capacitance",
     "inductance", "magnetic field", "magnetic flux", "illuminance", "luminous flux", "luminous intensity",
     "electrical conductance", "kinematic viscosity", "dynamic viscosity", "catalytic activity",
     "linear mass density", "flux density", "radiation exposure", "luminance", "irradiance", "dimensionless",
     "volume (lumber)", "permeability", "fluidity"]
)  # fmt: skip
# quantulum3's dimensionless units that are measures (the others are "pair", "set", "count", ...)
_DIMENSIONLESS = frozenset(["per mille", "parts-per-million", "parts-per-billion", "parts-per-trillion"])
SCIENCE_LOWER_SYMBOLS = frozenset(
    ["psi", "atm", "mmhg", "inhg", "cfm", "ppm", "ppb", "rpm", "mol", "lx", "lm", "lux"]
)
SCIENCE_BLOCKED_NAMES = frozenset(
    ["bar", "bars", "atmosphere", "atmospheres", "gray", "grays", "rad", "rads", "gal", "gals", "galileo",
     "galileos", "curie", "curies", "franklin", "franklins", "faraday", "faradays", "rutherford", "rutherfords",
     "amp", "amps", "barie", "bary", "barye", "tesla", "teslas", "henry", "henrys", "henries", "weber", "webers",
     "gauss", "maxwell", "maxwells", "siemens", "darcy", "darcys", "stokes", "poise", "langley", "langleys",
     "oersted", "oersteds", "denier", "deniers", "turn", "turns", "mole", "moles", "pixel", "pixels", "point",
     "points", "degree", "degrees"]
)  # fmt: skip
# Canonical unit per kind: (pint target, label written in NormalizedQuantity.unit).
CANONICAL = {
    "mass": ("kilogram", "kg"),
    "duration": ("day", "day"),
    "speed": ("kilometer / hour", "km/h"),
    "area": ("kilometer ** 2", "km2"),
    "volume": ("liter", "l"),
    "temperature": ("degree_Celsius", "degC"),
    "energy": ("kilowatt_hour", "kWh"),
    "power": ("watt", "W"),
    "data storage": ("byte", "B"),
    "torque": ("newton * meter", "N*m"),
}
_ENERGY_FAMILIES = {
    "calorie": ("kilocalorie", "kcal"), "joule": ("joule", "J"), "electronvolt": ("electron_volt", "eV"),
}  # fmt: skip
LARGE_AREA_WORDS = ("kilometre", "kilometer", "mile", "acre", "hectare")
LONG_LENGTH_UNITS = frozenset(
    ["kilometre", "mile", "nautical mile", "league", "light-year", "astronomical unit"]
)
# Short symbols and surfaces that are ordinary words or clash with times of day: never units here.
BLOCKED_SURFACES = frozenset(
    ["in", "a", "am", "pm", "at", "s", "h", "t", "g", "b", "c", "d", "l", "p", "q", "u", "y", "pt", "ct", "st",
     "pk", "ha", "hs", "ms", "ns", "nt", "tb", "cc", "dz", "gr", "bp", "ab", "ac", "au", "bu", "cd", "ua", "'",
     '"', "”", "″", "′", "c.", "d.", "point", "points", "set", "sets", "pair", "pairs", "unk", "drop", "drops",
     "span", "ell", "second", "minute", "degree", "degrees", "deg", "mark", "marks", "rand", "real", "won",
     "dime", "cent", "quarter", "quarters", "pound-force", "carat", "stone", "stones", "grain", "grains",
     "foot-candle", "k", "K", "M", "T", "G", "B", "C", "F", "R", "P", "S", "V", "W", "N", "J", "H", "A", "L",
     "E", "MP", "TV", "AT", "At", "Ma", "My", "Ty", "Ta", "TA", "MA", "Em", "Ea", "EA", "Eh", "Da", "Ba", "Ga",
     "GA", "PA", "Pa", "Rd", "TR", "FS", "Gs", "Ci", "Oe", "Sv", "Mx", "Fr", "Bd", "BF"]
)  # fmt: skip
# Symbols that are also words, letters or names, read as units only right after digits ("60W", "230 V",
# "500 g", "24 h", "30p", "2 TB"), in the kind named here, and not before another number ("12 W 34th St").
DIGIT_SYMBOLS = {
    "W": "power", "V": "electric potential", "J": "energy", "g": "mass", "l": "volume", "h": "duration",
    "ms": "duration", "ns": "duration", "ha": "area", "cc": "volume", "TB": "data storage",
    "Tb": "data storage", "Pa": "pressure", "Sv": "radiation absorbed dose", "p": "money", "c": "money",
    "AU": "length", "au": "length",
}  # fmt: skip
# News spellings quantulum3 lacks: surface -> (quantulum3 unit name or pseudo unit, entity).
EXTRA_SURFACES: dict[str, str | tuple[str, ...]] = {
    "per cent": "percentage", "percent": "percentage", "pct": "percentage", "%": "percentage",
    "percentage point": "percentage point", "percentage points": "percentage point",
    "basis point": "basis point", "basis points": "basis point", "bps": "basis point",
    "km/h": "kilometre per hour", "kph": "kilometre per hour", "kmh": "kilometre per hour",
    "kms": "kilometre", "kmph": "kilometre per hour", "yds": "yard", "nautical mile": "nautical mile", "nautical miles": "nautical mile",
    "nm": "nautical mile", "sq km": "square kilometre", "sq. km": "square kilometre", "km2": "square kilometre",
    "km²": "square kilometre", "sq mi": "square mile", "square kilometer": "square kilometre",
    "square kilometers": "square kilometre", "square kilometre": "square kilometre",
    "square kilometres": "square kilometre", "square mile": "square mile", "square miles": "square mile",
    "shekel": "shekel", "shekels": "shekel", "NIS": "shekel", "new shekels": "shekel",
    "US$": "dollar", "USD": "dollar", "EUR": "euro", "GBP": "pound sterling", "Rs": "indian rupee",
    "Rs.": "indian rupee", "lira": "turkish lira", "liras": "turkish lira", "riyals": "saudi riyal",
    "riyal": "saudi riyal", "rials": "iranian rial", "rial": "iranian rial", "dinars": "dinar",
    "dinar": "dinar", "hryvnias": "hryvnia", "roubles": "russian ruble", "rouble": "russian ruble",
    "rubles": "russian ruble", "ruble": "russian ruble", "tonnes": "tonne", "tonne": "tonne",
    "metric tons": "tonne", "metric tonnes": "tonne", "lbs": "pound-mass", "kilo": "kilogram",
    "kilos": "kilogram", "yrs": "year", "hrs": "hour", "mins": "minute", "minutes": "minute",
    # plural and short abbreviations of time units ("9.9 secs", "6 wks", "3 mths", "4 mos")
    "secs": "second", "wks": "week", "wk": "week", "mths": "month", "mth": "month", "mos": "month",
    "seconds": "second", "decades": "decade", "decade": "decade", "centuries": "century",
    "century": "century", "fortnight": "fortnight", "barrels": "barrel", "barrel": "barrel", "bpd": "barrel",
    # money in minor units, and currency names quantulum3 lacks
    "cent": "cent", "cents": "cent", "¢": "cent", "penny": "penny", "pence": "penny", "pennies": "penny",
    "RMB": "chinese yuan", "renminbi": "chinese yuan", "CNY": "chinese yuan", "JPY": "japanese yen",
    "INR": "indian rupee", "AUD": "australian dollar", "CAD": "canadian dollar", "NZD": "new zealand dollar",
    "CHF": "swiss franc", "bucks": "dollar", "quid": "pound sterling", "pesos": "mexican peso",
    "rand": "south african rand", "naira": "nigerian naira", "zloty": "polish zloty", "zlotys": "polish zloty",
    "zlotych": "polish zloty", "PLN": "polish zloty", "kronor": "swedish krona", "krona": "swedish krona",
    "SEK": "swedish krona", "NGN": "nigerian naira", "KSh": "kenyan shilling", "Ksh": "kenyan shilling",
    "KES": "kenyan shilling",
    # dollars named by their country after the number ("176 Hong Kong dollars"), torque in imperial units
    "Hong Kong dollars": "hong kong dollar", "Hong Kong dollar": "hong kong dollar", "HKD": "hong kong dollar",
    "Singapore dollars": "singapore dollar", "Singapore dollar": "singapore dollar",
    "Taiwan dollars": "new taiwan dollar", "Taiwan dollar": "new taiwan dollar",
    "Australian dollars": "australian dollar", "Australian dollar": "australian dollar",
    "New Zealand dollars": "new zealand dollar", "New Zealand dollar": "new zealand dollar",
    "Canadian dollars": "canadian dollar", "Canadian dollar": "canadian dollar",
    "hectare": "hectare", "hectares": "hectare", "mpg": "mile/gallon", "MPG": "mile/gallon",
    "lb-ft": "pound-foot", "lb.-ft.": "pound-foot", "lb ft": "pound-foot", "pound-feet": "pound-foot",
    "pound-foot": "pound-foot", "ft-lb": "pound-foot", "foot-pounds": "pound-foot", "foot-pound": "pound-foot",
    # temperatures as news and people write them (with the common misspellings)
    "C": "degree Celsius", "F": "degree fahrenheit", "° C": "degree Celsius", "° F": "degree fahrenheit",
    "deg c": "degree Celsius", "deg. c": "degree Celsius", "deg f": "degree fahrenheit",
    "deg. f": "degree fahrenheit", "degrees c": "degree Celsius", "degree c": "degree Celsius",
    "degrees f": "degree fahrenheit", "degree f": "degree fahrenheit", "celsius": "degree Celsius",
    "celcius": "degree Celsius", "centigrade": "degree Celsius", "centigrate": "degree Celsius",
    "degrees celsius": "degree Celsius", "degrees celcius": "degree Celsius",
    "degrees centigrade": "degree Celsius", "fahrenheit": "degree fahrenheit", "farenheit": "degree fahrenheit",
    "degrees fahrenheit": "degree fahrenheit", "degrees farenheit": "degree fahrenheit",
    # speeds written out, energy, litres
    "miles an hour": "mile per hour", "mile an hour": "mile per hour", "kilometres an hour": "kilometre per hour",
    "kilometers an hour": "kilometre per hour", "km an hour": "kilometre per hour",
    "kb per second": "kilobit per second", "kilobits per second": "kilobit per second",
    "megabits per second": "megabit per second", "Mb per second": "megabit per second",
    "MWh": "megawatt hour", "GWh": "gigawatt hour", "TWh": "terawatt hour", "L": "litre", "t": "tonne",
    # points scored, won by or lost by an index, a team or a candidate ("fell 102.2 points", "won by 30 points");
    # kitchen measures as recipes capitalise them
    "points": "point", "point": "point", "Tbsp": "tablespoon", "TBSP": "tablespoon", "Tbs": "tablespoon",
    "Tsp": "teaspoon", "TSP": "teaspoon",
    # symbols of units of different kinds, their most common sense in news first; the sentence settles each
    # occurrence (quantity_senses.choose_sense): "fps" is a frame rate unless the sentence speaks of motion (a
    # bullet's feet per second); "ppt" a percentage point unless it speaks of a contaminant
    "fps": ("frame per second", "foot per second"), "FPS": ("frame per second", "foot per second"),
    "ppt": ("percentage point", "parts-per-trillion"),
    # explicit small calories are calories (a bare "calorie" is a food calorie, a kilocalorie)
    "frames per second": "frame per second",
    "frames a second": "frame per second",
    "small calorie": "small calorie", "small calories": "small calorie", "gram calorie": "small calorie",
    "gram calories": "small calorie",
    # data sizes and battery charges in lower case, as shops and forums write them ("16gb", "5000mah"): bytes
    # (bits are written "Gb", "Gbit", "gbps")
    "gb": "gigabyte", "mah": "milliampere-hour",
    # torque written with plural pounds, ounces in the plural abbreviation, hundredweights
    "ft-lbs": "pound-foot", "ft.-lbs.": "pound-foot", "ft lbs": "pound-foot", "lb-fts": "pound-foot",
    "ozs": "ounce", "ozs.": "ounce",
    # metric tonnes by the thousand, million and billion (a "megatonne" weighs; a "megaton" is a blast's energy),
    # and the tonnes of carbon dioxide of climate reports
    **{f"{p}tonne{s}": f"{p}tonne" for p in ("kilo", "mega", "giga") for s in ("", "s")},
    **{f"{a}{g}{e}": f"{n}tonne" for a, n in (("Mt", "mega"), ("Gt", "giga"), ("kt", "kilo"))
       for g in ("CO2", " CO2", "CO₂", " CO₂") for e in ("", "e")},
    **{f"t{g}{e}": "tonne" for g in ("CO2", "CO₂") for e in ("", "e")},
    # computing speed (floating-point operations per second; pint has no such unit): kept in the prefix written
    **{f"{p}flop{s}": f"{p}flop" for p in ("giga", "tera", "peta", "exa") for s in ("", "s")},
    **{f"{p[0].upper()}FLOPS": f"{p}flop" for p in ("giga", "tera", "peta", "exa")},
}  # fmt: skip
PSEUDO_UNITS = {  # unit name -> (kind, pint expression or None, currency code or None)
    "percentage": ("percent", None, None),
    "cent": ("money", None, "USD"),  # minor units: normalised to the main unit (MINOR_UNITS)
    "penny": ("money", None, "GBP"),
    "megawatt hour": ("energy", "megawatt_hour", None),
    "gigawatt hour": ("energy", "gigawatt_hour", None),
    "terawatt hour": ("energy", "terawatt_hour", None),
    "percentage point": ("percentage point", None, None),
    "point": ("points", None, None),
    "frame per second": ("frame rate", "count / second", None),  # things counted per second (count/second)
    "small calorie": ("energy", "calorie", None),
    **{f"{p}tonne": ("mass", f"{p}tonne", None) for p in ("kilo", "mega", "giga")},
    **{
        f"{p}flop": ("computing speed", None, None) for p in ("giga", "tera", "peta", "exa")
    },  # a score's or an index's points: counted as written, never a length
    "basis point": ("percentage point", None, None),  # a hundredth of a percentage point (MINOR_UNITS)
    "nautical mile": ("length", "nautical_mile", None),
    "square mile": ("area", "mile ** 2", None),
    "shekel": ("money", None, "ILS"),
    "turkish lira": ("money", None, "TRY"),
    "saudi riyal": ("money", None, "SAR"),
    "iranian rial": ("money", None, "IRR"),
    "dinar": ("money", None, "DINAR"),
    "hryvnia": ("money", None, "UAH"),
    "nigerian naira": ("money", None, "NGN"),
    "polish zloty": ("money", None, "PLN"),
    "swedish krona": ("money", None, "SEK"),
    "kenyan shilling": ("money", None, "KES"),
    "hong kong dollar": ("money", None, "HKD"),
    "singapore dollar": ("money", None, "SGD"),
    "new taiwan dollar": ("money", None, "TWD"),
    "pound-foot": ("torque", "foot * force_pound", None),
    "hectare": ("area", "hectare", None),
    "mile/gallon": ("rate", "mile / gallon", None),  # fuel economy, kept in miles per gallon
    "decade": ("duration", "decade", None),
    "century": ("duration", "century", None),
    "fortnight": ("duration", "fortnight", None),
    "minute": ("duration", "minute", None),
    "second": ("duration", "second", None),
}
MINOR_UNITS = {
    "cent": 0.01,
    "penny": 0.01,
    "basis point": 0.01,
}  # unit name -> share of its currency's main unit
_PINT_NAMES = {"pound-mass": "pound", "degree Celsius": "degree_Celsius", "degree fahrenheit": "degree_Fahrenheit",
               "light-year": "light_year", "short ton": "short_ton", "ton": "long_ton", "barrel": "oil_barrel"}  # fmt: skip
_KIND_OF_ENTITY = {"length": "length", "mass": "mass", "currency": "money", "time": "duration",
                   "dimensionless": "proportion", "instance frequency": "rotation speed",
                   "typographical element": "image resolution", "volume (lumber)": "volume"}  # fmt: skip


@dataclass(frozen=True)
class UnitInfo:
    """One unit as the annotator uses it."""

    name: str
    kind: str
    pint_expr: str | None = None
    currency: str | None = None


@dataclass(frozen=True)
class UnitTable:
    """Surfaces -> candidate units (several for ambiguous surfaces like "pounds")."""

    exact: Mapping[str, tuple[UnitInfo, ...]]
    lower: Mapping[str, tuple[UnitInfo, ...]]
    max_words: int
    registry: pint.UnitRegistry = field(repr=False)
    # Symbols kept out of ``exact`` because they are also words, times or scales ("Ma", "pm", "K"): read
    # only where :func:`guarded_unit` finds the context that settles them.
    guarded: Mapping[str, tuple[UnitInfo, ...]] = field(default_factory=dict)
    # Symbols read only right after digits (quantity_word_units): rare ones that are no English word ("12 kip",
    # the names among them only where the measure ends), and words or letters where the sentence speaks of their kind
    rare: Mapping[str, tuple[UnitInfo, ...]] = field(default_factory=dict)
    rare_names: frozenset[str] = frozenset()
    topical: Mapping[str, tuple[UnitInfo, ...]] = field(default_factory=dict)


def _pint_expr(unit: Any, registry: pint.UnitRegistry) -> str | None:
    parts = []
    for dim in unit.dimensions:
        base = _PINT_NAMES.get(dim["base"], dim["base"].replace(" ", "_"))
        parts.append(f"({base}) ** {dim['power']}")
    expr = " * ".join(parts) if parts else _PINT_NAMES.get(unit.name, unit.name.replace(" ", "_"))
    if expr is None:
        return None
    for spelling in (expr, expr.replace("-", "_")):  # quantulum3's "board-foot" is pint's "board_foot"
        try:
            registry.parse_units(spelling)
        except Exception:  # pint raises many kinds of errors for names it lacks
            continue
        return spelling
    return None


def science_surface(surface: str, is_name: bool) -> bool:
    """A surface of a scientific unit safe to read in news text (see SCIENCE_ENTITIES)."""
    if is_name:
        ok = len(surface) > 3 or surface.lower() in SCIENCE_LOWER_SYMBOLS
        return ok and surface.lower() not in SCIENCE_BLOCKED_NAMES
    if surface in ("°", "º", "′", "″", "'", '"'):
        return False  # a degree sign alone is settled by the sentence (a temperature, an angle, a height)
    if not surface.isascii():
        return True  # "Ω", "kΩ", "µA"
    return surface in SCIENCE_LOWER_SYMBOLS or (len(surface) > 1 and surface != surface.lower())


def build_unit_table(registry: pint.UnitRegistry) -> UnitTable:
    """Compile the surface tables from quantulum3's English units (once per process)."""
    from quantulum3 import load

    units = load.units("en_US")
    infos: dict[str, UnitInfo] = {}

    def info_for(name: str) -> UnitInfo | None:
        if name in infos:
            return infos[name]
        if name in PSEUDO_UNITS:
            kind, expr, code = PSEUDO_UNITS[name]
            infos[name] = UnitInfo(name, kind, expr, code)
            return infos[name]
        unit = units.names.get(name)
        if unit is None or unit.entity.name not in NEWS_ENTITIES | SCIENCE_ENTITIES:
            return None
        if unit.entity.name == "dimensionless" and name not in _DIMENSIONLESS:
            return None
        kind = _KIND_OF_ENTITY.get(unit.entity.name, unit.entity.name)
        code = getattr(unit, "currency_code", None)
        if kind == "money" and not code:
            return None
        infos[name] = UnitInfo(name, kind, None if kind == "money" else _pint_expr(unit, registry), code)
        return infos[name]

    exact: dict[str, list[UnitInfo]] = {}
    lower: dict[str, list[UnitInfo]] = {}
    guarded: dict[str, list[UnitInfo]] = {}
    for surface, candidates in units.symbols_all.items():
        blocked = surface in BLOCKED_SURFACES or surface.lower() in BLOCKED_SURFACES
        if blocked and ((len(surface) > 1 and surface.isalpha()) or surface in DIGIT_SYMBOLS):
            for unit in candidates:
                info = info_for(unit.name)
                if info is not None and info not in guarded.setdefault(surface, []):
                    guarded[surface].append(info)
    for table, target, fold in ((units.symbols_all, exact, False), (units.surfaces_all, lower, True)):
        for surface, candidates in table.items():
            if surface in BLOCKED_SURFACES or surface.lower() in BLOCKED_SURFACES:
                continue
            owners = [u for u in candidates if surface in u.symbols or surface in u.surfaces]
            # quantulum3 files "Mm" (megametre) under "mm" too, in an order that changes from run to run:
            # the units whose own symbol it is come first, the rest in a fixed (name) order
            for unit in sorted(candidates, key=lambda u: (u not in owners, u.name)):
                info = info_for(unit.name)
                if (
                    info is not None
                    and unit.entity.name in SCIENCE_ENTITIES
                    and not science_surface(surface, fold)
                ):
                    continue
                if info is not None:
                    key = surface.lower() if fold else surface
                    if info not in target.setdefault(key, []):
                        target[key].append(info)
    for surface, names in EXTRA_SURFACES.items():
        found = [i for i in map(info_for, (names,) if isinstance(names, str) else names) if i is not None]
        if found:
            target = lower if surface.islower() else exact
            target[surface.lower() if surface.islower() else surface] = found
            if surface.islower():
                exact.pop(surface, None)  # "bps" in news is basis points, not bits per second
    from parallax.annotation.quantity_word_units import rare_symbols, topical_symbols

    rare, rare_names = rare_symbols(units, info_for)
    all_keys = list(exact) + list(lower)
    max_words = max(len(k.split()) for k in all_keys)
    return UnitTable(
        exact={k: tuple(v) for k, v in exact.items() if v},
        lower={k: tuple(v) for k, v in lower.items() if v},
        max_words=min(max_words, 4),
        registry=registry,
        guarded={k: tuple(v) for k, v in guarded.items() if v},
        rare={k: tuple(v) for k, v in rare.items() if v and k not in exact and k not in lower},
        rare_names=rare_names,
        topical=topical_symbols(units, info_for),
    )


_UNIT_TOKEN = re.compile(
    r"(?:[^\s\d()\[\],;:!?\"“”]|(?<=CO)2)+"
)  # "MtCO2e": the 2 of CO2 belongs to the unit


_POWERED = re.compile(
    r"(?P<base>km|m|cm|mm|ft|mi|yd|in|sq[ ]?(?:km|m|ft|mi))(?:\^(?P<p>[23])|(?P<p2>[23])|(?P<sup>[²³])|[ ](?P<word>squared|cubed))"
    r"(?![\w])"
)
_POWER_BASES = {"km": ("kilometre", "kilometer"), "m": ("metre", "meter"), "cm": ("centimetre", "centimeter"),
                "mm": ("millimetre", "millimeter"), "ft": ("foot", "foot"), "mi": ("mile", "mile"),
                "yd": ("yard", "yard"), "in": ("inch", "inch")}  # fmt: skip


def _powered_unit(text: str, pos: int) -> tuple[int, tuple[UnitInfo, ...]] | None:
    """ "km2", "m³", "km^3", "km squared": a length unit raised to a power (an area or a volume)."""
    m = _POWERED.match(text, pos)
    if m is None:
        return None
    base = m.group("base").replace("sq", "").strip()
    power = m.group("p") or m.group("p2") or {"²": "2", "³": "3"}.get(m.group("sup") or "", "")
    power = power or ("2" if m.group("word") == "squared" else "3")
    name, pint_name = _POWER_BASES[base]
    kind = "area" if power == "2" else "volume"
    label = f"{'square' if power == '2' else 'cubic'} {name}"
    return m.end(), (UnitInfo(label, kind, f"({pint_name}) ** {power}"),)


def match_unit(table: UnitTable, text: str, pos: int) -> tuple[int, tuple[UnitInfo, ...]] | None:
    """The longest unit surface starting at ``pos`` (one to a few words): (end offset, candidates)."""
    if _PRODUCT_UNIT.match(text, pos):
        return None  # "m s-1": left to compound_unit
    powered = _powered_unit(text, pos)
    if powered is not None:
        # "m³/s" is a flow: left to compound_unit
        return None if text[powered[0] : powered[0] + 1] == "/" else powered
    words: list[tuple[int, int]] = []
    cursor = pos
    while len(words) < table.max_words:
        m = _UNIT_TOKEN.match(text, cursor)
        if m is None:
            break
        words.append((m.start(), m.end()))
        if m.end() >= len(text) or text[m.end()] != " ":
            break
        cursor = m.end() + 1
    for n in range(len(words), 0, -1):
        start, end = words[0][0], words[n - 1][1]
        full = text[start:end]
        variants = [full]
        if full[-1] in ".'’":  # "5 km." at a sentence end, "six weeks' time"
            variants.append(full[:-1])
        if n == 1 and "-" in full[1:]:  # "a 15,000 square-foot office"; "5.5 percent-its biggest fall"
            variants += [full.replace("-", " "), full[: full.index("-", 1)]]
        if "\u03bc" in full:  # Greek mu written for the micro sign: "20 μm"
            variants += [v.replace("\u03bc", "\u00b5") for v in variants]
        for surface in variants:
            if not surface:
                continue
            found = table.exact.get(surface) or table.lower.get(surface.lower())
            if found and (surface.lower() == surface or surface in table.exact or n > 1 or len(surface) > 3):
                return start + len(surface), found
    return None


_GUARDED_SYMBOL = re.compile(r"[ \u00a0]?(?P<s>[A-Za-z]{2,3})(?![\w'’])")
_AGO = re.compile(r"\s+(?:ago|before present|BP)\b")
_CLOCK = re.compile(r"(?:[1-9]|1[0-2])(?:[.:][0-5]\d)?")


def guarded_unit(
    table: UnitTable, text: str, number_start: int, end: int
) -> tuple[int, int, tuple[UnitInfo, ...]] | None:
    """A unit symbol that is also a word, a time or a scale, where its context settles it: a span of time
    before "ago" ("66 Ma ago"), alone in brackets after its number ("(1Ga)"), "pm"/"am" after a number that
    is no time of day ("2.123 pm": picometres)."""
    m = _GUARDED_SYMBOL.match(text, end)
    if m is None or m.group("s") not in table.guarded:
        return _digit_symbol(table, text, number_start, end)
    units = table.guarded[m.group("s")]
    durations = tuple(u for u in units if u.kind == "duration")
    bracketed = number_start > 0 and text[number_start - 1] == "(" and text[m.end() : m.end() + 1] == ")"
    if durations and (_AGO.match(text, m.end()) or (bracketed and m.start() == end)):
        return m.start("s"), m.end(), durations
    if m.group("s").lower() in ("pm", "am") and not _CLOCK.fullmatch(text[number_start:end]):
        lengths = tuple(u for u in units if u.kind == "length")
        small = tuple(u for u in lengths if u.name.startswith(("pico", "atto"))) or lengths
        return (m.start("s"), m.end(), small) if small else None
    return _digit_symbol(table, text, number_start, end)


_DIGIT_SYMBOL = re.compile(r"(?P<space>[ \u00a0]?)(?P<s>[A-Za-z]{1,2})(?![\w'’&@/-])")
_PLAIN_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_DISEASE_AFTER = re.compile(
    r"[ \u00a0]+(?:cases?|patients?|deaths?|infections?|drugs?|tests?|clinics?)\b", re.I
)


def _digit_symbol(
    table: UnitTable, text: str, number_start: int, end: int
) -> tuple[int, int, tuple[UnitInfo, ...]] | None:
    """A symbol of :data:`DIGIT_SYMBOLS` right after digits ("60W", "230 V", "30p")."""
    m = _DIGIT_SYMBOL.match(text, end)
    if m is None or m.group("s") not in DIGIT_SYMBOLS or not _PLAIN_DIGITS.fullmatch(text[number_start:end]):
        return None
    symbol = m.group("s")
    if re.match(r"[ \u00a0]?\d", text[m.end() : m.end() + 2]):
        return None  # "12 W 34th Street", "Figure 3 h 2": a code, not a measure
    if len(symbol) == 1 and symbol.isupper() and text[m.end() : m.end() + 1] == ".":
        return None  # "3170 W. County Road", "Henry J. Smith": an initial or a direction
    if symbol in ("p", "c") and (m.group("space") or not re.fullmatch(r"\d{1,2}", text[number_start:end])):
        return None  # only "30p", "50c": pence and cents are written glued, below a pound or a dollar
    if symbol in ("TB", "Tb") and _DISEASE_AFTER.match(text, m.end()):
        return None  # "12 TB cases": tuberculosis
    units = tuple(u for u in table.guarded.get(symbol, ()) if u.kind == DIGIT_SYMBOLS[symbol])
    return (m.start("s"), m.end(), units) if units else None


_COMPOUND_UNIT = re.compile(
    r"(?P<u>[A-Za-zµμ°Ω]{1,4}(?:\^?[-−]?\d|[²³])?(?:/[A-Za-zµμ]{1,4}(?:\^?\d|[²³])?)+|[A-Za-zµμ]{1,3}[-−]1)"
    r"(?P<per>[ ]per[ ](?:year|month|week|day|hour|minute|second))?(?![\w/^])"
)


# A product of unit symbols with negative powers, as science writes it: "m s-1", "kg m−3", "W·m−2".
_PRODUCT_UNIT = re.compile(r"[A-Za-zµμ]{1,3}(?:[-−]?\d)?(?:[ ·⋅][A-Za-zµμ]{1,3}[-−]\d)+(?![\w/^])")


def _product_unit(table: UnitTable, text: str, pos: int) -> tuple[int, UnitInfo] | None:
    m = _PRODUCT_UNIT.match(text, pos)
    if m is None:
        return None
    factors = re.split(r"[ ·⋅]", m.group(0).replace("−", "-"))
    expr = " * ".join(re.sub(r"^([A-Za-zµμ]+)(-?\d)$", r"\1 ** \2", f) for f in factors)
    try:
        units = table.registry.parse_units(expr)
    except Exception:  # pint raises many kinds of errors for strings that are no units
        return None
    return m.end(), UnitInfo(_compound_name(units), "compound", expr)


def _compound_name(units: Any) -> str:
    """pint's compact name of a compound unit; one unit to the power -1 by its spoken name ("4e14 s-1" is
    4e14 inverse second, "5 fb−1" 5 inverse femtobarn)."""
    name = format(units, "C")
    inverse = re.fullmatch(r"1/([A-Za-z_]+)", name)
    return f"inverse {inverse.group(1)}" if inverse else name


def compound_unit(table: UnitTable, text: str, pos: int) -> tuple[int, UnitInfo] | None:
    """A unit written with a slash or a power that the tables lack ("W/min", "l/km", "J/m^2 per year", "s-1",
    "m s-1"), read by pint; its normalised name is pint's compact form ("watt/minute")."""
    product = _product_unit(table, text, pos)
    if product is not None:
        return product
    m = _COMPOUND_UNIT.match(text, pos)
    if m is None:
        return None
    raw = m.group(0)
    if re.fullmatch(r"([A-Za-z]+)[-−]1", raw) and raw[:-2].lower() in (
        "in",
        "on",
        "at",
        "a",
        "an",
        "to",
        "of",
        "is",
        "or",
        "and",
        "all",
    ):
        return None  # "a 3-in-1 printer" is no inverse inch
    if raw.lower() in ("n/a", "w/o", "c/o", "a/c"):
        return None  # "not applicable", "without", "care of", "air conditioning"
    expr = re.sub(r"(?<=[A-Za-z])([23])(?=/|$)", r"**\1", m.group("u").replace("−", "-"))  # "m3/s"
    expr = re.sub(r"^(\w+)-1$", r"1/\1", expr) + (
        ("/" + m.group("per").split()[-1]) if m.group("per") else ""
    )
    try:
        units = table.registry.parse_units(expr)
    except Exception:  # pint raises many kinds of errors for strings that are no units
        return None
    if not raw.strip():
        return None
    return m.end(), UnitInfo(_compound_name(units), "compound", expr)


def _pint_label(table: UnitTable, value: float, unit: UnitInfo) -> tuple[float, str] | None:
    """``value`` kept in its unit, labelled with a name pint reads where quantulum3's name is none
    ("ampere-hour", "pound-force", "millimeter of mercury" become "ampere_hour", "force_pound", "mmHg")."""
    if unit.kind in ("compound", "money"):  # compound names are built for readers ("inverse second")
        return None
    spoken = re.sub(r"\s*/\s*", "/", unit.name.replace(" per ", "/")).replace(" ", "_")
    if "-" not in unit.name:  # pint reads "pound-force" as a difference
        for name in (unit.name.replace(" ", "_"), spoken):
            try:
                table.registry.parse_units(name)
                return None  # pint reads the name as it is ("ton per day" is ton/day)
            except Exception:  # pint raises many kinds of errors for names it lacks
                continue
    # "milliampere-hour" is pint's milliampere_hour, "millimeter of mercury" its millimeter_Hg
    joined = re.sub(r"[- ]", "_", re.sub(r" of (?:mercury|Hg)\b", " Hg", unit.name))
    try:
        table.registry.parse_units(joined)
        return value, joined
    except Exception:  # pint raises many kinds of errors for names it lacks
        pass
    if unit.pint_expr is None:
        return None
    try:
        return value, format(table.registry.parse_units(unit.pint_expr), "C")
    except Exception:  # pint raises many kinds of errors for expressions it cannot format
        return None


def convert(table: UnitTable, value: float, unit: UnitInfo) -> tuple[float, str] | None:
    """``value`` in ``unit`` expressed in the canonical unit of its kind, or None when pint cannot."""
    if unit.pint_expr is None:
        return _pint_label(table, value, unit)
    if unit.kind == "length":
        target, label = ("kilometer", "km") if unit.name in LONG_LENGTH_UNITS else ("meter", "m")
    elif unit.kind == "area" and not any(w in unit.name for w in LARGE_AREA_WORDS):
        target, label = "meter ** 2", "m2"  # a flat in square metres stays in m2
    elif unit.kind == "volume" and "cubic" in unit.name:
        target, label = ("kilometer ** 3", "km3") if "kilomet" in unit.name else ("meter ** 3", "m3")
    elif unit.kind == "energy" and any(w in unit.name for w in _ENERGY_FAMILIES):
        # food energy stays in kilocalories, physics in joules or electronvolts; electricity in kWh
        target, label = next(v for w, v in _ENERGY_FAMILIES.items() if w in unit.name)
        if unit.name == "calorie":
            return value, label  # "a 441-calorie meal": news calories are food calories (kilocalories)
    elif unit.kind == "duration":
        if unit.name == "decade":  # pint's "decade" is a logarithmic ratio; a reader's decade is ten years
            return value * 10, "year"
        return value, unit.name  # "a 30-year sentence" stays 30 years (not 10,957 days)
    elif unit.kind in CANONICAL:
        target, label = CANONICAL[unit.kind]
    else:
        return _pint_label(table, value, unit)
    try:
        quantity = table.registry.Quantity(value, table.registry.parse_units(unit.pint_expr))
        return float(quantity.to(target).magnitude), label
    except Exception:  # dimensionality errors, offsets: leave it unconverted
        return None
