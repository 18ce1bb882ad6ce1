"""The words of denial that the story stages share: saying another's statement is untrue.

Pieces of regular expressions (no groups of their own), combined by the claims stage (is a sentence a
denial?) and the statements stage (who is said to be wrong, and which statement)."""

from __future__ import annotations

__all__ = ["DENY", "DISPUTE_VERBS", "LYING", "NOT_THE_TRUTH", "UNTRUE"]

#: "deny", "denies", "denied", "denying".
DENY = r"den(?:y|ies|ied|ying)"
#: Verbs of disputing another's statement ("contradicted X", "dismissed X's claims").
DISPUTE_VERBS = rf"contradict\w*|dismiss\w*|refut\w*|reject\w*|{DENY}"
#: "X lied", "X is lying".
LYING = r"lied|lying"
#: "X wasn't speaking the truth", "X is not telling the truth".
NOT_THE_TRUTH = r"(?:was|is|were|are)n[o'’]?t? (?:speaking|telling) the truth"
#: Words that call a statement untrue.
UNTRUE = r"untrue|not true|false(?:ly)?"
