"""What to read: paths, folders and sources files, turned into raw inputs.

A sources file (``sources.yaml`` or ``sources.yml``, documented in the README) names
documents and what is known of them that the bytes do not say::

    sources:
      - path: 000_714d42e7a528be23.txt   # relative to the sources file
        date: 2022-03-18                  # the document's date (resolves 3月17日)
      - path: corpus/                     # a folder: every file in it
        reader: feed                      # auto | text | html | feed
        mapping: xwlb                     # the JSON feed mapping for reader feed

      - url: https://www.example.gov.cn/xwfb/index.htm   # a web source
        kind: index                       # page | index | rss | json
        selector: "ul.list li a"          # for index: the links to the articles
      - url: https://www.example.gov.cn/rss.xml
        kind: rss

A file in a folder that has a sources file takes its entry's settings; without one,
the reader is picked from the bytes and the date from the file name.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from bulletin_diff.errors import ConfigError, DocumentTooLargeError, SourceNotFoundError

logger = logging.getLogger(__name__)

SOURCES_FILE_NAMES = ("sources.yaml", "sources.yml")
MAX_BYTES = 20_000_000
READERS = ("auto", "text", "markdown", "html", "feed", "json", "rss")
WEB_KINDS = ("page", "index", "rss", "json")


@dataclass(frozen=True, slots=True)
class SourceSpec:
    """One entry of a sources file, or a path named on the command line."""

    path: str  # a file path, or the URL of a web source
    date: dt.date | None = None
    reader: str = "auto"
    mapping: str | None = None
    encoding: str | None = None
    date_origin: str | None = None
    kind: str | None = None  # web sources: page | index | rss | json
    selector: str | None = None  # index: CSS selector of the article links
    group: str | None = None  # the name the user gave (a folder, a sources-file entry)
    fetch: tuple[tuple[str, Any], ...] = ()  # web sources: fetch settings (see FetchPolicy)

    @property
    def is_url(self) -> bool:
        return self.path.startswith(("http://", "https://"))


@dataclass(frozen=True, slots=True)
class RawInput:
    """The raw bytes of one document and what is known of it from outside."""

    spec: SourceSpec
    raw: bytes

    @property
    def source(self) -> str:
        return self.spec.path


def _as_date(value: Any, where: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise ConfigError(f"{where}: date {value!r} is not YYYY-MM-DD") from exc


def load_sources_file(path: Path) -> list[SourceSpec]:
    """Parse a sources file; paths in it are made relative to its folder."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read sources file: {exc}") from exc
    entries = data.get("sources") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ConfigError(f"{path}: a sources file needs a 'sources' list")
    shared_fetch = _fetch_settings(data.get("fetch"), f"{path}")
    specs = []
    for n, entry in enumerate(entries, 1):
        where = f"{path} entry {n}"
        if not isinstance(entry, dict) or not ("path" in entry or "url" in entry):
            raise ConfigError(f"{where}: each source needs a 'path' or a 'url'")
        kind = entry.get("kind")
        if "url" in entry and (kind or "page") not in WEB_KINDS:
            raise ConfigError(f"{where}: kind {kind!r} is not one of {', '.join(WEB_KINDS)}")
        if kind == "index" and not entry.get("selector"):
            raise ConfigError(f"{where}: an index source needs a 'selector' for its article links")
        reader = str(entry.get("reader", "auto"))
        if reader not in READERS:
            raise ConfigError(f"{where}: reader {reader!r} is not one of {', '.join(READERS)}")
        date = _as_date(entry.get("date"), where)
        fetch = {**shared_fetch, **_fetch_settings(entry.get("fetch"), where)}
        location = str(entry["url"]) if "url" in entry else str(path.parent / str(entry["path"]))
        specs.append(
            SourceSpec(
                path=location,
                date=date,
                reader=reader,
                mapping=entry.get("mapping"),
                encoding=entry.get("encoding"),
                date_origin="sources-file" if date else None,
                kind=(kind or "page") if "url" in entry else None,
                selector=entry.get("selector"),
                group=entry.get("name") or location,
                fetch=tuple(sorted(fetch.items())) if "url" in entry else (),
            )
        )
    return specs


def _fetch_settings(value: object, where: str) -> dict[str, Any]:
    """The ``fetch:`` settings of a sources file or entry, checked against FetchPolicy."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: 'fetch' must be a mapping of settings")
    from fetching.policy import FetchPolicy  # the check; fetching does not import sources

    FetchPolicy.from_settings(value, where)
    return dict(value)


def _sources_file_in(folder: Path) -> Path | None:
    for name in SOURCES_FILE_NAMES:
        if (folder / name).is_file():
            return folder / name
    return None


def spec_for(path: Path) -> SourceSpec:
    """The settings for one file: its entry in a sibling sources file, or defaults."""
    sources_file = _sources_file_in(path.parent)
    if sources_file:
        for spec in load_sources_file(sources_file):
            if Path(spec.path).resolve() == path.resolve():
                return replace(spec, path=str(path))
    return SourceSpec(path=str(path))


def expand(names: list[str]) -> list[SourceSpec]:
    """Paths, folders and sources files → one spec per document file, in name order."""
    specs: list[SourceSpec] = []
    for name in names:
        path = Path(name)
        if path.name in SOURCES_FILE_NAMES and path.is_file():
            for spec in load_sources_file(path):
                specs.extend(_expand_spec(spec))
        elif path.is_dir():
            listed = {Path(s.path).resolve(): s for s in load_sources_file(f)} if (f := _sources_file_in(path)) else {}
            for child in sorted(path.iterdir()):
                if child.is_file() and not child.name.startswith(".") and child.name not in SOURCES_FILE_NAMES:
                    found = listed.get(child.resolve())
                    spec = replace(found, path=str(child)) if found else SourceSpec(path=str(child))
                    specs.append(replace(spec, group=name))
        elif name.startswith(("http://", "https://")):
            specs.append(SourceSpec(path=name, kind="page", group=name))
        else:
            specs.append(replace(spec_for(path), group=name) if path.exists() else SourceSpec(path=name, group=name))
    return specs


def _expand_spec(spec: SourceSpec) -> list[SourceSpec]:
    """A sources-file entry naming a folder: its files (with the folder's own sources
    file, if any), taking the entry's settings where the folder's say nothing."""
    if spec.is_url or not Path(spec.path).is_dir():
        return [spec]
    out = []
    for child in expand([spec.path]):
        out.append(
            replace(
                child,
                date=child.date or spec.date,
                date_origin=child.date_origin or spec.date_origin,
                reader=child.reader if child.reader != "auto" else spec.reader,
                mapping=child.mapping or spec.mapping,
                encoding=child.encoding or spec.encoding,
                group=spec.group,
            )
        )
    return out


def read_input(spec: SourceSpec, *, max_bytes: int = MAX_BYTES) -> RawInput:
    """Read a file's bytes; a missing or oversized file is an InputError."""
    path = Path(spec.path)
    if not path.is_file():
        raise SourceNotFoundError("no such file", source=spec.path)
    size = path.stat().st_size
    if size > max_bytes:
        raise DocumentTooLargeError(f"{size} bytes is over the {max_bytes}-byte cap", source=spec.path)
    try:
        return RawInput(spec=spec, raw=path.read_bytes())
    except OSError as exc:
        raise SourceNotFoundError(f"cannot read: {exc.strerror}", source=spec.path) from exc


def by_group(specs: list[SourceSpec]) -> dict[str, list[SourceSpec]]:
    """Specs grouped by the source the user named, in order: one task run each."""
    groups: dict[str, list[SourceSpec]] = {}
    for spec in specs:
        groups.setdefault(spec.group or spec.path, []).append(spec)
    return groups
