"""The clean stage: documents in, clean articles (or rejections) out.

Text inputs (page dumps, JSONL ``text``) go through the learned text cleaner
(:mod:`parallax.cleaning.text`); HTML inputs through trafilatura
(:mod:`parallax.cleaning.html`). Blocks repeated across several dumps of the same
site are found over the whole batch first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence

from parallax.cleaning.html import extract_html
from parallax.cleaning.text import CleanerModel, clean_dump, find_shared_blocks
from parallax.errors import CleanError, ParallaxError
from parallax.model import Article, Document, Rejected, RemovedBlock

__all__ = ["clean_documents", "normalize_published"]


def normalize_published(value: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD) for a publication date given in any common form, else None."""
    if not value or not value.strip():
        return None
    text = value.strip()
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date().isoformat() if parsed else None


def _same(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _clean_text_document(doc: Document, model: CleanerModel, shared: frozenset[str]) -> Article:
    assert doc.text is not None
    cleaned = clean_dump(doc.text, model, shared)
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
        outlet=doc.outlet or cleaned.outlet,
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
        outlet=doc.outlet or page.outlet,
        published=normalize_published(doc.published or page.published),
        url=doc.url or page.url,
        language=page.language,
        text="\n\n".join(page.paragraphs),
        removed=[RemovedBlock(text=t, reason="headline repeated in the body") for t in page.removed_heading],
    )


def clean_documents(
    documents: Sequence[Document],
    model: CleanerModel,
    progress: Callable[[int], None] | None = None,
) -> Iterator[Article | Rejected]:
    """Clean every document; one that fails becomes a Rejected record, the rest go on."""
    text_docs = [d for d in documents if d.text is not None]
    shared_sets = find_shared_blocks([d.text or "" for d in text_docs]) if len(text_docs) > 1 else []
    shared_by_id = {id(d): s for d, s in zip(text_docs, shared_sets, strict=False)}
    for doc in documents:
        try:
            if doc.text is not None:
                yield _clean_text_document(doc, model, shared_by_id.get(id(doc), frozenset()))
            else:
                yield _clean_html_document(doc)
        except ParallaxError as exc:
            yield Rejected(source=doc.source, stage="clean", reason=exc.message, code=exc.code)
        except Exception as exc:  # one bad article never kills a run
            yield Rejected(
                source=doc.source, stage="clean", reason=f"internal error: {type(exc).__name__}: {exc}", code="E200"
            )
        if progress is not None:
            progress(1)
