"""A meeting report as a news site serves it: chrome, a subtitle set as a paragraph,
the dateline in the body. Scored with the seed page's gold for the same article."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

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


LABELLED = sorted((FIXTURES / "labelled").glob("2020*-*.html"))


@pytest.mark.parametrize("width", [20, 26])
@pytest.mark.parametrize("page", LABELLED[:6], ids=[p.stem for p in LABELLED[:6]])
def test_paragraphs_cut_into_lines_by_br_read_as_they_were(page: Path, width: int) -> None:
    # each paragraph, indented by two ideographic spaces, cut every ``width`` characters by <br>
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")
    for p in soup.select("div.content p"):
        text = "\u3000\u3000" + p.get_text().strip()
        p.clear()
        for k in range(0, len(text), width):
            if k:
                p.append(soup.new_tag("br"))
            p.append(text[k : k + width])
    wrapped = parse_document(str(soup).encode("utf-8"), source=page.name)
    original = parse_document(page.read_bytes(), source=page.name)
    assert [(d.norm, d.speaker) for d in wrapped.directives] == [(d.norm, d.speaker) for d in original.directives]
    # (a space the cut fell on is lost with the line's end)
    assert [[p.replace(" ", "") for p in a.paragraphs] for a in wrapped.articles] == [
        [p.replace(" ", "") for p in a.paragraphs] for a in original.articles
    ]
