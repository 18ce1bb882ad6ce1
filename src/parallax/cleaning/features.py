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
from functools import cache
from itertools import pairwise
from operator import itemgetter
from typing import NamedTuple

import numpy as np

from parallax.cleaning.word_hashes import LazyWords, lookup_words, vocabulary_table
from parallax.common.english import ENGLISH_FUNCTION_WORDS

__all__ = ["FEATURE_NAMES", "Block", "block_features", "block_matrix", "normalize_line", "normalize_lines", "split_blocks"]

_BULLET = re.compile(r"^\s*(?:[*+•·▪■►»>\-–—|]+\s*)+")
_ODD_SPACE = re.compile(r"[^\S \n]|  ")
_NOT_BULLETS = ("\"", "“", "-1", "—\u00a0")
_BULLET_CHARS = frozenset("*+•·▪■►»>-–—|")
_URL = re.compile(r"https?://|www\.|\.com\b|\.org\b|@\w")
_BYLINE = re.compile(r"^(?:by|por|par|von|door|di)\s+\S", re.IGNORECASE)
# For a whole dump joined with newlines (case-folded): anchored at line starts, never across a line.
_BYLINE_M = re.compile(_BYLINE.pattern.replace(r"\s", r"[^\S\n]"), re.MULTILINE)
# Dates and times ("May 12", "12:30", a year 19xx/20xx), in two patterns that each start with a character
# class, which lets the scanner skip ahead.
_DATE_MONTH = re.compile(
    r"[jfmasond](?<!\w\w)(?:(?<=j)(?:an|u[nl])|(?<=f)eb|(?<=m)a[ry]|(?<=a)(?:pr|ug)|(?<=s)ep|(?<=o)ct|(?<=n)ov|(?<=d)ec)"
    r"[a-z]*\.?[^\S\n]+\d{1,2}\b"
)
_DATE_DIGITS = re.compile(r"\d(?<!\w\d)(?:\d?:\d\d|(?<=1)9\d\d|(?<=2)0\d\d)\b")
_LETTER = re.compile(r"[^\W\d_]")
_PLANE = 0x10000
_MAX_PHRASE = 4
_PHRASE_START = 4 << 8
_CLOSERS = np.array([ord(c) for c in "\"'”’)]"], dtype=np.uint32)
_ENDS = np.array([ord(c) for c in ".!?…"], dtype=np.uint32)
_OPENING_QUOTES = np.array([ord(c) for c in "\"'“‘«"], dtype=np.uint32)

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
                  "permission", "syndicated", "syndication", "syndicate"),
}
_LEXICON_RE = {
    name: re.compile(r"(?:^|\W)(?:" + "|".join(re.escape(w) for w in words) + r")(?:$|\W)", re.IGNORECASE)
    for name, words in _LEXICON.items()
}
_LEXICON_INDEX = {name: k for k, name in enumerate(_LEXICON)}
# Single words are looked up among a line's words; phrases and symbols go through one pattern.
_LEXICON_WORDS = {w: name for name, words in _LEXICON.items() for w in words if re.fullmatch(r"[a-z]+", w)}
# Phrases of words are matched on the token sequence; the few with symbols by plain search.
_LEXICON_PHRASES: dict[tuple[str, ...], str] = {
    tuple(w.split()): name
    for name, words in _LEXICON.items()
    for w in words
    if w not in _LEXICON_WORDS and re.fullmatch(r"[a-z]+(?: [a-z]+)+", w)
}
_PHRASE_PAIRS = frozenset(phrase[:2] for phrase in _LEXICON_PHRASES)
_LEXICON_SYMBOLS: dict[str, str] = {
    w: name for name, words in _LEXICON.items() for w in words if w not in _LEXICON_WORDS and (tuple(w.split()) not in _LEXICON_PHRASES)
}
# Function words for the line features: the shared English list and a few more.
_STOP = ENGLISH_FUNCTION_WORDS | frozenset(
    "had there than when into about could more also i we you our them some one all no so if what do up out can".split()
)

_OWN = [
    "log_chars", "n_words", "log_words", "sent_end", "ends_colon", "starts_upper", "starts_quote",
    "starts_lower", "cap_ratio", "stop_ratio", "short_ratio", "digit_ratio", "punct_ratio", "comma_count", "upper_all",
    "has_url", "has_date", "byline", "bullet", "indent", "pipes", "mean_word_len", "quote_chars",
    "glued", "dup_on_page", "prefix_of_other", "shared_site", "rel_pos",
    *(f"lex_{k}" for k in _LEXICON),
]
# Characters whose per-character tables are made at once (about 110 bytes a character), and lines
# normalized at once.
_CHARS_AT_ONCE = 400_000
_LINES_AT_ONCE = 20_000
_CONTEXT = ["sent_end", "log_words", "stop_ratio", "short_ratio", "bullet"]
_WINDOWS = (1, 3, 8)

FEATURE_NAMES: list[str] = [
    *_OWN,
    *(f"prev_{n}" for n in ("log_words", "sent_end", "stop_ratio", "lex_caption")),
    *(f"next_{n}" for n in ("log_words", "sent_end", "stop_ratio", "lex_caption")),
    *(f"win{w}_{n}" for w in _WINDOWS for n in _CONTEXT),
    "prose_rank", "dist_to_prose", "run_len", "dist_main",
]


class Block(NamedTuple):
    """One non-blank line of a dump: its text (stripped), the line number and what precedes it."""

    text: str
    line: int
    indent: int
    bullet: bool
    blank_before: bool


def normalize_line(text: str) -> str:
    """The comparable form of a line: bullets stripped, spaces collapsed, case folded."""
    text = text.lstrip()
    if text[:1] in _BULLET_CHARS:
        text = _BULLET.sub("", text)
    return " ".join(text.split()).casefold()


def normalize_lines(texts: Sequence[str]) -> list[str]:
    """:func:`normalize_line` for many stripped lines at once (one case fold, one scan for odd spaces),
    taken in slices of lines so that the joined copies stay small however long the page."""
    if len(texts) <= _LINES_AT_ONCE:
        return _normalize_slice(texts)
    out: list[str] = []
    for k in range(0, len(texts), _LINES_AT_ONCE):
        out.extend(_normalize_slice(texts[k : k + _LINES_AT_ONCE]))
    return out


def _normalize_slice(texts: Sequence[str]) -> list[str]:
    joined = "\n".join(texts)
    folded = joined.casefold().split("\n")
    odd: set[int] = set()
    if _ODD_SPACE.search(joined):
        ends = np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1)
        found = [m.start() for m in _ODD_SPACE.finditer(joined)]
        odd = set(np.searchsorted(ends, found, side="right").tolist())
    return [
        normalize_line(text) if i in odd or text[:1] in _BULLET_CHARS else line
        for i, (text, line) in enumerate(zip(texts, folded, strict=True))
    ]


def split_blocks(dump: str) -> list[Block]:
    """Non-blank lines of a dump, with their indentation and bullet markers noted."""
    lines = dump.splitlines()
    blocks: list[Block] = []
    append = blocks.append
    previous = -2
    for number, stripped in enumerate(map(str.strip, lines)):
        if not stripped:
            continue
        first = stripped[0]
        raw = lines[number]
        indent = 0 if raw[0] == first else _indent(raw)
        if first in _BULLET_CHARS and _BULLET.match(stripped) and not stripped.startswith(_NOT_BULLETS):
            text = _BULLET.sub("", stripped).strip()
            if not text:
                continue
            append(Block(text, number, indent, True, previous != number - 1))
        else:
            append(Block(stripped, number, indent, False, previous != number - 1))
        previous = number
    return blocks


def _indent(raw: str) -> int:
    expanded = raw.expandtabs(4) if "\t" in raw else raw
    return len(expanded) - len(expanded.lstrip())


@cache
def _char_classes() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per code point below U+10000: word letter (as ``[^\\W\\d_]``), upper case, lower case. Read-only."""
    chars = [chr(i) for i in range(_PLANE)]
    letter = np.array([bool(_LETTER.match(c)) for c in chars], dtype=bool)
    upper = np.array([c.isupper() for c in chars], dtype=bool)
    lower = np.array([c.islower() for c in chars], dtype=bool)
    for table in (letter, upper, lower):
        table.flags.writeable = False
    return letter, upper, lower


@cache
def _vocabulary() -> dict[str, int]:
    """Word -> bit mask: 2 a function word, 4 << k the k-th lexicon group, then phrase starts."""
    vocab: dict[str, int] = {}
    for word in _STOP:
        vocab[word] = vocab.get(word, 0) | 2
    for word, group in _LEXICON_WORDS.items():
        vocab[word] = vocab.get(word, 0) | (4 << _LEXICON_INDEX[group])
    for phrase in _LEXICON_PHRASES:
        vocab[phrase[0]] = vocab.get(phrase[0], 0) | _PHRASE_START
    return vocab


@cache
def _vocabulary_hashes() -> tuple[np.ndarray, np.ndarray]:
    """The vocabulary's word hashes (sorted) and their bit masks, from :func:`_vocabulary`."""
    return vocabulary_table(_vocabulary())


def _lookup_words(codes: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """The vocabulary bit mask of every word (0 for words not in it)."""
    return lookup_words(_vocabulary_hashes(), codes, starts, ends)


def _shift(flags: np.ndarray, by: int) -> np.ndarray:
    """``flags`` moved ``by`` places to the right (left when negative), padded with False."""
    out = np.zeros_like(flags)
    if by > 0:
        out[by:] = flags[:-by]
    else:
        out[:by] = flags[-by:]
    return out


def _lines_of(positions: list[int], newlines: np.ndarray) -> np.ndarray:
    return np.searchsorted(newlines, np.asarray(positions, dtype=np.int64), side="right")


def _token_starts(cp: np.ndarray, is_newline: np.ndarray) -> np.ndarray:
    """Where a space-separated token starts (``len(line.split())`` per line, counted in place)."""
    space = (cp == 32) | (cp == 9) | (cp == 0xA0) | ((cp >= 0x2000) & (cp <= 0x200A)) | (cp == 0x202F) | (cp == 0x3000)
    gap = space | is_newline
    return ~gap & _shift(gap, 1) | (~gap & (np.arange(cp.size) == 0))


def _own_matrix(
    blocks: Sequence[Block], norms: Sequence[str], shared: frozenset[str], whole_page: bool = True
) -> tuple[np.ndarray, np.ndarray]:
    """The block's own features for all blocks at once (columns as in ``_OWN``).

    The blocks are joined with newlines and every count is taken over the whole
    text in one pass (code-point tables, one tokenisation, one search per
    pattern), then spread over the lines; no per-line loop of regular expressions.
    """
    count = len(blocks)
    texts = [b.text for b in blocks]
    joined = "\n".join(texts)
    cp = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    is_newline = cp == 10
    newlines = np.flatnonzero(is_newline)
    line_of = np.cumsum(is_newline)
    letter_t, upper_t, lower_t = _char_classes()
    inside = np.minimum(cp, _PLANE - 1)
    letter = letter_t[inside] & (cp < _PLANE)
    upper = upper_t[inside] & (cp < _PLANE)
    lower = lower_t[inside] & (cp < _PLANE)
    apostrophe = (cp == 39) | (cp == 0x2019)
    # Words: runs of letters, one apostrophe allowed inside ("don't").
    prev_letter = _shift(letter, 1)
    prev2_letter = _shift(letter, 2)
    prev_apos = _shift(apostrophe, 1)
    starts_word = letter & ~prev_letter & ~(prev_apos & prev2_letter)
    next_letter = _shift(letter, -1)
    next_apos = _shift(apostrophe, -1)
    next2_letter = _shift(letter, -2)
    ends_word = letter & ~next_letter & ~(next_apos & next2_letter)
    word_start = np.flatnonzero(starts_word)
    word_len = np.flatnonzero(ends_word) + 1 - word_start
    word_line = line_of[word_start]
    short = np.bincount(word_line[word_len <= 3], minlength=count)[:count].astype(np.float32)
    # Character counts per line: one column per kind, summed over each line's span in one call.
    line_start = np.concatenate([[0], newlines + 1])
    kinds = np.column_stack(
        [
            starts_word,
            starts_word & upper,
            letter,
            (cp >= 48) & (cp <= 57),
            lower,
            (cp == 32) | apostrophe,
            cp == 44,
            cp == 124,
            (cp == 34) | (cp == 0x201C) | (cp == 0x201D),
            _token_starts(cp, is_newline),
        ]
    ).astype(np.int32)
    n, caps, letters, digits, lowers, spaces, commas, pipes, quotes, tokens_split = (
        np.add.reduceat(kinds, line_start, axis=0).astype(np.float32).T
    )
    chars = np.fromiter(map(len, texts), dtype=np.float32, count=count)
    # Function words and furniture words: one tokenisation of the folded text, looked up in one table.
    folded = "\n".join(norms)
    folded_newlines = newlines if len(folded) == len(joined) else np.flatnonzero(
        np.frombuffer(folded.encode("utf-32-le"), dtype=np.uint32) == 10
    )
    # Every word is hashed in place from the code points (a polynomial hash of its lower-cased letters,
    # from prefix sums) and looked up among the hashes of the vocabulary: no word strings are made.
    word_end = word_start + word_len
    bits = _lookup_words(cp, word_start, word_end)
    token_line = word_line
    stops = np.bincount(token_line[(bits & 2) > 0], minlength=count)[:count].astype(np.float32)
    tokens = LazyWords(joined, word_start, word_end)
    lex = np.zeros((count, len(_LEXICON_INDEX)), dtype=np.float32)
    for k in range(len(_LEXICON_INDEX)):
        lex[token_line[(bits & (4 << k)) > 0], k] = 1.0
    for i in np.flatnonzero(bits & _PHRASE_START).tolist():
        if (tokens[i], tokens[i + 1] if i + 1 < len(tokens) else "") not in _PHRASE_PAIRS:
            continue
        for size in range(2, _MAX_PHRASE + 1):
            group = _LEXICON_PHRASES.get(tuple(tokens[k] for k in range(i, min(i + size, len(tokens)))))
            if group is not None and token_line[min(i + size, len(tokens)) - 1] == token_line[i]:
                lex[token_line[i], _LEXICON_INDEX[group]] = 1.0
    for symbol, group in _LEXICON_SYMBOLS.items():
        at = folded.find(symbol)
        while at >= 0:
            lex[int(np.searchsorted(folded_newlines, at, side="right")), _LEXICON_INDEX[group]] = 1.0
            at = folded.find(symbol, at + 1)

    def flag(pattern: re.Pattern[str], folded_text: bool = False) -> np.ndarray:
        out = np.zeros(count, dtype=np.float32)
        text, breaks = (folded, folded_newlines) if folded_text else (joined, newlines)
        out[_lines_of([m.start() for m in pattern.finditer(text)], breaks)] = 1.0
        return out

    # Two link texts run together by the dump ("...talks in ViennaSanctions bill..."): two lower-case
    # letters, an upper-case one and a lower-case one, counted in place.
    ascii_lower = (cp >= 97) & (cp <= 122)
    ascii_upper = (cp >= 65) & (cp <= 90)
    glued_at = np.flatnonzero(ascii_lower[:-3] & ascii_lower[1:-2] & ascii_upper[2:-1] & ascii_lower[3:])
    glued = np.bincount(line_of[glued_at], minlength=count)[:count].astype(np.float32)
    # Sentence end: the last character before any closing quotes or brackets is . ! ? or …, or the line
    # ends with a double quote.
    line_last = np.concatenate([newlines, [cp.size]]) - 1
    first = cp[line_start]
    first_upper = upper[line_start].astype(np.float32)
    first_lower = lower[line_start].astype(np.float32)
    safe_n = np.maximum(n, 1.0)
    safe_chars = np.maximum(chars, 1.0)
    with_words = n > 0
    matrix = np.column_stack(
        [
            np.log1p(chars),
            np.minimum(n, 200.0),
            np.log1p(n),
            _sentence_ends(cp, line_start, line_last),
            (cp[line_last] == 58).astype(np.float32),
            first_upper,
            np.isin(first, _OPENING_QUOTES).astype(np.float32),
            first_lower,
            np.where(with_words, caps / safe_n, 0.0),
            np.where(with_words, stops / safe_n, 0.0),
            np.where(with_words, short / safe_n, 0.0),
            digits / safe_chars,
            np.maximum(0.0, chars - letters - digits - spaces) / safe_chars,
            np.minimum(commas, 20.0),
            ((letters > 3) & (lowers == 0)).astype(np.float32),
            flag(_URL, True),
            _date_lines(norms, digits),
            flag(_BYLINE_M, True),
            np.fromiter(map(itemgetter(3), blocks), dtype=np.float32, count=count),
            np.minimum(np.fromiter(map(itemgetter(2), blocks), dtype=np.float32, count=count), 40.0),
            np.minimum(pipes, 10.0),
            np.where(with_words, letters / safe_n, 0.0),
            np.minimum(quotes, 10.0),
            np.minimum(glued, 5.0),
            np.minimum(np.fromiter(map(Counter(norms).__getitem__, norms), dtype=np.float32, count=count) - 1, 5.0)
            if whole_page
            else np.zeros(count, dtype=np.float32),
            _prefix_lines(norms) if whole_page else np.zeros(count, dtype=np.float32),
            np.fromiter(map(shared.__contains__, norms), dtype=np.float32, count=count)
            if shared
            else np.zeros(count, dtype=np.float32),
            np.arange(count, dtype=np.float32) / max(count - 1, 1),
            lex,
        ]
    ).astype(np.float32, copy=False)
    return matrix, tokens_split.astype(np.int64)


def _own_matrix_in_slices(
    blocks: Sequence[Block], norms: Sequence[str], shared: frozenset[str]
) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_own_matrix` over slices of about :data:`_CHARS_AT_ONCE` characters, so that its per-character
    tables stay small however long the page; the columns that look at the whole page (a line repeated on it,
    a line that starts a nearby one, the position on the page) are then filled in for the whole page."""
    count = len(blocks)
    sizes = np.fromiter((len(b.text) + 1 for b in blocks), dtype=np.int64, count=count)
    if int(sizes.sum()) <= _CHARS_AT_ONCE:
        return _own_matrix(blocks, norms, shared)
    cuts = [0]
    ends = np.cumsum(sizes)
    while cuts[-1] < count:
        limit = (int(ends[cuts[-1] - 1]) if cuts[-1] else 0) + _CHARS_AT_ONCE
        cuts.append(max(cuts[-1] + 1, int(np.searchsorted(ends, limit, side="right"))))
    cuts[-1] = count
    pieces = [_own_matrix(blocks[a:b], norms[a:b], shared, whole_page=False) for a, b in pairwise(cuts)]
    own = np.vstack([m for m, _ in pieces])
    split_words = np.concatenate([w for _, w in pieces])
    del pieces
    col = {name: k for k, name in enumerate(_OWN)}
    own[:, col["dup_on_page"]] = np.minimum(
        np.fromiter(map(Counter(norms).__getitem__, norms), dtype=np.float32, count=count) - 1, 5.0
    )
    own[:, col["prefix_of_other"]] = _prefix_lines(norms)
    own[:, col["rel_pos"]] = np.arange(count, dtype=np.float32) / max(count - 1, 1)
    return own, split_words


def _date_lines(norms: Sequence[str], digits: np.ndarray) -> np.ndarray:
    """1 for lines with a date or a time (:data:`_DATE_MONTH`, :data:`_DATE_DIGITS`); only lines with digits
    can have one."""
    out = np.zeros(len(norms), dtype=np.float32)
    candidates = np.flatnonzero(digits > 0)
    if candidates.size == 0:
        return out
    texts = [norms[i] for i in candidates.tolist()]
    text = "\n".join(texts)
    ends = np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1)
    found = [m.start() for m in _DATE_MONTH.finditer(text)] + [m.start() for m in _DATE_DIGITS.finditer(text)]
    out[candidates[np.searchsorted(ends, np.asarray(found, dtype=np.int64), side="right")]] = 1.0
    return out


def _sentence_ends(cp: np.ndarray, line_start: np.ndarray, line_last: np.ndarray) -> np.ndarray:
    """1 for lines that end a sentence (see the comment where it is called)."""
    quote_end = (cp[line_last] == 34) | (cp[line_last] == 0x201D)
    pos = line_last.copy()
    closer, ender = _end_tables()
    while True:
        back = closer[np.minimum(cp[pos], closer.size - 1)] & (pos > line_start)
        if not back.any():
            break
        pos = pos - back
    return (quote_end | ender[np.minimum(cp[pos], ender.size - 1)]).astype(np.float32)


@cache
def _end_tables() -> tuple[np.ndarray, np.ndarray]:
    """Look-up tables by code point: closing quotes and brackets; sentence-final punctuation."""
    closer = np.zeros(max(_CLOSERS.max(), _ENDS.max()) + 2, dtype=bool)
    ender = closer.copy()
    closer[_CLOSERS] = True
    ender[_ENDS] = True
    closer.flags.writeable = False
    ender.flags.writeable = False
    return closer, ender


def _prefix_lines(norms: Sequence[str]) -> np.ndarray:
    """1 for a line that starts another line nearby, and for that line (a caption printed again with its credit)."""
    count = len(norms)
    prefix = np.zeros(count, dtype=np.float32)
    heads = [norm[:20] for norm in norms]
    seen = Counter(heads)
    by_head: dict[str, list[int]] = {}
    for i, head in enumerate(heads):
        if seen[head] > 1 and len(head) == 20:
            by_head.setdefault(head, []).append(i)
    for members in by_head.values():
        for i in members:
            for j in members:
                if 0 < abs(i - j) <= 3 and len(norms[j]) > len(norms[i]) and norms[j].startswith(norms[i]):
                    prefix[i] = prefix[j] = 1.0
    return prefix


def block_features(
    blocks: Sequence[Block], shared: frozenset[str] = frozenset(), norms: Sequence[str] | None = None
) -> np.ndarray:
    """The feature matrix (one row per block, columns as in :data:`FEATURE_NAMES`)."""
    count = len(blocks)
    if count == 0:
        return np.zeros((0, len(FEATURE_NAMES)), dtype=np.float32)
    if norms is None:
        norms = normalize_lines([b.text for b in blocks])
    return block_matrix(blocks, shared, norms)[0]


def block_matrix(
    blocks: Sequence[Block], shared: frozenset[str] = frozenset(), norms: Sequence[str] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """:func:`block_features` and, by the way, the number of space-separated words of every block."""
    count = len(blocks)
    if count == 0:
        return np.zeros((0, len(FEATURE_NAMES)), dtype=np.float32), np.zeros(0, dtype=np.int64)
    if norms is None:
        norms = normalize_lines([b.text for b in blocks])
    own, split_words = _own_matrix_in_slices(blocks, norms, shared)
    col = {name: k for k, name in enumerate(_OWN)}
    pick = [col["log_words"], col["sent_end"], col["stop_ratio"], col["lex_caption"]]
    picked = own[:, pick]
    pad = np.zeros((1, len(pick)), dtype=np.float32)
    parts = [own, np.vstack([pad, picked[:-1]]), np.vstack([picked[1:], pad])]
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
        # Distance to the nearest prose line: the prose lines just after and just before, found by bisection
        # (linear memory; a page of many lines must not make a lines x prose-lines table).
        after = np.minimum(np.searchsorted(positions, index), positions.size - 1)
        before = np.maximum(after - 1, 0)
        dist = np.minimum(np.abs(positions[after] - index), np.abs(positions[before] - index)).astype(np.float32)
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
    return np.hstack(parts).astype(np.float32, copy=False), split_words
