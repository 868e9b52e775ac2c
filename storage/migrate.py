"""Schema migrations (Alembic), applied when a Store opens a database."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy import Connection

MIGRATIONS = Path(__file__).with_name("migrations")
#: The revision of the schema that was created before migrations existed.
BASELINE = "0001"


def config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def upgrade(connection: Connection) -> None:
    """Bring the schema to the newest revision. A database made before migrations
    (tables but no ``alembic_version``) is first stamped with the revision its
    columns show."""
    inspector = sa.inspect(connection)
    tables = set(inspector.get_table_names())
    if "documents" in tables and "alembic_version" not in tables:
        has_series = any(c["name"] == "series" for c in inspector.get_columns("articles"))
        command.stamp(config(connection), "0002" if has_series else BASELINE)
    command.upgrade(config(connection), "head")
