"""The run's changes as Markdown, for a person to read."""

from __future__ import annotations

import re

from bulletin_diff.records import Change, RunReport
from renderers._shared import (
    by_article,
    changed_documents,
    comparison,
    document_heading,
    groups,
    notes,
    one_line,
    segments,
    similarity,
    speaker,
    summary,
    timestamp,
    unchanged_documents,
)

_SIGNIFICANT = re.compile(r"([\\`*_~<>\[\]|])")
_LEADING_HASH = re.compile(r"^(\s*)#", re.MULTILINE)
_MARKS = {"delete": "~~", "insert": "**"}


def escape_md(text: str) -> str:
    """Backslash-escape what Markdown would read as markup in page text."""
    return _LEADING_HASH.sub(r"\1\\#", _SIGNIFICANT.sub(r"\\\1", text))


def _marked(op: str, text: str) -> str:
    mark = _MARKS.get(op)
    core = text.strip()
    if mark is None or not core:
        return escape_md(text)
    # Emphasis must not start or end with whitespace: keep it outside the marks.
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    return f"{lead}{mark}{escape_md(core)}{mark}{trail}"


def _item(change: Change) -> list[str]:
    who = speaker(change)
    line = "- " + (f"{escape_md(who)}: " if who else "")
    line += "".join(_marked(op, text) for op, text in segments(change))
    if sim := similarity(change):
        line += f" ({sim})"
    return [line] + [f"  - {escape_md(note)}" for note in notes(change)]


def report_body(report: RunReport, level: int = 2) -> list[str]:
    """The report below its title as Markdown lines, document headings at ``level``."""
    h = "#" * level
    lines = [f"**Summary:** {escape_md(summary(report))}", ""]
    documents = changed_documents(report)
    if not documents:
        lines += ["No new changes.", ""]
    for dc in documents:
        lines += [f"{h} {escape_md(document_heading(dc.document))}", "", escape_md(comparison(dc)), ""]
        for label, changes in groups(dc):
            lines += [f"{h}# {label}", ""]
            for heading, in_article in by_article(changes):
                if heading:
                    lines += [f"{h}## {escape_md(heading)}", ""]
                for change in in_article:
                    lines += _item(change)
                lines.append("")
    if documents and (quiet := unchanged_documents(report)):
        names = "; ".join(document_heading(dc.document) for dc in quiet)
        lines += [f"Without changes: {escape_md(names)}.", ""]
    if report.failures:
        lines += [f"{h} Failed inputs", ""]
        lines += [f"- {escape_md(one_line(f'{f.source} — {f.error}: {f.message}'))}" for f in report.failures]
        lines.append("")
    return lines


def render_markdown(report: RunReport) -> str:
    title = f"# Change report — run {escape_md(report.run_id)}"
    lines = [title, "", f"Run started {timestamp(report.started_at)}.", "", *report_body(report)]
    return "\n".join(lines).rstrip("\n") + "\n"
