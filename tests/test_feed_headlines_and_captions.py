"""A portal's bar (手機站 | 客戶端) and its picture label (文章插图) head nothing; a caption closed by where its photo
came from (…米锋。图据中国网) ends there, and the paragraph under it is the report's; an untitled text whose lead
opens on its headline in brackets (【疫苗|国家卫健委:…】12月18日,…) is titled by it."""

from __future__ import annotations

import pytest

from parsers.document import parse_document
from parsers.layout import is_page_furniture


@pytest.mark.parametrize("line", ["手機站   |   客戶端", "手机版 | 客户端", "文章插图", "文章配图"])
def test_portal_bars_and_picture_labels_are_furniture(line: str) -> None:
    assert is_page_furniture(line)


PAGE = "\n".join(
    [
        "封面新闻采访人员 邵萌",
        "“截至12月17日,全国累计报告接种新冠病毒疫苗26亿6183.8万剂次。”",
        "【 疫苗|国家卫健委:我国完成新冠疫苗全程接种人数超11.8亿】12月18日,国务院联防联控机制召开新闻发布会。",
        "文章插图",
        "国家卫生健康委新闻发言人、宣传司副司长米锋。图据中国网",
        "米锋介绍,当前,我国外防输入压力持续增大。元旦春节临近,冬春季疫情防控要始终坚持“动态清零”总方针。",
    ]
)


def test_a_bracketed_headline_titles_the_text_and_a_credited_caption_ends() -> None:
    doc = parse_document(PAGE.encode(), source="page.txt")
    assert [a.title for a in doc.articles] == ["疫苗|国家卫健委:我国完成新冠疫苗全程接种人数超11.8亿"]
    assert [(d.text, d.speaker) for d in doc.directives] == [
        ("元旦春节临近,冬春季疫情防控要始终坚持“动态清零”总方针。", "米锋")
    ]


def test_a_titled_texts_bracketed_tag_stays_in_its_lead() -> None:
    page = "\n".join(
        [
            "国家卫健委召开新闻发布会",
            "【坚持人民至上的原则】12月18日,国务院联防联控机制召开新闻发布会,要求各地做好防控。",
        ]
    )
    doc = parse_document(page.encode(), source="page.txt")
    assert [a.title for a in doc.articles] == ["国家卫健委召开新闻发布会"]
