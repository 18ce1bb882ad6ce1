"""Features of the lines of a page dump, for the learned boilerplate classifier.

A page dump (the text a browser or a text-mode browser shows for a page) is
split into lines; every non-blank line is one *block*. Each block gets a
vector of numbers that describe it and its neighbourhood: how long it is, how
much it reads like prose (sentence punctuation, function words, lower-case
words), whether it looks like a link list, a caption, a byline or a
call to action, whether it is repeated on the page or across pages of the same
site, and the same for the blocks around it (a short line inside a run of
prose is likely a short paragraph; a sentence among menu items is likely a
teaser).

Nothing here names a site: the vocabulary flags are generic words of web page
furniture in English (share, subscribe, newsletter, ...), which the model
weighs together with the language-independent features.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

__all__ = ["FEATURE_NAMES", "Block", "block_features", "normalize_line", "split_blocks"]

_BULLET = re.compile(r"^\s*(?:[*+•·▪■►»>\-–—|]+\s*)+")
_WS = re.compile(r"\s+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_SENT_END = re.compile(r"[.!?…][\"'”’)\]]*$|[\"”]$")
_URL = re.compile(r"https?://|www\.|\.com\b|\.org\b|@\w")
_DATE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b",
    re.IGNORECASE,
)
# Two link texts run together by the dump: "...with IsraelRussia didn't..."
_GLUED = re.compile(r"[a-z]{2}[A-Z][a-z]")
_BYLINE = re.compile(r"^(?:by|por|par|von|door|di)\s+\S", re.IGNORECASE)

# Generic words of page furniture (English); each group is one feature.
_LEXICON: dict[str, tuple[str, ...]] = {
    "share": ("share", "tweet", "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "e-mail", "email",
              "print", "copy link", "reddit"),
    "subscribe": ("subscribe", "subscription", "subscriber", "newsletter", "sign up", "signup", "sign in",
                  "log in", "login", "register", "inbox", "membership", "member", "donate", "support",
                  "premium", "paywall", "free trial", "offer", "unlimited"),
    "caption": ("photo", "image", "credit", "getty", "file photo", "file –", "file -", "pictured", "caption",
                "illustration", "video", "afp", "ap photo", "reuters/", "shutterstock", "courtesy"),
    "nav": ("home", "menu", "search", "contact", "about us", "privacy", "terms", "cookie", "cookies",
            "advertise", "advertisement", "sponsored", "careers", "rss", "sitemap", "skip to", "back to top",
            "all rights reserved", "copyright", "©"),
    "more": ("read more", "related", "more from", "recommended", "most popular", "most read", "trending",
             "you may also", "also read", "see also", "next article", "previous article", "top stories",
             "more stories", "latest", "watch:", "read:", "listen"),
    "comment": ("comment", "comments", "reply", "leave a", "join the conversation", "discussion", "posted by",
                "report abuse"),
    "republish": ("republish", "reprint", "guidelines", "creative commons", "licence", "license",
                  "permission", "syndicat"),
}
_LEXICON_RE = {
    name: re.compile(r"(?:^|\W)(?:" + "|".join(re.escape(w) for w in words) + r")(?:$|\W)", re.IGNORECASE)
    for name, words in _LEXICON.items()
}
_LEXICON_INDEX = {name: k for k, name in enumerate(_LEXICON)}
# Single words are looked up among a line's words; phrases and symbols go through one pattern.
_LEXICON_WORDS = {w: name for name, words in _LEXICON.items() for w in words if re.fullmatch(r"[a-z]+", w)}
_LEXICON_PHRASES = re.compile(
    "|".join(
        rf"(?P<{name}>" + "|".join(re.escape(w) for w in words if w not in _LEXICON_WORDS) + ")"
        for name, words in _LEXICON.items()
        if any(w not in _LEXICON_WORDS for w in words)
    ),
    re.IGNORECASE,
)
_LEXICON_ALL = re.compile(
    "|".join(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})(?!\w)" for words in _LEXICON.values()),
    re.IGNORECASE,
)
_STOP = frozenset(
    "the of and to in a is that for on with as was by it at from his her he she said are be has have were an not "
    "this which but their they its or who after will been would had there than when into about could more also "
    "i we you our them some one all no so if what do up out can".split()
)

_OWN = [
    "log_chars", "n_words", "log_words", "sent_end", "ends_colon", "starts_upper", "starts_quote",
    "starts_lower", "cap_ratio", "stop_ratio", "short_ratio", "digit_ratio", "punct_ratio", "comma_count", "upper_all",
    "has_url", "has_date", "byline", "bullet", "indent", "pipes", "mean_word_len", "quote_chars",
    "glued", "dup_on_page", "prefix_of_other", "shared_site", "rel_pos",
    *(f"lex_{k}" for k in _LEXICON),
]
_CONTEXT = ["sent_end", "log_words", "stop_ratio", "short_ratio", "bullet"]
_WINDOWS = (1, 3, 8)

FEATURE_NAMES: list[str] = [
    *_OWN,
    *(f"prev_{n}" for n in ("log_words", "sent_end", "stop_ratio", "lex_caption")),
    *(f"next_{n}" for n in ("log_words", "sent_end", "stop_ratio", "lex_caption")),
    *(f"win{w}_{n}" for w in _WINDOWS for n in _CONTEXT),
    "prose_rank", "dist_to_prose", "run_len", "dist_main",
]


@dataclass(frozen=True)
class Block:
    """One non-blank line of a dump: its text (stripped), the line number and what precedes it."""

    text: str
    line: int
    indent: int
    bullet: bool
    blank_before: bool


def normalize_line(text: str) -> str:
    """The comparable form of a line: bullets stripped, spaces collapsed, case folded."""
    return _WS.sub(" ", _BULLET.sub("", text)).strip().casefold()


def split_blocks(dump: str) -> list[Block]:
    """Non-blank lines of a dump, with their indentation and bullet markers noted."""
    blocks: list[Block] = []
    blank = True
    for number, raw in enumerate(dump.splitlines()):
        stripped = raw.strip()
        if not stripped:
            blank = True
            continue
        expanded = raw.expandtabs(4)
        indent = len(expanded) - len(expanded.lstrip())
        bullet = bool(_BULLET.match(stripped)) and not stripped.startswith(("\"", "“", "-1", "—\u00a0"))
        text = _BULLET.sub("", stripped).strip() if bullet else stripped
        if not text:
            blank = True
            continue
        blocks.append(Block(text=text, line=number, indent=indent, bullet=bullet, blank_before=blank))
        blank = False
    return blocks


def _own_features(
    block: Block, dup: int, prefix: bool, shared: bool, rel_pos: float
) -> list[float]:
    text = block.text
    words = _WORD.findall(text)
    n = len(words)
    chars = len(text)
    caps = sum(map(str.isupper, (w[0] for w in words)))
    lowered = text.casefold()
    lowered_words = _WORD.findall(lowered)
    stops = sum(1 for w in lowered_words if w in _STOP)
    short = sum(1 for w in words if len(w) <= 3)
    letters = sum(map(len, words))
    digits = sum(map(text.count, "0123456789"))
    punct = max(0, chars - letters - digits - text.count(" ") - text.count("'") - text.count("’"))
    first = text[:1]
    lex = [0.0] * len(_LEXICON_INDEX)
    for word in lowered_words:
        group = _LEXICON_WORDS.get(word)
        if group is not None:
            lex[_LEXICON_INDEX[group]] = 1.0
    for match in _LEXICON_PHRASES.finditer(lowered):
        lex[_LEXICON_INDEX[match.lastgroup or ""]] = 1.0
    return [
        math.log1p(chars),
        float(min(n, 200)),
        math.log1p(n),
        1.0 if _SENT_END.search(text) else 0.0,
        1.0 if text.endswith(":") else 0.0,
        1.0 if first.isupper() else 0.0,
        1.0 if first in "\"'“‘«" else 0.0,
        1.0 if first.islower() else 0.0,
        caps / n if n else 0.0,
        stops / n if n else 0.0,
        short / n if n else 0.0,
        digits / max(chars, 1),
        punct / max(chars, 1),
        float(min(text.count(","), 20)),
        1.0 if letters > 3 and text.upper() == text else 0.0,
        1.0 if _URL.search(text) else 0.0,
        1.0 if _DATE.search(text) else 0.0,
        1.0 if _BYLINE.match(text) else 0.0,
        1.0 if block.bullet else 0.0,
        float(min(block.indent, 40)),
        float(min(text.count("|"), 10)),
        (letters / n) if n else 0.0,
        float(min(sum(text.count(q) for q in "\"“”"), 10)),
        float(min(len(_GLUED.findall(text)), 5)),
        float(min(dup, 5)),
        1.0 if prefix else 0.0,
        1.0 if shared else 0.0,
        rel_pos,
        *lex,
    ]


def block_features(blocks: Sequence[Block], shared: frozenset[str] = frozenset()) -> np.ndarray:
    """The feature matrix (one row per block, columns as in :data:`FEATURE_NAMES`)."""
    count = len(blocks)
    if count == 0:
        return np.zeros((0, len(FEATURE_NAMES)), dtype=np.float32)
    norms = [normalize_line(b.text) for b in blocks]
    seen = Counter(norms)
    # A line that starts another line of the page (a caption printed again with its credit).
    prefix = [False] * count
    for i, norm in enumerate(norms):
        if len(norm) < 20:
            continue
        for j in range(max(0, i - 3), min(count, i + 4)):
            if j != i and len(norms[j]) > len(norm) and norms[j].startswith(norm):
                prefix[i] = prefix[j] = True
    own = np.array(
        [
            _own_features(b, seen[norms[i]] - 1, prefix[i], norms[i] in shared, i / max(count - 1, 1))
            for i, b in enumerate(blocks)
        ],
        dtype=np.float32,
    )
    col = {name: k for k, name in enumerate(_OWN)}
    pad = np.zeros((1, own.shape[1]), dtype=np.float32)
    prev = np.vstack([pad, own[:-1]])
    nxt = np.vstack([own[1:], pad])
    pick = [col["log_words"], col["sent_end"], col["stop_ratio"], col["lex_caption"]]
    parts = [own, prev[:, pick], nxt[:, pick]]
    ctx = own[:, [col[n] for n in _CONTEXT]]
    cumsum = np.vstack([np.zeros((1, ctx.shape[1]), dtype=np.float64), np.cumsum(ctx, axis=0, dtype=np.float64)])
    index = np.arange(count)
    for w in _WINDOWS:
        lo = np.clip(index - w, 0, count)
        hi = np.clip(index + w + 1, 0, count)
        parts.append(((cumsum[hi] - cumsum[lo]) / (hi - lo)[:, None]).astype(np.float32))
    # Prose: a line of 12+ words that ends a sentence and has function (or short) words.
    prose = (
        (own[:, col["n_words"]] >= 12)
        & (own[:, col["sent_end"]] > 0)
        & ((own[:, col["stop_ratio"]] > 0.15) | (own[:, col["short_ratio"]] > 0.3))
    )
    words = own[:, col["n_words"]]
    prose_words = np.where(prose, words, 0.0)
    rank = np.zeros(count, dtype=np.float32)
    if prose.any():
        order = np.argsort(-prose_words, kind="stable")
        rank[order] = np.arange(count, dtype=np.float32) / max(count - 1, 1)
    positions = np.flatnonzero(prose)
    if positions.size:
        dist = np.min(np.abs(index[:, None] - positions[None, :]), axis=1).astype(np.float32)
    else:
        dist = np.full(count, 50.0, dtype=np.float32)
    # Length of the run of prose-like lines this line belongs to (gaps of 2 lines allowed).
    run = np.zeros(count, dtype=np.float32)
    start = None
    last = -10
    runs: list[tuple[int, int]] = []
    for p in positions.tolist():
        if start is None or p - last > 3:
            if start is not None:
                runs.append((start, last))
            start = p
        last = p
    if start is not None:
        runs.append((start, last))
    best = max(runs, key=lambda r: prose_words[r[0] : r[1] + 1].sum()) if runs else None
    for a, b in runs:
        total = float(prose_words[a : b + 1].sum())
        run[max(0, a - 1) : b + 2] = np.maximum(run[max(0, a - 1) : b + 2], math.log1p(total))
    if best is not None:
        a, b = best
        dmain = np.where(index < a, a - index, np.where(index > b, index - b, 0)).astype(np.float32)
    else:
        dmain = np.full(count, 50.0, dtype=np.float32)
    parts.append(np.stack([rank, np.minimum(dist, 50.0), run, np.minimum(dmain, 200.0)], axis=1))
    return np.hstack(parts).astype(np.float32)
