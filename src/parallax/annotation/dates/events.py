"""Times counted from an event the article dates elsewhere ("the day after his death", "ten days before the
shooting", "in the weeks before the vote"), resolved from the parse.

An event is dated when a date of a day ("on Oct. 23, 2007", "Tuesday") hangs on its verb ("the mayor was
shot on Oct. 23, 2007"); a later noun names the same event when it is that verb's noun ("the shooting",
"the election", "the arrival", "his death" for "died"), or when both name a violent death ("killed" and
"the murder"). Then:

* "ten days before the shooting" is a DATE ten days before that day (without a dated event it stays a
  DURATION: the event is the anchor, and its day is unknown);
* "the day after his death" is the next day, "the day of the vote" that day, "the week before the vote"
  the week before;
* "in the days / weeks before the shooting" is the month of the event (a vague span near it).

An event dated twice with different days, or after the publication date, is not used.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from parallax.annotation.dates.calendar import number, shift
from parallax.annotation.dates.lexicon import NUM_RE
from parallax.model import DateMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_DAY_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:$|T)")
_DETERMINERS = r"(?:the|his|her|their|its|this|that|a)"
# "ten days before the shooting", "the day after his death", "the days before the vote"
_COUNTED = re.compile(
    rf"\b(?P<count>(?:the|a|an|one|{NUM_RE})\s+)?(?P<unit>days?|weeks?|months?|years?)\s+"
    r"(?P<dir>before|after|following|prior\s+to)\b",
    re.IGNORECASE,
)
_DAY_OF = re.compile(
    rf"\bthe\s+(?:very\s+)?(?P<unit>day|night|morning)\s+of\s+{_DETERMINERS}\s+(?P<noun>[a-z]+)\b",
    re.IGNORECASE,
)
# Nouns that do not come from their verb by a suffix
_IRREGULAR = {
    "death": "die", "birth": "bear", "marriage": "marry", "departure": "depart", "failure": "fail",
    "sale": "sell", "loss": "lose", "explosion": "explode", "decision": "decide", "invasion": "invade",
    "collision": "collide", "conclusion": "conclude", "flight": "fly", "seizure": "seize",
    "closure": "close", "trial": "try", "defeat": "defeat", "victory": "win",
}  # fmt: skip
# A violent death, whichever word tells it
_DEATH_VERBS = frozenset({"die", "kill", "murder", "slay", "assassinate", "shoot", "stab"})
_DEATH_NOUNS = frozenset({"death", "killing", "murder", "slaying", "assassination", "shooting", "stabbing"})
_CUES = ("before", "after", "following", "prior to", "day of", "night of", "morning of")
_IN_THE = re.compile(r"\bin\s+$", re.IGNORECASE)
_DAY_PARTS = frozenset({"night", "morning", "evening", "afternoon", "day"})
_SUFFIXES = ("ing", "ion", "ation", "al", "ment", "ance", "ence", "")


def _event_word(doc: Doc, start: int, end: int) -> Token | None:
    """The verb or noun of the event a date of a day dates: the verb it hangs on ("shot on Oct. 23", "died
    Tuesday", "shot on the night of Oct. 23") or the noun it modifies ("the Oct. 23 shooting", "the
    shooting on Oct. 23"), if the parse shows one."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    for _ in range(3):
        if token.dep_ in ("compound", "nmod", "amod") and token.head.pos_ == "NOUN":
            noun = token.head  # "the Oct. 23 slaying", "the Oct. 23 sniper shooting"
            while noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head is not noun:
                noun = noun.head
            return noun
        if token.dep_ == "pobj" and token.head.dep_ == "prep":
            token = token.head.head
        elif token.dep_ in ("npadvmod", "obl"):
            token = token.head
        else:
            return None
        if token.pos_ == "VERB":
            return token
        if token.lower_ not in _DAY_PARTS:
            return token if token.pos_ == "NOUN" else None
    return None


def _after(doc: Doc, start: int, end: int) -> tuple[list[str], bool]:
    """The lemmas that may name the event after "before" / "after" at ``start:end`` ("the shooting", "the
    fatal shooting", "Slepian was killed"), and whether a clause names it rather than a noun."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return [], False
    word = span[-1]  # "before", or "to" of "prior to"
    if word.dep_ == "mark" and word.head.pos_ == "VERB":
        return [word.head.lemma_.casefold()], True
    words: list[str] = []
    clause = False
    for child in word.children:
        if child.dep_ == "pobj":
            words += [
                child.lemma_.casefold(),
                *(c.lemma_.casefold() for c in child.children if c.dep_ == "compound"),
            ]
        elif child.dep_ in ("pcomp", "advcl") and child.pos_ == "VERB":
            words.append(child.lemma_.casefold())  # "after launching the phone", "before he was killed"
            clause = True
    return words, clause


def _names_event(noun: str, verb: str) -> bool:
    """Whether the noun ``noun`` names the event of the verb (or noun) lemma ``verb``."""
    if noun == verb or (noun in _DEATH_NOUNS and verb in _DEATH_VERBS | _DEATH_NOUNS):
        return True
    if _IRREGULAR.get(noun) == verb:
        return True
    stems = {verb, verb[:-1] if verb.endswith("e") else verb, verb + verb[-1:]}
    return any(noun == stem + suffix for stem in stems for suffix in _SUFFIXES if len(stem) > 2)


def _event_days(doc: Doc, mentions: list[DateMention], pub: dt.date | None) -> list[tuple[str, dt.date]]:
    """(verb lemma, day) for each event the text dates to one day before (or on) the publication day."""
    events: list[tuple[str, dt.date]] = []
    for mention in mentions:
        m = _DAY_VALUE.match(mention.value or "") if mention.type in ("DATE", "TIME") else None
        if m is None:
            continue
        day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if pub is not None and day > pub:
            continue
        word = _event_word(doc, mention.start, mention.end)
        if word is None:
            continue
        for token in (word, *(c for c in word.children if c.dep_ == "conj" and c.pos_ == word.pos_)):
            events.append((token.lemma_.casefold(), day))
    return events


def _day_of(events: list[tuple[str, dt.date]], noun: str) -> dt.date | None:
    days = {day for verb, day in events if _names_event(noun, verb)}
    return days.pop() if len(days) == 1 else None


def anchor_on_events(
    doc: Doc, text: str, mentions: list[DateMention], pub: dt.date | None
) -> list[DateMention]:
    """``mentions`` of ``doc`` (whose text is ``text``) with the times counted from a dated event given
    their dates (see the module)."""
    lower = text.lower()
    if not any(word in lower for word in _CUES) or not (_COUNTED.search(text) or _DAY_OF.search(text)):
        return mentions
    events = _event_days(doc, mentions, pub)
    if not events:
        return mentions
    found: list[tuple[int, int, str]] = []  # (start, end, value) of the counted time
    for match in _COUNTED.finditer(text):
        unit = match.group("unit").casefold()
        count = (match.group("count") or "").strip().casefold()
        if count == "the" and unit == "day" and _IN_THE.search(text, 0, match.start()):
            continue  # "rebounded late in the day after falling": the day being told, not one counted
        nouns, clause = _after(doc, match.start("dir"), match.end("dir"))
        day = next((d for n in nouns if (d := _day_of(events, n.casefold())) is not None), None)
        if day is None:
            continue
        sign = 1 if match.group("dir").casefold() in ("after", "following") else -1
        start = match.start("count") if count else match.start("unit")
        if clause and not (unit.endswith("s") and count in ("", "the")):
            continue  # "one year after he was killed": a span from the event (TimeBank's DURATION)
        if unit.endswith("s") and count in ("", "the"):  # "in the weeks before the shooting": near it
            if unit in ("days", "weeks"):
                found.append((start, match.end("unit"), f"{day.year:04d}-{day.month:02d}"))
            continue
        n = 1.0 if count in ("the", "a", "an", "one", "") else number(count)
        if n is None or n != int(n):
            continue
        value, _ = shift(day, int(n), unit, sign)
        found.append((start, match.end("unit"), value))
    for match in _DAY_OF.finditer(text):
        day = _day_of(events, match.group("noun").casefold())
        if day is not None:
            unit = match.group("unit").casefold()
            part = {"night": "TNI", "morning": "TMO"}.get(unit, "")
            found.append((match.start(), match.end("unit"), day.isoformat() + part))
    if not found:
        return mentions
    out = [m for m in mentions if not any(m.start < e and s < m.end for s, e, _ in found)]
    for s, e, value in found:
        out.append(
            DateMention(start=s, end=e, text=text[s:e], value=value, type="TIME" if "T" in value else "DATE")
        )
    return sorted(out, key=lambda m: m.start)
