"""The evaluation gate: score parse and diff output against labelled gold files.

Gold files follow the conventions in ``tests/fixtures/README.md``: a parse gold lists
articles with their fields and directives (text, speaker), units that are not
directives and units left unscored; a diff gold lists every change of the later
document (kind, text, previous_text) with optional accepted ``alternatives``.
Texts match after NFKC, whitespace removal and trailing 。；; stripping when equal,
when one contains the other within 15% of length, or at a difflib ratio ≥ 0.92.
``python -m bulletin_diff.evaluate parse|diff GOLD OUTPUT`` prints the scores.
"""

from __future__ import annotations

import difflib
import json
import re
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

Item = dict[str, Any]


def _norm(text: str | None) -> str | None:
    if text is None:
        return None
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).rstrip("。;")


def same_text(a: str | None, b: str | None) -> bool:
    x, y = _norm(a), _norm(b)
    if x is None or y is None:
        return x is y
    if x == y:
        return True
    short, long_ = sorted((x, y), key=len)
    if short and short in long_ and len(short) >= 0.85 * len(long_):
        return True
    return difflib.SequenceMatcher(None, x, y, autojunk=False).ratio() >= 0.92


def _pair(gold: Sequence[Item], found: Sequence[Item], gkey: str, fkey: str) -> list[tuple[Item, Item]]:
    used: set[int] = set()
    pairs = []
    for g in gold:
        for i, f in enumerate(found):
            if i not in used and same_text(g.get(gkey), f.get(fkey)):
                used.add(i)
                pairs.append((g, f))
                break
    return pairs


def _f1(n_gold: int, n_found: int, n_hit: int) -> tuple[float, float, float]:
    p = n_hit / n_found if n_found else (1.0 if not n_gold else 0.0)
    r = n_hit / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass(frozen=True, slots=True)
class ParseScore:
    directive_f1: float
    precision: float
    recall: float
    speaker_right: int
    matched: int
    fields_right: int
    fields_total: int
    nondirectives_taken: int
    breaks_joined: int
    breaks_total: int

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.matched if self.matched else 1.0


@dataclass(frozen=True, slots=True)
class DiffScore:
    later_f1: float
    dropped_f1: float

    @property
    def worst(self) -> float:
        return min(self.later_f1, self.dropped_f1)


FIELDS = ("subtitle", "source", "place", "date", "byline", "truncated")


def score_parse(gold: Item, out: Item) -> ParseScore:
    arts = out.get("articles", [])
    fields_right = fields_total = 0
    for g, o in _pair(gold["articles"], arts, "title", "title"):
        for k in FIELDS:
            if k not in g:
                continue
            fields_total += 1
            gv, ov = g[k], o.get(k)
            fields_right += (gv == ov) if isinstance(gv, bool) or gv is None else same_text(gv, ov)
    gd = [d for a in gold["articles"] for d in a["directives"]]
    od = [d for a in arts for d in a.get("directives", [])]
    pairs = _pair(gd, od, "text", "text")
    hit = {id(o) for _, o in pairs}
    unscored = gold.get("unscored", [])
    extra = [o for o in od if id(o) not in hit and not any(same_text(u, o.get("text")) for u in unscored)]
    p, r, f = _f1(len(gd), len(pairs) + len(extra), len(pairs))
    blob = _norm("".join(json.dumps(a, ensure_ascii=False) for a in arts)) or ""
    breaks = gold.get("joined_breaks", [])
    return ParseScore(
        directive_f1=f,
        precision=p,
        recall=r,
        speaker_right=sum(1 for g, o in pairs if g.get("speaker") == o.get("speaker")),
        matched=len(pairs),
        fields_right=fields_right,
        fields_total=fields_total,
        nondirectives_taken=sum(
            1 for n in gold.get("not_directives", []) if any(same_text(n, o.get("text")) for o in od)
        ),
        breaks_joined=sum(1 for j in breaks if (_norm(j) or "") in blob),
        breaks_total=len(breaks),
    )


def score_diff(gold: Item, out: Item) -> DiffScore:
    changes = out.get("changes", [])
    later_out = [c for c in changes if c.get("kind") in ("new", "changed", "unchanged")]
    dropped_out = [c for c in changes if c.get("kind") == "dropped"]
    later_gold = [c for c in gold["changes"] if c["kind"] != "dropped"]
    alts = {_norm(a["text"]): a.get("acceptable_alternatives", []) for a in gold.get("alternatives", [])}
    right = 0
    for g, o in _pair(later_gold, later_out, "text", "text"):
        accepted = [(g["kind"], g.get("previous_text"))] + [
            (a["kind"], a.get("previous_text")) for a in alts.get(_norm(g["text"]), [])
        ]
        right += any(k == o.get("kind") and (k == "new" or same_text(p, o.get("previous_text"))) for k, p in accepted)
    optional = {_norm(a.get("previous_text")) for al in alts.values() for a in al if a.get("previous_text")}
    must = [c for c in gold["changes"] if c["kind"] == "dropped" and _norm(c["previous_text"]) not in optional]
    maybe = [c for c in gold["changes"] if c["kind"] == "dropped" and _norm(c["previous_text"]) in optional]
    hits = _pair(must, dropped_out, "previous_text", "previous_text")
    used = {id(o) for _, o in hits}
    neutral = _pair(maybe, [o for o in dropped_out if id(o) not in used], "previous_text", "previous_text")
    return DiffScore(
        later_f1=_f1(len(later_gold), len(later_out), right)[2],
        dropped_f1=_f1(len(must), len(dropped_out) - len(neutral), len(hits))[2],
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 3 or args[0] not in ("parse", "diff"):
        print("usage: python -m bulletin_diff.evaluate parse|diff GOLD.json OUTPUT.json", file=sys.stderr)
        return 2
    gold, out = (json.loads(Path(p).read_text(encoding="utf-8")) for p in args[1:])
    score = score_parse(gold, out) if args[0] == "parse" else score_diff(gold, out)
    print(json.dumps(asdict(score), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
