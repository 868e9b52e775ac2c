"""How alike two directives are: rapidfuzz over normalised text and jieba words.

``Features`` are the measures; ``MatchConfig`` weighs them into one score and holds
the thresholds. The weights and thresholds are calibrated on labelled pairs of real
successive bulletins by ``calibration/calibrate.py`` (its README has the figures).
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bulletin_diff.records import Directive
from diffengine.index import STOP_WORDS
from parsers.words import canonical, content_words, distinctiveness, word_parts

# The number a list gives its points (一是, 二要, (三), 3., 第一,) says where a point
# stands, not what it says: two points never match because both are "一是".
_ENUMERATOR = re.compile(
    # (2、居民须…, normalised 2,居民须…; not 12,345)
    r"^(?:[一二三四五六七八九十]{1,3}[是要]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、)]|\d{1,2},(?=\D)"
    r"|第[一二三四五六七八九十]{1,3}[,，、])"
)
_ENUMERATOR_WORD = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[是要]?|\d{1,2}|第[一二三四五六七八九十]{1,3})$")


@functools.lru_cache(maxsize=65536)
def words(norm: str) -> tuple[str, ...]:
    """Content words of a normalised text (cached: the same text is compared often)."""
    return content_words(norm)


def _key_words(ws: tuple[str, ...], parts: bool = True) -> frozenset[str]:
    """The words that carry the topic, one name per place (``首都`` is ``北京``), with
    (``parts``) the dictionary words inside a compound (``突出重点`` also gives ``重点``)."""
    kept = [w for w in ws if w not in STOP_WORDS and not _ENUMERATOR_WORD.match(w)]
    if not parts:
        return frozenset(canonical(w) for w in kept)
    inner = [p for w in kept if len(w) > 2 for p in word_parts(w) if p not in STOP_WORDS]
    return frozenset(canonical(w) for w in kept + inner)


@dataclass(frozen=True, slots=True)
class Features:
    char: float  # indel ratio of the normalised texts
    word: float  # indel ratio of their word sequences
    overlap: float  # distinctiveness of the shared words / distinctiveness of the words of the lighter text
    contained: bool  # one text wholly inside the other (a directive extended)


@dataclass(frozen=True, slots=True)
class MatchConfig:
    """Weights and thresholds of the matching (see calibration/README.md)."""

    w_char: float = 0.7
    w_word: float = 0.0
    w_overlap: float = 0.2
    w_position: float = 0.1  # bonus for standing at the same relative place
    w_local: float = 0.6  # overlap of the words rare *within the two documents* (see ``local_overlap``)
    threshold: float = 0.40  # a pair scoring this or more is the same instruction, reworded
    clear: float = 0.50  # under this, a pair must also be the best of both its directives
    word_parts: bool = True  # topic words include the parts of compounds (``_key_words``)
    min_similarity: float = 0.20  # texts less alike than this are never one instruction (``similarity``)
    speaker_penalty: float = 0.05  # both speakers known and different
    unknown_speaker_penalty: float = 0.05
    contained_floor: float = 0.8  # score at least this when one text contains the other
    # a short text (this many directives or fewer on both sides) pairs what is left over on both sides at a
    # lower threshold: among a few lines, two left over that are each other's best rarely are so by chance
    short_text: int = 6
    short_threshold: float = 0.30
    # in a longer text, two lines less alike than ``rare_below`` are one instruction only when they share a word
    # at least ``rare_word`` distinctive (``parsers.words.distinctiveness``: 债务, 生猪, 清零; not 加强, 稳定, 经济):
    # what else they share is how every instruction is worded (要…，加强…，确保…)
    rare_below: float = 0.35
    rare_word: float = 5.0

    def _measures(self, f: Features, local: float) -> float:
        return self.w_char * f.char + self.w_word * f.word + self.w_overlap * f.overlap + self.w_local * local

    def score(self, f: Features, position_closeness: float = 0.0, local: float = 0.0) -> float:
        value = self._measures(f, local) + self.w_position * position_closeness
        return max(value, self.contained_floor) if f.contained else value

    def similarity(self, f: Features, local: float = 0.0) -> float:
        """How alike two texts are, in [0, 1], as reports show it: the weighted measures
        over their total weight (position and speakers left out)."""
        value = self._measures(f, local) / (self.w_char + self.w_word + self.w_overlap + self.w_local)
        return min(1.0, max(value, self.contained_floor) if f.contained else value)


DEFAULT = MatchConfig()


def point_marked(norm: str) -> str:
    """``norm`` with the mark after the list number it opens with made one (2,居民须… and 2.居民须… → 2.居民须…)."""
    return _POINT_MARK.sub(r"\1.", norm)


def same_point(a: str, b: str) -> bool:
    """Two normalised texts say the same, the mark after a list number aside: 2、居民须… one day, 2。居民须… the
    next (normalised 2,居民须… and 2.居民须…). A point renumbered (二是… → 三是…) is not the same text."""
    return point_marked(a) == point_marked(b)


_POINT_MARK = re.compile(r"^(\d{1,2})[.,、)](?=\D)")


def _unnumbered(norm: str, ws: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    m = _ENUMERATOR.match(norm)
    if not m:
        return norm, ws
    return norm[m.end() :], tuple(w for w in ws if not _ENUMERATOR_WORD.match(w)) if ws else ws


@functools.lru_cache(maxsize=262144)
def features(a: str, b: str, wa: tuple[str, ...] = (), wb: tuple[str, ...] = (), parts: bool = True) -> Features:
    """The measures of two normalised texts; ``wa``/``wb`` are their words when known
    (a stored directive's ``tokens``), else jieba cuts them. A leading list number is
    left out of both; ``parts``: the topic words include the parts of compounds."""
    (a, wa), (b, wb) = _unnumbered(a, wa), _unnumbered(b, wb)
    if a == b:
        return Features(1.0, 1.0, 1.0, True)
    if not a or not b:
        return Features(0.0, 0.0, 0.0, False)
    wa, wb = wa or words(a), wb or words(b)
    ka, kb = _key_words(wa, parts), _key_words(wb, parts)
    weight_a, weight_b = sum(map(distinctiveness, ka)), sum(map(distinctiveness, kb))
    lighter = min(weight_a, weight_b)
    overlap = sum(map(distinctiveness, ka & kb)) / lighter if lighter else 0.0
    char = fuzz.ratio(a, b) / 100.0
    short, long_ = sorted((a, b), key=len)
    # containment of a text at least half as long implies a character ratio of 2/3 or more
    contained = char >= 0.66 and len(short) >= 0.5 * len(long_) and fuzz.partial_ratio(short, long_) >= 97
    return Features(char, fuzz.ratio(wa, wb) / 100.0, overlap, contained)


def key_words(d: Directive, parts: bool = True) -> frozenset[str]:
    """The topic words of a directive (stop words left out, one name per place)."""
    return _key_words(d.tokens or words(d.norm), parts)


def local_weights(sets: Sequence[frozenset[str]]) -> dict[str, float]:
    """Weight of each word across the directives of two documents: its distinctiveness in
    bulletins times its distinctiveness among these directives. A word most of them use
    (疫情防控 in an epidemic meeting) tells little about which two belong together;
    one only a few use (社区, 北京) tells much."""
    df: dict[str, int] = {}
    for ws in sets:
        for w in ws:
            df[w] = df.get(w, 0) + 1
    n = len(sets)
    return {w: distinctiveness(w) * math.log((n + 1) / (k + 0.5)) for w, k in df.items()}


def local_overlap(ka: frozenset[str], kb: frozenset[str], weights: dict[str, float]) -> float:
    """Weight of the shared words over the weight of the lighter directive's words."""
    lighter = min(sum(weights.get(w, 0.0) for w in ka), sum(weights.get(w, 0.0) for w in kb))
    return sum(weights.get(w, 0.0) for w in ka & kb) / lighter if lighter > 0 else 0.0


def shares_a_rare_word(a: Directive, b: Directive, config: MatchConfig = DEFAULT) -> bool:
    """Whether ``a`` and ``b`` share a topic word at least ``config.rare_word`` distinctive."""
    shared = key_words(a, config.word_parts) & key_words(b, config.word_parts)
    return any(distinctiveness(w) >= config.rare_word for w in shared)


def covered(part: Directive, whole: Directive) -> float:
    """Share of the distinctiveness of ``part``'s key words that ``whole`` also uses."""
    kp = _key_words(part.tokens or words(part.norm))
    kw = _key_words(whole.tokens or words(whole.norm))
    weight = sum(map(distinctiveness, kp))
    return sum(map(distinctiveness, kp & kw)) / weight if weight else 0.0


def rank(
    candidates: Sequence[tuple[str, tuple[str, ...]]],
    norm: str,
    norm_words: tuple[str, ...] = (),
    config: MatchConfig = DEFAULT,
    keep: int = 5,
) -> tuple[int, float] | None:
    """(index, score) of the best of ``candidates`` ((norm, words) pairs) for ``norm``.

    A cheap character ratio (rapidfuzz's C++ ``cdist``) keeps the ``keep`` closest;
    only those get the full features.
    """
    if not candidates:
        return None
    quick = process.cdist([norm], [c[0] for c in candidates], scorer=fuzz.ratio, workers=1)[0]
    order = sorted(range(len(candidates)), key=lambda i: -quick[i])[:keep]
    scored = [
        (i, config.score(features(norm, candidates[i][0], norm_words, candidates[i][1], config.word_parts)))
        for i in order
    ]
    return max(scored, key=lambda x: x[1])
