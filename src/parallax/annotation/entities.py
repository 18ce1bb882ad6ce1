"""Named entities: spaCy's, corrected by mechanisms that generalise.

The small English model mislabels and misses names. On top of its output:

1. **Gazetteer** (shipped in a PyPI package): the English names of countries and territories from
   Babel's CLDR data are places (GPE); adjectives derived from them ("Kenyan", "Peruvian", "Norwegian") are
   nationalities (NORP), checked against the model's tag so that rare coinages are not invented.
2. **Context**: a capitalised name after a personal title or role ("Maj. Gen.", "envoy", "spokesman",
   "Minister") is a person, also when the model missed it; a name containing an organisation word
   ("Ministry", "Council", "Agency", "Front", "Radio") is an organisation.
3. **Consistency within the article**: every mention of one name gets the label the article gives it
   most often (context evidence counts double); a surname alone after the full name is that person;
   later occurrences of a found name that the model missed are added.

Labels: PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, PRODUCT, WORK_OF_ART, LAW, LANGUAGE. Numeric labels
(DATE, CARDINAL, ...) are left to the quantity and date annotators.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from parallax.model import EntityMention

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["EntityResources", "find_entities", "load_entity_resources"]

NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)
TITLES = frozenset(
    "mr mrs ms dr prof president vice premier minister secretary chancellor king queen prince princess sheikh "
    "emir ayatollah pope gen general lt col colonel maj major capt captain adm admiral sgt sergeant commander "
    "chief envoy ambassador spokesman spokeswoman spokesperson senator sen rep representative gov governor "
    "mayor judge justice lawyer attorney director chairman chairwoman ceo founder coach striker actor actress "
    "singer author writer reporter correspondent analyst professor officer inspector detective deputy "
    "adviser advisor counselor counterpart leader head rabbi imam bishop cardinal father sister brother "
    "son daughter wife husband mother".split()
)
ORG_WORDS = frozenset(
    "ministry ministries council agency army forces force party front guards corps organization organisation "
    "university college committee commission observatory institute foundation association union league "
    "company corporation corp inc ltd llc group bank court parliament assembly senate congress cabinet "
    "government administration department office bureau police service services tv radio channel news "
    "network times post journal herald tribune gazette press broadcaster authority fund brigade brigades "
    "battalion regiment division movement coalition alliance club federation".split()
)
SPEECH_VERBS = frozenset("said says told added stated claimed insisted warned noted argued explained wrote".split())
_CAPWORD = re.compile(r"[A-Z][\w'’\-]*(?:\.)?")


@dataclass(frozen=True)
class EntityResources:
    """Gazetteer loaded once per process."""

    places: frozenset[str]
    nationalities: frozenset[str]
    cities: frozenset[str] = frozenset()


def _demonyms(name: str) -> set[str]:
    """Plausible adjectives of a country name; only used to confirm the model's NORP or fix its GPE/ORG."""
    out = {name + "n", name + "ian", name + "i", name + "ese", name + "ish"}
    if name.endswith(("a", "e", "o", "y")):
        stem = name[:-1]
        out |= {stem + "an", stem + "ian", stem + "ese", stem + "ish", stem + "i"}
    return out


def load_entity_resources() -> EntityResources:
    """Country and territory names (English, from Babel's CLDR data) and adjectives derived from them."""
    places = country_names()
    single = [p for p in places if " " not in p]
    nationalities = {d for p in single for d in _demonyms(p)}
    return EntityResources(places=places, nationalities=frozenset(nationalities), cities=_tz_cities())


@cache
def country_names() -> frozenset[str]:
    """Country and territory names in English (Babel's CLDR data), with and without a leading "the"."""
    from babel import Locale

    places = {
        name
        for code, name in Locale("en").territories.items()
        if code.isalpha() and len(name) < 40 and "(" not in name and "&" not in name
    }
    return frozenset(places | {p.removeprefix("the ") for p in places})


def _tz_cities() -> frozenset[str]:
    """The cities that name the time zones of the tz database (shipped by pytz): about 500 large cities."""
    import pytz

    return frozenset(
        zone.rsplit("/", 1)[1].replace("_", " ")
        for zone in pytz.all_timezones
        if "/" in zone and not zone.startswith(("Etc/", "SystemV/", "US/", "Canada/", "Brazil/", "Chile/", "Mexico/"))
    )


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    label: str
    evidence: int = 1  # context evidence counts more than the model's guess


def _key(text: str) -> str:
    text = re.sub(r"^(?:the|The)\s+", "", text)
    return re.sub(r"['’]s$", "", text).strip()


def _strip(full: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading 'the' and a trailing possessive from a mention's span."""
    text = full[start:end]
    if text.startswith(("the ", "The ")):
        start += 4
        text = text[4:]
    match = re.search(r"['’]s$", text)
    if match:
        end -= 2
    return start, end


def _previous_word(text: str, start: int) -> str:
    match = re.search(r"([A-Za-z]+)\.?\s*$", text[max(0, start - 40) : start])
    return match.group(1).casefold() if match else ""


def _next_word(text: str, end: int) -> str:
    match = re.match(r"\s*,?\s*([A-Za-z]+)", text[end : end + 40])
    return match.group(1).casefold() if match else ""


def _relabel(m: _Mention, text: str, res: EntityResources) -> None:
    key = _key(m.text)
    words = [w.casefold().strip(".") for w in key.split()]
    previous = _previous_word(text, m.start)
    if key in res.places:
        m.label, m.evidence = "GPE", 3
    elif _GEO_FEATURE.search(key) and m.label in ("PERSON", "ORG", "GPE", "FAC", "PRODUCT", "WORK_OF_ART", "LOC"):
        m.label, m.evidence = "LOC", 2
    elif (key in res.cities and (m.label != "PERSON" or previous in _PLACE_PREP or previous in _CITY_PREP)) or (
        " " not in key
        and m.label in ("PERSON", "ORG", "PRODUCT", "WORK_OF_ART")
        and _PLACE_OF.search(text[max(0, m.start - 40) : m.start])
    ):
        m.label, m.evidence = "GPE", 2
    elif key in res.nationalities or (key.endswith("s") and key[:-1] in res.nationalities):
        if m.label in ("NORP", "GPE", "ORG", "PERSON", "LANGUAGE"):
            m.label, m.evidence = "NORP", 3
    elif (words and words[-1] in ORG_WORDS) or (words and words[0] in ORG_WORDS and len(words) > 1):
        if m.label in ("PERSON", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LOC"):
            m.label, m.evidence = "ORG", 2
    elif (
        " " not in key
        and _previous_word(text, m.start) in _PLACE_PREP
        and m.label in ("PERSON", "ORG", "PRODUCT", "WORK_OF_ART")
        and key.casefold() not in ORG_WORDS
    ):
        m.label, m.evidence = "GPE", 1
    elif _previous_word(text, m.start) in TITLES and all(w[:1].isupper() for w in key.split()):
        m.label, m.evidence = "PERSON", 2


_TITLE_NAME = re.compile(
    r"\b(?P<title>" + "|".join(sorted((t.capitalize() for t in TITLES), key=len, reverse=True)) + r")\.?\s+"
    r"(?P<name>[A-Z][a-z][\w'’\-]+(?:\s+(?:al-|bin\s+|ibn\s+|de\s+|van\s+|von\s+)?[A-Z][\w'’\-]+){1,3})"
)


_ROLE_APPOS = re.compile(
    r"\b(?:" + "|".join(sorted(TITLES, key=len, reverse=True)) + r")\b[^.,;:\n]{0,40},\s+"
    r"(?P<name>[A-Z][a-z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,2}),"
)
_PLACE_PREP = frozenset("in near outside around across into towards toward inside".split())
# Before a name that the tz database knows as a city, these also mark a place ("a teacher from Malmo").
_CITY_PREP = frozenset("from of to at reached visited".split())
# "the governor of X", "residents of X", "the town of X": X is a place.
_PLACE_OF = re.compile(
    r"\b(?:governor|mayor|residents|inhabitants|city|town|village|province|region|district|outskirts|"
    r"suburbs?|capital|port|streets|centre|center|people|citizens|east|west|north|south)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Natural features: "Lake Titicaca", "Mount Elbrus", "the Gulf of Aden", "the Dnieper River", "the Red Sea".
_GEO_FEATURE = re.compile(
    r"^(?:Lake|Mount|Mt\.?|Gulf|Bay|Cape|Strait|Sea)\s|\s(?:River|Sea|Ocean|Mountains|Desert|Valley|Strait|Basin|Peninsula|Lake|Gulf)$"
)


def find_entities(doc: Doc, resources: EntityResources) -> list[EntityMention]:
    """Named entities of a parsed text, corrected (see the module docstring)."""
    text = doc.text
    mentions: list[_Mention] = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        start, end = _strip(text, ent.start_char, ent.end_char)
        if end <= start or not text[start:end].strip() or not any(c.isupper() for c in text[start:end]):
            continue
        mention = _Mention(start, end, text[start:end], ent.label_)
        _relabel(mention, text, resources)
        mentions.append(mention)
    # Names after a title that the model missed or cut short.
    for match in [*_TITLE_NAME.finditer(text), *_ROLE_APPOS.finditer(text)]:
        start, end = match.span("name")
        while end > start and text[end - 1] in ".,'’":
            end -= 1
        if re.search(r"['’]s$", text[start:end]):
            end -= 2
        if text[start:end].split()[-1].casefold() in ORG_WORDS:
            continue
        overlapping = [m for m in mentions if m.start < end and start < m.end]
        if any(m.label == "PERSON" and m.start <= start and m.end >= end for m in overlapping):
            continue
        if any(m.label in ("GPE", "NORP") and m.evidence >= 3 for m in overlapping):
            continue
        mentions = [m for m in mentions if m not in overlapping]
        mentions.append(_Mention(start, end, text[start:end], "PERSON", 2))
    mentions.sort(key=lambda m: m.start)
    _make_consistent(mentions, text)
    return [EntityMention(start=m.start, end=m.end, text=m.text, label=m.label) for m in mentions]


def _make_consistent(mentions: list[_Mention], text: str) -> None:
    """One label per name in an article; surnames follow their full name; missed repeats are added."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        votes[_key(m.text)][m.label] += m.evidence
    persons = {_key(m.text) for m in mentions if votes[_key(m.text)].most_common(1)[0][0] == "PERSON"}
    surnames: dict[str, str] = {}
    for name in persons:
        parts = name.split()
        if len(parts) >= 2:
            surnames.setdefault(parts[-1], name)
    for m in mentions:
        key = _key(m.text)
        if " " not in key and key in surnames and m.label in ("ORG", "GPE", "NORP", "PRODUCT", "LOC", "FAC", "PERSON"):
            votes[key]["PERSON"] += 3
        # A speaker: "X said" is a person unless X names a place, a nationality or an organisation.
        if m.label in ("ORG", "PRODUCT", "WORK_OF_ART", "FAC") and _next_word(text, m.end) in SPEECH_VERBS:
            words = key.casefold().split()
            if key in surnames or (len(words) >= 2 and not set(words) & ORG_WORDS and m.evidence < 2):
                votes[key]["PERSON"] += 2
    for m in mentions:
        m.label = votes[_key(m.text)].most_common(1)[0][0]
    # Add later repeats of a person's name or surname that the model missed.
    covered = bytearray(len(text) + 1)
    for m in mentions:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    extra: list[_Mention] = []
    names = {k for k, v in votes.items() if v.most_common(1)[0][0] == "PERSON"} | set(surnames)
    for name in sorted(names, key=len, reverse=True):
        if len(name) < 3:
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            s, e = match.span()
            if any(covered[s:e]):
                continue
            covered[s:e] = b"\x01" * (e - s)
            extra.append(_Mention(s, e, name, "PERSON"))
    mentions.extend(extra)
    mentions.sort(key=lambda m: m.start)
