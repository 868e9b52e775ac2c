"""Schema migrations (Alembic), applied when a Store opens a database."""

from __future__ import annotations

import functools
import threading
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
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


_ALEMBIC = threading.Lock()  # alembic's context and op are process-wide proxies


@functools.lru_cache(maxsize=1)
def head() -> str | None:
    return ScriptDirectory.from_config(config()).get_current_head()


def at_head(connection: Connection) -> bool:
    """Whether the schema is already at the newest revision (a read, no lock)."""
    if "alembic_version" not in sa.inspect(connection).get_table_names():
        return False
    return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head()


def upgrade(connection: Connection) -> None:
    """Bring the schema to the newest revision. A database made before migrations
    (tables but no ``alembic_version``) is first stamped with the revision its
    columns show."""
    with _ALEMBIC:
        inspector = sa.inspect(connection)
        tables = set(inspector.get_table_names())
        if "documents" in tables and "alembic_version" not in tables:
            has_series = any(c["name"] == "series" for c in inspector.get_columns("articles"))
            command.stamp(config(connection), "0002" if has_series else BASELINE)
        command.upgrade(config(connection), "head")
