"""The store's tables as SQLAlchemy models (the schema at the latest migration).

The migrations in ``migrations/versions`` create these tables; the search indexes (SQLite FTS5 tables,
PostgreSQL ``tsvector`` columns) are not mapped here and are read by :mod:`parallax.store.search`.
Records are kept as the JSON of the pydantic models of :mod:`parallax.model`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class StoryRow(Base):
    __tablename__ = "stories"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    report: Mapped[str] = mapped_column(Text, doc="JSON of parallax.model.Story")
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ArticleRow(Base):
    __tablename__ = "articles"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(40), unique=True)
    content_key: Mapped[str] = mapped_column(
        String(64), unique=True, doc="Hash of the outlet and the clean body"
    )
    body_key: Mapped[str] = mapped_column(String(64), index=True, doc="Hash of the clean body alone")
    source: Mapped[str] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(40))
    url: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    copy_of: Mapped[str | None] = mapped_column(String(40))
    record: Mapped[str] = mapped_column(Text, doc="JSON of parallax.model.Article")
    annotation: Mapped[str] = mapped_column(Text, doc="JSON of parallax.model.Annotation")
    features: Mapped[str] = mapped_column(
        Text, doc="JSON of the article's grouping features (not read by the settle)"
    )
    story_id: Mapped[str | None] = mapped_column(String(40), ForeignKey("stories.id"), index=True)
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class StoryEventRow(Base):
    """One step of a story's history: created, an article added, another story merged in, an article moved out."""

    __tablename__ = "story_events"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    story_id: Mapped[str] = mapped_column(String(40), index=True)
    version: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    article_id: Mapped[str | None] = mapped_column(String(40))
    detail: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ClaimRow(Base):
    __tablename__ = "claims"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(200))
    story_id: Mapped[str] = mapped_column(
        String(40), ForeignKey("stories.id", ondelete="CASCADE"), index=True
    )
    article_id: Mapped[str] = mapped_column(String(40), index=True)
    text: Mapped[str] = mapped_column(Text)
    speaker: Mapped[str | None] = mapped_column(Text)


class FeedRow(Base):
    """A feed that ``parallax add --feed`` follows: the validators of its last answer, when it was read."""

    __tablename__ = "feeds"

    url: Mapped[str] = mapped_column(String(2048), primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    last_fetched: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class FeedItemRow(Base):
    """An item of a feed already handled (its page stored, or refused for good): not fetched again."""

    __tablename__ = "feed_items"
    __table_args__ = (UniqueConstraint("feed_url", "item_hash"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    feed_url: Mapped[str] = mapped_column(
        String(2048), ForeignKey("feeds.url", ondelete="CASCADE"), index=True
    )
    item_hash: Mapped[str] = mapped_column(String(64), doc="SHA-256 of the item's id (ids can be long)")
    item_id: Mapped[str] = mapped_column(Text, doc="The item's id (guid), else its link")
    link: Mapped[str] = mapped_column(Text)
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
