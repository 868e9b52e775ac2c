"""Pages in the style of local papers (tests/fixtures/local/README.md) parse as labelled."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from bulletin_diff.evaluate import score_diff, score_parse
from bulletin_diff.records import DocumentChanges
from diffengine import compare
from parsers.document import parse_document

LOCAL = Path(__file__).parent / "fixtures" / "local"
GOLDS = sorted(p for p in LOCAL.glob("*.json") if not p.name.startswith("diff-"))


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
    assert len(GOLDS) >= 16


@pytest.mark.parametrize("gold_path", GOLDS, ids=[p.stem for p in GOLDS])
def test_a_local_page_set_as_plain_paragraphs_of_html_parses_like_its_text(gold_path: Path) -> None:
    """An e-paper page may come as HTML whose titles are plain <p>s like its paragraphs, under
    a <title> that names the paper: it is read by the shape of its text, like the text page."""
    page = gold_path.with_suffix(".txt")
    text = page.read_text(encoding="utf-8")
    paragraphs = "".join(f"<p>{html.escape(p.strip())}</p>\n" for p in text.split("\n\n") if p.strip())
    head = '<head><meta charset="utf-8"><title>盐城晚报</title></head>'
    markup = f'<html>{head}<body><div class="content">{paragraphs}</div></body></html>'
    as_html = parse_document(markup.encode("utf-8"), source=f"{page.stem}.html")
    as_text = parse_document(page.read_bytes(), source=str(page))
    assert [a.title for a in as_html.articles] == [a.title for a in as_text.articles]
    assert [(d.speaker, d.norm) for d in as_html.directives] == [(d.speaker, d.norm) for d in as_text.directives]


def test_the_next_meeting_of_a_city_headquarters_diffs_as_labelled() -> None:
    gold = json.loads((LOCAL / "diff-city-headquarters.json").read_text(encoding="utf-8"))
    root = LOCAL.parents[2]
    old, new = (parse_document((root / gold[k]).read_bytes(), source=gold[k]) for k in ("earlier", "later"))
    found = DocumentChanges(new.document, old.document, compare(new.directives, old.directives)).to_dict()
    assert score_diff(gold, found).worst == 1.0
