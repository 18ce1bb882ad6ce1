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

import html
import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from parallax.annotation.attribution_cues import (
    CUE_VERBS,
    NO_XCOMP,
    OBJECT_IS_ADDRESSEE,
    OBJECT_NEEDS_PREDICATE,
    PREP_CUES,
    PREP_VERBS,
    STUDY_NOUNS,
    kind_of_cue,
)
from parallax.annotation.attribution_nominal import find_nominal_attributions
from parallax.model import Attribution, EntityMention, Sentence, SourceKind, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["REPORTING_VERBS", "find_attributions"]

#: Verbs that introduce a quotation or a reported clause (all cue categories but belief).
REPORTING_VERBS = frozenset(lemma for lemma, kind in CUE_VERBS.items() if kind != "belief")
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
    r"(?P<cue>said|says|added|adds|told(?=\s)|tells(?=\s)|wrote|writes|asked|asks|insisted|warned|explained|noted|notes|"
    r"stated|claimed|continued|declared|tweeted|replied|responded|recalled|argued)"
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
#: Markup left as literal text in an article ("<b>", "&amp;", "**", "[link]"): never part of a speaker's words.
_MARKUP = re.compile(
    r"</?[A-Za-z][^<>\n]{0,80}>|&(?:[A-Za-z]{2,8}|#\d{1,6}|#x[0-9A-Fa-f]{1,6});|\*{1,3}|_{2,3}|\[[^\[\]\n]{1,30}\]"
    r"|(?<=\w)>|<(?=\w)"
)
_STUDY_WORD = re.compile(r"\b(?:" + "|".join(sorted(STUDY_NOUNS)) + r")\b", re.I)


def _span(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t\n,;:":
        end -= 1
    return Span(start=start, end=end, text=text[start:end])


def masked_markup(text: str) -> str:
    """``text`` with its literal markup (:data:`_MARKUP`) blanked out, character for character, so that the
    speaker patterns read "said <b>Ana Ruiz</b>" as "said    Ana Ruiz    " and offsets still hold."""
    return _MARKUP.sub(lambda m: " " * len(m.group()), text)


def _clean_speaker(text: str, attribution: Attribution) -> Attribution:
    """The attribution with a speaker of clean words: a speaker span is cut to the words between the markup at
    its edges ("<i>the port authority</i>" -> "the port authority"); markup left inside it ("Lund &amp;
    Berg") is taken out of ``speaker_name``; a speaker that is all markup ("b>") is no speaker."""
    speaker = attribution.speaker
    if speaker is None or not _MARKUP.search(speaker.text):
        return attribution
    blank = masked_markup(speaker.text)
    if not any(ch.isalnum() for ch in blank):
        return attribution.model_copy(update={"speaker": None, "speaker_name": None, "anonymous": False})
    lead = len(blank) - len(blank.lstrip(" \t\n,;:"))
    trail = len(blank.rstrip(" \t\n,;:"))
    trimmed = _span(text, speaker.start + lead, speaker.start + trail)
    update: dict[str, object] = {"speaker": trimmed}
    if attribution.speaker_name is None and _MARKUP.search(trimmed.text):
        words = " ".join(
            _MARKUP.sub(
                lambda m: html.unescape(m.group()) if m.group().startswith("&") else " ", trimmed.text
            ).split()
        )
        update["speaker_name"] = words or None
    return attribution.model_copy(update=update)


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
        if (
            child.dep_ in ("appos", "compound", "prep", "amod", "acl", "relcl", "punct")
            and child.i - subject.i <= 14
        ):
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
        before = self.persons[
            max(0, bisect_right(self.person_ends, position) - 3) : bisect_right(self.person_ends, position)
        ]
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
    doc: Doc,
    text: str,
    sent: Sentence,
    entities: Sequence[EntityMention],
    resolver: _Resolver,
    masked: str | None = None,
) -> list[Attribution]:
    out: list[Attribution] = []
    quotes = [
        m for m in _QUOTE.finditer(text, sent.start, sent.end) if len((m.group(1) or m.group(2)).split()) >= 3
    ]
    if not quotes:
        return out
    speaker: Span | None = None
    cue: Span | None = None
    via: Span | None = None
    kind: SourceKind = "speech"
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
            after = _CUE_AFTER.match(text if masked is None else masked, q.end(), sent.end)
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
        for token in (
            doc.char_span(
                max(sent.start, quotes[0].start() - 60), quotes[0].start(), alignment_mode="contract"
            )
            or []
        ):
            if token.lemma_ in REPORTING_VERBS and token.pos_ in ("VERB", "AUX"):
                subjects = [c for c in token.children if c.dep_ in _SPEAKER_DEPS]
                if subjects:
                    speaker = _speaker_span(text, subjects[0], entities)
                cue = _span(text, token.idx, token.idx + len(token.text))
                kind = kind_of_cue(token.lemma_, subjects[0] if subjects else None)
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
                kind_of_source=kind,
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


def _clause_end(text: str, verb: Token, sent: Sentence, xcomp: bool = True) -> tuple[int, int] | None:
    """The reported clause of a reporting verb: after it ("said that ..."), before it ("..., police said"),
    or around it when the reporting clause is inserted ("The deal, officials said, would be ...")."""
    deps = ("ccomp", "xcomp", "parataxis") if xcomp else ("ccomp", "parataxis")
    comps = [c for c in verb.children if c.dep_ in deps and c.i > verb.i]
    if not comps:
        before = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i]
        if before:
            comp = before[-1]
            start, end = _trimmed(text, comp.left_edge.idx, comp.right_edge.idx + len(comp.right_edge.text))
            return max(start, sent.start), min(end, sent.end)
        if verb.dep_ == "parataxis" and verb.head.i != verb.i:
            head = verb.head
            left = _trimmed(text, max(head.left_edge.idx, sent.start), verb.left_edge.idx)
            right_start = verb.right_edge.idx + len(verb.right_edge.text)
            right = _trimmed(
                text, right_start, min(head.right_edge.idx + len(head.right_edge.text), sent.end)
            )
            left_words = len(text[left[0] : left[1]].split())
            right_words = len(text[right[0] : right[1]].split())
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


def _object_content(text: str, verb: Token, lemma: str) -> tuple[tuple[int, int] | None, Token | None]:
    """The content a cue verb takes as its object: a preposition's object for phrasal cues ("called for a
    ban", "referred to the vote"), else the direct object with what completes it ("called the plan a
    disgrace", "accused the mayor of lying", "described it as a failure"). Also the preposition, if any."""
    end_of = lambda t: t.right_edge.idx + len(t.right_edge.text)  # noqa: E731
    for child in verb.children:
        if child.dep_ == "prep" and child.i > verb.i and (lemma, child.lower_) in PREP_CUES:
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if not objects:
                continue
            end = end_of(objects[-1])
            for c in verb.children:
                if c.i > child.i and c.dep_ in ("xcomp", "ccomp"):
                    end = max(end, end_of(c))
            return (objects[0].left_edge.idx, end), child
    if lemma not in CUE_VERBS or lemma in OBJECT_IS_ADDRESSEE:
        return None, None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not objects or objects[0].pos_ == "PRON":
        return None, None
    obj = objects[0]
    completed = False
    end = end_of(obj)
    for c in verb.children:
        if c.i > obj.i and (
            c.dep_ in ("oprd", "xcomp", "ccomp")
            or (c.dep_ == "prep" and c.lower_ in ("as", "of", "for", "on", "about"))
        ):
            completed = True
            end = max(end, end_of(c))
    if not completed and text[end : end + 3].lstrip()[:1] in ("“", '"'):
        completed = True  # 'called the plan "a disgrace"' parsed without a predicate
        end = _quote_end(text, end)
    if lemma in OBJECT_NEEDS_PREDICATE and not completed:
        return None, None  # "called the mayor" (on the phone) reports nothing
    return (obj.left_edge.idx, end), None


def _quote_end(text: str, start: int) -> int:
    """The end of the quotation that opens at or just after ``start`` (or ``start``)."""
    m = _QUOTE.search(text, start, min(len(text), start + 300))
    return m.end() if m and not text[start : m.start()].strip() else start


def _antecedent(text: str, verb: Token, entities: Sequence[EntityMention]) -> str | None:
    """The noun a relative pronoun subject stands for ("the mayor, who said ...")."""
    token = verb
    for _ in range(3):
        if token.dep_ == "relcl":
            head = token.head
            starts = [e.start for e in entities]
            k = bisect_right(starts, head.idx) - 1
            if k >= 0 and entities[k].start <= head.idx < entities[k].end:
                return entities[k].text
            return text[head.left_edge.idx : head.idx + len(head.text)]
        if token.head is token:
            break
        token = token.head
    return None


def _indirect(
    doc: Doc, text: str, sent: Sentence, entities: Sequence[EntityMention], resolver: _Resolver
) -> list[Attribution]:
    out: list[Attribution] = []
    span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
    if span is None:
        return out
    quotes = [(m.start(), m.end()) for m in _QUOTE.finditer(text, sent.start, sent.end)]
    for token in span:
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB" or (lemma not in CUE_VERBS and lemma not in PREP_VERBS):
            continue
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
            continue  # "X was said to ...": X is not the speaker
        prep: Token | None = None
        clause = _clause_end(text, token, sent, xcomp=lemma not in NO_XCOMP) if lemma in CUE_VERBS else None
        if clause is None:
            clause, prep = _object_content(text, token, lemma)
            if clause is not None:
                clause = (max(clause[0], sent.start), min(clause[1], sent.end))
        subjects = _subjects(token)
        if clause is None:
            # Media as sources with no clause parsed: "..., Channel 10 reported."
            rest = text[token.idx + len(token.text) : sent.end]
            if lemma != "report" or not subjects or re.search(r"\w{3,}", rest):
                continue
            clause = (sent.start, subjects[0].left_edge.idx)
        c_start, c_end = clause
        if c_end - c_start < 8:
            continue
        if any(q0 <= c_start < q1 for q0, q1 in quotes):
            continue
        speaker = _speaker_span(text, subjects[0], entities) if subjects else None
        cue_start = token.idx
        via: Span | None = None
        quoted_as = (
            _QUOTED_AS_END.search(text, sent.start, token.idx + len(token.text))
            if token.lower_ == "saying"
            else None
        )
        if quoted_as:
            # "The agency quoted X as saying ...": X speaks, the agency reports.
            speaker = _span(text, quoted_as.start("spk"), quoted_as.end("spk"))
            cue_start = quoted_as.start("q") if quoted_as.group("q") else quoted_as.end("spk")
            if quoted_as.group("via"):
                via = _span(text, quoted_as.start("via"), quoted_as.end("via"))
        name: str | None = None
        if speaker is not None and speaker.text.casefold() in ("who", "which", "that"):
            name = _antecedent(text, token, entities)
            if name is None:
                continue
        elif speaker is not None and speaker.text.casefold() in ("it", "this", "which", "that"):
            continue
        cue_end = token.idx + len(token.text)
        for child in token.children:
            if child.dep_ in ("prt", "dative") and child.i > token.i and child.i - token.i <= 3:
                cue_end = max(cue_end, child.right_edge.idx + len(child.right_edge.text))
        if prep is not None:
            cue_end = max(cue_end, prep.idx + len(prep.text))
        kind = kind_of_cue(
            lemma,
            subjects[0] if subjects else None,
            prep.lower_ if prep else None,
            next((c.lower_ for c in token.children if c.dep_ == "prt"), None),
        )
        if name is None:
            name = _speaker_name(speaker, resolver, sent.start)
            if kind != "belief":  # who holds a view nested in a statement is not the last speaker
                resolver.note(sent.start, speaker, name)
        out.append(
            Attribution(
                kind="indirect",
                kind_of_source=kind,
                speaker=speaker,
                cue=_span(text, cue_start, cue_end),
                content=_span(text, c_start, c_end),
                speaker_name=name,
                via=via,
                anonymous=speaker is not None
                and _is_anonymous(text[speaker.start : min(sent.end, speaker.end + 80)]),
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
                kind_of_source="finding" if _STUDY_WORD.search(speaker.text) else "speech",
                speaker=speaker,
                cue=_span(text, m.start(), m.start("spk")),
                content=content,
                anonymous=_is_anonymous(speaker.text),
            )
        )
    return out


def _announcing(doc: Doc, text: str, sent: Sentence, entities: Sequence[EntityMention]) -> Attribution | None:
    """A sentence ending in a cue verb and a colon ('The paper reports:'), whose quotation follows."""
    m = re.search(r"(\w+)\s*:\s*$", text[sent.start : sent.end])
    if not m:
        return None
    verb = _token_at(doc, sent.start + m.start(1))
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in CUE_VERBS:
        return None
    subjects = _subjects(verb)
    return Attribution(
        kind="direct",
        kind_of_source=kind_of_cue(verb.lemma_, subjects[0] if subjects else None),
        speaker=_speaker_span(text, subjects[0], entities) if subjects else None,
        cue=_span(text, verb.idx, verb.idx + len(verb.text)),
        content=_span(text, sent.start + m.start(1), sent.start + m.end(1)),
    )


def find_attributions(
    doc: Doc, sentences: Sequence[Sentence], entities: Sequence[EntityMention]
) -> list[Attribution]:
    """All attributions of a parsed text, in text order."""
    text = doc.text
    masked = masked_markup(text)
    resolver = _Resolver(entities)
    out: list[Attribution] = []
    previous_direct: Attribution | None = None
    announced: Attribution | None = None
    open_quote = False
    for sent in sentences:
        found = _direct(doc, text, sent, entities, resolver, masked)
        body = text[sent.start : sent.end]
        if not found and announced is not None and body.lstrip()[:1] in '“"':
            # 'X said:' closing the previous sentence, then the quotation as a sentence or paragraph of its own
            start, end = _trimmed(text, sent.start, sent.end)
            while start < end and text[start] in '“"':
                start += 1
            while end > start and text[end - 1] in '”"':
                end -= 1
            found = [announced.model_copy(update={"content": _span(text, start, end)})]
        announced = _announcing(doc, text, sent, entities)
        if not found and previous_direct is not None:
            # A quotation that goes on: the sentence is all quote, with no cue of its own,
            # or a paragraph that opens a quote after a quote left open.
            whole = re.fullmatch(r"\s*[“\"]([^”\"]+)[”\"]?\s*", body)
            if whole and (open_quote or body.lstrip()[:1] in '“"'):
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
        found_indirect = [a for a in found_indirect if not any(d.cue.start == a.cue.start for d in found)]
        found += found_indirect
        found += _according(text, sent)
        out.extend(found)
    for extra in find_nominal_attributions(doc, sentences, text):
        if not any(extra.cue.start <= a.cue.start < extra.cue.end or a.content == extra.content for a in out):
            out.append(extra)
    out.sort(key=lambda a: (a.content.start, a.cue.start))
    return [_clean_speaker(text, a) for a in out]
