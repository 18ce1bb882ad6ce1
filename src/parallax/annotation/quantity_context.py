"""Context around a number: hedges, counted nouns, and the signs that a number is not a quantity."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from parallax.annotation.quantity_numbers import looks_like_year

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

QUALIFIERS = [
    "no closer than", "no further than", "no farther than", "no more than", "no less than", "no fewer than",
    "not more than", "not less than", "not fewer than", "more than", "less than", "fewer than",
    "greater than", "closer than", "further than", "farther than", "at least", "at most", "up to",
    "as many as", "as much as", "as few as", "as little as", "upwards of", "in excess of", "close to",
    "a maximum of", "a minimum of", "more or less", "an estimated", "estimated", "approximately", "approx.",
    "just over", "just under", "well over", "well under", "nearly", "almost", "about", "around", "roughly",
    "some", "over", "under", "below", "above", "beyond", "within", "only", "exactly", "precisely",
    "barely", "just", "circa", "c.", "~",
]  # fmt: skip
_QUAL_ALT = "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))
QUALIFIER_BEFORE = re.compile(rf"(?<![\w])(?:{_QUAL_ALT})\s*$", re.I)
QUALIFIER_AFTER = re.compile(r"(?:\s+or\s+(?:more|so|less|fewer|longer)\b|-plus\b|\+(?![\d\w])|\s+plus\b(?!\s+\d))", re.I)

MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
MONTH_BEFORE = re.compile(rf"\b{MONTHS}\.?\s+$")
MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?(?:[ \t]+of)?[ \t]+{MONTHS}\b")
# a month followed by its own day ("19 Sept. 11 hijackers"): the number before it is no day of that month
MONTH_DAY_AFTER = re.compile(
    rf"^[ \t]+{MONTHS}\.?[ \t]+\d{{1,2}}(?![\d:])"
    r"(?![ \t]+(?:people|persons|men|women|children|percent|(?:second|minute|hour|day|night|week|month|year)s?)\b)"
)
TIME_AFTER = re.compile(
    r"^(?::\d\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|GMT|hrs?\b|o'clock\b|local time\b))", re.I
)
ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.I)
VERSION_OR_CODE_AFTER = re.compile(r"^(?:\.\d|[-/]\d|,\d{1,2}(?!\d)|[A-Za-z]+\d)")
AGE_AFTER = re.compile(r"^[- ]years?[- ]old\b|^[- ](?:year|month|week|day)s?[- ]old\b", re.I)
AGE_BEFORE = re.compile(r"\b(?:aged|age|ages)\s+$", re.I)
LABEL_BEFORE = re.compile(
    r"(?:\b(?:No|Nos|no|nos|Vol|vol|p|pp|v|Art|art)\.|#|\b(?:number|page|pages|version|chapter|article|section|"
    r"resolution|room|flight|route|highway|road|line|platform|phase|grade|level|round|stage|episode|season|"
    r"channel|gate|terminal|unit|division|brigade|battalion|regiment|squadron|district|ward|precinct|bus|"
    r"tier|category|class|model|series|type|size|code|zone|sector|block|lot|apartment|suite|floor|exit|"
    r"track)\b)\s*$",
    re.I,
)
RESULT_BEFORE = re.compile(r"\b(?:vote|votes|score|scored|won|lost|beat)\s+$", re.I)
CHANGE_WORDS = frozenset(
    "rose fell rise fall rises falls risen fallen increased decreased increase decrease dropped drop climbed "
    "jumped grew grown declined cut raised reduced lowered changed up down went moved shrank surged slumped "
    "plunged soared doubled halved revised extended shortened raise reduce lower expand expanded boost boosted "
    "lift lifted cutting raising increasing reducing lowering expanding going gone goes grow grows growing "
    "rising falling climbing dropping jumping declining slashed slashing trimmed shifted".split()
)
FUNCTION_WORDS = frozenset(
    "a an the and or but of in on at to for from by with about around over under some nearly almost more "
    "less than at least up no as only just roughly approximately between among some some after before since "
    "during until while if when where that this these those its their his her our your my all both each "
    "every another other such what which who whom whose it he she they we you i there here then also "
    "not nor so yet per via into onto upon within without across along behind beyond near".split()
)
STOP_COUNTED = FUNCTION_WORDS | frozenset(
    "is are was were be been being has have had do does did will would can could may might must shall "
    "should said says say told according percent per cent times".split()
)
IRREGULAR_PLURALS = frozenset(
    "people children men women police personnel staff cattle troops militia clergy youth crew "
    "livestock aircraft infantry data".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
NAME_LABELS = frozenset(["ORG", "PRODUCT", "FAC", "LAW", "WORK_OF_ART", "EVENT", "PERSON", "GPE", "LOC", "NORP"])


def qualifier_before(text: str, start: int) -> tuple[int, str] | None:
    """A hedge ending right before ``start`` ("at least ", "nearly "): (its start, its text)."""
    window_start = max(0, start - 30)
    m = QUALIFIER_BEFORE.search(text, window_start, start)
    if m is None:
        return None
    return m.start(), m.group(0).strip()


def qualifier_after(text: str, end: int) -> tuple[int, str] | None:
    """A hedge right after a quantity ("or more", "-plus", "+"): (its end, its text)."""
    m = QUALIFIER_AFTER.match(text, end)
    if m is None:
        return None
    return m.end(), m.group(0).strip(" -")


def is_change_context(text: str, start: int) -> bool:
    """True when "from X to Y" reports a change ("rose from 5 to 10"), not a range."""
    clause = re.split(r"(?<!\d)[.;:!?\n]|[.;:!?\n](?!\d)", text[max(0, start - 300) : start])[-1]
    before = [w.strip(",()") for w in clause.lower().split()]
    if not before or before[-1] != "from" or before[-2:-1] in (["ranging"], ["range"], ["ranges"], ["ranged"], ["varying"], ["vary"], ["varies"], ["run"], ["runs"], ["anywhere"]):
        return False
    # a change verb near "from", or a verb of change anywhere earlier in the sentence ("increase its swap
    # lines with the first bank from 5 to 10, and with the second from 2 to 3")
    return any(w in CHANGE_WORDS for w in before[-11:-1]) or any(
        w in CHANGE_WORDS and w not in ("up", "down", "cut") for w in before[:-1]
    )


def previous_word(text: str, start: int) -> str:
    """The word right before ``start`` (empty at the start of the text)."""
    m = re.search(r"([A-Za-z][\w.'’-]*)\s*$", text[max(0, start - 30) : start])
    return m.group(1) if m else ""


def looks_like_name_part(text: str, start: int) -> bool:
    """A number right after a capitalised name word ("Channel 10", "Boeing 737"): part of a name."""
    before = text[max(0, start - 30) : start]
    m = re.search(r"(?:^|[\s(])([A-Z][\w’'-]*)\s$", before)
    if m is None:
        return False
    word = m.group(1)
    if re.search(r"[’']s$", word):
        return False  # an owner's figure ("Lorin's 40 horses"), not a number in a name
    if word.lower() in FUNCTION_WORDS or word.lower() in {"about", "around", "some", "over", "nearly", "almost"}:
        return False
    sentence_start = before[: before.rfind(word)].rstrip()
    return not (sentence_start == "" or sentence_start[-1:] in ".!?:;\"“”\n")


def is_not_a_quantity(text: str, start: int, end: int) -> bool:
    """Dates, times of day, ordinals, versions, codes, ages and labels around a bare number."""
    after = text[end : end + 30]
    before = text[max(0, start - 30) : start]
    if ORDINAL_AFTER.match(after) or TIME_AFTER.match(after) or VERSION_OR_CODE_AFTER.match(after):
        return True
    day = text[start:end].isdigit() and 0 < int(text[start:end]) <= 31
    if day and (MONTH_BEFORE.search(before) or (MONTH_AFTER.match(after) and not MONTH_DAY_AFTER.match(after))):
        return True
    if AGE_AFTER.match(after) or AGE_BEFORE.search(before):
        return True
    if LABEL_BEFORE.search(before) and not _counts_next(text, start, end):
        return True  # "block 5", "round three of"; "block three state laws" counts the laws
    # the tail of a code or phone number "555-1234"; a number in words after a full stop starts a sentence
    return bool(re.search(r"[\d][-.]\s?$", before)) and text[start : start + 1].isdigit()


def _date_between(text: str, end: int) -> int:
    """The length of a month and day right after a number ("19 Sept. 11 hijackers": " Sept. 11"), else 0: what the
    number counts comes after it."""
    m = MONTH_DAY_AFTER.match(text[end : end + 20])
    return m.end() if m else 0


def _counts_next(text: str, start: int, end: int) -> bool:
    """A number in words right before the plural noun it counts ("three state laws")."""
    return text[start:end].isalpha() and not text.startswith(" of", end) and counted_from_text(text, end) is not None


def counted_from_text(text: str, end: int) -> tuple[int, int] | None:
    """The counted noun after a number, without a parse: up to three words, ending at a plural."""
    pos = end + _date_between(text, end)
    m_of = re.match(r"\s+of(?:\s+(?:the|their|its|his|her|our|those|these))?(?=\s)", text[pos : pos + 20])
    if m_of:
        pos += m_of.end()
    words: list[re.Match[str]] = []
    cursor = pos
    while len(words) < 3:
        m = re.match(r"[ \u00a0]+", text[cursor : cursor + 5])
        if not m:
            break
        w = _WORD.match(text, cursor + m.end())
        if not w or w.group(0).lower() in STOP_COUNTED:
            break
        words.append(w)
        cursor = w.end()
    for i, w in enumerate(words):
        word = w.group(0).lower().rstrip("'’")
        if word in IRREGULAR_PLURALS or word.endswith("men") or (word.endswith("s") and not word.endswith("ss") and len(word) > 3):
            return words[0].start(), w.end()
        if i == 0 and word.endswith("ly"):
            return None
    return None


def counted_from_doc(doc: Doc, end: int) -> tuple[int, int] | None:
    """The counted noun after a number, from the parse: adjectives and nouns up to the head noun."""
    starts = doc.user_data.get("parallax_token_starts")
    if starts is None:  # token offsets, computed once per Doc (a linear scan per quantity is quadratic)
        starts = [token.idx for token in doc]
        doc.user_data["parallax_token_starts"] = starts
    start_token = bisect_left(starts, end + _date_between(doc.text, end))
    if start_token >= len(starts):
        return None
    i = start_token
    if doc[i].lower_ == "of" and i + 1 < len(doc):
        i += 1
        if doc[i].pos_ == "DET" and i + 1 < len(doc):
            i += 1
    run: list[Token] = []
    while i < len(doc) and len(run) < 4 and (doc[i].pos_ in ("ADJ", "NOUN", "PROPN") or doc[i].tag_ == "VBN"):
        run.append(doc[i])
        if doc[i].pos_ == "NOUN" and (i + 1 >= len(doc) or doc[i + 1].pos_ not in ("NOUN", "PROPN")):
            break
        i += 1
    while run and run[-1].pos_ not in ("NOUN", "PROPN"):
        run.pop()
    if not run:
        return _counted_head(doc, start_token)
    return run[0].idx, run[-1].idx + len(run[-1].text)


# Words the modifiers between a number and the plural noun it counts may be: adverbs of degree ("mostly",
# "largely"), adjectives coordinated ("past and present"), nouns and names used as modifiers.
_BETWEEN_POS = frozenset({"ADV", "ADJ", "CCONJ", "NOUN", "PROPN", "VERB"})


def _counted_head(doc: Doc, after: int) -> tuple[int, int] | None:
    """The plural noun the number just before token ``after`` counts by the parse, past modifiers the run of
    :func:`counted_from_doc` stops at ("Nine mostly centrist Democrats", "five past and present senators"):
    the number is its ``nummod``, the noun at most six tokens on, and every token between is one of its
    modifiers (in its subtree, an adverb, adjective, conjunction or noun)."""
    if after == 0:
        return None
    number = doc[after - 1]
    head = number.head
    if number.dep_ != "nummod" or head.pos_ not in ("NOUN", "PROPN") or head.tag_ not in ("NNS", "NNPS"):
        return None
    if not 0 < head.i - number.i <= 6:
        return None
    between = doc[after : head.i]
    if any(t.pos_ not in _BETWEEN_POS or head not in (t, *t.ancestors) for t in between):
        return None
    return doc[after].idx, head.idx + len(head.text)


def doc_labels(doc: Doc, start: int, end: int) -> tuple[set[str], bool]:
    """Entity labels on the tokens inside [start, end), and whether any token there is an ordinal."""
    labels: set[str] = set()
    ordinal = False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return labels, ordinal
    for token in span:
        if token.ent_type_ and (token.ent_type_ not in NAME_LABELS or _entity_has_words(doc, token.i, span)):
            labels.add(token.ent_type_)
        if token.ent_type_ == "ORDINAL":
            ordinal = True
    return labels, ordinal


def _entity_has_words(doc: Doc, i: int, number: Span) -> bool:
    """The entity around token ``i`` has a word outside the number ("Boeing 737"), not just "-1"."""
    start = i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return any(
        any(c.isalpha() for c in doc[j].text) and not (number.start <= j < number.end) for j in range(start, end)
    )


# A bare number that counts people without naming them: "27 were killed", "the death toll rose to 27".
PEOPLE_AFTER = re.compile(
    r"\s+(?:were|have been|had been|are|remain|remained)\s+(?:\w+\s+)?"
    r"(?:killed|injured|wounded|hurt|dead|missing|arrested|detained|evacuated|rescued|displaced|hospitali[sz]ed|treated)\b",
    re.IGNORECASE,
)
# A bare number that counts a part of a group named before ("18 of them", "seven of the 12 jurors") or the people a
# clause describes ("the 10 who said"): a count whose noun is elided.
ELIDED_COUNT_AFTER = re.compile(
    r"(?<![Oo]ne)\s+(?:of\s+(?:them|us|you|those|these|the|our|their|its|his|her|my|your)\b|who\b)"
)
TOLL_BEFORE = re.compile(
    r"\b(?:death toll|toll|number of (?:dead|deaths|casualties|victims|injured))\s+(?:\w+\s+){0,3}?"
    r"(?:to|at|of|reached|hit|is|was|stood at|rose to|climbed to)\s+$",
    re.IGNORECASE,
)


FRACTION_WRITTEN = re.compile(r"half|halves|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth|ieth|"
                               r"dredth|sandth|lionth|/|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒]", re.I)
ORDINAL_OR_NUMBER_WORD = re.compile(
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|one|two|three|four|five|six|seven|eight|nine|"
    r"on|off|of|and|or|way|fold|ish|something|somethings"
)
PRONOUN_ONE = re.compile(r"^\s*one\b")
PRONOUN_ONE_BEFORE = re.compile(r"\b(?:no|any|every|some|the|this|that|which|each)\s+$")


def bare_kind(text: str, start: int, end: int, vague: bool, doc: Doc | None, qualified: bool) -> str | None:
    """A number without a unit (``start``..``end``): None when it is not a figure at all (a time, a code, a
    date, part of a name or a compound word), "number" when it is a figure but not a count (a year, an index
    level), "count" when it may count things."""
    if text[start] == " ":
        start += 1
    if is_not_a_quantity(text, start, end):
        return None
    number_text = text[start:end]
    if RESULT_BEFORE.search(text, max(0, start - 12), start):
        return "number"  # "won 3", "lost 54.15 points": a score or a change, not a count
    if end < len(text) - 1 and text[end] == "-" and text[end + 1].isalpha():
        if number_text[-1:].isdigit():
            return "number"  # "a 10-point plan"
        # "a four-term congressman", "a three-judge panel" are figures; "one-sided", "twenty-first" are not
        after = re.match(r"-([a-z]+)", text[end : end + 20], re.I)
        word = after.group(1).lower() if after else ""
        if (
            number_text.lower() in ("one", "a", "an")
            or re.search(r"\d[A-Za-z]+$", number_text) is not None  # "4K-ready"
            or ORDINAL_OR_NUMBER_WORD.fullmatch(word)
        ):
            return None
        return "number"
    if looks_like_year(number_text) and not qualified:
        return "number"  # a year is a figure, never a count
    if not vague and looks_like_name_part(text, start):
        return None
    if doc is not None:
        labels, ordinal = doc_labels(doc, start, end)
        if (ordinal and not FRACTION_WRITTEN.search(number_text)) or labels & NAME_LABELS:
            return None
        if ("DATE" in labels or "TIME" in labels) and not vague:
            return "number"  # "between 20 and 30" read as a date by the parser: a figure, not a count
    return "count"
