"""The history the diff engine reads, over a Store: series, exact texts, similar texts.

The token index lives in memory and is built from the words stored with every
directive (``directives.tokens``), so it persists with the store and is extended
incrementally by :meth:`StoreHistory.refresh` after each document is stored.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from bulletin_diff.records import Directive, Document, ParsedDocument
from diffengine.history import is_before
from diffengine.index import TokenIndex

from .store import Store

logger = logging.getLogger(__name__)


class StoreHistory:
    """``diffengine.history.History`` over the documents of a :class:`Store`."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._index = TokenIndex()
        self._by_norm: dict[str, list[int]] = {}
        self._origin: dict[int, tuple[dt.date | None, str]] = {}  # pk → its document's date and sha256
        self._last_pk = 0
        self.refresh()

    def __len__(self) -> int:
        return len(self._index)

    def refresh(self) -> int:
        """Index the directives stored since the last refresh; returns how many."""
        added = self._store.directive_rows_after(self._last_pk)
        for pk, norm, tokens, date, sha256 in added:
            self._index.add(pk, tokens.split())
            self._by_norm.setdefault(norm, []).append(pk)
            self._origin[pk] = (date, sha256)
            self._last_pk = pk
        if added:
            logger.debug("history index: +%d directives, %d in all", len(added), len(self._index))
        return len(added)

    def previous_in_series(self, series: str, document: ParsedDocument) -> Sequence[Directive]:
        return self._store.previous_in_series(series, document.document)

    def _earlier(self, pk: int, before: Document) -> bool:
        return is_before(*self._origin[pk], before)

    def exact(self, norm: str, before: Document) -> Directive | None:
        pks = [pk for pk in self._by_norm.get(norm, ()) if self._earlier(pk, before)]
        found = self._store.directives_by_pk(pks[-1:])
        return found[0] if found else None

    def similar(self, directive: Directive, before: Document, k: int = 20) -> Sequence[Directive]:
        pks = [pk for pk in self._index.candidates(directive.tokens, 2 * k) if self._earlier(pk, before)]
        return self._store.directives_by_pk(pks[:k])
