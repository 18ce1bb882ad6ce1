"""The words of denial that the story stages share: saying another's statement is untrue.

Pieces of regular expressions (no groups of their own), combined by the claims stage (is a sentence a
denial?) and the statements stage (who is said to be wrong, and which statement)."""

from __future__ import annotations

__all__ = ["CALLED_UNTRUE", "DENY", "DISPUTE_VERBS", "LYING", "NOT_THE_TRUTH", "UNTRUE"]

#: "deny", "denies", "denied", "denying".
DENY = r"den(?:y|ies|ied|ying)"
#: Verbs of disputing another's statement ("contradicted X", "dismissed X's claims", "debunked X's claim").
DISPUTE_VERBS = rf"contradict\w*|dismiss\w*|refut\w*|reject\w*|debunk\w*|{DENY}"
#: "X lied", "X is lying".
LYING = r"lied|lying"
#: "X wasn't speaking the truth", "X is not telling the truth".
NOT_THE_TRUTH = r"(?:was|is|were|are)n[o'’]?t? (?:speaking|telling) the truth"
#: Words that call a statement untrue.
UNTRUE = r"untrue|not true|false(?:ly)?"
#: A statement called a lie or nonsense: "called the reports complete nonsense", "branded the claim a lie".
CALLED_UNTRUE = (
    r"(?:call|brand|label|term|dismiss)(?:s|ed|ing)?\b[^.;]{0,150}?\b(?:nonsense|rubbish|lies?|fiction|"
    r"fantasy|myth|falsehoods?|hoax|smear|fabrication|garbage|baloney|malarkey)"
)
