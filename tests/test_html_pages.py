"""A meeting report as a news site serves it: chrome, a subtitle set as a paragraph,
the dateline in the body. Scored with the seed page's gold for the same article."""

from __future__ import annotations

import json
from pathlib import Path

from bulletin_diff.evaluate import score_parse
from parsers.document import parse_document

FIXTURES = Path(__file__).parent / "fixtures"


def test_news_site_page_scores_like_the_text_page() -> None:
    page = FIXTURES / "html" / "xinhua-style.html"
    parsed = parse_document(page.read_bytes(), source=str(page))
    gold = json.loads((FIXTURES / "seed-page.json").read_text(encoding="utf-8"))
    gold["articles"] = gold["articles"][:1]
    score = score_parse(gold, parsed.to_dict())
    assert score.directive_f1 == 1.0 and score.speaker_accuracy == 1.0
    assert score.fields_right == score.fields_total
    assert parsed.document.reader == "html" and parsed.document.date is not None
    text = " ".join(parsed.articles[0].paragraphs)
    assert "责任编辑" not in text and "分享到" not in text and "Copyright" not in text
