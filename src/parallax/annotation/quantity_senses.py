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
from collections.abc import Sequence

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
    "mass": "weigh weighs weighed weighing weight weights heavy heavier lighter kilograms grams ounces lbs "
    "lifted lift carry carried load loads cargo body bodies obese overweight lost gained",
    "radiation absorbed dose": "radiation dose doses dosage radiotherapy exposure exposed irradiated absorbed "
    "tumour tumor cancer",
    "duration": "ago years old age ages formed formation era epoch fossil fossils geological billion million",
    "volume": "drink drinks beer milk water bottle bottles glass glasses jug pour poured liquid",
    "area": "land acres farm field fields plot plots estate property hectares",
    "percentage point": "rate rates percent percentage inflation unemployment jobless poll polls polling lead "
    "share growth yield yields margin approval vote votes economy economic index",
    "proportion": "water contamination contaminated contaminant contaminants chemical chemicals concentration "
    "concentrations pollutant pollutants pfas toxic samples sample levels groundwater drinking air soil blood",
}
_NEAR = 6  # words counted double within this many words of the symbol
TOPIC_STEMS = {kind: frozenset(classifier_tokens(words)) for kind, words in TOPICS.items()}


def _name_stems(unit: UnitInfo) -> frozenset[str]:
    return frozenset(classifier_tokens(re.sub(r"[^A-Za-z]+", " ", unit.name)))


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
