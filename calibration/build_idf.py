"""Build the domain word rarity table ``parsers/data/idf.tsv`` from a bulletin corpus.

    .venv/bin/python calibration/build_idf.py ../shared/corpus/xwlb/2020

Every sentence (unit) of every item counts as one document; a word's IDF is
log(1 + N / df). Words seen in fewer than 3 sentences are left out (they take the
table's highest value when looked up). The matching weighs shared words by it, so
that 重症患者 counts for more than 疫情 or 工作.
"""

from __future__ import annotations

import collections
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bulletin_diff.documents import parse_input  # noqa: E402
from bulletin_diff.sources import expand, read_input  # noqa: E402
from parsers.directives import split_units  # noqa: E402
from parsers.normalize import normalize  # noqa: E402
from parsers.words import content_words  # noqa: E402


def main() -> int:
    df: collections.Counter[str] = collections.Counter()
    n = 0
    for spec in expand(sys.argv[1:]):
        try:
            parsed = parse_input(read_input(spec))
        except Exception as exc:  # a broken file is skipped, the table is still built
            print(f"skipped {spec.path}: {exc}", file=sys.stderr)
            continue
        for article in parsed.articles:
            for paragraph in article.paragraphs:
                for unit in split_units(paragraph):
                    n += 1
                    df.update(set(content_words(normalize(unit))))
    out = ROOT / "parsers/data/idf.tsv"
    lines = [f"# word\tidf over {n} sentences (calibration/build_idf.py)"]
    lines += [f"{w}\t{math.log(1 + n / c):.3f}" for w, c in sorted(df.items(), key=lambda x: (-x[1], x[0])) if c >= 3]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} words from {n} sentences → {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
