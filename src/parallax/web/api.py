"""The JSON API under ``/api``: the records of :mod:`parallax.model` (the same as ``analyze --json``).

Reading needs nothing. Adding articles (``POST /api/articles``) is off (403) unless the app was given a
token (``PARALLAX_TOKEN``), and then needs ``Authorization: Bearer <token>``.
"""

from __future__ import annotations

import hmac
import threading
import uuid
from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from parallax.common.published import normalize_published
from parallax.model import Annotation, Article, Document, Rejected, Story, Variant
from parallax.web.reader import SortKey, StoreReader

#: Longest article text or HTML accepted (characters); the request body limit applies before this.
MAX_TEXT = 1_000_000


class Health(BaseModel):
    status: Literal["ok"] = "ok"


class StorySummary(BaseModel):
    """One story as the stories list gives it."""

    id: str
    title: str
    outlets: list[str]
    articles: int
    disputes: int = Field(description="Contradictions, disagreements and evolving figures.")
    updated: datetime
    version: int


class StoryList(BaseModel):
    total: int
    stories: list[StorySummary]


class StoredArticleOut(BaseModel):
    """A stored article: the clean article, its annotation, and its story."""

    article: Article
    annotation: Annotation
    story_id: str | None


class StoreEntityOut(BaseModel):
    """An entity resolved across the whole store: its spelling variants and every story that names it."""

    id: str
    name: str
    label: str
    variants: list[Variant]
    story_ids: list[str]
    article_ids: list[str]


class EntityList(BaseModel):
    total: int
    entities: list[StoreEntityOut]


class NewArticle(BaseModel):
    """An article to add: exactly one of ``text``, ``html`` or ``url``, and what is known about it."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(default=None, max_length=MAX_TEXT, description="The article as plain text.")
    html: str | None = Field(default=None, max_length=MAX_TEXT, description="The article's HTML page.")
    url: str | None = Field(default=None, max_length=2000, description="A page to fetch.")
    title: str | None = Field(default=None, max_length=1000)
    outlet: str | None = Field(default=None, max_length=200)
    byline: str | None = Field(default=None, max_length=500)
    published: str | None = Field(default=None, max_length=40, description="YYYY-MM-DD")

    @model_validator(mode="after")
    def _one_input(self) -> NewArticle:
        given = [name for name in ("text", "html", "url") if getattr(self, name) not in (None, "")]
        if len(given) != 1:
            raise ValueError("give exactly one of text, html or url")
        if self.text is not None and not self.text.strip():
            raise ValueError("text is empty")
        if self.url is not None and not self.url.startswith(("http://", "https://")):
            raise ValueError("url must start with http:// or https://")
        return self

    @field_validator("published")
    @classmethod
    def _date(cls, value: str | None) -> str | None:
        if value is None:
            return None
        date = normalize_published(value)
        if date is None:
            raise ValueError(f"published {value!r} is not a date (YYYY-MM-DD)")
        return date


class AddOut(BaseModel):
    added: list[str]
    copies: list[str]
    duplicates: list[str]
    rejected: list[Rejected]
    stories_created: list[str]
    stories_updated: list[str]


def reader_of(request: Request) -> StoreReader:
    reader: StoreReader = request.app.state.reader
    return reader


router = APIRouter(prefix="/api", tags=["api"])


@router.get("/health", response_model=Health)
def health() -> Health:
    """A constant answer: the app is up (no store access)."""
    return Health()


@router.get("/stories", response_model=StoryList)
def list_stories(
    request: Request,
    q: Annotated[str | None, Query(max_length=200, description="Words every hit contains.")] = None,
    sort: SortKey = "recent",
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> StoryList:
    """Stories, newest first (or by size, or by open disputes); with ``q``, those matching every word."""
    lines, total = reader_of(request).stories(sort, q, limit=limit, offset=offset)
    return StoryList(
        total=total,
        stories=[
            StorySummary(
                id=s.id,
                title=s.title,
                outlets=s.outlets,
                articles=s.articles,
                disputes=s.disputes,
                updated=s.updated,
                version=s.version,
            )
            for s in lines
        ],
    )


@router.get("/stories/{story_id}", response_model=Story, responses={404: {"description": "No such story"}})
def get_story(request: Request, story_id: str) -> Story:
    """One story: entities, claims, comparisons, summary, timeline (as in ``analyze --json``)."""
    story = reader_of(request).story(story_id)
    if story is None:
        raise HTTPException(404, f"no story {story_id!r}")
    return story


@router.get(
    "/articles/{article_id}",
    response_model=StoredArticleOut,
    responses={404: {"description": "No such article"}},
)
def get_article(request: Request, article_id: str) -> StoredArticleOut:
    stored = reader_of(request).article(article_id)
    if stored is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return StoredArticleOut(article=stored.article, annotation=stored.annotation, story_id=stored.story_id)


def _entity_out(entity: object) -> StoreEntityOut:
    return StoreEntityOut.model_validate(entity, from_attributes=True)


@router.get("/entities", response_model=EntityList)
def list_entities(
    request: Request,
    q: Annotated[str | None, Query(max_length=200, description="Part of a name or variant.")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> EntityList:
    """Entities resolved across the whole store, the ones in most stories first."""
    entities = reader_of(request).entities().entities
    if q and q.strip():
        needle = q.strip().casefold()
        entities = [e for e in entities if any(needle in v.text.casefold() for v in e.variants)]
    return EntityList(
        total=len(entities), entities=[_entity_out(e) for e in entities[offset : offset + limit]]
    )


@router.get(
    "/entities/{entity_id}",
    response_model=StoreEntityOut,
    responses={404: {"description": "No such entity"}},
)
def get_entity(request: Request, entity_id: str) -> StoreEntityOut:
    entity = reader_of(request).entities().get(entity_id)
    if entity is None:
        raise HTTPException(404, f"no entity {entity_id!r}")
    return _entity_out(entity)


def require_token(request: Request) -> None:
    """Adding is off without a configured token (403); with one, the request must carry it (401)."""
    token: str | None = request.app.state.token
    if not token:
        raise HTTPException(403, "adding articles is off: start the server with PARALLAX_TOKEN set")
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
        raise HTTPException(401, "a valid bearer token is needed", headers={"WWW-Authenticate": "Bearer"})


def _fetch(request: Request, item: NewArticle) -> Document:
    """The page at ``item.url`` as a document, with what the request says about it over the page's own."""
    from parallax.fetch.client import PoliteClient
    from parallax.fetch.errors import BadUrlError, FetchError, RefusedAddressError, RobotsDisallowedError
    from parallax.fetch.page import fetch_page

    assert item.url is not None
    try:
        with PoliteClient(request.app.state.fetch_options) as client:
            document = fetch_page(client, item.url)
    except (RefusedAddressError, BadUrlError, RobotsDisallowedError) as exc:
        raise HTTPException(422, f"{exc.message} [{exc.code}]") from exc
    except FetchError as exc:
        raise HTTPException(502, f"{exc.message} [{exc.code}]") from exc
    known = {k: v for k in ("title", "byline", "outlet", "published") if (v := getattr(item, k)) is not None}
    return document.model_copy(update=known) if known else document


@router.post(
    "/articles",
    response_model=AddOut,
    status_code=201,
    dependencies=[Depends(require_token)],
    responses={
        200: {"description": "Nothing new (already stored)", "model": AddOut},
        401: {"description": "Missing or wrong token"},
        403: {"description": "Adding is off (no token configured)"},
        413: {"description": "Request body too large"},
        502: {"description": "The page at the URL could not be fetched"},
    },
)
def add_article(request: Request, response: Response, item: NewArticle) -> AddOut:
    """Add one article (text, HTML, or a page fetched from a URL) to the store: annotated, committed, put
    into a story. A URL is fetched as ``parallax add URL`` does (politely; private addresses refused unless
    the server was started with them allowed): a refused address is a 422, a page that cannot be had 502."""
    if item.url is not None:
        document = _fetch(request, item)
    else:
        name = f"api-{uuid.uuid4().hex[:12]}"
        document = Document(
            id=name,
            source=f"{name}.{'html' if item.html is not None else 'txt'}",
            kind="html" if item.html is not None else "text",
            text=item.text,
            html=item.html,
            title=item.title,
            byline=item.byline,
            outlet=item.outlet,
            published=item.published,
        )
    from parallax.pipeline import clean
    from parallax.store.add import add_articles

    lock: threading.Lock = request.app.state.add_lock
    with lock:  # one add at a time in this process (the store's writer orders them across processes)
        run = clean([document])
        result = add_articles(run.articles, request.app.state.engine) if run.articles else None
    rejected = [*run.rejected, *(result.rejected if result else [])]
    if result is None or not (result.added or result.copies or result.duplicates):
        reason = "; ".join(r.reason for r in rejected) or "the article could not be added"
        raise HTTPException(422, reason)
    if not (result.added or result.copies):
        response.status_code = 200
    return AddOut(
        added=result.added,
        copies=result.copies,
        duplicates=result.duplicates,
        rejected=rejected,
        stories_created=sorted(result.stories_created),
        stories_updated=sorted(result.stories_updated),
    )
