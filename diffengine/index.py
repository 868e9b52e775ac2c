"""Candidate retrieval over the whole history: an inverted index of jieba words.

``TokenIndex`` maps each word to the keys of the directives that use it (a compact
``array('I')`` per word). A query scores keys by the summed rarity (IDF) of the
words they share with it, over the query's rarest words only, so that one query
touches a few short posting lists whatever the history's size. The scoring of the
candidates it returns is rapidfuzz's job (:mod:`diffengine.similarity`).

The index is an object with a narrow interface (``add``, ``candidates``): the store
persists the words of every directive and rebuilds or extends the index from them;
tests build it in memory.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterable, Sequence

import numpy as np

#: Words too common to say anything about which instruction a text gives.
_STOP = "要 的 和 与 及 等 在 把 对 为 以 了 是 各 好 中 上 下 也 并 将 从 向 于 就 都 而 着 其 更"
_COMMON = "进一步 加强 做好 工作 坚持 推进 全面 切实 确保 各级 各地 各地区 各部门 各方面"
STOP_WORDS = frozenset(f"{_STOP} {_COMMON}".split())


class TokenIndex:
    """Inverted index: word → keys of the directives that contain it."""

    def __init__(self) -> None:
        self._postings: dict[str, array[int]] = {}
        self._size = 0

    def __len__(self) -> int:
        return self._size

    def add(self, key: int, words: Iterable[str]) -> None:
        """Index one directive under ``key`` (a non-negative int below 2**32)."""
        for word in set(words):
            if word in STOP_WORDS:
                continue
            posting = self._postings.get(word)
            if posting is None:
                posting = self._postings[word] = array("I")
            posting.append(key)
        self._size += 1

    def document_frequency(self, word: str) -> int:
        posting = self._postings.get(word)
        return len(posting) if posting is not None else 0

    def candidates(
        self, words: Sequence[str], k: int = 20, max_words: int = 12, budget: int = 6_000, min_words: int = 3
    ) -> list[int]:
        """Up to ``k`` keys sharing the most rare words with ``words``, best first.

        The query's rarest words are taken first, up to ``max_words``, and no more once
        their postings exceed ``budget`` entries (after ``min_words``): the cost of a
        query stays bounded however large the history grows.
        """
        known = [(len(p), w) for w in set(words) if (p := self._postings.get(w)) is not None]
        if not known:
            return []
        known.sort()
        chosen: list[tuple[int, str]] = []
        total = 0
        for df, word in known[:max_words]:
            if len(chosen) >= min_words and total + df > budget:
                break
            chosen.append((df, word))
            total += df
        n = max(self._size, 1)
        keys = np.concatenate([np.frombuffer(self._postings[w], dtype=np.uint32) for _, w in chosen])
        weights = np.concatenate([np.full(df, math.log(1 + n / df), dtype=np.float32) for df, _ in chosen])
        unique, inverse = np.unique(keys, return_inverse=True)
        scores = np.bincount(inverse, weights=weights)
        top = np.argpartition(-scores, k)[:k] if len(unique) > k else np.arange(len(unique))
        order = top[np.argsort(-scores[top], kind="stable")]
        return [int(unique[i]) for i in order]
