"""Outlet names as readers know them.

When a page names no outlet in its byline or metadata, its own furniture often does: the copyright line
("© 2018 The Example Times"), the newsletter, subscription or membership prompts ("Sign up for the Example
Post newsletter", "Become an Example Review member"). The cleaner removes these lines but reads the name
in them. Failing that, the file's name is used ("example-times.txt" -> "Example Times"). A hash-like id
("sh_8b19453030820413", hex or digit strings) is never an outlet.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from parallax.common.english import ENGLISH_FUNCTION_WORDS
from parallax.common.outlets import has_name_word

__all__ = [
    "FURNITURE_WORDS",
    "is_host_name",
    "outlet_from_host",
    "outlet_from_name",
    "outlet_in_furniture",
    "readable_outlet",
    "refused_outlet",
]

# A proper name of one to five capitalised words, "of", "and", "&" or "the" allowed inside.
_CAP = r"[A-Z][\w'’.&-]*"
_NAME = rf"(?:[Tt]he\s+)?{_CAP}(?:\s+(?:(?:of|and|&|the|on)\s+)?{_CAP}){{0,4}}"
_FURNITURE_NAME = tuple(
    re.compile(pattern)
    for pattern in (
        # "Sign up for the Example Post newsletter", "Subscribe to the Example Post morning briefing"
        rf"(?i:\b(?:sign up|subscribe|register)\s+(?:now\s+)?(?:for|to)\s+(?:the\s+)?)(?P<name>{_NAME})(?:'s?|’s?)?"
        r"\s+(?:\w+\s+)?(?i:newsletters?|briefing|bulletin|e-?mails?)\b",
        # "Get the Example Post newsletter"
        rf"(?i:\b(?:get|receive|read)\s+(?:the\s+)?)(?P<name>{_NAME})(?:'s|’s)?\s+(?:\w+\s+)?(?i:newsletters?|briefing|bulletin)\b",
        # A heading of its own: "Example Today Newsletter", "Example Today Membership"
        rf"^(?P<name>{_NAME})\s+(?i:newsletters?|membership|briefing|bulletin)$",
        # "Full access to Example Today's member-only content"
        rf"(?P<name>{_NAME})(?:'s|’s)\s+(?i:member|subscriber|newsletter)",
        # "Become an Example Review member", "Join Example Review insiders"
        rf"(?i:\b(?:become|join)\s+(?:an?\s+)?)(?P<name>{_NAME})\s+(?i:member|subscriber|insider|supporter)s?\b",
        # "Subscribe to The Example Times", "Support the Example Review"
        rf"(?i:\b(?:subscribe|subscription)\s+(?:to|for)\s+)(?P<name>{_NAME})",
        rf"(?i:\b(?:support|donate to)\s+)(?P<name>{_NAME})",
        # "© 2018 The Example Times", "Copyright 2018 Example Media Group. All rights reserved."
        rf"(?i:(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?)?\s*,?\s*)(?P<name>{_NAME})",
    )
)
# Lines that can name the outlet hold one of these (lower-cased).
FURNITURE_WORDS = (
    "newsletter",
    "briefing",
    "bulletin",
    "subscri",
    "member",
    "support",
    "donate",
    "©",
    "(c)",
    "copyright",
    "sign up",
)
# Capitalised words that start a sentence, not a name.
_NOT_NAMES = frozenset(
    "our your this these all rights reserved here today now us we you it its his her their my a an "
    "free daily weekly morning evening news".split()
)
# "Support independent journalism": a cause, not a name.
_CAUSE = re.compile(r"\s+(?:journalism|news|reporting|media|work)\b")
_HASHLIKE = re.compile(r"^(?=[0-9a-f]*\d)[0-9a-f]{6,}$|^\d{3,}$", re.I)
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


def _hash_like(token: str) -> bool:
    return bool(_HASHLIKE.match(token)) or (sum(c.isdigit() for c in token) >= 4 and len(token) >= 6)


def readable_outlet(name: str | None) -> str | None:
    """The name, tidied, when a reader can take it for an outlet; None for empty or hash-like ids."""
    if not name:
        return None
    name = " ".join(name.split()).strip(" .,;:|-–—")
    tokens = _TOKEN.findall(name)
    if not tokens or len(name) > 80 or any(_hash_like(t) for t in tokens):
        return None
    if sum(c.isalpha() for c in name) < 2:
        return None
    return name


def outlet_from_name(stem: str) -> str | None:
    """An outlet from a file name: its words, capitalised, without hash-like parts ("coastal-courier",
    "coastal_courier-2" -> "Coastal Courier"); None when nothing readable is left."""
    words = [t for t in _TOKEN.findall(stem) if not _hash_like(t) and not t.isdigit()]
    if not has_name_word(" ".join(w for w in words if w.isalpha())):
        return None
    return " ".join(w if not w.islower() else w.capitalize() for w in words)


def outlet_from_host(url: str) -> str | None:
    """An outlet from a web address's host: its registered name made readable
    ("https://www.coastal-courier.co.uk/a" -> "Coastal Courier"); the host itself (without ``www.``) when
    that name is not readable; None for an address with no host name (an IP address)."""
    import ipaddress
    from urllib.parse import urlsplit

    from courlan import extract_domain  # trafilatura's URL library: knows the public suffixes

    host = (urlsplit(url if "://" in url else f"//{url}").hostname or "").rstrip(".").lower()
    try:
        ipaddress.ip_address(host)
        return None
    except ValueError:
        pass
    if not host:
        return None
    bare = host.removeprefix("www.")
    domain = extract_domain(f"http://{host}/") or ".".join(bare.split(".")[-2:])
    label = domain.split(".")[0] if "." in domain else domain
    if label.isalpha() and (len(label) <= 2 or (len(label) == 3 and not set(label) & set("aeiouy"))):
        return label.upper()  # initials: "ap", "bbc", "cnn" (not "sky", "vox")
    return outlet_from_name(label) or readable_outlet(bare)


def is_host_name(name: str, url: str | None) -> bool:
    """Whether ``name`` is just the host of ``url`` (what trafilatura gives as a site name when the page
    names none)."""
    from urllib.parse import urlsplit

    if not url:
        return False
    host = (urlsplit(url).hostname or "").lower()
    return bool(host) and name.strip().lower().removeprefix("www.") == host.removeprefix("www.")


def outlet_in_furniture(lines: Iterable[str]) -> str | None:
    """The outlet named in the page's copyright, newsletter, subscription or membership lines, if any."""
    marked = [
        line.strip() for line in lines if len(line) <= 300 and any(w in line.lower() for w in FURNITURE_WORDS)
    ]
    # The patterns are tried in order over all lines: a newsletter or membership heading names the outlet
    # more surely than a call to support something.
    for pattern in _FURNITURE_NAME:
        for line in marked:
            match = pattern.search(line)
            if not match or _CAUSE.match(line[match.end() :]):
                continue
            name = _trim(match.group("name"))
            if name:
                return name
    return None


def _trim(name: str) -> str | None:
    words = name.split()
    # Leading "The" stays ("The Example Times"); trailing joiners and sentence words go.
    while words and words[-1].casefold() in {"of", "and", "&", "the", "on"}:
        words.pop()
    if not words or words[0].casefold() in _NOT_NAMES or (words[0].casefold() == "the" and len(words) == 1):
        return None
    if any(w.casefold() in {"all", "rights", "reserved"} for w in words):
        words = words[: next(i for i, w in enumerate(words) if w.casefold() in {"all", "rights", "reserved"})]
    if not words:
        return None
    name = " ".join(words).rstrip(".")
    return readable_outlet(name[:1].upper() + name[1:])


_PRONOUNS = frozenset("our your my we us you i".split())
_POSSESSIVE = re.compile(r"['’]s?$")
_NAME_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)


def refused_outlet(name: str, page_words: frozenset[str]) -> bool:
    """Whether a name read from a page's credits, furniture or title cannot be its outlet: a possessive
    ("Example's"), a phrase that opens with a function word, holds a pronoun or leaves a bracket open, or a single word the page itself uses in lower case ("Policy", "Email": a common word,
    not a name). ``page_words`` are the words the page writes in lower case."""
    name = name.strip()
    if _POSSESSIVE.search(name) or name.count("(") != name.count(")"):
        return True
    tokens = _NAME_TOKEN.findall(name)
    if tokens and tokens[0].casefold() != "the" and tokens[0].casefold() in ENGLISH_FUNCTION_WORDS:
        return True  # "And They Were Wrong": the end of a headline, not a name
    if any(t.casefold() in _PRONOUNS and not (len(t) > 1 and t.isupper()) for t in tokens):
        return True  # "Sign Up For Our": a prompt, not a name
    if len(tokens) == 1:
        word = tokens[0]
        return word.casefold() in _NOT_NAMES or word.casefold() in page_words
    return False
