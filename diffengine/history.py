"""Class a document's directives against the whole history, series by series.

``classify(document, history)`` is pure given its ``History`` (the store provides
one over the database, tests one in memory):

* each article is paired with the previous article of the same series (the same
  issuer and kind of meeting or notice): its directives are unchanged, changed
  (one-to-one, best total score) or not found there; the previous article's
  directives left over are ``dropped`` — but only when the article continues at
  least one of them (said again, or reworded with a similarity of 0.5 or more): a
  weekly executive meeting on another subject, or an article with no series, drops
  nothing, and its weaker pairs are looked up in the whole history like new ones;
* a directive not found in its series is looked up in the whole history: said
  before word for word → ``unchanged`` against that; a close rewording of an earlier
  directive → ``changed``; otherwise ``new``, with the nearest earlier wording if one
  is close.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from bulletin_diff.records import Change, ChangeKind, Directive, Document, ParsedDocument
from diffengine.compare import NEAREST_THRESHOLD, compare, speaker_penalty
from diffengine.similarity import DEFAULT, features
from diffengine.worddiff import word_diff

#: A rewording of a directive said long ago in another series must be closer.
HISTORY_THRESHOLD = 0.6


class History(Protocol):
    """What classification needs to know of the earlier documents."""

    def previous_in_series(self, series: str, document: ParsedDocument) -> Sequence[Directive]:
        """Directives of the latest earlier article of ``series`` (before ``document``)."""
        ...

    def exact(self, norm: str, before: Document) -> Directive | None:
        """The latest directive with this normalised text said before ``before``
        (in another document, dated no later)."""
        ...

    def similar(self, directive: Directive, before: Document, k: int = 20) -> Sequence[Directive]:
        """Directives said before ``before`` that share rare words with ``directive``."""
        ...


def is_before(date: dt.date | None, sha256: str, before: Document) -> bool:
    """Whether a directive of a document (``date``, ``sha256``) was said before ``before``."""
    if sha256 == before.sha256:
        return False
    return before.date is None or date is None or date <= before.date


def _against_history(directive: Directive, history: History, before: Document) -> Change:
    same = history.exact(directive.norm, before)
    if same is not None:
        return Change(ChangeKind.UNCHANGED, directive, same, 1.0)
    best: tuple[float, float, Directive] | None = None
    total = DEFAULT.w_char + DEFAULT.w_word + DEFAULT.w_overlap
    for candidate in history.similar(directive, before):
        sim = min(
            1.0, DEFAULT.score(features(directive.norm, candidate.norm, directive.tokens, candidate.tokens)) / total
        )
        score = sim - speaker_penalty(directive, candidate)
        if best is None or score > best[0]:
            best = (score, sim, candidate)
    if best is not None and best[0] >= HISTORY_THRESHOLD:
        return Change(ChangeKind.CHANGED, directive, best[2], best[1], word_diff(best[2].text, directive.text))
    if best is not None and best[1] >= NEAREST_THRESHOLD:
        return Change(ChangeKind.NEW, directive, None, best[1], nearest=best[2])
    return Change(ChangeKind.NEW, directive, None)


#: A rewording this close (or a line said again) shows that an article takes up its
#: series' previous one; a weaker pair alone does not make it drop the rest.
CONTINUES_SIMILARITY = 0.5


def _continued(change: Change) -> bool:
    if change.kind is ChangeKind.UNCHANGED:
        return True
    return change.kind is ChangeKind.CHANGED and (change.similarity or 0.0) >= CONTINUES_SIMILARITY


def classify(document: ParsedDocument, history: History) -> tuple[Change, ...]:
    """The changes of ``document`` against ``history``: later directives in order,
    then the dropped ones, article by article."""
    out: list[Change] = []
    for article in document.articles:
        previous = history.previous_in_series(article.series, document) if article.series else ()
        paired = compare(article.directives, previous)
        continues = any(_continued(c) for c in paired)
        for change in paired:
            if change.kind is ChangeKind.DROPPED and not continues:
                continue  # the same body on another subject: it drops nothing
            # on another subject, a weak pair is a coincidence of words: look further
            weak = change.kind is ChangeKind.CHANGED and not continues
            if change.directive is not None and ((change.kind is ChangeKind.NEW and not change.split) or weak):
                change = _against_history(change.directive, history, document.document)
            out.append(change)
    return tuple(out)


def family_of(change: Change) -> str | None:
    """The lineage a later directive joins: its predecessor's, or its own when new."""
    if change.directive is None:
        return None
    if change.previous is not None and change.kind in (ChangeKind.UNCHANGED, ChangeKind.CHANGED):
        return change.previous.family or change.previous.id
    if change.split and change.nearest is not None:  # a part split off keeps the line
        return change.nearest.family or change.nearest.id
    return change.directive.id


def with_families(changes: Sequence[Change]) -> dict[str, str]:
    """directive id → family id, for the later directives of ``changes``."""
    return {c.directive.id: f for c in changes if c.directive is not None and (f := family_of(c))}


class MemoryHistory:
    """A History over documents held in memory, in the order they were added."""

    def __init__(self) -> None:
        from diffengine.index import TokenIndex

        self._documents: list[ParsedDocument] = []
        self._directives: list[Directive] = []
        self._shas: list[str] = []
        self._by_norm: dict[str, list[int]] = {}
        self._index = TokenIndex()

    def add(self, document: ParsedDocument, families: dict[str, str] | None = None) -> None:
        self._documents.append(document)
        for d in document.directives:
            key = len(self._directives)
            stored = replace(d, family=(families or {}).get(d.id, d.family), date=document.document.date)
            self._directives.append(stored)
            self._shas.append(document.document.sha256)
            self._by_norm.setdefault(d.norm, []).append(key)
            self._index.add(key, d.tokens)

    def previous_in_series(self, series: str, document: ParsedDocument) -> Sequence[Directive]:
        for earlier in reversed(self._documents):
            if earlier.document.sha256 == document.document.sha256:
                continue
            for article in earlier.articles:
                if article.series == series:
                    keys = {d.id for d in article.directives}
                    return [d for d in self._directives if d.id in keys]
        return ()

    def _earlier(self, key: int, before: Document) -> bool:
        return is_before(self._directives[key].date, self._shas[key], before)

    def exact(self, norm: str, before: Document) -> Directive | None:
        keys = [k for k in self._by_norm.get(norm, ()) if self._earlier(k, before)]
        return self._directives[keys[-1]] if keys else None

    def similar(self, directive: Directive, before: Document, k: int = 20) -> Sequence[Directive]:
        keys = [key for key in self._index.candidates(directive.tokens, 2 * k) if self._earlier(key, before)]
        return [self._directives[key] for key in keys[:k]]


__all__ = ["History", "MemoryHistory", "classify", "family_of", "with_families"]
