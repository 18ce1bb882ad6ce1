"""The categories of words a figure's measure is read with: outcomes (the dead, the injured, ...),
outcomes named by a noun with a verb, classes of measured things, nouns for people, frames (wanted,
offered, agreed, planned), change and parts. Written as categories of English words, never from the
stories measured.
"""

from __future__ import annotations

from collections.abc import Mapping

# Outcomes that a count of people can measure; two figures of different outcomes never compare.
ROLE_WORDS: Mapping[str, frozenset[str]] = {
    "killed": frozenset(
        "kill dead die death fatality fatal toll perish slay slain massacre murder execute drown".split()
    ),
    "injured": frozenset("injure injury wound hurt casualty hospitalize hospitalise hospital".split()),
    "arrested": frozenset(
        "arrest detain apprehend apprehension custody detention jail imprison charge".split()
    ),
    "evacuated": frozenset("evacuate evacuation flee displace relocate homeless shelter".split()),
    "rescued": frozenset("rescue save survivor survive".split()),
    "missing": frozenset("missing miss unaccounted".split()),
    "infected": frozenset("infect infection case diagnose diagnosis".split()),
}
# Outcomes named by a noun with a verb: "lost their lives" (not "saved 250 lives"), "left their homes"
# (not "200 homes destroyed"): the noun, the verbs that make it the outcome, the outcome.
OUTCOME_PHRASES: tuple[tuple[str, frozenset[str], str], ...] = (
    ("life", frozenset("lose claim take cost".split()), "killed"),
    ("home", frozenset("leave flee abandon evacuate".split()), "evacuated"),
)
# Classes of measured things written as categories of words: two figures whose things fall in one class
# ("14 companies", "14 firms", "14 providers") measure alike more likely than their words alone say.
THING_CLASSES: Mapping[str, frozenset[str]] = {
    "organisation": frozenset(
        "company firm provider business contractor bidder vendor awardee corporation enterprise startup "
        "venture supplier operator manufacturer carrier organisation organization".split()
    ),
    "place": frozenset(
        "site location venue place spot destination facility locality compound installation".split()
    ),
    "settlement": frozenset("city town village locality municipality community".split()),
    "gathering": frozenset(
        "meeting summit talk visit conference session trip tour convention negotiation forum retreat "
        "hearing ceremony rally".split()
    ),
    "document": frozenset("document page file record memo paper email letter".split()),
    "participant": frozenset(
        "participant member marcher protester protestor demonstrator supporter activist attendee".split()
    ),
    "migrant": frozenset("migrant immigrant refugee seeker asylum-seeker".split()),
    "soldier": frozenset("troop soldier servicemember serviceman personnel".split()),
    "country": frozenset("country nation".split()),
    "vehicle": frozenset("vehicle car truck bus lorry".split()),
    "building": frozenset("building home house structure dwelling residence".split()),
    "child": frozenset("child kid minor youngster".split()),
    "official": frozenset("official officer agent".split()),
    "job": frozenset("job position post".split()),
    "investigation": frozenset("investigation probe inquiry".split()),
    "bill": frozenset("bill measure legislation".split()),
    "money": frozenset(
        "cost price value worth budget sum amount fund funding spending expense package".split()
    ),
    "question": frozenset("question inquiry query".split()),
    "vote": frozenset("vote ballot tally margin".split()),
    "rise": frozenset("rise increase raise hike boost growth gain".split()),
    "fall": frozenset("fall decrease cut reduction drop decline loss".split()),
    "action": frozenset("action step move".split()),
    "course": frozenset("course program programme curriculum".split()),
    "candidate": frozenset("candidate contender nominee challenger hopeful".split()),
    "win": frozenset("win victory triumph".split()),
    "legislator": frozenset("senator lawmaker legislator congressman congresswoman representative".split()),
}
# Nouns of an area or a site that a name makes a place ("the Harvel district", "the town of Orvell", "a
# military base in Dorvan"): a figure "in" such a phrase is restricted to the named place.
PLACE_NOUNS = frozenset(
    "district province region county governorate prefecture state city town village neighborhood "
    "neighbourhood suburb quarter area zone camp base facility site airport port prison hospital".split()
)
# Nouns for people: counts of people under different nouns ("1,500 residents", "1,200 people", "seven
# men", "seven suspects") may still be one measure.
PERSON_NOUNS = frozenset(
    "man woman individual resident citizen civilian inhabitant suspect passenger patient "
    "victim worker employee staff adult person people villager local".split()
)
# The frame of a figure: verbs and nouns that govern it when it is wanted, offered, agreed or planned.
FRAME_WORDS: Mapping[str, frozenset[str]] = {
    "demanded": frozenset(
        "demand seek want insist ask urge request press push wish aim call require demanding".split()
    ),
    "offered": frozenset("offer propose promise pledge suggest proposal".split()),
    "agreed": frozenset("agree stipulate accept agreement deal treaty".split()),
    "planned": frozenset("plan intend expect project forecast budget target estimate".split()),
}
# Subordinating conjunctions of a clause of reason, time or concession ("because", "after", "although"): such
# a clause tells a circumstance of its own, which the frame of the verb it hangs on does not reach ("critics
# call it a land grab *because* the only two farms are his": the farms are no demand).
CIRCUMSTANCE_MARKERS = frozenset(
    "because since although though while whereas after before when once until".split()
)
# Verbs that say a figure changed or was corrected.
CHANGE_WORDS = frozenset("rise climb increase grow jump reach revise update soar swell mount raise".split())
# Words of a part of a total: "including 12 children", "among them", "of whom".
PART_WORDS = frozenset("include including among whom them which".split())
# Modifiers of a counted noun that make the count a part beside others, not the whole: "five *more*
# companies", "the *remaining* 40 homes", "three *additional* sites" (not "other": "16 other states" in a
# list of states is better left to the list).
SUBSET_MODIFIERS = frozenset("more remaining additional further extra new".split())
# Units of time: a figure in one of them is a length of time (of an event), whatever noun follows.
TIME_UNITS = frozenset("second minute hour day week fortnight month year decade century".split())
# Forms of one country's name and its people, or of one party's, that a figure's group may be written in
# ("13 U.S. troops", "13 American troops"): each form stands for the first of its row.
_GROUP_FORMS: tuple[tuple[str, ...], ...] = (
    ("united states", "u.s.", "us", "usa", "u.s.a.", "america", "american", "americans"),
    ("united kingdom", "u.k.", "uk", "britain", "great britain", "british", "briton", "britons"),
    # A party written by its name, its members or its nickname ("GOP senators", "Republican senators").
    ("republican", "republicans", "gop", "g.o.p."),
    ("democrat", "democrats", "democratic"),
)
GROUP_FORMS: Mapping[str, str] = {form: row[0] for row in _GROUP_FORMS for form in row}


def group_name(word: str) -> str:
    """The one name of a country or people a figure's group is written as (lower case)."""
    return GROUP_FORMS.get(word.lower(), word.lower())


# Classes of dated things: two mentions of one year or day whose dated things fall in one class ("the 2016
# election", "the 2016 race", "his 2016 campaign"; "the 2010 law", "the 2010 act") date one thing more
# likely than their words alone say. For dates only: as counted things these words are apart.
DATED_CLASSES: Mapping[str, frozenset[str]] = {
    "contest": frozenset("election race campaign run bid nomination candidacy candidate primary".split()),
    "law": frozenset("law act statute legislation bill".split()),
}
