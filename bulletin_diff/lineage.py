"""Lineage: when was this line first said, how was it reworded, when last said;
and the timeline of set phrases (提法) across the stored history."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz

from bulletin_diff.records import Directive, Document, WordOp
from diffengine.similarity import features
from diffengine.worddiff import word_diff
from parsers.normalize import normalize
from parsers.words import content_words, set_phrases
from storage import Store
from storage.history import StoreHistory


@dataclass(frozen=True, slots=True)
class Wording:
    """One wording of a lineage: when and where it was said, how it differs from before."""

    directive: Directive
    document: Document
    times: int  # how many documents said it in these words, from this one on
    diff: tuple[WordOp, ...]  # from the closest earlier wording; () for the first


@dataclass(frozen=True, slots=True)
class Timeline:
    family: str
    wordings: tuple[Wording, ...]  # empty for a directive stored before lineages were kept
    last: tuple[Directive, Document] | None


def find(store: Store, text: str) -> Directive | None:
    """The stored directive that best matches ``text``: the same words, else the closest."""
    history = StoreHistory(store)
    norm = normalize(text)
    now = Document("query", "", "", "", "", None, None, 0)  # undated: everything stored is before it
    same = history.exact(norm, now)
    if same is not None:
        return same
    probe = Directive(
        id="query", text=text, norm=norm, speaker=None, article_index=0, position=0, tokens=content_words(norm)
    )
    # a query is often a fragment: the share of its rare words a directive uses counts
    # as much as how alike the two texts are
    scored = [(_match(probe, d), d) for d in history.similar(probe, now)]
    best = max(scored, key=lambda x: x[0], default=None)
    return best[1] if best and best[0] >= FIND_THRESHOLD else None


#: How well a stored directive must match a ``history`` query (0–1).
FIND_THRESHOLD = 0.6


def _match(probe: Directive, d: Directive) -> float:
    f = features(probe.norm, d.norm, probe.tokens, d.tokens)
    return max(f.overlap if len(probe.norm) <= len(d.norm) else 0.0, f.char, 0.8 if f.contained else 0.0)


def timeline(store: Store, directive: Directive) -> Timeline:
    """The lineage of ``directive``, oldest first, one entry per distinct wording."""
    family = directive.family or directive.id
    said = store.family(family) or []
    wordings: list[Wording] = []
    for d, doc in said:
        if wordings and wordings[-1].directive.norm == d.norm:
            last = wordings[-1]
            wordings[-1] = Wording(last.directive, last.document, last.times + 1, last.diff)
            continue
        # a lineage may branch (a directive split in two): each wording is shown
        # against the earlier wording it is closest to, not merely the one before it
        base = max(wordings, key=lambda w: fuzz.ratio(w.directive.norm, d.norm), default=None)
        diff = word_diff(base.directive.text, d.text) if base else ()
        wordings.append(Wording(d, doc, 1, diff))
    return Timeline(family, tuple(wordings), said[-1] if said else None)


@dataclass(frozen=True, slots=True)
class PhraseTimeline:
    phrase: str
    first_seen: dt.date | None
    last_seen: dt.date | None
    total: int
    by_month: dict[str, int]


def phrase_timelines(store: Store, phrases: tuple[str, ...] | None = None) -> list[PhraseTimeline]:
    """First-seen, last-seen and monthly counts of each set phrase in stored directives."""
    wanted = phrases or set_phrases()
    keys = {p: normalize(p) for p in wanted}
    months: dict[str, Counter[str]] = defaultdict(Counter)
    seen: dict[str, list[dt.date]] = defaultdict(list)
    for norm, date in store.directive_texts():
        for phrase, key in keys.items():
            if key and key in norm:
                months[phrase][date.strftime("%Y-%m") if date else "undated"] += 1
                if date:
                    seen[phrase].append(date)
    return [
        PhraseTimeline(
            p,
            min(seen[p], default=None),
            max(seen[p], default=None),
            sum(months[p].values()),
            dict(sorted(months[p].items())),
        )
        for p in wanted
    ]
