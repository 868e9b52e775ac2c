"""How politely and how defensively the fetcher talks to a web server."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bulletin_diff.errors import ConfigError

DEFAULT_USER_AGENT = "bulletin-diff/0.1 (+https://example.invalid/bulletin-diff)"


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """Limits and manners of one :class:`~fetching.http.Fetcher`.

    ``timeout`` applies to each of connecting, reading a chunk, writing and waiting
    for a pooled connection (httpx semantics), per attempt. A request is tried
    ``1 + retries`` times on timeouts, connection errors and 5xx answers, sleeping
    ``backoff * 2**n`` seconds after the n-th failed attempt (0-based).
    ``per_host_delay`` is the minimum time between the starts of two requests to
    the same host; ``per_host_concurrency`` how many may be in flight at once.
    """

    timeout: float = 20.0
    max_bytes: int = 20_000_000
    max_redirects: int = 5
    user_agent: str = DEFAULT_USER_AGENT
    per_host_concurrency: int = 2
    per_host_delay: float = 1.0
    retries: int = 3
    backoff: float = 0.5

    def __post_init__(self) -> None:
        if self.timeout <= 0:
            raise ConfigError(f"fetch timeout must be positive, not {self.timeout}")
        if self.max_bytes <= 0:
            raise ConfigError(f"fetch max_bytes must be positive, not {self.max_bytes}")
        if self.max_redirects < 0:
            raise ConfigError(f"fetch max_redirects must be 0 or more, not {self.max_redirects}")
        if self.per_host_concurrency < 1:
            raise ConfigError(f"fetch per_host_concurrency must be 1 or more, not {self.per_host_concurrency}")
        if self.per_host_delay < 0 or self.retries < 0 or self.backoff < 0:
            raise ConfigError("fetch per_host_delay, retries and backoff must be 0 or more")
        if not self.user_agent.strip():
            raise ConfigError("fetch user_agent must not be empty")

    @classmethod
    def from_settings(cls, settings: Mapping[str, object], where: str = "fetch") -> FetchPolicy:
        """A policy from the ``fetch:`` settings of a sources file: the defaults, with
        the keys given replaced. Unknown keys and values of the wrong type are a
        ConfigError."""
        values: dict[str, Any] = {}
        for key, value in settings.items():
            field = _FIELDS.get(key)
            if field is None:
                raise ConfigError(f"{where}: unknown fetch setting {key!r} (known: {', '.join(_FIELDS)})")
            if field is str and not isinstance(value, str):
                raise ConfigError(f"{where}: fetch {key} must be text, not {value!r}")
            if field is not str and (isinstance(value, bool) or not isinstance(value, int | float)):
                raise ConfigError(f"{where}: fetch {key} must be a number, not {value!r}")
            if field is int and not float(value).is_integer():  # type: ignore[arg-type]
                raise ConfigError(f"{where}: fetch {key} must be a whole number, not {value!r}")
            values[key] = field(value)
        return cls(**values)


_FIELDS: dict[str, type] = {
    "timeout": float,
    "max_bytes": int,
    "max_redirects": int,
    "user_agent": str,
    "per_host_concurrency": int,
    "per_host_delay": float,
    "retries": int,
    "backoff": float,
}
