"""The annotate stage: one spaCy pass per article, then the annotators over its Doc.

For each article::

    text -> spaCy (nlp.pipe, batched) -> sentences, entities, quantities, dates, attributions

Everything expensive (the spaCy model, the entity gazetteer, the quantity
tables) is loaded once per process by :func:`load_annotator` and passed in, so
the stage runs the same in this process, in a process pool or on a Dask worker;
``settings.processes`` lets spaCy parse in several processes.

Very long articles are annotated in chunks cut at paragraph breaks (or at
whitespace when a text has none), and the offsets shifted back, so a 5 MB
article gives one record instead of a crash. An article that fails becomes a
:class:`~parallax.model.Rejected` record; the rest of the run goes on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parallax.annotation.attribution import find_attributions
from parallax.annotation.dates import find_dates
from parallax.annotation.entities import EntityResources, find_entities, load_entity_resources
from parallax.annotation.nlp import load_nlp
from parallax.annotation.quantities import QuantityResources, find_quantities, load_quantity_resources
from parallax.annotation.sentences import segment_sentences
from parallax.config import Settings
from parallax.errors import AnnotateError, ParallaxError
from parallax.model import (
    Annotation,
    Article,
    Attribution,
    DateMention,
    EntityMention,
    Quantity,
    Rejected,
    Sentence,
    Span,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["Annotator", "annotate_article", "annotate_articles", "annotate_text", "load_annotator"]

#: Texts are parsed in pieces of at most this many characters (spaCy's own limit is 1,000,000).
CHUNK_CHARS = 100_000

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# A few of the commonest English function words: enough to tell English prose from other languages.
_ENGLISH_MARKERS = frozenset(
    "the of and to in a is that for on with as was by it at from his her he she said are be has have were "
    "an not this which but their they its or who after will been would".split()
)


@dataclass(frozen=True)
class Annotator:
    """Everything the per-article annotators need, loaded once per process."""

    nlp: Language
    entities: EntityResources
    quantities: QuantityResources
    batch_size: int = 32
    chunk_chars: int = CHUNK_CHARS
    max_chars: int = 1_000_000


def load_annotator(settings: Settings | None = None) -> Annotator:
    """Load the spaCy model named in the settings and the annotators' resources."""
    settings = settings or Settings()
    return Annotator(
        nlp=load_nlp(settings.spacy_model),
        entities=load_entity_resources(),
        quantities=load_quantity_resources(),
        batch_size=max(1, settings.batch_size),
        chunk_chars=CHUNK_CHARS,
        max_chars=max(1000, settings.max_annotate_chars),
    )


def looks_english(text: str, sample_words: int = 400) -> bool:
    """True when the text reads as English prose (or is too short to tell)."""
    words = [w.casefold() for w in _WORD.findall(text[:20_000])][:sample_words]
    if len(words) < 20:
        return True
    return sum(w in _ENGLISH_MARKERS for w in words) / len(words) >= 0.12


def split_chunks(text: str, limit: int) -> list[tuple[int, str]]:
    """Cut a text into pieces of at most ``limit`` characters, at paragraph breaks when possible.

    Returns (offset, piece) pairs; the pieces concatenated give the text back.
    """
    if len(text) <= limit:
        return [(0, text)]
    chunks: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            window = text[start:end]
            cut = window.rfind("\n\n")
            if cut < limit // 4:
                cut = window.rfind("\n")
            if cut < limit // 4:
                cut = max(window.rfind(". "), window.rfind(" "))
            if cut >= limit // 4:
                end = start + cut + 1
        chunks.append((start, text[start:end]))
        start = end
    return chunks


def _shift_span(span: Span | None, offset: int) -> Span | None:
    if span is None or offset == 0:
        return span
    return span.model_copy(update={"start": span.start + offset, "end": span.end + offset})


def _annotate_doc(
    doc: Doc, offset: int, published: str | None, annotator: Annotator, english: bool
) -> tuple[list[Sentence], list[EntityMention], list[Quantity], list[DateMention], list[Attribution]]:
    sentences = segment_sentences(doc)
    quantities = find_quantities(doc.text, annotator.quantities, doc)
    if english:
        entities = find_entities(doc, annotator.entities)
        dates = find_dates(doc, published)
        attributions = find_attributions(doc, sentences, entities)
    else:
        entities, dates, attributions = [], [], []
    if offset:
        sentences = [s.model_copy(update={"start": s.start + offset, "end": s.end + offset}) for s in sentences]
        entities = [e.model_copy(update={"start": e.start + offset, "end": e.end + offset}) for e in entities]
        quantities = [
            q.model_copy(
                update={"start": q.start + offset, "end": q.end + offset, "conversion": _shift_span(q.conversion, offset)}
            )
            for q in quantities
        ]
        dates = [d.model_copy(update={"start": d.start + offset, "end": d.end + offset}) for d in dates]
        attributions = [
            a.model_copy(
                update={
                    "speaker": _shift_span(a.speaker, offset),
                    "cue": _shift_span(a.cue, offset),
                    "content": _shift_span(a.content, offset),
                    "via": _shift_span(a.via, offset),
                }
            )
            for a in attributions
        ]
    return sentences, entities, quantities, dates, attributions


def _assemble(article: Article, parts: Sequence[tuple[int, Doc]], annotator: Annotator) -> Annotation:
    english = (article.language in (None, "en")) and looks_english(article.text)
    record = Annotation(id=article.id, source=article.source, published=article.published, text=article.text)
    for offset, doc in parts:
        sentences, entities, quantities, dates, attributions = _annotate_doc(
            doc, offset, article.published, annotator, english
        )
        record.sentences.extend(sentences)
        record.entities.extend(entities)
        record.quantities.extend(quantities)
        record.dates.extend(dates)
        record.attributions.extend(attributions)
    return record


def annotate_article(article: Article, annotator: Annotator) -> Annotation:
    """Annotate one article (its ``text``) and return the record."""
    chunks = split_chunks(article.text, annotator.chunk_chars)
    docs = list(annotator.nlp.pipe([piece for _, piece in chunks], batch_size=annotator.batch_size))
    return _assemble(article, [(offset, doc) for (offset, _), doc in zip(chunks, docs, strict=True)], annotator)


def annotate_text(
    text: str, annotator: Annotator, published: str | None = None, article_id: str = "text"
) -> Annotation:
    """Annotate a plain string as it is (no cleaning)."""
    return annotate_article(Article(id=article_id, source=article_id, published=published, text=text), annotator)


class TooLongError(AnnotateError):
    """An article over the annotation size limit."""

    code = "E301"

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(
            f"article too long to annotate ({size:,} characters, limit {limit:,}; see max_annotate_chars)"
        )


def _rejected(article: Article, exc: BaseException) -> Rejected:
    if isinstance(exc, ParallaxError):
        return Rejected(source=article.source, stage="annotate", reason=exc.message, code=exc.code)
    return Rejected(
        source=article.source, stage="annotate", reason=f"internal error: {type(exc).__name__}: {exc}", code="E300"
    )


def _annotate_batch(
    articles: Sequence[Article], annotator: Annotator, processes: int = 1
) -> list[Annotation | Rejected]:
    """Annotate a batch with one nlp.pipe call; on failure, fall back to one article at a time."""
    too_long = {
        index for index, article in enumerate(articles) if len(article.text) > annotator.max_chars
    }
    jobs: list[tuple[int, int, str]] = []
    for index, article in enumerate(articles):
        if index in too_long:
            continue
        for offset, piece in split_chunks(article.text, annotator.chunk_chars):
            jobs.append((index, offset, piece))
    try:
        texts = [piece for _, _, piece in jobs]
        if processes > 1 and len(texts) > 1:
            docs = list(annotator.nlp.pipe(texts, batch_size=annotator.batch_size, n_process=processes))
        else:
            docs = list(annotator.nlp.pipe(texts, batch_size=annotator.batch_size))
    except Exception:
        docs = []
    if len(docs) != len(jobs):
        out: list[Annotation | Rejected] = []
        for index, article in enumerate(articles):
            if index in too_long:
                out.append(_rejected(article, TooLongError(len(article.text), annotator.max_chars)))
                continue
            try:
                out.append(annotate_article(article, annotator))
            except Exception as exc:  # one bad article never kills a run
                out.append(_rejected(article, exc))
        return out
    parts: list[list[tuple[int, Doc]]] = [[] for _ in articles]
    for (index, offset, _), doc in zip(jobs, docs, strict=True):
        parts[index].append((offset, doc))
    results: list[Annotation | Rejected] = []
    for index, (article, article_parts) in enumerate(zip(articles, parts, strict=True)):
        if index in too_long:
            results.append(_rejected(article, TooLongError(len(article.text), annotator.max_chars)))
            continue
        try:
            results.append(_assemble(article, article_parts, annotator))
        except Exception as exc:  # one bad article never kills a run
            results.append(_rejected(article, exc))
    return results


def annotate_articles(
    articles: Sequence[Article],
    annotator: Annotator,
    settings: Settings | None = None,
    progress: Callable[[int], None] | None = None,
) -> Iterator[Annotation | Rejected]:
    """Annotate many articles in input order, in batches of ``settings.batch_size``.

    With ``settings.processes > 1`` spaCy parses each batch in that many worker
    processes (``nlp.pipe(n_process=...)``); the annotators, which cost a small
    fraction of the parse, run here on the returned Docs.
    """
    settings = settings or Settings()
    processes = max(1, settings.processes)
    size = max(1, settings.batch_size) * processes
    for i in range(0, len(articles), size):
        batch = list(articles[i : i + size])
        yield from _annotate_batch(batch, annotator, processes)
        if progress is not None:
            progress(len(batch))
