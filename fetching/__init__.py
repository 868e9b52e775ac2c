"""Fetching: from a source's URL to the raw documents it currently offers.

No database and no Prefect here. :class:`~fetching.http.Fetcher` does one careful
GET; :mod:`fetching.discover` turns an index page or a feed into item URLs;
:func:`fetch_source` puts them together for the four kinds of source:

* ``"page"`` / ``"json"`` – the URL is the one document;
* ``"index"`` – an HTML listing: its links picked with a CSS ``selector`` are the
  documents (the listing itself is not one);
* ``"rss"`` – an RSS or Atom feed: each entry's inline HTML is a document when the
  feed carries it, else the page its link points to.

The listing of an index or feed is always fetched in full (it is what says which
items exist). Each item is fetched conditionally with the validators remembered in
a :class:`~fetching.validators.ValidatorStore`, which is updated after each
success; an item that answers 304, or the same bytes (sha256) as last time, is
*skipped*. A failing item is recorded in ``failures`` and never stops the others.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from bulletin_diff.errors import BulletinDiffError, ConfigError, FetchError
from fetching.discover import FeedEntry, entries_from_feed, links_from_index
from fetching.http import Fetched, Fetcher
from fetching.policy import FetchPolicy
from fetching.validators import MemoryValidators, Validators, ValidatorStore
from parsers.decode import decode

__all__ = [
    "KINDS",
    "FeedEntry",
    "FetchOutcome",
    "FetchPolicy",
    "Fetched",
    "Fetcher",
    "MemoryValidators",
    "ValidatorStore",
    "Validators",
    "entries_from_feed",
    "fetch_source",
    "links_from_index",
]

logger = logging.getLogger(__name__)

KINDS = ("page", "index", "rss", "json")
INLINE_CONTENT_TYPE = "text/html; charset=utf-8"


@dataclass(frozen=True, slots=True)
class FetchOutcome:
    """What one source gave in one run.

    ``documents`` are new or changed, in listing order; ``skipped`` the URLs that
    are unchanged since the validators were stored; ``failures`` pairs of URL and
    one-line message. ``entries`` are the feed's entries (``"rss"`` only), so that a
    caller can find the title and date of a document by its ``url``.
    """

    documents: tuple[Fetched, ...] = ()
    skipped: tuple[str, ...] = ()
    failures: tuple[tuple[str, str], ...] = ()
    entries: tuple[FeedEntry, ...] = ()


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())


class _Collector:
    """Fetches items (concurrently, results in order) and keeps the validators.

    The validator store is only touched from the calling thread.
    """

    def __init__(self, fetcher: Fetcher, store: ValidatorStore | None) -> None:
        self.fetcher = fetcher
        self.store = store
        self.documents: list[Fetched] = []
        self.skipped: list[str] = []
        self.failures: list[tuple[str, str]] = []

    def outcome(self, entries: Sequence[FeedEntry] = ()) -> FetchOutcome:
        return FetchOutcome(tuple(self.documents), tuple(self.skipped), tuple(self.failures), tuple(entries))

    def fail(self, url: str, error: BaseException) -> None:
        logger.warning("fetch failed: %s", _one_line(error))
        self.failures.append((url, _one_line(error)))

    def collect(self, items: Sequence[str | Fetched]) -> None:
        """Fetch each URL of ``items``; a :class:`Fetched` (inline feed content) is taken as is."""
        known = {item: self.store.get(item) if self.store else None for item in items if isinstance(item, str)}
        workers = max(1, min(self.fetcher.policy.per_host_concurrency, len(known)))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fetch") as pool:
            futures: dict[str, Future[Fetched]] = {
                url: pool.submit(self.fetcher.fetch, url, validators) for url, validators in known.items()
            }
            for item in items:
                if isinstance(item, Fetched):
                    self._record(item, self.store.get(item.url) if self.store else None)
                    continue
                try:
                    fetched = futures[item].result()
                except BulletinDiffError as exc:
                    self.fail(item, exc)
                else:
                    self._record(fetched, known[item])

    def _record(self, fetched: Fetched, old: Validators | None) -> None:
        url = fetched.url
        if fetched.not_modified:
            self.skipped.append(url)
            new = Validators(
                fetched.headers.get("etag") or (old.etag if old else None),
                fetched.headers.get("last-modified") or (old.last_modified if old else None),
                old.sha256 if old else None,
            )
        else:
            if old is not None and old.sha256 is not None and old.sha256 == fetched.sha256:
                logger.info("%s: same bytes as last time", url)
                self.skipped.append(url)
            else:
                self.documents.append(fetched)
            new = Validators(fetched.headers.get("etag"), fetched.headers.get("last-modified"), fetched.sha256)
        if self.store is not None and new != old:
            self.store.put(url, new)


def _inline(entry: FeedEntry, feed: Fetched) -> Fetched:
    """A feed entry's inline HTML as if it had been fetched from the entry's URL."""
    assert entry.html is not None
    content = entry.html.encode("utf-8")
    return Fetched(
        url=entry.url,
        final_url=entry.url,
        status=feed.status,
        content=content,
        headers={"content-type": INLINE_CONTENT_TYPE, "content-location": feed.final_url},
        not_modified=False,
        sha256=hashlib.sha256(content).hexdigest(),
        fetched_at=feed.fetched_at,
    )


def fetch_source(
    fetcher: Fetcher,
    kind: str,
    url: str,
    *,
    selector: str | None = None,
    validators: ValidatorStore | None = None,
) -> FetchOutcome:
    """Fetch what the source at ``url`` currently offers; see the module docstring.

    Fetch failures (of the listing too) end up in ``failures``; only a wrong
    ``kind``, a missing or invalid ``selector`` raise (:class:`ConfigError`).
    """
    if kind not in KINDS:
        raise ConfigError(f"{url}: unknown source kind {kind!r} (expected one of {', '.join(KINDS)})")
    if kind == "index" and not (selector and selector.strip()):
        raise ConfigError(f"{url}: an index source needs a CSS selector for its article links")
    collector = _Collector(fetcher, validators)
    if kind in ("page", "json"):
        collector.collect([url])
        return collector.outcome()

    try:
        listing = fetcher.fetch(url)
    except FetchError as exc:
        collector.fail(url, exc)
        return collector.outcome()

    if kind == "index":
        assert selector is not None
        try:
            html = decode(listing.content, declared=listing.headers.get("content-type"), source=url).text
        except BulletinDiffError as exc:
            collector.fail(url, exc)
            return collector.outcome()
        links = links_from_index(html, listing.final_url, selector)
        if not links:
            collector.fail(url, FetchError(f"{url}: selector {selector!r} matched no article links"))
        logger.info("%s: index lists %d links", url, len(links))
        collector.collect(links)
        return collector.outcome()

    try:
        entries = entries_from_feed(listing.content, listing.final_url)
    except BulletinDiffError as exc:
        collector.fail(url, exc)
        return collector.outcome()
    logger.info("%s: feed has %d entries", url, len(entries))
    collector.collect([_inline(entry, listing) if entry.html else entry.url for entry in entries])
    return collector.outcome(entries)
