"""Denials with nothing to set against, and statements one speaker makes negated against another's.

* :func:`lone_denials`: a denial whose target is not among the story's claims is shown alone, one point
  per denial however many outlets report it (the same speaker denying the same proposition), naming every
  outlet and citing each sentence.
* :func:`counter_statements`: "the plant will not close, Stoyan said" against "Fenn said the plant would
  close": the same subject, predicate and object, the same time, opposite polarity, two different
  speakers. Read from the dependency parse (:mod:`.propositions`), never from shared words alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from parallax.model import Claim, Comparison
from parallax.story.compare.estimates import Estimate
from parallax.story.compare.explain import SourceNamer, short, speakers
from parallax.story.compare.propositions import Proposition, same_proposition
from parallax.story.text_features import content_stems

__all__ = ["Lone", "counter_figures", "counter_statements", "lone_denials", "same_speaker"]

# Two lone denials are one when this share of the smaller one's denied words are shared (by word family),
# by one named speaker or (more of them) when a speaker is missing.
SAME_DENIAL = 0.6
SAME_DENIAL_ANYONE = 0.6
# Stems of the words of denial and of reporting, left out of what a denial denies.
_DENIAL_WORD = re.compile(
    r"deni\w*|deny|reject\w*|dismiss\w*|refut\w*|disput\w*|rebut\w*|contradict\w*|untru\w*|fals\w*|"
    r"baseless|unfound\w*|fabric\w*|claim\w*|report\w*|alleg\w*|accus\w*|said|say\w*|lie[ds]?|lying"
)
# Predicates that say nothing of their own ("is", "has"): a clause of one is the same statement only with
# the same complement.
_LIGHT = frozenset({"be", "have", "do", "get", "make"})
# Two figures differ (a counter-figure) when they are further apart than this share of the larger.
FIGURES_DIFFER = 0.1
# A sentence that may give an estimate of a count (parsed only then): "put ... at 4,000".
_ESTIMATE = re.compile(
    r"\b(?:put|puts|putting|estimat\w+|plac\w+|set|sets|pegg?\w*)\b[^.;]{0,100}?\bat\s+\D{0,12}\d"
)
# A sentence that may refuse to do something (parsed only then): see :data:`.propositions.REFUSING`.
_REFUSAL = re.compile(r"\b(?:refus|declin)\w*\s+to\b", re.IGNORECASE)
# Roles of a clause that asserts (the sentence's main clause, or what a speaker says), not a clause of a
# condition, a relative clause or a purpose.
_ASSERTED = frozenset({"ROOT", "ccomp", "conj"})


@dataclass
class Lone:
    """A denial with nothing in the story to set against: the sentence, who denies, what (as told to a
    reader), the statement it names (its words, its clauses)."""

    claim: Claim
    denier: str
    what: str
    proposition: str | None
    named: list[Proposition]


def _family(a: str, b: str) -> bool:
    """Two stems of one word family: equal, or sharing their first five letters ("collusion",
    "colluded"; "Russia", "Russian")."""
    return a == b or (len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5])


def _denied_words(item: Lone) -> set[str]:
    """The content stems of what a lone denial denies: the statement it names, else its sentence without
    the denier's name and the words of denial."""
    text = item.proposition or item.claim.text
    drop = set(content_stems(item.denier)) | set(content_stems(item.claim.speaker or ""))
    return {w for w in content_stems(text) if w not in drop and not _DENIAL_WORD.fullmatch(w)}


def _same_denial(a: Lone, b: Lone) -> bool:
    """Two reports of one denial: by the same speaker (when both name one), of the same proposition (the
    same clause, or most of the same words by word family)."""
    speaker_a, speaker_b = a.claim.speaker_entity_id, b.claim.speaker_entity_id
    if speaker_a and speaker_b and speaker_a != speaker_b:
        return False
    if a.named and b.named and any(same_proposition(p, q, polarity=True) for p in a.named for q in b.named):
        return True
    words_a, words_b = _denied_words(a), _denied_words(b)
    shared = sum(any(_family(w, v) for v in words_b) for w in words_a)
    least = min(len(words_a), len(words_b))
    if speaker_a and speaker_b:
        return shared >= 2 and shared >= SAME_DENIAL * least
    return shared >= 3 and shared >= SAME_DENIAL_ANYONE * least


def lone_denials(
    lone: Sequence[Lone], namer: SourceNamer, sources_named: Callable[..., str]
) -> list[Comparison]:
    """Denials with nothing to set against, one point per denial however many outlets report it: the
    reports of one speaker's denial of one proposition are one point naming every outlet and citing each
    sentence (``unique`` when one source carries it, else ``agreement``: the outlets agree it was made)."""
    groups: list[list[Lone]] = []
    for item in lone:
        joined = [g for g in groups if any(_same_denial(item, other) for other in g)]
        merged = [x for g in joined for x in g] + [item]
        groups = [g for g in groups if not any(g is j for j in joined)] + [merged]
    order = {id(x): n for n, x in enumerate(lone)}
    out: list[Comparison] = []
    for group in sorted(groups, key=lambda g: min(order[id(x)] for x in g)):
        group.sort(key=lambda x: order[id(x)])
        first = group[0]
        claims = [x.claim for x in group]
        sources = {namer.source(c.article_id) for c in claims}
        article_ids = sorted({c.article_id for c in claims})
        reported = (
            f"{sources_named(claims, namer)} report it: "
            + "; ".join(f"{namer.name(c.article_id)}: “{short(c.text, 120)}”" for c in claims)
            if len(sources) > 1
            else f"“{short(first.claim.text)}”"
        )
        out.append(
            Comparison(
                kind="agreement" if len(sources) > 1 else "unique",
                topic=f"Denial: {short(first.proposition or first.claim.text, 70)}",
                claim_ids=[c.id for c in claims],
                article_ids=article_ids,
                outlets=sorted({namer.name(a) for a in article_ids}),
                speakers=speakers(claims),
                explanation=(
                    f"{first.denier} says {first.what} is untrue. {reported}. "
                    "The statement it denies is not reported by the story's sources, so there is nothing to set it against."
                ),
            )
        )
    return out


def _speaker(claim: Claim) -> str | None:
    return claim.speaker_entity_id or ((claim.speaker or "").casefold() or None)


def _asserts(p: Proposition) -> bool:
    """A clause that can be said against another: what a speaker says (not a condition or a relative
    clause), with a subject that is no pronoun."""
    return p.role in _ASSERTED and bool(p.subject_heads) and not p.pronoun and bool(p.predicates)


def same_speaker(a: Claim, b: Claim) -> bool:
    """Both sentences are said by one speaker: the same entity, or names that end in the same capitalised
    word (the same person resolved to two entities, or to none: "Aitan Goelman" and "Goelman"; not
    "President Pence" and "President Trump")."""
    if a.speaker_entity_id and a.speaker_entity_id == b.speaker_entity_id:
        return True
    last_a = (a.speaker or "").split()[-1:]
    last_b = (b.speaker or "").split()[-1:]
    return bool(last_a and last_a == last_b and last_a[0][:1].isupper() and len(last_a[0]) > 2)


def answers(negated: Proposition, plain: Proposition) -> bool:
    """``negated`` says ``plain`` is not so: the same subject (its head, and its modifiers when both have
    some), the same predicate (with the same complement for a light one), the same objects when either has
    one, the same time, opposite polarity. One of them in the passive: see :func:`_answers_in_voice`."""
    if not negated.negative or plain.negative or not _same_time(negated, plain):
        return False
    if negated.content or plain.content:
        return False  # "never ruled on whether P" says nothing against "ruled that Q"
    if negated.wanted or plain.wanted:
        return False  # "pledged to make sure the economy works" says it is an aim, not that it works
    if (
        negated.passive != plain.passive
        and not (negated.predicates & plain.predicates) <= _LIGHT
        and _answers_in_voice(negated, plain)
    ):
        return True
    if not (_asserts(negated) and _asserts(plain)):
        return False
    if not negated.subject_heads & plain.subject_heads:
        return False
    modifiers_a = negated.subjects - negated.subject_heads
    modifiers_b = plain.subjects - plain.subject_heads
    if modifiers_a and modifiers_b and not modifiers_a & modifiers_b:
        return False
    shared = negated.predicates & plain.predicates
    if not shared:
        return False
    if shared <= _LIGHT and not negated.argument_heads & plain.argument_heads:
        return False
    return not (negated.objects or plain.objects) or bool(negated.objects & plain.objects)


def _same_time(negated: Proposition, plain: Proposition) -> bool:
    """The two clauses speak of the same time: the same tense, or a possibility ("X may resign") against
    what will not be ("X will not resign")."""
    return negated.tense == plain.tense or (
        negated.tense == "future" and plain.tense == "modal" and plain.possible
    )


def _answers_in_voice(negated: Proposition, plain: Proposition) -> bool:
    """One clause passive, the other active: "the footbridge has not been repaired" against "the city had
    repaired the footbridge". What the passive's subject names is what the active clause acts on (its
    direct object; the head, and the modifiers when both have some); the same predicate, not a light one.
    The active clause's subject may be a pronoun ("we have defeated the rebels")."""
    passive, active = (negated, plain) if negated.passive else (plain, negated)
    if passive.role not in _ASSERTED or active.role not in _ASSERTED or passive.pronoun:
        return False
    if not passive.subject_heads & active.object_heads:
        return False
    modifiers_a = passive.subjects - passive.subject_heads
    modifiers_b = active.objects - active.object_heads
    return not (modifiers_a and modifiers_b and not modifiers_a & modifiers_b)


def _may_state(p: Proposition, text: str) -> bool:
    """A cheap test before the parse: the sentence names the clause's subject and its predicate (its
    first four letters: "close" in "closed"; for a light verb, one of its arguments)."""
    if not any(h in text for h in p.subject_heads):
        return False
    words = p.predicates - _LIGHT or p.argument_heads
    return any(w[:4] in text for w in words)


def contradiction(
    topic: str, lead: str, claim: Claim, targets: Sequence[Claim], group: Sequence[Claim], namer: SourceNamer
) -> Comparison:
    """A contradiction point: ``claim`` (and the claims of ``group``) against ``targets``, explained as
    ``lead``, the claim's words, and the first target's words with the outlets that carry the targets."""
    article_ids = sorted({c.article_id for c in group})
    return Comparison(
        kind="contradiction",
        topic=topic,
        claim_ids=[c.id for c in group],
        article_ids=article_ids,
        outlets=sorted({namer.name(a) for a in article_ids}),
        speakers=speakers(group),
        explanation=(
            f"{lead}: “{short(claim.text)}” "
            f"(against {', '.join(sorted({namer.name(c.article_id) for c in targets}))}: "
            f"“{short(targets[0].text)}”)."
        ),
    )


def disputed_point(
    claim: Claim, targets: Sequence[Claim], namer: SourceNamer, says: Callable[[str, str | None], str]
) -> Comparison:
    """A contradiction point of ``claim`` against ``targets``, headed by the one named speaker of the targets
    ("Is X right?") or "Disputed statement"; ``says(denier, who)`` words the lead (``who`` is that speaker or
    None; the denier is the claim's speaker or its outlet)."""
    named = {c.speaker for c in targets if c.speaker and c.speaker_entity_id}
    who = named.pop() if len(named) == 1 and all(c.speaker_entity_id for c in targets) else None
    denier = claim.speaker or namer.name(claim.article_id)
    topic = f"Is {who} right?" if who else "Disputed statement"
    return contradiction(topic, says(denier, who), claim, targets, [*targets, claim], namer)


def counter_statements(
    claims: Sequence[Claim],
    clauses_of: Callable[[Claim], list[Proposition]],
    parse: Callable[[Sequence[Claim]], None],
    sharing: Callable[[Sequence[Claim], Sequence[Proposition]], list[Claim]],
    namer: SourceNamer,
    used: set[str],
) -> list[Comparison]:
    """Statements made negated by one speaker against the same statement made plainly by another (see
    :func:`answers`), one point per negated statement. ``used``: claims already in a contradiction."""
    said = [c for c in claims if c.id not in used and not c.text.rstrip().endswith("?")]
    # The plain statement may be told with a verb of saying the claims stage left unattributed ("X hinted
    # that he may resign, telling a station ..."): its clause still names its subject.
    reported = [c for c in said if _speaker(c) or c.cue]
    # (a refusal is a negation too: "X refused to apologise" against "X has apologised")
    # A negated sentence the claims stage left unattributed may still tell who says it ("X railed against
    # the plan, promising that Y would never pay"): its clause is taken when the parse names the sayer.
    negated = [c for c in said if c.negated or _REFUSAL.search(c.text)]
    parse(negated)
    out: list[Comparison] = []
    for claim in negated:
        mine = [p for p in clauses_of(claim) if p.negative and _asserts(p) and (_speaker(claim) or p.said_by)]
        if not mine:
            continue
        pool = [c for c in reported if c.id != claim.id]
        candidates = [c for c in sharing(pool, mine) if any(_may_state(p, c.text.casefold()) for p in mine)]
        parse(candidates)
        # Two speakers; or one speaker who said two different things (a possibility, then a refusal:
        # "I may resign" / "I will not resign"), not two outlets' reports of one statement.
        targets = [
            c
            for c in candidates
            if any(answers(p, q) and _two_sayers(claim, p, c, q) for p in mine for q in clauses_of(c))
        ]
        if not targets:
            continue
        # The target's speaker is named only when the parse shows that speaker saying the clause (not a
        # clause about them that another tells: "an aide told the Post that the chairman would run").
        target_speakers = sorted(
            {
                c.speaker
                for c in targets
                if c.speaker
                and any(
                    answers(p, q) and q.said_by & set(content_stems(c.speaker))
                    for p in mine
                    for q in clauses_of(c)
                )
            }
        )
        who = target_speakers[0] if len(target_speakers) == 1 else "the earlier report"
        says = claim.speaker and any(p.said_by & set(content_stems(claim.speaker)) for p in mine)
        denier = f"{claim.speaker} says" if says else f"{namer.name(claim.article_id)} reports"
        group = [*targets, claim]
        out.append(
            contradiction(
                f"Is {who} right?",
                f"{denier} the opposite of {who}",
                claim,
                targets,
                group,
                namer,
            )
        )
        used.update(c.id for c in group)
    return out


def _two_sayers(claim: Claim, p: Proposition, other: Claim, q: Proposition) -> bool:
    """Two speakers say ``p`` and ``q``, or one speaker said two different things (a possibility, then a
    refusal: "I may resign" / "I will not resign", at two times), not two outlets' reports of one
    statement. When the claims stage names no speaker for ``claim``, the one who says its clause in the
    parse (:attr:`.Proposition.said_by`) must differ from the other's (its said-by names, else its
    speaker's)."""
    if _speaker(claim):
        return not (_speaker(other) == _speaker(claim) or same_speaker(other, claim)) or p.tense != q.tense
    theirs = q.said_by or frozenset(content_stems(other.speaker or ""))
    return bool(p.said_by and theirs and not p.said_by & theirs)


def _counts(estimate: Estimate, clause: Proposition) -> bool:
    """``clause`` gives another figure for what ``estimate`` counts: the counted thing (by word family)
    as its subject, predicate or argument, another participant in common, a figure further apart than
    :data:`FIGURES_DIFFER`, and not said by the one who gives the estimate."""
    words = clause.subject_heads | clause.predicates | clause.argument_heads
    if not any(_family(a, b) for a in estimate.counted for b in words):
        return False
    participants = clause.subjects | clause.arguments
    if not any(_family(a, b) for a in estimate.others - estimate.counted for b in participants):
        return False
    values = []
    for number in clause.numbers:
        try:
            values.append(float(number))
        except ValueError:
            continue
    return any(abs(v - estimate.value) > FIGURES_DIFFER * max(v, estimate.value) for v in values) and not any(
        abs(v - estimate.value) <= FIGURES_DIFFER * max(v, estimate.value) for v in values
    )


def counter_figures(
    claims: Sequence[Claim],
    estimate_of: Callable[[Claim], Estimate | None],
    clauses_of: Callable[[Claim], list[Proposition]],
    parse: Callable[[Sequence[Claim]], None],
    namer: SourceNamer,
    used: set[str],
) -> list[Comparison]:
    """ "Organisers said 20,000 people marched" against "Police put the number of marchers at 4,000":
    an estimate of a count by one party (:func:`.estimates.read_estimate`) against another party's
    figure for the same count, one point per estimate."""
    estimating = [c for c in claims if c.id not in used and _ESTIMATE.search(c.text)]
    parse(estimating)
    out: list[Comparison] = []
    for claim in estimating:
        estimate = estimate_of(claim)
        if estimate is None:
            continue
        stems = {w[:5] for w in estimate.counted}
        candidates = [
            c
            for c in claims
            if c.id != claim.id
            and c.id not in used
            and any(ch.isdigit() for ch in c.text)
            and any(s in c.text.casefold() for s in stems)
        ]
        parse(candidates)
        targets = [
            c
            for c in candidates
            if not estimate.by & set(content_stems(c.speaker or ""))
            and any(_counts(estimate, q) for q in clauses_of(c))
        ]
        if not targets:
            continue
        who = sorted({c.speaker for c in targets if c.speaker})
        group = [*targets, claim]
        topic = f"Is {who[0]} right?" if len(who) == 1 else "Disputed figure"
        out.append(contradiction(topic, "Another figure", claim, targets, group, namer))
        used.update(c.id for c in group)
    return out
