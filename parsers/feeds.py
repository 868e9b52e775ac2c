"""JSON feeds: a declared mapping from a JSON document to items of HTML.

A :class:`FeedMapping` names, as dotted paths, where the list of items is and where
each item keeps its title, date, URL and HTML body. :func:`read_feed` applies one;
:func:`guess_mapping` recognises a known shape.

The one feed so far is ``xwlb``: the CCTV evening news (新闻联播) day files
``{"total": 15, "serverTime": …, "videoList": [{"video_title": "[视频]…",
"pub_date": "2020-01-25 19:05:02", "video_url": …, "brief": …, "video_detail":
{"title": "[视频]…", "content": "<p>…</p>\\r\\n<p>…</p>", …}}, …]}``. In the 366
files of 2020 (6,255 items) a few items (9) carry no ``video_detail`` – no body:
they are skipped and reported; titles carry a ``[视频]`` tag (in both title
fields) and sometimes double spaces; bodies use CRLF between paragraphs, ``<br />``
inside some, U+3000 and U+00A0 as indentation.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from bulletin_diff.errors import FeedMappingError
from parsers.blocks import FeedItem
from parsers.dates import parse_date

logger = logging.getLogger(__name__)

_TAG = re.compile(r"^\s*(?:\[视频\]|【视频】)\s*")
_MARKUP = re.compile(r"<[^>]*>|&nbsp;|&#160;")


@dataclass(frozen=True)
class FeedMapping:
    """Dotted paths into a feed: ``items`` from the document, the others from an item."""

    name: str
    items: str
    title: str
    date: str
    url: str
    body: str
    fallback_title: str | None = None


@dataclass(frozen=True)
class FeedRead:
    """The readable items of a feed, and one message per item that was skipped."""

    items: tuple[FeedItem, ...]
    problems: tuple[str, ...]


XWLB = FeedMapping(
    name="xwlb",
    items="videoList",
    title="video_detail.title",
    fallback_title="video_title",
    date="pub_date",
    url="video_url",
    body="video_detail.content",
)
MAPPINGS: dict[str, FeedMapping] = {"xwlb": XWLB}


def read_feed(data: object, mapping: FeedMapping, *, source: str | None = None) -> FeedRead:
    """Read the items of ``data`` (parsed JSON) with ``mapping``.

    Raises :class:`FeedMappingError` when the item list is missing or not a list, or
    when no item at all has a body (the mapping does not fit). A single item that is
    not an object or has no body is skipped and reported in ``problems``.
    """
    found = lookup(data, mapping.items)
    if found is None:
        raise FeedMappingError(f"feed {mapping.name!r}: no item list at {mapping.items!r}", source)
    if not isinstance(found, list):
        kind = type(found).__name__
        raise FeedMappingError(f"feed {mapping.name!r}: {mapping.items!r} is a {kind}, not a list", source)
    items: list[FeedItem] = []
    problems: list[str] = []
    for index, entry in enumerate(found):
        title = clean_title(_str(lookup(entry, mapping.title)) or _str(lookup(entry, mapping.fallback_title)))
        body = lookup(entry, mapping.body)
        if not isinstance(body, str) or not _MARKUP.sub("", body).strip():
            what = "no body" if body is None else "an empty body" if isinstance(body, str) else "a body that is no text"
            problems.append(f"item {index} ({title or 'untitled'}): {what} at {mapping.body!r}, skipped")
            continue
        raw_date = _str(lookup(entry, mapping.date))
        date = parse_date(raw_date) if raw_date else None
        if raw_date and date is None:
            logger.warning("%s: item %d: unreadable date %r", source or mapping.name, index, raw_date)
        body = body.replace("\r\n", "\n").replace("\r", "\n")
        items.append(FeedItem(title=title, date=date, url=_str(lookup(entry, mapping.url)), html=body))
    if found and not items:
        message = f"feed {mapping.name!r}: none of {len(found)} items has a body at {mapping.body!r}"
        raise FeedMappingError(message, source)
    for problem in problems:
        logger.info("%s: %s", source or mapping.name, problem)
    return FeedRead(tuple(items), tuple(problems))


def guess_mapping(data: object) -> FeedMapping | None:
    """The known mapping whose item list exists and whose items have a body, if any."""
    for mapping in MAPPINGS.values():
        entries = lookup(data, mapping.items)
        if isinstance(entries, list) and any(isinstance(lookup(e, mapping.body), str) for e in entries):
            return mapping
    return None


def lookup(data: object, path: str | None) -> object:
    """The value at a dotted path (``a.b.0.c``), or None where the path breaks off."""
    if not path:
        return None
    for key in path.split("."):
        if isinstance(data, dict):
            data = data.get(key)
        elif isinstance(data, list) and key.isdigit() and int(key) < len(data):
            data = data[int(key)]
        else:
            return None
    return data


def clean_title(title: str | None) -> str | None:
    """A title without the ``[视频]`` tag and with whitespace runs made one space."""
    if title is None:
        return None
    return " ".join(_TAG.sub("", title).split()) or None


def _str(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None
