"""Whether a thing exists, as one sentence says it does and another that it does not, read from the
dependency parse.

A thing is named by a noun ("collusion", "amnesty", "racism"); a sentence says it **is** there when

* it says so with "there": "there is collusion", "there will be an amnesty";
* it says something is that thing: "the deal would amount to amnesty", "the plan is an amnesty",
  "it constitutes fraud";
* it condemns or accuses of it: "a resolution condemning racism within the movement", "accused the
  campaign of fraud";
* a clause does the deed the noun names (the verb of the noun's word family): "the campaign colluded
  with the ministry", "sought to collude with ..." (see :func:`deed_of`);

and says it **is not** there when

* it says so with "there": "there is no collusion", "there won't be amnesty in it";
* it finds, sees or turns up no evidence, proof, sign or indication of it: "the probe turned up no
  evidence of collusion", "he has seen no evidence of racism within the movement", "did not find any
  evidence of fraud";
* it denies claims of it: "organisers disputed claims of racism".

Words said of the thing with a preposition ("racism *within the movement*") must not differ when both
sentences give some. Nouns that "there is no ..." uses as an idiom ("no doubt", "no question", "no
need") are never things. Nothing here names a word of any story: the categories are the verbs and nouns
of existence, finding, evidence, accusing and denial.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parallax.model import Claim, Comparison
from parallax.story.compare.denials import contradiction, same_speaker
from parallax.story.compare.explain import SourceNamer
from parallax.story.compare.propositions import SAYING_NOUNS, Proposition, negated, stems_of
from parallax.story.text_features import stem

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["MAY_DENY_EXISTENCE", "Thing", "deed_of", "existence_disputes", "read_things", "same_thing"]

# Nouns of evidence: "no evidence of N" says N is not there.
_EVIDENCE = frozenset({"evidence", "proof", "sign", "indication", "trace", "instance", "example"})
# Verbs that find or show (the evidence): "turned up no evidence", "found no proof", "seen no sign".
_FINDING = frozenset({"find", "turn", "see", "show", "uncover", "produce", "present", "offer", "provide"})
# Verbs that say another thing is the thing: "would amount to amnesty", "constitutes fraud".
_AMOUNTING = frozenset({"amount", "constitute", "represent", "mean"})
# Verbs that accuse of a thing or condemn it: what they name is said to be there.
_CONDEMNING = frozenset({"condemn", "denounce", "decry", "deplore", "criticize", "criticise"})
_ACCUSING = frozenset({"accuse", "charge"})
# Verbs of denial said of claims of a thing: "disputed claims of racism".
_DENYING = frozenset({"deny", "dispute", "reject", "refute", "dismiss", "rebut", "debunk"})
_DOUBTING = frozenset({"doubt", "question"})
_CLAIM_NOUNS = frozenset({"claim", "allegation", "accusation", "charge", "report", "suggestion"})
# Nouns of what is said or written: never a thing ("there is no allegation in the indictment").
_SAID = SAYING_NOUNS | _CLAIM_NOUNS | frozenset("mention reference word statement comment".split())
# Nouns that "there is no ..." takes as an idiom, or that name no thing of a story: never a thing.
_IDIOMS = frozenset(
    "doubt question need way reason time place point end evidence proof sign indication word comment "
    "one thing lot chance telling matter shortage difference room sense use hope plan decision reply "
    "response answer guarantee indication rush limit secret surprise issue problem".split()
)
# Adjectives that measure how much of a thing there is: "not enough votes", "no significant presence" say
# nothing of whether there is some.
_MEASURING = frozenset(
    "enough sufficient significant substantial much more major serious real clear other further".split()
)
# Marks of a clause that asserts nothing: a question or a condition.
_OPEN = frozenset({"whether", "if", "unless", "lest"})
# A sentence that may deny a thing is there (parsed only then).
MAY_DENY_EXISTENCE = re.compile(
    r"\bthere\s+(?:is|are|was|were|will\s+be|would\s+be|won[’']t\s+be|'s|’s|has\s+been|have\s+been)\s+"
    r"(?:no|not|never)\b|\bthere\s+(?:is|are|was|were|has|have)\s*(?:n[’']t|not|never)\b|"
    r"\bwon[’']t\s+be\b|\bno\s+(?:\w+\s+)?(?:evidence|proof|signs?|indications?|traces?)\s+of\b|"
    r"\b(?:any|no)\s+(?:\w+\s+)?(?:evidence|proof)\b|"
    r"\b(?:deni|deny|disput|reject|refut|dismiss|rebut|debunk)\w*\s+(?:the\s+)?"
    r"(?:claims?|allegations?|accusations?|charges?)\s+of\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Thing:
    """A thing a sentence says is there (``exists``) or is not: the stem of its noun, the stems of what
    prepositions say of it ("within the movement" -> move), and where it stands in its sentence."""

    noun: str
    exists: bool
    about: frozenset[str] = frozenset()
    start: int = -1
    word: str = ""
    # The stems of its adjectives ("national" in "no national emergency"): a thing said not to be there with
    # some is answered only by one said to be there with the same ones.
    kinds: frozenset[str] = frozenset()


# Endings of one word family: a verb and the noun of its deed ("collude" / "collusion", "obstruct" /
# "obstruction"), a doctrine and its holder ("racism" / "racist"). Two words are of one family only when
# both end in endings of one of these.
_ENDING_FAMILIES: tuple[frozenset[str], ...] = tuple(
    frozenset(f.split())
    for f in (
        "ism ist",
        "ude usion",
        "ade asion",
        "ate ation",
        "ize ization",
        "ify ification",
        "ire iracy",
        "ere erence",
        "uct uction",
        "ect ection",
        "ent ention",
        "ose osition",
    )
)


def _family(a: str, b: str) -> bool:
    """Two stems of one word family: equal, or sharing their first five letters and both ending in
    endings of one family with the same root before them ("collusion" / "collude", "racism" / "racist";
    not "emergency" / "emerge", "presentation" / "preservation")."""
    if a == b:
        return True
    if len(a) < 5 or len(b) < 5 or a[:5] != b[:5]:
        return False
    return any(
        a[: -len(x)] == b[: -len(y)]
        for family in _ENDING_FAMILIES
        for x in family
        for y in family
        if a.endswith(x) and b.endswith(y)
    )


def same_thing(a: Thing, b: Thing) -> bool:
    """The same thing: one word family, what prepositions say of it not different when both say something
    ("racism within the movement" / "racism within the political movement"), and the adjectives of the one
    said not to be there all said of the other ("no national emergency" / "a national emergency")."""
    absent, present = (a, b) if not a.exists else (b, a)
    return (
        _family(a.noun, b.noun)
        and not (a.about and b.about and not a.about & b.about)
        and absent.kinds <= present.kinds
    )


def deed_of(clause: Proposition, thing: Thing) -> bool:
    """A plain clause does the deed the thing's noun names: its predicate is of the noun's word family
    ("colluded", "sought to collude" for "collusion"), the clause affirmed, and when both say something
    with a preposition or an object, something in common ("colluded with Russia" / "collusion between
    the campaign and Russia")."""
    if clause.negative or clause.open_question or clause.disowned or clause.infinitive:
        return False  # (not "plans to collude": no deed done)
    # (the complement of a copula is no deed: "he is the candidate" says what he is, :func:`read_things`)
    if not any(_family(p, thing.noun) for p in clause.predicates - clause.argument_heads):
        return False
    return not (thing.about and clause.arguments and not thing.about & (clause.arguments | clause.subjects))


def _with_no(noun: Token) -> bool:
    return any(c.lower_ in ("no", "zero") for c in noun.children if c.dep_ in ("det", "amod", "neg"))


def _open(tok: Token) -> bool:
    """The token is in a question or a condition: a clause above it marked "whether", "if", "unless"."""
    return any(c.dep_ == "mark" and c.lower_ in _OPEN for a in [tok, *tok.ancestors] for c in a.children)


def _about(noun: Token) -> frozenset[str]:
    """What prepositions say of the noun: the stems of their objects ("within the movement")."""
    objects = [o for p in noun.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return stems_of([*objects, *(c for o in objects for c in o.children if c.dep_ == "conj")])


def _thing(noun: Token, exists: bool) -> Thing | None:
    """The thing a noun names: a singular common noun (a deed or a state: "collusion", "amnesty"; not
    "votes", "judges": things of a number), no noun of saying ("there is no allegation in the indictment"
    is about a text) and no idiom; said not to be there only plainly ("no racism", not "not enough votes",
    "no presence that is significant": a measure of it)."""
    lemma = noun.lemma_.casefold()
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or lemma in _IDIOMS | _SAID or not noun.is_alpha:
        return None
    if len(lemma) < 4:
        return None
    if not exists and any(
        c.dep_ in ("relcl", "acl", "nummod", "quantmod")
        or (c.dep_ == "det" and c.lower_ not in ("no", "any", "a", "an"))
        or (c.dep_ == "amod" and c.lower_ in _MEASURING)
        for c in noun.children
    ):
        return None
    kinds = stems_of(c for c in noun.children if c.dep_ == "amod")
    if exists and _disputed_above(noun):
        return None  # "denied there was collusion", "I don't think there is collusion": not said to be there
    return Thing(
        noun=stem(lemma), exists=exists, about=_about(noun), start=noun.i, word=noun.lower_, kinds=kinds
    )


def _disputed_above(tok: Token) -> bool:
    """A verb above the token denies, doubts or negates what it governs ("denied that there was ...",
    "doubts there is ...", "does not believe there is ...")."""
    for a in tok.ancestors:
        if (
            a.pos_ in ("VERB", "AUX")
            and a is not tok.head
            and (a.lemma_.casefold() in _DENYING | _DOUBTING or negated(a))
        ):
            return True
    return False


def _existential(be: Token) -> bool:
    return be.lemma_.casefold() == "be" and any(c.dep_ == "expl" for c in be.children)


def read_things(doc: Doc | Iterable[Token]) -> list[Thing]:
    """The things ``doc`` (one sentence) says are there or not (see the module docstring)."""
    out: list[Thing] = []
    for tok in doc:
        if tok.pos_ != "NOUN" or _open(tok):
            continue
        head = tok.head
        lemma_head = head.lemma_.casefold()
        found: Thing | None = None
        if tok.dep_ == "attr" and _existential(head):
            # "there is collusion", "there won't be amnesty", "there is no racism"
            found = _thing(tok, not (negated(head) or _with_no(tok)))
        elif tok.dep_ == "attr" and lemma_head == "be" and not negated(head) and not _with_no(tok):
            # "the plan is amnesty" (not "the plan is not amnesty": that is a denial of what it is), "it's
            # plagiarism" (a pronoun's only with the bare noun: "he is the candidate" names what he is)
            if any(
                c.dep_ == "nsubj"
                and (
                    c.pos_ in ("NOUN", "PROPN")
                    or (c.pos_ == "PRON" and not any(d.dep_ == "det" for d in tok.children))
                )
                for c in head.children
            ):
                found = _thing(tok, True)
        elif tok.dep_ == "pobj" and head.dep_ == "prep":
            over = head.head
            lemma_over = over.lemma_.casefold()
            if over.pos_ == "NOUN" and lemma_over in _EVIDENCE and head.lower_ == "of":
                # "no evidence of collusion", "did not find any evidence of fraud"
                verb = over.head
                absent = _with_no(over) or (
                    over.dep_ in ("dobj", "attr") and verb.pos_ in ("VERB", "AUX") and negated(verb)
                )
                finding = over.dep_ == "attr" or verb.lemma_.casefold() in _FINDING | {"be", "have"}
                if absent and finding:
                    found = _thing(tok, False)
            elif over.pos_ == "NOUN" and lemma_over in _CLAIM_NOUNS and over.dep_ == "dobj":
                verb = over.head
                if verb.lemma_.casefold() in _DENYING and not negated(verb):
                    found = _thing(tok, False)  # "disputed claims of racism"
            elif over.pos_ == "VERB" and lemma_over in _AMOUNTING and head.lower_ == "to":
                if not negated(over) and not _with_no(tok):
                    found = _thing(tok, True)  # "would amount to amnesty"
            elif (
                over.pos_ == "VERB" and lemma_over in _ACCUSING and head.lower_ == "of" and not negated(over)
            ):
                found = _thing(tok, True)  # "accused the campaign of fraud"
        elif (
            tok.dep_ == "dobj"
            and head.pos_ == "VERB"
            and not negated(head)
            and not _with_no(tok)
            and (lemma_head in _CONDEMNING or (lemma_head in _AMOUNTING and lemma_head != "mean"))
        ):
            found = _thing(tok, True)  # "condemning racism", "constitutes fraud"
        if found is not None:
            out.append(found)
    return out


def existence_disputes(
    claims: Sequence[Claim],
    things_of: Callable[[Claim], list[Thing]],
    clauses_of: Callable[[Claim], list[Proposition]],
    parse: Callable[[Sequence[Claim]], None],
    namer: SourceNamer,
    taken: set[str],
) -> list[Comparison]:
    """ "The probe turned up no evidence of collusion" against "'There is collusion,' Vell said" or "Vell
    said the campaign colluded with ...": a sentence that says a thing is not there against the sentences
    of another party that say it is (see the module docstring), one point per denying sentence. ``taken``:
    claims already in a contradiction (updated)."""
    said = [c for c in claims if c.id not in taken and not c.text.rstrip().endswith("?")]
    denying = [c for c in said if MAY_DENY_EXISTENCE.search(c.text)]
    parse(denying)
    out: list[Comparison] = []
    for claim in denying:
        absent = [t for t in things_of(claim) if not t.exists]
        if not absent:
            continue
        starts = {t.noun[:5] for t in absent}
        candidates = [
            c
            for c in said
            if c.id != claim.id and c.id not in taken and any(s in c.text.casefold() for s in starts)
        ]
        parse(candidates)
        targets = [
            c
            for c in candidates
            if _two_parties(claim, c, namer)
            and not any(same_thing(t, u) for t in absent for u in things_of(c) if not u.exists)
            and (
                any(same_thing(t, u) for t in absent for u in things_of(c) if u.exists)
                or any(deed_of(q, t) for t in absent for q in clauses_of(c))
            )
        ]
        if not targets:
            continue
        who = sorted({c.speaker for c in targets if c.speaker and c.speaker_entity_id})  # (not "They")
        target = who[0] if len(who) == 1 else "the earlier report"
        denier = claim.speaker or namer.name(claim.article_id)
        word = absent[0].word
        group = [*targets, claim]
        out.append(
            contradiction(
                f"Is {target} right?" if len(who) == 1 else f"Is there {word}?",
                f"{denier} says there is no {word}",
                claim,
                targets,
                group,
                namer,
            )
        )
        taken.update(c.id for c in group)
    return out


def _two_parties(a: Claim, b: Claim, namer: SourceNamer) -> bool:
    """Two parties say the two sentences: different speakers when both have one, else different sources
    (one outlet's narration against another's), never one sentence."""
    if a.id == b.id or same_speaker(a, b):
        return False
    if a.speaker_entity_id or b.speaker_entity_id or a.speaker or b.speaker:
        return True
    return namer.source(a.article_id) != namer.source(b.article_id)
