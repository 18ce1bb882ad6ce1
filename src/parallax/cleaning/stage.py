"""The clean stage: documents in, clean articles (or rejections) out.

Text inputs (page dumps, JSONL ``text``) go through the learned text cleaner
(:mod:`parallax.cleaning.text`); HTML inputs through trafilatura
(:mod:`parallax.cleaning.html`). A JSONL record's ``text`` is an article body:
the cleaner may trim its headline and obvious furniture, never the body.

Over the whole batch, first: which page dumps are copies of one another
(:mod:`parallax.cleaning.copies`), then the furniture of their sites, learned
only from header and footer lines that several non-copy dumps share
(:func:`~parallax.cleaning.text.find_site_furniture`). After cleaning, every
article that copies an earlier one records it in ``copy_of``; its body is kept
whole. A body shorter than :data:`MIN_ARTICLE_WORDS` (a truncated page, a
fragment) is rejected as too short to be an article (E201).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import PurePath
from typing import TypeVar

from parallax.cleaning.copies import CopyFinder, find_copies
from parallax.cleaning.html import extract_html
from parallax.cleaning.outlets import is_host_name, outlet_from_host, outlet_from_name, readable_outlet
from parallax.cleaning.text import CleanerModel, clean_dump, find_site_furniture
from parallax.common.published import normalize_published
from parallax.errors import CleanError, ParallaxError, TooShortError
from parallax.ingest.decode import strip_controls
from parallax.model import Article, Document, Rejected, RemovedBlock

RecordT = TypeVar("RecordT", Document, Article)

__all__ = [
    "MIN_ARTICLE_WORDS",
    "CopyLinker",
    "article_words",
    "clean_document",
    "clean_documents",
    "normalize_published",
    "site_furniture",
]

# The shortest body taken as an article, in words; in scripts written without spaces (Chinese, Japanese,
# Thai...) two characters count as one word. Checked against the development pages: their shortest real
# body is far longer (docs/bench/cleaner_robustness.md).
MIN_ARTICLE_WORDS = 30


def article_words(text: str) -> float:
    """Words of a text for :data:`MIN_ARTICLE_WORDS`: space-separated words, with every two characters of a
    script written without spaces (CJK, kana, Thai, Lao, Khmer, Myanmar) counted as one word."""
    unspaced = sum(1 for c in text if _unspaced(c))
    if not unspaced:
        return float(len(text.split()))
    spaced = "".join(" " if _unspaced(c) else c for c in text)
    return len(spaced.split()) + unspaced / 2


def _unspaced(char: str) -> bool:
    code = ord(char)
    return (
        0x0E00 <= code <= 0x0EFF  # Thai, Lao
        or 0x1000 <= code <= 0x109F  # Myanmar
        or 0x1780 <= code <= 0x17FF  # Khmer
        or 0x3040 <= code <= 0x30FF  # kana
        or 0x3400 <= code <= 0x4DBF  # CJK extension A
        or 0x4E00 <= code <= 0x9FFF  # CJK
        or 0xF900 <= code <= 0xFAFF  # CJK compatibility
        or 0x20000 <= code <= 0x2FA1F  # CJK extensions
    )


def _check_length(article: Article) -> Article:
    words = article_words(article.text)
    if words < MIN_ARTICLE_WORDS:
        raise TooShortError(
            f"too short to be an article ({words:g} words; the minimum is {MIN_ARTICLE_WORDS})",
            article.source,
        )
    return article


def _same(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _clean_text_document(doc: Document, model: CleanerModel, shared: frozenset[str]) -> Article:
    assert doc.text is not None
    cleaned = clean_dump(doc.text, model, shared, body=doc.kind == "jsonl")
    paragraphs = list(cleaned.paragraphs)
    title, dek = cleaned.title, cleaned.dek
    if doc.title:
        # The record names its title; a different first line the cleaner took for a title is body text.
        if dek and not _same(dek, doc.title) and len(dek.split()) > 12:
            paragraphs.insert(0, dek)
            dek = None
        if title and not _same(title, doc.title) and len(title.split()) > 12:
            paragraphs.insert(0, title)
        title = doc.title
    if not paragraphs:
        raise CleanError("no article body found (everything looked like page furniture)", doc.source)
    return Article(
        id=doc.id,
        source=doc.source,
        title=title,
        dek=dek,
        byline=doc.byline or cleaned.byline,
        outlet=_outlet(doc, cleaned.outlet),
        published=normalize_published(doc.published),
        url=doc.url,
        language=cleaned.language,
        text="\n\n".join(paragraphs),
        removed=cleaned.removed,
    )


def _clean_html_document(doc: Document) -> Article:
    assert doc.html is not None
    page = extract_html(doc.html, doc.source, doc.url)
    return Article(
        id=doc.id,
        source=doc.source,
        title=doc.title or page.title,
        dek=page.dek,
        byline=doc.byline or page.byline,
        outlet=_outlet(doc, page.outlet, doc.url or page.url),
        published=normalize_published(doc.published or page.published),
        url=doc.url or page.url,
        language=page.language,
        text="\n\n".join(page.paragraphs),
        removed=[RemovedBlock(text=t, reason="headline repeated in the body") for t in page.removed_heading],
    )


def _outlet(doc: Document, found: str | None, url: str | None = None) -> str | None:
    """The outlet as a reader knows it: the record's, else what the page says (metadata, byline, title,
    copyright, newsletter or membership lines), else the page's web address's host made readable, else the
    file's name; never a hash-like id."""
    if found and is_host_name(found, url):
        found = None  # trafilatura's fallback when the page names no site: the host, read below
    for candidate in (doc.outlet, found):
        name = readable_outlet(candidate)
        if name:
            return name
    if url and "://" in url:
        return outlet_from_host(url)
    if "://" in doc.source:  # a web page: its path's last part is no outlet's name
        return None
    return outlet_from_name(PurePath(doc.source).stem) if doc.kind != "jsonl" else None


def site_furniture(documents: Sequence[Document]) -> list[frozenset[str]]:
    """For each document, the furniture lines of its site learned over the whole batch (page dumps only).

    The one step of the stage that looks at several documents at once; the rest is per document
    (:func:`clean_document`) and then in order (:class:`CopyLinker`), so it can run in worker processes.
    """
    dumps = [d for d in documents if d.text is not None and d.kind != "jsonl"]
    furniture: dict[int, frozenset[str]] = {}
    if len(dumps) > 1:
        texts = [d.text or "" for d in dumps]
        sets = find_site_furniture(texts, find_copies(texts))
        furniture = {id(d): s for d, s in zip(dumps, sets, strict=True) if s}
    return [furniture.get(id(d), frozenset()) for d in documents]


def clean_document(
    doc: Document, model: CleanerModel, furniture: frozenset[str] = frozenset()
) -> Article | Rejected:
    """Clean one document (``furniture``: its site's lines from :func:`site_furniture`); never raises."""
    try:
        doc = _without_controls(doc)
        if doc.text is not None:
            article = _clean_text_document(doc, model, furniture)
        else:
            article = _clean_html_document(doc)
        return _check_length(_without_controls(article))
    except ParallaxError as exc:
        return Rejected(source=doc.source, stage="clean", reason=exc.message, code=exc.code)
    except Exception as exc:  # one bad article never kills a run
        return Rejected(
            source=doc.source,
            stage="clean",
            reason=f"internal error: {type(exc).__name__}: {exc}",
            code="E200",
        )


_TEXT_FIELDS = ("id", "text", "html", "title", "dek", "byline", "outlet", "published", "url")


def _without_controls(record: RecordT) -> RecordT:
    """The record with stray control characters taken out of its text fields (a NUL in a JSONL string,
    an escape sequence in a title): they would break parsers and databases and reach terminals."""
    update = {}
    for name in _TEXT_FIELDS:
        value = getattr(record, name, None)
        if isinstance(value, str):
            stripped = strip_controls(value)
            if stripped != value:
                update[name] = stripped
    return record.model_copy(update=update) if update else record


class CopyLinker:
    """Fed the clean articles in input order, marks each one that copies an earlier one (``copy_of``)."""

    def __init__(self) -> None:
        self._copies = CopyFinder()
        self._ids: list[str] = []

    def link(self, article: Article) -> Article:
        first = self._copies.add(article.text)
        self._ids.append(article.id)
        if first is not None:
            return article.model_copy(update={"copy_of": self._ids[first]})
        return article


def clean_documents(
    documents: Sequence[Document],
    model: CleanerModel,
    progress: Callable[[int], None] | None = None,
) -> Iterator[Article | Rejected]:
    """Clean every document; one that fails becomes a Rejected record, the rest go on.

    Articles come out in input order; an article whose body copies an earlier one's carries its id in
    ``copy_of``.
    """
    linker = CopyLinker()
    for doc, furniture in zip(documents, site_furniture(documents), strict=True):
        result = clean_document(doc, model, furniture)
        yield linker.link(result) if isinstance(result, Article) else result
        if progress is not None:
            progress(1)
