"""Feeds that ``parallax add --feed`` follows, and the items of each already handled.

Revision ID: 0003_feeds
Revises: 0002_claims_and_search
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_feeds"
down_revision = "0002_claims_and_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feeds",
        sa.Column("url", sa.String(2048), primary_key=True),
        sa.Column("title", sa.Text),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("last_fetched", sa.DateTime(timezone=True)),
    )
    op.create_table(
        "feed_items",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "feed_url",
            sa.String(2048),
            sa.ForeignKey("feeds.url", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("item_hash", sa.String(64), nullable=False),
        sa.Column("item_id", sa.Text, nullable=False),
        sa.Column("link", sa.Text, nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("feed_url", "item_hash", name="feed_items_feed_url_item_hash_key"),
    )


def downgrade() -> None:
    op.drop_table("feed_items")
    op.drop_table("feeds")
