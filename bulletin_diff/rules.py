"""A fingerprint of the rules that read and compare bulletins.

Each stored document records the fingerprint of the rules that read it. When the rules
change (a new version of the parsers or of the diff engine, or of their word lists), a
run says how many stored documents were read by other rules, so that a user knows that
``bulletin-diff run --reprocess`` would read them again; nothing is re-read unasked.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

#: The packages whose code and data decide what a document's directives and changes are.
RULE_PACKAGES = ("parsers", "diffengine")
_ROOT = Path(__file__).resolve().parents[1]
_SUFFIXES = frozenset({".py", ".tsv", ".txt", ".json"})


@functools.cache
def rules_version() -> str:
    """Twelve hex digits of a SHA-256 over the rule packages' files, paths and bytes."""
    digest = hashlib.sha256()
    for package in RULE_PACKAGES:
        for path in sorted((_ROOT / package).rglob("*")):
            if path.is_file() and path.suffix in _SUFFIXES and "__pycache__" not in path.parts:
                digest.update(path.relative_to(_ROOT).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
