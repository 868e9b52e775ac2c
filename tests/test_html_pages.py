"""A meeting report as a news site serves it: chrome, a subtitle set as a paragraph,
the dateline in the body. Scored with the seed page's gold for the same article."""

from __future__ import annotations

import datetime as dt
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


def test_an_epaper_article_with_a_kicker_above_its_headline() -> None:
    # 引题 as <h3>, 主题 as <h1>, 副题 as <h2>, then 2022年05月06日 人民日报 第01版
    doc = parse_document((FIXTURES / "html" / "people-epaper.html").read_bytes(), source="people-epaper.html")
    (article,) = doc.articles
    assert (article.title, article.subtitle) == (
        "中共中央政治局常务委员会召开会议",
        "中共中央总书记习近平主持会议 研究部署疫情防控重点工作",
    )
    assert (doc.document.date, article.date, article.source) == (dt.date(2022, 5, 6), dt.date(2022, 5, 5), "新华社")
    assert [d.speaker for d in doc.directives] == ["习近平", "会议"]
    assert all("要坚决打赢" not in d.text for d in doc.directives)  # the page's list of other articles
