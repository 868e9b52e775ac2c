"""The records every stage shares: frozen, typed dataclasses.

A record's identity is a hash of its content (``Document.sha256``, ``Directive.id``),
never a database row number. ``to_dict`` methods give the JSON shapes documented in
the README; dates are ISO strings there.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


def content_id(*parts: str | int | None) -> str:
    """A stable 16-hex-digit id made from content."""
    h = hashlib.sha256()
    for part in parts:
        h.update(b"\x1f" + ("" if part is None else str(part)).encode("utf-8"))
    return h.hexdigest()[:16]


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


@dataclass(frozen=True, slots=True)
class Document:
    """One version of one input document (a file, a page, a feed's day)."""

    source: str  # path or URL as given
    sha256: str  # of the raw bytes
    encoding: str  # what decoding chose, e.g. "utf-8", "gb18030"
    encoding_origin: str  # "bom" | "http" | "meta" | "detected" | "declared" | "json"
    reader: str  # "text" | "markdown" | "html" | "feed:<mapping>"
    date: dt.date | None  # the document's own date (publication)
    date_origin: str | None  # "option" | "sources-file" | "filename" | "meta" | "feed" | "page" | "text" | None
    size: int  # bytes
    title: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "date": _iso(self.date),
            "date_origin": self.date_origin,
            "sha256": self.sha256,
            "encoding": self.encoding,
            "encoding_origin": self.encoding_origin,
            "reader": self.reader,
            "size": self.size,
            "title": self.title,
            "url": self.url,
        }


@dataclass(frozen=True, slots=True)
class Directive:
    """One instruction as the bulletin words it, with who issued it."""

    id: str  # content_id(document sha256, article index, position, norm)
    text: str  # as written (line breaks joined, attribution left out)
    norm: str  # normalised for matching (width, whitespace, script)
    speaker: str | None  # 习近平, 会议, 许昆林, ...
    article_index: int  # index of its article in the document
    position: int  # index among the document's directives
    article_title: str | None = None
    article_source: str | None = None
    tokens: tuple[str, ...] = ()  # jieba words of ``norm``, for the history index
    article_series: str | None = None  # its article's series (``parsers.series``), when known
    family: str | None = None  # id of the first directive of its lineage, once stored
    date: dt.date | None = None  # its document's date, once stored

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "speaker": self.speaker,
            "position": self.position,
            "norm": self.norm,
        }


@dataclass(frozen=True, slots=True)
class Article:
    """One article of a document, with the directives found in it."""

    index: int
    title: str | None
    subtitle: str | None
    source: str | None  # 新华社, 盐城晚报, 央视网 ...
    place: str | None  # 北京 (from a dateline)
    date: dt.date | None
    byline: str | None  # reporter name(s)
    truncated: bool  # a headline whose body the page cut off
    paragraphs: tuple[str, ...]
    directives: tuple[Directive, ...]
    url: str | None = None
    series: str | None = None  # the meeting or notice series (中共中央政治局常务委员会会议)

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "series": self.series,
            "title": self.title,
            "subtitle": self.subtitle,
            "source": self.source,
            "place": self.place,
            "date": _iso(self.date),
            "byline": self.byline,
            "truncated": self.truncated,
            "url": self.url,
            "paragraphs": list(self.paragraphs),
            "directives": [d.to_dict() for d in self.directives],
        }


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    """What the parsers make of one document."""

    document: Document
    articles: tuple[Article, ...]
    warnings: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()  # parts (feed items) that could not be read, with why

    @property
    def directives(self) -> tuple[Directive, ...]:
        return tuple(d for a in self.articles for d in a.directives)

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document.to_dict(),
            "articles": [a.to_dict() for a in self.articles],
            "warnings": list(self.warnings),
            "problems": list(self.problems),
        }


class ChangeKind(StrEnum):
    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    DROPPED = "dropped"


@dataclass(frozen=True, slots=True)
class WordOp:
    """One step of a word-level diff: jieba words kept, removed or added."""

    op: str  # "equal" | "delete" | "insert"
    text: str

    def to_dict(self) -> dict[str, str]:
        return {"op": self.op, "text": self.text}


@dataclass(frozen=True, slots=True)
class Change:
    """How one directive of a later document relates to an earlier one.

    ``directive`` is the later directive (None when dropped); ``previous`` the earlier
    one it continues (None when new). ``similarity`` is in [0, 1].
    """

    kind: ChangeKind
    directive: Directive | None
    previous: Directive | None
    similarity: float | None = None
    diff: tuple[WordOp, ...] = ()
    also_previous: tuple[Directive, ...] = ()  # a merge: further earlier directives drawn on
    nearest: Directive | None = None  # new: the closest earlier wording, if close; dropped: the merge taking it in
    split: bool = False  # for new: a part split off ``nearest``, whose other part is changed from it

    @property
    def text(self) -> str | None:
        return self.directive.text if self.directive else None

    @property
    def previous_text(self) -> str | None:
        return self.previous.text if self.previous else None

    @property
    def speaker(self) -> str | None:
        d = self.directive or self.previous
        return d.speaker if d else None

    def to_dict(self) -> dict[str, Any]:
        d, p = self.directive, self.previous
        either = d or p
        return {
            "kind": self.kind.value,
            "text": self.text,
            "previous_text": self.previous_text,
            "similarity": None if self.similarity is None else round(self.similarity, 4),
            "diff": [op.to_dict() for op in self.diff],
            "speaker": self.speaker,
            "previous_speaker": p.speaker if p else None,
            "article": either.article_title if either else None,
            "source": either.article_source if either else None,
            "directive_id": d.id if d else None,
            "previous_id": p.id if p else None,
            "position": d.position if d else None,
            "previous_position": p.position if p else None,
            "also_previous": [x.text for x in self.also_previous],
            "nearest_text": self.nearest.text if self.nearest else None,
            "split_from": self.nearest.text if self.split and self.nearest else None,
            "merged_into": self.nearest.text if self.kind is ChangeKind.DROPPED and self.nearest else None,
        }


@dataclass(frozen=True, slots=True)
class DocumentChanges:
    """The changes of one document against what came before it."""

    document: Document
    previous: Document | None
    changes: tuple[Change, ...] = field(default=())
    withdrawn: tuple[Change, ...] = ()  # reprocessing: entries the current rules no longer give

    def count(self, kind: ChangeKind) -> int:
        return sum(1 for c in self.changes if c.kind is kind)

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document.to_dict(),
            "previous": self.previous.to_dict() if self.previous else None,
            "counts": {k.value: self.count(k) for k in ChangeKind},
            "changes": [c.to_dict() for c in self.changes],
            "withdrawn": [c.to_dict() for c in self.withdrawn],
        }


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be used, and why."""

    source: str
    error: str  # exception class name
    message: str
    sha256: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "error": self.error, "message": self.message, "sha256": self.sha256}


@dataclass(frozen=True, slots=True)
class RunReport:
    """Everything one pipeline run found: the input to every report renderer."""

    run_id: str
    started_at: dt.datetime
    documents: tuple[DocumentChanges, ...] = ()
    failures: tuple[Failure, ...] = ()
    skipped: tuple[str, ...] = ()  # sources whose bytes were already stored

    def count(self, kind: ChangeKind) -> int:
        return sum(d.count(kind) for d in self.documents)

    def to_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "started_at": self.started_at.isoformat(),
            "counts": {k.value: self.count(k) for k in ChangeKind},
            "documents": [d.to_dict() for d in self.documents],
            "failures": [f.to_dict() for f in self.failures],
            "skipped": list(self.skipped),
        }
