"""The text cleaner: which lines of a page dump are the article, and what the rest is.

Method (figures in docs/bench/extraction.md):

1. The dump is split into blocks (non-blank lines, see :mod:`parallax.cleaning.features`).
2. Every block gets a feature vector describing it and its neighbourhood, and a
   gradient-boosted tree classifier (trained on the development page dumps
   with ``scripts/train_cleaner.py``, shipped as ``data/cleaner.npz``) gives the
   probability that it is article body.
3. Evidence the model cannot see on one page is added on top: a short,
   non-sentence line in the header or footer zone of several dumps is the
   site's furniture (:func:`find_site_furniture`; sentences two inputs share
   are syndication, never furniture, see :mod:`parallax.cleaning.copies`); a
   block printed twice on the page (a caption with and without its credit) is
   kept once at most.
4. Title, standfirst (dek), byline and outlet are read from the blocks around
   the body; a paragraph that the dump broke over two lines is joined again.

Every block that is not kept is returned with the reason.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import repeat
from pathlib import Path

import numpy as np
from pydantic import TypeAdapter

from parallax.cleaning.features import (
    _LEXICON_RE,
    FEATURE_NAMES,
    Block,
    block_matrix,
    normalize_line,
    normalize_lines,
    split_blocks,
)
from parallax.cleaning.headlines import choose_headline
from parallax.cleaning.outlets import FURNITURE_WORDS, outlet_in_furniture, refused_outlet
from parallax.cleaning.trees import TreeEnsemble
from parallax.common.english import ENGLISH_FUNCTION_WORDS, english_share
from parallax.model import RemovedBlock

__all__ = [
    "CleanedText",
    "CleanerModel",
    "clean_dump",
    "detect_language",
    "find_site_furniture",
    "load_cleaner_model",
]

DEFAULT_THRESHOLD = 0.5
MIN_BODY_WORDS = 80
# Site furniture learned across dumps: this many shared header or footer lines mark one site's template ...
SITE_TEMPLATE_LINES = 3
# ... each of at most this many words (and not a sentence unless of three words or fewer) ...
_FURNITURE_WORDS = 12
# ... and found above the first or below the last prose line (a sentence of at least this many words).
_PROSE_WORDS = 12

_SENT_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s+[\"'“‘(]*[A-Z]")
_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
_NAME_WORD = r"[A-Z][\w'’.\-]*"
_NAME_LINE = re.compile(rf"^{_NAME_WORD}(?: (?:{_NAME_WORD}|de|van|von|al|bin|ibn|da|di|la|le)){{1,3}}$")
_BY = re.compile(r"^(?:by|By|BY)\s*:?\s+(.+)$")
_TAGLINE = re.compile(
    rf"^(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,3}}) is an? (?:[\w-]+ ){{0,4}}"
    r"(?:writer|reporter|correspondent|editor|journalist|columnist|contributor)\b"
    r"(?: (?:at|for|with|of) (?:the )?(?P<outlet>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,4}))?"
)
_CONTRIBUTED = re.compile(r"\bcontributed (?:to )?(?:this|to the) (?:report|story|article)\b", re.I)
_CAPTION_LABEL = re.compile(r"^(?:photo|image|picture|file|caption|pictured|video|watch)\s*[:–—|]", re.I)
# A photo credit closing a caption: "(Jane Doe/Agency)", "(JANE DOE/AGENCY)", "(Agency/Jane Doe)".
_CREDIT_END = re.compile(r"\((?:[A-Z][\w.'’-]*\s?){1,4}/\s?[A-Z][\w.'’ -]{1,40}\)\s*$")
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?P<name>[A-Z][^.|,]{1,60})", re.I
)
_CREDIT_WORDS = ("staff contributed", "©", "(c)", "copyright")
_STAFF = re.compile(r"(?P<name>[A-Z][\w&'’.-]*(?: (?:of )?[A-Z][\w&'’.-]*){0,4}) staff contributed")
_TITLE_SEP = re.compile(r"\s+(?:\||–|—|-|::|»)\s+")

_EDGE = ".,;:!?\"'()[]{}“”‘’«»…*-–—/|"
_REMOVED_LIST = TypeAdapter(list[RemovedBlock])
_LEXICON_NAMES = [name.removeprefix("lex_") for name in FEATURE_NAMES if name.startswith("lex_")]
_LEX_COLUMNS = [FEATURE_NAMES.index(f"lex_{name}") for name in _LEXICON_NAMES]
_GLUED_COLUMN = FEATURE_NAMES.index("glued")
_REASONS = {
    "share": "share or social-media buttons",
    "subscribe": "subscription, membership or newsletter prompt",
    "caption": "photo caption or credit",
    "nav": "navigation or site furniture",
    "more": "links or teasers to other stories",
    "comment": "comment prompt",
    "republish": "republishing or licence notice",
}


@dataclass(frozen=True)
class CleanerModel:
    """The trained block classifier and its decision threshold."""

    trees: TreeEnsemble
    threshold: float = DEFAULT_THRESHOLD


@cache
def _default_model_path() -> Path:
    return Path(str(resources.files("parallax") / "data" / "cleaner.npz"))


def load_cleaner_model(path: str | Path | None = None, threshold: float = DEFAULT_THRESHOLD) -> CleanerModel:
    """Load the classifier shipped with the package (or another one saved by the training script)."""
    return CleanerModel(TreeEnsemble.load(path or _default_model_path()), threshold)


@dataclass
class CleanedText:
    """What the cleaner finds in one dump."""

    title: str | None = None
    dek: str | None = None
    byline: str | None = None
    outlet: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    removed: list[RemovedBlock] = field(default_factory=list)
    language: str | None = None


def detect_language(text: str) -> str | None:
    """``"en"`` when the text reads as English prose, None when it is too short or not English."""
    words = [
        w for w in map(str.strip, text[:5_000].casefold().split()[:600], repeat(_EDGE)) if w[:1].isalpha()
    ]
    if len(words) < 20:
        return None
    return "en" if english_share(words) >= 0.12 else None


def find_site_furniture(
    texts: Sequence[str], copy_of: Sequence[int | None] | None = None
) -> list[frozenset[str]]:
    """For every dump, the lines that are its site's furniture, learned from the other dumps.

    A line counts only when it is furniture by its place and its shape on every page that has it: it sits
    in the header zone (above the first prose line) or the footer zone (below the last one), and it is
    short and not a sentence (a menu, a section name, a newsletter prompt). Such a line shared with another
    dump that is not a copy of this one (``copy_of`` as :func:`parallax.cleaning.copies.find_copies` gives
    it) is site furniture, when at least :data:`SITE_TEMPLATE_LINES` of them are shared (one or two short
    shared lines, "Advertisement" or a section name, can be chance). Sentences inside an article's body are
    never counted, however many inputs carry them: that is syndication, not furniture.
    """
    groups = [i if copy_of is None or copy_of[i] is None else int(copy_of[i] or 0) for i in range(len(texts))]
    candidates = [_zone_furniture(t) for t in texts]
    by_group: dict[int, set[str]] = defaultdict(set)
    for group, lines in zip(groups, candidates, strict=True):
        by_group[group].update(lines)
    counts: Counter[str] = Counter()
    for lines in by_group.values():
        counts.update(lines)
    out: list[frozenset[str]] = []
    for lines in candidates:
        common = frozenset(n for n in lines if counts[n] >= 2)
        out.append(common if len(common) >= SITE_TEMPLATE_LINES else frozenset())
    return out


def _zone_furniture(text: str) -> set[str]:
    """The furniture-shaped lines of the header and footer zones of one dump (normalized)."""
    norms = [normalize_line(b.text) for b in split_blocks(text)]
    prose = [i for i, n in enumerate(norms) if len(n.split()) >= _PROSE_WORDS and _SENT_END.search(n)]
    first, last = (prose[0], prose[-1]) if prose else (len(norms), len(norms))
    return {n for i, n in enumerate(norms) if (i < first or i > last) and n and _furniture_shaped(n)}


def _furniture_shaped(norm: str) -> bool:
    words = len(norm.split())
    return words <= _FURNITURE_WORDS and (words <= 3 or not _SENT_END.search(norm))


def _score(
    blocks: Sequence[Block], model: CleanerModel, shared: frozenset[str], norms: Sequence[str]
) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[int]]:
    """Body probabilities, the furniture-vocabulary flags (one column per lexicon group), glued-link flags
    and the number of words of every block."""
    x, words = block_matrix(blocks, shared, norms)
    lex = np.asarray(x[:, _LEX_COLUMNS] > 0)
    return model.trees.predict_proba(x), lex, np.asarray(x[:, _GLUED_COLUMN] > 0), words.tolist()


def _reason(block: Block, prob: float, shared: bool, dup: bool, lex_group: int, words: int) -> str:
    if shared:
        return "site furniture (repeated at the top or bottom of other pages)"
    if dup:
        return "repeated on the page (caption or byline printed twice)"
    if lex_group >= 0:
        return _REASONS[_LEXICON_NAMES[lex_group]]
    if block.bullet:
        return "list of links or menu items"
    if words <= 6:
        return f"short line outside the article text (body score {prob:.2f})"
    return f"not article text (body score {prob:.2f})"


def _is_heading(text: str, question: bool = False) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 30 or text.endswith((",", ":", ";")):
        return False
    return not _SENT_END.search(text) or (question and text.rstrip("\"'”’").endswith(("?", "!")))


def _lex(text: str, *names: str) -> bool:
    return any(_LEXICON_RE[n].search(text) for n in names)


def _undouble(text: str) -> str:
    """'Jane DoeJane Doe' or 'Jane Doe Jane Doe' -> 'Jane Doe'."""
    text = " ".join(text.split())
    for sep in ("", " "):
        n = len(text)
        if (n - len(sep)) % 2 == 0:
            half = (n - len(sep)) // 2
            if half > 0 and text[:half] == text[half + len(sep) :] and text[half : half + len(sep)] == sep:
                return text[:half]
    return text


def _byline_from(text: str) -> str | None:
    if text[:2].casefold() != "by":
        return None
    match = _BY.match(_undouble(text))
    if not match:
        return None
    name = re.split(
        r"\s*(?:\||,\s*(?:\w+ )?\d|\s[-–—]\s|\d{1,2}:\d{2}|\bupdated\b|\bpublished\b)",
        match.group(1),
        maxsplit=1,
    )[0]
    name = name.strip(" ,;:|")
    if not name or len(name.split()) > 12 or not name[:1].isupper():
        return None
    return _undouble(name)


def _split_title(title: str) -> tuple[str, str | None]:
    parts = _TITLE_SEP.split(title)
    if len(parts) >= 2:
        last = parts[-1].strip()
        if 1 <= len(last.split()) <= 4 and last[:1].isupper() and len(" ".join(parts[:-1]).split()) >= 3:
            return " - ".join(p.strip() for p in parts[:-1]), last
    return title, None


@dataclass
class _Meta:
    title: int | None = None
    dek: int | None = None
    byline: str | None = None
    byline_blocks: set[int] = field(default_factory=set)
    outlet: str | None = None


def _find_metadata(blocks: Sequence[Block], keep: np.ndarray, dups: Sequence[bool], lex: np.ndarray) -> _Meta:
    meta = _Meta()

    def furniture(i: int, *names: str) -> bool:
        row = lex[i]
        return any(row[_LEXICON_NAMES.index(n)] for n in names)

    body = np.flatnonzero(keep)
    first_body = int(body[0]) if body.size else len(blocks)
    # Title: the heading-shaped line above (or at the top of) the body that is most about its lede.
    meta.title = choose_headline(
        [b.text for b in blocks],
        [b.bullet for b in blocks],
        keep.tolist(),
        lambda i: furniture(i, "share", "caption", "subscribe", "nav", "comment", "more"),
    )
    # Dek: the block after the title (and after a repeat of it), a sentence-like standfirst.
    if meta.title is not None:
        title_norm = normalize_line(blocks[meta.title].text)
        j = meta.title + 1
        while j < len(blocks) and normalize_line(blocks[j].text) == title_norm:
            j += 1
        if j < len(blocks):
            text = blocks[j].text
            words = len(text.split())
            followed_by_furniture = j + 1 < len(blocks) and not keep[j + 1]
            if (
                8 <= words <= 70
                and not dups[j]
                and not blocks[j].bullet
                and not furniture(j, "caption", "share", "subscribe", "nav")
                and (
                    not keep[j] or (followed_by_furniture and j + 1 < first_body + 4 and keep[j + 1 :].any())
                )
                and not _BY.match(text)
            ):
                meta.dek = j
    # Byline: "By ..." near the top, or a name printed twice before the body.
    top = range(min(len(blocks), first_body + 3))
    for i in top:
        name = _byline_from(blocks[i].text)
        if name:
            meta.byline = name
            meta.byline_blocks.add(i)
            break
    if meta.byline is None:
        # A name of two to four words, possibly printed twice: at most seven spaces.
        # Looked for near the top of the page and just above the body.
        near_body = [i for i in top if i < 15 or i >= first_body - 15]
        single = {
            i: _undouble(blocks[i].text)
            for i in near_body
            if len(blocks[i].text) <= 120 and blocks[i].text.count(" ") <= 7
        }
        names = Counter(
            name
            for i, name in single.items()
            if i != meta.title and _NAME_LINE.match(name) and not furniture(i, "nav", "share")
        )
        for name, count in names.most_common():
            if count >= 2 or any(single[i] == name and blocks[i].text != name for i in single):
                meta.byline = name
                meta.byline_blocks.update(i for i in single if single[i] == name)
                break
    # Tagline at the end ("Jane Doe is a reporter at The Courier") gives byline and outlet.
    for block in blocks:
        match = _TAGLINE.match(block.text) if " is a" in block.text else None
        if match:
            meta.byline = meta.byline or match.group("name")
            if match.group("outlet"):
                meta.outlet = match.group("outlet").split(". ")[0].rstrip(".")
            break
    # The outlet: named in the title's suffix, a credits line or the page's furniture; a possessive or a
    # common word (one the page writes in lower case) is no outlet.
    lower_words = frozenset(
        w for b in blocks for w in (t.strip(_EDGE) for t in b.text.split()) if w.isalpha() and w.islower()
    )
    sources = (
        lambda: meta.outlet,
        lambda: _split_title(blocks[meta.title].text)[1] if meta.title is not None else None,
        lambda: _credited_outlet(blocks),
        lambda: outlet_in_furniture(_lines_with(blocks, FURNITURE_WORDS)),
    )
    meta.outlet = next((o for o in (s() for s in sources) if o and not refused_outlet(o, lower_words)), None)
    return meta


def _lines_with(blocks: Sequence[Block], words: Sequence[str]) -> list[str]:
    """The texts of the blocks that hold one of the (lower-case) words: one search of the lower-cased page
    for each word, not one a block."""
    lowered = "\n".join(b.text for b in blocks).lower()
    found: set[int] = set()
    for word in words:
        at = lowered.find(word)
        while at >= 0:
            # Lower-casing can change a text's length but never adds or removes a line break.
            found.add(lowered.count("\n", 0, at))
            at = lowered.find(word, at + 1)
    return [blocks[i].text for i in sorted(found)]


def _credited_outlet(blocks: Sequence[Block]) -> str | None:
    """The outlet named in a credits line ("Courier staff contributed") or a short copyright line."""
    for text in _lines_with(blocks, _CREDIT_WORDS):
        lowered = text.casefold()
        staff = "staff contributed" in lowered
        copyright_line = ("©" in lowered or "(c)" in lowered or "copyright" in lowered) and len(text.split()) <= 15
        match = (_STAFF.search(text) if staff else None) or (_COPYRIGHT.search(text) if copyright_line else None)
        if match and not staff and not re.search(r"©|\(c\)|\d{4}", text[: match.start("name")], re.I):
            continue  # "Copyright Policy": a heading, not a credit (a credit has the sign or a year)
        if match:
            name = match.group("name").strip()
            name = re.sub(r"^(?:and|the)\s+", "", name, flags=re.I) if name.split()[0].lower() == "and" else name
            if 1 <= len(name.split()) <= 5:
                return name
    return None


def _join_broken(texts: list[str], lines: list[int]) -> tuple[list[str], list[int]]:
    """Join a paragraph that the dump broke over two lines ('... the road from the port to' / 'the capital ...')."""
    out: list[str] = []
    out_lines: list[int] = []
    for text, line in zip(texts, lines, strict=True):
        if out:
            prev = out[-1]
            adjacent = line == out_lines[-1] + 1
            last_word = prev.split()[-1].casefold() if prev.split() else ""
            open_quote = (prev.count("“") > prev.count("”")) or (prev.count('"') % 2 == 1)
            continues = (
                not _SENT_END.search(prev)
                and not prev.endswith(":")
                and (
                    text[:1].islower()
                    or prev.endswith((",", ";", "-", "–"))
                    or last_word in ENGLISH_FUNCTION_WORDS
                    or (open_quote and not _is_heading(prev))
                )
            )
            if adjacent and continues and len(prev.split()) >= 4:
                out[-1] = f"{prev} {text}"
                out_lines[-1] = line
                continue
        out.append(text)
        out_lines.append(line)
    return out, out_lines


def _looks_like_furniture(block: Block, words: int, furniture_words: bool, glued: bool) -> bool:
    """Kept by the model, but a list item, a labelled caption, a short call to action or glued link texts."""
    text = block.text
    ends = bool(_SENT_END.search(text))
    return (
        (block.bullet and not ends and words <= 30)
        or bool(_CAPTION_LABEL.match(text))
        or bool(_CREDIT_END.search(text))
        or (words <= 5 and furniture_words)
        or (glued and not ends)
    )


def _kept_in_body(block: Block, reason: str, words: int) -> bool:
    """In a text that is an article body, a line the model scored low stays unless it is obvious furniture:
    a short line of furniture vocabulary, a list item or caption, or a fragment that is not a sentence."""
    if words > 30:
        return True
    if reason.startswith("not article text"):
        return True
    return reason.startswith("short line outside") and bool(_SENT_END.search(block.text))


def clean_dump(
    text: str, model: CleanerModel, shared: frozenset[str] = frozenset(), body: bool = False
) -> CleanedText:
    """Clean one page dump: the body paragraphs, the metadata, and every removed block with its reason.

    ``body=True`` says the text is already an article body (a JSONL record's ``text``): the headline,
    byline and obvious furniture (:func:`_kept_in_body`) are still taken out, but every other line stays,
    whatever the model scores it.
    """
    blocks = split_blocks(text)
    result = CleanedText(language=detect_language(text))
    if not blocks:
        return result
    texts = [b.text for b in blocks]
    norms = normalize_lines(texts)
    probs, lex, glued, word_counts = _score(blocks, model, shared, norms)
    lex_any: np.ndarray = np.asarray(lex.any(axis=1))
    lex_group = np.where(lex_any, lex.argmax(axis=1), -1).tolist()
    counts = Counter(norms)
    dups = [counts[n] > 1 for n in norms]
    is_shared = [n in shared for n in norms]
    keep = (probs >= model.threshold) & ~np.array(is_shared, dtype=bool)
    late: dict[int, str] = {}
    words = np.array(word_counts)
    unlaid: list[int] = []
    if words[keep].sum() < MIN_BODY_WORDS and probs.size:
        # Little or nothing passed: a page unlike the training pages (another language, another layout).
        # Keep what the model ranks as most body-like, relative to this page, rather than emptying it.
        keep = (probs >= max(0.1, 0.5 * float(probs.max()))) & ~np.array(is_shared, dtype=bool)
        if not keep.any():
            # A text with no layout at all (one long line of prose): its long runs of sentences are the body.
            unlaid = [
                i
                for i, (w, t) in enumerate(zip(word_counts, texts, strict=True))
                if w >= MIN_BODY_WORDS and len(_SENTENCE_BREAK.findall(t)) >= 3
            ]
            keep[unlaid] = True
    for i, block in enumerate(blocks):
        if i in unlaid:
            continue
        if keep[i] and _looks_like_furniture(block, word_counts[i], bool(lex_any[i]), bool(glued[i])):
            keep[i] = False
            if glued[i]:
                late[i] = "links or teasers to other stories"
    # The tail of the body: calls to subscribe, share or comment and fragments ("/ month") are furniture.
    for i in np.flatnonzero(keep)[::-1].tolist():
        text = blocks[i].text
        if len(_WORDS.findall(text)) <= 2 or (len(text.split()) <= 40 and _lex(text, "subscribe", "share")):
            keep[i] = False
            continue
        break
    kept_so_far = np.cumsum(keep)
    # Only lines that can hold an author's note or credits are looked at.
    notes = [i for i, n in enumerate(norms) if " is a" in n or "contributed" in n]
    for i in notes:
        block = blocks[i]
        if kept_so_far[i] < 3:
            continue
        if (" is a" in block.text and _TAGLINE.match(block.text)) or _CONTRIBUTED.search(block.text):
            # The author's note or the credits end the article: prose after them is an appeal or a promotion.
            for j in range(i + 1, len(blocks)):
                if keep[j]:
                    keep[j] = False
                    late[j] = "after the end of the article (author note or credits)"
            if keep[i] and _TAGLINE.match(block.text):
                keep[i] = False
                late[i] = "author note"
            break
    meta = _find_metadata(blocks, keep, dups, lex)
    special: dict[int, str] = {}
    if meta.title is not None:
        special[meta.title] = "headline"
        result.title, suffix = _split_title(blocks[meta.title].text)
        if suffix and suffix.split()[0].casefold() in ENGLISH_FUNCTION_WORDS - {"the"}:
            result.title = blocks[meta.title].text  # the end of the headline, not an outlet's name
        result.outlet = meta.outlet
        title_norm = normalize_line(blocks[meta.title].text)
        for i, n in enumerate(norms):
            if n == title_norm and i != meta.title:
                special[i] = "headline repeated"
    else:
        result.outlet = meta.outlet
    if meta.dek is not None:
        special[meta.dek] = "standfirst (dek)"
        result.dek = blocks[meta.dek].text
    for i in meta.byline_blocks:
        special[i] = "byline"
    result.byline = meta.byline
    seen: set[str] = set()
    removed: list[RemovedBlock] = []
    pending: list[dict[str, str]] = []

    last = [-2]  # the index of the block removed last

    def make(index: int, text: str, reason: str) -> None:
        # A run of consecutive lines removed for one reason is one removed block (lines joined by "\n"): a
        # long page has hundreds of thousands of furniture lines, and one record each cost hundreds of MB.
        if pending and last[0] == index - 1 and pending[-1]["reason"] == reason:
            pending[-1]["text"] += "\n" + text
        else:
            if len(pending) >= 8192:  # validated in slices
                removed.extend(_REMOVED_LIST.validate_python(pending))
                pending.clear()
            pending.append({"text": text, "reason": reason})
        last[0] = index

    kept_texts: list[str] = []
    kept_lines: list[int] = []
    for i, block in enumerate(blocks):
        if i in special:
            make(i, block.text, special[i])
            continue
        if keep[i] and norms[i] in seen:
            make(i, block.text, "repeated on the page")
            continue
        if keep[i]:
            seen.add(norms[i])
            kept_texts.append(block.text)
            kept_lines.append(block.line)
        else:
            reason = late.get(i) or _reason(
                block, float(probs[i]), is_shared[i], dups[i], lex_group[i], word_counts[i]
            )
            if body and _kept_in_body(block, reason, word_counts[i]):
                seen.add(norms[i])
                kept_texts.append(block.text)
                kept_lines.append(block.line)
            else:
                make(i, block.text, reason)
    removed.extend(_REMOVED_LIST.validate_python(pending))
    result.removed = removed
    result.paragraphs, _ = _join_broken(kept_texts, kept_lines)
    return result
