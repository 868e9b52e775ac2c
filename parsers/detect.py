"""Which reader a document needs: "html", "json", "rss", "markdown" or "text".

The content decides first: an ``<rss>``, Atom ``<feed>`` or RSS 1.0 ``<rdf:RDF>``
root → rss; a doctype or ``<html>`` at the start → html; a leading
``{`` or ``[`` that parses, or plainly starts JSON (a head cut off) → json – even
when its strings hold HTML; a text that opens with a Markdown heading and marks more lines so
(``parsers.markdown``) → markdown, even with <p>s in it; several block tags (``<p>``, ``<div>``…)
→ html. Then the file extension of ``name`` (a path or URL); otherwise "text".
"""

from __future__ import annotations

import codecs
import json
import re
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from parsers.markdown import looks_like_markdown

_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)
_FEED_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?xml-stylesheet[^>]*>\s*)*<(?:rss|feed|rdf:RDF)\b", re.I | re.S
)
_BLOCK_TAG = re.compile(r"<(?:p|div|br|table|h[1-6]|li|span|body|head)\b[^>]*>", re.I)
_JSON_START = re.compile(r'\A\s*(?:\{\s*["}]|\[\s*(?:[\[{"\]\d-]|true|false|null))')
_EXTENSIONS = {
    ".html": "html",
    ".htm": "html",
    ".shtml": "html",
    ".xhtml": "html",
    ".json": "json",
    ".md": "markdown",
    ".markdown": "markdown",
}


def detect_reader(raw_head: bytes | str, name: str | None = None) -> str:
    """The reader for a document whose first bytes (or decoded characters) are given."""
    head = _text(raw_head) if isinstance(raw_head, bytes) else raw_head
    head = head.lstrip("\ufeff")
    if _FEED_START.match(head):
        return "rss"
    if _HTML_START.match(head):
        return "html"
    if head.lstrip()[:1] in ("{", "["):
        try:
            json.loads(head)
            return "json"
        except ValueError:
            if _JSON_START.match(head):  # a head cut off mid-document
                return "json"
    if looks_like_markdown(head):
        return "markdown"  # (an archive's Markdown may hold its items' bodies as <p>…</p>)
    if len(_BLOCK_TAG.findall(head, 0, 4096)) >= 2:  # markup without a skeleton
        return "html"
    if name:
        path = urlsplit(name).path if "://" in name else name
        return _EXTENSIONS.get(PurePosixPath(path.replace("\\", "/")).suffix.lower(), "text")
    return "text"


def _text(raw: bytes) -> str:
    """Enough of the bytes as text to see markup: tags are ASCII in any encoding but UTF-16."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace")
    return raw.decode("utf-8", errors="replace")
