"""Storage: documents, directives, runs and changes in SQLite or PostgreSQL."""

from __future__ import annotations

import os

from .store import Store

DEFAULT_URL = "sqlite:///data/bulletins.db"


def default_url() -> str:
    """``$BULLETIN_DIFF_DB`` if set, else a SQLite file under ``data/``."""
    return os.environ.get("BULLETIN_DIFF_DB") or DEFAULT_URL


__all__ = ["DEFAULT_URL", "Store", "default_url"]
