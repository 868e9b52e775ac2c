"""One HTTP GET, done carefully: conditional, size-capped, retried, throttled per host.

:class:`Fetcher` owns one :class:`httpx.Client` and may be shared by threads. Every
failure it reports is a :class:`~bulletin_diff.errors.FetchError` whose message is
one line starting with the URL, e.g.
``https://example.org/a.html: HTTP 404 Not Found``.

What is retried (``policy.retries`` more times, exponential backoff): timeouts,
connection errors (refused, reset, closed mid-response) and 5xx answers. What is
not: 4xx answers, a body over the size cap, too many redirects (a loop), a URL that
is not http(s) or is malformed.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import Message
from types import TracebackType
from urllib.parse import urlsplit

import httpx

from bulletin_diff.errors import FetchError
from fetching.policy import FetchPolicy
from fetching.validators import Validators

logger = logging.getLogger(__name__)

SCHEMES = ("http", "https")


@dataclass(frozen=True, slots=True)
class Fetched:
    """The answer to one GET.

    ``headers`` has lower-case names (repeated headers joined with ", "); the
    ``content-type`` header, charset included, is what the decoder downstream
    reads. For a 304 answer ``not_modified`` is true, ``content`` is empty and
    ``sha256`` is the one the validators remembered (``None`` if they had none).
    """

    url: str  # as requested
    final_url: str  # after redirects
    status: int
    content: bytes
    headers: dict[str, str]
    not_modified: bool
    sha256: str | None
    fetched_at: datetime  # UTC

    @property
    def content_type(self) -> str | None:
        """The media type without parameters, lower-case (``"text/html"``)."""
        value = self.headers.get("content-type")
        if not value:
            return None
        return value.split(";", 1)[0].strip().lower() or None

    @property
    def charset(self) -> str | None:
        """The ``charset`` parameter of ``Content-Type``, as the server wrote it."""
        value = self.headers.get("content-type")
        if not value:
            return None
        message = Message()
        message["content-type"] = value
        charset = message.get_param("charset")
        if not isinstance(charset, str):
            return None
        return charset.strip().strip("\"'") or None


class _Transient(Exception):
    """An attempt failed in a way that another attempt may not (timeout, 5xx)."""


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _error(url: str, message: str) -> FetchError:
    return FetchError(_one_line(f"{url}: {message}"))


def check_url(url: str) -> str:
    """``url`` if it is an absolute http(s) URL with a host, else :class:`FetchError`."""
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise _error(url, f"malformed URL ({exc})") from exc
    if parts.scheme.lower() not in SCHEMES:
        shown = f"{parts.scheme}://" if parts.scheme else "no"
        raise _error(url, f"{shown} scheme is not fetched, only http:// and https://")
    if not parts.hostname:
        raise _error(url, "URL has no host")
    return url


class _HostGate:
    """At most ``concurrency`` requests at once, starts at least ``delay`` s apart."""

    def __init__(self, concurrency: int, delay: float) -> None:
        self._semaphore = threading.BoundedSemaphore(concurrency)
        self._lock = threading.Lock()
        self._delay = delay
        self._next_start = 0.0

    @contextmanager
    def slot(self) -> Iterator[None]:
        with self._semaphore:
            with self._lock:  # reserve a start time, then wait for it unlocked
                now = time.monotonic()
                start = max(now, self._next_start)
                self._next_start = start + self._delay
            if start > now:
                time.sleep(start - now)
            yield


class Fetcher:
    """A polite, defensive HTTP client. Use as a context manager, or call :meth:`close`."""

    def __init__(self, policy: FetchPolicy | None = None) -> None:
        self.policy = policy or FetchPolicy()
        self._client = httpx.Client(
            timeout=httpx.Timeout(self.policy.timeout),
            headers={"User-Agent": self.policy.user_agent},
            follow_redirects=True,
            max_redirects=self.policy.max_redirects,
        )
        self._gates: dict[str, _HostGate] = {}
        self._gates_lock = threading.Lock()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def _gate(self, url: str) -> _HostGate:
        host = (urlsplit(url).hostname or "").lower()
        with self._gates_lock:
            gate = self._gates.get(host)
            if gate is None:
                gate = _HostGate(self.policy.per_host_concurrency, self.policy.per_host_delay)
                self._gates[host] = gate
            return gate

    def fetch(self, url: str, validators: Validators | None = None) -> Fetched:
        """GET ``url``; conditional when ``validators`` carry an ETag or Last-Modified.

        Returns the answer of a 2xx or 304; raises :class:`FetchError` otherwise.
        """
        check_url(url)
        headers: dict[str, str] = {}
        if validators is not None:
            if validators.etag:
                headers["If-None-Match"] = validators.etag
            if validators.last_modified:
                headers["If-Modified-Since"] = validators.last_modified
        attempts = self.policy.retries + 1
        for attempt in range(attempts):
            try:
                with self._gate(url).slot():
                    return self._attempt(url, headers, validators)
            except _Transient as exc:
                if attempt + 1 == attempts:
                    tries = "1 attempt" if attempts == 1 else f"{attempts} attempts"
                    raise _error(url, f"{exc} (gave up after {tries})") from exc
                pause = self.policy.backoff * 2**attempt
                logger.warning("%s: %s; retrying in %.2f s", url, exc, pause)
                time.sleep(pause)
        raise AssertionError("unreachable")  # pragma: no cover

    def _attempt(self, url: str, headers: dict[str, str], validators: Validators | None) -> Fetched:
        policy = self.policy
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                status = response.status_code
                final_url = str(response.url)
                where = "" if final_url == url else f" (redirected to {final_url})"
                if status >= 500:
                    raise _Transient(f"HTTP {status} {response.reason_phrase}{where}")
                if status >= 400:
                    raise _error(url, f"HTTP {status} {response.reason_phrase}{where}")
                got = {name.lower(): value for name, value in response.headers.items()}
                fetched_at = datetime.now(UTC)
                if status == 304:
                    logger.info("%s: not modified", url)
                    return Fetched(
                        url, final_url, status, b"", got, True, validators.sha256 if validators else None, fetched_at
                    )
                if not 200 <= status < 300:
                    raise _error(url, f"unexpected HTTP {status} {response.reason_phrase}{where}")
                length = _content_length(response.headers.get("content-length"))
                if length is not None and length > policy.max_bytes:
                    raise _error(url, f"Content-Length {length} bytes is over the size cap of {policy.max_bytes}")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > policy.max_bytes:
                        raise _error(url, f"body is over the size cap of {policy.max_bytes} bytes")
        except httpx.TooManyRedirects as exc:
            raise _error(url, f"redirect loop or more than {policy.max_redirects} redirects") from exc
        except httpx.UnsupportedProtocol as exc:  # e.g. redirected to ftp://
            raise _error(url, f"redirected to an unsupported URL ({exc})") from exc
        except httpx.TimeoutException as exc:
            raise _Transient(f"timed out ({type(exc).__name__}, limit {policy.timeout:g} s)") from exc
        except (httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            raise _Transient(f"connection failed ({type(exc).__name__}: {exc})") from exc
        except httpx.InvalidURL as exc:
            raise _error(url, f"malformed URL ({exc})") from exc
        except httpx.HTTPError as exc:
            raise _error(url, f"{type(exc).__name__}: {exc}") from exc
        content = bytes(body)
        digest = hashlib.sha256(content).hexdigest()
        logger.info("%s: HTTP %d, %d bytes%s", url, status, len(content), where)
        return Fetched(url, final_url, status, content, got, False, digest, fetched_at)


def _content_length(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        length = int(value.strip())
    except ValueError:
        return None
    return length if length >= 0 else None
