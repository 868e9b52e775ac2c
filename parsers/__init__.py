"""Parsers: raw bytes and what is known of them in, a ParsedDocument out.

Pure functions only: no database, no network, no Prefect. The stages, one module
each: ``decode`` (bytes → text), ``detect`` (which reader), ``html`` / ``feeds`` / ``markdown``
(markup → blocks), ``page_head`` (a page's head and furniture: where the article starts, its info
lines), ``layout`` (join lines broken mid-sentence), ``segment``
(articles, dateline, byline), ``directives`` (units, markers, speakers), ``webinfo``
(a site's info lines), ``names`` (surnames), ``dates``, ``normalize`` (the matching key)
and ``words`` (jieba).
"""

from __future__ import annotations

from typing import Any

__all__ = ["parse_document", "parse_text"]


def __getattr__(name: str) -> Any:
    # Lazy, so that importing one stage (parsers.words) does not load them all.
    if name in __all__:
        from parsers import document

        return getattr(document, name)
    raise AttributeError(name)
