"""One web page -> a :class:`~parallax.model.Document`, cleaned like an HTML file.

The page's bytes are decoded as a file's are (:func:`parallax.ingest.decode.decode_bytes`, after the
charset the server names), and the document goes through the clean stage with the other inputs: trafilatura
reads the body, title, author, date and site name (``og:site_name``, the publisher), and when the page
names no site, the host name made readable is the outlet (:func:`parallax.cleaning.outlets.outlet_from_host`).
The address asked for is the article's ``source``; the address the page came from (after redirects) its ``url``.
"""

from __future__ import annotations

import codecs
import re

from parallax.fetch.client import PAGE_TYPES, Fetched, PoliteClient
from parallax.ingest.decode import decode_bytes
from parallax.model import Document

_ID_PART = re.compile(r"[^\w.-]+")


def document_id(url: str) -> str:
    """A readable id for a page: its host and the last part of its path ("news.example-ferry-sinks")."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    last = [p for p in parts.path.split("/") if p]
    name = f"{parts.hostname or 'page'}-{last[-1]}" if last else parts.hostname or "page"
    return _ID_PART.sub("-", name).strip("-")[:120] or "page"


def decode_page(answer: Fetched, source: str) -> tuple[str, str]:
    """The page's text and the encoding used: the server's charset when it names a known one and the bytes
    are valid in it, else the file decoder's choice (byte-order marks, UTF-8, legacy encodings)."""
    charset = answer.charset
    if charset:
        try:
            name = codecs.lookup(charset).name
            text = answer.content.decode(name)
            if text.strip():
                return text.replace("\r\n", "\n").replace("\r", "\n"), name
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(answer.content, source)


def page_document(answer: Fetched, source: str) -> Document:
    """A fetched answer as a document (``html``, or ``text`` for text/plain). Raises InputError (empty or
    binary body)."""
    text, encoding = decode_page(answer, source)
    kind = "text" if answer.media_type == "text/plain" else "html"
    return Document(
        id=document_id(answer.url),
        source=source,
        kind=kind,
        html=text if kind == "html" else None,
        text=text if kind == "text" else None,
        url=answer.url,
        encoding=encoding,
    )


def fetch_page(client: PoliteClient, url: str) -> Document:
    """Fetch one page (HTML, XHTML or text) as a document. Raises FetchError subclasses or InputError."""
    return page_document(client.get(url, types=PAGE_TYPES), url)
