"""The article's title as the annotators read it: headline furniture left out, all-caps read in mixed case,
and a headline's present tense read as past.

Headlines are written in a style of their own:

* a label before a colon ("Live updates:", "Breaking:", "Watch:") and the outlet's or the section's name
  after a dash or a pipe ("... | Courier", "... - Evening Post") are no part of what the headline says:
  :func:`headline_span` gives the part that is read (the title's text from ``start`` to ``end``);
* a headline in capitals ("QUAKE KILLS 120") is parsed in sentence case ("Quake kills 120": the same
  length, so every offset holds; spaCy reads capitals, and words capitalised one by one, as names and
  misses the verb and the count) and the texts of the findings are then taken from the headline as
  written;
* a headline tells what happened in the present tense ("Storm hits coast Monday"): :func:`headline_tense`
  makes that tense past for the dates, so a weekday is the last one before publication; and what is to
  happen with a bare infinitive ("Storm to hit coast Monday"), which is future.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, TypeVar

from parallax.model import Attribution, DateMention, EntityMention, Headline, Quantity, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Labels a headline may open with before a colon (what kind of page it is, not what happened).
_LABEL = re.compile(
    r"^\s*(?:(?:live|latest|breaking|developing|update[ds]?|watch|video|photos?|gallery|opinion|analysis"
    r"|exclusive|explainer|editorial|podcast|listen|read|factbox|fact check|q&a|timeline|profile|review)"
    r"(?:\s+(?:updates?|news|blog|coverage|video|now))*)\s*[:|]\s+",
    re.IGNORECASE,
)
#: Where a trailing name may begin: a pipe, a dash set off by spaces, or a double colon.
_TAIL_SEPARATOR = re.compile(r"\s+(?:\||[-–—]{1,2}|::)\s+|\s*\|\s*")
_NAME_WORD = re.compile(
    r"^(?:[A-Z0-9][\w'’.&!-]*|[a-z][\w-]*\.(?:com|org|net|co\.uk|co|news|tv|uk)|of|the|and|&|on|at|de|la|du|-)$"
)
_CONNECTORS = frozenset({"of", "the", "and", "&", "on", "at", "de", "la", "du", "-"})
_WORD = re.compile(r"[^\W\d_]+")
_PAST_OR_MODAL = frozenset({"VBD", "MD"})
#: A trailing part longer than this many words is the headline's own words, not a name.
MAX_NAME_WORDS = 5
#: At least this share of a headline's letters in capitals makes it an all-caps headline.
CAPS_SHARE = 0.8

T = TypeVar("T", EntityMention, Quantity, DateMention)


def _is_name(part: str) -> bool:
    """A short run of capitalised words (or a site's address) with no number of its own: a name."""
    words = part.split()
    if not words or len(words) > MAX_NAME_WORDS:
        return False
    if any(w.isdigit() for w in words) or not any(w not in _CONNECTORS for w in words):
        return False
    return all(_NAME_WORD.match(w) for w in words) and words[0] not in _CONNECTORS


def headline_span(title: str) -> tuple[int, int]:
    """(start, end) of the part of the title that is read: without a leading label and trailing names."""
    start = 0
    label = _LABEL.match(title)
    if label and len(title[label.end() :].split()) >= 3:
        start = label.end()
    end = len(title.rstrip())
    while True:
        cuts = [m for m in _TAIL_SEPARATOR.finditer(title, start, end)]
        if not cuts:
            break
        last = cuts[-1]
        tail = title[last.end() : end].strip()
        head = title[start : last.start()]
        if not _is_name(tail) or len(head.split()) < 3:
            break
        end = start + len(head.rstrip())
    while start < end and title[start].isspace():
        start += 1
    return start, end


def all_caps(text: str) -> bool:
    """Whether the headline is written in capitals (at least three words, most letters capital)."""
    letters = [c for c in text if c.isalpha()]
    if len(_WORD.findall(text)) < 3 or not letters:
        return False
    return sum(c.isupper() for c in letters) >= CAPS_SHARE * len(letters)


def parse_form(text: str) -> str:
    """The text spaCy parses: an all-caps headline in sentence case ("Quake kills 120 in varnesia"), of
    the same length; any other text as it is."""
    if not all_caps(text):
        return text
    lower = text.lower()
    first = next((i for i, c in enumerate(lower) if c.isalpha()), 0)
    mixed = lower[:first] + lower[first : first + 1].upper() + lower[first + 1 :]
    return mixed if len(mixed) == len(text) else text


def headline_tense(tense: str | None) -> str | None:
    """A headline's present tense is past (it tells what happened); other tenses as they are."""
    return "past" if tense == "present" else tense


def _retext(items: list[T], text: str) -> list[T]:
    return [i.model_copy(update={"text": text[i.start : i.end]}) for i in items]


def _span(span: Span | None, text: str) -> Span | None:
    return None if span is None else span.model_copy(update={"text": text[span.start : span.end]})


def as_written(headline: Headline) -> Headline:
    """The findings' texts taken from the headline as written (after parsing its mixed-case form)."""
    text = headline.text
    quantities = [
        q.model_copy(update={"text": text[q.start : q.end], "conversion": _span(q.conversion, text)})
        for q in headline.quantities
    ]
    attributions: list[Attribution] = [
        a.model_copy(
            update={
                "speaker": _span(a.speaker, text),
                "cue": _span(a.cue, text),
                "content": _span(a.content, text),
                "via": _span(a.via, text),
            }
        )
        for a in headline.attributions
    ]
    return headline.model_copy(
        update={
            "entities": _retext(headline.entities, text),
            "quantities": quantities,
            "dates": _retext(headline.dates, text),
            "attributions": attributions,
        }
    )


def _infinitive_clause(doc: Doc, start: int, end: int) -> bool:
    """Whether the span's clause is a headline's bare infinitive with no finite verb above it ("Storm to
    hit coast Monday", "Council to vote Thursday"): what is to happen."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    token = span.root
    for _ in range(12):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        token = token.head
    if token.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    # A past or modal verb above it tells the tense itself ("Mayor refused to reopen bridge Monday"); a
    # present one does not ("Mayor vows to reopen bridge Monday", "Council to close bridge in May,
    # officials say"): in a headline it is the present of news.
    return not any(a.tag_ in _PAST_OR_MODAL for a in token.ancestors)


def headline_dates(doc: Doc, published: str | None) -> list[DateMention]:
    """The dates of a parsed headline: its present tense read as past, its bare infinitive as future."""
    from parallax.annotation.dates import clause_tense, find_dates_in_text, parse_published
    from parallax.annotation.dates.events import anchor_on_events

    def tense_of(start: int, end: int) -> str | None:
        if _infinitive_clause(doc, start, end):
            return "future"
        return headline_tense(clause_tense(doc, start, end))

    text = doc.text
    mentions = find_dates_in_text(text, published, tense_of)
    return anchor_on_events(doc, text, mentions, parse_published(published))
