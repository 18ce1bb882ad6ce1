"""The tense of the clause a date belongs to, read from spaCy's parse: whether a weekday or a month named
without a year is the last one or the coming one ("will meet on Monday", "met on Monday")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_RANK_WORDS = frozenset({"first", "last", "only", "second", "third", "latest", "next", "final"})
_FUTURE_WORDS = frozenset({"will", "shall", "'ll", "wo", "\u2019ll"})
_FUTURE_HEADS = frozenset(
    {"scheduled", "due", "set", "expected", "planned", "slated", "upcoming", "next", "poised"}
)
_PLAN_LEMMAS = frozenset(
    {"set", "schedule", "plan", "expect", "due", "intend", "hope", "aim", "likely", "prepare", "be", "go", "slate",
     "want", "promise", "vow", "threaten", "agree", "decide", "vote", "ready", "poised", "about"}
)  # fmt: skip
# participles of awaiting ("the ruling, expected in June"); not "set" ("a record high set on Aug. 6")
_AWAITED = frozenset({"expected", "scheduled", "planned", "slated", "due"})
# verbs that ask someone to act: what they ask for is still to come ("urged him to cancel the Monday meeting")
_DIRECTIVE_LEMMAS = frozenset(
    {"urge", "ask", "call", "press", "implore", "request", "demand", "order", "beg"}
)
# verbs of foreseeing: in a present tense, a date on what they foresee is still to come
_EXPECT_LEMMAS = frozenset({"expect", "forecast", "predict", "project", "anticipate", "foresee", "envisage"})
_FUTURE_MODALS = frozenset({"would", "should", "may", "might", "must", "ca", "can", "'d"})
_PAST_AUX = frozenset({"was", "were", "had", "did"})
_PROGRESSIVE_AUX = frozenset({"is", "are", "am", "'s", "'re", "'m", "\u2019s", "\u2019re", "\u2019m"})
_SPEECH_LEMMAS = frozenset({"say", "tell", "report", "announce", "state", "add", "claim", "write"})
# Verbs that move a date later: what they move it to is still to come ("postponed until Tuesday").
_DELAY_LEMMAS = frozenset(
    {"postpone", "delay", "defer", "extend", "adjourn", "reschedule", "push", "put", "move", "prolong"}
)
_NONFINITE_DEPS = frozenset({"xcomp", "advcl", "conj", "ccomp", "oprd", "acomp"})
_COMPLEMENT_DEPS = frozenset({"xcomp", "conj", "ccomp", "oprd", "acomp"})
_SENTENCE_END_CHARS = frozenset(".!?\"'\u201d\u2019):;")
_PROSPECT_NOUNS = frozenset(
    {"chance", "chances", "bid", "campaign", "race", "re-election", "reelection", "prospect", "odds", "hope",
     "runoff", "rematch", "comeback", "threat", "risk", "possibility", "danger", "likelihood", "fear"}
)  # fmt: skip
_UNTIL_WORDS = frozenset({"until", "till", "through", "to", "into"})
# English verbs whose past form is their plain form: "hurt", "cut", "hit" tagged present (VBP) may as well
# be past ("stocks hurt the index on Friday"), so such a form shows no tense by itself
_SAME_PAST = frozenset(
    "bet bid broadcast burst cast cost cut fit forecast hit hurt let offset put quit read reset rid set "
    "shed shut slit split spread thrust undercut upset wed".split()
)


def clause_tense(doc: Doc, start: int, end: int) -> str | None:
    """ "past", "present" or "future" for the clause that a span of ``doc`` belongs to, when its verb shows it;
    "prospect" for a past clause about something still ahead ("had a chance of losing the seat in November").

    The verb is the first verb or auxiliary above the span in the parse (or, for a participle or an
    infinitive that shows no tense, the verb it depends on). Future: "will"/"shall" or a modal with it
    ("should be completed in October"; not "could", often a past ability), an infinitive under a verb
    of planning ("is set to resume Monday", "planned to leave on Thursday", not "had been scheduled
    to"), or a verb of scheduling ("is scheduled for"). Past: a past-tense verb or auxiliary, a present
    perfect, a bare participle ("a plan approved in May"). Present: a present-tense verb other than a
    verb of saying ("meet separately Monday"); a present passive ("is heard in May") shows no tense.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = span.root
    prep = verb.head if verb.dep_ == "pobj" else None
    scheduled = False  # "is due in court on Monday": a word of scheduling on the way up to the verb
    prospect = False  # "campaigns for re-election in November": a noun of something still ahead
    for _ in range(12):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
        scheduled = scheduled or verb.lower_ in _FUTURE_HEADS
        prospect = prospect or verb.lemma_.casefold() in _PROSPECT_NOUNS
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    teller = _reporting_verb(span, verb)
    if teller is not None:  # "said Tuesday the plan would go ahead": the day of the saying
        return _verb_tense(teller)
    if prep is not None and prep.lower_ in _UNTIL_WORDS and verb.lemma_ in _DELAY_LEMMAS:
        return "future"  # "postponed until Tuesday", "extended the loans through January"
    tense = _verb_tense(verb)
    direct = verb in (span.root.head, span.root.head.head)
    if direct and tense == "past" and _expectation_modifier(verb):
        return _governing_tense(verb)  # "the ruling, expected in June, will shape the race"
    if tense is None and direct and _progressive(verb):
        tense = "present"  # "is visiting Paris on Thursday": an arrangement, as "visits Paris on Thursday"
    if tense is None and direct and _infinitive_ahead(verb):
        return "future"  # "an interview, to be shown on Tuesday", "things to watch Tuesday night"
    if scheduled and tense == "present":
        return "future"
    if tense == "present" and verb.lemma_ in _EXPECT_LEMMAS:
        # "expects growth in the fourth quarter", "forecasts a loss in June": what is foreseen is ahead
        return "future"
    if tense == "present" and (not direct or _in_headline(doc.text, verb.idx)):
        return None  # a present tense shows a schedule only on the verb the date modifies ("meet Monday"),
        # and not in a headline, where it tells what happened ("Stocks tumble Monday")
    for _ in range(3):  # a participle or an infinitive shows no tense: the verb it depends on
        head = verb.head  # "rising to a high in March", under "has fluctuated"
        nonfinite = verb.tag_ in ("VBG", "VB", "VBN") and verb.dep_ in _NONFINITE_DEPS
        if tense is not None or not nonfinite or head is verb or head.pos_ not in ("VERB", "AUX"):
            break
        verb = head
        tense = _verb_tense(verb)
    if tense is None and verb.tag_ in ("VBG", "VBN"):  # "with shareholders tendering by the Tuesday
        for ancestor in verb.ancestors:  # deadline": a gerund's time is that of the verb above it
            prospect = prospect or ancestor.lemma_.casefold() in _PROSPECT_NOUNS
            found = _verb_tense(ancestor) if ancestor.pos_ in ("VERB", "AUX") else None
            if found is not None:
                if found == "past" and prospect:  # "had a chance of losing the seat in November"; not
                    # "fears of banks collapsing after the collapse of a bank in September" (the date on a noun)
                    return "prospect" if direct else None
                return None if found == "present" else found
    # a past clause about a prospect ("had a chance of losing the House in November", "refused to back
    # them in their campaigns for re-election in November") does not place the date in the past
    # but tells of something still ahead of the time told: "prospect" (a month named alone is the coming one)
    return "prospect" if tense == "past" and prospect else tense


def _expectation_modifier(verb: Token) -> bool:
    """A bare participle of expecting or scheduling that modifies a noun ("the ruling, expected in June",
    "a vote scheduled for Tuesday"): it tells when the thing is awaited, not that anything is past."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (
        verb.tag_ == "VBN"
        and not auxes
        and verb.dep_ in ("acl", "appos", "amod")
        and verb.lower_ in _AWAITED
        and verb.head.pos_ in ("NOUN", "PROPN", "PRON")
    )


def _governing_tense(verb: Token) -> str | None:
    """The tense for a date on an expectation that modifies a noun: the coming one ("future") unless the
    clause the noun belongs to is told in the past ("a service planned for Saturday was cancelled": past)."""
    for ancestor in verb.head.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return "past" if _verb_tense(ancestor) in ("past", "perfect") else "future"
    return "future"


def _reporting_verb(span: Span, verb: Token) -> Token | None:
    """The verb of a clause that reports ``verb``'s clause, when the date stands right after it and before
    the reported clause's subject, with no "that" before it: "said Tuesday the plan would go ahead", "said on
    Monday it will cut rates", "announced in March it would hire" (the parse hangs the date on the reported
    verb, but in English a reported clause's own date does not come before its subject unless "that" opens
    the clause first: "said that on Monday it will cut rates"). Not a date inside the subject ("said
    Tuesday's vote would be close")."""
    if verb.dep_ != "ccomp" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    teller = verb.head
    doc = span.doc
    if not teller.i < span.start or teller.tag_ != "VBD":
        return None
    between = doc[teller.i + 1 : span.start]
    if any(t.pos_ != "ADP" or t.lower_ not in ("on", "in") for t in between):
        return None  # "told reporters Monday ..." is hung on the telling verb already; keep to adjacency
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects or any(s.left_edge.i < span.end for s in subjects):
        return None
    if any(c.dep_ == "mark" and c.i < span.start for c in verb.children):
        return None
    return teller


def _progressive(verb: Token) -> bool:
    """A present progressive ("is visiting", "are playing"), not of a verb of saying."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return (
        verb.tag_ == "VBG" and bool(auxes) and auxes <= _PROGRESSIVE_AUX and verb.lemma_ not in _SPEECH_LEMMAS
    )


def _in_headline(text: str, offset: int) -> bool:
    """Whether ``offset`` is on a line that does not end as a sentence does (a headline or a title)."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : end if end >= 0 else len(text)].rstrip()
    return bool(line) and line[-1] not in _SENTENCE_END_CHARS


def _infinitive_ahead(verb: Token) -> bool:
    """An infinitive that tells what is still to happen: a passive one beside a clause or a noun ("to be
    shown on Tuesday", "the bill to be voted on Thursday") or one that qualifies a noun in a clause not
    told in the past ("things to watch Tuesday night"; not "went to the store to buy milk on Monday",
    nor after a rank: "the first woman to win on Sunday")."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if "to" not in auxes or verb.dep_ not in ("acl", "relcl", "advcl"):
        return False
    if "be" in auxes and any(c.dep_ == "auxpass" for c in verb.children):
        return True
    head = verb.head
    text = verb.doc.text
    line = (text.rfind("\n", 0, verb.idx) + 1, text.find("\n", verb.idx) % (len(text) + 1))
    above = [a for a in head.ancestors if a.pos_ in ("VERB", "AUX") and line[0] <= a.idx < line[1]]
    return (
        verb.dep_ in ("acl", "relcl")
        and head.pos_ in ("NOUN", "PROPN", "PRON")
        and not any(
            c.tag_ == "JJS" or c.lower_ in _RANK_WORDS or c.ent_type_ == "ORDINAL" for c in head.children
        )
        and not any(a.tag_ == "VBD" or _verb_tense(a) == "past" for a in above)  # the line's own verbs
    )


def _verb_tense(verb: Token) -> str | None:
    """The tense one verb shows by itself and its auxiliaries (see ``clause_tense``)."""
    children = list(verb.children)
    auxes = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
    if auxes & _FUTURE_WORDS:
        return "future"
    if verb.lower_ in _FUTURE_HEADS and not auxes & _PAST_AUX and (auxes or verb.tag_ not in ("VBN", "VBD")):
        return (
            "future"  # "is scheduled for", not "as previously planned", "had been set for", "set Friday as"
        )
    if auxes & _FUTURE_MODALS and "have" not in auxes:
        return "future"
    if "to" in auxes and verb.head is not verb:
        head = verb.head
        head_auxes = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
        if head.dep_ == "acomp":  # "had been due to expire", "was due to appear": the copula's tense
            head_auxes |= {c.lower_ for c in head.head.children if c.dep_ in ("aux", "auxpass")}
            if head.head.tag_ == "VBD":
                head_auxes.add("had")
        if (
            head.lemma_ in _PLAN_LEMMAS or head.lemma_ in _DIRECTIVE_LEMMAS or head.lower_ in _FUTURE_HEADS
        ) and "had" not in head_auxes:
            return "future"
    if auxes & _PAST_AUX:
        return "past"  # "was signed", "had begun"
    if auxes & {"has", "have", "'ve"} and verb.tag_ == "VBN":
        return "perfect"  # "has agreed": past, but a state that runs on ("has stayed closed until Friday")
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and not auxes and verb.dep_ not in _COMPLEMENT_DEPS):
        return "past"  # "began", "a plan approved in May" (not "is heard in May", "kept closed until")
    if verb.tag_ == "VBP" and verb.lower_ in _SAME_PAST:
        return None  # "hurt", "cut": past or present, the form does not say
    if verb.tag_ in ("VBP", "VBZ") and verb.lemma_ not in _SPEECH_LEMMAS and not auxes:
        return "present"
    return None
