"""Claims as rows, and full-text search over articles and claims.

SQLite: FTS5 tables over ``articles`` and ``claims`` (external content, kept in step by triggers).
PostgreSQL: a generated ``tsvector`` column with a GIN index on each. The claims of the stories already
in the store are copied out of their reports, and the search indexes are filled from the rows already there.

Revision ID: 0002_claims_and_search
Revises: 0001_articles_and_stories
Create Date: 2026-11-25
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0002_claims_and_search"
down_revision = "0001_articles_and_stories"
branch_labels = None
depends_on = None

_FTS = {
    # table: (indexed columns, SQL expression of the text for PostgreSQL)
    "articles": (("title", "text"), "coalesce(title, '') || ' ' || text"),
    "claims": (("text", "speaker"), "text || ' ' || coalesce(speaker, '')"),
}


def _sqlite_fts(table: str, columns: tuple[str, ...]) -> list[str]:
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    fts = f"{table}_fts"
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', content_rowid='pk',"
        " tokenize='porter unicode61')",
        f"CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN"
        f" INSERT INTO {fts}(rowid, {cols}) VALUES (new.pk, {new}); END",
        f"CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN"
        f" INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.pk, {old}); END",
        f"CREATE TRIGGER {table}_fts_update AFTER UPDATE ON {table} BEGIN"
        f" INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.pk, {old});"
        f" INSERT INTO {fts}(rowid, {cols}) VALUES (new.pk, {new}); END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


def upgrade() -> None:
    claims = op.create_table(
        "claims",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(200), nullable=False),
        sa.Column(
            "story_id",
            sa.String(40),
            sa.ForeignKey("stories.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("article_id", sa.String(40), nullable=False, index=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("speaker", sa.Text),
    )
    bind = op.get_bind()
    rows = []
    for story_id, report in bind.execute(sa.text("SELECT id, report FROM stories")):
        for claim in json.loads(report).get("claims", []):
            rows.append(
                {
                    "id": claim["id"],
                    "story_id": story_id,
                    "article_id": claim["article_id"],
                    "text": claim["text"],
                    "speaker": claim.get("speaker"),
                }
            )
    if rows:
        op.bulk_insert(claims, rows)
    if bind.dialect.name == "sqlite":
        for table, (columns, _) in _FTS.items():
            for statement in _sqlite_fts(table, columns):
                op.execute(statement)
    else:
        for table, (_, expression) in _FTS.items():
            op.execute(
                f"ALTER TABLE {table} ADD COLUMN search tsvector"
                f" GENERATED ALWAYS AS (to_tsvector('english', {expression})) STORED"
            )
            op.execute(f"CREATE INDEX {table}_search ON {table} USING GIN (search)")


def downgrade() -> None:
    bind = op.get_bind()
    for table in _FTS:
        if bind.dialect.name == "sqlite":
            for suffix in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER {table}_fts_{suffix}")
            op.execute(f"DROP TABLE {table}_fts")
        else:
            op.execute(f"DROP INDEX {table}_search")
            op.execute(f"ALTER TABLE {table} DROP COLUMN search")
    op.drop_table("claims")
