"""What blind texts of the thirty-fourth session showed on reports of press conferences as sites
and forums repost them: a breadcrumb of one level from the home page; the comment box, a "more"
label over a list of links, an intern editor's credit and a forum's archive ending on the thread's
title again, none of them an article; a forum's 发表于 naming no source; a reminder the speaker makes
inside a sentence (…,因此,特别提醒广大市民:…) and one made with 同时提醒，."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.directives import find_directives
from parsers.document import parse_document
from parsers.layout import is_page_furniture
from parsers.webinfo import info_source


def _parse(text: str) -> list[tuple[str | None, list[str]]]:
    doc = parse_document(text.encode(), source="page.txt", date=dt.date(2022, 8, 17))
    return [(a.title, [d.text for d in a.directives]) for a in doc.articles]


ASKED = "某市卫健委副主任王立新介绍,请市民非必要不离开本市。"
HEADLINE = "某市召开疫情防控新闻发布会"


def test_a_breadcrumb_from_the_home_page_is_furniture() -> None:
    assert is_page_furniture("首页 > 专题 系列微专题 战“疫”一线党旗红 北京在行动")


def test_a_screenshots_caption_is_furniture() -> None:
    assert is_page_furniture("广西百色市人民政府网截图。")


@pytest.mark.parametrize(
    "foot",
    [
        "留言与评论(共有 0 条评论)",
        "还可以输入 200 个字符",
        "见习编辑:尼玛梅朵",
        "更 多\n港产大熊猫百日庆 市民激动受访\n某地举行开幕仪式 现场市民直呼想参观",
        "2022-07-28",
    ],
)
def test_what_stands_at_a_pages_foot_opens_no_article(foot: str) -> None:
    page = f"{HEADLINE}\n\n8月16日,某市召开疫情防控新闻发布会。{ASKED}\n\n{foot}\n"
    assert _parse(page) == [(HEADLINE, ["请市民非必要不离开本市。"])]


def test_a_forums_archive_ends_on_the_threads_title_again() -> None:
    page = (
        f"某论坛's Archiver\n讨论\n›\n城市杂谈\n› {HEADLINE}\n城市观察员\n发表于 2022-8-17 13:54:10\n{HEADLINE}\n"
        f"8月16日,某市召开疫情防控新闻发布会。{ASKED}\nhello1987\n发表于 2022-8-17 21:08:52\n加油\n"
        f"页:\n[1]\n查看完整版本:\n{HEADLINE}\n"
    )
    assert _parse(page) == [(HEADLINE, ["请市民非必要不离开本市。"])]


def test_a_forums_posted_on_names_no_source() -> None:
    assert info_source(["发表于 2022-8-17 13:54:10"]) is None


def test_a_reminder_the_speaker_makes_inside_a_sentence() -> None:
    paragraph = (
        "南京市卫健委副主任杨大锁介绍,近期新增病例主要集中在机场及周边地区。"
        "而且已发现多起聚集性疫情,因此,特别提醒广大市民:自觉做到不扎堆、不聚集,对当前疫情防控至关重要。"
        "大家还要坚持做好个人防护,勤洗手、常通风。"
    )
    found = find_directives([paragraph])
    assert [(d.speaker, d.text) for d in found] == [
        ("杨大锁", "而且已发现多起聚集性疫情,因此,特别提醒广大市民:自觉做到不扎堆、不聚集,对当前疫情防控至关重要。"),
        ("杨大锁", "大家还要坚持做好个人防护,勤洗手、常通风。"),
    ]


def test_a_reminder_alone_is_no_directive() -> None:
    # what the reminder leads to is told, no one is asked to act
    paragraph = "南京市卫健委副主任杨大锁介绍,已发现多起聚集性疫情,因此,特别提醒广大市民:疫情防控形势依然严峻。"
    assert find_directives([paragraph]) == []


def test_a_reminder_made_with_also_is_the_offices_advice() -> None:
    paragraph = (
        "中央气象台今天继续发布暴雨黄色预警，预计明后两天强降雨范围将缩小。"
        "同时提醒，川、陕等地累计雨量大，需加强中小河流洪水和山洪地质灾害的防范工作。"
    )
    found = find_directives([paragraph])
    assert [(d.speaker, d.text) for d in found] == [
        ("中央气象台", "川、陕等地累计雨量大，需加强中小河流洪水和山洪地质灾害的防范工作。")
    ]


def test_what_a_place_announces_at_its_press_conference_is_the_places() -> None:
    paragraphs = [
        "10月7日晚,某市召开疫情防控新闻发布会,通报称从7日晚21时起,撤除离市道路通行查验点。",
        "10月8日起,景区、公园等户外场所有序开放。要严格落实预约限流、佩戴口罩等防控要求。",
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [
        ("某市", "要严格落实预约限流、佩戴口罩等防控要求。")
    ]


def test_what_a_press_conference_presents_is_its_topic() -> None:
    # 介绍了…的情况: what the conference was about, no one told to act
    unit = "国务院新闻办公室举行新闻发布会,介绍支持中小微企业发展、加大个体工商户扶持力度的情况。"
    assert find_directives([unit]) == []


VIDEO_PAGE = """5′48″

视频 | 某专家:本市新增病例系偶发 市民需加强个人防护

时讯

看看新闻Knews综合

2020-11-09 18:51

11月9日18:00,某市举行新冠肺炎疫情防控新闻发布会。

某专家表示,进入秋冬季后,市民要记住“防疫三件套”。

相关推荐 更多精彩内容
"""


def test_a_video_pages_length_section_and_compiler() -> None:
    doc = parse_document(VIDEO_PAGE.encode(), source="page.txt", date=dt.date(2020, 11, 9))
    [article] = doc.articles
    assert (article.title, article.subtitle, article.source) == (
        "视频 | 某专家:本市新增病例系偶发 市民需加强个人防护",
        None,
        "看看新闻Knews综合",
    )


def test_a_notice_issued_by_a_headquarters_named_in_full_then_its_preamble() -> None:
    paragraphs = [
        "广西某某市新型冠状病毒感染的肺炎疫情防控工作领导小组指挥部2月26日发布通告,为进一步加强全民健康检测工作,"
        "确保区域核酸筛查做到不漏一户,现将有关事项通告如下:",
        "一、请广大市民务必按规定的时间、地点进行核酸筛查。",
    ]
    assert [(d.speaker, d.text) for d in find_directives(paragraphs)] == [
        ("广西某某市新型冠状病毒感染的肺炎疫情防控工作领导小组指挥部", paragraphs[1])
    ]


def test_a_sites_tags_under_the_time_posted_are_no_subtitle() -> None:
    page = (
        "发布会通报:省内高风险区所在县人员原则上不跨市流动\n\n时间 • 2022-11-19 21:16:48\n疫情\n人员\n\n"
        "11月19日晚,某市举行疫情防控工作新闻发布会。\n\n"
        "会上,某市卫健委副主任王立通报:来(返)市人员要严格落实疫情防控政策。\n"
    )
    doc = parse_document(page.encode(), source="page.txt", date=dt.date(2022, 11, 20))
    [article] = doc.articles
    assert (article.title, article.subtitle) == ("发布会通报:省内高风险区所在县人员原则上不跨市流动", None)
