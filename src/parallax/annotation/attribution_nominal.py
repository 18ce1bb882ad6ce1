"""Attributions whose cue is not a reporting verb with a subject: nouns, documents and colons.

* a noun with a ``that`` clause: ``his claim that ...``, ``the allegation that ...``, ``X's view is that ...``;
* a stance noun with its object: ``her criticism of the plan``, ``their calls for a recount``;
* a document or study the statement appears in: ``In a statement, ...``, ``In the latest poll, ...``;
* a colon: ``X said: ...`` with no quotation marks, and a short name before a colon that opens a
  headline or a transcript line (``Mayor Doe: We will rebuild``, ``DOE: Thank you``).

Each gives an :class:`~parallax.model.Attribution` of kind ``mixed`` whose content stays inside its
sentence; the kind of source comes from the noun's category (:mod:`parallax.annotation.attribution_cues`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from parallax.annotation.attribution_cues import (
    CLAUSE_NOUNS,
    CUE_VERBS,
    DOCUMENT_NOUNS,
    STANCE_NOUNS,
    STUDY_NOUNS,
    kind_of_cue,
    kind_of_noun,
)
from parallax.model import Attribution, Sentence, SourceKind, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["find_nominal_attributions"]

# Labels that open a line with a colon without naming a source ("Update: ...", "Photo: ...").
_EDITORIAL = frozenset(
    "update updated watch related photo photos video image images caption editor editors note correction "
    "breaking exclusive source sources via tags filed read more see also live analysis opinion transcript "
    "background q a question answer warning disclosure advertisement ad listen subscribe contact follow "
    "email share click here the this".split()
)
_STANCE_PREPS = frozenset({"of", "for", "about", "against", "on", "to"})


def _end(token: Token) -> int:
    return token.right_edge.idx + len(token.right_edge.text)


def _span(text: str, start: int, end: int) -> Span:
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    return Span(start=start, end=end, text=text[start:end])


def _possessor(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _make(
    text: str,
    sent: Sentence,
    speaker: tuple[int, int] | None,
    cue: tuple[int, int],
    content: tuple[int, int],
    kind: SourceKind,
) -> Attribution | None:
    c_start, c_end = max(content[0], sent.start), min(content[1], sent.end)
    body = _span(text, c_start, c_end)
    if len(body.text.split()) < 2 or len(body.text) < 8:
        return None
    return Attribution(
        kind="mixed",
        kind_of_source=kind,
        speaker=_span(text, *speaker) if speaker else None,
        cue=Span(start=cue[0], end=cue[1], text=text[cue[0] : cue[1]]),
        content=body,
    )


def _nouns(text: str, sent: Sentence, tokens: Sequence[Token]) -> list[Attribution]:
    out: list[Attribution] = []
    for token in tokens:
        if token.pos_ != "NOUN":
            continue
        lemma = token.lemma_.lower()
        owner = _possessor(token)
        speaker = (owner.left_edge.idx, _end(owner)) if owner is not None else None
        if lemma in CLAUSE_NOUNS:
            # "the claim that ...": a clause opened by "that" hanging on the noun
            for child in token.children:
                if child.dep_ in ("acl", "ccomp", "appos") and child.i > token.i:
                    marks = [m for m in child.children if m.dep_ == "mark" and m.lower_ == "that"]
                    if marks:
                        made = _make(
                            text,
                            sent,
                            speaker,
                            (token.idx, token.idx + len(token.text)),
                            (marks[0].idx + len(marks[0].text), _end(child)),
                            kind_of_noun(token),
                        )
                        if made:
                            out.append(made)
                        break
            else:
                # "X's view is that ...": the noun is the subject of "be" with a clause
                head = token.head
                if token.dep_ == "nsubj" and head.lemma_ == "be":
                    comps = [c for c in head.children if c.dep_ in ("ccomp", "attr") and c.i > head.i]
                    marks = [m for c in comps for m in c.children if m.dep_ == "mark" and m.lower_ == "that"]
                    if comps and marks:
                        made = _make(
                            text,
                            sent,
                            speaker,
                            (token.idx, head.idx + len(head.text)),
                            (marks[0].idx + len(marks[0].text), _end(comps[0])),
                            kind_of_noun(token),
                        )
                        if made:
                            out.append(made)
                        continue
        if lemma in STANCE_NOUNS and owner is not None:
            # "her criticism of the plan", "their calls for a recount"
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in _STANCE_PREPS and child.i > token.i:
                    objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
                    if objects:
                        made = _make(
                            text,
                            sent,
                            speaker,
                            (token.idx, child.idx + len(child.text)),
                            (objects[0].left_edge.idx, _end(objects[-1])),
                            kind_of_noun(token),
                        )
                        if made:
                            out.append(made)
                    break
    return out


def _documents(text: str, sent: Sentence, tokens: Sequence[Token]) -> list[Attribution]:
    """'In a statement, the ministry ...', 'Trump leads in the latest poll': the clause, sourced to the document."""
    out: list[Attribution] = []
    for token in tokens:
        if token.dep_ != "prep" or token.lower_ not in ("in", "per"):
            continue
        head = token.head
        if head.dep_ != "ROOT" or head.pos_ not in ("VERB", "AUX"):
            continue
        objects = [g for g in token.children if g.dep_ == "pobj"]
        if not objects:
            continue
        noun = objects[0]
        kind = DOCUMENT_NOUNS.get(noun.lemma_.lower()) or DOCUMENT_NOUNS.get(noun.lower_)
        if kind is None or (kind != "finding" and head.lemma_.lower() in CUE_VERBS):
            continue  # "In a statement, the mayor said ...": the verb is the cue
        pp_start, pp_end = token.idx, _end(token)
        if pp_start <= head.idx:
            content = (pp_end, sent.end)
        else:
            content = (sent.start, pp_start)
        made = _make(
            text,
            sent,
            (noun.left_edge.idx, _end(noun)),
            (token.idx, noun.idx + len(noun.text)),
            content,
            kind_of_noun(noun),
        )
        if made:
            out.append(made)
    return out


_SHORT_NAME = re.compile(r"[\"“']?([A-Z][^\s:]*(?:\s+[^\s:]+){0,5}?)\s*:\s+(?=\S)")


def _colons(text: str, sent: Sentence, tokens: Sequence[Token]) -> list[Attribution]:
    out: list[Attribution] = []
    for token in tokens:
        if token.text != ":" or token.i == 0:
            continue
        before = token.nbor(-1)
        start, end = token.idx + 1, sent.end
        if before.pos_ == "VERB" and before.lemma_.lower() in CUE_VERBS:
            # 'X said: we will ...' with no quotation marks (those are direct quotations)
            subjects = [c for c in before.children if c.dep_ == "nsubj"]
            if text[start:end].lstrip()[:1] in '“"':
                continue
            speaker = (subjects[0].left_edge.idx, _end(subjects[0])) if subjects else None
            made = _make(
                text,
                sent,
                speaker,
                (before.idx, token.idx + 1),
                (start, end),
                kind_of_cue(before.lemma_, subjects[0] if subjects else None),
            )
            if made:
                out.append(made)
    # A short name opening the sentence: a headline or a transcript line.
    m = _SHORT_NAME.match(text, sent.start, sent.end)
    if m:
        name = m.group(1)
        words = [w.strip(".,'’").lower() for w in name.split()]
        line_start = sent.start == 0 or text[sent.start - 1] == "\n" or text[: sent.start].endswith("\n")
        name_tokens = [t for t in tokens if m.start(1) <= t.idx < m.end(1)]
        if (
            line_start
            and not any(c.isdigit() for c in name)
            and not any(w in _EDITORIAL for w in words[:1])
            and not any(t.pos_ in ("VERB", "AUX", "PRON") for t in name_tokens)
            and any(t.pos_ in ("PROPN", "NOUN") for t in name_tokens)
        ):
            kind: SourceKind = "finding" if any(w in STUDY_NOUNS for w in words) else "speech"
            colon = text.index(":", m.end(1))
            made = _make(text, sent, (m.start(1), m.end(1)), (colon, colon + 1), (m.end(), sent.end), kind)
            if made:
                out.append(made)
    return out


def find_nominal_attributions(
    doc: Doc, sentences: Sequence[Sentence], text: str | None = None
) -> list[Attribution]:
    """Attributions cued by nouns, documents and colons, sentence by sentence (``text``: ``doc.text``)."""
    out: list[Attribution] = []
    text = doc.text if text is None else text
    for sent in sentences:
        span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
        if span is None:
            continue
        tokens = list(span)
        out += _nouns(text, sent, tokens)
        out += _documents(text, sent, tokens)
        out += _colons(text, sent, tokens)
    return out
