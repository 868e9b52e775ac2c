"""How alike two directives are: rapidfuzz over normalised text and jieba words."""

from __future__ import annotations

import functools

from rapidfuzz import fuzz

from parsers.words import tokenize


@functools.lru_cache(maxsize=65536)
def words(norm: str) -> tuple[str, ...]:
    """jieba words of a normalised text (cached: the same text is compared often)."""
    return tuple(tokenize(norm))


def similarity(a: str, b: str) -> float:
    """Similarity in [0, 1] of two normalised texts.

    The mean of a character-level and a word-level indel ratio; a text that wholly
    contains the other (a directive extended by a clause) scores at least 0.8.
    """
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    char = fuzz.ratio(a, b) / 100.0
    word = fuzz.ratio(words(a), words(b)) / 100.0
    score = (char + word) / 2.0
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 0.5 * len(long_) and fuzz.partial_ratio(short, long_) >= 97:
        score = max(score, 0.8)
    return score
