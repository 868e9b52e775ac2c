"""series of articles, words and lineage of directives

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch_op:
        batch_op.add_column(sa.Column("series", sa.Text(), nullable=True))
        batch_op.create_index(batch_op.f("ix_articles_series"), ["series"], unique=False)
    with op.batch_alter_table("directives") as batch_op:
        batch_op.add_column(sa.Column("tokens", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("family", sa.Text(), nullable=True))
        batch_op.create_index(batch_op.f("ix_directives_family"), ["family"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("directives") as batch_op:
        batch_op.drop_index(batch_op.f("ix_directives_family"))
        batch_op.drop_column("family")
        batch_op.drop_column("tokens")
    with op.batch_alter_table("articles") as batch_op:
        batch_op.drop_index(batch_op.f("ix_articles_series"))
        batch_op.drop_column("series")
