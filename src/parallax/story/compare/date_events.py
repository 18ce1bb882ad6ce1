"""Kinds of events, for dates of one event worded apart by outlets.

Outlets date one event through different words: "Republicans won control of the House in 2010" and
"the 2010 elections"; "killed in December" and "the massacre in December"; "scheduled for March 3" and
"set for March 3"; "resigned in 1980" and "the last resignation, in 1980". The parse heads of such dates
share no word, yet both name the same kind of event. Each class below gathers the words (lemmas, and the
nouns derived from the verbs) of one kind of event; a date whose measure words (what it dates, read from
the parse by :func:`.figure_dates.read_date_measure`) hold a member carries the class, and two dates that
share a class share a word of their measure. The classes only tie dates of *equal* value: two different
dates must still name the same head (see ``figures._date_similarity``), so a class never makes a dispute.
"""

from __future__ import annotations

from collections.abc import Mapping

EVENT_CLASSES: Mapping[str, frozenset[str]] = {
    # Elections and what is won or lost in them ("won control in 2010", "the 2010 elections"); not votes
    # ("a vote on the party rules is set for Feb. 8": a vote of a body is no election).
    "contest": frozenset(
        "election elect midterm midterms win victory defeat lose loss campaign race "
        "run bid primary caucus nomination candidacy candidate reelection re-election".split()
    ),
    # Violent deaths and the attacks that cause them ("killed in December", "the December massacre").
    "killing": frozenset(
        "kill killing massacre shooting shoot gunman murder slay slaying attack bombing bomb rampage".split()
    ),
    # Something planned for a date ("scheduled for March 3", "set for March 3", "slated for March 3").
    "plan": frozenset("schedule set slate plan due expect".split()),
    # Leaving an office ("resigned in 1980", "his resignation in 1980", "retiring in February").
    "departure": frozenset(
        "resign resignation retire retirement departure depart quit step exit oust ouster".split()
    ),
    # Taking an office ("sworn in in January", "his inauguration in January").
    "accession": frozenset("inaugurate inauguration swear sworn oath appoint appointment".split()),
    # A rule coming into force ("the law takes effect in September", "scheduled to be enacted on 1
    # September", "goes into effect", "his resignation, effective at 5 p.m.").
    "in force": frozenset("effect effective enact enactment".split()),
}

# Kinds of events that tie only a finer date to a group's coarser date of the same event
# (:func:`.date_joining.join_finer_dates`), never dates of equal value in clustering: words too common to
# tie equal dates ("pulled the ad in May").
FINER_EVENT_CLASSES: Mapping[str, frozenset[str]] = {
    # Forces or people taken out of a place ("the 2021 withdrawal", "pulled the last troops out in August
    # 2021", "the evacuation in August").
    "withdrawal": frozenset("withdraw withdrawal pullout pull evacuate evacuation drawdown".split()),
}
