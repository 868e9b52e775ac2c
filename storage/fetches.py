"""The fetch record of each URL in the store: validators between runs, and headers."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from fetching.http import Fetched
from fetching.validators import Validators

from .engine import write_transaction
from .schema import documents, fetches
from .store import Store


class StoreValidators:
    """``fetching.ValidatorStore`` over the ``fetches`` table of a Store."""

    def __init__(self, store: Store) -> None:
        self._engine = store.engine

    def get(self, url: str) -> Validators | None:
        """The validators of the last fetch, only when its bytes became a stored
        document: a page fetched but never stored (a dry run, a date window, a run that
        failed later) is fetched in full again."""
        query = (
            sa.select(fetches.c.etag, fetches.c.last_modified, fetches.c.sha256)
            .join(documents, documents.c.sha256 == fetches.c.sha256)
            .where(fetches.c.url == url)
        )
        with self._engine.connect() as conn:
            row = conn.execute(query).one_or_none()
        return Validators(row[0], row[1], row[2]) if row else None

    def put(self, url: str, validators: Validators) -> None:
        self._upsert(
            url, {"etag": validators.etag, "last_modified": validators.last_modified, "sha256": validators.sha256}
        )

    def record(self, fetched: Fetched) -> None:
        """Keep the headers of a fetch (its bytes go to ``blobs`` with the document)."""
        self._upsert(
            fetched.url,
            {
                "final_url": fetched.final_url,
                "status": fetched.status,
                "headers": dict(fetched.headers),
                "fetched_at": fetched.fetched_at.astimezone(dt.UTC),
            },
        )

    def headers(self, url: str) -> dict[str, str] | None:
        with self._engine.connect() as conn:
            value = conn.scalar(sa.select(fetches.c.headers).where(fetches.c.url == url))
        return dict(value) if value else None

    def _upsert(self, url: str, values: dict[str, Any]) -> None:
        with write_transaction(self._engine) as conn:
            exists = conn.scalar(sa.select(fetches.c.url).where(fetches.c.url == url))
            if exists:
                conn.execute(fetches.update().where(fetches.c.url == url).values(**values))
            else:
                conn.execute(fetches.insert().values(url=url, **values))
