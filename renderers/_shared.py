"""What the Markdown, HTML and Atom renderers share: order, grouping and wording.

Everything here returns plain text; each renderer escapes it for its own format.
"""

from __future__ import annotations

import datetime as dt
import re

from bulletin_diff.records import (
    Change,
    ChangeKind,
    Document,
    DocumentChanges,
    RunReport,
)

# The kinds a report lists one by one; unchanged directives are only counted.
LISTED: tuple[tuple[ChangeKind, str], ...] = (
    (ChangeKind.NEW, "New"),
    (ChangeKind.CHANGED, "Changed"),
    (ChangeKind.DROPPED, "Dropped"),
)

Segment = tuple[str, str]  # (op, text), op "equal" | "delete" | "insert"


def timestamp(value: dt.datetime) -> str:
    """RFC 3339 to the second; a naive time is taken as UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.isoformat(timespec="seconds")


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def one_line(text: str) -> str:
    """Line breaks (and the spaces around them) as one space."""
    return re.sub(r"\s*\n\s*", " ", text)


def has_changes(dc: DocumentChanges) -> bool:
    return bool(dc.withdrawn) or any(c.kind is not ChangeKind.UNCHANGED for c in dc.changes)


def newest_first(report: RunReport) -> list[DocumentChanges]:
    """The report's documents by date, newest first; undated ones last, in given order."""
    return sorted(
        report.documents,
        key=lambda d: (d.document.date is not None, d.document.date or dt.date.min),
        reverse=True,
    )


def changed_documents(report: RunReport) -> list[DocumentChanges]:
    return [d for d in newest_first(report) if has_changes(d)]


def unchanged_documents(report: RunReport) -> list[DocumentChanges]:
    return [d for d in newest_first(report) if not has_changes(d)]


def groups(dc: DocumentChanges) -> list[tuple[str, list[Change]]]:
    """(label, changes) for each listed kind that occurs, changes in pipeline order."""
    found = [(label, [c for c in dc.changes if c.kind is kind]) for kind, label in LISTED]
    found.append(("Withdrawn by the current rules (reprocessed)", list(dc.withdrawn)))
    return [(label, changes) for label, changes in found if changes]


def summary(report: RunReport) -> str:
    counts = " · ".join(f"{report.count(k)} {k.value}" for k in ChangeKind)
    return (
        f"{counts} — {plural(len(report.documents), 'document')}, "
        f"{plural(len(report.failures), 'failure')}, "
        f"{len(report.skipped)} skipped (already stored)"
    )


def document_heading(doc: Document) -> str:
    date = doc.date.isoformat() if doc.date else "undated"
    return f"{date} — {one_line(doc.title or doc.source)}"


def anchor(doc: Document) -> str:
    return f"doc-{doc.sha256[:16]}"


def comparison(dc: DocumentChanges) -> str:
    if dc.previous is None:
        text = "First document in the history."
    else:
        date = dc.previous.date.isoformat() if dc.previous.date else "undated"
        where = one_line(dc.previous.source)
        if dc.previous.title:
            text = f"Compared with 《{one_line(dc.previous.title)}》 ({date}, {where})."
        else:
            text = f"Compared with {where} ({date})."
    unchanged = dc.count(ChangeKind.UNCHANGED)
    if unchanged:
        text += f" {plural(unchanged, 'unchanged directive')} not listed."
    return text


def article_heading(change: Change) -> str:
    """``《article title》 · article source``, the parts that are known (the earlier
    article's for a dropped directive)."""
    d = change.directive or change.previous
    if d is None:
        return ""
    parts = [f"《{d.article_title}》" if d.article_title else None, d.article_source]
    return " · ".join(one_line(p) for p in parts if p)


def by_article(changes: list[Change]) -> list[tuple[str, list[Change]]]:
    """Changes grouped under their article's heading, articles in order of first appearance."""
    out: dict[str, list[Change]] = {}
    for change in changes:
        out.setdefault(article_heading(change), []).append(change)
    return list(out.items())


def speaker(change: Change) -> str:
    d = change.directive or change.previous
    return one_line(d.speaker) if d is not None and d.speaker else ""


def segments(change: Change) -> list[Segment]:
    """The directive's text as diff segments, runs of one op merged."""
    if change.diff:
        raw = [(op.op if op.op in ("delete", "insert") else "equal", op.text) for op in change.diff]
    elif change.kind is ChangeKind.CHANGED and change.text and change.previous_text:
        raw = [("delete", change.previous_text), ("insert", change.text)]
    else:
        raw = [("equal", change.text or change.previous_text or "")]
    merged: list[Segment] = []
    for op, text in raw:
        if merged and merged[-1][0] == op:
            merged[-1] = (op, merged[-1][1] + text)
        elif text:
            merged.append((op, text))
    return [(op, one_line(text)) for op, text in merged]


def similarity(change: Change) -> str | None:
    if change.kind is not ChangeKind.CHANGED or change.similarity is None:
        return None
    return f"{change.similarity:.0%} similar"


def notes(change: Change) -> list[str]:
    """Remarks below a directive: the earlier ones a merge draws on, a near miss, the
    merge a dropped line went into."""
    out = []
    if change.also_previous:
        drawn = [d for d in (change.previous, *change.also_previous) if d is not None]
        out.append("Merges earlier: " + "; ".join(f"「{one_line(d.text)}」" for d in drawn))
    if change.kind is ChangeKind.NEW and change.split and change.nearest is not None:
        out.append(f"Split off earlier: 「{one_line(change.nearest.text)}」")
    elif change.kind is ChangeKind.NEW and change.nearest is not None:
        out.append(f"Closest earlier wording: 「{one_line(change.nearest.text)}」")
    elif change.kind is ChangeKind.DROPPED and change.nearest is not None:
        out.append(f"Taken into: 「{one_line(change.nearest.text)}」")
    return out
