"""Alembic environment: migrations run on the connection the Store hands over.

``Store`` calls :func:`storage.migrate.upgrade`, which passes its open connection in
``config.attributes["connection"]``; ``alembic -c storage/alembic.ini …`` from the
command line uses the URL in ``BULLETIN_DIFF_DB`` (default ``sqlite:///data/bulletins.db``).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from storage import default_url
from storage.engine import create_engine
from storage.schema import metadata


def run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


given = context.config.attributes.get("connection")
if given is not None:
    run(given)
else:
    engine = create_engine(context.config.get_main_option("sqlalchemy.url") or default_url())
    with engine.begin() as conn:
        run(conn)
