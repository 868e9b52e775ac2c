"""The pipeline's steps as plain functions: what the flow's tasks wrap.

Kept free of Prefect so that they are tested directly and reused by the CLI.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from bulletin_diff.documents import parse_input
from bulletin_diff.errors import BulletinDiffError, ConfigError, InputError
from bulletin_diff.records import Change, DocumentChanges, Failure, ParsedDocument
from bulletin_diff.sources import RawInput, SourceSpec, read_input
from diffengine.history import classify, with_families
from fetching import fetch_source
from fetching.http import Fetcher
from parsers.normalize import normalize
from storage import Store
from storage.fetches import StoreValidators
from storage.history import StoreHistory

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Parsed:
    """A parsed document with the bytes it came from (stored with it)."""

    document: ParsedDocument
    raw: bytes


@dataclass(frozen=True, slots=True)
class StoreOutcome:
    """What comparing and storing a batch did."""

    changes: list[DocumentChanges]
    skipped: list[str]  # sources whose bytes were already stored
    failures: list[Failure]  # unreadable parts of newly stored documents


def _failure(source: str, exc: Exception, sha256: str | None = None) -> Failure:
    return Failure(source=source, error=type(exc).__name__, message=str(exc), sha256=sha256)


@dataclass(frozen=True, slots=True)
class SourceRead:
    """What reading one source gave: documents to parse, failures, unchanged URLs."""

    inputs: list[RawInput]
    failures: list[Failure]
    skipped: list[str]  # web documents unchanged since the last fetch (304 or same bytes)


def read_source(
    specs: Sequence[SourceSpec], fetcher: Fetcher | None = None, validators: StoreValidators | None = None
) -> SourceRead:
    """Read a source's files, or fetch its web documents; nothing here raises for one
    bad document. Fetched bytes keep their HTTP charset for the decoder."""
    local = [s for s in specs if not s.is_url]
    inputs, failures = load_inputs(local)
    skipped: list[str] = []
    for spec in (s for s in specs if s.is_url):
        if fetcher is None:
            raise ConfigError(f"{spec.path}: a web source needs a fetcher")
        outcome = fetch_source(fetcher, spec.kind or "page", spec.path, selector=spec.selector, validators=validators)
        entries = {entry.url: entry for entry in outcome.entries}
        for fetched in outcome.documents:
            if validators is not None:
                validators.record(fetched)
            # a listing's date is not its articles' date: theirs come from the feed or the page
            date, origin = (spec.date, spec.date_origin) if spec.kind in (None, "page", "json") else (None, None)
            entry = entries.get(fetched.url)
            if date is None and entry is not None and entry.published is not None:
                date, origin = entry.published, "feed"
            document_spec = replace(
                spec,
                path=fetched.url,
                encoding=fetched.charset or spec.encoding,
                kind="page",
                date=date,
                date_origin=origin,
            )
            inputs.append(RawInput(spec=document_spec, raw=fetched.content))
            logger.info("fetched %s (%d bytes)", fetched.url, len(fetched.content))
        skipped.extend(outcome.skipped)
        for url in outcome.skipped:
            logger.info("unchanged since the last fetch: %s", url)
        for url, message in outcome.failures:
            logger.warning("fetch failed: %s", message)
            failures.append(Failure(url, "FetchError", message))
    return SourceRead(inputs, failures, skipped)


def load_inputs(specs: Iterable[SourceSpec]) -> tuple[list[RawInput], list[Failure]]:
    """Read every source's bytes; a missing or oversized one becomes a Failure."""
    inputs, failures = [], []
    for spec in specs:
        try:
            inputs.append(read_input(spec))
        except InputError as exc:
            logger.warning("cannot read %s: %s", spec.path, exc)
            failures.append(_failure(spec.path, exc))
    return inputs, failures


def parse_inputs(
    inputs: Iterable[RawInput], progress: Callable[[int], None] | None = None
) -> tuple[list[Parsed], list[tuple[Failure, bytes]]]:
    """Parse each input; a broken one becomes a Failure and keeps its bytes."""
    import hashlib

    parsed, failures = [], []
    for n, item in enumerate(inputs, 1):
        try:
            parsed.append(Parsed(parse_input(item), item.raw))
        except BulletinDiffError as exc:
            logger.warning("cannot parse %s: %s", item.source, exc)
            failures.append((_failure(item.source, exc, hashlib.sha256(item.raw).hexdigest()), item.raw))
        if progress:
            progress(n)
    return parsed, failures


def history_order(parsed: Iterable[Parsed]) -> list[Parsed]:
    """Documents in date order (undated last), then by source name."""
    return sorted(
        parsed,
        key=lambda p: (p.document.document.date is None, p.document.document.date or 0, p.document.document.source),
    )


def compared_with(store: Store, doc: ParsedDocument) -> ParsedDocument | None:
    """The earlier document a report names: the one the first article of a known series
    continues (its dropped lines are judged against it), else the latest earlier one."""
    for article in doc.articles:
        if article.series and (found := store.previous_in_series_document(article.series, doc.document)):
            return found
    return store.previous_document(doc.document)


def compare_and_store(
    store: Store,
    run_id: str,
    parsed: Iterable[Parsed],
    *,
    reprocess: bool = False,
    progress: Callable[[int], None] | None = None,
) -> StoreOutcome:
    """Class each new document's directives against the history, store both.

    A document whose bytes are already stored is skipped, unless ``reprocess`` (after
    a rule change): then it is parsed and classed again, its stored records and change
    log entries are replaced, and the report lists what the rules changed — entries
    added, and entries withdrawn. The parts of a newly stored document that could not be read (feed
    items without a body) are recorded as failures.
    """
    results: list[DocumentChanges] = []
    skipped: list[str] = []
    item_failures: list[Failure] = []
    history = StoreHistory(store)
    for n, item in enumerate(history_order(parsed), 1):
        if progress:
            progress(n)
        doc = item.document
        known = store.has_document(doc.document.sha256)
        if known and not reprocess:
            skipped.append(doc.document.source)
            continue
        previous = compared_with(store, doc)
        changes = classify(doc, history)
        families = with_families(changes)
        before_doc = previous.document if previous else None
        if not known:
            store.save_document(doc, item.raw, run_id, families=families)
            for problem in doc.problems:
                failure = Failure(doc.document.source, "UnreadableItem", problem, doc.document.sha256)
                store.record_failure(run_id, failure)
                item_failures.append(failure)
            store.save_changes(run_id, DocumentChanges(doc.document, before_doc, changes))
            results.append(DocumentChanges(doc.document, before_doc, changes))
            history.refresh()
            continue
        # reprocessing: the change log of this document becomes what the rules give now
        logged = store.replace_records(doc, families)
        store.save_changes(run_id, DocumentChanges(doc.document, before_doc, changes))
        history = StoreHistory(store)  # the document's directives are new rows now
        added, withdrawn = rule_changes(logged, changes)
        if added or withdrawn:
            results.append(DocumentChanges(doc.document, before_doc, added, withdrawn))
        else:
            skipped.append(doc.document.source)
    return StoreOutcome(results, skipped, item_failures)


def _key(change: Change) -> tuple[str, str, str]:
    def norm(text: str | None) -> str:
        return normalize(text) if text else ""

    return change.kind.value, norm(change.text), norm(change.previous_text)


def rule_changes(before: Sequence[Change], now: Sequence[Change]) -> tuple[tuple[Change, ...], tuple[Change, ...]]:
    """What reprocessing changed in a document's change log: entries the current rules
    give that were not there (all of them are stored again), and entries withdrawn."""
    old, new = {_key(c) for c in before}, {_key(c) for c in now}
    return tuple(c for c in now if _key(c) not in old), tuple(c for c in before if _key(c) not in new)


def record_failures(store: Store, run_id: str, failures: Iterable[tuple[Failure, bytes | None]]) -> None:
    """Keep every failure and, where there are bytes, the bytes themselves."""
    for failure, raw in failures:
        if raw is not None and failure.sha256:
            store.store_blob(failure.sha256, raw)
        store.record_failure(run_id, failure)
