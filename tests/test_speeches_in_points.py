"""Readings of speeches set out in points: a date the layout cut before its day's character (4 月 23 ⏎ 日下午,…) runs
on and heads nothing; who demands on a matter (王凯省长就做好…工作提出要求:) speaks; a list opened inside a unit
(…形势严峻复杂,一是加快…;) makes its later points (二是利用…;) points; and after a semicolon, a point that opens on
the verb the one before opened on after its modal (要继续过好…；过好…；) is the next point."""

from __future__ import annotations

import pytest

from parsers.directives import find_directives, split_attribution
from parsers.document import parse_document


def test_a_date_cut_before_its_day_runs_on() -> None:
    page = "\n".join(
        [
            "发布日期:2022-04-24 浏览量:14818次",
            "4 月 23",
            "日下午,我市组织参加全省防汛工作视频调度会。",
            "魏建平市长指出,要加快水毁修复工程项目进度。",
        ]
    )
    doc = parse_document(page.encode(), source="page.txt")
    assert [a.title for a in doc.articles] == [None]
    assert "4 月 23日下午,我市组织参加全省防汛工作视频调度会。" in doc.articles[0].paragraphs


@pytest.mark.parametrize(
    ("unit", "who", "rest"),
    [
        (
            "听取各单位情况汇报后,王凯省长就做好近期暴雨防范应对工作提出要求:一要切实加强监测预警和会商研判;",
            "王凯",
            "一要切实加强监测预警和会商研判;",
        ),
        ("马学敏就相关工作强调,要加快推进。", "马学敏", "要加快推进。"),
        ("王凯就相关工作要求，加快推进。", None, "王凯就相关工作要求，加快推进。"),
    ],
)
def test_who_demands_on_a_matter(unit: str, who: str | None, rest: str) -> None:
    assert split_attribution(unit) == (who, rest)


def test_a_list_opened_inside_a_unit() -> None:
    paragraphs = [
        "魏建平市长指出,今年我市汛期提前,防汛形势严峻复杂,一是加快水毁修复工程项目进度,确保5月中旬前达到安全度汛标准;"
        "二是利用大数据思维建设防汛应急指挥体系;三是落实落细城市内渍疏浚排涝。"
    ]
    assert [d.text for d in find_directives(paragraphs)] == [
        "今年我市汛期提前,防汛形势严峻复杂,一是加快水毁修复工程项目进度,确保5月中旬前达到安全度汛标准;",
        "二是利用大数据思维建设防汛应急指挥体系;",
        "三是落实落细城市内渍疏浚排涝。",
    ]


def test_points_that_open_on_the_same_verb_after_a_semicolon() -> None:
    paragraphs = [
        "李捷认为，要继续过好市场经济关，做好社会主义市场经济的完善与发展这篇大文章；"
        "过好民主政治关，做好社会主义民主政治的完善与发展这篇大文章；过好国家治理关，做好中国特色社会主义制度完善与发展这篇大文章。"
    ]
    assert [d.text[:7] for d in find_directives(paragraphs)] == ["要继续过好市场", "过好民主政治关", "过好国家治理关"]


def test_a_remark_after_a_semicolon_that_opens_otherwise_is_no_point() -> None:
    paragraphs = [
        "李捷认为，要继续过好市场经济关，做好社会主义市场经济的完善与发展这篇大文章；这是一个长期的历史过程。"
    ]
    assert [d.text[:7] for d in find_directives(paragraphs)] == ["要继续过好市场"]
