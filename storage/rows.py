"""Records to table rows and back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from bulletin_diff.records import (
    Article,
    Change,
    ChangeKind,
    Directive,
    Document,
    Failure,
    WordOp,
)
from bulletin_diff.rules import rules_version

Row = Mapping[Any, Any]  # a RowMapping, or a dict
UNKNOWN_ARTICLE = -1  # article_index of a directive rebuilt from a change row alone


def utc(value: dt.datetime | None = None) -> dt.datetime:
    """``value`` (naive means UTC) or now, in UTC: SQLite keeps no offset."""
    if value is None:
        return dt.datetime.now(dt.UTC)
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def document_row(document: Document, version: int, run_id: str) -> dict[str, Any]:
    return {
        "source": document.source,
        "sha256": document.sha256,
        "version": version,
        "encoding": document.encoding,
        "encoding_origin": document.encoding_origin,
        "reader": document.reader,
        "date": document.date,
        "date_origin": document.date_origin,
        "size": document.size,
        "title": document.title,
        "url": document.url,
        "stored_at": utc(),
        "run_id": run_id,
        "rules": rules_version(),
    }


def to_document(row: Row) -> Document:
    return Document(
        source=row["source"],
        sha256=row["sha256"],
        encoding=row["encoding"],
        encoding_origin=row["encoding_origin"],
        reader=row["reader"],
        date=row["date"],
        date_origin=row["date_origin"],
        size=row["size"],
        title=row["title"],
        url=row["url"],
    )


def article_row(article: Article, document_id: int) -> dict[str, Any]:
    return {
        "document_id": document_id,
        "idx": article.index,
        "title": article.title,
        "subtitle": article.subtitle,
        "source": article.source,
        "place": article.place,
        "date": article.date,
        "byline": article.byline,
        "truncated": article.truncated,
        "url": article.url,
        "paragraphs": list(article.paragraphs),
        "series": article.series,
    }


def to_article(row: Row, directives: Sequence[Directive]) -> Article:
    return Article(
        index=row["idx"],
        title=row["title"],
        subtitle=row["subtitle"],
        source=row["source"],
        place=row["place"],
        date=row["date"],
        byline=row["byline"],
        truncated=bool(row["truncated"]),
        paragraphs=tuple(row["paragraphs"]),
        directives=tuple(directives),
        url=row["url"],
        series=row["series"],
    )


def directive_row(directive: Directive, document_id: int, article_id: int) -> dict[str, Any]:
    return {
        "directive_id": directive.id,
        "document_id": document_id,
        "article_id": article_id,
        "position": directive.position,
        "text": directive.text,
        "norm": directive.norm,
        "speaker": directive.speaker,
        "tokens": " ".join(directive.tokens),
        "family": directive.family,
    }


def to_directive(row: Row, article: Row) -> Directive:
    """``row`` from ``directives``; ``article`` has its article's idx, title and source."""
    return Directive(
        id=row["directive_id"],
        text=row["text"],
        norm=row["norm"],
        speaker=row["speaker"],
        article_index=article["idx"],
        position=row["position"],
        article_title=article["title"],
        article_source=article["source"],
        tokens=tuple(row["tokens"].split()) if row["tokens"] else (),
        family=row["family"],
        article_series=article.get("series"),
    )


def change_key(change: Change) -> str:
    d, p = change.directive, change.previous
    return f"{change.kind.value}:{d.id if d else ''}:{p.id if p else ''}"


def change_row(change: Change, run_id: str, document_id: int, previous_document_id: int | None) -> dict[str, Any]:
    data = change.to_dict()
    also = [{"id": x.id, "text": x.text, "speaker": x.speaker} for x in change.also_previous]
    return {
        "run_id": run_id,
        "document_id": document_id,
        "previous_document_id": previous_document_id,
        "change_key": change_key(change),
        **{k: data[k] for k in _CHANGE_FIELDS},
        "similarity": change.similarity,  # unrounded, unlike to_dict
        "also_previous": also,
        "nearest_id": change.nearest.id if change.nearest else None,
        "split": change.split,
        "created_at": utc(),
    }


_CHANGE_FIELDS = (
    "kind", "directive_id", "previous_id", "position", "previous_position", "text",
    "previous_text", "diff", "speaker", "previous_speaker", "article", "source", "nearest_text",
)  # fmt: skip


def directive_ids(row: Row) -> list[str]:
    """Every directive id a change row refers to."""
    ids = [row["directive_id"], row["previous_id"], row["nearest_id"]]
    ids += [x["id"] for x in row["also_previous"]]
    return [i for i in ids if i]


def to_change(row: Row, known: Mapping[str, Directive]) -> Change:
    """Rebuild a change; directives not in ``known`` are rebuilt from the row alone."""

    def directive(id_: str | None, text: str | None, speaker: str | None, position: int | None) -> Directive | None:
        if not id_:
            return None
        if id_ in known:
            return known[id_]
        return Directive(
            id=id_,
            text=text or "",
            norm=text or "",
            speaker=speaker,
            article_index=UNKNOWN_ARTICLE,
            position=-1 if position is None else position,
            article_title=row["article"],
            article_source=row["source"],
        )

    current = directive(row["directive_id"], row["text"], row["speaker"], row["position"])
    previous = directive(row["previous_id"], row["previous_text"], row["previous_speaker"], row["previous_position"])
    also = (directive(x["id"], x["text"], x.get("speaker"), None) for x in row["also_previous"])
    return Change(
        kind=ChangeKind(row["kind"]),
        directive=current,
        previous=previous,
        similarity=row["similarity"],
        diff=tuple(WordOp(op=x["op"], text=x["text"]) for x in row["diff"]),
        also_previous=tuple(x for x in also if x is not None),
        nearest=directive(row["nearest_id"], row["nearest_text"], None, None),
        split=bool(row["split"]),
    )


def failure_row(failure: Failure, run_id: str) -> dict[str, Any]:
    return {**failure.to_dict(), "run_id": run_id, "recorded_at": utc()}


def to_failure(row: Row) -> Failure:
    return Failure(source=row["source"], error=row["error"], message=row["message"], sha256=row["sha256"])
