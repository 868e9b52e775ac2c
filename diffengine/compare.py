"""Class each directive of a later document against earlier ones.

``compare(new, old)`` is pure: directive records in, Change records out.

1. ``unchanged``: the same normalised text (wherever it stands), paired one to one.
2. ``changed``: the remaining pairs whose similarity, less a penalty when the
   speakers differ, reaches ``CHANGED_THRESHOLD``; pairs are taken best score
   first, ties broken by nearer position, each directive used once.
3. ``new``: later directives left over; ``dropped``: earlier ones left over.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from bulletin_diff.records import Change, ChangeKind, Directive
from diffengine.similarity import similarity
from diffengine.worddiff import word_diff

CHANGED_THRESHOLD = 0.5
SPEAKER_PENALTY = 0.15  # both speakers known and different
UNKNOWN_SPEAKER_PENALTY = 0.05
NEAREST_THRESHOLD = 0.35  # a new directive shows its nearest earlier wording above this


@dataclass(frozen=True, slots=True)
class Candidate:
    score: float
    similarity: float
    new_index: int
    old_index: int


def speaker_penalty(a: Directive, b: Directive) -> float:
    if a.speaker == b.speaker:
        return 0.0
    if a.speaker and b.speaker:
        return SPEAKER_PENALTY
    return UNKNOWN_SPEAKER_PENALTY


def _relative(position: int, total: int) -> float:
    return position / total if total else 0.0


def candidates(
    new: Sequence[Directive], old: Sequence[Directive], new_left: list[int], old_left: list[int]
) -> list[Candidate]:
    """Every scored pair of leftover directives, best first."""
    found = []
    for i in new_left:
        for j in old_left:
            sim = similarity(new[i].norm, old[j].norm)
            found.append(Candidate(sim - speaker_penalty(new[i], old[j]), sim, i, j))
    n, o = len(new), len(old)
    found.sort(key=lambda c: (-c.score, abs(_relative(c.new_index, n) - _relative(c.old_index, o))))
    return found


def compare(new: Sequence[Directive], old: Sequence[Directive]) -> tuple[Change, ...]:
    """Changes of ``new`` (a later document's directives) against ``old``.

    The result lists the later directives in their order, then the dropped ones in
    the earlier order.
    """
    by_norm: dict[str, list[int]] = defaultdict(list)
    for j, d in enumerate(old):
        by_norm[d.norm].append(j)
    pair: dict[int, tuple[int, float]] = {}
    used_old: set[int] = set()
    for i, d in enumerate(new):
        same = [j for j in by_norm.get(d.norm, []) if j not in used_old]
        if same:
            j = min(same, key=lambda j: (old[j].speaker != d.speaker, abs(j - i)))
            pair[i] = (j, 1.0)
            used_old.add(j)
    new_left = [i for i in range(len(new)) if i not in pair]
    old_left = [j for j in range(len(old)) if j not in used_old]
    nearest: dict[int, tuple[int, float]] = {}
    for c in candidates(new, old, new_left, old_left):
        if c.new_index not in nearest:
            nearest[c.new_index] = (c.old_index, c.similarity)
        if c.score < CHANGED_THRESHOLD:
            continue
        if c.new_index in pair or c.old_index in used_old:
            continue
        pair[c.new_index] = (c.old_index, c.similarity)
        used_old.add(c.old_index)
    changes: list[Change] = []
    for i, d in enumerate(new):
        if i in pair:
            j, sim = pair[i]
            if d.norm == old[j].norm:
                changes.append(Change(ChangeKind.UNCHANGED, d, old[j], 1.0))
            else:
                changes.append(Change(ChangeKind.CHANGED, d, old[j], sim, word_diff(old[j].text, d.text)))
        else:
            near = nearest.get(i)
            close = old[near[0]] if near and near[1] >= NEAREST_THRESHOLD else None
            changes.append(Change(ChangeKind.NEW, d, None, near[1] if close and near else None, nearest=close))
    changes.extend(Change(ChangeKind.DROPPED, None, old[j]) for j in range(len(old)) if j not in used_old)
    return tuple(changes)
