"""Calibrate the matching weights and threshold on labelled pairs.

    .venv/bin/python calibration/calibrate.py [--top 10]

Parses every pair of ``calibration/pairs.yaml``, then searches a grid of
``MatchConfig`` weights and thresholds, scoring each with the gold convention (the
worse of later-directive F1 and dropped F1, per pair). Prints the best settings by
their worst pair, then mean, and the score of the current defaults.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from dataclasses import replace
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bulletin_diff.documents import parse_path  # noqa: E402
from bulletin_diff.evaluate import score_diff  # noqa: E402
from bulletin_diff.records import Directive, DocumentChanges, ParsedDocument  # noqa: E402
from diffengine.compare import compare  # noqa: E402
from diffengine.similarity import DEFAULT, MatchConfig  # noqa: E402

Pair = tuple[ParsedDocument, ParsedDocument, dict[str, object]]


def load_pairs(group: str = "pairs") -> list[Pair]:
    """The labelled pairs of ``group`` in pairs.yaml: ``pairs`` (tuned on) or ``held_out``."""
    import json

    spec = yaml.safe_load((ROOT / "calibration/pairs.yaml").read_text(encoding="utf-8"))
    out = []
    for p in spec.get(group, []):
        old, new = parse_path(str(ROOT / p["earlier"])), parse_path(str(ROOT / p["later"]))
        out.append((old, new, json.loads((ROOT / p["gold"]).read_text(encoding="utf-8"))))
    return out


def evaluate(pairs: list[Pair], config: MatchConfig) -> list[float]:
    scores = []
    for old, new, gold in pairs:
        changes = compare(new.directives, old.directives, config)
        scores.append(score_diff(gold, DocumentChanges(new.document, old.document, changes).to_dict()).worst)
    return scores


def directives(doc: ParsedDocument) -> tuple[Directive, ...]:
    return doc.directives


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--top", type=int, default=10)
    args = ap.parse_args()
    pairs = load_pairs()
    results = []
    grid = itertools.product(
        (0.5, 0.7),  # w_char
        (0.2, 0.4),  # w_overlap
        (0.0, 0.2, 0.4, 0.6),  # w_local
        (0.1, 0.2, 0.3),  # w_position
        (0.05, 0.15),  # speaker_penalty
        (0.4, 0.45, 0.5),  # threshold
        (0.0, 0.55),  # clear: under it a pair must be the best of both its directives
    )
    for w_char, w_overlap, w_local, w_position, speaker, threshold, clear in grid:
        config = replace(
            DEFAULT,
            w_char=w_char,
            w_word=0.0,
            w_overlap=w_overlap,
            w_local=w_local,
            w_position=w_position,
            speaker_penalty=speaker,
            threshold=threshold,
            clear=clear,
        )
        scores = evaluate(pairs, config)
        results.append((min(scores), sum(scores) / len(scores), config, scores))
    results.sort(key=lambda r: (-r[1], -r[0]))
    print("worst  mean   per pair  |  w_char w_overlap w_local w_position speaker threshold clear")
    for worst, mean, c, scores in results[: args.top]:
        per = " ".join(f"{s:.3f}" for s in scores)
        weights = f"{c.w_char} {c.w_overlap} {c.w_local} {c.w_position} {c.speaker_penalty} {c.threshold} {c.clear}"
        print(f"{worst:.3f}  {mean:.3f}  {per}  |  {weights}")
    default = evaluate(pairs, DEFAULT)
    mean = sum(default) / len(default)
    print(f"defaults: worst {min(default):.3f}, mean {mean:.3f}, per pair " + " ".join(f"{s:.3f}" for s in default))
    held_out = load_pairs("held_out")
    if held_out:
        for name, config in (("best", results[0][2]), ("defaults", DEFAULT)):
            scores = evaluate(held_out, config)
            per = " ".join(f"{s:.3f}" for s in scores)
            mean = sum(scores) / len(scores)
            print(f"held-out pairs, {name}: worst {min(scores):.3f}, mean {mean:.3f}, per pair {per}")
    exact = evaluate(pairs + held_out, replace(DEFAULT, threshold=float("inf")))
    mean = sum(exact) / len(exact)
    per = " ".join(f"{s:.3f}" for s in exact)
    print(f"exact-sentence baseline (all pairs): worst {min(exact):.3f}, mean {mean:.3f}, per pair {per}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
