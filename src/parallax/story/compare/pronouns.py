"""Who a pronoun subject stands for, read from the parse of its own sentence (spaCy's small model has no
coreference; this is a simple, conservative rule).

* A first-person subject ("I", "we") in what a speaker says stands for that speaker: the subject of the
  verb of saying or thinking that governs the clause ("'I will not resign,' said Halden" -> Halden;
  "'We stand by it,' the Courier's editor, Tom Reese, said" -> the Courier, Tom Reese). A governing verb
  whose own subject is the same pronoun ("I think we ...") passes the question up to the one above it.
* A third-person subject ("he", "she", "it", "they") of a clause that a verb of saying or thinking governs
  stands for that verb's subject when it is named ("Halden hinted that he may resign" -> Halden; "the
  Courier said it stands by its story" -> the Courier); not when the one who speaks is a pronoun too or
  a common noun ("a spokesman said he ...": who is meant is not known).

Only the names are returned (stems of proper nouns with their compounds, possessors and appositions):
a pronoun that cannot be resolved this way stays a pronoun, and the clause is not set against another.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parallax.story.text_features import stem

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["FIRST_PERSON", "SAYING_OR_THINKING", "described", "names_of", "said_by", "stands_for"]

FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
_THIRD_PERSON = frozenset({"he", "she", "it", "they", "his", "her", "its", "their"})
# Verbs that report what someone says or thinks: the clause they govern is their subject's.
SAYING_OR_THINKING = frozenset(
    "say tell hint claim insist add declare write tweet state announce warn argue suggest acknowledge admit "
    "vow promise reply respond explain maintain contend assert confirm predict signal indicate stress "
    "repeat reiterate think believe post testify concede".split()
)
# The roles through which a clause is what a governing verb says: its complement, a clause coordinated
# with one, or the verb of saying set beside it ("P, X said" parsed as parataxis).
_SAID_ROLES = frozenset({"ccomp", "conj", "xcomp", "parataxis"})


def names_of(head: Token) -> frozenset[str]:
    """Stems of the proper names of a noun phrase: the head, its compounds, possessors and appositions
    ("the Courier's editor, Tom Reese" -> courier, tom, rees)."""
    out: set[str] = set()
    stack = [head]
    seen = 0
    while stack and seen < 12:
        seen += 1
        tok = stack.pop()
        if _named(tok):
            out.add(stem(tok.text.casefold()))
        stack.extend(c for c in tok.children if c.dep_ in ("compound", "poss", "appos"))
    return frozenset(out)


# Entity types of a name the tagger may read as a common noun ("LePage" at the head of a sentence).
_NAME_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _named(tok: Token) -> bool:
    return (
        tok.is_alpha
        and len(tok.text) > 2
        and (tok.pos_ == "PROPN" or (tok.ent_type_ in _NAME_TYPES and tok.text[:1].isupper()))
    )


def _subject(verb: Token) -> Token | None:
    """The verb's subject; for an infinitive or a participle with none of its own, the object or the
    subject of the verb it hangs on ("Halden is expected to announce that ...", "they expect Halden to
    announce ...", "Halden railed against the plan, promising that ...")."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.head is verb:
            return subject
        if verb.dep_ == "xcomp":
            obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
        elif not (verb.dep_ == "advcl" and verb.tag_ == "VBG"):
            return None
        verb = verb.head
    return None


def _saying(verb: Token) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.casefold() in SAYING_OR_THINKING


def _governors(verb: Token) -> list[Token]:
    """The verbs of saying or thinking that govern ``verb``'s clause, nearest first."""
    out: list[Token] = []
    tok = verb
    for _ in range(5):
        out += [c for c in tok.children if c.dep_ == "parataxis" and _saying(c)]
        if tok.dep_ not in _SAID_ROLES or tok.head is tok:
            break
        tok = tok.head
        if _saying(tok):
            out.append(tok)
    return out


def stands_for(pronoun: Token, verb: Token) -> frozenset[str]:
    """The names the pronoun subject of ``verb``'s clause stands for (see the module docstring); empty
    when it is not known."""
    word = pronoun.lower_
    first = word in FIRST_PERSON
    if not first and word not in _THIRD_PERSON:
        return frozenset()
    for governor in _governors(verb):
        subject = _subject(governor)
        if subject is None:
            continue
        if subject.pos_ == "PRON":
            if first and subject.lower_ in FIRST_PERSON:
                continue  # "I think we ...": the one who says "I think"
            return frozenset()
        names = names_of(subject)
        if names:
            return names
        return frozenset()
    return frozenset()


def said_by(verb: Token) -> frozenset[str]:
    """The names of the one who says ``verb``'s clause: the named subject of the nearest verb of saying
    or thinking that governs it ("Orlen railed against the plan, promising that Veska would never pay"
    -> Orlen); empty when there is none or it is not named."""
    for governor in _governors(verb):
        subject = _subject(governor)
        if subject is None:
            continue
        return frozenset() if subject.pos_ == "PRON" else names_of(subject)
    return frozenset()


# Nouns that describe a named thing of one kind ("the country" for a place, "the company" for an
# organisation, "the chairman" for a person), and the entity types of the names they may stand for.
_DESCRIBING = {
    **dict.fromkeys(("country", "nation"), frozenset({"GPE"})),
    **dict.fromkeys(("company", "firm", "corporation"), frozenset({"ORG"})),
    **dict.fromkeys(
        "chairman chairwoman president senator governor mayor minister premier chancellor".split(),
        frozenset({"PERSON"}),
    ),
}


def described(head: Token) -> frozenset[str]:
    """The names a definite description stands for: "the country" for the one place named before it in
    its sentence, "the chairman" for the one person ("railing against Veska and its leaders, promising
    the country would pay" -> Veska). Empty when the noun is no such description, has other modifiers
    ("the neighbouring country"), or the sentence names none or several of that kind before it."""
    types = _DESCRIBING.get(head.lemma_.casefold())
    if types is None or head.pos_ != "NOUN":
        return frozenset()
    children = list(head.children)
    if not (len(children) == 1 and children[0].lower_ == "the" and children[0].dep_ == "det"):
        return frozenset()
    before = [e for e in head.doc.ents if e.label_ in types and e.end <= head.i]
    names = {e.root.text.casefold() for e in before}
    if len(names) != 1:
        return frozenset()
    return names_of(before[-1].root)
