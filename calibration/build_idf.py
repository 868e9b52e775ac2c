"""Build the domain word rarity table ``parsers/data/idf.tsv`` from a bulletin corpus.

    .venv/bin/python calibration/build_idf.py ../shared/corpus/xwlb/2020

Writes two tables, each word's IDF log(1 + N / df) over a set of texts:

* ``parsers/data/idf.tsv`` — over every sentence (unit) of every item: how rare a
  word is in bulletins (the history index ranks candidates by it);
* ``parsers/data/directive_idf.tsv`` — over the directives only: how well a word
  tells one directive from another. Words every kind of directive uses (加强, 落实,
  抓好, 防控) weigh little there, topic words (社区, 口岸, 复学) much; the matching
  weighs shared words by it.

Words seen fewer than 3 times are left out (they take the table's highest value
when looked up).
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
    df_directives: collections.Counter[str] = collections.Counter()
    n = n_directives = 0
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
        for directive in parsed.directives:
            n_directives += 1
            df_directives.update(set(directive.tokens or content_words(directive.norm)))
    write_table(ROOT / "parsers/data/idf.tsv", df, n, "sentences")
    write_table(ROOT / "parsers/data/directive_idf.tsv", df_directives, n_directives, "directives")
    return 0


def write_table(out: Path, df: collections.Counter[str], n: int, what: str) -> None:
    lines = [f"# word\tidf over {n} {what} (calibration/build_idf.py)"]
    lines += [f"{w}\t{math.log(1 + n / c):.3f}" for w, c in sorted(df.items(), key=lambda x: (-x[1], x[0])) if c >= 3]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} words from {n} {what} → {out}")


if __name__ == "__main__":
    sys.exit(main())
