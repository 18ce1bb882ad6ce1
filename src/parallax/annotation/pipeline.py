"""The annotate stage: one spaCy pass per article, then the annotators over its Doc.

For each article::

    text -> language check -> spaCy (nlp.pipe, batched) -> sentences, entities, quantities, dates, attributions

The title (``Article.title``) goes through the same ``nlp.pipe`` stream as one more short text after the
body (no second model run): its entities, quantities, dates and attributions are kept in
``Annotation.headline``, indexed into the headline's own text (see :mod:`parallax.annotation.headline`
for how headline style is read).

Everything expensive (the spaCy model, the entity gazetteer, the quantity
tables, the language identifier) is loaded once per process by
:func:`load_annotator` (or held by :class:`parallax.engine.Engine`) and passed in,
so the stage runs the same in this process, in a process pool or on a Dask worker;
``settings.processes`` lets spaCy parse in several processes.

Memory and time stay proportional to the input: long articles are parsed in
pieces of at most :data:`CHUNK_CHARS` characters, cut at paragraph breaks, else at
sentence ends, else at white space (else anywhere), and the offsets shifted back;
one ``nlp.pipe`` batch holds at most :data:`BATCH_CHARS` characters; each Doc is
annotated as soon as spaCy yields it and then dropped; the pieces are cut as spaCy
asks for them, and freed memory is given back to the system as the parse goes
(:mod:`parallax.common.memory`). So a 1 MB single-line article costs the same per
character as a page of news.

An article confidently identified (:class:`~parallax.annotation.nlp.LanguageIdentifier`)
as written in a language the annotators do not support is refused (E302); an
article that fails becomes a :class:`~parallax.model.Rejected` record; the rest of
the run goes on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from parallax.annotation.attribution import find_attributions
from parallax.annotation.dates import find_dates
from parallax.annotation.entities import EntityResources, find_entities, load_entity_resources
from parallax.annotation.headline import as_written, headline_dates, headline_span, parse_form
from parallax.annotation.nlp import LanguageIdentifier, load_nlp, preload_inflect
from parallax.annotation.quantities import QuantityResources, find_quantities, load_quantity_resources
from parallax.annotation.sentences import segment_sentences
from parallax.common.memory import release_memory
from parallax.config import Settings
from parallax.errors import ParallaxError, TooLongError, UnsupportedLanguageError
from parallax.model import (
    Annotation,
    Article,
    Headline,
    Rejected,
    Span,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "Annotator",
    "TooLongError",
    "annotate_article",
    "annotate_articles",
    "annotate_text",
    "chunk_bounds",
    "load_annotator",
    "split_chunks",
]

#: Texts are parsed in pieces of at most this many characters (a long news article is one piece).
CHUNK_CHARS = 10_000
#: One nlp.pipe batch holds at most this many characters (and at most ``batch_size`` texts).
BATCH_CHARS = 10_000
#: Freed memory is given back to the system once every this many characters parsed (a millisecond
#: each time; see :mod:`parallax.common.memory`).
RELEASE_CHARS = 100_000

_SENTENCE_END = re.compile(r"[.!?。！？][\"'”’)\]]*\s")


@dataclass(frozen=True)
class Annotator:
    """Everything the per-article annotators need, loaded once per process, and the stage's options."""

    nlp: Language
    entities: EntityResources
    quantities: QuantityResources
    batch_size: int = 32
    chunk_chars: int = CHUNK_CHARS
    max_chars: int = 1_000_000
    processes: int = 1
    language: LanguageIdentifier = field(default_factory=LanguageIdentifier, compare=False, repr=False)


def load_annotator(settings: Settings | None = None) -> Annotator:
    """Load the spaCy model named in the settings and the annotators' resources."""
    settings = settings or Settings()
    preload_inflect()
    return Annotator(
        nlp=load_nlp(settings.spacy_model),
        entities=load_entity_resources(),
        quantities=load_quantity_resources(),
        batch_size=max(1, settings.batch_size),
        chunk_chars=CHUNK_CHARS,
        max_chars=max(1000, settings.max_annotate_chars),
        processes=max(1, settings.processes),
    )


def _cut(window: str, limit: int) -> int:
    """Where to end a piece of at most ``limit`` characters: paragraph, line, sentence, word, else anywhere."""
    floor = limit // 4
    cut = window.rfind("\n\n")
    if cut >= floor:
        return cut + 1
    cut = window.rfind("\n")
    if cut >= floor:
        return cut + 1
    ends = [m.end() for m in _SENTENCE_END.finditer(window, limit // 2)]
    if ends:
        return ends[-1]
    cut = max(window.rfind(" "), window.rfind("\t"))
    if cut >= floor:
        return cut + 1
    return limit


def chunk_bounds(text: str, limit: int) -> list[tuple[int, int]]:
    """Where to cut a text into pieces of at most ``limit`` characters, at paragraph breaks when possible:
    (start, end) pairs that cover the text."""
    if len(text) <= limit:
        return [(0, len(text))]
    bounds: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            end = start + max(1, _cut(text[start:end], limit))
        bounds.append((start, end))
        start = end
    return bounds


def split_chunks(text: str, limit: int) -> list[tuple[int, str]]:
    """Cut a text into pieces of at most ``limit`` characters, at paragraph breaks when possible.

    Returns (offset, piece) pairs; the pieces concatenated give the text back.
    """
    return [(start, text[start:end]) for start, end in chunk_bounds(text, limit)]


def _shift_span(span: Span | None, offset: int) -> Span | None:
    if span is None or offset == 0:
        return span
    return span.model_copy(update={"start": span.start + offset, "end": span.end + offset})


def _annotate_doc(
    doc: Doc, offset: int, published: str | None, annotator: Annotator, record: Annotation
) -> None:
    """Run every annotator over one parsed piece and add its findings (offsets shifted) to the record."""
    sentences = segment_sentences(doc)
    quantities = find_quantities(doc.text, annotator.quantities, doc)
    entities = find_entities(doc, annotator.entities)
    dates = find_dates(doc, published)
    attributions = find_attributions(doc, sentences, entities)
    if offset:
        sentences = [
            s.model_copy(update={"start": s.start + offset, "end": s.end + offset}) for s in sentences
        ]
        entities = [e.model_copy(update={"start": e.start + offset, "end": e.end + offset}) for e in entities]
        quantities = [
            q.model_copy(
                update={
                    "start": q.start + offset,
                    "end": q.end + offset,
                    "conversion": _shift_span(q.conversion, offset),
                }
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
    record.sentences.extend(sentences)
    record.entities.extend(entities)
    record.quantities.extend(quantities)
    record.dates.extend(dates)
    record.attributions.extend(attributions)


def _new_record(article: Article) -> Annotation:
    return Annotation(id=article.id, source=article.source, published=article.published, text=article.text)


#: Marks a job (see :func:`_jobs`) that parses the article's title rather than a piece of its body.
HEADLINE = -1


def headline_text(article: Article) -> str:
    """The part of the title that is read (:func:`~parallax.annotation.headline.headline_span`), or ''."""
    if not article.title or not article.title.strip():
        return ""
    start, end = headline_span(article.title)
    return article.title[start:end]


def _jobs(article: Article, index: int, limit: int) -> list[tuple[int, int, int]]:
    """(index, start, end) of the body pieces to parse, then (index, HEADLINE, length) for the title."""
    jobs = [(index, start, end) for start, end in chunk_bounds(article.text, limit)]
    headline = headline_text(article)
    if headline and len(headline) <= limit:
        jobs.append((index, HEADLINE, len(headline)))
    return jobs


def _job_text(article: Article, start: int, end: int) -> str:
    return parse_form(headline_text(article)) if start == HEADLINE else article.text[start:end]


def _annotate_headline(doc: Doc, article: Article, annotator: Annotator, record: Annotation) -> None:
    """The title's findings, from its parse in the same stream as the body, as ``record.headline``."""
    sentences = segment_sentences(doc)
    entities = find_entities(doc, annotator.entities)
    record.headline = as_written(
        Headline(
            text=headline_text(article),
            entities=entities,
            quantities=find_quantities(doc.text, annotator.quantities, doc),
            dates=headline_dates(doc, article.published),
            attributions=find_attributions(doc, sentences, entities),
        )
    )


def _annotate_job(
    doc: Doc, start: int, end: int, article: Article, annotator: Annotator, record: Annotation
) -> None:
    if start == HEADLINE:
        _annotate_headline(doc, article, annotator, record)
    else:
        _annotate_doc(doc, start, article.published, annotator, record)


def _parsed_chars(start: int, end: int) -> int:
    return end if start == HEADLINE else end - start


def _pipe_batch(annotator: Annotator, longest: int) -> int:
    return max(1, min(annotator.batch_size, BATCH_CHARS // max(1, longest)))


def annotate_article(article: Article, annotator: Annotator) -> Annotation:
    """Annotate one article (its ``text`` and its title) as English and return the record (no size or
    language check)."""
    jobs = _jobs(article, 0, annotator.chunk_chars)
    record = _new_record(article)
    pieces = (_job_text(article, start, end) for _, start, end in jobs)
    batch = _pipe_batch(annotator, max(_parsed_chars(start, end) for _, start, end in jobs))
    released = 0
    for (_, start, end), doc in zip(jobs, annotator.nlp.pipe(pieces, batch_size=batch), strict=True):
        _annotate_job(doc, start, end, article, annotator, record)
        released = _release_every(released + _parsed_chars(start, end))
    release_memory()
    return record


def _release_every(parsed: int) -> int:
    """Give freed memory back (:func:`~parallax.common.memory.release_memory`) once every
    :data:`RELEASE_CHARS` characters parsed; returns the characters parsed since."""
    if parsed < RELEASE_CHARS:
        return parsed
    release_memory()
    return 0


def annotate_text(
    text: str, annotator: Annotator, published: str | None = None, article_id: str = "text"
) -> Annotation:
    """Annotate a plain string as it is (no cleaning)."""
    return annotate_article(
        Article(id=article_id, source=article_id, published=published, text=text), annotator
    )


def check_article(article: Article, annotator: Annotator) -> None:
    """Raise TooLongError (E301) or UnsupportedLanguageError (E302) for an article the stage refuses."""
    if len(article.text) > annotator.max_chars:
        raise TooLongError(len(article.text), annotator.max_chars, article.source)
    language = annotator.language.unsupported(article.text)
    if language is not None:
        raise UnsupportedLanguageError(language, article.source)


def _rejected(article: Article, exc: BaseException) -> Rejected:
    if isinstance(exc, ParallaxError):
        return Rejected(source=article.source, stage="annotate", reason=exc.message, code=exc.code)
    return Rejected(
        source=article.source,
        stage="annotate",
        reason=f"internal error: {type(exc).__name__}: {exc}",
        code="E300",
    )


def _annotate_batch(
    articles: Sequence[Article], annotator: Annotator, processes: int = 1
) -> list[Annotation | Rejected]:
    """Annotate a batch with one nlp.pipe stream; if spaCy fails, fall back to one article at a time."""
    results: list[Annotation | Rejected] = []
    jobs: list[tuple[int, int, int]] = []
    for index, article in enumerate(articles):
        try:
            check_article(article, annotator)
        except Exception as exc:  # one bad article never kills a run
            results.append(_rejected(article, exc))
            continue
        results.append(_new_record(article))
        jobs.extend(_jobs(article, index, annotator.chunk_chars))
    if not jobs:
        return results
    # The pieces are cut as spaCy asks for them: no copy of every text is held.
    texts = (_job_text(articles[index], start, end) for index, start, end in jobs)
    batch = _pipe_batch(annotator, max(_parsed_chars(start, end) for _, start, end in jobs))
    released = 0
    try:
        if processes > 1 and len(jobs) > 1:
            docs = annotator.nlp.pipe(texts, batch_size=batch, n_process=processes)
        else:
            docs = annotator.nlp.pipe(texts, batch_size=batch)
        for (index, offset, end), doc in zip(jobs, docs, strict=True):
            record = results[index]
            if isinstance(record, Annotation):
                try:
                    _annotate_job(doc, offset, end, articles[index], annotator, record)
                except Exception as exc:  # one bad article never kills a run
                    results[index] = _rejected(articles[index], exc)
            released = _release_every(released + _parsed_chars(offset, end))
        release_memory()
    except Exception:
        # spaCy itself failed on this batch: redo the articles one by one so only the bad one is lost.
        for index in sorted({index for index, _, _ in jobs}):
            try:
                results[index] = annotate_article(articles[index], annotator)
            except Exception as exc:  # one bad article never kills a run
                results[index] = _rejected(articles[index], exc)
    return results


def annotate_articles(
    articles: Sequence[Article],
    annotator: Annotator,
    settings: Settings | None = None,
    progress: Callable[[int], None] | None = None,
) -> Iterator[Annotation | Rejected]:
    """Annotate many articles in input order, in batches of ``batch_size`` articles.

    With more than one process (``settings.processes``, else the annotator's own)
    spaCy parses each batch in that many worker processes (``nlp.pipe(n_process=...)``);
    the annotators, which cost a small fraction of the parse, run here on the returned Docs.
    """
    processes = max(1, settings.processes if settings is not None else annotator.processes)
    batch_size = max(1, settings.batch_size if settings is not None else annotator.batch_size)
    size = batch_size * processes
    for i in range(0, len(articles), size):
        batch = list(articles[i : i + size])
        yield from _annotate_batch(batch, annotator, processes)
        if progress is not None:
            progress(len(batch))
