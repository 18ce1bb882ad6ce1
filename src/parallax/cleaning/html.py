"""HTML pages: the article and its metadata, extracted with trafilatura."""

from __future__ import annotations

import html as html_escapes
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from parallax.cleaning.outlets import outlet_in_furniture
from parallax.errors import CleanError

MIN_BODY_WORDS = 10


@dataclass
class ExtractedHtml:
    paragraphs: list[str]
    title: str | None = None
    dek: str | None = None
    byline: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None
    removed_heading: list[str] = field(default_factory=list)


_HIDDEN = re.compile(r"<(script|style|noscript)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_TAG = re.compile(r"<[^>]*>")
# The page's own furniture is read for the outlet's name in at most this many characters of HTML.
_FURNITURE_CHARS = 2_000_000


def _text_pieces(page: str) -> Iterator[str]:
    """The text between the tags of an HTML page (scripts and styles left out), one piece at a time."""
    for piece in _TAG.split(_HIDDEN.sub(" ", page[:_FURNITURE_CHARS])):
        text = " ".join(html_escapes.unescape(piece).split())
        if text:
            yield text


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def extract_html(html: str, source: str, url: str | None = None) -> ExtractedHtml:
    """Extract the article body (paragraphs) and metadata from an HTML page.

    Raises CleanError when no article text can be found (empty, truncated or
    non-article HTML).
    """
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura/lxml raise many kinds on broken markup
        raise CleanError(f"HTML could not be parsed ({type(exc).__name__}: {exc})", source) from exc
    body = str(getattr(result, "text", None) or "")
    if not body.strip():
        raise CleanError("no article text found in the HTML", source)
    title = getattr(result, "title", None) or None
    dek = getattr(result, "description", None) or None
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    removed: list[str] = []
    # trafilatura keeps the headline (and sometimes the standfirst) as the first lines of the text.
    while lines and _norm(lines[0]) in {_norm(title or ""), _norm(dek or "")}:
        removed.append(lines.pop(0))
    if not lines:
        raise CleanError("the HTML holds a title but no article body", source)
    words = sum(len(line.split()) for line in lines)
    if words < MIN_BODY_WORDS:
        raise CleanError(f"no article text found in the HTML (only {words} words of text)", source)
    return ExtractedHtml(
        paragraphs=lines,
        title=title,
        dek=dek,
        byline=getattr(result, "author", None) or None,
        outlet=getattr(result, "sitename", None) or outlet_in_furniture(_text_pieces(html)),
        published=getattr(result, "date", None) or None,
        url=getattr(result, "url", None) or url,
        language=getattr(result, "language", None) or None,
        removed_heading=removed,
    )
