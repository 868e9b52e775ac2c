"""From a fetched listing to the URLs of its items: pure functions, no network.

* :func:`links_from_index` – the links an HTML index page points to, chosen with a
  CSS selector.
* :func:`entries_from_feed` – the entries of an RSS or Atom feed (feedparser), with
  their inline HTML when the feed carries it.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

import feedparser
from bs4 import BeautifulSoup, Tag

from bulletin_diff.errors import ConfigError, InputError
from parsers.dates import parse_date

logger = logging.getLogger(__name__)

_SCHEMES = ("http", "https")


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One entry of a feed.

    ``url`` is absolute (the entry's link, else its id when that is an http(s) URL).
    ``published`` is the calendar date as the feed wrote it, in the feed's own time
    zone (``Wed, 01 May 2024 07:00 +0800`` is 1 May, not 30 April UTC); the
    ``updated`` date stands in when there is no ``published``. ``html`` is the
    entry's full content (``content:encoded``, Atom ``content``) or else its
    ``summary``/``description``, sanitised by feedparser; ``None`` when it has neither.
    """

    url: str
    title: str | None
    published: dt.date | None
    html: str | None


def _absolute(href: str, base_url: str) -> str | None:
    """``href`` made absolute against ``base_url``, without fragment; None unless http(s)."""
    href = href.strip()
    if not href:
        return None
    url, _fragment = urldefrag(urljoin(base_url, href))
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in _SCHEMES or not parts.hostname:
        return None
    return url


def _href(tag: Tag) -> str | None:
    value = tag.get("href")
    return value if isinstance(value, str) else None


def links_from_index(html: str, base_url: str, selector: str) -> list[str]:
    """The absolute http(s) URLs of the elements ``selector`` picks, in page order, once each.

    A picked element with an ``href`` gives that link; any other picked element
    gives the ``<a href>`` links inside it (so ``"ul.news li"`` works as well as
    ``"ul.news a"``). A ``<base href>`` in the page is honoured. Fragments are
    dropped (``a.html#top`` is ``a.html``); ``mailto:``, ``javascript:`` and the
    like are left out. An invalid selector → :class:`ConfigError`.
    """
    soup = BeautifulSoup(html, "lxml")
    base_tag = soup.find("base", href=True)
    if isinstance(base_tag, Tag) and (base_href := _href(base_tag)):
        base_url = urljoin(base_url, base_href.strip())
    try:
        picked = soup.select(selector)
    except Exception as exc:  # soupsieve raises its own SelectorSyntaxError
        raise ConfigError(f"invalid CSS selector {selector!r}: {' '.join(str(exc).split())}") from exc
    links: list[str] = []
    seen: set[str] = set()
    for element in picked:
        anchors = [element] if element.has_attr("href") else element.select("a[href]")
        for anchor in anchors:
            href = _href(anchor)
            url = _absolute(href, base_url) if href else None
            if url and url not in seen:
                seen.add(url)
                links.append(url)
    logger.debug("%s: selector %r picked %d elements, %d links", base_url, selector, len(picked), len(links))
    return links


def entries_from_feed(content: bytes, base_url: str | None) -> list[FeedEntry]:
    """The entries of an RSS (0.9x/1.0/2.0) or Atom feed, in feed order, once per URL.

    Relative links are resolved against ``xml:base`` and ``base_url``. Entries with
    neither a link nor an http(s) id are left out (logged). ``base_url`` None: a feed
    read from a file, whose relative links stay as written. Bytes that are not a
    feed at all (an HTML page, an error message) → :class:`InputError`.
    """
    headers = {"content-type": "application/xml"}
    if base_url is not None:
        headers["content-location"] = base_url
    parsed: Any = feedparser.parse(content, response_headers=headers)
    if not parsed.get("version"):
        problem = parsed.get("bozo_exception")
        detail = f" ({' '.join(str(problem).split())})" if problem else ""
        raise InputError(f"not an RSS or Atom feed{detail}", base_url)
    if parsed.get("bozo"):
        logger.info("%s: feed is not well-formed, parsed leniently: %s", base_url, parsed.get("bozo_exception"))
    entries: list[FeedEntry] = []
    seen: set[str] = set()
    for index, entry in enumerate(parsed.get("entries", [])):
        url = _entry_url(entry, base_url)
        if url is None:
            logger.warning("%s: feed entry %d has no http(s) link or id; left out", base_url, index)
            continue
        if url in seen:
            continue
        seen.add(url)
        entries.append(FeedEntry(url, _text(entry.get("title")), _entry_date(entry), _entry_html(entry)))
    return entries


def _text(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _entry_url(entry: Any, base_url: str | None) -> str | None:
    for key in ("link", "id"):
        value = entry.get(key)
        if not isinstance(value, str) or not value.strip():
            continue
        if url := _absolute(value, base_url or ""):
            return url
        if base_url is None and key == "link":
            return value.strip()  # a feed read from a file: its link as written
    return None


def _entry_html(entry: Any) -> str | None:
    for part in entry.get("content") or []:
        value = part.get("value")
        if isinstance(value, str) and value.strip():
            return value
    summary = entry.get("summary")
    if isinstance(summary, str) and summary.strip():
        return summary
    return None


def _entry_date(entry: Any) -> dt.date | None:
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if isinstance(raw, str) and (found := _date_as_written(raw)):
            return found
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if isinstance(parsed, time.struct_time):  # already shifted to UTC by feedparser
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def _date_as_written(raw: str) -> dt.date | None:
    """The date of a feed timestamp in its own time zone (RFC 822, ISO 8601, Chinese)."""
    raw = raw.strip()
    if not raw:
        return None
    try:
        return email.utils.parsedate_to_datetime(raw).date()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return dt.datetime.fromisoformat(raw).date()
    except ValueError:
        pass
    return parse_date(raw)
