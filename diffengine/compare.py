"""Class each directive of a later text against an earlier one.

``compare(new, old)`` is pure: directive records in, Change records out.

1. ``unchanged``: the same normalised text (wherever it stands), paired one to one.
2. ``changed``: among the rest, the one-to-one assignment of later to earlier
   directives with the best total score (scipy's ``linear_sum_assignment``), where
   a pair's score weighs text similarity, the same relative place (within
   articles that belong together: a page may reorder its articles), and a
   penalty when the speakers differ; pairs scoring under the threshold, or whose
   texts are under ``min_similarity`` alike, are not the same instruction. On a
   page of several articles, lines pair only within the articles that belong
   together (the same series, else the most lines shared), or among those that
   belong with none.
3. ``new``: later directives left over (with the nearest earlier wording if close);
   ``dropped``: earlier ones left over. One whose rare words a changed directive
   takes in (80% or more) is two instructions merged into one: the changed directive
   names it (``also_previous``) and the dropped one names the changed (``nearest``);
   a later directive first paired with such a short line continues the longer line it
   also rewords, when that one is left over (``_continue_the_longer``); of an earlier line
   split in two, the later line that opens as it did continues it rather than the part
   it wholly takes in (``_opening_continues``). In a short text (``short_text``), two lines
   left over on both sides, each the other's best, pair at a lower threshold
   (``_pair_the_few_left``). A new directive
   most of whose rare words come from an earlier one that another later directive
   continues is marked ``split`` off it (``nearest``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

import numpy as np
from scipy.optimize import linear_sum_assignment

from bulletin_diff.records import Change, ChangeKind, Directive
from diffengine.similarity import (
    DEFAULT,
    MatchConfig,
    covered,
    features,
    key_words,
    local_overlap,
    local_weights,
    point_marked,
    same_point,
    shares_a_rare_word,
)
from diffengine.worddiff import word_diff
from parsers.directives import point_number
from parsers.normalize import for_reading

NEAREST_THRESHOLD = 0.35  # a new directive shows its nearest earlier wording above this
CHANGED_THRESHOLD = DEFAULT.threshold


def same_speaker(a: Directive, b: Directive) -> bool:
    """The same speaker, in whichever script each page writes the name (信長星 is 信长星, 會(huì)議 is 会议)."""
    return a.speaker == b.speaker or (
        a.speaker is not None and b.speaker is not None and for_reading(a.speaker) == for_reading(b.speaker)
    )


MEETING = "会议"


def _the_meeting(a: Directive, b: Directive) -> bool:
    """Whether one of the two is said by the meeting (会议), which speaks for whoever chaired it: a line
    the chair said one year, the report gives to the meeting the next (王成 ⏎ 会议强调,)."""
    return MEETING in (for_reading(a.speaker or ""), for_reading(b.speaker or ""))


def speaker_penalty(a: Directive, b: Directive, config: MatchConfig = DEFAULT) -> float:
    if same_speaker(a, b):
        return 0.0
    if a.speaker and b.speaker:
        return config.speaker_penalty
    return config.unknown_speaker_penalty


def _relative(index: int, total: int) -> float:
    return index / (total - 1) if total > 1 else 0.5


#: a pair this alike ties its two articles together, like a line said again
ANCHOR_SIMILARITY = 0.5
#: the score of a pair that may not be matched (lines of articles that do not belong together)
EXCLUDED = -1.0


def _places(ds: Sequence[Directive]) -> tuple[list[float], Counter[int]]:
    """Each directive's relative place within its article, and each article's size."""
    sizes: Counter[int] = Counter(d.article_index for d in ds)
    seen: Counter[int] = Counter()
    places = []
    for d in ds:
        places.append(_relative(seen[d.article_index], sizes[d.article_index]))
        seen[d.article_index] += 1
    return places, sizes


#: lines of two articles of the same series (``parsers.series``, read from their
#: titles) count this much toward their belonging together: the series decides first
SERIES_AFFINITY = 1000


def _aligned_articles(
    new: Sequence[Directive], old: Sequence[Directive], sims: np.ndarray, anchors: Sequence[tuple[int, int]]
) -> dict[int, int]:
    """The earlier article each later article continues, one to one: the one of the
    same series, else the one it shares most lines with (said again, ``anchors``, or
    reworded closely). An article with no such counterpart continues none. A page that
    reorders its articles, or adds one, keeps places comparable only between the
    articles that belong together, and lines pair only within them."""
    arts_new = sorted({d.article_index for d in new} | {a for a, _ in anchors})
    arts_old = sorted({d.article_index for d in old} | {b for _, b in anchors})
    if len(arts_new) == 1 and len(arts_old) == 1:
        return {arts_new[0]: arts_old[0]}
    series_new = {d.article_index: d.article_series for d in new if d.article_series}
    series_old = {d.article_index: d.article_series for d in old if d.article_series}
    shared = [
        *anchors,
        *(
            (new[i].article_index, old[j].article_index)
            for i, j in zip(*np.nonzero(sims >= ANCHOR_SIMILARITY), strict=True)
        ),
    ]
    # articles of two known series are two bodies: lines alike, or said again, do not join them
    affinity: Counter[tuple[int, int]] = Counter(
        (a, b) for a, b in shared if not (a in series_new and b in series_old and series_new[a] != series_old[b])
    )
    for a, name in series_new.items():
        for b, other in series_old.items():
            if name == other:
                affinity[(a, b)] += SERIES_AFFINITY
    if not affinity:
        return {}
    matrix = np.array([[affinity[(a, b)] for b in arts_old] for a in arts_new], dtype=float)
    rows, cols = linear_sum_assignment(matrix, maximize=True)
    return {arts_new[r]: arts_old[c] for r, c in zip(rows, cols, strict=True) if matrix[r, c] > 0}


def _other_series(a: Directive, b: Directive) -> bool:
    """Both lines' articles are of a known series, and not of the same one."""
    return bool(a.article_series and b.article_series and a.article_series != b.article_series)


def _in_group(article: int, group: int | None, paired: Collection[int]) -> bool:
    """Whether ``article`` is ``group``, or (``group`` None) one of the articles not ``paired``."""
    return article == group if group is not None else article not in paired


def pair_scores(
    new: Sequence[Directive],
    old: Sequence[Directive],
    config: MatchConfig = DEFAULT,
    anchors: Sequence[tuple[int, int]] = (),
    aligned: dict[int, int] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """(scores, similarities) of every later × earlier pair. ``anchors``: the (later,
    earlier) article indices of lines said again word for word; ``aligned``: the
    earlier article each later one continues, when known (else found from these lines).
    A pair across articles that each continue, or are continued by, another scores
    ``EXCLUDED``: a line of one meeting is not a rewording of a line of another on the
    same page."""
    keys_new = [key_words(d, config.word_parts) for d in new]
    keys_old = [key_words(d, config.word_parts) for d in old]
    measured = {
        (i, j): features(a.norm, b.norm, a.tokens, b.tokens, config.word_parts)
        for i, a in enumerate(new)
        for j, b in enumerate(old)
    }
    local = np.zeros((len(new), len(old)))
    sims = np.zeros((len(new), len(old)))

    def measure(rows: Sequence[int], cols: Sequence[int]) -> None:
        # words rare within the lines compared tell which belong together
        weights = local_weights([keys_new[i] for i in rows] + [keys_old[j] for j in cols])
        for i in rows:
            for j in cols:
                local[i, j] = local_overlap(keys_new[i], keys_old[j], weights)
                sims[i, j] = config.similarity(measured[i, j], local[i, j])

    measure(range(len(new)), range(len(old)))
    if aligned is None:
        aligned = _aligned_articles(new, old, sims, anchors)
    continued = set(aligned.values())
    if len(aligned) > 1 or len({d.article_index for d in new}) > 1:
        # within a page, rarity is measured among the lines of the articles compared
        groups: list[tuple[int | None, int | None]] = [*aligned.items(), (None, None)]
        for later, earlier in groups:
            rows = [i for i, d in enumerate(new) if _in_group(d.article_index, later, aligned)]
            cols = [j for j, d in enumerate(old) if _in_group(d.article_index, earlier, continued)]
            if rows and cols:
                measure(rows, cols)
    scores = np.zeros((len(new), len(old)))
    (place_new, size_new), (place_old, size_old) = _places(new), _places(old)
    for i, a in enumerate(new):
        for j, b in enumerate(old):
            counterpart = aligned.get(a.article_index)
            if counterpart != b.article_index and (
                counterpart is not None or b.article_index in continued or _other_series(a, b)
            ):
                scores[i, j] = EXCLUDED
                continue
            # places compare within articles that belong together, each with more than one line
            closeness = 0.0
            if counterpart == b.article_index and min(size_new[a.article_index], size_old[b.article_index]) > 1:
                closeness = 1.0 - abs(place_new[i] - place_old[j])
            scores[i, j] = config.score(measured[i, j], closeness, local[i, j]) - speaker_penalty(a, b, config)
    return scores, sims


def _assigned(scores: np.ndarray, eligible: np.ndarray, config: MatchConfig) -> list[tuple[int, int]]:
    """The pairs of the one-to-one assignment with the best total margin over the threshold
    among ``eligible`` pairs, each scoring ``clear`` or more or the best of both its lines. A
    pair the assignment chose that is neither is taken out and the assignment made again: a
    pair that is not kept cannot displace another (国务院联防联控机制要优化… drawn to an earlier
    line at 0.44 must not push the line that rewords it best onto its second choice)."""
    eligible = eligible.copy()
    while True:
        margin = np.where(eligible, scores - config.threshold + 1e-6, 0.0)
        rows, cols = linear_sum_assignment(margin, maximize=True)
        chosen = [(int(r), int(c)) for r, c in zip(rows, cols, strict=True) if eligible[r, c]]
        weak = [(r, c) for r, c in chosen if scores[r, c] < config.clear and not _mutual_best(scores, r, c)]
        if not weak:
            return chosen
        for r, c in weak:
            eligible[r, c] = False


def _need_a_rare_word(
    eligible: np.ndarray, sims: np.ndarray, new: Sequence[Directive], old: Sequence[Directive], config: MatchConfig
) -> None:
    """Take out of ``eligible`` the pairs less alike than ``config.rare_below`` that share no rare word: in a
    long report, two lines sharing only how instructions are worded (加强…，确保…) are two instructions, however
    close their places (see ``MatchConfig``)."""
    for r, c in zip(*np.nonzero(eligible & (sims < config.rare_below)), strict=True):
        if not shares_a_rare_word(new[r], old[c], config):
            eligible[r, c] = False


def _mutual_best(scores: np.ndarray, r: int, c: int) -> bool:
    """Whether the pair (r, c) scores highest both in its row and in its column."""
    return bool(scores[r, c] >= scores[r].max() and scores[r, c] >= scores[:, c].max())


def compare(new: Sequence[Directive], old: Sequence[Directive], config: MatchConfig = DEFAULT) -> tuple[Change, ...]:
    """Changes of ``new`` (a later text's directives) against ``old``: the later
    directives in their order, then the dropped ones in the earlier order."""
    by_norm: dict[str, list[int]] = defaultdict(list)
    for j, d in enumerate(old):
        by_norm[point_marked(d.norm)].append(j)
    pair: dict[int, tuple[int, float]] = {}
    used_old: set[int] = set()
    for i, d in enumerate(new):
        same = [j for j in by_norm.get(point_marked(d.norm), []) if j not in used_old]
        if same:
            j = min(same, key=lambda j: (not same_speaker(old[j], d), abs(j - i)))
            pair[i] = (j, 1.0)
            used_old.add(j)
    new_left = [i for i in range(len(new)) if i not in pair]
    old_left = [j for j in range(len(old)) if j not in used_old]
    nearest: dict[int, tuple[int, float]] = {}
    if new_left and old_left:
        anchors = [(new[i].article_index, old[j].article_index) for i, (j, _) in pair.items()]
        scores, sims = pair_scores([new[i] for i in new_left], [old[j] for j in old_left], config, anchors)
        # only pairs at or above the threshold may be matched: the assignment maximises
        # their total margin, so a weak pair never displaces a strong one elsewhere
        # a pair sharing almost nothing (similarity under min_similarity) is never one
        # instruction, however close its places: position breaks ties, it does not match
        eligible = (scores >= config.threshold) & (sims >= config.min_similarity)
        if max(len(new), len(old)) > config.short_text:
            _need_a_rare_word(eligible, sims, [new[i] for i in new_left], [old[j] for j in old_left], config)
        matching = _Matching(new, old, new_left, old_left, scores, sims, eligible, pair, used_old)
        for r, c in _assigned(scores, eligible, config):
            matching.take(r, c)
        if max(len(new), len(old)) <= config.short_text:
            _pair_the_few_left(matching, config)
        _continue_the_longer(matching, config.clear)
        _opening_continues(matching)
        _same_point_in_place(matching)
        for r, i in enumerate(new_left):
            c = int(np.argmax(sims[r]))
            nearest[i] = (old_left[c], float(sims[r, c]))
    changes: list[Change] = []
    for i, d in enumerate(new):
        if i in pair:
            j, sim = pair[i]
            if same_point(d.norm, old[j].norm):
                changes.append(Change(ChangeKind.UNCHANGED, d, old[j], 1.0))
            else:
                changes.append(Change(ChangeKind.CHANGED, d, old[j], sim, word_diff(old[j].text, d.text)))
        else:
            near = nearest.get(i)
            close = old[near[0]] if near and near[1] >= NEAREST_THRESHOLD else None
            changes.append(Change(ChangeKind.NEW, d, None, near[1] if close and near else None, nearest=close))
    dropped = [j for j in range(len(old)) if j not in used_old]
    merged = _merges(changes, [old[j] for j in dropped])
    changes = [replace(c, also_previous=merged[id(c)]) if id(c) in merged else c for c in changes]
    changes = _splits(changes)
    # a line taken into a merge is still no longer said on its own: dropped, with the
    # later directive that takes it in as ``nearest``
    taken_into = {d.id: c.directive for c in changes for d in c.also_previous}
    changes.extend(Change(ChangeKind.DROPPED, None, old[j], nearest=taken_into.get(old[j].id)) for j in dropped)
    return tuple(changes)


@dataclass
class _Matching:
    """The pairing of one comparison as its steps make it: the later and earlier directives, those left
    after the lines said again (``new_left``, ``old_left``: the rows and columns of ``scores``, ``sims``
    and ``eligible``), and what is paired so far (``pair``: later index → (earlier index, similarity);
    ``used_old``: the earlier indices taken)."""

    new: Sequence[Directive]
    old: Sequence[Directive]
    new_left: Sequence[int]
    old_left: Sequence[int]
    scores: np.ndarray
    sims: np.ndarray
    eligible: np.ndarray
    pair: dict[int, tuple[int, float]]
    used_old: set[int]

    def take(self, r: int, c: int) -> None:
        """Pair row ``r`` with column ``c``."""
        self.pair[self.new_left[r]] = (self.old_left[c], float(self.sims[r, c]))
        self.used_old.add(self.old_left[c])


def _pair_the_few_left(m: _Matching, config: MatchConfig) -> None:
    """In a short text, a later line and an earlier line both left unpaired that are each other's best
    among those left, scoring ``short_threshold`` or more, are one instruction reworded: among a few
    lines on a few topics, two left over that are alike are rarely so by chance. Best pairs first; two
    speakers both named and not the same keep the threshold."""
    while True:
        rows = [r for r, i in enumerate(m.new_left) if i not in m.pair]
        cols = [c for c, j in enumerate(m.old_left) if j not in m.used_old]
        if not rows or not cols:
            return
        left = m.scores[np.ix_(rows, cols)].copy()
        for a, r in enumerate(rows):
            for b, c in enumerate(cols):
                one, other = m.new[m.new_left[r]], m.old[m.old_left[c]]
                if one.speaker and other.speaker and not same_speaker(one, other) and not _the_meeting(one, other):
                    left[a, b] = EXCLUDED
        best_row, best_col = (int(x) for x in np.unravel_index(int(np.argmax(left)), left.shape))
        r, c = rows[best_row], cols[best_col]
        if left[best_row, best_col] < config.short_threshold or m.sims[r, c] < config.min_similarity:
            return
        m.take(r, c)


def _same_point_in_place(m: _Matching) -> None:
    """A later numbered point left unpaired between two lines that are paired with an earlier
    line and the line after the next, where that earlier line between them is left unpaired too
    and has the same number (…错峰上下班。二、出行尽量乘行公共交通。外出请注意… against
    …错峰上下班。二、非必要不外出。非必要请减少外出…), is that point reworded in its place,
    however little of it is left."""
    new, old, pair = m.new, m.old, m.pair
    for i, d in enumerate(new):
        number = point_number(d.text)
        if i in pair or number is None or not 0 < i < len(new) - 1:
            continue
        before, after = pair.get(i - 1), pair.get(i + 1)
        if before is None or after is None or after[0] != before[0] + 2:
            continue
        j = before[0] + 1
        articles = {new[i - 1].article_index, d.article_index, new[i + 1].article_index}
        earlier_articles = {old[j - 1].article_index, old[j].article_index, old[j + 1].article_index}
        if j in m.used_old or len(articles) > 1 or len(earlier_articles) > 1 or point_number(old[j].text) != number:
            continue
        m.take(m.new_left.index(i), m.old_left.index(j))


FRAGMENT = 0.5  # an earlier line at most this share of a later one's length is a part of it


def _continue_the_longer(m: _Matching, clear: float) -> None:
    """A later line paired with a short earlier line (``FRAGMENT``) it wholly takes in, which also
    clearly rewords an earlier line left unpaired (a score of ``clear`` or more), continues that one: the short line is
    merged into it (``_merges``). An opening formula that takes in last week's
    one-line aim (在常态化防控中全面推进经济社会秩序恢复) still continues last week's
    opening formula."""
    new, old, pair = m.new, m.old, m.pair
    for r, i in enumerate(m.new_left):
        if i not in pair or pair[i][1] >= 1.0:
            continue
        j = pair[i][0]
        if len(old[j].norm) > FRAGMENT * len(new[i].norm) or covered(old[j], new[i]) < MERGE_COVERAGE:
            continue
        free = [
            c
            for c, k in enumerate(m.old_left)
            if k not in m.used_old
            and m.eligible[r, c]
            and m.scores[r, c] >= clear
            and len(old[k].norm) > len(old[j].norm)
            and covered(old[k], new[i]) < MERGE_COVERAGE
        ]
        if free:
            m.used_old.discard(j)
            m.take(r, max(free, key=lambda c: m.scores[r, c]))


SAME_OPENING = 8  # characters a later line shares with the start of an earlier one to open as it does


def _opening_continues(m: _Matching) -> None:
    """An earlier line the later text splits in two (各级党委和政府要…，…基层党组织…要充分发挥… ⏎
    各级党委和政府要…，… ⏎ 基层党组织…要充分发挥…): the later line that opens as the earlier one does
    continues it, not the shorter part it wholly takes in, which is split off (``_splits``)."""
    new, old, pair = m.new, m.old, m.pair
    for i in m.new_left:
        if i not in pair or pair[i][1] >= 1.0:
            continue
        j = pair[i][0]
        if len(new[i].norm) > FRAGMENT * len(old[j].norm) or covered(new[i], old[j]) < MERGE_COVERAGE:
            continue
        if old[j].norm.startswith(new[i].norm[:SAME_OPENING]):
            continue  # the part is the earlier line's opening itself
        c = m.old_left.index(j)
        openers = [
            k
            for k, other in enumerate(m.new_left)
            if other not in pair and m.eligible[k, c] and old[j].norm[:SAME_OPENING] == new[other].norm[:SAME_OPENING]
        ]
        if openers:
            del pair[i]
            m.take(max(openers, key=lambda k: m.scores[k, c]), c)


SPLIT_COVERAGE = 0.7  # share of a new directive's rare words that must come from the earlier one


def _splits(changes: Sequence[Change]) -> list[Change]:
    """Mark a new directive split off an earlier one: most of its rare words come from
    the earlier directive that another later directive continues (``changed``). It stays
    ``new`` (pairing is one to one); ``nearest`` names the earlier directive."""
    continued = [c.previous for c in changes if c.kind is ChangeKind.CHANGED and c.previous is not None]
    out = []
    for change in changes:
        if change.kind is ChangeKind.NEW and change.directive is not None and continued:
            new = change.directive
            coverage, source = max(
                ((covered(new, p), p) for p in continued if same_speaker(p, new)),
                default=(0.0, None),
                key=lambda x: x[0],
            )
            if source is not None and coverage >= SPLIT_COVERAGE:
                change = replace(change, nearest=source, split=True)
        out.append(change)
    return out


MERGE_COVERAGE = 0.8  # share of an earlier directive's rare words a later one must take in


def _merges(changes: Sequence[Change], dropped: Sequence[Directive]) -> dict[int, tuple[Directive, ...]]:
    """Earlier directives that a changed later one wholly takes in besides its own
    predecessor: two instructions merged into one. Keyed by ``id()`` of the change."""
    found: dict[int, list[Directive]] = {}
    for earlier in dropped:
        best: tuple[float, Change] | None = None
        for change in changes:
            if change.kind is not ChangeKind.CHANGED or change.directive is None:
                continue
            if change.previous is not None and not same_speaker(change.previous, earlier):
                continue
            coverage = covered(earlier, change.directive)
            if coverage >= MERGE_COVERAGE and (best is None or coverage > best[0]):
                best = (coverage, change)
        if best is not None:
            found.setdefault(id(best[1]), []).append(earlier)
    return {key: tuple(value) for key, value in found.items()}
