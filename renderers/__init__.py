"""Report renderers: a run's changes as Markdown, JSON, HTML, Atom and a change log.

Each renderer is pure (records in, text out); ``write_reports`` writes them all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bulletin_diff.records import RunReport
from renderers.atom import render_atom
from renderers.changelog import prepend_to_changelog
from renderers.htmlreport import render_html
from renderers.jsonreport import render_json
from renderers.markdown import escape_md, render_markdown

__all__ = [
    "RENDERERS",
    "escape_md",
    "prepend_to_changelog",
    "render_atom",
    "render_html",
    "render_json",
    "render_markdown",
    "write_reports",
]

RENDERERS: dict[str, Callable[[RunReport], str]] = {
    "markdown": render_markdown,
    "json": render_json,
    "html": render_html,
    "atom": render_atom,
}
_SUFFIXES = {"markdown": "md", "json": "json", "html": "html", "atom": "atom"}


def write_reports(report: RunReport, out_dir: Path) -> dict[str, Path]:
    """Write ``<out_dir>/<run_id>/changes.*`` and update ``<out_dir>/CHANGELOG.md``."""
    run_id = report.run_id
    if not run_id or run_id in (".", "..") or Path(run_id).name != run_id or "\\" in run_id:
        raise ValueError(f"run id not usable as a directory name: {run_id!r}")
    run_dir = Path(out_dir) / run_id
    run_dir.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    for name, render in RENDERERS.items():
        paths[name] = run_dir / f"changes.{_SUFFIXES[name]}"
        paths[name].write_text(render(report), encoding="utf-8")
    changelog = Path(out_dir) / "CHANGELOG.md"
    existing = changelog.read_text(encoding="utf-8") if changelog.exists() else None
    changelog.write_text(prepend_to_changelog(existing, report), encoding="utf-8")
    paths["changelog"] = changelog
    return paths
