"""Calibrate the matching thresholds on labelled pairs, and estimate how they do on
pairs not seen.

    .venv/bin/python calibration/calibrate.py [--top 10]

Parses every pair of ``calibration/pairs.yaml`` and scores each setting of a grid of
``MatchConfig`` thresholds (with and without the parts of compound words) on every
pair, with the gold convention (the worse of later-directive F1 and dropped F1).
Prints the best settings by their mean over all pairs, the defaults, an
exact-sentence baseline, and a leave-one-pair-out estimate: for each pair, the
setting the grid picks on the other pairs, scored on that pair. The held-out pairs,
if any, are scored with the defaults and never picked by.
"""

from __future__ import annotations

import argparse
import copy
import itertools
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bulletin_diff.documents import parse_path  # noqa: E402
from bulletin_diff.evaluate import score_diff  # noqa: E402
from bulletin_diff.records import Change, ChangeKind, Directive, DocumentChanges, ParsedDocument  # noqa: E402
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


def evaluate(pairs: list[Pair], config: MatchConfig, *, consistent: bool = False) -> list[float]:
    scores = []
    for old, new, gold in pairs:
        changes = compare(new.directives, old.directives, config)
        found = DocumentChanges(new.document, old.document, changes).to_dict()
        scores.append(score_diff(consistent_alternatives(gold) if consistent else gold, found).worst)
    return scores


def consistent_alternatives(gold: dict[str, Any]) -> dict[str, Any]:
    """``gold`` with each later line labelled ``changed`` whose alternatives accept ``new``
    relabelled ``new``, its earlier line ``dropped``, and ``changed`` among the alternatives.

    The readings accepted for the later line stay the same. What changes is the dropped
    side: the scorer excuses an earlier line left unpaired only when an alternative names
    it, so a gold that accepts ``new`` for a later line still counts its earlier line as a
    wrong drop when a tool takes that reading. This is for measuring that effect
    (calibration/README.md); the gold files are scored as they are.
    """
    g = copy.deepcopy(gold)
    primary = {c["text"]: c for c in g["changes"] if c["kind"] == "changed"}
    dropped = {c["previous_text"] for c in g["changes"] if c["kind"] == "dropped"}
    for alt in g.get("alternatives", []):
        change = primary.get(alt["text"])
        readings = alt["acceptable_alternatives"]
        if change is None or not any(r["kind"] == "new" for r in readings):
            continue
        earlier = change["previous_text"]
        change["kind"], change["previous_text"] = "new", None
        alt["acceptable_alternatives"] = [r for r in readings if r["kind"] != "new"]
        alt["acceptable_alternatives"].append({"kind": "changed", "previous_text": earlier})
        if earlier not in dropped:
            g["changes"].append({"kind": "dropped", "text": None, "previous_text": earlier})
    return g


def _moved(ds: tuple[Directive, ...], by: int) -> list[Directive]:
    return [replace(d, article_index=d.article_index + by) for d in ds]


def _scored(later: ParsedDocument, earlier: ParsedDocument, changes: list[Change], gold: dict[str, Any]) -> float:
    found = DocumentChanges(later.document, earlier.document, tuple(changes)).to_dict()
    return score_diff(gold, found).worst


def two_article_pages(pairs: list[Pair], config: MatchConfig = DEFAULT) -> list[tuple[float, float]]:
    """Each two labelled pairs of different series put on one page: the earlier page holds
    both earlier reports as two articles, the later page both later ones, and the gold is
    both golds. (joint, apart) per page: the page compared whole, and each article with its
    own counterpart. A line of one meeting paired with a line of the other lowers joint."""
    out = []
    for a, b in itertools.permutations(range(len(pairs)), 2):
        (old_a, new_a, gold_a), (old_b, new_b, gold_b) = pairs[a], pairs[b]
        if {d.article_series for d in new_a.directives} & {d.article_series for d in new_b.directives}:
            continue
        shift = 1 + max(d.article_index for d in (*old_a.directives, *new_a.directives))
        old = [*old_a.directives, *_moved(old_b.directives, shift)]
        new = [*new_a.directives, *_moved(new_b.directives, shift)]
        gold = {
            "changes": gold_a["changes"] + gold_b["changes"],
            "alternatives": gold_a.get("alternatives", []) + gold_b.get("alternatives", []),
        }
        apart = [
            *compare(new_a.directives, old_a.directives, config),
            *compare(_moved(new_b.directives, shift), _moved(old_b.directives, shift), config),
        ]
        joint = list(compare(new, old, config))
        out.append((_scored(new_a, old_a, joint, gold), _scored(new_a, old_a, apart, gold)))
    return out


def pages_with_other_bodies(
    pairs: list[Pair], config: MatchConfig = DEFAULT, limit: int = 300
) -> list[tuple[float, float]]:
    """A labelled pair on two pages that each carry one more report, of another body on
    each page (three series in all): the gold is the pair's, with the earlier page's other
    report all dropped and the later page's all new. (joint, apart) per page, as
    ``two_article_pages``; the first ``limit`` such pages."""
    out = []
    for a, b, c in itertools.permutations(range(len(pairs)), 3):
        (old_a, new_a, gold_a), other_old, other_new = pairs[a], pairs[b][0], pairs[c][1]
        kinds = [{d.article_series for d in doc.directives} for doc in (new_a, other_old, other_new)]
        if kinds[0] & kinds[1] or kinds[0] & kinds[2] or kinds[1] & kinds[2]:
            continue
        shift = 1 + max(d.article_index for d in (*old_a.directives, *new_a.directives))
        dropped, added = _moved(other_old.directives, shift), _moved(other_new.directives, shift + 1)
        gold = {
            "changes": gold_a["changes"]
            + [{"kind": "new", "text": d.text, "previous_text": None} for d in added]
            + [{"kind": "dropped", "text": None, "previous_text": d.text} for d in dropped],
            "alternatives": gold_a.get("alternatives", []),
        }
        joint = list(compare([*new_a.directives, *added], [*old_a.directives, *dropped], config))
        apart = [
            *compare(new_a.directives, old_a.directives, config),
            *(Change(ChangeKind.NEW, d, None) for d in added),
            *(Change(ChangeKind.DROPPED, None, d) for d in dropped),
        ]
        out.append((_scored(new_a, old_a, joint, gold), _scored(new_a, old_a, apart, gold)))
        if len(out) >= limit:
            break
    return out


def directives(doc: ParsedDocument) -> tuple[Directive, ...]:
    return doc.directives


def grid() -> list[MatchConfig]:
    """The settings searched: thresholds, place bonus, similarity floor, word parts."""
    return [
        replace(DEFAULT, threshold=t, min_similarity=m, w_position=p, clear=c, word_parts=parts)
        for parts, t, m, p, c in itertools.product(
            (False, True),  # the dictionary words inside compounds count among the topic words
            (0.4, 0.45, 0.5),  # threshold
            (0.2, 0.25, 0.3),  # min_similarity
            (0.1, 0.2, 0.3),  # w_position
            (0.5, 0.55, 0.65),  # clear: under it a pair must be the best of both its directives
        )
    ]


def pick(matrix: list[list[float]], among: list[int]) -> int:
    """The setting (row) with the best mean over the pairs (columns) ``among``, then the best worst."""
    return max(
        range(len(matrix)),
        key=lambda r: (sum(matrix[r][k] for k in among) / len(among), min(matrix[r][k] for k in among)),
    )


def describe(c: MatchConfig) -> str:
    return (
        f"threshold {c.threshold}, min_similarity {c.min_similarity}, w_position {c.w_position}, "
        f"clear {c.clear}, word_parts {c.word_parts}"
    )


def per_pair(scores: list[float]) -> str:
    return f"mean {sum(scores) / len(scores):.3f}, worst {min(scores):.3f}: " + " ".join(f"{x:.3f}" for x in scores)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--top", type=int, default=10)
    args = ap.parse_args()
    pairs = load_pairs()
    configs = grid()
    matrix = [evaluate(pairs, config) for config in configs]
    everything = list(range(len(pairs)))
    ranked = sorted(range(len(configs)), key=lambda r: -sum(matrix[r]) / len(pairs))
    print(f"{len(pairs)} pairs, {len(configs)} settings; best by mean over all pairs:")
    for r in ranked[: args.top]:
        print(f"  {per_pair(matrix[r])}  |  {describe(configs[r])}")
    print(f"picked on all pairs: {describe(configs[pick(matrix, everything)])}")
    default = evaluate(pairs, DEFAULT)
    print(f"defaults ({describe(DEFAULT)}): {per_pair(default)}")
    unseen = [matrix[pick(matrix, [k for k in everything if k != i])][i] for i in everything]
    print(f"leave-one-pair-out (each pair scored by the setting picked on the others): {per_pair(unseen)}")
    exact = evaluate(pairs, replace(DEFAULT, threshold=float("inf")))
    print(f"exact-sentence baseline: {per_pair(exact)}")
    held_out = load_pairs("held_out")
    if held_out:
        print(f"held-out pairs, defaults: {per_pair(evaluate(held_out, DEFAULT))}")
    print(
        "defaults, golds whose 'changed or new' lines accept the drop that 'new' implies: "
        f"{per_pair(evaluate(pairs, DEFAULT, consistent=True))}"
    )
    pages = two_article_pages(pairs + held_out)
    joint, apart = (sum(s[k] for s in pages) / len(pages) for k in (0, 1))
    print(
        f"two-article pages ({len(pages)}, reports of different series): compared whole, mean {joint:.3f}; "
        f"each article with its own, {apart:.3f}"
    )
    others = pages_with_other_bodies(pairs + held_out)
    joint, apart = (sum(s[k] for s in others) / len(others) for k in (0, 1))
    print(
        f"pages with a report of another body on each ({len(others)}): compared whole, mean {joint:.3f}; "
        f"the pair apart, {apart:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
