"""What a page of lines says: the helper the rule tests share."""

from __future__ import annotations

import datetime as dt

from parsers.document import parse_document


def said_on(day: dt.date, *lines: str) -> list[tuple[str, str | None]]:
    """(text, speaker) of each directive of the page ``lines`` make, read as of ``day``."""
    doc = parse_document("\n".join(lines).encode(), source="page.txt", date=day)
    return [(d.text, d.speaker) for a in doc.articles for d in a.directives]
