"""The HTML pages: stories, one story, one entity, one article (Jinja2, every value autoescaped)."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from importlib import resources
from typing import Annotated, Any
from urllib.parse import quote, urlsplit

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from parallax.common.outlets import reader_outlet
from parallax.render.view import StoryView, plural, story_view
from parallax.render.wording import kind_name, source_numbers, when
from parallax.web.cache import PageCache
from parallax.web.reader import HistoryEvent, SortKey, StoreReader
from parallax.web.segments import article_pieces, claim_anchor

PAGE_SIZE = 50
ENTITIES_SHOWN = 500
SORTS = (("recent", "last update"), ("size", "articles"), ("disputes", "open disputes"))


def environment() -> Environment:
    """The pages' Jinja2 environment: autoescape everywhere (every template and string)."""
    folder = str(resources.files("parallax") / "web" / "templates")
    env = Environment(
        loader=FileSystemLoader(folder),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        plural=plural,
        claim_anchor=claim_anchor,
        safe_url=safe_url,
        event_text=event_text,
        kind_name=kind_name,
        source_numbers=source_numbers,
        cite_sources=cite_sources,
        when=when,
    )
    return env


def safe_url(url: str) -> bool:
    """Only http(s) links to an article's original page are shown (never javascript: or data:)."""
    return urlsplit(url).scheme in {"http", "https"}


def citations(view: StoryView) -> tuple[dict[str, Markup], dict[str, Markup]]:
    """Each claim's citation link (to its sentence on the article page) and each article's link, made once
    per page: '[2]', titled and labelled with the source's number and outlet."""

    def link(href: str, article_id: str) -> Markup:
        label = escape(view.cite_title(article_id))
        number = escape(view.number.get(article_id, "?"))
        return Markup(
            f'<a class="cite" href="{escape(href)}" title="{label}" aria-label="{label}">[{number}]</a>'
        )

    claims = {
        c.id: link(f"/articles/{quote(c.article_id)}#{claim_anchor(c.id)}", c.article_id)
        for c in view.story.claims
    }
    articles = {a: link(f"/articles/{quote(a)}", a) for a in view.number}
    return claims, articles


def cite_sources(
    view: StoryView,
    cites: Mapping[str, Markup],
    source_links: Mapping[str, Markup],
    claim_ids: Sequence[str],
    article_ids: Sequence[str] = (),
) -> Markup:
    """The citations of a summary sentence or a timeline event: one link per source, in source order, to
    the first of its claims that the sentence rests on (a sentence drawn from 20 claims of two outlets
    shows [1][2], not twenty links); the articles' own links when no claim is known."""
    links = (
        cites.get(c.claim_id) if c.claim_id else source_links.get(c.article_id)
        for c in view.cited(claim_ids, article_ids)
    )
    return Markup("").join(link for link in links if link is not None)


def event_text(event: HistoryEvent) -> str:
    if event.kind == "created":
        return f"story started (version {event.version})"
    if event.kind == "added":
        return f"article added (version {event.version})"
    if event.kind == "moved":
        return f"article moved in from another story (version {event.version})"
    if event.kind == "merged":
        return f"another story merged in (version {event.version})"
    return f"{event.kind} (version {event.version})"


def page(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    env: Environment = request.app.state.templates
    context.setdefault("query", None)
    return HTMLResponse(env.get_template(template).render(**context), status_code=status_code)


def cached(request: Request, build: Callable[[], HTMLResponse]) -> HTMLResponse:
    """The page from the app's page cache when the store has not changed since it was rendered."""
    cache: PageCache | None = request.app.state.page_cache
    if cache is None or cache.size <= 0:
        return build()
    key = (request.url.path, str(request.query_params), reader_of(request).fingerprint())
    hit = cache.get(key)
    if hit is not None:
        return HTMLResponse(hit[0], status_code=hit[1])
    response = build()
    cache.put(key, bytes(response.body), response.status_code)
    return response


def error_page(request: Request, status: int, heading: str, message: str) -> HTMLResponse:
    """An error as a page (for people; the API answers errors in JSON)."""
    return page(request, "error.html.j2", status_code=status, status=status, heading=heading, message=message)


def not_found(request: Request, what: str) -> HTMLResponse:
    return error_page(request, 404, "Not found", f"There is no {what} with this id in the store.")


def reader_of(request: Request) -> StoreReader:
    reader: StoreReader = request.app.state.reader
    return reader


router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def stories_page(
    request: Request,
    q: Annotated[str | None, Query(max_length=200)] = None,
    sort: SortKey = "recent",
    page_number: Annotated[int, Query(alias="page", ge=1, le=100_000)] = 1,
) -> HTMLResponse:
    return cached(request, lambda: _stories(request, q, sort, page_number))


def _stories(request: Request, q: str | None, sort: SortKey, page_number: int) -> HTMLResponse:
    reader = reader_of(request)
    lines, total = reader.stories(sort, q, limit=PAGE_SIZE, offset=(page_number - 1) * PAGE_SIZE)
    return page(
        request,
        "stories.html.j2",
        stories=lines,
        total=total,
        query=q.strip() if q else None,
        sort=sort,
        sorts=SORTS,
        page=page_number,
        pages=max(1, math.ceil(total / PAGE_SIZE)),
    )


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str) -> HTMLResponse:
    return cached(request, lambda: _story_page(request, story_id))


def _story_page(request: Request, story_id: str) -> HTMLResponse:
    reader = reader_of(request)
    report = reader.story_report(story_id)
    line = reader.story_line(story_id)
    if report is None or line is None:
        return not_found(request, "story")
    story = report.stories[0]
    view = story_view(report, story)
    cites, source_links = citations(view)
    entities = reader.entities()
    entity_of = {e.id: entities.by_member.get((story_id, e.id)) for e in story.entities}
    return page(
        request,
        "story.html.j2",
        view=view,
        cites=cites,
        source_links=source_links,
        line=line,
        entity_of=entity_of,
        history=reader.history(story_id),
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    return cached(request, lambda: _article_page(request, article_id))


def _article_page(request: Request, article_id: str) -> HTMLResponse:
    reader = reader_of(request)
    stored = reader.article(article_id)
    if stored is None:
        return not_found(request, "article")
    story = reader.story(stored.story_id) if stored.story_id else None
    claims = [c for c in story.claims if c.article_id == article_id] if story else []
    number = None
    if story is not None:
        report = reader.story_report(story.id)
        if report is not None:
            number = story_view(report, story).number.get(article_id)
    article = stored.article
    return page(
        request,
        "article.html.j2",
        stored=stored,
        story=story,
        number=number,
        claims=len(claims),
        outlet=reader_outlet(article.outlet, article.source),
        paragraphs=article_pieces(
            article.text, stored.annotation.sentences, [c for c in claims if not c.headline]
        ),
    )


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request, q: Annotated[str | None, Query(max_length=200)] = None) -> HTMLResponse:
    return cached(request, lambda: _entities_page(request, q.strip() if q else None))


def _entities_page(request: Request, q: str | None) -> HTMLResponse:
    entities = reader_of(request).entities().entities
    if q:  # part of a name as written, as the API's ?q=
        needle = q.casefold()
        entities = [e for e in entities if any(needle in v.text.casefold() for v in e.variants)]
    return page(
        request,
        "entities.html.j2",
        shown=entities[:ENTITIES_SHOWN],
        total=len(entities),
        entity_query=q,
    )


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str) -> HTMLResponse:
    return cached(request, lambda: _entity_page(request, entity_id))


def _entity_page(request: Request, entity_id: str) -> HTMLResponse:
    reader = reader_of(request)
    entity = reader.entities().get(entity_id)
    if entity is None:
        return not_found(request, "entity")
    return page(request, "entity.html.j2", entity=entity, stories=reader.story_lines(entity.story_ids))
