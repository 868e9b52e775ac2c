"""Read and parse one named document: the step the CLI and the flows share."""

from __future__ import annotations

import datetime as dt

from bulletin_diff.records import ParsedDocument
from bulletin_diff.sources import RawInput, SourceSpec, read_input, spec_for
from parsers.document import parse_document


def parse_input(item: RawInput) -> ParsedDocument:
    """Parse raw bytes with what their spec says (date, reader, mapping, encoding)."""
    spec = item.spec
    return parse_document(
        item.raw,
        source=spec.path,
        date=spec.date,
        date_origin=spec.date_origin,
        reader=None if spec.reader == "auto" else spec.reader,
        declared_charset=spec.encoding,
        mapping=spec.mapping,
        url=spec.path if spec.is_url else None,
    )


def parse_path(path: str, *, date: dt.date | None = None, reader: str | None = None) -> ParsedDocument:
    """Parse a file or web page named by a user; ``date`` (``--date``) wins over a
    sources file."""
    from pathlib import Path

    spec = spec_for(Path(path)) if Path(path).exists() else SourceSpec(path=path)
    if date is not None:
        spec = SourceSpec(
            path=spec.path,
            date=date,
            reader=spec.reader,
            mapping=spec.mapping,
            encoding=spec.encoding,
            date_origin="option",
        )
    if reader:
        spec = SourceSpec(
            path=spec.path,
            date=spec.date,
            reader=reader,
            mapping=spec.mapping,
            encoding=spec.encoding,
            date_origin=spec.date_origin,
        )
    return parse_input(_fetch_input(spec) if spec.is_url else read_input(spec))


def _fetch_input(spec: SourceSpec) -> RawInput:
    """One web page, fetched as the flows fetch it (timeouts, retries, size cap); a
    failure is a FetchError. The HTTP charset goes to the decoder."""
    from dataclasses import replace

    from fetching import Fetcher

    with Fetcher() as fetcher:
        fetched = fetcher.fetch(spec.path)
    return RawInput(spec=replace(spec, encoding=fetched.charset or spec.encoding), raw=fetched.content)
