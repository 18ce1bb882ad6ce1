"""Cue lexicons for attributions, by category, and the kind of source each cue gives.

A cue is a verb ("said", "denied", "found"), a verb with a particle or preposition ("called for",
"pointed out"), or a noun ("his claim that", "in a statement"). Each category of cue says what the
source does with the content (:data:`parallax.model.SourceKind`):

* ``speech``: says, tells, writes, asks ("X said", "X tweeted", "X described Y as Z");
* ``belief``: believes, wants, hopes, fears, supports, calls for ("analysts believe", "X wants Y");
* ``finding``: a study, poll or inquiry shows or finds ("the survey shows", "a report found");
* ``denial``: denies or rejects ("the ministry rejected the claim", "X denied Y");
* ``accusation``: accuses, blames, criticises ("X accused Y of Z", "X blamed Y for Z");
* ``announcement``: announces, unveils, decides ("the company announced a recall").

A speech-like verb whose subject is a study, poll, survey, report or data ("the poll says", "records
show") gives a ``finding``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parallax.model import SourceKind

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "CLAUSE_NOUNS",
    "CUE_VERBS",
    "DOCUMENT_NOUNS",
    "NO_XCOMP",
    "OBJECT_IS_ADDRESSEE",
    "OBJECT_NEEDS_PREDICATE",
    "PARTICLE_CUES",
    "PREP_CUES",
    "PREP_VERBS",
    "STANCE_NOUNS",
    "STUDY_NOUNS",
    "kind_of_cue",
    "kind_of_noun",
]


def _words(kind: SourceKind, words: str) -> dict[str, SourceKind]:
    return dict.fromkeys(words.split(), kind)


SPEECH_VERBS = (
    "say tell add claim report state insist warn confirm argue note explain acknowledge admit assert write "
    "declare stress emphasize emphasise hint threaten reiterate recall quote contend concede complain caution "
    "tweet disclose observe remark reply respond testify ask continue describe call cite mention discuss "
    "suggest answer comment joke boast brag muse wonder lament quip tout shout yell chant post retweet "
    "characterize characterise label dub brand term inform assure remind caution concede maintain speak talk "
    "point refer read sing recount relate agree disagree signal"
)
BELIEF_VERBS = (
    "believe think feel fear hope expect want wish doubt suspect worry know consider regard view support "
    "oppose endorse back favor favour prefer plan seek intend urge demand propose pledge vow promise "
    "encourage advocate recommend predict anticipate assume imagine reckon guess understand realize realise "
    "like love hate trust welcome praise applaud hail see cast paint portray forecast"
)
FINDING_VERBS = (
    "rule show find indicate reveal conclude discover determine learn estimate project measure document"
)
DENIAL_VERBS = (
    "deny reject dismiss refute dispute rebut rebuff disavow repudiate contest decline refuse defend"
)
ACCUSATION_VERBS = (
    "accuse blame charge criticize criticise attack condemn denounce slam blast allege fault mock ridicule "
    "lambaste lambast rebuke castigate decry assail smear scold chastise berate question challenge deride "
    "disparage excoriate bash"
)
ANNOUNCEMENT_VERBS = (
    "announce unveil release launch publish proclaim decide order sign appoint issue introduce"
)

#: Verb lemma -> kind of source. A verb listed in two categories keeps the later one.
CUE_VERBS: dict[str, SourceKind] = {
    **_words("speech", SPEECH_VERBS),
    **_words("belief", BELIEF_VERBS),
    **_words("finding", FINDING_VERBS),
    **_words("denial", DENIAL_VERBS),
    **_words("accusation", ACCUSATION_VERBS),
    **_words("announcement", ANNOUNCEMENT_VERBS),
}

#: Verbs whose direct object is the person addressed, not the content ("told reporters ...").
OBJECT_IS_ADDRESSEE = frozenset("tell inform assure remind thank answer".split())

#: Verbs whose direct object is content only with a predicate ("called the plan a disgrace", "found him
#: guilty"), not alone ("called his sister", "found their way", "continued her run").
OBJECT_NEEDS_PREDICATE = frozenset(
    "call find continue maintain read see cast paint speak talk threaten".split()
)

#: Verbs whose "to" clause is an action, not content ("prices continued to rise").
NO_XCOMP = frozenset("continue maintain find show call".split())

#: Verb + preposition whose object is the content ("called for a ban", "referred to the vote").
#: The kind is that of the phrase; None keeps the verb's own.
PREP_CUES: dict[tuple[str, str], SourceKind | None] = {
    ("call", "for"): "belief",
    ("call", "on"): "belief",
    ("push", "for"): "belief",
    ("press", "for"): "belief",
    ("lobby", "for"): "belief",
    ("argue", "for"): "belief",
    ("argue", "against"): "belief",
    ("advocate", "for"): "belief",
    ("vote", "for"): "belief",
    ("vote", "against"): "belief",
    ("insist", "on"): "belief",
    ("refer", "to"): "speech",
    ("respond", "by"): "speech",
    ("point", "to"): "speech",
    ("talk", "about"): "speech",
    ("speak", "about"): "speech",
    ("speak", "of"): "speech",
    ("write", "about"): "speech",
    ("ask", "about"): "speech",
    ("comment", "on"): "speech",
    ("complain", "about"): "accusation",
    ("warn", "of"): "speech",
    ("warn", "about"): "speech",
    ("warn", "against"): "speech",
    ("agree", "with"): "belief",
    ("disagree", "with"): "belief",
    ("worry", "about"): "belief",
    ("hope", "for"): "belief",
}

#: Verb + particle that changes the kind ("ruled out a run" is a denial, "pointed out" speech).
PARTICLE_CUES: dict[tuple[str, str], SourceKind] = {
    ("rule", "out"): "denial",
    ("point", "out"): "speech",
    ("lash", "out"): "accusation",
    ("speak", "out"): "speech",
    ("brush", "off"): "denial",
}

#: Verbs that are cues only with one of their prepositions ("pushed for", "voted against").
PREP_VERBS = frozenset(verb for verb, _ in PREP_CUES)

#: Heads of a subject that make a speech-like cue a finding ("the poll says", "records show").
STUDY_NOUNS = frozenset(
    "poll polls survey surveys study studies report reports data research analysis analyses figures records "
    "statistics numbers review investigation inquiry audit test tests results census model models estimate "
    "estimates projection projections tally count evidence document documents filing filings transcript "
    "email emails memo memos footage video videos image images photo photos chart graph index exit "
    "probe assessment examination experiment trial".split()
)

#: Nouns whose clause or complement is reported content ("his claim that ...", "criticism of the plan").
CLAUSE_NOUNS: dict[str, SourceKind] = {
    **_words(
        "speech",
        "claim claims assertion statement statements remark remarks comment comments argument warning "
        "suggestion insistence admission acknowledgment acknowledgement contention testimony message "
        "explanation assurance promise pledge vow threat question questions answer response reply",
    ),
    **_words(
        "belief",
        "belief beliefs view views fear fears hope hopes concern concerns position opinion opinions "
        "conviction expectation expectations prediction call calls demand demands proposal support "
        "opposition endorsement desire wish plan plans intention doubt doubts suspicion worry worries "
        "sense feeling impression assumption understanding praise",
    ),
    **_words("finding", "finding findings conclusion conclusions discovery evidence estimate"),
    **_words("denial", "denial denials rejection refusal dismissal rebuttal defense defence"),
    **_words(
        "accusation",
        "accusation accusations allegation allegations charge charges criticism criticisms complaint "
        "complaints attack attacks condemnation blame",
    ),
    **_words("announcement", "announcement announcements decision declaration order"),
}

#: Nouns of a stance taken towards something ("support for the bill", "criticism of the mayor").
STANCE_NOUNS = frozenset(
    "support opposition endorsement criticism criticisms condemnation praise call calls demand demands "
    "question questions concern concerns fear fears attack attacks denial rejection accusation accusations "
    "allegation allegations complaint complaints".split()
)

#: Nouns of a document, a speech act or a study that a statement appears in ("in a statement", "in the poll").
DOCUMENT_NOUNS: dict[str, SourceKind] = {
    **_words(
        "speech",
        "statement statements interview interviews letter letters speech speeches tweet tweets post posts "
        "op-ed oped column essay memo email emails message remarks comments editorial press release "
        "release book memoir testimony podcast video ad advertisement ads op broadcast conversation "
        "appearance address",
    ),
    **_words(
        "finding",
        "poll polls survey surveys study studies report reports analysis research data findings review "
        "audit census investigation tally count exit",
    ),
    "announcement": "announcement",
    "filing": "announcement",
    "filings": "announcement",
}


def _is_study(subject: Token | None) -> bool:
    if subject is None:
        return False
    head = subject
    # "a poll by X", "the results of the survey": the head noun or the noun it governs through "of".
    if head.lower_ in STUDY_NOUNS or head.lemma_.lower() in STUDY_NOUNS:
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in STUDY_NOUNS for g in c.children)
        for c in head.children
    ) and head.lemma_.lower() in ("result", "finding", "number", "figure")


def kind_of_cue(
    lemma: str, subject: Token | None = None, prep: str | None = None, particle: str | None = None
) -> SourceKind:
    """The kind of source a verb cue gives, by its category and the category of its subject."""
    lemma = lemma.lower()
    kind: SourceKind = CUE_VERBS.get(lemma, "speech")
    if prep is not None:
        kind = PREP_CUES.get((lemma, prep)) or kind
    if particle is not None:
        kind = PARTICLE_CUES.get((lemma, particle.lower()), kind)
    if kind in ("speech", "belief") and _is_study(subject):
        return "finding"
    if lemma == "suggest" and _is_study(subject):
        return "finding"
    return kind


def kind_of_noun(noun: Token) -> SourceKind:
    """The kind of source a noun cue gives ("claim" speech, "poll" finding, "denial" denial)."""
    lemma = noun.lemma_.lower()
    return CLAUSE_NOUNS.get(lemma) or DOCUMENT_NOUNS.get(lemma) or DOCUMENT_NOUNS.get(noun.lower_) or "speech"
