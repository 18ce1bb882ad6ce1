"""Attributions: who said what, as speaker, cue and content spans.

Kinds found:

* ``direct``: a quotation with its cue and speaker in the same sentence (``"...," X said``, ``said X``,
  ``X said: "..."``, ``he added``), split quotes (one attribution per quoted part), a quotation
  continued in the next sentences or paragraphs (the speaker carries over), and
  ``the agency quoted X as saying "..."`` (``via`` = the agency);
* ``indirect``: a reporting verb with a clause (``X said that ...``, ``X told Y ...``,
  ``X said in a statement ...``, ``X was quoted as saying ...``, ``Channel 10 reported ...``);
* ``according_to``: ``according to X, ...``.

Speakers are spans of the text; a pronoun speaker ("he said") is resolved to the person it refers to
(the last person named or quoted before it) in ``speaker_name``. Anonymous sources ("an official who
requested anonymity") are marked ``anonymous``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from parallax.model import Attribution, EntityMention, Sentence, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["REPORTING_VERBS", "find_attributions"]

REPORTING_VERBS = frozenset(
    "say tell add claim report announce state insist warn deny confirm estimate accuse argue suggest note "
    "explain acknowledge admit assert indicate reveal write declare predict stress emphasize emphasise "
    "hint threaten vow promise urge allege maintain reiterate recall quote believe contend concede "
    "complain caution signal tweet disclose observe remark reply respond testify charge show find conclude "
    "forecast".split()
)
PRONOUNS = {"he": "m", "she": "f", "they": "p", "i": "s", "we": "p", "it": "n"}
ANON = re.compile(
    r"\b(?:anonymity|anonymously|unnamed|anonymous|not authori[sz]ed to|declined to be (?:named|identified)|"
    r"(?:a|an|one|two|three|several)\s+(?:\w+\s+){0,3}(?:officials?|sources?|diplomats?|people|persons?|aides?)\b)",
    re.I,
)
_QUOTE = re.compile(r"“([^”]{2,}?)”|\"([^\"]{2,}?)\"")
_OPEN_ONLY = re.compile(r"^[“\"]([^”\"]+)$")
_CUE_AFTER = re.compile(
    r"[\s,]*(?P<a>(?P<spk>(?:[a-z][\w'’\-]*\s+){0,4}[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,4}|he|she|they|it|we|I|"
    r"the\s+[\w\s'’\-]{2,60}?|an?\s+[\w\s'’\-]{2,80}?|[a-z][\w'’\-]*(?:\s+[a-z][\w'’\-]*){0,2})\s+"
    r"(?P<cue>said|says|added|told(?=\s)|wrote|asked|insisted|warned|explained|noted|stated|claimed|continued|declared|tweeted)"
    r"|(?P<cue2>said|says|added|wrote|asked|insisted|warned|explained|noted|stated|claimed|continued|declared)\s+"
    r"(?P<spk2>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,4}|the\s+[\w\s'’\-]{2,60}?|an?\s+[\w\s'’\-]{2,60}?))\b"
)
_QUOTED_AS = re.compile(
    r"(?:(?P<via>[A-Z][\w'’.\-]*(?:\s+[\w'’.\-]+){0,4}?|the\s+[\w\s'’\-]{2,40}?)\s+(?P<q>quoted)\s+)?"
    r"(?P<spk>[A-Z][\w'’.\-]*(?:\s+[\w'’.\-]+){0,12}?|he|she|they)(?:,[^,]{2,120},)?\s+(?:was|were|is)?\s*(?:quoted\s+)?as\s+saying\b"
)
_QUOTED_AS_END = re.compile(_QUOTED_AS.pattern + r"$")
_ACCORDING = re.compile(r"\b[Aa]ccording to (?P<spk>[^,.;:“\"]{2,100})")
_SPEAKER_DEPS = frozenset({"nsubj"})


def _span(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t\n,;:":
        end -= 1
    return Span(start=start, end=end, text=text[start:end])


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _speaker_span(text: str, subject: Token, entities: Sequence[EntityMention]) -> Span:
    """The named entity holding the subject, or the subject's phrase (up to its head and apposition)."""
    starts = [e.start for e in entities]
    k = bisect_right(starts, subject.idx) - 1
    if k >= 0 and entities[k].start <= subject.idx < entities[k].end:
        return _span(text, entities[k].start, entities[k].end)
    left = subject.left_edge.idx
    right = subject.idx + len(subject.text)
    for child in subject.rights:
        if child.dep_ in ("appos", "compound", "prep", "amod", "acl", "relcl", "punct") and child.i - subject.i <= 14:
            right = max(right, child.right_edge.idx + len(child.right_edge.text))
    return _span(text, left, right)


def _is_anonymous(text: str) -> bool:
    return bool(ANON.search(text)) and not re.match(r"^[A-Z][a-z]+\s+[A-Z]", text)


class _Resolver:
    """Resolves pronoun speakers to the last person named or quoted before them."""

    def __init__(self, entities: Sequence[EntityMention]) -> None:
        self.persons = sorted((e for e in entities if e.label == "PERSON"), key=lambda e: e.end)
        self.person_ends = [e.end for e in self.persons]
        full: dict[str, str] = {}
        for e in self.persons:
            parts = e.text.split()
            if len(parts) >= 2:
                full.setdefault(parts[-1], e.text)
        self.full = full
        self.last_speaker: tuple[int, str] | None = None

    def canonical(self, name: str) -> str:
        return self.full.get(name, name) if " " not in name else name

    def resolve(self, pronoun: str, position: int) -> str | None:
        if pronoun.casefold() not in ("he", "she"):
            return None
        before = self.persons[max(0, bisect_right(self.person_ends, position) - 3) : bisect_right(self.person_ends, position)]
        candidates: list[tuple[int, str]] = [(e.end, self.canonical(e.text)) for e in before[-3:]]
        if self.last_speaker and self.last_speaker[0] <= position:
            candidates.append(self.last_speaker)
        if not candidates:
            return None
        # The last speaker wins over a person merely mentioned after them in the same stretch of text.
        if self.last_speaker and position - self.last_speaker[0] < 600:
            return self.last_speaker[1]
        return max(candidates)[1]

    def note(self, position: int, speaker: Span | None, name: str | None) -> None:
        if name:
            self.last_speaker = (position, name)
        elif speaker is not None and speaker.text.casefold() not in PRONOUNS and len(speaker.text) < 200:
            self.last_speaker = (position, self.canonical(speaker.text))


def _speaker_name(speaker: Span | None, resolver: _Resolver, position: int) -> str | None:
    if speaker is None:
        return None
    if speaker.text.casefold() in PRONOUNS:
        return resolver.resolve(speaker.text, position)
    return None


def _direct(
    doc: Doc, text: str, sent: Sentence, entities: Sequence[EntityMention], resolver: _Resolver
) -> list[Attribution]:
    out: list[Attribution] = []
    quotes = [m for m in _QUOTE.finditer(text, sent.start, sent.end) if len((m.group(1) or m.group(2)).split()) >= 3]
    if not quotes:
        return out
    speaker: Span | None = None
    cue: Span | None = None
    via: Span | None = None
    # "the agency quoted X as saying" / "X was quoted as saying", anywhere outside the quotes.
    outside = list(text[sent.start : sent.end])
    for q in quotes:
        for k in range(q.start() - sent.start, q.end() - sent.start):
            outside[k] = "#"
    qa = _QUOTED_AS.search("".join(outside))
    if qa:
        base = sent.start
        speaker = _span(text, base + qa.start("spk"), base + qa.end("spk"))
        cue_start = qa.start("q") if qa.group("q") else qa.end("spk")
        cue = _span(text, base + cue_start, base + qa.end())
        if qa.group("via"):
            via = _span(text, base + qa.start("via"), base + qa.end("via"))
    # The text after each quote: '"...," X said' or '"...," said X'.
    if cue is None:
        for q in quotes:
            after = _CUE_AFTER.match(text, q.end(), sent.end)
            if after:
                if after.group("cue"):
                    speaker = _span(text, after.start("spk"), after.end("spk"))
                    cue = _span(text, after.start("cue"), after.end("cue"))
                else:
                    speaker = _span(text, after.start("spk2"), after.end("spk2"))
                    cue = _span(text, after.start("cue2"), after.end("cue2"))
                break
    # 'X said: "..."' - a reporting verb before the first quote.
    if cue is None:
        for token in doc.char_span(max(sent.start, quotes[0].start() - 60), quotes[0].start(), alignment_mode="contract") or []:
            if token.lemma_ in REPORTING_VERBS and token.pos_ in ("VERB", "AUX"):
                subjects = [c for c in token.children if c.dep_ in _SPEAKER_DEPS]
                if subjects:
                    speaker = _speaker_span(text, subjects[0], entities)
                cue = _span(text, token.idx, token.idx + len(token.text))
    if cue is None:
        return out
    name = _speaker_name(speaker, resolver, sent.start) if speaker is not None else None
    if speaker is not None and name is None:
        resolver.note(sent.start, speaker, None)
    elif name:
        resolver.note(sent.start, None, name)
    for q in quotes:
        group = 1 if q.group(1) is not None else 2
        out.append(
            Attribution(
                kind="direct",
                speaker=speaker,
                cue=cue,
                content=_span(text, q.start(group), q.end(group)),
                speaker_name=name,
                anonymous=speaker is not None and _is_anonymous(speaker.text),
                via=via,
            )
        )
    return out


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    return start, end


def _clause_end(doc: Doc, verb: Token, sent: Sentence) -> tuple[int, int] | None:
    """The reported clause of a reporting verb: after it ("said that ..."), before it ("..., police said"),
    or around it when the reporting clause is inserted ("The deal, officials said, would be ...")."""
    comps = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "parataxis") and c.i > verb.i]
    if not comps:
        before = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i]
        if before:
            comp = before[-1]
            start, end = _trimmed(doc.text, comp.left_edge.idx, comp.right_edge.idx + len(comp.right_edge.text))
            return max(start, sent.start), min(end, sent.end)
        if verb.dep_ == "parataxis" and verb.head.i != verb.i:
            head = verb.head
            left = _trimmed(doc.text, max(head.left_edge.idx, sent.start), verb.left_edge.idx)
            right_start = verb.right_edge.idx + len(verb.right_edge.text)
            right = _trimmed(doc.text, right_start, min(head.right_edge.idx + len(head.right_edge.text), sent.end))
            left_words = len(doc.text[left[0] : left[1]].split())
            right_words = len(doc.text[right[0] : right[1]].split())
            return right if right_words >= left_words else left
        return None
    comp = comps[0]
    start = comp.left_edge.idx
    end = comp.right_edge.idx + len(comp.right_edge.text)
    for child in verb.children:
        if child.dep_ == "mark" or (child.lower_ == "that" and child.i > verb.i):
            start = min(start, child.idx + len(child.text))
    return max(start, sent.start), min(end, sent.end)


def _subjects(verb: Token) -> list[Token]:
    """The verb's subject, or that of the verb it depends on ("denied the report, saying ...")."""
    token = verb
    for _ in range(3):
        subjects = [c for c in token.children if c.dep_ in _SPEAKER_DEPS]
        if subjects:
            return subjects
        if token.dep_ not in ("advcl", "xcomp", "conj") or token.head is token:
            break
        token = token.head
    return []


def _indirect(
    doc: Doc, text: str, sent: Sentence, entities: Sequence[EntityMention], resolver: _Resolver
) -> list[Attribution]:
    out: list[Attribution] = []
    span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
    if span is None:
        return out
    for token in span:
        if token.lemma_ not in REPORTING_VERBS or token.pos_ not in ("VERB",):
            continue
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
            continue  # "X was said to ...": X is not the speaker
        clause = _clause_end(doc, token, sent)
        subjects = _subjects(token)
        if clause is None:
            # Media as sources with no clause parsed: "..., Channel 10 reported."
            rest = text[token.idx + len(token.text) : sent.end]
            if token.lemma_ != "report" or not subjects or re.search(r"\w{3,}", rest):
                continue
            clause = (sent.start, subjects[0].left_edge.idx)
        c_start, c_end = clause
        if c_end - c_start < 8:
            continue
        inside_quote = any(m.start() <= c_start < m.end() for m in _QUOTE.finditer(text, sent.start, sent.end))
        if inside_quote:
            continue
        speaker = _speaker_span(text, subjects[0], entities) if subjects else None
        cue_start = token.idx
        via: Span | None = None
        quoted_as = (
            _QUOTED_AS_END.search(text, sent.start, token.idx + len(token.text)) if token.lower_ == "saying" else None
        )
        if quoted_as:
            # "The agency quoted X as saying ...": X speaks, the agency reports.
            speaker = _span(text, quoted_as.start("spk"), quoted_as.end("spk"))
            cue_start = quoted_as.start("q") if quoted_as.group("q") else quoted_as.end("spk")
            if quoted_as.group("via"):
                via = _span(text, quoted_as.start("via"), quoted_as.end("via"))
        if speaker is not None and speaker.text.casefold() in ("it", "this", "that", "which", "who"):
            continue
        cue_end = token.idx + len(token.text)
        for child in token.children:
            if child.dep_ in ("prt", "dative") and child.i > token.i and child.i - token.i <= 3:
                cue_end = max(cue_end, child.right_edge.idx + len(child.right_edge.text))
        name = _speaker_name(speaker, resolver, sent.start)
        resolver.note(sent.start, speaker, name)
        out.append(
            Attribution(
                kind="indirect",
                speaker=speaker,
                cue=_span(text, cue_start, cue_end),
                content=_span(text, c_start, c_end),
                speaker_name=name,
                via=via,
                anonymous=speaker is not None and _is_anonymous(text[speaker.start : min(sent.end, speaker.end + 80)]),
            )
        )
    return out


def _according(text: str, sent: Sentence) -> list[Attribution]:
    out = []
    for m in _ACCORDING.finditer(text, sent.start, sent.end):
        speaker = _span(text, m.start("spk"), m.end("spk"))
        if m.start() - sent.start > 10:
            content = _span(text, sent.start, m.start())
        else:
            content = _span(text, m.end(), sent.end)
        if len(content.text.split()) < 3:
            continue
        out.append(
            Attribution(
                kind="according_to",
                speaker=speaker,
                cue=_span(text, m.start(), m.start("spk")),
                content=content,
                anonymous=_is_anonymous(speaker.text),
            )
        )
    return out


def find_attributions(doc: Doc, sentences: Sequence[Sentence], entities: Sequence[EntityMention]) -> list[Attribution]:
    """All attributions of a parsed text, in text order."""
    text = doc.text
    resolver = _Resolver(entities)
    out: list[Attribution] = []
    previous_direct: Attribution | None = None
    open_quote = False
    for sent in sentences:
        found = _direct(doc, text, sent, entities, resolver)
        body = text[sent.start : sent.end]
        if not found and previous_direct is not None:
            # A quotation that goes on: the sentence is all quote, with no cue of its own,
            # or a paragraph that opens a quote after a quote left open.
            whole = re.fullmatch(r"\s*[“\"]([^”\"]+)[”\"]?\s*", body)
            if whole and (open_quote or body.lstrip()[:1] in "“\""):
                start = sent.start + body.index(whole.group(1))
                found = [
                    previous_direct.model_copy(
                        update={"content": _span(text, start, start + len(whole.group(1)))}
                    )
                ]
        if found:
            previous_direct = found[-1]
        elif not re.search(r"[“\"]", body):
            previous_direct = None if not open_quote else previous_direct
        open_quote = bool(_OPEN_ONLY.match(body.strip())) or (body.count("“") > body.count("”"))
        found_indirect = _indirect(doc, text, sent, entities, resolver)
        found_indirect = [
            a for a in found_indirect if not any(d.cue.start == a.cue.start for d in found)
        ]
        found += found_indirect
        found += _according(text, sent)
        out.extend(found)
    out.sort(key=lambda a: (a.content.start, a.cue.start))
    return out
