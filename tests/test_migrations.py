"""Schema migrations (Alembic): new databases, older ones, and pre-migration ones."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command

from storage import Store
from storage.engine import create_engine
from storage.migrate import config


def columns(url: str, table: str) -> set[str]:
    engine = create_engine(url)
    try:
        return {c["name"] for c in sa.inspect(engine).get_columns(table)}
    finally:
        engine.dispose()


def version(url: str) -> str:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return str(conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar())
    finally:
        engine.dispose()


def test_new_database_is_at_head(db_url: str) -> None:
    Store(db_url).close()
    assert version(db_url) == "0005"
    assert {"series"} <= columns(db_url, "articles")
    assert {"tokens", "family"} <= columns(db_url, "directives")
    assert "split" in columns(db_url, "changes")
    assert "rules" in columns(db_url, "documents")


def test_database_at_an_older_revision_is_upgraded(db_url: str) -> None:
    engine = create_engine(db_url)
    with engine.begin() as conn:
        command.upgrade(config(conn), "0001")
    engine.dispose()
    assert "series" not in columns(db_url, "articles")
    with Store(db_url) as store:
        assert store.counts()["documents"] == 0
    assert version(db_url) == "0005" and "family" in columns(db_url, "directives")


def test_database_made_before_migrations_is_stamped_then_upgraded(tmp_path: object) -> None:
    url = f"sqlite:///{tmp_path}/legacy.db"
    engine = create_engine(url)
    with engine.begin() as conn:
        command.upgrade(config(conn), "0001")
        conn.exec_driver_sql("DROP TABLE alembic_version")
    engine.dispose()
    Store(url).close()
    assert version(url) == "0005" and "tokens" in columns(url, "directives")
