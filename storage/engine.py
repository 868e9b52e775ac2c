"""Engines, transactions and the few statements that differ between databases.

SQLite: sqlite3's own transaction handling is switched off and SQLAlchemy emits
``BEGIN`` itself, ``BEGIN IMMEDIATE`` for writes, so concurrent writers queue on the
busy timeout instead of failing when a read lock cannot be upgraded.
PostgreSQL: writers that must not interleave take a transaction-scoped advisory lock.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine

from bulletin_diff.errors import StorageError

SQLITE_TIMEOUT = 30.0  # seconds a writer waits for the database lock
_WRITE = "bulletin_diff_write"  # execution option marking a write transaction


def make_url(url: str) -> sa.URL:
    """``sqlite:///…``, ``postgresql+psycopg://…`` or a plain path (a SQLite file)."""
    if "://" not in url:
        url = f"sqlite:///{url}"
    parsed = sa.make_url(url)
    if parsed.drivername in ("postgres", "postgresql"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def create_engine(url: str) -> Engine:
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "postgresql":
        return sa.create_engine(parsed, pool_pre_ping=True, json_serializer=_dumps)
    if backend == "sqlite":
        return _sqlite_engine(parsed)
    raise StorageError(f"unsupported database {parsed.drivername!r}: use sqlite:/// or postgresql+psycopg://")


def _sqlite_engine(url: sa.URL) -> Engine:
    database = url.database or ""
    on_disk = database not in ("", ":memory:") and not database.startswith("file:")
    if on_disk:
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(url, connect_args={"timeout": SQLITE_TIMEOUT}, json_serializer=_dumps)

    @sa.event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN (below)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        if on_disk:
            # readers never block the writer; WAL is a property of the file, so when
            # another connection holds the lock while it sets it, there is nothing to do
            with contextlib.suppress(sqlite3.OperationalError):
                cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        write = connection.get_execution_options().get(_WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction that will write: committed on success, rolled back on error."""
    with engine.connect() as connection:
        connection.execution_options(**{_WRITE: True})
        with connection.begin():
            yield connection


def lock(connection: Connection, name: str) -> None:
    """Serialise writers on ``name`` until the transaction ends (PostgreSQL only;
    a SQLite write transaction already holds the whole database)."""
    if connection.dialect.name == "postgresql":
        key = int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big", signed=True)
        connection.execute(sa.select(sa.func.pg_advisory_xact_lock(key)))


def insert_ignore(connection: Connection, table: sa.Table, *conflict: str) -> sa.Insert:
    """``INSERT … ON CONFLICT (conflict) DO NOTHING`` for the connection's database."""
    if connection.dialect.name == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing(index_elements=list(conflict))
    return sqlite.insert(table).on_conflict_do_nothing(index_elements=list(conflict))
