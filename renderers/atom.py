"""The run's changes as an Atom 1.0 feed: one entry per document with changes."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from urllib.parse import quote

from bulletin_diff.records import ChangeKind, RunReport
from renderers._shared import anchor, changed_documents, document_heading, timestamp
from renderers.htmlreport import document_fragment

ATOM_NS = "http://www.w3.org/2005/Atom"
# Characters XML 1.0 does not allow at all; ElementTree would write them as they are.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _add(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = _NOT_XML.sub("", text)
    return element


def render_atom(report: RunReport, feed_id: str = "urn:bulletin-diff:changes", base_url: str | None = None) -> str:
    """The feed; with ``base_url`` (where the reports are published) links to the HTML report."""
    updated = timestamp(report.started_at)
    page = f"{base_url.rstrip('/')}/{quote(report.run_id)}/changes.html" if base_url else None
    feed = ET.Element("feed", xmlns=ATOM_NS)
    _add(feed, "id", feed_id)
    _add(feed, "title", "bulletin-diff: changes in official bulletins")
    _add(feed, "updated", updated)
    _add(_add(feed, "author"), "name", "bulletin-diff")
    _add(feed, "generator", "bulletin-diff")
    if page:
        _add(feed, "link", rel="alternate", type="text/html", href=page)
    for dc in changed_documents(report):
        doc = dc.document
        entry = _add(feed, "entry")
        _add(entry, "id", f"urn:bulletin-diff:document:{doc.sha256}")
        _add(entry, "title", document_heading(doc))
        _add(entry, "updated", updated)
        if page:
            _add(entry, "link", rel="alternate", type="text/html", href=f"{page}#{anchor(doc)}")
        if doc.url:
            _add(entry, "link", rel="related", href=doc.url)
        kinds = (ChangeKind.NEW, ChangeKind.CHANGED, ChangeKind.DROPPED)
        _add(entry, "summary", ", ".join(f"{dc.count(k)} {k.value}" for k in kinds))
        _add(entry, "content", document_fragment(dc), type="html")
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"
