"""The sense of an ambiguous unit symbol, from the words around it.

A symbol such as "fps" (frames per second for a camera, feet per second for a bullet), "kt" (a knot of wind, a
kiloton of a blast), "kb" (kilobytes of a file, kilobases of a genome) or "pounds" (sterling, or a weight) names
units of different kinds. As quantulum3 does (it scores each candidate against the words of the candidate's
Wikipedia page), the candidate chosen here is the one whose *topic* the sentence speaks of: each kind of measure
has a vocabulary of the words that speak of what it measures (a frame rate: camera, video, frames, shutter,
footage; a speed: velocity, muzzle, wind, travels), to which every candidate adds the words of its own name
("frame", "foot"). The words of the sentence are stemmed like the classifier's features and counted in each
candidate's vocabulary, the nearest words weighing most; a candidate wins only when its count is strictly the
highest. Otherwise the choice is left to the unit classifier and the table's order (where the most common sense
of a symbol comes first: "fps" is a frame rate unless the sentence speaks of motion).

The vocabularies are by kind of measure, never by sentence: a new ambiguous symbol needs only its candidates.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from parallax.annotation.quantity_classifier import classifier_tokens
from parallax.annotation.quantity_units import UnitInfo

# kind of measure -> words that speak of what it measures (stemmed when compared)
TOPICS: dict[str, str] = {
    "frame rate": "camera cameras video videos frame frames footage shutter film films filmed filming movie cinema "
    "cinematic game games gaming gameplay console display displays monitor monitors screen screens refresh "
    "slow-motion slow motion capture captures captured recording records recorded record resolution render rendering graphics gpu "
    "stream streaming playback animation broadcast television lens sensor hdr 4k 1080p smartphone webcam",
    "speed": "velocity velocities speed speeds muzzle bullet bullets projectile projectiles rifle rifles gun guns "
    "cartridge cartridges round rounds pellet pellets arrow arrows ballistic ballistics fired fires firing shot "
    "shots travel travels traveled travelling traveling wind winds gust gusts moving moves fast faster flow "
    "flows current currents airspeed knots sailing sail ship ships vessel boat aircraft plane jet sea",
    "energy": "blast blasts bomb bombs explosion explosions explosive nuclear warhead warheads yield yields tnt "
    "detonated detonation megaton kiloton atomic test tests weapon weapons",
    "data storage": "data file files memory storage disk disks drive drives download downloads upload byte bytes "
    "bit bits ram ssd usb cache card cards capacity gigabyte megabyte kilobyte compressed image images photo "
    "photos software app computer computers",
    "length": "genome genomes dna gene genes sequence sequences sequencing chromosome chromosomes base pairs "
    "cross-section cross-sections nuclear particle particles collision collisions neutron neutrons long length "
    "wide width distance tall high deep",
    "money": "price prices cost costs paid pay pays paying sold sell sells buy bought fee fees fine fined salary "
    "wage wages worth budget funding fund funds loan loans debt sterling bank banks tax taxes spend spent "
    "spending invest invested investment profit revenue earnings bill bills cash",
    "mass": "weigh weighs weighed weighing weight weights heavy heavier heaviest lighter kilograms grams ounces pounds lbs "
    "kilos kg diet diets dieting slim slimmed slimming obese obesity "
    "lifted lift carry carried load loads cargo body bodies obese overweight lost gained diamond diamonds gem "
    "gems gemstone gemstones jewel jewels jewelry jewellery ring rings ruby rubies sapphire sapphires emerald emeralds "
    "necklace necklaces wheat corn grain grains "
    "soybean soybeans harvest harvested crop crops bushels protein proteins molecule molecules molecular peptide "
    "antibody antibodies enzyme",
    "radiation absorbed dose": "radiation dose doses dosage radiotherapy exposure exposed irradiated absorbed "
    "tumour tumor cancer",
    "duration": "ago years old age ages formed formation era epoch fossil fossils geological billion million",
    "volume": "drink drinks beer beers milk water bottle bottles glass glasses jug pour poured liquid cream "
    "cup cups recipe flour sugar ale ales cider ciders stout stouts lager lagers jugs carton cartons",
    "area": "land acres acreage farm farms farmland field fields plot plots estate estates property properties "
    "hectares lot lots parcel parcels ranch ranches homestead",
    "temperature": "temperature temperatures cold colder hot hotter heat heated cooled cooling freezing frozen "
    "boiling melting kelvin absolute zero thermal cryogenic superconducting superconductor warm warmer",
    "magnetic field": "magnet magnets magnetic magnetized field fields mri coil coils solenoid flux earth's "
    "compass superconducting",
    "magnetic flux": "magnet magnets magnetic flux field fields coil coils loop",
    "dynamic viscosity": "viscosity viscous fluid fluids oil oils liquid liquids flow flows syrup honey",
    "kinematic viscosity": "viscosity viscous fluid fluids oil oils liquid liquids flow flows lubricant",
    "luminous intensity": "light lights lamp lamps bulb bulbs brightness bright luminous led leds candle "
    "candles flashlight beam illumination",
    "radioactivity": "radioactive radioactivity decay isotope isotopes source sources radiation uranium "
    "plutonium radium nuclear",
    "current": "current currents circuit circuits battery batteries charger charging electric electrical fuse "
    "wire wires cable cables amperage lightning",
    "electric potential": "voltage volts battery batteries circuit circuits electric electrical power grid "
    "transmission line lines accelerator electron electrons",
    "capacitance": "capacitor capacitors capacitance circuit circuits",
    "inductance": "inductor inductors inductance coil coils circuit circuits",
    "electrical conductance": "conductance conductivity conductor conductors circuit circuits",
    "force": "force forces thrust push pushed pull pulled tension load loads newton",
    "pressure": "pressure pressures pressurised pressurized atmospheric atmosphere vacuum depth depths deep dive "
    "dives diving diver divers compressed compression compressor psi bar bars tyre tyres tire tires",
    "magnetomotive force": "coil coils winding windings turns magnet magnetic",
    "data transfer rate": "modem modems serial line baud transmission signal signals",
    "typographical element": "camera cameras sensor sensors photo photos image images pixel pixels resolution",
    "luminance": "display displays screen screens brightness luminance monitor monitors panel",
    "percentage point": "rate rates percent percentage inflation unemployment jobless poll polls polling lead "
    "share growth yield yields margin approval vote votes economy economic index",
    "proportion": "water contamination contaminated contaminant contaminants chemical chemicals concentration "
    "concentrations pollutant pollutants pfas toxic samples sample levels groundwater drinking air soil blood",
}
_NEAR = 6  # words counted double within this many words of the symbol
TOPIC_STEMS = {kind: frozenset(classifier_tokens(words)) for kind, words in TOPICS.items()}


def _name_stems(unit: UnitInfo) -> frozenset[str]:
    """The words of the unit's name and of its kind's name ("frame per second", "magnetic field")."""
    return frozenset(classifier_tokens(re.sub(r"[^A-Za-z]+", " ", f"{unit.name} {unit.kind}")))


def choose_sense(units: Sequence[UnitInfo], before: str, after: str) -> UnitInfo | None:
    """The candidate whose topic the words around the symbol speak of most, or None when no candidate's topic is
    named more than every other's (or the candidates are all of one kind).

    ``before`` is the text of the sentence before the number, ``after`` the text after the unit symbol.
    """
    if len({u.kind for u in units}) < 2:
        return None
    left = classifier_tokens(before)
    right = classifier_tokens(after)
    weighted = [(t, 2 if i >= len(left) - _NEAR else 1) for i, t in enumerate(left)]
    weighted += [(t, 2 if i < _NEAR else 1) for i, t in enumerate(right)]
    if not weighted:
        return None
    scores = []
    for unit in units:
        vocabulary = TOPIC_STEMS.get(unit.kind, frozenset()) | _name_stems(unit)
        scores.append(sum(w for t, w in weighted if t in vocabulary))
    best = max(scores)
    if best == 0 or scores.count(best) > 1:
        return None
    return units[scores.index(best)]


_TOPIC_SYMBOL = re.compile(r"(?P<space>[ \u00a0]?)(?P<s>[A-Za-z]{1,3})(?![\w'’&@/-])")
_PLAIN_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
# Unit names and plural abbreviations that are common words ("stone", "atmospheres", "pts"), read like the symbols
# of ``topical``, after any number, where the sentence speaks of their kind ("weighs 14 stone", "3 atmospheres of
# pressure", "4 pts of ale")
TOPICAL_NAMES: dict[str, UnitInfo] = {
    **{w: UnitInfo("stone", "mass", "stone") for w in ("stone", "stones", "st")},
    **{w: UnitInfo("atmosphere", "pressure", "atmosphere") for w in ("atmosphere", "atmospheres", "atm")},
    "cts": UnitInfo("carat", "mass", "carat"),
    "carats": UnitInfo("carat", "mass", "carat"),
    "pts": UnitInfo("pint", "volume", "pint"),
}
_TOPIC_NAME = re.compile(r"(?P<space>[ \u00a0-]?)(?P<s>[A-Za-z]{2,11})(?![\w'’&@/-])")  # "a 14-stone boxer"


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or at most 200 characters aside, within its line) around ``start``..``end``."""
    lo = max(0, start - 200)
    left = max(text.rfind(". ", lo, start) + 2, text.rfind("\n", lo, start) + 1, lo)
    stops = [i for i in (text.find(". ", end, end + 200), text.find("\n", end, end + 200)) if i >= 0]
    return left, min([*stops, end + 200, len(text)])


def topic_symbol(
    topical: Mapping[str, tuple[UnitInfo, ...]], text: str, number_start: int, end: int
) -> tuple[int, int, tuple[UnitInfo, ...]] | None:
    """A unit symbol that is also a word, a letter or an acronym ("4 K", "2 ct", "0.5 M", "3 cd", "12 St"), right
    after digits, read where its sentence speaks of what it measures (the topic of its kind: a temperature, jewels,
    a solution, light, viscosity). (start, end, units)."""
    named: UnitInfo | None = None
    m = _TOPIC_SYMBOL.match(text, end)
    units = topical.get(m.group("s")) if m is not None else None
    if units is not None and not _PLAIN_DIGITS.fullmatch(text[number_start:end]):
        return None
    if m is None or units is None:
        m = _TOPIC_NAME.match(text, end)
        named = TOPICAL_NAMES.get(m.group("s").lower()) if m is not None else None
        if m is None or named is None:
            return None
        units = (named,)
    after = text[m.end() : m.end() + 2]
    if (re.match(r"[ \u00a0]?\d", after) and units != (named,)) or (
        m.group("s")[:1].isupper() and after[:1] == "."
    ):
        return None  # "12 W 34th", "3 K. Smith": a code, an initial ("14 st 3 lb" is a weight)
    if not m.group("space") and m.group("s").lower() in ("st", "nd", "rd", "th"):
        return None  # "1st": an ordinal
    lo, hi = sentence_bounds(text, number_start, m.end())
    unit = _topic_of(units, text[lo:number_start], text[m.end() : hi])
    if unit is None and len(units) == 1 and _measured(text, number_start, end, m):
        unit = units[0]
    return None if unit is None else (m.start("s"), m.end(), (unit,))


_DECIMAL = re.compile(r"\d*[.,]\d+")
_SCALE_LETTERS = frozenset("kKmMbBgGtT")
_MEASURE_END = re.compile(
    r"[ \u00a0]*(?:[.,;:!?)\]]|$|\n|(?:of|per|in|at|and|or|to|for|from|on|with|was|were|is|are|each|the|over|"
    r"across|wide|tall|high|long|deep|apart|by|during|after|before|under|inside|within|when|while|through)\b)"
)


def _measured(text: str, number_start: int, end: int, symbol: re.Match[str]) -> bool:
    """Things are counted whole: a number with decimals ("12.5"), then a space and a symbol that ends the measure
    ("12.5 ct in all", "2.5 stones.") is a measure in the symbol's unit, where the sentence names no topic. Never
    a scale letter ("1.5 B"), never glued ("2.5G")."""
    number = text[number_start:end]
    return (
        bool(symbol.group("space"))
        and _DECIMAL.fullmatch(number) is not None
        and not re.fullmatch(r"\d{1,3},\d{3}", number)
        and symbol.group("s") not in _SCALE_LETTERS
        and _MEASURE_END.match(text, symbol.end()) is not None
    )


def _topic_of(units: Sequence[UnitInfo], before: str, after: str) -> UnitInfo | None:
    """The candidate whose topic (its kind's vocabulary, its own name) the words around name most, or None when no
    word names one (or two tie)."""
    words = classifier_tokens(before) + classifier_tokens(after)
    scores = [
        sum(1 for t in words if t in TOPIC_STEMS.get(u.kind, frozenset()) | _name_stems(u)) for u in units
    ]
    best = max(scores, default=0)
    if best == 0 or scores.count(best) > 1:
        return None
    return units[scores.index(best)]


# A figure in primes restated in brackets ("2½′ (150″)", "5' (60")"): primes are feet and inches, or minutes and
# seconds of arc; the restatement settles which, as the pair of units under which the two figures are equal.
_PRIME_PAIRS = (("foot", "inch", 12.0), ("arcminute", "arcsecond", 60.0))
_PRIMED = r"[\d½⅓⅔¼¾⅛⅜⅝⅞.,]+"
_RESTATED_AFTER = re.compile(
    r"[′'’][ \u00a0]*\([ \u00a0]*(?P<n>\d[\d,]*(?:\.\d+)?)[ \u00a0]*(?:″|\"|''|”)[ \u00a0]*\)"
)
_RESTATING_BEFORE = re.compile(rf"(?<![\w.,])(?P<n>\d{_PRIMED}|\d)[ \u00a0]*[′'’][ \u00a0]*\([ \u00a0]*$")


def restated_prime(text: str, number_start: int, end: int, value: float | None) -> tuple[int, str] | None:
    """The unit of a figure in primes that a bracketed figure restates (or that restates the figure before the
    bracket): (end of the prime mark, unit name: "foot", "inch", "arcminute" or "arcsecond"), or None when no
    pair of units makes the two figures equal."""
    from parallax.annotation.quantity_numbers import parse_number_phrase

    if value is None or value <= 0:
        return None
    after = _RESTATED_AFTER.match(text, end)
    if after is not None:
        restated = float(after.group("n").replace(",", ""))
        pair = next((p for p in _PRIME_PAIRS if abs(value * p[2] - restated) <= 0.01 * restated), None)
        return None if pair is None else (end + 1, pair[0])
    mark = re.match(r"″|\"|''|”", text[end : end + 2])
    before = _RESTATING_BEFORE.search(text, max(0, number_start - 24), number_start)
    if mark is None or before is None or not re.match(r"[ \u00a0]*\)", text[end + len(mark.group(0)) :]):
        return None
    first = parse_number_phrase(before.group("n").replace(",", ""))
    pair = next((p for p in _PRIME_PAIRS if first and abs(first * p[2] - value) <= 0.01 * value), None)
    return None if pair is None else (end + len(mark.group(0)), pair[1])


# "500 tons of grain", "2 tons of cocaine", "1.2 million tons of carbon dioxide": tons of a weighed substance, as news
# agencies and governments report them, are metric tonnes. Bare "tons" ("a 20-ton truck", "cut output by 10,000
# tons", "2,300 tons (2,095 metric tons)") keep the table's short ton; "tons of TNT" are the energy of a blast.
_TON_NAMES = frozenset(["ton", "tons"])
_OF_SUBSTANCE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?!TNT\b|tnt\b|them\b|it\b|this\b|that\b)[A-Za-z]")


def weighed_tons(unit_text: str | None, text: str, end: int) -> bool:
    """True where a figure's "tons" (``unit_text``, ending at ``end``) are followed by "of" and what they weigh."""
    return (unit_text or "").strip().lower() in _TON_NAMES and _OF_SUBSTANCE.match(text, end) is not None


# "2 inches of water in the basement", "a foot of water on the road": the depth of water, a length, unless the sentence
# speaks of pressure (a manometer's "4 inches of water")
_OF_WATER = re.compile(r"(?P<unit>inch(?:es)?|in\.?|foot|feet|ft\.?)[ \u00a0]+of[ \u00a0]+water$", re.I)


def water_depth(unit_text: str | None, unit_kind: str, before: str, after: str) -> int | None:
    """The length of the unit's own word ("inches") where ``unit_text`` ("inches of water") is read as a pressure
    in a sentence (``before`` the number, ``after`` the unit) that names no pressure; None otherwise."""
    m = _OF_WATER.match((unit_text or "").strip())
    if m is None or unit_kind != "pressure":
        return None
    words = classifier_tokens(before) + classifier_tokens(after)
    if any(t in TOPIC_STEMS["pressure"] for t in words):
        return None
    return len(m.group("unit"))
