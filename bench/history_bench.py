"""Matching one bulletin against histories of 10k, 100k and 1M directives.

    .venv/bin/python bench/history_bench.py [--corpus ../shared/corpus/xwlb/2020] [--sizes 10000 100000 1000000]

The history is built from the real directives of the corpus, each copied with
random word-level perturbations (drop, repeat, swap) until the size is reached, and
held in the same in-memory token index the pipeline uses. The query is the
directives of one real Standing Committee meeting (~30). For each size it prints
the median time of matching the query (candidates from the index, then rapidfuzz
scoring; the sizes take turns, repeat after repeat), the index's memory, and, at the
smallest size, the same matching by a full scan with difflib and with rapidfuzz
``process.cdist``, their ratio to the index, and whether all three give the same best
match.
"""

from __future__ import annotations

import argparse
import difflib
import gc
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from rapidfuzz import fuzz, process  # noqa: E402

from bulletin_diff.documents import parse_input  # noqa: E402
from bulletin_diff.records import Directive  # noqa: E402
from bulletin_diff.sources import expand, read_input  # noqa: E402
from diffengine.index import TokenIndex  # noqa: E402
from diffengine.similarity import features, rank  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20


def corpus_directives(corpus: str) -> tuple[list[Directive], list[Directive]]:
    """All directives of the corpus, and the query: the meeting nearest 30 directives."""
    everything: list[Directive] = []
    best: tuple[int, list[Directive]] = (10**9, [])
    for spec in expand([corpus]):
        try:
            parsed = parse_input(read_input(spec))
        except Exception:  # a broken file does not stop a benchmark
            continue
        everything.extend(parsed.directives)
        for article in parsed.articles:
            distance = abs(len(article.directives) - 30)
            if article.series and distance < best[0]:
                best = (distance, list(article.directives))
    return everything, best[1]


def perturb(words: tuple[str, ...], rng: random.Random) -> tuple[str, ...]:
    out = list(words)
    for _ in range(rng.randint(1, 3)):
        if len(out) < 4:
            break
        op, i = rng.random(), rng.randrange(len(out))
        if op < 0.4:
            del out[i]
        elif op < 0.7:
            out.insert(i, out[rng.randrange(len(out))])
        else:
            j = rng.randrange(len(out))
            out[i], out[j] = out[j], out[i]
    return tuple(out)


class History:
    """Norms and words of a history, indexed."""

    def __init__(self, base: list[Directive], size: int, seed: int = 7) -> None:
        rng = random.Random(seed)
        self.norms: list[str] = []
        self.words: list[tuple[str, ...]] = []
        self.index = TokenIndex()
        for key in range(size):
            d = base[key % len(base)]
            words = d.tokens if key < len(base) else perturb(d.tokens, rng)
            self.norms.append("".join(words))
            self.words.append(words)
            self.index.add(key, words)

    def best(self, query: Directive, k: int = 20) -> tuple[int, float]:
        keys = self.index.candidates(query.tokens, k)
        found = rank([(self.norms[key], self.words[key]) for key in keys], query.norm, query.tokens)
        return (keys[found[0]], found[1]) if found else (-1, -1.0)


def timed(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared/corpus/xwlb/2020"))
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    base, query = corpus_directives(args.corpus)
    print(f"corpus: {len(base)} real directives; query: {len(query)} directives of one meeting")
    histories: dict[int, History] = {}
    for size in args.sizes:
        gc.collect()
        before = rss_mb()
        t0 = time.perf_counter()
        histories[size] = History(base, size)
        build = time.perf_counter() - t0
        print(f"{size:>9,} directives: index built in {build:.1f} s, +{rss_mb() - before:.0f} MB RSS")

    def match(h: History) -> list[tuple[int, float]]:
        features.cache_clear()
        return [h.best(q) for q in query]

    # the sizes take turns, repeat after repeat, so that a noisy spell of the machine
    # falls on all of them rather than on one
    times: dict[int, list[float]] = {size: [] for size in args.sizes}
    for _ in range(args.repeat):
        for size, history in histories.items():
            times[size].append(timed(lambda h=history: match(h), 1))
    results = {size: statistics.median(ms) for size, ms in times.items()}
    for size, ms in results.items():
        print(f"{size:>9,} directives: matching median {ms:7.1f} ms")
    smallest = min(args.sizes)
    history = histories[smallest]
    norms = history.norms

    def difflib_scan() -> list[int]:
        out = []
        for q in query:
            ratios = [difflib.SequenceMatcher(None, q.norm, n, autojunk=False).ratio() for n in norms]
            out.append(int(np.argmax(ratios)))
        return out

    def cdist_scan() -> list[int]:
        matrix = process.cdist([q.norm for q in query], norms, scorer=fuzz.ratio, workers=1)
        return [int(i) for i in np.argmax(matrix, axis=1)]

    ms = results[smallest]
    d_ms = timed(difflib_scan, 1)
    c_ms = timed(cdist_scan, 3)
    indexed = [k for k, _ in match(history)]
    same_difflib = sum(norms[a] == norms[b] for a, b in zip(indexed, difflib_scan(), strict=True))
    same_cdist = sum(norms[a] == norms[b] for a, b in zip(indexed, cdist_scan(), strict=True))
    print(f"at {smallest:,}: full scan difflib {d_ms:9.1f} ms  ({d_ms / ms:,.0f}x the index)")
    print(f"at {smallest:,}: full scan cdist   {c_ms:9.1f} ms  ({c_ms / ms:,.1f}x the index)")
    print(f"  same best match as difflib on {same_difflib}/{len(query)}, as cdist on {same_cdist}/{len(query)}")
    if len(results) > 1:
        lo, hi = min(results), max(results)
        print(f"ratio {hi:,} vs {lo:,}: {results[hi] / results[lo]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
