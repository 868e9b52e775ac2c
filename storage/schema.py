"""The database schema, as SQLAlchemy Core tables.

Portable between SQLite and PostgreSQL: only generic types. ``metadata`` is what
``Store`` creates with ``create_all`` and what an Alembic ``env.py`` should import
as ``target_metadata``; the naming convention gives every constraint and index a
stable name so that migrations can refer to them.
"""

from __future__ import annotations

import sqlalchemy as sa

NAMING_CONVENTION = {
    "pk": "pk_%(table_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
}

metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)

SHA256 = sa.String(64)
TIMESTAMP = sa.DateTime(timezone=True)


def _document_fk(nullable: bool = False) -> sa.ForeignKey:
    return sa.ForeignKey("documents.id", ondelete="SET NULL" if nullable else "CASCADE")


# Raw bytes of every stored document, addressed by their SHA-256.
blobs = sa.Table(
    "blobs",
    metadata,
    sa.Column("sha256", SHA256, primary_key=True),
    sa.Column("data", sa.LargeBinary, nullable=False),
    sa.Column("size", sa.Integer, nullable=False),
)

# One row per distinct content; ``version`` counts the stored documents of a source.
documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("sha256", SHA256, sa.ForeignKey("blobs.sha256"), nullable=False),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("encoding", sa.Text, nullable=False),
    sa.Column("encoding_origin", sa.Text, nullable=False),
    sa.Column("reader", sa.Text, nullable=False),
    sa.Column("date", sa.Date, nullable=True),
    sa.Column("date_origin", sa.Text, nullable=True),
    sa.Column("size", sa.Integer, nullable=False),
    sa.Column("title", sa.Text, nullable=True),
    sa.Column("url", sa.Text, nullable=True),
    sa.Column("stored_at", TIMESTAMP, nullable=False),
    sa.Column("run_id", sa.Text, nullable=True),
    sa.Column("rules", sa.Text, nullable=True),  # bulletin_diff.rules.rules_version() of the rules that read it
    sa.UniqueConstraint("sha256"),
    sa.Index(None, "source"),
    sa.Index(None, "date", "id"),
)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("document_id", sa.Integer, _document_fk(), nullable=False, index=True),
    sa.Column("idx", sa.Integer, nullable=False),
    sa.Column("title", sa.Text, nullable=True),
    sa.Column("subtitle", sa.Text, nullable=True),
    sa.Column("source", sa.Text, nullable=True),
    sa.Column("place", sa.Text, nullable=True),
    sa.Column("date", sa.Date, nullable=True),
    sa.Column("byline", sa.Text, nullable=True),
    sa.Column("truncated", sa.Boolean, nullable=False),
    sa.Column("url", sa.Text, nullable=True),
    sa.Column("paragraphs", sa.JSON, nullable=False),
    sa.Column("series", sa.Text, nullable=True, index=True),
)

directives = sa.Table(
    "directives",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("directive_id", sa.Text, nullable=False, index=True),  # Directive.id
    sa.Column("document_id", sa.Integer, _document_fk(), nullable=False, index=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("norm", sa.Text, nullable=False, index=True),
    sa.Column("speaker", sa.Text, nullable=True),
    sa.Column("tokens", sa.Text, nullable=False, server_default=""),  # space-separated jieba words
    sa.Column("family", sa.Text, nullable=True, index=True),  # directive_id of the lineage's first
)

runs = sa.Table(
    "runs",
    metadata,
    sa.Column("run_id", sa.Text, primary_key=True),
    sa.Column("started_at", TIMESTAMP, nullable=False),
    sa.Column("finished_at", TIMESTAMP, nullable=True),
    sa.Column("status", sa.Text, nullable=False),
    sa.Column("sources", sa.JSON, nullable=False),
    sa.Column("flow_run_id", sa.Text, nullable=True),
    sa.Column("counts", sa.JSON, nullable=True),
)

# ``change_key`` = "kind:directive_id:previous_id" (empty for a missing id): NULLs
# never collide in a UNIQUE constraint, so the key column is never NULL.
changes = sa.Table(
    "changes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("run_id", sa.Text, nullable=False, index=True),
    sa.Column("document_id", sa.Integer, _document_fk(), nullable=False),
    sa.Column("previous_document_id", sa.Integer, _document_fk(nullable=True), nullable=True),
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("change_key", sa.Text, nullable=False),
    sa.Column("directive_id", sa.Text, nullable=True),
    sa.Column("previous_id", sa.Text, nullable=True),
    sa.Column("position", sa.Integer, nullable=True),
    sa.Column("previous_position", sa.Integer, nullable=True),
    sa.Column("text", sa.Text, nullable=True),
    sa.Column("previous_text", sa.Text, nullable=True),
    sa.Column("similarity", sa.Float, nullable=True),
    sa.Column("diff", sa.JSON, nullable=False),
    sa.Column("speaker", sa.Text, nullable=True),
    sa.Column("previous_speaker", sa.Text, nullable=True),
    sa.Column("article", sa.Text, nullable=True),
    sa.Column("source", sa.Text, nullable=True),
    sa.Column("also_previous", sa.JSON, nullable=False),  # [{"id", "text", "speaker"}]
    sa.Column("nearest_id", sa.Text, nullable=True),
    sa.Column("nearest_text", sa.Text, nullable=True),
    sa.Column("split", sa.Boolean, nullable=False, server_default=sa.false()),  # new: split off nearest
    sa.Column("created_at", TIMESTAMP, nullable=False),
    sa.UniqueConstraint("document_id", "change_key"),
)

failures = sa.Table(
    "failures",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("run_id", sa.Text, nullable=False, index=True),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("error", sa.Text, nullable=False),
    sa.Column("message", sa.Text, nullable=False),
    sa.Column("sha256", SHA256, nullable=True),
    sa.Column("recorded_at", TIMESTAMP, nullable=False),
)


# The last fetch of each URL: validators for a conditional GET, and the headers of
# the bytes kept in ``blobs``, so that a document can be parsed again without fetching.
fetches = sa.Table(
    "fetches",
    metadata,
    sa.Column("url", sa.Text, primary_key=True),
    sa.Column("final_url", sa.Text, nullable=True),
    sa.Column("status", sa.Integer, nullable=True),
    sa.Column("etag", sa.Text, nullable=True),
    sa.Column("last_modified", sa.Text, nullable=True),
    sa.Column("sha256", SHA256, nullable=True),
    sa.Column("headers", sa.JSON, nullable=True),
    sa.Column("fetched_at", TIMESTAMP, nullable=True),
)
