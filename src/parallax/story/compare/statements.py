"""Statements and denials: who says a statement is untrue, and which statement.

* A denial ("X's statement that P was untrue", "denied that P", "X lied", "contradicted X", "denied the
  report") is paired with the claim it disputes: the statement it names (the same proposition P, said
  by X when X is named), the statements of the person it calls wrong, or, for "the report", the report
  just before it. A sentence that merely shares words with the denial is never its target. A denial
  whose target is not among the story's claims is shown alone.
* One speaker's statements as the outlets quote them (agreements, one outlet's own): :mod:`.quoted`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from parallax.common.denials import DISPUTE_VERBS, LYING, NOT_THE_TRUTH, UNTRUE
from parallax.model import Claim, Comparison, Entity
from parallax.story.compare.attributes import attribute_disputes
from parallax.story.compare.denial_reading import DenialReading
from parallax.story.compare.denials import (
    Lone,
    contradiction,
    counter_figures,
    counter_statements,
    lone_denials,
    same_speaker,
)
from parallax.story.compare.existence import existence_disputes
from parallax.story.compare.explain import SourceNamer, short
from parallax.story.compare.parses import Parses
from parallax.story.compare.phrases import phrase_disputes
from parallax.story.compare.propositions import (
    Proposition,
    about_the_same,
    accused_unnamed,
    same_possession,
    same_proposition,
)
from parallax.story.compare.quoted import sources_named
from parallax.story.compare.replies import reply_disputes
from parallax.story.compare.reports import accuracy_disputes
from parallax.story.text_features import content_stems, is_denial

if TYPE_CHECKING:
    from spacy.language import Language

# The parses of the pairing (kept under their earlier name for the tests that read them).
_Parses = Parses

# Share of the named proposition's content words that a target statement must hold.
PROPOSITION_OVERLAP = 0.5
PROPOSITION_OVERLAP_ANYONE = 0.75
# A sentence that may allege something (parsed only then).
_ALLEGING_WORD = re.compile(r"\b(?:alleg|accus|claim|report|charg|assert)\w*", re.IGNORECASE)
# At most this many characters between the one called a liar and the cue ("Petrek wasn't speaking
# the truth", "Kelmar lied"; not "Vance made a statement, and he has a long record of lying").
SUBJECT_GAP = 25
# The disputed party comes before a cue of lying ("X lied", "X wasn't speaking the truth") and after a
# verb of disputing ("contradicted X", "dismissed X's statements").
_DENIAL_CUE = re.compile(
    rf"(?P<subject>(?<!with )(?<!of )(?<!for )(?<!about )\b(?:{LYING})\b(?! to\b)|\b{NOT_THE_TRUTH}|"
    rf"\b(?:{UNTRUE})\b)"
    rf"|(?P<object>\b(?:{DISPUTE_VERBS})\b)",
    re.IGNORECASE,
)
# The statement a denial names: "the statement that P", "denied that P", "claims that P".
_NAMED_PROPOSITION = re.compile(
    r"\b(?:statements?|claims?|assertions?|reports?|remarks?|allegations?|accusations?|suggestions?|"
    r"den(?:y|ies|ied|ying)|refut\w*|reject\w*)\s+that\s+(?P<p>[^.;]+?)"
    r"(?=\s+(?:was|were|is|are)\s+(?:untrue|false|wrong|not true|baseless|incorrect)\b|[,;.]|$)",
    re.IGNORECASE,
)
# Denials worded otherwise than with the shared words of denial (:func:`is_denial`): a statement called
# baseless, "no truth to", an event that "never happened", a figure or claim disputed or rebutted.
_OTHER_DENIAL = re.compile(
    r"\b(?:baseless|groundless|unfounded|fabricat\w+|no truth|without (?:any )?(?:basis|merit|foundation)|"
    r"(?:never|not|n't) (?:happen(?:ed)?|occur(?:red)?|take place|took place)|disput(?:e|es|ed|ing)|"
    r"rebut(?:s|ted|ting)?|debunk(?:s|ed|ing)?|nonsense|rubbish|lies?|fiction|fantasy|myth|falsehoods?|hoax|"
    r"smear|fabrication|garbage|baloney|malarkey|mischaracteri[sz]\w*|misrepresent\w*|"
    r"reject(?:s|ed|ing)?\s+(?:that|this)\s+\w+|question(?:s|ed|ing)?\s+(?:whether|if)|doubt(?:s|ed|ing)?\s+(?:that|whether)|doubtful|"
    r"s[kc]eptic(?:al|ism)|(?:hard|difficult|impossible) to (?:see|imagine|understand|explain) how|"
    r"(?:mistakenly|wrongly|erroneously|incorrectly|wrongfully)\s+(?:\w+\s+)?(?:stat|sa[iy]|claim|assert|told|tell|"
    r"insist|argu|contend|maintain|allege|writ|wrote|report|suggest|believ|thought|think)\w*)\b",
    re.IGNORECASE,
)
# "denied the report", "rejected the claims": a denial of a report named only by a noun.
_REPORT_NOUN = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject\w*|refut\w*|dismiss\w*)\s+(?:the|these|those|this|that|such)\s+"
    r"(?:\w+\s+)?(?:reports?|claims?|allegations?|accusations?|rumou?rs?|statements?)\b",
    re.IGNORECASE,
)

# The words just before the name of a report's owner: "which the Courier reported", "the report by the Courier".
_OWNER_BEFORE = re.compile(r"\b(?:which|that|by|in|from|of)\s+(?:the\s+)?$", re.IGNORECASE)


def named_proposition(text: str) -> str | None:
    """The statement a denial names ("… statement that no cracks were found was untrue" -> "no cracks
    were found"), or None."""
    match = _NAMED_PROPOSITION.search(text)
    return match.group("p").strip() if match else None


def _holds(proposition: set[str], claim: Claim, named_speaker: bool) -> bool:
    """The claim states the proposition: it holds most of its content words (more of them when the
    denial names no speaker and any sentence of the story could be the one denied)."""
    stems = set(content_stems(claim.text))
    shared = proposition & stems
    share = PROPOSITION_OVERLAP if named_speaker else PROPOSITION_OVERLAP_ANYONE
    least = min(2 if named_speaker else 3, len(proposition))
    return len(shared) >= least and len(shared) >= share * len(proposition)


def find_contradictions(
    claims: Sequence[Claim],
    sentence_entities: Callable[[Claim], frozenset[str]],
    entities: Sequence[Entity],
    namer: SourceNamer,
    nlp: Language | None = None,
) -> list[Comparison]:
    """Denials, each with the claims it disputes (the same proposition), or alone when those are not in
    the story. ``nlp`` parses the denials and their candidate targets (see :mod:`.propositions`); without
    it the named statement is found by its words and a denial naming only a speaker answers that
    speaker's statement just before it."""
    names = {e.id: e.name for e in entities}
    labels = {e.id: e.label for e in entities}
    variants = {
        e.id: sorted(
            {v.text for v in e.variants}
            | {e.name}
            | (
                {v.text.split()[-1] for v in e.variants} | {e.name.split()[-1]}
                if e.label == "PERSON"
                else set()
            )
        )
        for e in entities
    }
    by_article: dict[str, list[Claim]] = defaultdict(list)
    by_speaker: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_article[claim.article_id].append(claim)
        if claim.speaker_entity_id:
            by_speaker[claim.speaker_entity_id].append(claim)
    denials = [c for c in claims if is_denial(c.text) or _OTHER_DENIAL.search(c.text)]
    parsed = Parses(nlp)
    parsed.add(denials)
    comparisons: list[Comparison] = []
    lone: list[Lone] = []
    # One point per denier and statements denied: "Kessler disputed the charges" and "Kessler's office denied
    # any wrongdoing by Kessler" against the same accusation are one dispute, its denials side by side.
    points: dict[tuple[str, frozenset[str]], tuple[str, str, Claim, list[Claim], list[Claim]]] = {}
    for claim in denials:
        target = _denial_target(claim, sentence_entities(claim), variants)
        if target == claim.speaker_entity_id:
            target = None
        reading = parsed.reading(claim)
        if reading is not None and reading.refusal:
            continue  # "denied his request", "a false prophet": no statement is said to be untrue
        proposition = named_proposition(claim.text)
        siblings = by_article[claim.article_id]
        position = siblings.index(claim)
        targets: list[Claim] = []
        context = False  # the target is the sentence before, which the denial refers back to
        denier_name: str | None = None
        target_speaker = names.get(target) if target else None
        # What the denier says instead: in the sentence, else in the negated sentences that follow it.
        support = [c for c in siblings[position + 1 : position + 3] if c.negated]
        counter = reading.counter if reading is not None else []
        if reading is not None and not counter and target is not None:
            # (what the denier says: not a sentence of the one called wrong, "X's account was false. X
            # seemed to blame the network ...", nor of a third speaker)
            own = [
                c
                for c in support
                if c.speaker_entity_id in (None, claim.speaker_entity_id) and c.speaker_entity_id != target
            ]
            parsed.add(own)
            counter = [p for c in own for p in parsed.clauses(c) if p.subjects or p.arguments]
        pool = [c for c in (by_speaker.get(target, []) if target else claims) if c.id != claim.id]
        if reading is not None and reading.named:
            # The statement the denial names: the same proposition, by the named speaker when there is one.
            # When the one it names said no such thing ("the report that he met X executives was false"
            # names X), the statement is looked for among everyone's.
            wanted = {s for p in reading.named for s in p.subject_heads | p.predicates}
            for where in (pool, [c for c in claims if c.id != claim.id]) if target else (pool,):
                candidates = list(
                    {
                        c.id: c
                        for c in [
                            *(c for c in where if wanted & set(content_stems(c.text))),
                            *_sharing(where, reading.named),
                        ]
                    }.values()
                )
                parsed.add(candidates)
                targets = [
                    c
                    for c in candidates
                    if any(
                        same_proposition(p, q, polarity=True)
                        or accused_unnamed(p, q)
                        # (a light clause alone, "he has Y", only in what the one said to be mistaken said)
                        or (
                            reading.disowns
                            and same_possession(p, q)
                            and bool(p.said_by & set(content_stems(c.speaker or "")))
                        )
                        for p in reading.named
                        for q in parsed.clauses(c)
                    )
                ]
                if targets:
                    if where is not pool:
                        target_speaker = None  # the one named is not the one whose statement it is
                    break
        elif reading is not None and (referred := _referred(claim, parsed, siblings[:position], claims)):
            # "That is false.", "denied having said that", "denied the allegations": what it points to.
            targets, context = referred
            about = parsed.referring(claim)
            named = about.denier or about.back_by or about.owner_by
            deniers = [
                names[e]
                for e in sorted(sentence_entities(claim))
                if e in names and named & set(content_stems(names[e]))
            ]
            denier_name = (
                deniers[0] if deniers else None
            )  # "the charges, which Kessler denied": Kessler denies
        elif reading is not None and (following := _discredited(claim, parsed, siblings, position)):
            # "X repeated claims that have been debunked": X's statement quoted beside it.
            targets, context = following, True
            # (not "debunked by X": X shows it untrue; the statement is another's)
            target_speaker = None
        elif reading is None and proposition is not None:
            # No parse: the named statement by its content words.
            wanted_stems = set(content_stems(proposition))
            targets = [c for c in pool if _holds(wanted_stems, c, target is not None)]
        elif target is not None and counter:
            # "contradicted X and claimed P": X's statements about what P is about.
            candidates = _sharing(pool, counter)
            parsed.add(candidates)
            targets = [
                c for c in candidates if any(about_the_same(p, q) for p in counter for q in parsed.clauses(c))
            ]
        elif target is not None:
            # "X wasn't speaking the truth", "X lied": X's statement just before it (said by X, or naming X
            # when the attribution was not resolved), and X's reports of the same proposition elsewhere.
            # Only for one who speaks in the story, called untrue in subject position ("denied speaking
            # to X" disputes no statement of X's).
            cue = _DENIAL_CUE.search(claim.text)
            previous = siblings[position - 1 : position]
            # (not X's own denial: "X dismissed the bill as a ploy. X was lying." sides with what X
            # denied; it is not a second dispute with X)
            earlier = [
                c
                for c in previous
                if cue is not None
                and cue.group("subject") is not None
                and by_speaker.get(target)
                and not (is_denial(c.text) or _OTHER_DENIAL.search(c.text))
                and (
                    c.speaker_entity_id == target
                    or (c.speaker_entity_id is None and c.cue and target in sentence_entities(c))
                )
            ]
            if earlier:
                said, context = earlier[-1], True
                parsed.add([said])
                candidates = _sharing(
                    [c for c in pool if c.article_id != claim.article_id], parsed.clauses(said)
                )
                parsed.add(candidates)
                targets = [said] + [
                    c
                    for c in candidates
                    if c.article_id != claim.article_id
                    and any(same_proposition(p, q) for p in parsed.clauses(said) for q in parsed.clauses(c))
                ]
        elif counter and not _REPORT_NOUN.search(claim.text):
            # "disputed the figure, saying P": a counter-claim naming no one and no report answers the
            # reports in other articles of the same proposition that give another figure for it.
            candidates = _sharing([c for c in pool if c.article_id != claim.article_id], counter)
            parsed.add(candidates)
            targets = [
                c for c in candidates if any(_counters(p, q) for p in counter for q in parsed.clauses(c))
            ]
        elif _REPORT_NOUN.search(claim.text):
            # "denied the report": the report just before it in the same article.
            previous = siblings[:position]
            if previous:
                parsed.add(previous[-1:])
            if reading is not None and reading.states_claim:
                pass  # "X claims P, but Y deny that claim": the claim is in the sentence itself
            elif parsed.reports(claim).denies_publication:
                # "denied the claims in the article": what the article says, as this one reports it.
                parsed.add(previous)
                publishers = frozenset().union(*(parsed.reports(c).publishers for c in previous))
                targets = [
                    c
                    for c in previous
                    if parsed.reports(c).publication_says
                    or parsed.reports(c).publishers
                    or parsed.reports(c).tellers & publishers
                ]
            elif (
                previous
                and previous[-1].speaker != claim.speaker
                and not parsed.reports(previous[-1]).verdicts
            ):
                # (not a verdict on a report: "we stand by our reporting" is not the report denied)
                targets = [previous[-1]]
                if labels.get(previous[-1].speaker_entity_id or "") in ("PERSON", "ORG"):
                    target_speaker = previous[-1].speaker
        elif proposition is None:
            continue  # a word of denial that names neither a statement nor a speaker
        if reading is not None and reading.named and proposition is None:
            proposition = reading.named[0].text
        # A sentence that tells of the same denier's denial ("X called him a liar, something X denied")
        # is another report of the denial, not the statement it answers.
        parsed.add(targets)
        same_denier = reading.by if reading is not None else frozenset()
        targets = [c for c in targets if not (same_denier & _denied_by(parsed, c))]
        if reading is not None and reading.disowns:
            # A teller's correction ("X claimed, falsely, that P") sides with another sentence that calls
            # P false ("X repeated his false claims that P"); it answers only one that states P.
            targets = [c for c in targets if not (is_denial(c.text) or _OTHER_DENIAL.search(c.text))]
        # A denial never answers its own speaker: "Goelman ... said it contradicted Wray's guarantee" is not
        # against another report of Goelman's (but "X denied having said that" answers a report of X).
        if parsed.referring(claim).back != "said":
            targets = [c for c in targets if not same_speaker(c, claim)]
        # Reports in other articles first; the denying article's own earlier report when there is none.
        before = {c.id for c in siblings[:position]}
        elsewhere = [c for c in targets if c.article_id != claim.article_id]
        here = [c for c in targets if c.id in before]
        beside = [c for c in targets if c.article_id == claim.article_id and c.id not in before]
        targets = (here[-1:] + elsewhere if context else elsewhere) or here or (beside if context else [])
        if target_speaker is None and len({c.speaker for c in targets}) == 1 and targets[0].speaker_entity_id:
            target_speaker = targets[0].speaker  # the one whose statement it is
        denier = denier_name or claim.speaker or namer.name(claim.article_id)
        if target_speaker is not None and target_speaker == denier:
            target_speaker = None  # an accusation of the denier (a sentence about them, not theirs)
        if not targets:
            if reading is not None and (reading.doubt or reading.disowns) and not reading.by:
                continue  # a doubt or a teller's correction with nothing stated is no denial to show alone
            if reading is not None and not reading.named and proposition is not None:
                # The words after "that" are shown as the statement denied only when they hold a clause
                # with a subject ("claims that tea party activists judge ..."; not "claims that have been
                # debunked", "deny that claim").
                # Nor when they are the denial's own words ("said that the challenge was without merit": the
                # challenge is what is denied, not the sentence that calls it baseless).
                flat = "".join(proposition.split())
                if _OTHER_DENIAL.search(proposition) or not any(
                    (p.subjects or p.pronoun) and "".join(p.text.split()).removeprefix("that") in flat
                    for p in parsed.clauses(claim)
                ):
                    proposition = None
            what = (
                f"“{short(proposition, 100)}”"
                if proposition
                else (f"what {target_speaker} said" if target_speaker else "a report")
            )
            lone.append(Lone(claim, denier, what, proposition, reading.named if reading is not None else []))
            continue
        # The negated sentences after the denial are part of it only when they are about what it denies
        # ("He did not meet them"; not "The council did not meet on Friday" after a denial of a report).
        if reading is not None:  # (without a parse, as before: the sentences that follow)
            parsed.add(support)
            support = [c for c in support if _about_denied(parsed.clauses(c), targets, reading, parsed)]
        group = [*targets, claim, *(c for c in support if c not in targets)]
        who = target_speaker or "the earlier report"
        topic = f"Is {who} right?" if target_speaker else "Disputed report"
        doubts = reading is not None and reading.doubt and not reading.by
        lead = f"{denier} doubts {who}" if doubts else f"{denier} says {who} is wrong"
        key = (denier, frozenset(c.id for c in targets))
        if key in points:
            shown = points[key][4]  # the first denial's group: this denial and its sentences join it
            for c in (claim, *support):
                if c not in shown:
                    shown.append(c)
        else:
            points[key] = (topic, lead, claim, targets, group)
    comparisons += [contradiction(*point, namer) for point in points.values()]
    used = {cid for comp in comparisons for cid in comp.claim_ids} | {x.claim.id for x in lone}
    comparisons += accuracy_disputes(claims, parsed.reports, parsed.add, namer, used)
    comparisons += counter_statements(claims, parsed.clauses, parsed.add, _sharing, namer, used)
    comparisons += counter_figures(claims, parsed.estimate, parsed.clauses, parsed.add, namer, used)
    # "no evidence of collusion" against "there is collusion": a lone denial may find its claim here.
    taken = {cid for comp in comparisons for cid in comp.claim_ids}
    things = existence_disputes(claims, parsed.things, parsed.clauses, parsed.add, namer, taken)
    things += reply_disputes(claims, parsed.reply, parsed.add, namer, taken)
    things += attribute_disputes(claims, parsed.attributes, parsed.add, namer, taken)
    things += phrase_disputes(claims, namer, taken, _OTHER_DENIAL)
    denying = {cid for comp in things for cid in comp.claim_ids}
    lone = [x for x in lone if x.claim.id not in denying]
    return comparisons + things + lone_denials(lone, namer, sources_named)


def _about_denied(
    said: Sequence[Proposition], targets: Sequence[Claim], reading: DenialReading, parsed: Parses
) -> bool:
    """A sentence's clauses are about what a denial denies: about the same participants as a clause of
    the statements it answers or of the proposition it names (:func:`.about_the_same`)."""
    denied = [q for c in targets for q in parsed.clauses(c)] + list(reading.named)
    return any(about_the_same(p, q) for p in said for q in denied)


def _denied_by(parsed: Parses, claim: Claim) -> frozenset[str]:
    reading = parsed.reading(claim)
    return reading.by if reading is not None else frozenset()


def _referred(
    claim: Claim, parsed: Parses, before: Sequence[Claim], claims: Sequence[Claim]
) -> tuple[list[Claim], bool] | None:
    """The statements a denial refers to without stating them (:mod:`.referring`), and whether they are
    the sentence just before it; None when it refers to none of the story's.

    * a demonstrative called untrue: the statement just before it (adjacent, reported by another speaker,
      itself no denial);
    * "denied having said that": the sentence just before it when it reports the denier saying something;
    * "denied the allegations": every sentence (not the denier's own) alleging the denier did something;
    * "dismissed Reil's assessment": Reil's one statement before it in the article, else Reil's one
      statement in the story.
    """
    referring = parsed.referring(claim)
    if referring.back and before:
        previous = before[-1]
        gap = claim.start - previous.end
        if 0 <= gap <= 3 and not (is_denial(previous.text) or _OTHER_DENIAL.search(previous.text)):
            parsed.add([previous])
            said = parsed.referring(previous)
            if (
                referring.back == "untrue"
                and previous.cue
                and said.reports
                and previous.speaker_entity_id != claim.speaker_entity_id
            ):
                return [previous], True
            if referring.back == "said" and said.sayers & referring.back_by:
                return [previous], True
    if referring.owner:
        # "dismissed Reil's assessment": Reil's statement, when the article reports exactly one before
        # the denial, else when the story reports exactly one (several: which one is meant is not known).
        owned = [
            c
            for c in claims
            if c.id != claim.id
            and c.cue
            and referring.owner & set(content_stems(c.speaker or ""))
            and not (is_denial(c.text) or _OTHER_DENIAL.search(c.text))
        ]
        here = [c for c in owned if c.article_id == claim.article_id and c.id in {b.id for b in before}]
        if len(here) == 1:
            return here, True
        if not here and len({c.text for c in owned}) == 1:
            return owned, False
    if referring.denier:
        names = referring.denier
        candidates = [
            c
            for c in claims
            if c.id != claim.id
            and not names & set(content_stems(c.speaker or ""))
            and any(n in c.text.casefold() for n in names)
            and _ALLEGING_WORD.search(c.text)
        ]
        parsed.add(candidates)
        # (a denial of "the charges" answers what someone accuses the denier of, not what a paper reports)
        charges = referring.denies_charges
        targets = [
            c
            for c in candidates
            if (parsed.referring(c).accused if charges else parsed.referring(c).alleged) & names
        ]
        if targets:
            return targets, False
    if referring.denier_title:
        # "The deputy mayor, Ilse Varn, denied the allegations": a sentence just before it (at most three
        # back) that says "the deputy mayor" did something; the title is the article's own, so only there.
        recent = [c for c in before[-3:] if not same_speaker(c, claim)]
        parsed.add(recent)
        targets = [c for c in recent if referring.denier_title in parsed.referring(c).alleged_titles]
        if targets:
            return targets[-1:], True
    return None


def _discredited(claim: Claim, parsed: Parses, siblings: Sequence[Claim], position: int) -> list[Claim]:
    """ "Reeve repeated claims that have been debunked" (:attr:`.Referring.discredited`): Reeve's statement
    quoted just after it (one of the next two sentences), else just before it; none when Reeve's is not
    there."""
    names = parsed.referring(claim).discredited
    if not names:
        return []
    near = [*siblings[position + 1 : position + 3], *siblings[max(0, position - 1) : position]]
    return [c for c in near if c.cue and names & set(content_stems(c.speaker or ""))][:1]


def _counters(counter: Proposition, claim: Proposition) -> bool:
    """A counter-claim gives another figure for what the claim states: both give figures, none in
    common, about two or more of the same participants."""
    things_a = counter.subjects | counter.arguments
    things_b = claim.subjects | claim.arguments
    return bool(
        counter.numbers
        and claim.numbers
        and not counter.numbers & claim.numbers
        and len(things_a & things_b) >= 2
    )


def _sharing(claims: Sequence[Claim], propositions: Sequence[Proposition]) -> list[Claim]:
    """The claims worth parsing for these propositions: those naming one of their subjects or
    participants (a stem is the start of its words), or giving one of their figures (a cheap filter
    before the parse)."""
    heads = {h for p in propositions for h in p.subject_heads | p.argument_heads}
    numbers = {n for p in propositions for n in p.numbers}
    return [
        c for c in claims if any(h in c.text.casefold() for h in heads) or any(n in c.text for n in numbers)
    ]


def _denial_target(
    claim: Claim, entity_ids: frozenset[str], variants: Mapping[str, Sequence[str]]
) -> str | None:
    """The entity a denial disputes: the one named just before "lied" or "wasn't telling the truth"
    (its subject), or just after "contradicted", "dismissed", "refuted" (its object: "dismissed the
    minister's statements"). None when the denial names no one there ("denied the report")."""
    match = _DENIAL_CUE.search(claim.text)
    if match is None:
        return None
    subject_cue = match.group("subject") is not None
    best: tuple[int, str] | None = None
    for entity_id in entity_ids:
        for variant in variants.get(entity_id, ()):
            at = claim.text.find(variant)
            while at >= 0:
                gap = match.start() - (at + len(variant)) if subject_cue else at - match.end()
                # (not a name after the report noun the verb takes: "denied the rumors, which spread
                # through Halvern" denies the rumors, not Halvern; but "denied the allegations, which the
                # Courier reported", "the report by the Courier": the Courier's report)
                after_noun = (
                    not subject_cue
                    and _REPORT_NOUN.match(claim.text, match.start(), at)
                    and not _OWNER_BEFORE.search(claim.text, 0, at)
                )
                if (
                    0 <= gap <= (SUBJECT_GAP if subject_cue else 40)
                    and not after_noun
                    and (best is None or gap < best[0])
                ):
                    best = (gap, entity_id)
                at = claim.text.find(variant, at + 1)
    return best[1] if best else None
