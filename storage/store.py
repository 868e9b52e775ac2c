"""``Store``: documents, directives, runs, changes and failures in one database.

Every write is one transaction. Uniqueness is the database's job (UNIQUE on the
document's sha256 and on each change's key), so concurrent writers, each with its
own ``Store``, never duplicate a document or a change.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from types import TracebackType
from typing import Any, Self

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from bulletin_diff.errors import StorageError
from bulletin_diff.records import (
    Change,
    Directive,
    Document,
    DocumentChanges,
    Failure,
    ParsedDocument,
    RunReport,
)
from bulletin_diff.rules import rules_version

from . import rows
from .engine import create_engine, insert_ignore, lock, write_transaction
from .migrate import at_head, upgrade
from .schema import articles, blobs, changes, directives, documents, failures, metadata, runs

logger = logging.getLogger(__name__)

_CHUNK = 500  # ids per IN (…) list


@contextmanager
def _guard(action: str) -> Iterator[None]:
    """Turn a database error into a one-line ``StorageError``."""
    try:
        yield
    except SQLAlchemyError as exc:
        cause = getattr(exc, "orig", None) or exc
        lines = str(cause).strip().splitlines()
        detail = lines[0] if lines else type(cause).__name__
        raise StorageError(f"cannot {action}: {detail}") from exc


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


class Store:
    """The bulletin database. ``url``: ``sqlite:///path``, ``postgresql+psycopg://…``
    or a plain file path (SQLite). Creates the schema when it is missing."""

    def __init__(self, url: str) -> None:
        with _guard("open the database"):
            self._engine = create_engine(url)
            self.url = self._engine.url.render_as_string(hide_password=True)
            with self._engine.connect() as conn:
                ready = at_head(conn)
            if not ready:
                with write_transaction(self._engine) as conn:
                    lock(conn, "bulletin-diff schema")
                    upgrade(conn)
        logger.debug("opened %s", self.url)

    @property
    def engine(self) -> sa.Engine:
        """The SQLAlchemy engine, for the store's companion modules (history, fetches)."""
        return self._engine

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    # ---- blobs and documents

    def has_document(self, sha256: str) -> bool:
        with _guard("look up a document"), self._engine.connect() as conn:
            return _document_id(conn, sha256) is not None

    def store_blob(self, sha256: str, data: bytes) -> None:
        with _guard("store raw bytes"), write_transaction(self._engine) as conn:
            _insert_blob(conn, sha256, data)

    def raw_bytes(self, sha256: str) -> bytes | None:
        with _guard("read raw bytes"), self._engine.connect() as conn:
            data = conn.scalar(sa.select(blobs.c.data).where(blobs.c.sha256 == sha256))
        return None if data is None else bytes(data)

    def save_document(
        self, parsed: ParsedDocument, raw: bytes, run_id: str, families: Mapping[str, str] | None = None
    ) -> bool:
        """Store the raw bytes, the document, its articles and directives, all or
        nothing. False (nothing stored) when these bytes are stored already."""
        doc = parsed.document
        if hashlib.sha256(raw).hexdigest() != doc.sha256:
            logger.warning("%s: raw bytes do not hash to the document's sha256 %s", doc.source, doc.sha256)
        with _guard(f"store {doc.source}"):
            try:
                version = self._insert_document(parsed, raw, run_id, families or {})
            except IntegrityError:
                if not self.has_document(doc.sha256):
                    raise
                version = None  # a concurrent writer stored it first
        if version is None:
            logger.debug("%s: already stored (%s)", doc.source, doc.sha256[:12])
            return False
        logger.info("%s: stored version %d (%s)", doc.source, version, doc.sha256[:12])
        return True

    def _insert_document(
        self, parsed: ParsedDocument, raw: bytes, run_id: str, families: Mapping[str, str]
    ) -> int | None:
        doc = parsed.document
        with write_transaction(self._engine) as conn:
            lock(conn, f"source:{doc.source}")  # versions of one source are counted in turn
            if _document_id(conn, doc.sha256) is not None:
                return None
            _insert_blob(conn, doc.sha256, raw)
            count = sa.select(sa.func.count()).where(documents.c.source == doc.source)
            version = 1 + (conn.scalar(count) or 0)
            doc_id = _insert(conn, documents, rows.document_row(doc, version, run_id))
            for article in parsed.articles:
                article_id = _insert(conn, articles, rows.article_row(article, doc_id))
                directive_rows = [
                    rows.directive_row(d, doc_id, article_id) | {"family": families.get(d.id, d.family)}
                    for d in article.directives
                ]
                if directive_rows:
                    conn.execute(directives.insert(), directive_rows)
        return version

    def replace_records(self, parsed: ParsedDocument, families: Mapping[str, str] | None = None) -> list[Change]:
        """Reprocessing: put a stored document's articles and directives as parsed now
        in place of the old ones, and drop its change log entries; returns the entries
        that were there (for the report of what the rules changed)."""
        doc = parsed.document
        with _guard(f"reprocess {doc.source}"), write_transaction(self._engine) as conn:
            doc_id = _require_document(conn, doc)
            old = _build_changes(conn, [doc_id])
            conn.execute(changes.delete().where(changes.c.document_id == doc_id))
            conn.execute(directives.delete().where(directives.c.document_id == doc_id))
            conn.execute(articles.delete().where(articles.c.document_id == doc_id))
            conn.execute(documents.update().where(documents.c.id == doc_id).values(rules=rules_version()))
            for article in parsed.articles:
                article_id = _insert(conn, articles, rows.article_row(article, doc_id))
                directive_rows = [
                    rows.directive_row(d, doc_id, article_id) | {"family": (families or {}).get(d.id, d.family)}
                    for d in article.directives
                ]
                if directive_rows:
                    conn.execute(directives.insert(), directive_rows)
        return list(old[0].changes) if old else []

    def read_by_other_rules(self, rules: str | None = None) -> int:
        """How many stored documents were read by rules other than ``rules`` (by default
        today's, :func:`~bulletin_diff.rules.rules_version`), or before rules were recorded."""
        current = rules or rules_version()
        stale = sa.or_(documents.c.rules.is_(None), documents.c.rules != current)
        with _guard("count documents read by other rules"), self._engine.connect() as conn:
            return int(conn.scalar(sa.select(sa.func.count()).select_from(documents).where(stale)) or 0)

    def load_document(self, sha256: str) -> ParsedDocument | None:
        with _guard("load a document"), self._engine.connect() as conn:
            return _load_document(conn, sha256)

    def previous_document(self, document: Document) -> ParsedDocument | None:
        """The stored document right before ``document`` in history order: by date
        (undated documents after all dated ones), then by storage order."""
        d = documents.c
        with _guard("find the previous document"), self._engine.connect() as conn:
            own_id = _document_id(conn, document.sha256)
            query = sa.select(d.sha256).where(d.sha256 != document.sha256).limit(1)
            latest_dated = query.where(d.date.is_not(None)).order_by(d.date.desc(), d.id.desc())
            if document.date is None:
                undated = query.where(d.date.is_(None)).order_by(d.id.desc())
                if own_id is not None:
                    undated = undated.where(d.id < own_id)
                sha = conn.scalar(undated) or conn.scalar(latest_dated)
            elif own_id is None:
                sha = conn.scalar(latest_dated.where(d.date <= document.date))
            else:
                same_day_before = sa.and_(d.date == document.date, d.id < own_id)
                sha = conn.scalar(latest_dated.where(sa.or_(d.date < document.date, same_day_before)))
            return _load_document(conn, sha) if sha else None

    # ---- history: what the diff engine and the lineage commands read

    def directive_rows_after(self, last_pk: int) -> list[tuple[int, str, str, dt.date | None, str]]:
        """(row pk, norm, tokens, document date, document sha256) of directives stored
        after ``last_pk``."""
        d, doc = directives.c, documents.c
        query = (
            sa.select(d.id, d.norm, d.tokens, doc.date, doc.sha256)
            .join(documents, d.document_id == doc.id)
            .where(d.id > last_pk)
            .order_by(d.id)
        )
        with _guard("read the history"), self._engine.connect() as conn:
            return [(r[0], r[1], r[2], r[3], r[4]) for r in conn.execute(query)]

    def directives_by_pk(self, pks: Sequence[int]) -> list[Directive]:
        """Stored directives by row pk, in the order asked, with family and document date."""
        with _guard("read directives"), self._engine.connect() as conn:
            found = _history_directives(conn, directives.c.id.in_(list(pks)))
        return [found[pk] for pk in pks if pk in found]

    @staticmethod
    def _series_before(column: Any, series: str, document: Document) -> Any:
        """``column`` of the latest article of ``series`` stored before ``document``."""
        a, d = articles.c, documents.c
        query = (
            sa.select(column)
            .join(documents, a.document_id == d.id)
            .where(a.series == series, d.sha256 != document.sha256)
            .order_by(d.date.is_(None), d.date.desc(), d.id.desc(), a.idx.desc())
            .limit(1)
        )
        return query.where(d.date <= document.date) if document.date is not None else query

    def previous_in_series_document(self, series: str, document: Document) -> ParsedDocument | None:
        """The stored document of the latest article of ``series`` before ``document``."""
        with _guard("find the previous document of a series"), self._engine.connect() as conn:
            sha = conn.scalar(self._series_before(documents.c.sha256, series, document))
            return _load_document(conn, sha) if sha else None

    def previous_in_series(self, series: str, document: Document) -> list[Directive]:
        """Directives of the latest article of ``series`` stored before ``document``."""
        with _guard("find the previous article of a series"), self._engine.connect() as conn:
            article_id = conn.scalar(self._series_before(articles.c.id, series, document))
            if article_id is None:
                return []
            found = _history_directives(conn, directives.c.article_id == article_id)
        return [found[pk] for pk in sorted(found)]

    def family(self, family: str) -> list[tuple[Directive, Document]]:
        """Every stored directive of a lineage with its document, oldest first."""
        with _guard("read a lineage"), self._engine.connect() as conn:
            found = _history_directives(conn, directives.c.family == family)
            doc_of = dict(
                conn.execute(
                    sa.select(directives.c.id, directives.c.document_id).where(directives.c.family == family)
                ).all()
            )
            docs = _documents_by_id(conn, doc_of.values())
        out = [(d, docs[doc_of[pk]]) for pk, d in found.items()]
        return sorted(out, key=lambda x: (x[1].date or dt.date.max, x[1].sha256, x[0].position))

    def directive_texts(self) -> list[tuple[str, dt.date | None]]:
        """(text, document date) of every stored directive: the phrase timeline reads it."""
        query = sa.select(directives.c.norm, documents.c.date).join(
            documents, directives.c.document_id == documents.c.id
        )
        with _guard("read directive texts"), self._engine.connect() as conn:
            return [(r[0], r[1]) for r in conn.execute(query)]

    # ---- runs, changes, failures

    def start_run(
        self,
        run_id: str,
        sources: list[str],
        flow_run_id: str | None = None,
        started_at: dt.datetime | None = None,
    ) -> None:
        """Record a run as running. Starting a recorded run again changes nothing."""
        row = {
            "run_id": run_id,
            "started_at": rows.utc(started_at),
            "status": "running",
            "sources": list(sources),
            "flow_run_id": flow_run_id,
        }
        with _guard(f"start run {run_id}"), write_transaction(self._engine) as conn:
            conn.execute(insert_ignore(conn, runs, "run_id").values(row))

    def finish_run(self, run_id: str, status: str, counts: dict[str, int]) -> None:
        values = {"status": status, "counts": dict(counts), "finished_at": rows.utc()}
        with _guard(f"finish run {run_id}"), write_transaction(self._engine) as conn:
            result = conn.execute(runs.update().where(runs.c.run_id == run_id).values(values))
        if result.rowcount == 0:
            raise StorageError(f"cannot finish run {run_id}: it was never started")

    def save_changes(self, run_id: str, doc_changes: DocumentChanges) -> int:
        """Store the changes of one (stored) document; changes stored before are
        skipped. Returns how many were new."""
        inserted = 0
        with _guard("store changes"), write_transaction(self._engine) as conn:
            doc_id = _require_document(conn, doc_changes.document)
            prev = doc_changes.previous
            prev_id = _require_document(conn, prev) if prev else None
            ignore = insert_ignore(conn, changes, "document_id", "change_key")
            statement = ignore.returning(changes.c.id)  # no row when skipped
            for change in doc_changes.changes:
                result = conn.execute(statement.values(rows.change_row(change, run_id, doc_id, prev_id)))
                inserted += len(result.all())
        logger.info("%s: %d of %d changes stored", doc_changes.document.source, inserted, len(doc_changes.changes))
        return inserted

    def record_failure(self, run_id: str, failure: Failure) -> None:
        with _guard("record a failure"), write_transaction(self._engine) as conn:
            conn.execute(failures.insert().values(rows.failure_row(failure, run_id)))

    def document_changes(self, sha256: str) -> DocumentChanges | None:
        """The stored changes of one document (from every run); None if not stored."""
        with _guard("load changes"), self._engine.connect() as conn:
            doc_id = _document_id(conn, sha256)
            if doc_id is None:
                return None
            built = _build_changes(conn, [doc_id])
            if built:
                return built[0]
            return DocumentChanges(document=_documents_by_id(conn, [doc_id])[doc_id], previous=None)

    def run_report(self, run_id: str) -> RunReport:
        """The documents whose changes this run stored, and the run's failures."""
        c = changes.c
        with _guard(f"load run {run_id}"), self._engine.connect() as conn:
            started_at = conn.scalar(sa.select(runs.c.started_at).where(runs.c.run_id == run_id))
            if started_at is None:
                raise StorageError(f"no run {run_id!r} is stored")
            first = sa.func.min(c.id)
            query = sa.select(c.document_id).where(c.run_id == run_id).group_by(c.document_id).order_by(first)
            doc_ids = list(conn.scalars(query))
            failure_rows = conn.execute(
                sa.select(failures).where(failures.c.run_id == run_id).order_by(failures.c.id)
            ).mappings()
            return RunReport(
                run_id=run_id,
                started_at=rows.utc(started_at),
                documents=tuple(_build_changes(conn, doc_ids, run_id)),
                failures=tuple(rows.to_failure(r) for r in failure_rows),
            )

    def changelog(self, limit: int | None = None) -> list[DocumentChanges]:
        """Every document with stored changes, newest first (undated ones newest)."""
        d = documents.c
        query = (
            sa.select(d.id)
            .where(sa.exists().where(changes.c.document_id == d.id))
            .order_by(d.date.desc().nulls_first(), d.id.desc())
            .limit(limit)
        )
        with _guard("load the changelog"), self._engine.connect() as conn:
            return _build_changes(conn, list(conn.scalars(query)))

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        with _guard("count rows"), self._engine.connect() as conn:
            return {
                table.name: conn.scalar(sa.select(sa.func.count()).select_from(table)) or 0
                for table in metadata.sorted_tables
            }


# ---- queries on an open connection


def _insert(conn: Connection, table: sa.Table, row: dict[str, Any]) -> int:
    key = conn.execute(table.insert().values(row)).inserted_primary_key
    assert key is not None
    return int(key[0])


def _insert_blob(conn: Connection, sha256: str, data: bytes) -> None:
    row = {"sha256": sha256, "data": data, "size": len(data)}
    conn.execute(insert_ignore(conn, blobs, "sha256").values(row))


def _document_id(conn: Connection, sha256: str) -> int | None:
    return conn.scalar(sa.select(documents.c.id).where(documents.c.sha256 == sha256))


def _require_document(conn: Connection, document: Document) -> int:
    doc_id = _document_id(conn, document.sha256)
    if doc_id is None:
        raise StorageError(f"{document.source}: document {document.sha256[:12]} is not stored")
    return doc_id


def _load_document(conn: Connection, sha256: str) -> ParsedDocument | None:
    doc_row = conn.execute(sa.select(documents).where(documents.c.sha256 == sha256)).mappings().one_or_none()
    if doc_row is None:
        return None
    article_rows = conn.execute(
        sa.select(articles).where(articles.c.document_id == doc_row["id"]).order_by(articles.c.id)
    ).mappings()
    directive_rows = conn.execute(
        sa.select(directives).where(directives.c.document_id == doc_row["id"]).order_by(directives.c.id)
    ).mappings()
    by_article: dict[int, list[rows.Row]] = defaultdict(list)
    for row in directive_rows:
        by_article[row["article_id"]].append(row)
    loaded = tuple(rows.to_article(a, [rows.to_directive(r, a) for r in by_article[a["id"]]]) for a in article_rows)
    return ParsedDocument(document=rows.to_document(doc_row), articles=loaded)


def _documents_by_id(conn: Connection, ids: Iterable[int]) -> dict[int, Document]:
    found: dict[int, Document] = {}
    for chunk in _chunks(sorted(set(ids))):
        for row in conn.execute(sa.select(documents).where(documents.c.id.in_(chunk))).mappings():
            found[row["id"]] = rows.to_document(row)
    return found


def _directives_by_id(conn: Connection, ids: Iterable[str]) -> dict[str, Directive]:
    query = sa.select(directives, articles.c.idx, articles.c.title, articles.c.source.label("article_source")).join(
        articles, directives.c.article_id == articles.c.id
    )
    found: dict[str, Directive] = {}
    for chunk in _chunks(sorted(set(ids))):
        for row in conn.execute(query.where(directives.c.directive_id.in_(chunk))).mappings():
            article = {"idx": row["idx"], "title": row["title"], "source": row["article_source"]}
            found.setdefault(row["directive_id"], rows.to_directive(row, article))
    return found


def _build_changes(conn: Connection, doc_ids: Sequence[int], run_id: str | None = None) -> list[DocumentChanges]:
    """``DocumentChanges`` of the given documents, in that order (changes in stored order)."""
    change_rows: dict[int, list[rows.Row]] = defaultdict(list)
    for chunk in _chunks(doc_ids):
        query = sa.select(changes).where(changes.c.document_id.in_(chunk)).order_by(changes.c.id)
        if run_id is not None:
            query = query.where(changes.c.run_id == run_id)
        for row in conn.execute(query).mappings():
            change_rows[row["document_id"]].append(row)
    previous_ids = {
        doc_id: next((r["previous_document_id"] for r in found if r["previous_document_id"]), None)
        for doc_id, found in change_rows.items()
    }
    docs = _documents_by_id(conn, [*change_rows, *(p for p in previous_ids.values() if p)])
    known = _directives_by_id(conn, [i for found in change_rows.values() for r in found for i in rows.directive_ids(r)])
    return [
        DocumentChanges(
            document=docs[doc_id],
            previous=docs[prev] if (prev := previous_ids[doc_id]) else None,
            changes=tuple(rows.to_change(r, known) for r in change_rows[doc_id]),
        )
        for doc_id in doc_ids
        if doc_id in change_rows
    ]


def _history_directives(conn: Connection, where: sa.ColumnElement[bool]) -> dict[int, Directive]:
    """Directives matching ``where`` keyed by row pk, with family and document date."""
    query = (
        sa.select(
            directives,
            articles.c.idx,
            articles.c.title,
            articles.c.source.label("article_source"),
            documents.c.date.label("document_date"),
        )
        .join(articles, directives.c.article_id == articles.c.id)
        .join(documents, directives.c.document_id == documents.c.id)
        .where(where)
    )
    found: dict[int, Directive] = {}
    for row in conn.execute(query).mappings():
        article = {"idx": row["idx"], "title": row["title"], "source": row["article_source"]}
        found[row["id"]] = replace(rows.to_directive(row, article), date=row["document_date"])
    return found
