"""The run's changes as a standalone HTML page."""

from __future__ import annotations

from html import escape

from bulletin_diff.records import Change, DocumentChanges, RunReport
from renderers._shared import (
    anchor,
    by_article,
    changed_documents,
    comparison,
    document_heading,
    groups,
    notes,
    segments,
    similarity,
    speaker,
    summary,
    timestamp,
    unchanged_documents,
)

_TAGS = {"delete": "del", "insert": "ins"}

CSS = """\
body { font-family: system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;
       max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.7; color: #222; }
h2 { border-bottom: 1px solid #ddd; margin-top: 2.5rem; }
.meta, .compared, .who, .sim, .notes { color: #666; }
h4.article { margin: 1rem 0 .2rem; font-weight: 600; }
li { margin: .3rem 0; }
del { background: #fdd; color: #900; }
ins { background: #dfd; color: #060; text-decoration: none; }
.failures li { color: #900; }
"""


def _item(change: Change) -> str:
    who = speaker(change)
    parts = [f'<span class="who">{escape(who)}</span>: ' if who else ""]
    for op, text in segments(change):
        tag = _TAGS.get(op)
        parts.append(f"<{tag}>{escape(text)}</{tag}>" if tag else escape(text))
    if sim := similarity(change):
        parts.append(f' <span class="sim">({escape(sim)})</span>')
    if extra := notes(change):
        parts.append('<ul class="notes">' + "".join(f"<li>{escape(n)}</li>" for n in extra) + "</ul>")
    return "<li>" + "".join(parts) + "</li>"


def document_fragment(dc: DocumentChanges) -> str:
    """One document's changes as an HTML fragment (the page's section body, an Atom entry's content)."""
    parts = [f'<p class="compared">{escape(comparison(dc))}</p>']
    for label, changes in groups(dc):
        parts.append(f"<h3>{escape(label)}</h3>")
        for heading, in_article in by_article(changes):
            if heading:
                parts.append(f'<h4 class="article">{escape(heading)}</h4>')
            parts.append("<ul>\n" + "\n".join(_item(c) for c in in_article) + "\n</ul>")
    return "\n".join(parts)


def render_html(report: RunReport) -> str:
    title = f"Change report — run {report.run_id}"
    body = [
        f"<h1>{escape(title)}</h1>",
        f'<p class="meta">Run started {escape(timestamp(report.started_at))}.</p>',
        f'<p class="summary"><strong>Summary:</strong> {escape(summary(report))}</p>',
    ]
    documents = changed_documents(report)
    if not documents:
        body.append("<p>No new changes.</p>")
    for dc in documents:
        body.append(
            f'<section id="{escape(anchor(dc.document))}">\n'
            f"<h2>{escape(document_heading(dc.document))}</h2>\n{document_fragment(dc)}\n</section>"
        )
    if documents and (quiet := unchanged_documents(report)):
        names = "; ".join(document_heading(dc.document) for dc in quiet)
        body.append(f'<p class="meta">Without changes: {escape(names)}.</p>')
    if report.failures:
        items = "".join(
            f"<li>{escape(f.source)} — {escape(f.error)}: {escape(f.message)}</li>\n" for f in report.failures
        )
        body.append(f'<section class="failures">\n<h2>Failed inputs</h2>\n<ul>\n{items}</ul>\n</section>')
    return (
        '<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )
