"""The seed page, end to end through the parsers: golden file and evaluation gate."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from bulletin_diff.evaluate import score_parse
from bulletin_diff.records import ParsedDocument
from golden_files import check_golden
from parsers.document import parse_document

ROOT = Path(__file__).parents[1]
SEED = ROOT / "seeds" / "000_714d42e7a528be23.txt"
GOLD = json.loads((Path(__file__).parent / "fixtures" / "seed-page.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed() -> ParsedDocument:
    return parse_document(SEED.read_bytes(), source="seeds/000_714d42e7a528be23.txt", date=dt.date(2022, 3, 18))


def test_seed_matches_golden_file(seed: ParsedDocument) -> None:
    data = seed.to_dict()
    check_golden("seed-parse.json", data)


def test_seed_scores_at_the_gate(seed: ParsedDocument) -> None:
    score = score_parse(GOLD, seed.to_dict())
    assert score.directive_f1 >= 0.95
    assert score.speaker_accuracy >= 0.95
    assert score.fields_right == score.fields_total
    assert score.breaks_joined == score.breaks_total
    assert score.nondirectives_taken == 0


def test_seed_articles(seed: ParsedDocument) -> None:
    first, second, third = seed.articles
    assert (first.source, first.place, first.date) == ("新华社", "北京", dt.date(2022, 3, 17))
    assert first.subtitle == "中共中央总书记习近平主持会议"
    assert (second.source, second.place, second.byline) == ("盐城晚报", None, "吕正龙")
    assert third.truncated and third.directives == ()
    assert seed.document.encoding == "utf-8"


def test_width_and_breaks_do_not_change_the_matching_key(seed: ParsedDocument) -> None:
    from parsers.normalize import normalize

    directive = seed.articles[0].directives[0]
    assert directive.norm == normalize(directive.text.replace(",", "，").replace("。", "．") + "\n")
