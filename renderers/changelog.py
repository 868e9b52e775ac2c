"""The cumulative ``CHANGELOG.md``: one section per run, newest first."""

from __future__ import annotations

from bulletin_diff.records import RunReport
from renderers._shared import changed_documents, plural, timestamp
from renderers.markdown import escape_md, report_body

HEADER = "# Change log"


def _marker(run_id: str) -> str:
    return f"<!-- run:{run_id} -->"


def _section(report: RunReport) -> str:
    when = timestamp(report.started_at)
    run = escape_md(report.run_id)
    if not changed_documents(report):
        failed = f" ({plural(len(report.failures), 'failed input')})" if report.failures else ""
        lines = [f"- run {run} {when}: no new changes{failed}"]
    else:
        lines = [f"## Run {run} — {when}", "", *report_body(report, level=3)]
    return "\n".join([_marker(report.run_id), *lines]).rstrip("\n") + "\n"


def prepend_to_changelog(existing: str | None, report: RunReport) -> str:
    """``existing`` with the run's section right below the header; unchanged if already there."""
    if existing and _marker(report.run_id) in existing:
        return existing
    rest = (existing or "").lstrip("\ufeff\n")
    first, _, tail = rest.partition("\n")
    if first.strip() == HEADER:
        rest = tail
    rest = rest.strip("\n")
    return f"{HEADER}\n\n{_section(report)}" + (f"\n{rest}\n" if rest else "")
