"""What we knew of a URL last time: enough for a conditional GET and a same-bytes check."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Validators:
    """The cache validators of one URL's last successful fetch.

    ``etag`` and ``last_modified`` are the server's headers, sent back as
    ``If-None-Match`` / ``If-Modified-Since``; ``sha256`` is of the body we got, so
    that a server without validators that sends the same bytes again is still
    recognised as unchanged.
    """

    etag: str | None
    last_modified: str | None
    sha256: str | None


class ValidatorStore(Protocol):
    """Where validators are kept between runs, keyed by the URL as requested."""

    def get(self, url: str) -> Validators | None: ...

    def put(self, url: str, validators: Validators) -> None: ...


class MemoryValidators:
    """A :class:`ValidatorStore` in a dict (tests, one-off runs). Thread-safe."""

    def __init__(self, initial: dict[str, Validators] | None = None) -> None:
        self._lock = threading.Lock()
        self._data: dict[str, Validators] = dict(initial or {})

    def get(self, url: str) -> Validators | None:
        with self._lock:
            return self._data.get(url)

    def put(self, url: str, validators: Validators) -> None:
        with self._lock:
            self._data[url] = validators

    def __len__(self) -> int:
        with self._lock:
            return len(self._data)
