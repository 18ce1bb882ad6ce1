"""A short negative reply to what someone just said to the one who replies, read from the dependency
parse: "'You have the power to stop it,' a man shouted. 'Actually, I don't,' Mr. Vell replied."

* **The reply**: a negated auxiliary whose verb is left out (ellipsis) with "I" or "we" as its subject:
  "I don't", "we can't", "I won't", "I'm not", "No, I didn't" (nothing after the auxiliary but adverbs,
  a conjunction or what follows it); the one who replies is the named subject of the verb of saying above
  it (:func:`.pronouns.said_by`).
* **What it answers**: a clause of the sentence just before it (the same article, at most two claims
  back) whose subject is "you", affirmed, said with the same kind of auxiliary: "do" answers a clause
  with no auxiliary ("you have the power", "you knew"), "can"/"could" one with "can"/"could", "will"/
  "would" one with "will"/"would", "be" a clause of "be" ("you are the one", "you were there").

Nothing here names a word of any story: the categories are auxiliaries, persons and verbs of saying.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parallax.model import Claim, Comparison
from parallax.story.compare.denials import disputed_point, same_speaker
from parallax.story.compare.explain import SourceNamer
from parallax.story.compare.pronouns import said_by
from parallax.story.compare.propositions import negated

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["MAY_REPLY", "Reply", "read_reply", "reply_disputes"]

# A sentence that may hold a short negative reply (parsed only then): "I don't", "we can't", "I'm not".
MAY_REPLY = re.compile(
    r"\b(?:I|we)\s*(?:do|did|does|can|could|will|wo|would|am|are|was|were|have|had|[’']m|[’']re)\s*"
    r"(?:n[’']t|not)\b\s*(?:[,.!;—–-]|[”\"’]|\s+(?:and|but|so)\b)",
    re.IGNORECASE,
)
# Kinds of auxiliary: the reply's answers a clause said with the same kind.
_KIND = {
    **dict.fromkeys(("do", "does", "did"), "do"),
    **dict.fromkeys(("can", "could", "ca"), "can"),
    **dict.fromkeys(("will", "would", "wo", "'ll", "shall"), "will"),
    **dict.fromkeys(("be", "am", "are", "is", "was", "were", "'m", "'re", "’m", "’re"), "be"),
    **dict.fromkeys(("have", "has", "had"), "have"),
}
# Children of an auxiliary that leave its verb out: adverbs, punctuation, a conjunction and what follows.
_ELLIPTIC = frozenset({"advmod", "intj", "punct", "neg", "nsubj", "cc", "conj", "parataxis", "discourse"})
_SPEAKERS = frozenset({"i", "we"})
# Roles through which the reply is what its sentence says (the main clause, or what a verb of saying says).
_SAID = frozenset({"ROOT", "ccomp", "parataxis", "conj"})


@dataclass(frozen=True)
class Reply:
    """What a sentence says in reply (``kind``: the kind of its negated auxiliary, "" when it holds no
    short negative reply; ``by``: the names of who replies) and the kinds of auxiliary of the affirmed
    clauses it says to someone as "you" (``addressed``)."""

    kind: str = ""
    by: frozenset[str] = frozenset()
    addressed: frozenset[str] = frozenset()


def _short_reply(tok: Token) -> str:
    """The kind of ``tok``'s auxiliary when it is a short negative reply in the first person, else ""."""
    if tok.pos_ not in ("AUX", "VERB") or tok.dep_ not in _SAID or not negated(tok):
        return ""
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "expl")]
    if len(subjects) != 1 or subjects[0].lower_ not in _SPEAKERS:
        return ""
    if any(c.dep_ not in _ELLIPTIC for c in tok.children):
        return ""
    if any(c.dep_ == "conj" and c.i < tok.i for c in tok.children):
        return ""
    return _KIND.get(tok.lower_, "") or _KIND.get(tok.lemma_.casefold(), "")


def _addressed_kind(verb: Token) -> str:
    """The kind of auxiliary of an affirmed clause whose subject is "you", else ""."""
    if verb.pos_ not in ("AUX", "VERB") or negated(verb):
        return ""
    if not any(c.dep_ == "nsubj" and c.lower_ == "you" for c in verb.children):
        return ""
    if any(c.dep_ == "mark" for c in verb.children) or verb.dep_ in ("advcl", "relcl", "acl"):
        return ""  # "if you have", "what you have": no statement
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    for aux in auxiliaries:
        kind = _KIND.get(aux.lower_, "") or _KIND.get(aux.lemma_.casefold(), "")
        if kind in ("can", "will"):
            return kind
        if kind == "do":
            return ""  # "you do have": emphatic; the reply "I don't" answers it, but rarely so
    if verb.lemma_.casefold() == "be":
        return "be"
    return "do"


def read_reply(doc: Doc | Iterable[Token]) -> Reply:
    """The short negative reply in ``doc`` (one sentence) and what it says to "you" (see :class:`Reply`)."""
    tokens = list(doc)
    kind, by = "", frozenset[str]()
    for tok in tokens:
        found = _short_reply(tok)
        if found:
            kind, by = found, said_by(tok)
            break
    addressed = frozenset(k for t in tokens if (k := _addressed_kind(t)))
    return Reply(kind=kind, by=by, addressed=addressed)


def reply_disputes(
    claims: Sequence[Claim],
    reply_of: Callable[[Claim], Reply],
    parse: Callable[[Sequence[Claim]], None],
    namer: SourceNamer,
    taken: set[str],
) -> list[Comparison]:
    """ "'You have the power,' a man shouted" against "'Actually, I don't,' Vell replied": a short
    negative reply against the sentence just before it that says the same kind of thing to "you" (see the
    module docstring), one point per reply. ``taken``: claims already in a contradiction (updated)."""
    by_article: dict[str, list[Claim]] = {}
    for claim in claims:
        by_article.setdefault(claim.article_id, []).append(claim)
    replying = [c for c in claims if c.id not in taken and MAY_REPLY.search(c.text)]
    parse(replying)
    out: list[Comparison] = []
    for claim in replying:
        reply = reply_of(claim)
        if not reply.kind:
            continue
        siblings = by_article[claim.article_id]
        position = siblings.index(claim)
        before = [c for c in siblings[max(0, position - 2) : position] if c.id not in taken]
        parse(before)
        targets = [
            c
            for c in reversed(before)
            if reply.kind in reply_of(c).addressed
            and not same_speaker(c, claim)
            and not (reply.by and reply.by & reply_of(c).by)
            and "you" in c.text.casefold()
        ][:1]
        if not targets:
            continue
        out.append(
            disputed_point(claim, targets, namer, lambda replier, _: f"{replier} answers that it is not so")
        )
        taken.update(c.id for c in [*targets, claim])
    return out
