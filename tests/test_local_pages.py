"""Pages in the style of local papers (tests/fixtures/local/README.md) parse as labelled."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bulletin_diff.evaluate import score_parse
from parsers.document import parse_document

LOCAL = Path(__file__).parent / "fixtures" / "local"
GOLDS = sorted(LOCAL.glob("*.json"))


@pytest.mark.parametrize("gold_path", GOLDS, ids=[p.stem for p in GOLDS])
def test_local_page_parses_as_labelled(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    page = gold_path.with_suffix(".txt")
    score = score_parse(gold, parse_document(page.read_bytes(), source=str(page)).to_dict())
    assert score.directive_f1 == 1.0, score
    assert score.speaker_accuracy == 1.0, score
    assert score.nondirectives_taken == 0, score
    assert score.breaks_joined == len(gold["joined_breaks"]), score
    assert score.fields_right == score.fields_total, score


def test_there_are_local_pages() -> None:
    assert len(GOLDS) >= 10
